/**
 * The CSV reader's split of records without quotes, in WebAssembly (wasm/csv-records.wat): csv.ts's
 * plainRecords copies a block of whole lines to the module's memory once, and each call finds and splits the
 * fields of as many records as it can take, by column; csv.ts then fills the column views from them (the same
 * values as its JavaScript loop, which stays for small blocks and is tested against this one).
 *
 * Why: a JavaScript loop over a Buffer pays a bounds check per byte; the module reads each field once, and hashes
 * a string field for ColumnView.intern in 4-byte loads.
 */
import { instantiateWasm, wasmBuffer, type WasmMemory } from '@mlci/core';
import { CsvRecordsWasm } from '../wasm/csv-records-wasm.ts';

/** Blocks below this many bytes stay with the JavaScript loop (`tuning` is for tests). */
export const wasmRecordsTuning = { minBytes: 4096 };

interface Exports {
  memory: WasmMemory;
  stop: { value: number };
  scan: (pos: number, end: number, stop: number, width: number, maxRows: number, crlf: number, delimiter: number, kinds: number,
    classes: number, values: number, starts: number, ends: number, hashes: number, pow10: number, others: number) => number;
}

/** What a scan found: `rows` records; field (j, r) of them at index j·maxRows + r of the arrays. */
export interface RecordScan {
  rows: number;
  /** Where it stopped, as an index of the caller's data. */
  stop: number;
  /** The caller's index of a position in the module's memory (starts and ends) is that position + base. */
  base: number;
  maxRows: number;
  /**
   * The field's kind in its view (column-batch.ts: MISSING, NUMBER with the value in values, TEXT with the hash in
   * hashes, TRUE, FALSE), or 5 / 6: fillField decides (the split's value NaN / not a number).
   */
  classes: Uint8Array;
  /** Per column: how many of its fields are TEXT, 5 or 6 (starts and ends are set for those only). */
  others: Int32Array;
  values: Float64Array;
  /** The field's bytes, as positions in the module's memory (see `base`). */
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
}

/** One module instance per thread, and the block of data it holds. */
let wasm: Exports | undefined;
let block: { data: Uint8Array; start: number; end: number } | undefined;

/**
 * Scans the records of data starting in [pos, stop) within the block [pos, limit) of whole lines without quotes.
 * `fresh`: the data may have changed since the last call (a new chunk): the block is copied again.
 */
export function scanRecords(data: Uint8Array, pos: number, limit: number, stop: number, fresh: boolean,
  kinds: Uint8Array, delimiter: number, crlf: boolean, maxRows: number): RecordScan {
  const w = (wasm ??= instantiateWasm<Exports>(CsvRecordsWasm));
  const width = kinds.length;
  const copy = fresh || block === undefined || block.data !== data || pos < block.start || limit > block.end;
  const size = copy ? limit - pos : block!.end - block!.start;
  const kindsAt = (size + 8 + 7) & ~7;
  const pow10 = (kindsAt + width + 7) & ~7;
  const fields = width * maxRows;
  const values = pow10 + 16 * 8;
  const starts = values + 8 * fields;
  const ends = starts + 4 * fields;
  const hashes = ends + 4 * fields;
  const others = hashes + 4 * fields;
  const classes = others + 4 * width;
  const need = classes + fields;
  const memory = wasmBuffer(w.memory, need);
  const bytes = new Uint8Array(memory);
  if (copy) {
    bytes.set(data.subarray(pos, limit), 0);
    block = { data, start: pos, end: limit };
  }
  const base = block!.start;
  bytes.set(kinds, kindsAt);
  const powers = new Float64Array(memory, pow10, 16);
  for (let k = 0; k < 16; k++) powers[k] = 10 ** k;
  const end = Math.min(limit, block!.end) - base;
  const othersOf = new Int32Array(memory, others, width);
  othersOf.fill(0);
  const rows = w.scan(pos - base, end, Math.max(pos, Math.min(stop, limit)) - base, width, maxRows, crlf ? 1 : 0, delimiter, kindsAt, classes, values, starts, ends, hashes, pow10, others);
  return {
    rows,
    stop: w.stop.value + base,
    base,
    maxRows,
    classes: new Uint8Array(memory, classes, fields),
    others: othersOf,
    values: new Float64Array(memory, values, fields),
    starts: new Int32Array(memory, starts, fields),
    ends: new Int32Array(memory, ends, fields),
    hashes: new Int32Array(memory, hashes, fields),
  };
}
