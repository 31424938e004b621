/**
 * Paired significance tests for a candidate against a baseline scored on the same rows.
 *
 * McNemar's exact test (accuracy): with b = rows only the candidate gets right and c = rows only the baseline
 * gets right, under H0 (equal accuracy) b ~ Binomial(b + c, 1/2), so the two-sided p-value is
 *   p = min(1, 2 * sum_{k=0}^{min(b,c)} C(b+c, k) / 2^(b+c))
 * (= scipy.stats.binomtest(min(b, c), b + c, 0.5).pvalue). The exact test is valid at every size, which is why
 * we use it always rather than the chi-square approximation that needs many discordant pairs.
 * Reference: McNemar (1947); Fagerland, Lydersen & Laake (2013), "The McNemar test for binary matched-pairs
 * data: mid-p and asymptotic are better than exact conditional" (we keep the conservative exact form).
 *
 * DeLong's test (ROC AUC): DeLong, DeLong & Clarke-Pearson (1988). Structural components
 *   V10(x_i) = (1/n) sum_j psi(x_i, y_j) for each positive i,  V01(y_j) = (1/m) sum_i psi(x_i, y_j) for each
 *   negative j, psi(x, y) = 1 if x > y, 1/2 if x = y, 0 otherwise;
 *   S10, S01 = sample covariance matrices of the components across the two models;
 *   Var(AUC_a - AUC_b) = (S10_aa + S10_bb - 2 S10_ab) / m + (S01_aa + S01_bb - 2 S01_ab) / n;
 *   z = (AUC_a - AUC_b) / sqrt(Var), p = 2 Phi(-|z|).
 * The components come from one walk over each model's sorted scores (Sun & Xu 2014, "Fast implementation of
 * DeLong's algorithm"): a positive in a tie group gets (negatives below + negatives tied / 2) / n.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type { Ranking } from './ranking.ts';

export interface McNemarResult {
  /** Rows the candidate gets right and the baseline wrong. */
  candidateOnly: number;
  /** Rows the baseline gets right and the candidate wrong. */
  baselineOnly: number;
  pValue: number;
}

export function mcnemarExact(candidateOnly: number, baselineOnly: number): McNemarResult {
  const n = candidateOnly + baselineOnly;
  const k = Math.min(candidateOnly, baselineOnly);
  if (n === 0) return { candidateOnly, baselineOnly, pValue: 1 };
  // log C(n, j) - n ln 2, built up term by term: log C(n, j+1) = log C(n, j) + ln(n - j) - ln(j + 1).
  let logTerm = -n * Math.LN2;
  let tail = 0;
  for (let j = 0; j <= k; j++) {
    tail += Math.exp(logTerm);
    logTerm += Math.log(n - j) - Math.log(j + 1);
  }
  return { candidateOnly, baselineOnly, pValue: Math.min(1, 2 * tail) };
}

/** b and c of McNemar's test from the two models' predictions and the truth. */
export function discordantPairs(truth: ArrayLike<number>, candidate: ArrayLike<number>, baseline: ArrayLike<number>): McNemarResult {
  let b = 0;
  let c = 0;
  for (let i = 0; i < truth.length; i++) {
    const a = candidate[i] === truth[i];
    const z = baseline[i] === truth[i];
    if (a && !z) b++;
    else if (z && !a) c++;
  }
  return mcnemarExact(b, c);
}

export interface DeLongResult {
  candidate: number;
  baseline: number;
  delta: number;
  /** Standard error of the difference. */
  standardError: number;
  z: number;
  pValue: number;
  /** Normal-theory interval of the difference at the requested confidence. */
  low: number;
  high: number;
}

/**
 * Structural components of one model, in row order: V10 for positive rows, V01 for negative rows
 * (the other entries are unused). Returns the AUC too.
 */
export function structuralComponents(ranking: Ranking): { components: Float64Array; auc: number; positives: number; negatives: number } {
  const { order, groupEnd, sortedPositive } = ranking;
  const n = order.length;
  let positives = 0;
  for (let k = 0; k < n; k++) positives += sortedPositive[k];
  const negatives = n - positives;
  const components = new Float64Array(n);
  let posBelow = 0;
  let negBelow = 0;
  let start = 0;
  let sum10 = 0;
  for (let k = 0; k < n; k++) {
    if (!groupEnd[k]) continue;
    let posGroup = 0;
    for (let g = start; g <= k; g++) posGroup += sortedPositive[g];
    const negGroup = k + 1 - start - posGroup;
    const v10 = (negBelow + negGroup / 2) / negatives;
    const v01 = 1 - (posBelow + posGroup / 2) / positives;
    for (let g = start; g <= k; g++) {
      if (sortedPositive[g]) {
        components[order[g]] = v10;
        sum10 += v10;
      } else {
        components[order[g]] = v01;
      }
    }
    posBelow += posGroup;
    negBelow += negGroup;
    start = k + 1;
  }
  return { components, auc: sum10 / positives, positives, negatives };
}

/** DeLong's paired test of AUC(candidate) - AUC(baseline); both rankings share the truth. */
export function delongTest(candidate: Ranking, baseline: Ranking, positive: Uint8Array, confidence: number): DeLongResult {
  const a = structuralComponents(candidate);
  const b = structuralComponents(baseline);
  const m = a.positives;
  const n = a.negatives;
  const delta = a.auc - b.auc;
  if (m < 2 || n < 2) {
    return { candidate: m && n ? a.auc : NaN, baseline: m && n ? b.auc : NaN, delta: m && n ? delta : NaN, standardError: NaN, z: NaN, pValue: NaN, low: NaN, high: NaN };
  }
  // Variance of the per-row difference of components = S_aa + S_bb - 2 S_ab, by class.
  const variance10 = differenceVariance(a.components, b.components, positive, 1, a.auc - b.auc);
  const meanNegA = meanOver(a.components, positive, 0);
  const meanNegB = meanOver(b.components, positive, 0);
  const variance01 = differenceVariance(a.components, b.components, positive, 0, meanNegA - meanNegB);
  const varianceOfDelta = variance10 / m + variance01 / n;
  const standardError = Math.sqrt(Math.max(varianceOfDelta, 0));
  const zCritical = normalQuantile(1 - (1 - confidence) / 2, 0, 1);
  let z: number;
  let pValue: number;
  if (standardError > 0) {
    z = delta / standardError;
    // 2 Phi(-|z|), not 2 (1 - Phi(|z|)): the lower tail keeps its precision far beyond 1e-16.
    pValue = 2 * normalCdf(-Math.abs(z), 0, 1);
  } else {
    // Identical components: the two AUCs cannot differ on resampling.
    z = delta === 0 ? 0 : Math.sign(delta) * Infinity;
    pValue = delta === 0 ? 1 : 0;
  }
  return { candidate: a.auc, baseline: b.auc, delta, standardError, z, pValue, low: delta - zCritical * standardError, high: delta + zCritical * standardError };
}

function meanOver(values: Float64Array, positive: Uint8Array, cls: number): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) if (positive[i] === cls) { sum += values[i]; count++; }
  return sum / count;
}

/** Sample variance (n - 1) of a_i - b_i over the rows of one class, given the mean difference. */
function differenceVariance(a: Float64Array, b: Float64Array, positive: Uint8Array, cls: number, meanDifference: number): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    if (positive[i] !== cls) continue;
    const d = a[i] - b[i] - meanDifference;
    sum += d * d;
    count++;
  }
  return sum / (count - 1);
}

/** z such that P(|Z| <= z) = confidence. */
export function twoSidedCritical(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2, 0, 1);
}
