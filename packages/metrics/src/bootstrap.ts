/**
 * Paired bootstrap of every metric and of every candidate - baseline delta, seeded and reproducible.
 *
 * Resampling: the Poisson bootstrap (Hanley & MacGibbon 2006; Chamandy et al. 2012, "Estimating uncertainty
 * for massive data streams"): in replicate r, row i is drawn w_ri ~ Poisson(1) times instead of a multinomial
 * draw of n rows. The two agree as n grows (Multinomial(n, 1/n) -> Poisson(1) per row); the Poisson form lets
 * each weight be a pure function of (seed, r, i), so a replicate is generated in one sequential pass with no
 * shared state, and the candidate and baseline see exactly the same resample (the pairing).
 * w_ri = inverse Poisson(1) CDF of a 32-bit uniform u_ri. Replicates come in pairs (2q, 2q + 1) that share
 * one hash per row, h = fmix32(i * 0x9E3779B1 xor key_q) (fmix32: MurmurHash3's finaliser; key_q derived from
 * the seed and q the same way): u's top 12 bits are h's bits 31..20 for replicate 2q and bits 19..8 for 2q + 1.
 * Those 12 bits settle the weight except in the 13 of 4096 buckets a CDF threshold cuts (0.3% of rows); there
 * u's 20 low bits come from a second hash of (i, key_q, half). So u is uniform at 32-bit resolution, the two
 * replicates of a pair are independent (disjoint bits), and the hashing costs half of one hash per replicate.
 * (Until this version every replicate had its own hash per row: the same law, another stream of draws.)
 *
 * Interval: the percentile interval [q_(alpha/2), q_(1-alpha/2)] of the replicate values, alpha = 1 - confidence,
 * quantiles by linear interpolation between order statistics (numpy's default). A replicate in which a metric
 * is undefined (e.g. no positive row, so no AUC) is left out of that metric's interval; the count kept is
 * reported.
 */

import { fmix32 } from '@mlci/core';

/** P(Poisson(1) <= k) * 2^32 for k = 0..12; beyond 12 the tail is below 2^-32. */
export const POISSON_CDF: Uint32Array = (() => {
  const table = new Uint32Array(13);
  let pmf = Math.exp(-1);
  let cdf = 0;
  for (let k = 0; k < 13; k++) {
    cdf += pmf;
    table[k] = Math.min(Math.floor(cdf * 4294967296), 4294967295);
    pmf /= k + 1;
  }
  return table;
})();

/**
 * Weight of each of the 4096 buckets of u's top 12 bits, or 255 when a CDF threshold falls inside the bucket
 * (then u is compared with the thresholds). Saves the unpredictable branches on the hot path.
 */
export const BUCKET_WEIGHT: Uint8Array = (() => {
  const table = new Uint8Array(4096);
  for (let b = 0; b < 4096; b++) {
    const first = weightOf((b * 1048576) >>> 0);
    const last = weightOf((b * 1048576 + 1048575) >>> 0);
    table[b] = first === last ? first : 255;
  }
  return table;
})();

function weightOf(u: number): number {
  let k = 0;
  while (k < 12 && u >= POISSON_CDF[k]) k++;
  return k;
}

/** The key of replicates 2q and 2q + 1: every weight of the two is a function of (key, half, row). */
export function pairKey(seed: number, pair: number): number {
  return fmix32(fmix32(seed >>> 0) ^ Math.imul(pair + 1, 0x27d4eb2f));
}

/**
 * Weight of one row in replicate 2q + half. The walk of replicates.ts inlines this same computation (it runs
 * on a helper thread too, so it cannot import it); the test of binaryReplicates holds the two equal.
 */
export function poissonWeight(key: number, half: number, row: number): number {
  const h = fmix32(Math.imul(row, 0x9e3779b1) ^ key);
  const bucket = half === 0 ? h >>> 20 : (h >>> 8) & 0xfff;
  const w = BUCKET_WEIGHT[bucket];
  return w !== 255 ? w : weightOf(((bucket << 20) | lowBits(key, half, row)) >>> 0);
}

/** The 20 low bits of u where the bucket does not settle the weight: a second, independent hash. */
export function lowBits(key: number, half: number, row: number): number {
  return fmix32(Math.imul(row, 0xcc9e2d51) ^ key ^ (half === 0 ? 0x1b873593 : 0x5bd1e995)) >>> 12;
}

/** Fills `out` with the Poisson(1) weights of replicate r, by row. */
export function poissonWeights(seed: number, replicate: number, out: Uint8Array): void {
  const key = pairKey(seed, replicate >> 1);
  const half = replicate & 1;
  for (let i = 0; i < out.length; i++) out[i] = poissonWeight(key, half, i);
}

export interface Interval {
  low: number;
  high: number;
  /** Standard deviation of the replicates: the bootstrap standard error. */
  standardError: number;
  /** Replicates in which the value was defined. */
  replicates: number;
}

export interface BootstrapResult {
  candidate: Record<string, Interval>;
  /** candidate - baseline, when a paired baseline is given. */
  delta: Record<string, Interval> | undefined;
}

export interface BootstrapOptions {
  samples: number;
  seed: number;
  confidence: number;
}

/**
 * `evaluate(weights, r)` returns the candidate's metrics and, when paired, the baseline's, under the same
 * weights of replicate r: `weights` holds them by row unless `rowWeights` is false, in which case the
 * evaluator has replicate r's values already (replicates.ts computes them all at once).
 */
export function pairedBootstrap(
  rows: number,
  names: readonly string[],
  evaluate: (weights: Uint8Array, replicate: number) => { candidate: Record<string, number>; baseline?: Record<string, number> },
  options: BootstrapOptions,
  rowWeights = true,
): BootstrapResult {
  const weights = new Uint8Array(rowWeights ? rows : 0);
  const candidateDraws = names.map(() => new Float64Array(options.samples));
  const deltaDraws = names.map(() => new Float64Array(options.samples));
  let paired = false;
  for (let r = 0; r < options.samples; r++) {
    if (rowWeights) poissonWeights(options.seed, r, weights);
    const { candidate, baseline } = evaluate(weights, r);
    names.forEach((name, m) => {
      candidateDraws[m][r] = candidate[name];
      if (baseline) deltaDraws[m][r] = candidate[name] - baseline[name];
    });
    paired = baseline !== undefined;
  }
  const candidate: Record<string, Interval> = {};
  const delta: Record<string, Interval> = {};
  names.forEach((name, m) => {
    candidate[name] = percentileInterval(candidateDraws[m], options.confidence);
    if (paired) delta[name] = percentileInterval(deltaDraws[m], options.confidence);
  });
  return { candidate, delta: paired ? delta : undefined };
}

export function percentileInterval(draws: Float64Array, confidence: number): Interval {
  const defined = draws.filter((x) => !Number.isNaN(x)).sort();
  const count = defined.length;
  if (count === 0) return { low: NaN, high: NaN, standardError: NaN, replicates: 0 };
  const alpha = 1 - confidence;
  let mean = 0;
  for (const x of defined) mean += x;
  mean /= count;
  let ss = 0;
  for (const x of defined) ss += (x - mean) * (x - mean);
  return {
    low: quantile(defined, alpha / 2),
    high: quantile(defined, 1 - alpha / 2),
    standardError: count > 1 ? Math.sqrt(ss / (count - 1)) : 0,
    replicates: count,
  };
}

/** numpy.quantile(method="linear") of sorted values. */
export function quantile(sorted: Float64Array, q: number): number {
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}
