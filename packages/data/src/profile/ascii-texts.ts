/**
 * A column batch's strings a batch at a time when they are all ASCII (one byte per UTF-16 code unit), for
 * columns with many distinct strings per batch (emails, ids): decoding each string on its own costs a call
 * into the runtime and a fresh string per value (~100 ns each here), the main cost of profiling such a column.
 * - `asciiBytes`: whether every string's bytes are ASCII, so a string's length is its byte count and its
 *   `murmur3` is `murmur3Bytes` of its bytes (sketch/distinct.ts).
 * - `asciiTexts`: every string of the batch as a slice of one decoded string (V8 shares the characters of a
 *   slice of 13 or more with the whole: the caller must not keep them past the batch).
 */
import { isAscii } from 'node:buffer';
import type { ColumnView } from '../read/column-batch.ts';

const span = new Int32Array(2);

/** The buffer holding the batch's string bytes [0, end) when they are all ASCII (end in `at[0]`); else undefined. */
export function asciiBytes(view: ColumnView, at: Int32Array): Buffer | undefined {
  if (view.size === 0) return undefined;
  const bytes = view.bytesOf(view.size - 1, span);
  const end = span[0] + span[1];
  if (!isAscii(bytes.subarray(0, end))) return undefined;
  at[0] = end;
  return bytes;
}

/**
 * Every string of the batch, by code, into `out` (grown as needed; entries past `view.size` are left as
 * they are), decoded in one call; false (nothing written) when some string is not ASCII.
 */
export function asciiTexts(view: ColumnView, out: string[]): boolean {
  const bytes = asciiBytes(view, span);
  if (bytes === undefined) return false;
  const whole = bytes.toString('latin1', 0, span[0]);
  const at = new Int32Array(2);
  for (let code = 0; code < view.size; code++) {
    view.bytesOf(code, at);
    out[code] = whole.slice(at[0], at[0] + at[1]);
  }
  return true;
}
