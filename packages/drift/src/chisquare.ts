/**
 * Pearson's chi-square goodness-of-fit test of the current category counts against the reference shares, as
 * `scipy.stats.chisquare(f_obs=current, f_exp=referenceShare · currentTotal)`:
 *
 *   χ² = Σ_k (O_k − E_k)² / E_k,   p = P(χ²_{K−1} ≥ χ²) = Q((K−1)/2, χ²/2)  (upper regularised gamma),
 *
 * K the number of categories seen in either sample. A category absent from the reference (E_k = 0) with
 * current observations makes χ² = +∞ and p = 0, as in SciPy: a new value is certain drift. A single category
 * (K = 1) has no degrees of freedom; SciPy returns NaN, and we report p = 1 (nothing can have moved).
 * The reference shares are taken as known (a goodness-of-fit test, as the issue and Evidently specify): when the
 * reference is not much larger than the current sample its own noise is ignored and the test over-rejects
 * (roughly, χ² is inflated by 1 + n_current/n_reference). Prefer a reference several times larger.
 * Reference: scipy.stats.chisquare; Pearson (1900).
 */
import gammainc from '@stdlib/math-base-special-gammainc';

export interface ChiSquareResult {
  statistic: number;
  pValue: number;
  degreesOfFreedom: number;
}

/** Category counts are aligned arrays: index k is the same category in both. */
export function chiSquareTest(referenceCounts: ArrayLike<number>, currentCounts: ArrayLike<number>): ChiSquareResult {
  const k = referenceCounts.length;
  if (currentCounts.length !== k) throw new RangeError('chiSquareTest needs aligned count arrays');
  let refTotal = 0;
  let curTotal = 0;
  for (let i = 0; i < k; i++) {
    refTotal += referenceCounts[i];
    curTotal += currentCounts[i];
  }
  if (refTotal === 0 || curTotal === 0) throw new RangeError('chiSquareTest needs non-empty samples');
  let statistic = 0;
  for (let i = 0; i < k; i++) {
    const expected = (referenceCounts[i] / refTotal) * curTotal;
    const observed = currentCounts[i];
    if (expected === 0) {
      if (observed > 0) statistic = Infinity;
      continue;
    }
    statistic += (observed - expected) ** 2 / expected;
  }
  const df = k - 1;
  if (df <= 0) return { statistic, pValue: 1, degreesOfFreedom: df };
  const pValue = statistic === Infinity ? 0 : gammainc(statistic / 2, df / 2, true, true);
  return { statistic, pValue, degreesOfFreedom: df };
}
