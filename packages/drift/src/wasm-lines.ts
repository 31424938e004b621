/**
 * plain-lines.ts's loop, with the byte work in WebAssembly (wasm/plain-lines.wat): the block of complete lines
 * without quotes is copied to the module's memory, `scan` finds and parses the fields of as many lines as it
 * takes, and each column's fields then go to its ColumnBuilder, column by column, exactly as plain-lines.ts
 * hands them over (a builder sees its column's values in the same order, and builders share nothing that
 * depends on the order across columns). A line the scan leaves (see the .wat) goes through plain-lines.ts,
 * which skips it, reports it or takes it field by field; the scan then goes on after it.
 *
 * Why: a JavaScript loop over a Buffer pays a bounds check per byte and has no 64-bit integers, so a
 * full-precision float (16–19 digits) was read twice, by the digit loop and by parseDecimal. On the benchmark's
 * full-precision data the scan takes ~0.9 ns a byte against ~6 ns for the JavaScript loop (bench/.data spike,
 * 40 MB); the numbers it cannot give exactly (16–19 digits with a mantissa of 2^53 or more) still go to
 * parseDecimal, from their bytes.
 */
import { parseDecimal } from '@mlci/data/decimal';
import { isMissingMarker, type ParseState } from './csv-fields.ts';
import { HASH_MASK, type ColumnBuilder } from './column-builder.ts';
import { scanPlainLines } from './plain-lines.ts';
import { PlainLinesWasm } from './wasm/plain-lines-wasm.ts';

const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);
/** Blocks below this many bytes are not worth the copy. */
const MIN_BYTES = 4096;
/** Output room: fields per column and call are at most OUTPUT_FIELDS / columns (and at most MAX_ROWS). */
const OUTPUT_FIELDS = 1 << 17;
const MAX_ROWS = 8192;
const PAGE = 65536;

/** The WebAssembly API as used here (TypeScript's lib for Node has no WebAssembly declarations). */
const Wasm = (globalThis as unknown as {
  WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object) => { exports: unknown } };
}).WebAssembly;

interface Scanner {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  stop: { value: number };
  scan: (pos: number, end: number, columns: number, maxRows: number, kinds: number, val: number, info: number, starts: number, ends: number, hashes: number, pow10: number) => number;
}

/** One instance per thread (module state), made on first use. */
let scanner: Scanner | undefined;

function instance(): Scanner {
  if (scanner) return scanner;
  const module = new Wasm.Module(Buffer.from(PlainLinesWasm, 'base64'));
  return (scanner = new Wasm.Instance(module).exports as Scanner);
}

/**
 * Same as scanPlainLines(buf, start, end, bs, st). `tuning` is for tests: the smallest block worth the copy, and
 * the most lines per scan call (the output room).
 */
