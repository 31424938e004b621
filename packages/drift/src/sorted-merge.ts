/**
 * Merging ascending numeric parts (each plain or as distinct values with counts) into one sorted sample: the
 * parts of one column kept in different forms (decimal grid, hash counts, plain values) or read from different
 * byte ranges of a file. Equal values are combined into one (value, count) pair, so the result's ECDF — and
 * with it KS, Wasserstein and the quantile bins — is that of all the parts' observations pooled.
 */

export interface SortedPart {
  /** Ascending values. */
  values: Float64Array;
  /** How many times each value occurs; absent when each is one observation. */
  weights?: Float64Array;
}

/**
 * One sorted part from several. Plain parts stay plain when all are plain (no combining of ties: a plain
 * sample may repeat values); otherwise the result has weights. Weighted parts hold distinct values (as every
 * producer gives them: grids, counters, merges), and values equal across parts are combined; a plain part in
 * a weighted merge may repeat values, which then stay separate entries of weight 1 (same ECDF).
 */
export function mergeSortedParts(parts: readonly SortedPart[]): SortedPart {
  const nonEmpty = parts.filter((p) => p.values.length > 0);
  if (nonEmpty.length === 0) return { values: new Float64Array(0) };
  if (nonEmpty.length === 1) return nonEmpty[0];
  const weighted = nonEmpty.some((p) => p.weights !== undefined);
  let merged = nonEmpty[0];
  // Pairwise, smallest first: parts are few (forms × ranges), and a two-way merge is a tight loop.
  const rest = nonEmpty.slice(1).sort((a, b) => a.values.length - b.values.length);
  for (const p of rest) merged = weighted ? mergeWeighted(merged, p) : mergePlain(merged, p);
  return merged;
}

function mergePlain(a: SortedPart, b: SortedPart): SortedPart {
  const x = a.values;
  const y = b.values;
  const out = new Float64Array(x.length + y.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < x.length && j < y.length) out[k++] = x[i] <= y[j] ? x[i++] : y[j++];
  while (i < x.length) out[k++] = x[i++];
  while (j < y.length) out[k++] = y[j++];
  return { values: out };
}

function mergeWeighted(a: SortedPart, b: SortedPart): SortedPart {
  const x = a.values;
  const y = b.values;
  const wx = a.weights ?? new Float64Array(x.length).fill(1);
  const wy = b.weights ?? new Float64Array(y.length).fill(1);
  const nx = x.length;
  const ny = y.length;
  const values = new Float64Array(nx + ny);
  const weights = new Float64Array(nx + ny);
  let i = 0;
  let j = 0;
  let k = 0;
  // Two sorted runs of distinct values: take the smaller head, both when equal (−0 and 0 are one value).
  while (i < nx && j < ny) {
    const u = x[i];
    const v = y[j];
    if (u < v) {
      values[k] = u;
      weights[k++] = wx[i++];
    } else if (v < u) {
      values[k] = v;
      weights[k++] = wy[j++];
    } else {
      values[k] = u + 0;
      weights[k++] = wx[i++] + wy[j++];
    }
  }
  for (; i < nx; i++, k++) {
    values[k] = x[i];
    weights[k] = wx[i];
  }
  for (; j < ny; j++, k++) {
    values[k] = y[j];
    weights[k] = wy[j];
  }
  return k === nx + ny ? { values, weights } : { values: values.slice(0, k), weights: weights.slice(0, k) };
}
