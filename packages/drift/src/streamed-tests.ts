/**
 * KS, Wasserstein, population standard deviation and the quantile bins over samples walked as
 * (distinct value, count) pairs (distinct-stream.ts) — for samples with spilled runs, which are never in memory
 * whole. Each function is its in-memory counterpart's formula on the same pairs, in the same order:
 * - ksStatisticStream: D = sup |F_ref − F_cur| at each distinct value (ks.ts, ksStatistic);
 * - wassersteinStream: W1 = Σ |F_u − F_v| · (x_{k+1} − x_k) over the pooled distinct values (wasserstein.ts);
 * - stdStream: two passes, mean = Σ c·x / n, then Σ c·(x − mean)² / n (wasserstein.ts, populationStd);
 * - quantileEdgesStream / binCountsStream: the "lower" order statistics at k/B and counts per bin (binning.ts).
 * Counts are integers (sums exact), so the results are bit-identical to the in-memory functions whenever the
 * distinct values and their counts are the same: test/drift/spill.test.ts checks it.
 */
import type { NumericSample } from './column-sample.ts';
import { observations } from './column-sample.ts';
import { DistinctStream } from './distinct-stream.ts';

/** Number of distinct values, counting at most cap + 1 (enough to tell "at most cap" from "more"). */
export function distinctStream(sample: NumericSample, cap: number): number {
  const s = new DistinctStream(sample);
  let d = 0;
  while (d <= cap && s.next()) d++;
  s.close();
  return d;
}

/** D and where it is reached, as ksStatistic (the larger of max(F_ref − F_cur) and max(F_cur − F_ref), the first on a tie). */
export function ksStatisticStream(a: NumericSample, b: NumericSample): { d: number; location: number } {
  const n1 = observations(a);
  const n2 = observations(b);
  const sa = new DistinctStream(a);
  const sb = new DistinctStream(b);
  let hasA = sa.next();
  let hasB = sb.next();
  let ca = 0;
  let cb = 0;
  let maxS = -Infinity;
  let minS = Infinity;
  let maxAt = NaN;
  let minAt = NaN;
  while (hasA || hasB) {
    const v = !hasB || (hasA && sa.value <= sb.value) ? sa.value : sb.value;
    if (hasA && sa.value <= v) {
      ca += sa.count;
      hasA = sa.next();
    }
    if (hasB && sb.value <= v) {
      cb += sb.count;
      hasB = sb.next();
    }
    const diff = ca / n1 - cb / n2;
    if (diff > maxS) {
      maxS = diff;
      maxAt = v;
    }
    if (diff < minS) {
      minS = diff;
      minAt = v;
    }
  }
  const minD = Math.min(1, Math.max(0, -minS));
  return minD > maxS ? { d: minD, location: minAt } : { d: maxS, location: maxAt };
}

/** W1 of two samples, as wassersteinSorted. */
export function wassersteinStream(u: NumericSample, v: NumericSample): number {
  const n1 = observations(u);
  const n2 = observations(v);
  if (n1 === 0 || n2 === 0) throw new RangeError('wasserstein distance needs two non-empty samples');
  const su = new DistinctStream(u);
  const sv = new DistinctStream(v);
  let hasU = su.next();
  let hasV = sv.next();
  let cu = 0;
  let cv = 0;
  let prev = Math.min(su.value, sv.value);
  let area = 0;
  while (hasU || hasV) {
    const takeU = !hasV || (hasU && su.value <= sv.value);
    const x = takeU ? su.value : sv.value;
    if (x !== prev) {
      area += Math.abs(cu / n1 - cv / n2) * (x - prev);
      prev = x;
    }
    if (takeU) {
      cu += su.count;
      hasU = su.next();
    } else {
      cv += sv.count;
      hasV = sv.next();
    }
  }
  return area;
}

/** Population standard deviation (ddof = 0), as populationStd over the distinct values and their counts. */
export function stdStream(sample: NumericSample): number {
  const n = observations(sample);
  if (n === 0) return NaN;
  let s = 0;
  const first = new DistinctStream(sample);
  while (first.next()) s += first.value * first.count;
  const mean = s / n;
  let ss = 0;
  const second = new DistinctStream(sample);
  while (second.next()) ss += second.count * (second.value - mean) ** 2;
  return Math.sqrt(ss / n);
}

/** W1 divided by max(std(reference), 0.001), as normalizedWassersteinSorted. */
export function normalizedWassersteinStream(reference: NumericSample, current: NumericSample): number {
  return wassersteinStream(reference, current) / Math.max(stdStream(reference), 0.001);
}

/** Upper bin edges from the reference, as quantileEdges. */
export function quantileEdgesStream(reference: NumericSample, binCount: number): Float64Array {
  const n = observations(reference);
  if (n === 0) throw new RangeError('quantileEdges needs a non-empty reference');
  const few: number[] = [];
  const head = new DistinctStream(reference);
  while (few.length <= binCount && head.next()) few.push(head.value);
  head.close();
  if (few.length <= binCount) return Float64Array.from(few.slice(0, -1));
  const edges: number[] = [];
  const s = new DistinctStream(reference);
  s.next();
  let below = s.count; // observations up to and including s.value
  for (let k = 1; k < binCount; k++) {
    const idx = Math.min(n - 1, Math.max(0, Math.ceil((k * n) / binCount) - 1)); // 0-based order statistic
    while (below <= idx && s.next()) below += s.count;
    const e = s.value;
    if (edges.length === 0 || e > edges[edges.length - 1]) edges.push(e);
  }
  let max = s.value;
  while (s.next()) max = s.value;
  // Drop a last edge equal to the maximum: the open top bin would be empty in the reference.
  if (edges.length > 0 && edges[edges.length - 1] === max) edges.pop();
  return Float64Array.from(edges);
}

/** Counts per bin (edges.length + 1 bins), as binCountsSorted. */
export function binCountsStream(edges: ArrayLike<number>, sample: NumericSample): Float64Array {
  const counts = new Float64Array(edges.length + 1);
  const s = new DistinctStream(sample);
  let k = 0;
  while (s.next()) {
    while (k < edges.length && s.value > edges[k]) k++;
    counts[k] += s.count;
  }
  return counts;
}
