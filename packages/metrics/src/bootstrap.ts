/**
 * Paired bootstrap of every metric and of every candidate - baseline delta, seeded and reproducible.
 *
 * Resampling: the Poisson bootstrap (Hanley & MacGibbon 2006; Chamandy et al. 2012, "Estimating uncertainty
 * for massive data streams"): in replicate r, row i is drawn w_ri ~ Poisson(1) times instead of a multinomial
 * draw of n rows. The two agree as n grows (Multinomial(n, 1/n) -> Poisson(1) per row); the Poisson form lets
 * each weight be a pure function of (seed, r, i), so a replicate is generated in one sequential pass with no
 * shared state, and the candidate and baseline see exactly the same resample (the pairing).
 * w_ri = inverse Poisson(1) CDF of u = fmix32(i * 0x9E3779B1 xor key_r), with fmix32 MurmurHash3's finaliser
 * and key_r derived from the seed and r the same way.
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

/** The key of replicate r: every weight of the replicate is a function of (key, row). */
export function replicateKey(seed: number, replicate: number): number {
  return fmix32(fmix32(seed >>> 0) ^ Math.imul(replicate + 1, 0x27d4eb2f));
}

/** Weight of one row (the hot loops inline this same computation). */
export function poissonWeight(key: number, row: number): number {
  let h = Math.imul(row, 0x9e3779b1) ^ key;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  const w = BUCKET_WEIGHT[h >>> 20];
  return w !== 255 ? w : weightOf(h >>> 0);
}

/** Fills `out` with the Poisson(1) weights of replicate r. */
export function poissonWeights(seed: number, replicate: number, out: Uint8Array): void {
  const key = replicateKey(seed, replicate);
  for (let i = 0; i < out.length; i++) {
    let h = Math.imul(i, 0x9e3779b1) ^ key;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    const w = BUCKET_WEIGHT[h >>> 20];
    out[i] = w !== 255 ? w : weightOf(h >>> 0);
  }
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
 * `evaluate(weights, key, r)` returns the candidate's metrics and, when paired, the baseline's, under the same
 * weights: `weights` holds them by row unless `rowWeights` is false, in which case the evaluator has them
 * from the replicate's `key` (`poissonWeight(key, row)`) or index `r` (replicates computed beforehand).
 */
export function pairedBootstrap(
  rows: number,
  names: readonly string[],
  evaluate: (weights: Uint8Array, key: number, replicate: number) => { candidate: Record<string, number>; baseline?: Record<string, number> },
  options: BootstrapOptions,
  rowWeights = true,
): BootstrapResult {
  const weights = new Uint8Array(rowWeights ? rows : 0);
  const candidateDraws = names.map(() => new Float64Array(options.samples));
  const deltaDraws = names.map(() => new Float64Array(options.samples));
  let paired = false;
  for (let r = 0; r < options.samples; r++) {
    if (rowWeights) poissonWeights(options.seed, r, weights);
    const { candidate, baseline } = evaluate(weights, replicateKey(options.seed, r), r);
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
