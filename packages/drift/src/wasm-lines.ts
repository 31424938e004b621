/**
 * plain-lines.ts's loop, with the byte work in WebAssembly (wasm/plain-lines.wat): the block of complete lines
 * without quotes is copied to the module's memory, `scan` finds and parses the fields of as many lines as it
 * takes, and each column's fields then go to its ColumnBuilder, column by column, exactly as plain-lines.ts
 * hands them over (a builder sees its column's values in the same order, and builders share nothing that
 * depends on the order across columns). A line the scan leaves (see the .wat) goes through plain-lines.ts,
 * which skips it, reports it or takes it field by field; the scan then goes on after it.
 *
 * Why: a JavaScript loop over a Buffer pays a bounds check per byte and has no 64-bit integers, so a
 * full-precision float (16–19 digits) was read twice, by the digit loop and by parseDecimal. The module reads
 * it once into a 64-bit integer and divides exactly (the operations of decimal.ts's divideExact), and counts the
 * categories it has seen in tables of its own. Whole drift report on the benchmark's full-precision data: CPU
 * 4.6 → 3.75 s (bench/drift-check/run.ts --off-grid, alternating builds).
 */
import { instantiateWasm, wasmBuffer, type WasmMemory } from '@mlci/core';
import { parseDecimal } from '@mlci/data/decimal';
import { isMissingMarker, type ParseState } from './csv-fields.ts';
import { HASH_MASK, type ColumnBuilder } from './column-builder.ts';
import { scanPlainLines } from './plain-lines.ts';
import { PlainLinesWasm } from './wasm/plain-lines-wasm.ts';

const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);
/** Blocks below this many bytes are not worth the copy. */
const MIN_BYTES = 4096;
/**
 * Output room: fields per column and call are at most OUTPUT_FIELDS / columns (and at most MAX_ROWS). 2^14 fields
 * of outputs (24 bytes each, 384 KiB) stay in the core's cache (L2 of 1 MiB here) from the scan's writes to the
 * hand-over's reads: with 2^17 (3 MiB) the scan and hand-over of full-precision lines took 28% more time.
 */
const OUTPUT_FIELDS = 1 << 14;
const MAX_ROWS = 8192;
interface Scanner {
  memory: WasmMemory;
  stop: { value: number };
  scan: (pos: number, end: number, columns: number, maxRows: number, kinds: number, val: number, info: number, starts: number, ends: number, hashes: number, pow10: number, tableColumns: number) => number;
}

/** One instance per thread (module state), made on first use. */
let scanner: Scanner | undefined;

function instance(): Scanner {
  return (scanner ??= instantiateWasm<Scanner>(PlainLinesWasm));
}

/**
 * The module's key tables (see $key in the .wat): the first TABLE_COLUMNS columns each have one at the start of
 * memory, filled with the keys its builder made (up to KEYS of them, their bytes up to ARENA): the module then
 * counts a known key by its index, and the builder is called only for keys it has not seen. A table belongs to
 * one builder; another builder in that column (the next range or file) starts it empty.
 */
const TABLE = 22528;
const TABLE_COLUMNS = 256;
const SLOTS = 1024;
const KEYS = 512;
const ENTRIES = 8192;
const ARENA_AT = 14336;
const ARENA = TABLE - ARENA_AT;
/** Whose keys each table holds (weakly: a finished range's builders are not kept alive by the tables). */
const owners: Array<WeakRef<ColumnBuilder> | undefined> = [];
const registered: number[] = [];
const arenaUsed: number[] = [];
const known: Uint8Array[] = [];

function resetTable(bytes: Uint8Array, j: number, owner: ColumnBuilder | undefined): void {
  bytes.fill(0, j * TABLE, j * TABLE + 8 * SLOTS);
  owners[j] = owner && new WeakRef(owner);
  registered[j] = 0;
  arenaUsed[j] = 0;
  known[j] = new Uint8Array(64);
}

/** Puts key k of column j (hash h, bytes memory[s, s + n)) in the column's table, while there is room. */
function register(memory: ArrayBuffer, j: number, k: number, h: number, s: number, n: number): void {
  if (j >= TABLE_COLUMNS) return;
  let seen = known[j];
  if (k < seen.length && seen[k] === 1) return;
  const reg = registered[j];
  if (reg >= KEYS || arenaUsed[j] + n > ARENA) return;
  if (k >= seen.length) {
    const bigger = new Uint8Array(Math.max(2 * seen.length, k + 1));
    bigger.set(seen);
    known[j] = seen = bigger;
  }
  seen[k] = 1;
  const table = j * TABLE;
  const bytes = new Uint8Array(memory);
  const at = table + ARENA_AT + arenaUsed[j];
  bytes.copyWithin(at, s, s + n);
  arenaUsed[j] += n;
  const words = new Int32Array(memory, table, (ENTRIES + 12 * KEYS) >> 2);
  const entry = (ENTRIES >> 2) + 3 * reg;
  words[entry] = at;
  words[entry + 1] = n;
  words[entry + 2] = k;
  let slot = (h ^ (h >>> 16)) & (SLOTS - 1);
  while (words[2 * slot + 1] !== 0) slot = (slot + 1) & (SLOTS - 1);
  words[2 * slot] = h;
  words[2 * slot + 1] = reg + 1;
  registered[j] = reg + 1;
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
  // Memory: the key tables, the block (and 8 bytes of slack), kinds, 10^0..10^22 with their halves, then the
  // outputs by column.
  const tableColumns = Math.min(nb, TABLE_COLUMNS);
  const input = tableColumns * TABLE;
  const kinds = (input + length + 8 + 7) & ~7;
  const pow10 = (kinds + nb + 7) & ~7;
  const fields = nb * maxRows;
  const val = pow10 + 23 * 24;
  const info = val + 8 * fields;
  const starts = info + 4 * fields;
  const ends = starts + 4 * fields;
  const hashes = ends + 4 * fields;
  const need = hashes + 4 * fields;
  const memory = wasmBuffer(w.memory, need);
  const bytes = new Uint8Array(memory);
  for (let j = 0; j < tableColumns; j++) if (owners[j]?.deref() !== bs[j]) resetTable(bytes, j, bs[j]);
  bytes.set(buf.subarray(start, end), input);
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
  // buf's index of a memory address in the block
  const base = start - input;
  let pos = 0;
  while (pos < length) {
    // A column is numeric until its builder turned categorical (which only a line of plain-lines.ts can do).
    for (let j = 0; j < nb; j++) {
      const b = bs[j];
      bytes[kinds + j] = b === undefined ? 0 : b.counts === undefined ? 1 : 2;
    }
    const rows = w.scan(input + pos, input + length, nb, maxRows, kinds, val, info, starts, ends, hashes, pow10, tableColumns);
    for (let j = 0; j < nb; j++) {
      const b = bs[j];
      if (b === undefined) continue;
      const from = j * maxRows;
      if (b.counts === undefined) numericFields(b, buf, base, values, infos, fieldStarts, fieldEnds, from, from + rows);
      else categoricalFields(b, j, buf, base, memory, infos, fieldStarts, fieldEnds, fieldHashes, from, from + rows);
    }
    st.line += rows;
    st.rows += rows;
    pos = w.stop.value - input;
    if (pos < length && rows < maxRows) {
      // The line the scan left, by plain-lines.ts (it ends with a line feed: the block does).
      const next = buf.indexOf(10, start + pos) + 1;
      scanPlainLines(buf, start + pos, next, bs, st);
      pos = next - start;
    }
  }
}

