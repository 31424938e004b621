// McNemar's exact test against scipy.stats.binomtest and DeLong's test against a direct O(n^2) implementation
// of DeLong et al. (1988) in scripts/golden/metrics_golden.py (an independent algorithm: pairwise comparisons,
// not midranks).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { delongTest, discordantPairs, mcnemarExact, prepareRanking, twoSidedCritical } from '@mlci/metrics';

const golden = JSON.parse(readFileSync(new URL('../fixtures/golden/metrics-significance.json', import.meta.url), 'utf8')) as {
  delong: Array<{ name: string; label: number[]; score_a: number[]; score_b: number[]; auc: number[]; var_diff: number; z: number; p_value: number }>;
  mcnemar: Array<{ b: number; c: number; p_value: number }>;
  normal: Array<{ p: number; quantile: number }>;
};

const close = (actual: number, expected: number, tolerance: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: expected ${expected}, got ${actual}`);

for (const { b, c, p_value } of golden.mcnemar) {
  test(`McNemar exact p-value equals scipy binomtest for b=${b}, c=${c}`, () => {
    close(mcnemarExact(b, c).pValue, p_value, 1e-12 + 1e-9 * p_value, 'p');
  });
}

test('McNemar counts discordant pairs: only the rows where exactly one model is right', () => {
  const truth = [1, 0, 1, 1, 0, 0, 1];
  const candidate = [1, 0, 0, 1, 1, 0, 1]; // right on rows 0,1,3,5,6
  const baseline = [0, 0, 1, 1, 0, 1, 0];  // right on rows 1,2,3,4
  const result = discordantPairs(truth, candidate, baseline);
  assert.equal(result.candidateOnly, 3); // rows 0, 5, 6
  assert.equal(result.baselineOnly, 2);  // rows 2, 4
  close(result.pValue, 1, 1e-12, 'p'); // 2 * P(X <= 2 | n=5) = 2 * 16/32 = 1
});

for (const g of golden.delong) {
  test(`DeLong matches the direct O(n^2) formulas: ${g.name}`, () => {
    const positive = Uint8Array.from(g.label);
    const a = prepareRanking(Float64Array.from(g.score_a), positive);
    const b = prepareRanking(Float64Array.from(g.score_b), positive);
    const result = delongTest(a, b, positive, 0.95);
    close(result.candidate, g.auc[0], 1e-12, 'AUC a');
    close(result.baseline, g.auc[1], 1e-12, 'AUC b');
    close(result.standardError ** 2, g.var_diff, 1e-12, 'variance of the difference');
    close(result.z, g.z, 1e-9, 'z');
    close(result.pValue, g.p_value, 1e-9, 'p');
    close(result.high - result.low, 2 * twoSidedCritical(0.95) * Math.sqrt(g.var_diff), 1e-9, 'interval width');
  });
}

test('DeLong: a model compared with itself has p = 1 and a zero-width interval', () => {
  const positive = Uint8Array.from([0, 1, 0, 1, 1, 0]);
  const r = prepareRanking(Float64Array.from([0.1, 0.8, 0.3, 0.5, 0.9, 0.6]), positive);
  const result = delongTest(r, r, positive, 0.95);
  assert.equal(result.delta, 0);
  assert.equal(result.pValue, 1);
  assert.equal(result.low, 0);
  assert.equal(result.high, 0);
});

for (const { p, quantile } of golden.normal) {
  test(`normal quantile used for intervals matches SciPy at p=${p}`, () => {
    close(twoSidedCritical(2 * p - 1), quantile, 1e-9, 'quantile');
  });
}
