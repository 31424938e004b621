import { sharedArray } from './parallel.ts';

/**
 * Stable ascending argsort of float64 values (equal values keep their row order; -0 and +0 count as equal
 * here, callers compare with `===`). NaN must be rejected by the caller. `inSharedMemory`: the order in a
 * SharedArrayBuffer (for a helper thread).
 *
 * Why not `indices.sort((a, b) => v[a] - v[b])`: a comparator sort of 5 million indices takes seconds in V8.
 * DeLong's test, slices and every bootstrap replicate reuse the one order computed here.
 *
 * First a bucket sort by value (as class-scores.ts: b(v) = floor((v - min) * B / (max - min)) is monotone),
 * the rows scattered in row order so each bucket starts stable; then each bucket is sorted by insertion (few
 * values), skipped (one repeated value: rounded scores) or, when large, by the radix argsort below. Values
 * without a finite range (infinities) go to the radix argsort whole.
 */
export function argsortAscending(values: Float64Array, inSharedMemory = false): Uint32Array {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const plan = n < 64 ? undefined : bucketPlan(n, min, max);
  if (plan === undefined) return radixArgsort(values, inSharedMemory);
  const { buckets, scale, last } = plan;
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < n; i++) start[Math.min(last, Math.floor((values[i] - min) * scale)) + 1]++;
  for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
  const next = start.slice(0, buckets);
  const order = inSharedMemory ? sharedArray(Uint32Array, n) : new Uint32Array(n);
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const at = next[Math.min(last, Math.floor((v - min) * scale))]++;
    order[at] = i;
    sorted[at] = v;
  }
  for (let b = 0; b < buckets; b++) {
    const low = start[b];
    const high = start[b + 1];
    if (high - low < 2) continue;
    if (high - low <= INSERTION_MAX) {
      for (let i = low + 1; i < high; i++) {
        const v = sorted[i];
        const row = order[i];
        let j = i - 1;
        while (j >= low && sorted[j] > v) {
          sorted[j + 1] = sorted[j];
          order[j + 1] = order[j];
          j--;
        }
        sorted[j + 1] = v;
        order[j + 1] = row;
      }
      continue;
    }
    const first = sorted[low];
    let k = low + 1;
    while (k < high && sorted[k] === first) k++;
    if (k === high) continue;
    const within = radixArgsort(sorted.subarray(low, high), false);
    const rows = order.slice(low, high);
    for (let j = 0; j < within.length; j++) order[low + j] = rows[within[j]];
  }
  return order;
}

/** Buckets of at most this many values are sorted by insertion. */
export const INSERTION_MAX = 48;

/**
 * The buckets of a bucket sort by value over [min, max] (also class-scores.ts): bucket(v) =
 * min(last, ⌊(v − min) · scale⌋) is monotone in v. Undefined when the range is not finite (infinities): sort
 * otherwise then.
 */
export function bucketPlan(n: number, min: number, max: number): { buckets: number; scale: number; last: number } | undefined {
  const buckets = Math.max(1, Math.min(1 << 20, n >> 3));
  const scale = max > min ? buckets / (max - min) : 0;
  if (!Number.isFinite(scale) || !Number.isFinite(min) || !Number.isFinite(max)) return undefined;
  return { buckets, scale, last: buckets - 1 };
}

/**
 * Stable ascending argsort by LSD radix sort: 6 passes of 11 bits over the IEEE-754 bits, the keys travelling
 * with the indices so every pass reads sequentially; 11-bit digits keep the histogram (8 KB) in L1 cache.
 * Key transform (the usual one for IEEE-754): a non-negative double's bits are flipped in the sign bit, a
 * negative double's bits are all flipped; the resulting unsigned integers order like the doubles. -0 takes
 * +0's key (the two are one value).
 */
const PASSES: ReadonlyArray<readonly [word: 0 | 1, shift: number, mask: number]> = [
  [0, 0, 0x7ff], [0, 11, 0x7ff], [0, 22, 0x3ff], [1, 0, 0x7ff], [1, 11, 0x7ff], [1, 22, 0x3ff],
];

function radixArgsort(values: Float64Array, inSharedMemory: boolean): Uint32Array {
  const n = values.length;
  const indices = () => (inSharedMemory ? sharedArray(Uint32Array, n) : new Uint32Array(n));
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  // Little-endian: word 2i is the low half, 2i+1 the high half of values[i].
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = bits[2 * i + 1];
    const l = bits[2 * i];
    if (h & 0x80000000 && (h !== 0x80000000 || l !== 0)) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0;
      lo[i] = l;
    }
  }
  let order = indices();
  for (let i = 0; i < n; i++) order[i] = i;
  let nextOrder = indices();
  let nextLo = new Uint32Array(n);
  let nextHi = new Uint32Array(n);
  const counts = new Uint32Array(2048);
  for (const [word, shift, mask] of PASSES) {
    const key = word === 0 ? lo : hi;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(key[i] >>> shift) & mask]++;
    // Skip a pass whose digit is the same for every value (common for the low bits of rounded scores).
    if (n === 0 || counts[(key[0] >>> shift) & mask] === n) continue;
    let sum = 0;
    for (let d = 0; d <= mask; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const at = counts[(key[i] >>> shift) & mask]++;
      nextOrder[at] = order[i];
      nextLo[at] = lo[i];
      nextHi[at] = hi[i];
    }
    [order, nextOrder] = [nextOrder, order];
    [lo, nextLo] = [nextLo, lo];
    [hi, nextHi] = [nextHi, hi];
  }
  return order;
}
