/**
 * The numeric tests over samples walked as (distinct value, count) pairs (distinct-stream.ts) — for samples with
 * spilled runs, which are never in memory whole. Reading the runs back is what costs here, so everything is
 * computed in ONE merged walk of both samples, each quantity with its in-memory counterpart's formula on the same pairs, in the same order:
 * - KS: D = sup |F_ref − F_cur| at each pooled distinct value (ks.ts, ksStatistic);
 * - Wasserstein: W1 = Σ |F_u − F_v| · (x_{k+1} − x_k) over the pooled distinct values (wasserstein.ts);
 * - the reference's population standard deviation: West's one-pass update over its pairs in ascending order
 *   (wasserstein.ts, populationStd);
 * - the quantile bins (binning.ts): the upper edges are the reference's "lower" order statistics at
 *   k/B, idx_k = min(n−1, max(0, ⌈k·n/B⌉ − 1)) — the first distinct value whose cumulative count exceeds idx_k;
 *   with at most B distinct values, every distinct value but the largest. Bin j holds (edge_{j−1}, edge_j], so
 *   its count is a difference of the cumulative counts (≤ edge) recorded when the walk passes each edge.
 * Counts are integers (sums and differences exact), so the results are bit-identical to the in-memory functions
 * whenever the distinct values and their counts are the same: test/drift/spill.test.ts checks it.
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

export interface StreamedSummary {
  /** KS: D and where it is reached (the larger of max(F_ref − F_cur) and max(F_cur − F_ref), the first on a tie). */
  ks: { d: number; location: number };
  /** W1 of the two samples (not normalised). */
  wasserstein: number;
  /** Population standard deviation of the reference. */
  referenceStd: number;
  /** Upper bin edges from the reference (quantileEdges) and the counts per bin (binCountsSorted) of each sample. */
  edges: Float64Array;
  referenceCounts: Float64Array;
  currentCounts: Float64Array;
}

/** Everything the numeric tests need from two non-empty samples, in one merged walk (see the module comment). */
export function summarizeStreamed(reference: NumericSample, current: NumericSample, binCount: number): StreamedSummary {
  const n1 = observations(reference);
  const n2 = observations(current);
  if (n1 === 0 || n2 === 0) throw new RangeError('the streamed tests need two non-empty samples');
  const sa = new DistinctStream(reference);
  const sb = new DistinctStream(current);
  let hasA = sa.next();
  let hasB = sb.next();
  let ca = 0;
  let cb = 0;
  let maxS = -Infinity;
  let minS = Infinity;
  let maxAt = NaN;
  let minAt = NaN;
  let prev = Math.min(sa.value, sb.value);
  let area = 0;
  let diff = 0; // F_ref − F_cur so far: ca / n1 − cb / n2 (0 / n1 − 0 / n2 = 0 before the first value)
  let mean = 0;
  let m2 = 0;
  // The first binCount + 1 distinct reference values, and the order-statistic edges, each with the cumulative
  // counts (≤ value) of both samples.
  const first: number[] = [];
  const firstA: number[] = [];
  const firstB: number[] = [];
  const edges: number[] = [];
  const edgeA: number[] = [];
  const edgeB: number[] = [];
  const orderStatistic = (k: number): number => Math.min(n1 - 1, Math.max(0, Math.ceil((k * n1) / binCount) - 1));
  let k = 1;
  let idx = orderStatistic(1);
  let max = NaN;
  while (hasA || hasB) {
    const v = !hasB || (hasA && sa.value <= sb.value) ? sa.value : sb.value;
    if (v !== prev) {
      area += Math.abs(diff) * (v - prev);
      prev = v;
    }
    let inReference = false;
    if (hasA && sa.value <= v) {
      // populationStd's update, on the same pairs in the same order.
      const c = sa.count;
      ca += c;
      const delta = v - mean;
      mean += (c / ca) * delta;
      m2 += c * delta * (v - mean);
      inReference = true;
      hasA = sa.next();
    }
    if (hasB && sb.value <= v) {
      cb += sb.count;
      hasB = sb.next();
    }
    diff = ca / n1 - cb / n2;
    if (diff > maxS) {
      maxS = diff;
      maxAt = v;
    }
    if (diff < minS) {
      minS = diff;
      minAt = v;
    }
    if (inReference) {
      max = v;
      if (first.length <= binCount) {
        first.push(v);
        firstA.push(ca);
        firstB.push(cb);
      }
      for (; k < binCount && idx < ca; idx = orderStatistic(++k)) {
        if (edges.length === 0 || v > edges[edges.length - 1]) {
          edges.push(v);
          edgeA.push(ca);
          edgeB.push(cb);
        }
      }
    }
  }
  const minD = Math.min(1, Math.max(0, -minS));
  const ks = minD > maxS ? { d: minD, location: minAt } : { d: maxS, location: maxAt };
  let bins: { edges: number[]; a: number[]; b: number[] };
  if (first.length <= binCount) bins = { edges: first.slice(0, -1), a: firstA, b: firstB };
  else {
    // Drop a last edge equal to the maximum: the open top bin would be empty in the reference.
    if (edges.length > 0 && edges[edges.length - 1] === max) edges.pop();
    bins = { edges, a: edgeA, b: edgeB };
  }
  return {
    ks,
    wasserstein: area,
    referenceStd: Math.sqrt(m2 / n1),
    edges: Float64Array.from(bins.edges),
    referenceCounts: perBin(bins.a, bins.edges.length, n1),
    currentCounts: perBin(bins.b, bins.edges.length, n2),
  };
}

/** Counts per bin from the cumulative counts at the first `edges` edges, the open top bin taking the rest of n. */
function perBin(cumulative: number[], edges: number, n: number): Float64Array {
  const counts = new Float64Array(edges + 1);
  let below = 0;
  for (let j = 0; j < edges; j++) {
    counts[j] = cumulative[j] - below;
    below = cumulative[j];
  }
  counts[edges] = n - below;
  return counts;
}
