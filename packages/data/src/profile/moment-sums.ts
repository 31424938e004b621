/**
 * Count, min, max, Σx and Σx² of a stream of numbers, in a form whose sum, mean and variance do not depend on
 * the order the numbers came in or on how the stream was cut into parts and merged.
 *
 * Why: a parallel scan cuts a file into byte ranges where the workers' timing puts them, and a sharded run
 * cuts it where the user did. Welford's update merged with Chan's formula (what this replaced) rounds
 * differently for every cut, so two runs over one file gave means differing in the last bits, and a gate set
 * at such a value could flip between runs.
 *
 * How: Σx and Σx² are kept as double-double numbers (hi + lo, ~106 bits): each addition is split exactly into
 * its rounded sum and its error (Knuth's TwoSum) and the errors are summed apart (Ogita, Rump & Oishi's Sum2,
 * "Accurate sum and dot product", 2005); each square is taken exactly as a product plus its error (Dekker's
 * TwoProduct with Veltkamp's split). The sums are then as accurate as if computed in twice the working
 * precision: their relative error is ~n·ε² (ε = 2⁻⁵³), far below one rounding of the result, so the rounded
 * figures agree for any order and cut except when the exact value lies within that error of a rounding
 * boundary. The variance is M2 = Σx² − (Σx)²/n in double-double: its relative error is ~n·ε²·(1 + mean²/var),
 * below a rounding while n·mean²/var < ~10¹⁶ (2M numbers whose mean is 10⁴ standard deviations from zero: 2e-18).
 * A constant column (min = max) has M2 exactly 0 and its mean exactly its value, as Welford's update gave
 * (within HEAD_ROWS rows, pandas' figures below: three 0.1s have pandas' stdev 1.7e-17).
 *
 * Small columns (at most HEAD_ROWS rows, nulls included) give pandas' own figures, bit for bit: their rows are
 * kept (`head`) and the sum, mean and standard deviation computed as pandas 1.5's nansum/nanmean/nanstd do —
 * nulls as zeros in place, NumPy's pairwise summation, the two-pass variance from the rounded mean. Those are
 * what Great Expectations' pandas backend reports, and its tests put bounds exactly at them (stdev of
 * [1, 1, 3]: pandas 1.1547005383792517, the correctly rounded value …515). Checked against pandas in
 * test/data/moment-sums.test.ts. Beyond HEAD_ROWS rows the double-double figures above hold; they differ
 * from pandas' by pandas' own rounding error.
 *
 * Overflow: a square beyond ~1.3e154 makes Σx² infinite, and the variance is then infinite (as NumPy's is);
 * a sum beyond ~1.8e308 makes Σx and the mean infinite (as pandas', where Welford's update kept the mean finite;
 * a constant column keeps its value as mean); an infinite value makes Σx infinite or NaN, and the variance NaN
 * (as pandas').
 */
import { FALSE, NUMBER, TRUE, type ColumnView } from '../read/column-batch.ts';

export interface MomentSums {
  n: number;
  min: number;
  max: number;
  sumHi: number;
  sumLo: number;
  squaresHi: number;
  squaresLo: number;
  /**
   * Every row so far in order while there are at most HEAD_ROWS: its number, or null for a row without one
   * (null, text, …). Undefined once more rows came. Kept by the caller (keepsHead), not by addNumbers.
   */
  head: Array<number | null> | undefined;
}

/** Rows up to which a column's figures are pandas' (see above). */
export const HEAD_ROWS = 1024;

/** 2²⁷ + 1: Veltkamp's constant, which splits a double into two halves of 26 bits whose products are exact. */
const SPLIT = 134217729;

export function emptySums(): MomentSums {
  return { n: 0, min: Infinity, max: -Infinity, sumHi: 0, sumLo: 0, squaresHi: 0, squaresLo: 0, head: [] };
}

/**
 * Whether `rows` more rows fit in the head: true when the caller is to push them (each its number or null);
 * false when there is no head, or no more room (the head is then dropped). keepViewRows does it for a column batch.
 */
export function keepsHead(s: MomentSums, rows: number): boolean {
  if (s.head === undefined) return false;
  if (s.head.length + rows <= HEAD_ROWS) return true;
  s.head = undefined;
  return false;
}

/**
 * A column batch's rows into the head while they fit: each row's number (NaN as null), booleans as 0/1 when
 * `booleans` (the checks count them, the profile does not) and `finite` keeps only finite numbers (the profile's).
 */
