// The binary metrics have two code paths: the point estimate (each class's scores sorted on its own, merged;
// class-scores.ts) and the weighted walk over the rows in score order (replicates.ts, for slices and bootstrap
// replicates). Integer weights mean "this row w times", so the weighted walk must equal the point estimate of
// the data with every row repeated w times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BINARY_METRICS, binaryMetrics, classRanking, prepareBinary, shareWork, sharedArray, sortByClass } from '@mlci/metrics';

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

function data(n: number, seed: number, levels: number) {
  const rand = lcg(seed);
  const positive = Uint8Array.from({ length: n }, () => (rand() < 0.35 ? 1 : 0));
  // Few distinct levels: many ties within and across classes; -0 and +0 among them.
  const score = Float64Array.from(positive, (p) => {
    const x = Math.floor((0.3 * p + 0.7 * rand()) * levels) / levels;
    return x === 0 && rand() < 0.5 ? -0 : x;
  });
  const predicted = Uint8Array.from({ length: n }, () => (rand() < 0.4 ? 1 : 0));
  return { positive, score, predicted };
}

function repeated(d: ReturnType<typeof data>, weights: Uint8Array) {
  const positive: number[] = [];
  const score: number[] = [];
  const predicted: number[] = [];
  weights.forEach((w, i) => {
    for (let k = 0; k < w; k++) {
      positive.push(d.positive[i]);
      score.push(d.score[i]);
      predicted.push(d.predicted[i]);
    }
  });
  return prepareBinary(Uint8Array.from(positive), Uint8Array.from(predicted), Float64Array.from(score));
}

for (const levels of [7, 1000]) {
  test(`weighted walk equals the point estimate of the rows repeated by their weights (${levels} score levels)`, () => {
    const d = data(2000, levels, levels);
    const rand = lcg(5);
    const weights = Uint8Array.from({ length: d.positive.length }, () => Math.floor(rand() * 4));
    const weighted = binaryMetrics(prepareBinary(d.positive, d.predicted, d.score), weights);
    const point = binaryMetrics(repeated(d, weights));
    for (const name of [...BINARY_METRICS, 'tp', 'fp', 'fn', 'tn'] as const) {
      assert.ok(Math.abs(weighted[name] - point[name]) <= 1e-12, `${name}: weighted ${weighted[name]} vs repeated ${point[name]}`);
    }
  });
}

test('class-sorted ranking: ties across classes count one half, -0 ties +0', () => {
  // positives 0.8, 0.5, +0; negatives 0.5, -0, 0.1: pairs (p > n) = 0.8 beats 3, 0.5 beats 2 and ties 1,
  // +0 ties -0 -> U = 3 + 2 + 0.5 + 0.5 = 6 of 9.
  const positive = Uint8Array.from([1, 1, 1, 0, 0, 0]);
  const score = Float64Array.from([0.8, 0.5, 0, 0.5, -0, 0.1]);
  const { rocAuc, averagePrecision } = classRanking(sortByClass(score, positive));
  assert.equal(rocAuc, 6 / 9);
  // thresholds 0.8 (TP 1, FP 0), 0.5 (TP 2, FP 1), 0.1 (TP 2, FP 2), 0 (TP 3, FP 3):
  // AP = (1/3)(1/1) + (1/3)(2/3) + (1/3)(3/6)
  assert.ok(Math.abs(averagePrecision - (1 / 3) * (1 + 2 / 3 + 1 / 2)) < 1e-15);
});

test('one class only: no AUC; average precision 0 without positives and 1 without negatives', () => {
  const score = Float64Array.from([0.2, 0.4, 0.9]);
  const none = classRanking(sortByClass(score, new Uint8Array(3)));
  const all = classRanking(sortByClass(score, new Uint8Array(3).fill(1)));
  assert.ok(Number.isNaN(none.rocAuc) && Number.isNaN(all.rocAuc));
  assert.equal(none.averagePrecision, 0);
  assert.equal(all.averagePrecision, 1);
});

test('the bucket sort by class sorts like the native sort: spread, tied, skewed, subnormal and infinite scores', () => {
  const rand = lcg(11);
  const n = 20_000;
  const positive = Uint8Array.from({ length: n }, () => (rand() < 0.3 ? 1 : 0));
  const cases: Record<string, Float64Array> = {
    spread: Float64Array.from({ length: n }, () => rand()),
    tied: Float64Array.from({ length: n }, () => Math.round(rand() * 20) / 20),
    skewed: Float64Array.from({ length: n }, () => rand() ** 12),
    subnormal: Float64Array.from({ length: n }, () => Math.floor(rand() * 5) * 5e-324),
    infinite: Float64Array.from({ length: n }, (_, i) => (i % 97 === 0 ? -Infinity : i % 89 === 0 ? Infinity : rand() - 0.5)),
    constant: new Float64Array(n).fill(0.25),
  };
  for (const [name, score] of Object.entries(cases)) {
    const { positives, negatives } = sortByClass(score, positive);
    const expected = (cls: number) => Float64Array.from(score.filter((_, i) => positive[i] === cls)).sort();
    assert.deepEqual([...positives], [...expected(1)], name);
    assert.deepEqual([...negatives], [...expected(0)], name);
  }
});

test('shareWork runs every chunk exactly once, part of them on the helper thread', () => {
  const chunks = 64;
  const runs = sharedArray(Int32Array, chunks);
  const byHelper = sharedArray(Int32Array, chunks);
  // A kernel sees only its arguments; `require` exists only in the helper's script.
  const kernel = (d: { runs: Int32Array; byHelper: Int32Array }, c: number) => {
    const until = Date.now() + 5;
    while (Date.now() < until);
    Atomics.add(d.runs, c, 1);
    d.byHelper[c] = typeof require === 'function' ? 1 : 0;
  };
  shareWork(kernel, { runs, byHelper }, chunks, { helper: true });
  assert.deepEqual([...runs], new Array(chunks).fill(1));
  assert.ok(byHelper.some((x) => x === 1), 'the helper ran no chunk');
  assert.ok(byHelper.some((x) => x === 0), 'this thread ran no chunk');
});

test('chunks a failing helper gives back are computed by this thread', () => {
  const chunks = 16;
  const runs = sharedArray(Int32Array, chunks);
  const kernel = (d: { runs: Int32Array }, c: number) => {
    if (typeof require === 'function') throw new Error('helper fails');
    const until = Date.now() + 2;
    while (Date.now() < until);
    d.runs[c]++;
  };
  shareWork(kernel, { runs }, chunks, { helper: true });
  assert.deepEqual([...runs], new Array(chunks).fill(1));
});
