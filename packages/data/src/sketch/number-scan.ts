/**
 * The profile's pass over the numbers of a column batch in WebAssembly (wasm/numbers.wat, one module per
 * thread; ColumnProfiler.addColumn): its rows by kind, a hash of each number (for the distinct-count sketch),
 * each finite number counted in its quantile-sketch bucket, and the finite numbers added to the column's min,
 * max, Σx and Σx² — the same doubles
 * as moment-sums.ts's addNumbers (the same operations in the same order; WebAssembly has no fused multiply-add
 * unless asked). In JavaScript this pass took ~19 ns a number (the row loop, the hash, the sums and the index
 * each a few ns; bench/data-validate), the profile's largest share. While the column's categories are complete
 * it also tallies the small non-negative integers (ages, counts) and lists the other numbers for the
 * categories: done in JavaScript, that loop's branch for small integers was compiled without type feedback
 * when the first columns through it had none, and its on-stack-replaced code then deoptimised there batch after
 * batch (75 deopts in one scan of the benchmark file, `node --trace-deopt`).
 *
 * The bucket index ceil(log_γ |x|): Math.log is a call into the runtime (~11 ns a value on the benchmark
 * machine); the module takes log₂ of the exponent and of the mantissa from a table, interpolated: log₂(1 + k/1024)
 * for k = 0…1024 and the steps between, within 1.8e-7 (the second derivative's bound h²/8·|f″|, h = 1/1024,
 * |f″| ≤ 1/ln 2). In buckets that is 1.8e-7·perLog2 (perLog2 = 1 / log₂ γ), plus roundings of ~1e-10, as
 * Math.log's quotient is within ~1e-11 of ln|x| / logGamma: so both give the same ceiling unless the estimate
 * lies within `near` (twice that bound) of an integer, and there the module writes NEAR_BOUNDARY and the sketch
 * takes Math.log's. For α = 0.5%, near is 2.5e-5: about 5 values in 100,000. The indexes are therefore those of
 * Math.ceil(Math.log(|x|) / logGamma), bit for bit.
 *
 * The module counts a number in its bucket itself when the bucket lies in the sketch's current window for its
 * sign (QuantileSketch.windows): the sketch then adds each bucket's count of the batch, and the numbers outside
 * (or near a boundary) one by one (QuantileSketch.addScanned). Given each number's index, the sketch's loop
 * took 5–11 ns a number (a branch on the sign, mispredicted on a column of mixed signs such as the benchmark's
 * ratio: 22 ms per 2M rows against 11 ms for its ids).
 */
import { instantiateWasm, wasmBuffer, type WasmMemory } from '@mlci/core';
import { NumbersWasm } from '../wasm/numbers-wasm.ts';
import type { ColumnView } from '../read/column-batch.ts';
import type { MomentSums } from '../profile/moment-sums.ts';
import { MAX_BUCKETS, type QuantileSketch } from './quantiles.ts';

interface NumbersExports {
  memory: WasmMemory;
  column: (
    kinds: number, numbers: number, n: number, values: number, indexes: number, hashes: number, perLog2: number, near: number,
    tally: number, others: number, otherHashes: number,
    positiveOffset: number, positiveLength: number, positive: number, negativeOffset: number, negativeLength: number, negative: number,
  ) => void;
}

/** Bytes of the module's tables (1025 cells, then 1024 steps); the state of `column` follows. */
const TABLES = 16392;
/** `column`'s state: min, max, sumHi, sumLo, squaresHi, squaresLo (f64), eleven i32 counts, then the batch's min and max (f64). */
const STATE = TABLES;
const STATE_BYTES = 112;
/** The batch's least and greatest finite numbers in the state. */
const BATCH_RANGE = STATE + 96;
/** The figures of MomentSums in the state, in its order (the counts are `column`'s output only). */
const STATE_FIELDS = ['min', 'max', 'sumHi', 'sumLo', 'squaresHi', 'squaresLo'] as const;
/** `column`'s tally of small integers (i32 counts of 0 … SMALL_INTEGERS − 1), then the list of those tallied. */
export const SMALL_INTEGERS = 4096;
const TALLY = STATE + STATE_BYTES;
const TOUCHED = TALLY + 4 * SMALL_INTEGERS;
/** `column`'s counts of the numbers in the quantile sketch's windows (i32, one per bucket), positive then negative. */
const POSITIVE = TOUCHED + 4 * SMALL_INTEGERS;
const NEGATIVE = POSITIVE + 4 * MAX_BUCKETS;
/** The buffers (for up to `room` rows): kinds, numbers, the rest's values and indexes, the hashes, the others. */
const BUFFERS = NEGATIVE + 4 * MAX_BUCKETS;

interface Module {
  exports: NumbersExports;
  room: number;
  state: Float64Array;
  counts: Int32Array;
  batchRange: Float64Array;
  kinds: Uint8Array;
  numbers: Float64Array;
  values: Float64Array;
  indexes: Int32Array;
  hashes: Int32Array;
  tally: Int32Array;
  touched: Int32Array;
  others: Float64Array;
  otherHashes: Int32Array;
  positive: Int32Array;
  negative: Int32Array;
}
let module: Module | undefined;