/**
 * plain-lines.ts's numeric branch for fields [from, to) of one column (all [-]digits[.digits], 1–19 digits), in
 * a loop for the builder's state: counts on its decimal grid (kept in locals; the builder is called on a miss),
 * numbers taken as they are (written to its array here, up to `plainRoom`: a double handed to pushNumber, which
 * V8 does not inline, is a heap number per value), or anything else (pushDecimal / pushNumber per value). After
 * each call into the builder the loop starts over, as the state may have changed.
 */
function numericFields(b: ColumnBuilder, buf: Buffer, base: number, values: Float64Array, infos: Int32Array, starts: Int32Array, ends: Int32Array, from: number, to: number): void {
  let f = from;
  while (f < to) {
    const grid = b.grid;
    if (grid !== undefined) {
      const counts = grid.counts;
      const scale = grid.scale;
      const first = grid.base;
      let hits = 0;
      // Up to the first field off the grid (or not a plain decimal of at most 15 digits).
      for (; f < to; f++, hits++) {
        const info = infos[f];
        if ((info & 0xff00) !== 0 || (info & 0xff) > scale) break;
        const mant = values[f];
        const slot = (info >>> 16 !== 0 ? -mant : mant) * POW10[scale - (info & 0xff)] - first;
        if (!(slot >= 0 && slot < counts.length)) break;
        counts[slot]++;
      }
      grid.total += hits;
      if (f < to) pushField(b, buf, base, values, infos, starts, ends, f++);
      continue;
    }
    let room = b.plainRoom();
    if (room > 0) {
      const plain = b.values;
      let length = b.length;
      for (; f < to && room > 0; f++, room--) {
        const info = infos[f];
        let v: number;
        if ((info & 0xff00) === 0) {
          // pushDecimal without a grid: ±mant / 10^frac
          v = values[f] / POW10[info & 0xff];
          if (info >>> 16 !== 0) v = -v;
        } else v = exact(info, buf, base, values, starts, ends, f);
        plain[length++] = v;
      }
      b.length = length;
      if (f === to) break;
    }
    // Counting values, or the array is full (pushNumber grows it or spills a run).
    pushField(b, buf, base, values, infos, starts, ends, f++);
  }
}

/** Field f handed to the builder as plain-lines.ts does: pushDecimal for at most 15 digits, else pushNumber. */
function pushField(b: ColumnBuilder, buf: Buffer, base: number, values: Float64Array, infos: Int32Array, starts: Int32Array, ends: Int32Array, f: number): void {
  const info = infos[f];
  if ((info & 0xff00) === 0) b.pushDecimal(values[f], info & 0xff, info >>> 16 !== 0);
  else b.pushNumber(exact(info, buf, base, values, starts, ends, f));
}

/** A 16–19 digit field's value: the module's (kind 1), or parseDecimal's from the bytes (kind 2). */
function exact(info: number, buf: Buffer, base: number, values: Float64Array, starts: Int32Array, ends: Int32Array, f: number): number {
  return (info & 0xff00) === 0x100 ? values[f] : parseDecimal(buf, base + starts[f], base + ends[f]);
}

/**
 * plain-lines.ts's categorical branch for fields [from, to) of column j (none empty or with edge spaces): keys
 * the module found counted by index, the others by the builder — and then put in the module's table.
 */
function categoricalFields(b: ColumnBuilder, j: number, buf: Buffer, base: number, memory: ArrayBuffer, keys: Int32Array, starts: Int32Array, ends: Int32Array, hashes: Int32Array, from: number, to: number): void {
  for (let f = b.countKnown(keys, from, to); f < to; f = b.countKnown(keys, f + 1, to)) {
    const s = base + starts[f];
    const e = base + ends[f];
    const first = buf[s];
    if ((first === 78 || first === 110) /* N, n */ && isMissingMarker(buf, s, e)) b.missing++;
    else register(memory, j, b.countKey(buf, s, e, hashes[f] & HASH_MASK), hashes[f], starts[f], e - s);
  }
}