export function scanPlainLinesWasm(buf: Buffer, start: number, end: number, bs: (ColumnBuilder | undefined)[], st: ParseState, tuning: { minBytes?: number; maxRows?: number } = {}): void {
  const length = end - start;
  const nb = bs.length;
  if (length < (tuning.minBytes ?? MIN_BYTES) || nb === 0) return scanPlainLines(buf, start, end, bs, st);
  const w = instance();
  const maxRows = Math.max(1, Math.min(tuning.maxRows ?? MAX_ROWS, Math.floor(OUTPUT_FIELDS / nb)));
  // Memory: the block (and 8 bytes of slack), kinds, 10^0..10^22 with their halves, then the outputs by column.
  const kinds = (length + 8 + 7) & ~7;
  const pow10 = (kinds + nb + 7) & ~7;
  const fields = nb * maxRows;
  const val = pow10 + 23 * 24;
  const info = val + 8 * fields;
  const starts = info + 4 * fields;
  const ends = starts + 4 * fields;
  const hashes = ends + 4 * fields;
  const need = hashes + 4 * fields;
  if (w.memory.buffer.byteLength < need) w.memory.grow(Math.ceil((need - w.memory.buffer.byteLength) / PAGE));
  const memory = w.memory.buffer;
  const bytes = new Uint8Array(memory);
  bytes.set(buf.subarray(start, end), 0);
  const powers = new Float64Array(memory, pow10, 3 * 23);
  for (let k = 0; k <= 22; k++) {
    // 10^k and its Veltkamp halves, as decimal.ts's P10, P10_HIGH and P10_LOW
    const p = 10 ** k;
    const c = 134217729 * p;
    powers[3 * k] = p;
    powers[3 * k + 1] = c - (c - p);
    powers[3 * k + 2] = p - powers[3 * k + 1];
  }
  const values = new Float64Array(memory, val, fields);
  const infos = new Int32Array(memory, info, fields);
  const fieldStarts = new Int32Array(memory, starts, fields);
  const fieldEnds = new Int32Array(memory, ends, fields);
  const fieldHashes = new Int32Array(memory, hashes, fields);
  let pos = 0;
  while (pos < length) {
    // A column is numeric until its builder turned categorical (which only a line of plain-lines.ts can do).
    for (let j = 0; j < nb; j++) {
      const b = bs[j];
      bytes[kinds + j] = b === undefined ? 0 : b.counts === undefined ? 1 : 2;
    }
    const rows = w.scan(pos, length, nb, maxRows, kinds, val, info, starts, ends, hashes, pow10);
    for (let j = 0; j < nb; j++) {
      const b = bs[j];
      if (b === undefined) continue;
      const from = j * maxRows;
      if (b.counts === undefined) numericFields(b, buf, start, values, infos, fieldStarts, fieldEnds, from, from + rows);
      else categoricalFields(b, buf, start, fieldStarts, fieldEnds, fieldHashes, from, from + rows);
    }
    st.line += rows;
    st.rows += rows;
    pos = w.stop.value;
    if (pos < length && rows < maxRows) {
      // The line the scan left, by plain-lines.ts (it ends with a line feed: the block does).
      const next = buf.indexOf(10, start + pos) + 1;
      scanPlainLines(buf, start + pos, next, bs, st);
      pos = next - start;
    }
  }
}

/**
 * plain-lines.ts's numeric branch for fields [from, to) of one column (all [-]digits[.digits], 1–19 digits).
 * While the builder takes numbers as they are (`plainRoom`), they are written to its array here: a double
 * handed to pushNumber, which V8 does not inline, is a heap number per value.
 */
function numericFields(b: ColumnBuilder, buf: Buffer, base: number, values: Float64Array, infos: Int32Array, starts: Int32Array, ends: Int32Array, from: number, to: number): void {
  let plain = b.values;
  let length = b.length;
  let room = b.plainRoom();
  for (let f = from; f < to; f++) {
    const info = infos[f];
    const kind = (info >>> 8) & 0xff;
    const neg = info >>> 16 !== 0;
    let v: number;
    if (kind === 0) {
      const mant = values[f];
      const frac = info & 0xff;
      if (room <= 0) {
        b.length = length;
        const grid = b.grid;
        if (grid !== undefined && frac <= grid.scale) {
          const slot = (neg ? -mant : mant) * POW10[grid.scale - frac] - grid.base;
          if (slot >= 0 && slot < grid.counts.length) {
            grid.counts[slot]++;
            grid.total++;
          } else b.pushDecimal(mant, frac, neg);
        } else b.pushDecimal(mant, frac, neg);
        plain = b.values;
        length = b.length;
        room = b.plainRoom();
        continue;
      }
      // pushDecimal without a grid
      v = mant / POW10[frac];
      if (neg) v = -v;
    } else if (kind === 1) v = values[f];
    else v = parseDecimal(buf, base + starts[f], base + ends[f]);
    if (room > 0) {
      plain[length++] = v;
      room--;
      continue;
    }
    b.length = length;
    b.pushNumber(v);
    plain = b.values;
    length = b.length;
    room = b.plainRoom();
  }
  b.length = length;
}

/** plain-lines.ts's categorical branch for fields [from, to) of one column (none empty or with edge spaces). */
function categoricalFields(b: ColumnBuilder, buf: Buffer, base: number, starts: Int32Array, ends: Int32Array, hashes: Int32Array, from: number, to: number): void {
  for (let f = from; f < to; f++) {
    const s = base + starts[f];
    const e = base + ends[f];
    const first = buf[s];
    if ((first === 78 || first === 110) /* N, n */ && isMissingMarker(buf, s, e)) b.missing++;
    else b.countBytes(buf, s, e, hashes[f] & HASH_MASK);
  }
}
