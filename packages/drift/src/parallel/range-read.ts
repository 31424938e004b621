/**
 * Reading the columns of one byte range of a CSV file (run in a worker thread; see csv-ranges.ts), with the
 * line and field semantics of the sequential reader (the same loop over plain lines, wasm-lines.ts; ColumnBuilder).
 *
 * Record boundaries: a range [start, stop) holds the records whose first byte lies in it. Unless the range
 * starts right after the header, reading begins at byte start − 1 and skips through the first line feed; it
 * ends with the first line feed at or after byte stop − 1, where the next range begins. This is exact only
 * when every line feed ends a record, i.e. when no field is quoted: a range that meets a quote character
 * gives up (`quoted`), and the caller reads the file sequentially instead.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { ParseState } from '../csv-fields.ts';
import { ColumnBuilder } from '../column-builder.ts';
import type { SpillOptions } from '../spill.ts';
import { scanPlainLinesWasm } from '../wasm-lines.ts';
import { ensureSorted, type ColumnSample } from '../column-sample.ts';

export interface RangeTask {
  file: string;
  /** The header's fields; `selected[j]` says whether column j is read. */
  header: string[];
  selected: boolean[];
  start: number;
  /** True when `start` is the first byte after the header line. */
  afterHeader: boolean;
  /** Records starting at or after this byte belong to the next range (undefined: to the end of the file). */
  stop: number | undefined;
  /** Where numeric columns spill sorted runs, and after how many plain numbers (see spill.ts). */
  spill?: SpillOptions;
}

export interface RangeColumn {
  sample: ColumnSample;
  /** Numbers this range turned into category text when the column became categorical in it. */
  convertedNumbers: number;
}

export type RangeResult =
  | { quoted: true }
  | {
      quoted: false;
      /** Byte where the range's first record starts, and the byte after its last record. */
      begin: number;
      end: number;
      rows: number;
      /** Per header column; undefined for columns not selected. */
      columns: (RangeColumn | undefined)[];
    };

const CHUNK = 4 << 20;

/** The read buffer (CHUNK bytes), kept for the thread's next range; the byte loop copies whatever it keeps of it. */
let kept: Buffer | undefined;

export function readCsvRange(task: RangeTask): RangeResult {
  const builders = task.header.map((_, j) => (task.selected[j] ? new ColumnBuilder(task.spill) : undefined));
  const st: ParseState = { file: task.file, line: 0, rows: 0 };
  const fd = openSync(task.file, 'r');
  let buf = kept ?? Buffer.allocUnsafe(CHUNK);
  kept = undefined; // taken: a range that returns early or fails does not give it back
  let have = 0; // bytes of buf holding data
  let bufPos = task.afterHeader ? task.start : task.start - 1; // file position of buf[0]
  let begin = task.afterHeader ? task.start : -1;
  let end = -1;
  try {
    while (end < 0) {
      if (have === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2); // a line longer than the buffer
        buf.copy(bigger, 0, 0, have);
        buf = bigger;
      }
      const n = readSync(fd, buf, have, buf.length - have, bufPos + have);
      have += n;
      const eof = n === 0;
      if (begin < 0) {
        const lf = buf.subarray(0, have).indexOf(10);
        if (lf === -1) {
          if (eof) return { quoted: false, begin: bufPos + have, end: bufPos + have, rows: 0, columns: [] };
          bufPos += have;
          have = 0;
          continue;
        }
        // Drop the tail of the previous range's record, so the buffer starts at this range's first record.
        buf.copy(buf, 0, lf + 1, have);
        bufPos += lf + 1;
        have -= lf + 1;
        begin = bufPos;
        // A line longer than the range: the first record starting in it starts in the next one.
        if (task.stop !== undefined && begin >= task.stop) return { quoted: false, begin, end: begin, rows: 0, columns: [] };
      }
      // The line feed that ends this range, if it is in the buffer.
      let e: number;
      const from = task.stop === undefined ? -1 : Math.max(0, task.stop - 1 - bufPos);
      const last = from >= 0 && from < have ? buf.subarray(0, have).indexOf(10, from) : -1;
      if (last !== -1) {
        e = last + 1;
        end = bufPos + e;
      } else if (eof) {
        end = bufPos + have;
        if (have > 0 && buf[have - 1] !== 10) {
          if (have === buf.length) {
            end = -1;
            continue; // room for the final line feed first
          }
          buf[have++] = 10; // a last line without a line feed, completed as the sequential reader does
        }
        e = have;
      } else {
        e = buf.subarray(0, have).lastIndexOf(10) + 1;
        if (e === 0) continue; // no complete line yet
      }
      if (e > 0) {
        if (buf.subarray(0, e).includes(34 /* " */)) return { quoted: true };
        scanPlainLinesWasm(buf, 0, e, builders, st);
      }
      buf.copy(buf, 0, e, have);
      bufPos += e;
      have -= e;
    }
  } finally {
    closeSync(fd);
  }
  if (buf.length === CHUNK) kept = buf;
  const columns = builders.map((b) => {
    if (b === undefined) return undefined;
    const sample = b.finish();
    if (sample.kind === 'numeric') ensureSorted(sample);
    return { sample, convertedNumbers: b.convertedNumbers };
  });
  return { quoted: false, begin, end, rows: st.rows, columns };
}

/** The numeric arrays of a result, moved (not copied) to the main thread. */
export function transferables(result: RangeResult): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  if (!result.quoted) {
    for (const c of result.columns) {
      if (c?.sample.kind !== 'numeric') continue;
      buffers.add(c.sample.values.buffer as ArrayBuffer);
      if (c.sample.weights) buffers.add(c.sample.weights.buffer as ArrayBuffer);
    }
  }
  return [...buffers];
}
