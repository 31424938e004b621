/**
 * First Wasserstein (earth mover's) distance between two samples, as `scipy.stats.wasserstein_distance(u, v)`:
 *
 *   W1 = ∫ |F_u(x) − F_v(x)| dx,
 *
 * computed exactly by one merge of the sorted samples (SciPy's `_cdf_distance` with p = 1: the CDFs are
 * constant between consecutive pooled values). `normalizedWasserstein` divides by the reference's population
 * standard deviation (ddof = 0), floored at 0.001 for constant columns — the Evidently convention that makes
 * one default threshold (0.1 "standard deviations") meaningful for every column.
 */

/** W1 of two ascending-sorted samples, each optionally given as distinct values with counts. */
export function wassersteinSorted(
  u: ArrayLike<number>,
  v: ArrayLike<number>,
  wu?: ArrayLike<number>,
  wv?: ArrayLike<number>,
): number {
  const lu = u.length;
  const lv = v.length;
  if (lu === 0 || lv === 0) throw new RangeError('wasserstein distance needs two non-empty samples');
  const n1 = wu ? sum(wu) : lu;
  const n2 = wv ? sum(wv) : lv;
  let i = 0;
  let j = 0;
  let cu = 0;
  let cv = 0;
  let prev = Math.min(u[0], v[0]);
  let area = 0;
  while (i < lu || j < lv) {
    const takeU = j >= lv || (i < lu && u[i] <= v[j]);
    const x = takeU ? u[i] : v[j];
    if (x !== prev) {
      area += Math.abs(cu / n1 - cv / n2) * (x - prev);
      prev = x;
    }
    if (takeU) cu += wu ? wu[i++] : (i++, 1);
    else cv += wv ? wv[j++] : (j++, 1);
  }
  return area;
}

function sum(w: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i];
  return s;
}

/** W1 of two samples in any order (copies and sorts them). */
export function wassersteinDistance(u: ArrayLike<number>, v: ArrayLike<number>): number {
  return wassersteinSorted(Float64Array.from(u).sort(), Float64Array.from(v).sort());
}

/**
 * Population standard deviation (ddof = 0); optional counts per value. One pass of West's weighted update
 * (D. H. D. West, "Updating mean and variance estimates: an improved method", CACM 22(9), 1979; Welford's
 * method with weights): per distinct value x with count c, n += c, δ = x − mean, mean += (c / n)·δ,
 * M2 += c·δ·(x − mean); σ = √(M2 / n). As accurate as the two-pass formula in practice (no cancellation of
 * large sums) and one walk instead of two, which matters where the sample is streamed from spilled runs.
 * Adjacent equal values count as one value with their summed count, so the result depends only on the (value,
 * count) pairs of a sorted sample, however its ties are split into entries — the same as the reference's
 * standard deviation in the streamed walk (streamed-tests.ts), bit for bit.
 */
export function populationStd(values: ArrayLike<number>, weights?: ArrayLike<number>): number {
  const len = values.length;
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < len; ) {
    const v = values[i];
    let c = 0;
    do c += weights ? weights[i++] : (i++, 1);
    while (i < len && values[i] === v);
    // West's weighted update (see the comment above), one distinct value at a time.
    n += c;
    const delta = v - mean;
    mean += (c / n) * delta;
    m2 += c * delta * (v - mean);
  }
  return n === 0 ? NaN : Math.sqrt(m2 / n);
}

/** W1 divided by max(std(reference), 0.001); inputs ascending-sorted, optionally with counts. */
export function normalizedWassersteinSorted(
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
  referenceWeights?: ArrayLike<number>,
  currentWeights?: ArrayLike<number>,
): number {
  return normalizeByStd(wassersteinSorted(reference, current, referenceWeights, currentWeights), populationStd(reference, referenceWeights));
}

/** W1 over the reference's standard deviation, floored at 0.001 (see the module comment). */
export function normalizeByStd(distance: number, referenceStd: number): number {
  return distance / Math.max(referenceStd, 0.001);
}
