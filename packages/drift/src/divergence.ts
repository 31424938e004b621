/**
 * Distances between two binned distributions (reference shares p, current shares q over the same bins).
 *
 * - Jensen-Shannon distance, as `scipy.spatial.distance.jensenshannon(p, q)` (natural log):
 *     m = (p + q)/2,  JS = √((KL(p‖m) + KL(q‖m)) / 2),  both inputs first normalised to sum 1.
 *   Empty bins need no smoothing (0·log 0 = 0 and m > 0 wherever p or q is). Range [0, √ln 2].
 * - Hellinger distance: H = √(Σ (√p − √q)²) / √2, range [0, 1]; empty bins need no smoothing.
 * - Population Stability Index: PSI = Σ (q − p) · ln(q / p).
 * - Kullback-Leibler divergence of the reference from the current: KL = Σ p · ln(p / q)
 *   (`scipy.stats.entropy(p, q)`, Evidently's `kl_div`).
 *   PSI and KL are infinite when a bin is empty on one side, so both replace a share of exactly 0 with
 *   ε = 0.0001 before computing (Evidently's convention; the shares are not renormalised). A value unseen in
 *   the reference therefore contributes (q − ε)·ln(q/ε) to PSI: large, finite, and reported.
 * References: Lin (1991) "Divergence measures based on the Shannon entropy"; Yurdakul (2018) "Statistical
 * properties of population stability index"; scipy.spatial.distance.jensenshannon; scipy.stats.entropy.
 */

export const EMPTY_BIN_SHARE = 0.0001;

function shares(counts: ArrayLike<number>): Float64Array {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  if (!(total > 0)) throw new RangeError('a distribution needs a positive total count');
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) out[i] = counts[i] / total;
  return out;
}

function aligned(p: ArrayLike<number>, q: ArrayLike<number>): void {
  if (p.length !== q.length) throw new RangeError('distributions must have the same bins');
}

/** x·ln(x/y) with SciPy's rel_entr conventions (0 when x = 0). */
function relEntr(x: number, y: number): number {
  if (x === 0) return 0;
  if (y === 0) return Infinity;
  return x * Math.log(x / y);
}

export function jensenShannonDistance(referenceCounts: ArrayLike<number>, currentCounts: ArrayLike<number>): number {
  aligned(referenceCounts, currentCounts);
  const p = shares(referenceCounts);
  const q = shares(currentCounts);
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i] + q[i]) / 2;
    js += relEntr(p[i], m) + relEntr(q[i], m);
  }
  return Math.sqrt(Math.max(0, js) / 2);
}

export function hellingerDistance(referenceCounts: ArrayLike<number>, currentCounts: ArrayLike<number>): number {
  aligned(referenceCounts, currentCounts);
  const p = shares(referenceCounts);
  const q = shares(currentCounts);
  let s = 0;
  for (let i = 0; i < p.length; i++) s += (Math.sqrt(p[i]) - Math.sqrt(q[i])) ** 2;
  return Math.sqrt(s) / Math.SQRT2;
}

function smoothed(counts: ArrayLike<number>): Float64Array {
  const s = shares(counts);
  for (let i = 0; i < s.length; i++) if (s[i] === 0) s[i] = EMPTY_BIN_SHARE;
  return s;
}

export function populationStabilityIndex(referenceCounts: ArrayLike<number>, currentCounts: ArrayLike<number>): number {
  aligned(referenceCounts, currentCounts);
  const p = smoothed(referenceCounts);
  const q = smoothed(currentCounts);
  let psi = 0;
  for (let i = 0; i < p.length; i++) psi += (q[i] - p[i]) * Math.log(q[i] / p[i]);
  return psi;
}

/** KL(p‖q) after ε-smoothing; like scipy.stats.entropy, the smoothed shares are renormalised to sum 1. */
export function klDivergence(referenceCounts: ArrayLike<number>, currentCounts: ArrayLike<number>): number {
  aligned(referenceCounts, currentCounts);
  const p = shares(smoothed(referenceCounts));
  const q = shares(smoothed(currentCounts));
  let kl = 0;
  for (let i = 0; i < p.length; i++) kl += relEntr(p[i], q[i]);
  return kl;
}
