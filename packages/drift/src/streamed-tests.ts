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
  // counts (≤ value) of both samples. Typed arrays of their final sizes and no closure: the walk's code is
  // optimised while it runs, and a growing array changing its element kind or a fresh closure per call each
  // threw that code away (measured: the first column of a thread took 3× the steady time).
  const first = new Float64Array(binCount + 1);
  const firstA = new Float64Array(binCount + 1);
  const firstB = new Float64Array(binCount + 1);
  let firsts = 0;
  const edges = new Float64Array(binCount);
  const edgeA = new Float64Array(binCount);
  const edgeB = new Float64Array(binCount);
  let edgeCount = 0;
  let k = 1;
  let idx = orderStatistic(1, n1, binCount);
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
      if (firsts <= binCount) {
        first[firsts] = v;
        firstA[firsts] = ca;
        firstB[firsts++] = cb;
      }
      for (; k < binCount && idx < ca; idx = orderStatistic(++k, n1, binCount)) {
        if (edgeCount === 0 || v > edges[edgeCount - 1]) {
          edges[edgeCount] = v;
          edgeA[edgeCount] = ca;
          edgeB[edgeCount++] = cb;
        }
      }
    }
  }
  const minD = Math.min(1, Math.max(0, -minS));
  const ks = minD > maxS ? { d: minD, location: minAt } : { d: maxS, location: maxAt };
  let bins: { edges: Float64Array; a: Float64Array; b: Float64Array };
  if (firsts <= binCount) bins = { edges: first.slice(0, firsts - 1), a: firstA, b: firstB };
  else {
    // Drop a last edge equal to the maximum: the open top bin would be empty in the reference.
    if (edgeCount > 0 && edges[edgeCount - 1] === max) edgeCount--;
    bins = { edges: edges.slice(0, edgeCount), a: edgeA, b: edgeB };
  }
  return {
    ks,
    wasserstein: area,
    referenceStd: Math.sqrt(m2 / n1),
    edges: bins.edges,
    referenceCounts: perBin(bins.a, bins.edges.length, n1),
    currentCounts: perBin(bins.b, bins.edges.length, n2),
  };
}

/** Counts per bin from the cumulative counts at the first `edges` edges, the open top bin taking the rest of n. */
function perBin(cumulative: Float64Array, edges: number, n: number): Float64Array {
  const counts = new Float64Array(edges + 1);
  let below = 0;
  for (let j = 0; j < edges; j++) {
    counts[j] = cumulative[j] - below;
    below = cumulative[j];
  }
  counts[edges] = n - below;
  return counts;
}

/** The k-th order-statistic index of the bin edges: idx_k = min(n − 1, max(0, ⌈k·n/B⌉ − 1)) (binning.ts). */
function orderStatistic(k: number, n: number, binCount: number): number {
  return Math.min(n - 1, Math.max(0, Math.ceil((k * n) / binCount) - 1));
}
