import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairedBootstrap, poissonWeights, quantile } from '@mlci/metrics';

for (const replicate of [0, 1]) {
  test(`Poisson(1) weights have mean 1, variance 1 and P(0) = 1/e within 3 standard errors over 200,000 rows (replicate ${replicate} of a pair)`, () => {
    const w = new Uint8Array(200_000);
    poissonWeights(42, replicate, w);
    let sum = 0;
    let ss = 0;
    for (const x of w) { sum += x; ss += x * x; }
    const mean = sum / w.length;
    const variance = ss / w.length - mean * mean;
    assert.ok(Math.abs(mean - 1) < 3 * Math.sqrt(1 / w.length), `mean ${mean}`);
    // Var of the sample variance of Poisson(1) ~ (mu4 - sigma^4)/n = (1 + 3 - 1)/n = 3/n
    assert.ok(Math.abs(variance - 1) < 3 * Math.sqrt(3 / w.length), `variance ${variance}`);
    const zeros = w.filter((x) => x === 0).length / w.length;
    assert.ok(Math.abs(zeros - Math.exp(-1)) < 3 * Math.sqrt(Math.exp(-1) * (1 - Math.exp(-1)) / w.length), `P(0) = ${zeros}`);
  });
}

test('the two replicates of a pair (one hash per row) are uncorrelated: |r| < 3 / sqrt(n)', () => {
  const n = 200_000;
  const a = new Uint8Array(n);
  const b = new Uint8Array(n);
  poissonWeights(5, 6, a);
  poissonWeights(5, 7, b);
  let sa = 0, sb = 0, sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < n; i++) { sa += a[i]; sb += b[i]; sab += a[i] * b[i]; saa += a[i] * a[i]; sbb += b[i] * b[i]; }
  const cov = sab / n - (sa / n) * (sb / n);
  const r = cov / Math.sqrt((saa / n - (sa / n) ** 2) * (sbb / n - (sb / n) ** 2));
  assert.ok(Math.abs(r) < 3 / Math.sqrt(n), `correlation ${r}`);
});

test('the same seed gives the same weights; another seed or replicate gives different ones', () => {
  const a = new Uint8Array(1000), b = new Uint8Array(1000), c = new Uint8Array(1000), d = new Uint8Array(1000);
  poissonWeights(7, 3, a);
  poissonWeights(7, 3, b);
  poissonWeights(8, 3, c);
  poissonWeights(7, 4, d);
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
  assert.notDeepEqual(a, d);
});

test('bootstrap standard error of a proportion matches sqrt(p(1-p)/n) within 10%', () => {
  const n = 4000;
  const hits = new Uint8Array(n);
  for (let i = 0; i < n; i++) hits[i] = i % 5 === 0 ? 0 : 1; // p = 0.8
  const mean = (w: Uint8Array) => {
    let s = 0, t = 0;
    for (let i = 0; i < n; i++) { s += w[i] * hits[i]; t += w[i]; }
    return { candidate: { p: s / t } };
  };
  const result = pairedBootstrap(n, ['p'], mean, { samples: 400, seed: 1, confidence: 0.95 });
  const expected = Math.sqrt(0.8 * 0.2 / n);
  const se = result.candidate.p.standardError;
  assert.ok(Math.abs(se - expected) / expected < 0.1, `se ${se} vs ${expected}`);
  assert.ok(result.candidate.p.low < 0.8 && result.candidate.p.high > 0.8);
  assert.equal(result.candidate.p.replicates, 400);
  assert.equal(result.delta, undefined);
});

test('paired bootstrap of identical models gives a delta interval of exactly [0, 0]', () => {
  const n = 500;
  const metric = (w: Uint8Array) => { let s = 0; for (let i = 0; i < n; i++) s += w[i] * (i % 3); return { m: s }; };
  const result = pairedBootstrap(n, ['m'], (w) => ({ candidate: metric(w), baseline: metric(w) }), { samples: 50, seed: 3, confidence: 0.9 });
  assert.deepEqual([result.delta!.m.low, result.delta!.m.high], [0, 0]);
});

test('undefined replicates are left out and counted', () => {
  let r = 0;
  const result = pairedBootstrap(10, ['m'], () => ({ candidate: { m: r++ % 2 === 0 ? NaN : 1 } }), { samples: 10, seed: 1, confidence: 0.95 });
  assert.equal(result.candidate.m.replicates, 5);
  assert.equal(result.candidate.m.low, 1);
});

test('quantile interpolates linearly between order statistics as numpy does', () => {
  const sorted = Float64Array.from([1, 2, 3, 4]);
  assert.equal(quantile(sorted, 0.5), 2.5);
  assert.equal(quantile(sorted, 0.025), 1.075);
  assert.equal(quantile(sorted, 1), 4);
});

test('every replicate of binaryReplicates (an odd count), with or without the helper thread, equals the metrics under that replicate\'s row weights', async () => {
  const { BINARY_METRICS, binaryMetrics, binaryReplicates, metricsFromStats, prepareBinary, poissonWeights, STATS } = await import('@mlci/metrics');
  const n = 3000;
  const positive = Uint8Array.from({ length: n }, (_, i) => (i * 31) % 7 < 3 ? 1 : 0);
  const score = Float64Array.from({ length: n }, (_, i) => ((i * 7919) % 1000) / 1000);
  const baselineScore = Float64Array.from({ length: n }, (_, i) => ((i * 104729) % 997) / 997);
  const candidate = prepareBinary(positive, undefined, score);
  const baseline = prepareBinary(positive, undefined, baselineScore);
  const samples = 21;
  const alone = binaryReplicates([candidate, baseline], 99, samples, { helper: false });
  const shared = binaryReplicates([candidate, baseline], 99, samples, { helper: true });
  assert.deepEqual(shared, alone);
  for (const r of [0, 1, 17, 20]) {
    const weights = new Uint8Array(n);
    poissonWeights(99, r, weights);
    for (const [m, model] of [candidate, baseline].entries()) {
      const expected = binaryMetrics(model, weights);
      const actual = metricsFromStats(alone, (r * 2 + m) * STATS, true);
      for (const name of BINARY_METRICS) assert.equal(actual[name], expected[name], `replicate ${r}, model ${m}, ${name}`);
    }
  }
});
