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

/** W1 of two ascending-sorted samples. */
export function wassersteinSorted(u: ArrayLike<number>, v: ArrayLike<number>): number {
  const n1 = u.length;
  const n2 = v.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('wasserstein distance needs two non-empty samples');
  let i = 0;
  let j = 0;
  let prev = Math.min(u[0], v[0]);
  let area = 0;
  while (i < n1 || j < n2) {
    const takeU = j >= n2 || (i < n1 && u[i] <= v[j]);
    const x = takeU ? u[i] : v[j];
    if (x !== prev) {
      area += Math.abs(i / n1 - j / n2) * (x - prev);
      prev = x;
    }
    if (takeU) i++;
    else j++;
  }
  return area;
}

/** W1 of two samples in any order (copies and sorts them). */
export function wassersteinDistance(u: ArrayLike<number>, v: ArrayLike<number>): number {
  return wassersteinSorted(Float64Array.from(u).sort(), Float64Array.from(v).sort());
}

/** Population standard deviation (ddof = 0), two-pass for accuracy. */
export function populationStd(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  return Math.sqrt(ss / n);
}

/** W1 divided by max(std(reference), 0.001); inputs ascending-sorted. */
export function normalizedWassersteinSorted(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  return wassersteinSorted(reference, current) / Math.max(populationStd(reference), 0.001);
}
