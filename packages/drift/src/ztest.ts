/**
 * Two-proportion Z test for a binary column (Evidently's `z` test):
 *
 *   p₁, p₂ = share of the first category in reference and current, P = (p₁n₁ + p₂n₂)/(n₁ + n₂),
 *   z = (p₁ − p₂) / √(P(1 − P)(1/n₁ + 1/n₂)),   p-value = 2·(1 − Φ(|z|)) = erfc(|z|/√2).
 *
 * erfc keeps tiny p-values that 1 − Φ would round to 0. When both samples hold only one category
 * (P ∈ {0, 1}), z is 0/0; nothing moved, so z = 0 and p = 1.
 * Reference: Fleiss, Levin & Paik, Statistical Methods for Rates and Proportions, §2.
 */
import erfc from '@stdlib/math-base-special-erfc';

export interface ZTestResult {
  statistic: number;
  pValue: number;
}

/** `referenceHits` of `referenceTotal` reference rows are the first category; likewise for current. */
export function proportionsZTest(
  referenceHits: number,
  referenceTotal: number,
  currentHits: number,
  currentTotal: number,
): ZTestResult {
  if (referenceTotal <= 0 || currentTotal <= 0) throw new RangeError('proportionsZTest needs non-empty samples');
  const p1 = referenceHits / referenceTotal;
  const p2 = currentHits / currentTotal;
  const pooled = (p1 * referenceTotal + p2 * currentTotal) / (referenceTotal + currentTotal);
  const variance = pooled * (1 - pooled) * (1 / referenceTotal + 1 / currentTotal);
  if (!(variance > 0)) return { statistic: 0, pValue: 1 };
  const z = (p1 - p2) / Math.sqrt(variance);
  return { statistic: z, pValue: erfc(Math.abs(z) / Math.SQRT2) };
}