export function keepViewRows(s: MomentSums, view: ColumnView, booleans: boolean, finite: boolean): void {
  const length = view.length;
  if (!keepsHead(s, length)) return;
  const { kinds, numbers } = view;
  const head = s.head!;
  for (let r = 0; r < length; r++) {
    const kind = kinds[r];
    const x = numbers[r];
    if (kind === NUMBER) head.push(finite ? (x - x === 0 ? x : null) : (x === x ? x : null));
    else head.push(booleans && kind === TRUE ? 1 : booleans && kind === FALSE ? 0 : null);
  }
}

/** Adds values[0, count). */
export function addNumbers(s: MomentSums, values: Float64Array, count: number): void {
  let { min, max, sumHi, sumLo, squaresHi, squaresLo } = s;
  for (let i = 0; i < count; i++) {
    const x = values[i];
    if (x < min) min = x;
    if (x > max) max = x;
    // Σx += x: t + error = sumHi + x exactly.
    let t = sumHi + x;
    let b = t - sumHi;
    sumLo += (sumHi - (t - b)) + (x - b);
    sumHi = t;
    // x² = p + e exactly.
    const p = x * x;
    const c = SPLIT * x;
    const xh = c - (c - x);
    const xl = x - xh;
    const e = ((xh * xh - p) + 2 * xh * xl) + xl * xl;
    // Σx² += p + e.
    t = squaresHi + p;
    b = t - squaresHi;
    squaresLo += ((squaresHi - (t - b)) + (p - b)) + e;
    squaresHi = t;
  }
  s.n += count;
  s.min = min;
  s.max = max;
  s.sumHi = sumHi;
  s.sumLo = sumLo;
  s.squaresHi = squaresHi;
  s.squaresLo = squaresLo;
}

const one = new Float64Array(1);

export function addNumber(s: MomentSums, x: number): void {
  one[0] = x;
  addNumbers(s, one, 1);
}

/** The exact sum a + b as its rounding plus the error (Knuth's TwoSum), in `sum[0]` and `sum[1]`. */
const sum = new Float64Array(2);
function twoSum(a: number, b: number): void {
  const t = a + b;
  const v = t - a;
  sum[0] = t;
  sum[1] = (a - (t - v)) + (b - v);
}

/** Adds another part's sums (the same figures, to within the error above, as adding its numbers). */
export function mergeSums(s: MomentSums, o: MomentSums): void {
  // The other part's rows follow this one's (parts are merged in file order).
  if (s.head !== undefined && o.head !== undefined && s.head.length + o.head.length <= HEAD_ROWS) s.head = s.head.concat(o.head);
  else s.head = undefined;
  if (o.n === 0) return;
  s.n += o.n;
  if (o.min < s.min) s.min = o.min;
  if (o.max > s.max) s.max = o.max;
  twoSum(s.sumHi, o.sumHi);
  s.sumHi = sum[0];
  s.sumLo += sum[1] + o.sumLo;
  twoSum(s.squaresHi, o.squaresHi);
  s.squaresHi = sum[0];
  s.squaresLo += sum[1] + o.squaresLo;
}

/**
 * Σx: pandas' for a small column (an all-integer one is summed exactly there, as int64), otherwise the
 * double-double sum rounded once (±Infinity or NaN once an infinity was added, or the sum overflowed).
 */
export function sumOf(s: MomentSums): number {
  const small = pandas(s);
  if (small && !small.integers) return small.sum;
  return Number.isFinite(s.sumHi) ? s.sumHi + s.sumLo : s.sumHi;
}

