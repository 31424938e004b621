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
 * sample may repeat values); otherwise the result has weights and distinct values.
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
  const wx = a.weights;
  const wy = b.weights;
  const values = new Float64Array(x.length + y.length);
  const weights = new Float64Array(x.length + y.length);
  let i = 0;
  let j = 0;
  let k = -1;
  while (i < x.length || j < y.length) {
    let v: number;
    let w: number;
    if (j >= y.length || (i < x.length && x[i] <= y[j])) {
      v = x[i];
      w = wx ? wx[i] : 1;
      i++;
    } else {
      v = y[j];
      w = wy ? wy[j] : 1;
      j++;
    }
    if (k >= 0 && values[k] === v) weights[k] += w;
    else {
      values[++k] = v + 0; // −0 joins 0, as in the counters
      weights[k] = w;
    }
  }
  return { values: values.slice(0, k + 1), weights: weights.slice(0, k + 1) };
}