/** This thread's module, with buffers for at least `n` rows (its memory grows only here, so views stay valid). */
function moduleFor(n: number): Module {
  if (module === undefined) {
    const exports = instantiateWasm<NumbersExports>(NumbersWasm);
    const cells = Float64Array.from({ length: 1025 }, (_, k) => Math.log2(1 + k / 1024));
    const tables = new Float64Array(wasmBuffer(exports.memory, BUFFERS), 0, TABLES / 8);
    tables.set(cells);
    for (let k = 0; k < 1024; k++) tables[1025 + k] = cells[k + 1] - cells[k];
    const none = new Float64Array(0);
    const noInts = new Int32Array(0);
    module = {
      exports, room: 0, state: none, counts: noInts, batchRange: none, kinds: new Uint8Array(0), numbers: none, values: none, indexes: noInts, hashes: noInts,
      tally: noInts, touched: noInts, others: none, otherHashes: noInts, positive: noInts, negative: noInts,
    };
  }
  const m = module;
  if (m.room < n) {
    const room = Math.max(n, 2 * m.room, 4096);
    // kinds (rounded up to 8 bytes), numbers, values, others (8 each), indexes, hashes, otherHashes (4 each)
    const kindBytes = (room + 7) & ~7;
    const buffer = wasmBuffer(m.exports.memory, BUFFERS + kindBytes + 36 * room);
    m.room = room;
    m.state = new Float64Array(buffer, STATE, 6);
    m.counts = new Int32Array(buffer, STATE + 48, 11);
    m.batchRange = new Float64Array(buffer, BATCH_RANGE, 2);
    m.tally = new Int32Array(buffer, TALLY, SMALL_INTEGERS);
    m.touched = new Int32Array(buffer, TOUCHED, SMALL_INTEGERS);
    m.positive = new Int32Array(buffer, POSITIVE, MAX_BUCKETS);
    m.negative = new Int32Array(buffer, NEGATIVE, MAX_BUCKETS);
    m.kinds = new Uint8Array(buffer, BUFFERS, room);
    m.numbers = new Float64Array(buffer, BUFFERS + kindBytes, room);
    m.values = new Float64Array(buffer, BUFFERS + kindBytes + 8 * room, room);
    m.others = new Float64Array(buffer, BUFFERS + kindBytes + 16 * room, room);
    m.indexes = new Int32Array(buffer, BUFFERS + kindBytes + 24 * room, room);
    m.hashes = new Int32Array(buffer, BUFFERS + kindBytes + 28 * room, room);
    m.otherHashes = new Int32Array(buffer, BUFFERS + kindBytes + 32 * room, room);
  }
  return m;
}

/** What scanNumbers found in a column (one object, overwritten by the next call; its arrays are views). */
export interface NumberScan {
  missing: number;
  /** Numbers (finite or not); of them, integers (finite) and finite ones. */
  numbers: number;
  integers: number;
  finite: number;
  texts: number;
  trues: number;
  falses: number;
  /** The least and greatest finite numbers (Infinity and −Infinity when there are none). */
  min: number;
  max: number;
  /** hashes[i]: the hash of the i-th number, in row order. */
  hashes: Int32Array;
  /**
   * With `tally`: the small non-negative integers x (−0 as 0) counted in tally[x], listed in touched[0, tallied)
   * in order of first appearance (the caller zeroes the counts it reads: they must be zero at the next call);
   * the other numbers (and their hashes) in others[0, otherCount), in row order. Without: tallied and
   * otherCount are 0.
   */
  tally: Int32Array;
  touched: Int32Array;
  tallied: number;
  others: Float64Array;
  otherHashes: Int32Array;
  otherCount: number;
}

const scan: NumberScan = {
  missing: 0, numbers: 0, integers: 0, finite: 0, texts: 0, trues: 0, falses: 0, min: Infinity, max: -Infinity,
  hashes: new Int32Array(0),
  tally: new Int32Array(0), touched: new Int32Array(0), tallied: 0, others: new Float64Array(0), otherHashes: new Int32Array(0), otherCount: 0,
};

/** The sketch's windows (QuantileSketch.windows) for `column`. */
const windows = new Int32Array(4);

/**
 * The column's rows by kind, its numbers' hashes, its finite numbers added to the quantile sketch and to `sums`
 * as addNumbers adds them (its head is the caller's); with `tally`, its numbers sorted for the categories (see
 * NumberScan). Valid until the next call.
 */
export function scanNumbers(view: ColumnView, sums: MomentSums, sketch: QuantileSketch, tally: boolean): NumberScan {
  const n = view.length;
  const m = moduleFor(n);
  m.kinds.set(n === view.kinds.length ? view.kinds : view.kinds.subarray(0, n));
  m.numbers.set(n === view.numbers.length ? view.numbers : view.numbers.subarray(0, n));
  const state = m.state;
  STATE_FIELDS.forEach((field, i) => (state[i] = sums[field]));
  sketch.windows(windows);
  m.exports.column(
    m.kinds.byteOffset, m.numbers.byteOffset, n, m.values.byteOffset, m.indexes.byteOffset, m.hashes.byteOffset, sketch.perLog2, sketch.near,
    tally ? 1 : 0, m.others.byteOffset, m.otherHashes.byteOffset,
    windows[0], windows[1], m.positive.byteOffset, windows[2], windows[3], m.negative.byteOffset,
  );
  STATE_FIELDS.forEach((field, i) => (sums[field] = state[i]));
  const counts = m.counts;
  sums.n += counts[2];
  scan.numbers = counts[0];
  scan.integers = counts[1];
  scan.finite = counts[2];
  scan.missing = counts[3];
  scan.texts = counts[4];
  scan.trues = counts[5];
  scan.falses = counts[6];
  scan.min = m.batchRange[0];
  scan.max = m.batchRange[1];
  scan.tallied = counts[7];
  scan.otherCount = counts[8];
  scan.tally = m.tally;
  scan.touched = m.touched;
  scan.others = m.others;
  scan.otherHashes = m.otherHashes;
  scan.hashes = m.hashes;
  sketch.addScanned(m.positive, m.negative, counts[9], m.values, m.indexes, counts[10], counts[2]);
  return scan;
}
