/**
 * A column batch's strings a batch at a time when they are all ASCII (one byte per UTF-16 code unit), for
 * columns with many distinct strings per batch (emails, ids): decoding each string on its own costs a call
 * into the runtime and a fresh string per value (~100 ns each here), the main cost of profiling such a column.
 * - `asciiBytes`: whether every string's bytes are ASCII, so a string's length is its byte count.
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
 * they are), decoded a window of about `WINDOW` bytes per call; false (nothing written) when some string is
 * not ASCII. Windows, not the whole batch in one string: a batch of a 1 MiB chunk holds a few hundred KB of
 * strings, and a string over V8's regular object size (128 KiB) is allocated in fresh pages of the large
 * object space, page faults included (measured: ~1.6 ms per 300 KB batch, slower than decoding each string).
 */
export function asciiTexts(view: ColumnView, out: string[]): boolean {
  const bytes = asciiBytes(view, span);
  if (bytes === undefined) return false;
  const size = view.size;
  for (let first = 0; first < size;) first = decodeWindow(view, bytes, out, first, size);
  return true;
}

/**
 * The strings from code `first` on whose bytes fit in one window, decoded in one call; returns the next code.
 * A function of its own, called per window: as loops nested in asciiTexts (called once per batch) V8 compiled
 * them on stack replacement and threw that code away at every exit from the inner loop (--trace-deopt).
 */
function decodeWindow(view: ColumnView, bytes: Buffer, out: string[], first: number, size: number): number {
  const at = windowSpan;
  view.bytesOf(first, at);
  const from = at[0];
  let last = first;
  let to = at[0] + at[1];
  while (last + 1 < size && to - from < WINDOW) {
    view.bytesOf(++last, at);
    to = at[0] + at[1];
  }
  const window = bytes.toString('latin1', from, to);
  for (let code = first; code <= last; code++) {
    view.bytesOf(code, at);
    out[code] = window.slice(at[0] - from, at[0] - from + at[1]);
  }
  return last + 1;
}

const windowSpan = new Int32Array(2);

/** Bytes decoded per call by `asciiTexts` (well under V8's 128 KiB regular object limit). */
const WINDOW = 16 * 1024;