/** The exact product a·b as hi + lo (Dekker), in `product[0]` and `product[1]`; |a|, |b| < 2⁹⁹⁶. */
const product = new Float64Array(2);
function twoProduct(a: number, b: number): void {
  const p = a * b;
  let c = SPLIT * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLIT * b;
  const bh = c - (c - b);
  const bl = b - bh;
  product[0] = p;
  product[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** Beyond this a Veltkamp split overflows. */
const SPLIT_LIMIT = 2 ** 996;

/** (hi + lo) / n as a double-double, in `quotient[0]` and `quotient[1]`. */
const quotient = new Float64Array(2);
function divide(hi: number, lo: number, n: number): void {
  const q = hi / n;
  quotient[0] = q;
  if (Math.abs(q) < SPLIT_LIMIT) {
    twoProduct(q, n);
    quotient[1] = (((hi - product[0]) - product[1]) + lo) / n;
  } else {
    quotient[1] = lo / n;
  }
}

/** Σx / n, rounded once (to within the error above); null without numbers. */
export function meanOf(s: MomentSums): number | null {
  if (s.n === 0) return null;
  const small = pandas(s);
  if (small) return small.mean;
  if (s.min === s.max) return s.min;
  if (!Number.isFinite(s.sumHi)) return s.sumHi;
  divide(s.sumHi, s.sumLo, s.n);
  return quotient[0] + quotient[1];
}

/** M2 = Σ(x − mean)² = Σx² − (Σx)²/n (pandas' for a small column); 0 with fewer than 2 numbers or a constant column. */
export function m2Of(s: MomentSums): number {
  if (s.n < 2) return 0;
  const small = pandas(s);
  if (small) return small.m2;
  if (s.min === s.max) return 0;
  if (!Number.isFinite(s.sumHi)) return NaN;
  if (s.squaresHi === Infinity) return Infinity;
  // (Σx)²/n = (Σx/n)·Σx, which overflows only if Σx² has (Σx² ≥ (Σx)²/n), so |Σx| and Σx/n are below 2⁹⁹⁶.
  divide(s.sumHi, s.sumLo, s.n);
  const q0 = quotient[0];
  const q1 = quotient[1];
  twoProduct(q0, s.sumHi);
  const d = product[0];
  const dLo = product[1] + q0 * s.sumLo + q1 * s.sumHi;
  twoSum(s.squaresHi, -d);
  const m2 = sum[0] + ((sum[1] + s.squaresLo) - dLo);
  return m2 > 0 ? m2 : 0;
}

/** The sample standard deviation √(M2 / (n − 1)), as pandas' `std()`; null with fewer than 2 numbers. */
export function stdevOf(s: MomentSums): number | null {
  return s.n > 1 ? Math.sqrt(m2Of(s) / (s.n - 1)) : null;
}

/** NumPy's pairwise summation of a[lo, lo + n) (`pairwise_sum` in its loops_utils.h, as `np.add.reduce` runs it). */
function pairwise(a: Float64Array, lo: number, n: number): number {
  if (n < 8) {
    let r = 0;
    for (let i = lo; i < lo + n; i++) r += a[i];
    return r;
  }
  if (n <= 128) {
    let r0 = a[lo], r1 = a[lo + 1], r2 = a[lo + 2], r3 = a[lo + 3], r4 = a[lo + 4], r5 = a[lo + 5], r6 = a[lo + 6], r7 = a[lo + 7];
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      const j = lo + i;
      r0 += a[j]; r1 += a[j + 1]; r2 += a[j + 2]; r3 += a[j + 3]; r4 += a[j + 4]; r5 += a[j + 5]; r6 += a[j + 6]; r7 += a[j + 7];
    }
    let r = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < n; i++) r += a[lo + i];
    return r;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwise(a, lo, n2) + pairwise(a, lo + n2, n - n2);
}

/**
 * pandas' sum, mean and Σ(x − mean)² of a column whose rows are all in its head (undefined when they are not),
 * and whether its rows are all integers: nulls are zeros in place and left out of the squares, as in pandas
 * 1.5's nanops.nansum/nanmean/nanvar.
 */
function pandas(s: MomentSums): { sum: number; mean: number; m2: number; integers: boolean } | undefined {
  const head = s.head;
  if (head === undefined) return undefined;
  const length = head.length;
  const values = new Float64Array(length);
  let integers = true;
  for (let i = 0; i < length; i++) {
    const x = head[i];
    if (x === null) integers = false;
    else {
      values[i] = x;
      if (!Number.isInteger(x)) integers = false;
    }
  }
  const total = pairwise(values, 0, length);
  const mean = total / s.n;
  for (let i = 0; i < length; i++) if (head[i] !== null) values[i] = (mean - values[i]) * (mean - values[i]);
  return { sum: total, mean, m2: pairwise(values, 0, length), integers };
}

/**
 * Sums rebuilt from a mean and M2 (profiles saved before the sums were): Σx = n·mean, Σx² = M2 + mean·Σx,
 * each as a double-double. Their figures equal the saved ones to within a rounding. No head: the rows are gone.
 */
export function sumsFromMoments(n: number, min: number, max: number, mean: number, m2: number): MomentSums {
  const s = emptySums();
  s.head = undefined;
  if (n === 0) return s;
  s.n = n;
  s.min = min;
  s.max = max;
  if (!(Math.abs(mean) < SPLIT_LIMIT) || !Number.isFinite(m2)) {
    s.sumHi = mean * n;
    s.squaresHi = m2 + mean * mean * n;
    return s;
  }
  twoProduct(mean, n);
  s.sumHi = product[0];
  s.sumLo = product[1];
  twoProduct(mean, s.sumHi);
  const d = product[0];
  const dLo = product[1] + mean * s.sumLo;
  twoSum(m2, d);
  s.squaresHi = sum[0];
  s.squaresLo = sum[1] + dLo;
  return s;
}
