/**
 * The drift tests a user can name, their kind of output and default thresholds.
 *
 * p-value tests (ks, chisquare, z) report drift when p < threshold (default 0.05, the conventional level);
 * distance tests report drift when distance ≥ threshold (default 0.1: for Wasserstein a shift of a tenth of the
 * reference standard deviation, for PSI the usual "moderate shift" boundary, and Evidently's defaults for
 * Jensen-Shannon, KL and Hellinger).
 */
export const STAT_TESTS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi', 'kl_div', 'hellinger'] as const;
export type StatTest = (typeof STAT_TESTS)[number];

export const P_VALUE_TESTS: ReadonlySet<StatTest> = new Set(['ks', 'chisquare', 'z']);

export const DEFAULT_THRESHOLDS: Readonly<Record<StatTest, number>> = {
  ks: 0.05,
  chisquare: 0.05,
  z: 0.05,
  wasserstein: 0.1,
  jensenshannon: 0.1,
  psi: 0.1,
  kl_div: 0.1,
  hellinger: 0.1,
};

export const TEST_NAMES: Readonly<Record<StatTest, string>> = {
  ks: 'Kolmogorov-Smirnov',
  chisquare: 'chi-square',
  z: 'Z-test for proportions',
  wasserstein: 'Wasserstein distance (normed)',
  jensenshannon: 'Jensen-Shannon distance',
  psi: 'PSI',
  kl_div: 'Kullback-Leibler divergence',
  hellinger: 'Hellinger distance',
};

export function isStatTest(name: string): name is StatTest {
  return (STAT_TESTS as readonly string[]).includes(name);
}

/** Tests that need every numeric value (not only bin counts). */
export const NEEDS_VALUES: ReadonlySet<StatTest> = new Set(['ks', 'wasserstein']);
