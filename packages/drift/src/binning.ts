/**
 * Binning of a column into aligned reference/current counts, for chi-square, PSI, KL, Jensen-Shannon and
 * Hellinger.
 *
 * Numeric columns: edges are the reference quantiles at k/B, k = 1..B−1 (B = 10 by default: equal-frequency
 * "deciles", the usual PSI convention), with duplicate edges removed; the outer bins are open (−∞, e₁] and
 * (e_{B−1}, +∞), so current values below or above everything seen in the reference fall into the outer bins
 * and move their share. A bin holds values v with e_{k−1} < v ≤ e_k. Edges depend on the reference only, so a
 * saved reference profile can carry them and the current data is binned in one streaming pass.
 * Quantiles use the "lower" order statistic x_(⌈k·n/B⌉) of the sorted reference (no interpolation), so edges
 * are always observed values.
 * A numeric column with at most B distinct values in the reference is binned by value instead (each value its
 * own bin, current values between them go to the next value up, as above).
 *
 * Categorical columns: one bin per category seen in either sample; a category unseen in the reference has a
 * reference count of 0 (see divergence.ts and chisquare.ts for what each test makes of that).
 */

export const DEFAULT_BIN_COUNT = 10;

/** Upper edges e_1 < … < e_{B−1} from an ascending-sorted reference. */
export function quantileEdges(sortedReference: ArrayLike<number>, binCount = DEFAULT_BIN_COUNT, weights?: ArrayLike<number>): Float64Array {
  if (weights) return weightedQuantileEdges(sortedReference, weights, binCount);
  const n = sortedReference.length;
  if (n === 0) throw new RangeError('quantileEdges needs a non-empty reference');
  const edges: number[] = [];
  const distinct: number[] = [];
  for (let i = 0; i < n && distinct.length <= binCount; i++) {
    if (i === 0 || sortedReference[i] !== sortedReference[i - 1]) distinct.push(sortedReference[i]);
  }
  if (distinct.length <= binCount) return Float64Array.from(distinct.slice(0, -1));
  for (let k = 1; k < binCount; k++) {
    const idx = Math.min(n - 1, Math.max(0, Math.ceil((k * n) / binCount) - 1));
    const e = sortedReference[idx];
    if (edges.length === 0 || e > edges[edges.length - 1]) edges.push(e);
  }
  // Drop a last edge equal to the maximum: the open top bin would be empty in the reference.
  if (edges.length > 0 && edges[edges.length - 1] === sortedReference[n - 1]) edges.pop();
  return Float64Array.from(edges);
}

/** quantileEdges of the sample where sorted distinct values[i] occurs weights[i] times. */
function weightedQuantileEdges(values: ArrayLike<number>, weights: ArrayLike<number>, binCount: number): Float64Array {
  const m = values.length;
  if (m === 0) throw new RangeError('quantileEdges needs a non-empty reference');
  if (m <= binCount) return Float64Array.from(Array.from(values).slice(0, -1));
  let n = 0;
  for (let i = 0; i < m; i++) n += weights[i];
  const edges: number[] = [];
  let i = 0;
  let below = weights[0]; // observations up to and including values[i]
  for (let k = 1; k < binCount; k++) {
    const idx = Math.min(n - 1, Math.max(0, Math.ceil((k * n) / binCount) - 1)); // 0-based order statistic
    while (below <= idx) below += weights[++i];
    const e = values[i];
    if (edges.length === 0 || e > edges[edges.length - 1]) edges.push(e);
  }
  if (edges.length > 0 && edges[edges.length - 1] === values[m - 1]) edges.pop();
  return Float64Array.from(edges);
}

/** Index of the bin of v: the first k with v ≤ edges[k], or edges.length for the open top bin. */
export function binIndex(edges: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (v <= edges[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Counts per bin (edges.length + 1 bins) of any sample. */
export function binCounts(edges: ArrayLike<number>, values: ArrayLike<number>): Float64Array {
  const counts = new Float64Array(edges.length + 1);
  for (let i = 0; i < values.length; i++) counts[binIndex(edges, values[i])]++;
  return counts;
}

/** Counts per bin of an ascending-sorted sample, by one merge (O(n + B)). */
export function binCountsSorted(edges: ArrayLike<number>, sorted: ArrayLike<number>, weights?: ArrayLike<number>): Float64Array {
  const counts = new Float64Array(edges.length + 1);
  let k = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i];
    while (k < edges.length && v > edges[k]) k++;
    counts[k] += weights ? weights[i] : 1;
  }
  return counts;
}

/** Aligned counts for two categorical samples: categories in first-seen order, reference first. */
export function alignCategories(
  reference: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
): { categories: string[]; reference: Float64Array; current: Float64Array; unseen: string[] } {
  const categories = [...reference.keys()];
  const unseen: string[] = [];
  for (const key of current.keys()) {
    if (!reference.has(key)) {
      categories.push(key);
      unseen.push(key);
    }
  }
  const ref = new Float64Array(categories.length);
  const cur = new Float64Array(categories.length);
  categories.forEach((c, i) => {
    ref[i] = reference.get(c) ?? 0;
    cur[i] = current.get(c) ?? 0;
  });
  return { categories, reference: ref, current: cur, unseen };
}
