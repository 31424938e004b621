/**
 * Two-sample Kolmogorov-Smirnov test, two-sided, as `scipy.stats.ks_2samp(reference, current)` (SciPy 1.10).
 *
 *   D = sup_x |F_ref(x) − F_cur(x)|, F the right-continuous empirical CDFs.
 *
 * p-value (method "auto" as SciPy): exact when both samples have at most 10 000 values, else asymptotic.
 * - Exact: D is snapped to the lattice h/lcm(n1, n2) (h = round(D·lcm)); with n1 = n2 the proportion of paths
 *   leaving the band |x − y| < h is the alternating sum of Hodges (1958); otherwise the "inside method" with
 *   the 1 − p recursion of Viehmann (2021, arXiv:2102.08037). If floating point fails (overflow), SciPy
 *   switches to the asymptotic method, and so do we.
 * - Asymptotic: kstwo.sf(D, round(n1·n2/(n1+n2))) — see kolmogorov.ts.
 * Ties are handled exactly as SciPy: F is evaluated at every observed value with side='right'.
 * Missing values are not part of the samples: callers drop NaN before calling (SciPy would keep them sorted last).
 */
import { kolmogorovSf } from './kolmogorov.ts';

export interface KsResult {
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
  /** The value where |F_ref − F_cur| is largest. */
  location: number;
}

/** SciPy's MAX_AUTO_N: larger samples use the asymptotic distribution. */
export const KS_EXACT_MAX_N = 10000;

/** KS test on two samples; copies and sorts them (pass `{ sorted: true }` to reuse already sorted arrays). */
export function ksTwoSample(
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
  options: { sorted?: boolean; method?: 'auto' | 'exact' | 'asymptotic' } = {},
): KsResult {
  const a = options.sorted ? reference : Float64Array.from(reference).sort();
  const b = options.sorted ? current : Float64Array.from(current).sort();
  return ksSorted(a, undefined, b, undefined, options.method);
}

/**
 * KS test on ascending-sorted samples given as values with optional counts (`weights[i]` observations of
 * `values[i]`); the ECDFs, hence D and the p-value, equal those of the expanded samples.
 */
export function ksSorted(
  a: ArrayLike<number>,
  wa: ArrayLike<number> | undefined,
  b: ArrayLike<number>,
  wb: ArrayLike<number> | undefined,
  requested: 'auto' | 'exact' | 'asymptotic' = 'auto',
): KsResult {
  const n1 = total(a, wa);
  const n2 = total(b, wb);
  if (n1 === 0 || n2 === 0) throw new RangeError('ksTwoSample needs two non-empty samples');
  const { d, location } = ksStatistic(a, b, wa, wb);
  return ksResult(d, location, n1, n2, requested);
}

/** The test's result from D (at `location`) of samples of n1 and n2 observations: the p-value as described above. */
export function ksResult(d: number, location: number, n1: number, n2: number, requested: 'auto' | 'exact' | 'asymptotic' = 'auto'): KsResult {
  const g = gcd(n1, n2);
  let method = requested;
  if (method === 'auto') method = Math.max(n1, n2) <= KS_EXACT_MAX_N ? 'exact' : 'asymptotic';
  else if (method === 'exact' && n1 / g >= 2147483647 / (n2 / g)) method = 'asymptotic';
  if (method === 'exact') {
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    const snapped = h / lcm;
    if (h === 0) return { statistic: snapped, pValue: 1, method: 'exact', location };
    const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
    if (Number.isFinite(p) && p >= 0 && p <= 1) return { statistic: snapped, pValue: p, method: 'exact', location };
    return asymptotic(snapped, n1, n2, location);
  }
  return asymptotic(d, n1, n2, location);
}

function total(values: ArrayLike<number>, weights: ArrayLike<number> | undefined): number {
  if (!weights) return values.length;
  let n = 0;
  for (let i = 0; i < weights.length; i++) n += weights[i];
  return n;
}

function asymptotic(d: number, n1: number, n2: number, location: number): KsResult {
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const en = (m * n) / (m + n);
  const p = kolmogorovSf(roundHalfEven(en), d);
  return { statistic: d, pValue: Math.min(1, Math.max(0, p)), method: 'asymptotic', location };
}

/**
 * D by one merge of the sorted samples: at each distinct value v, F_ref(v) − F_cur(v) with both CDFs counting
 * values ≤ v. Like SciPy, the larger of max(F_ref − F_cur) and max(F_cur − F_ref) wins, the first on a tie.
 */
export function ksStatistic(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  wa?: ArrayLike<number>,
  wb?: ArrayLike<number>,
): { d: number; location: number } {
  const n1 = total(a, wa);
  const n2 = total(b, wb);
  const la = a.length;
  const lb = b.length;
  let i = 0;
  let j = 0;
  let ca = 0; // observations ≤ v in each sample
  let cb = 0;
  let maxS = -Infinity;
  let minS = Infinity;
  let maxAt = NaN;
  let minAt = NaN;
  while (i < la || j < lb) {
    const v = j >= lb || (i < la && a[i] <= b[j]) ? a[i] : b[j];
    while (i < la && a[i] <= v) ca += wa ? wa[i++] : (i++, 1);
    while (j < lb && b[j] <= v) cb += wb ? wb[j++] : (j++, 1);
    const diff = ca / n1 - cb / n2;
    if (diff > maxS) {
      maxS = diff;
      maxAt = v;
    }
    if (diff < minS) {
      minS = diff;
      minAt = v;
    }
  }
  const minD = Math.min(1, Math.max(0, -minS));
  return minD > maxS ? { d: minD, location: minAt } : { d: maxS, location: maxAt };
}

/** Proportion of lattice paths (n1 = n2 = n) that pass outside the lines x − y = ±h (Hodges 1958). */
function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}

/**
 * 1 − (proportion of paths from (0,0) to (m,n) staying strictly inside |x/m − y/n| < h/lcm), computed directly
 * as a recursion on 1 − p so that tiny p-values keep their precision (Viehmann 2021).
 */
function outerProbInside(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, Math.min(lenA, maxj - minj + (lastlen - curlen)));
  }
  return A[maxj - minj - 1];
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** numpy.round: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
