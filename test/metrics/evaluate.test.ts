// End to end through evaluate(): task detection, paired comparisons (DeLong for AUC), stored baselines,
// reproducibility, and the user errors of bad columns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '@mlci/core';
import { evaluate, tableFromColumns, type EvaluateOptions, type StoredMetrics } from '@mlci/metrics';

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

function scored(n: number, strength: number, seed: number) {
  const rand = lcg(seed);
  const label = Array.from({ length: n }, () => (rand() < 0.4 ? 1 : 0));
  const score = label.map((y) => Math.min(1, Math.max(0, 0.5 + strength * (y - 0.5) + (rand() - 0.5) * 0.8)));
  return { label, score };
}

const opts: EvaluateOptions = {
  task: 'auto', labelColumn: 'label', predictionColumn: 'prediction', scoreColumns: ['score'], sliceColumns: [],
  minSliceSize: 10, confidence: 0.95, bootstrapSamples: 200, seed: 3, gates: [],
};

test('auto detects binary, derives predictions from scores (> 0.5) and compares AUC by DeLong', () => {
  const a = scored(600, 0.8, 1);
  const b = { label: a.label, score: scored(600, 0.2, 2).score.map((s, i) => (a.label[i] ? s + 0.05 : s)) };
  const r = evaluate(tableFromColumns('c.csv', a), tableFromColumns('b.csv', b), opts);
  assert.equal(r.task, 'binary');
  assert.equal(r.positiveLabel, 1);
  assert.equal(r.comparisons.roc_auc.method, 'DeLong');
  assert.equal(r.delong!.candidate, r.metrics.roc_auc);
  assert.ok(r.comparisons.roc_auc.significant && r.comparisons.roc_auc.delta! > 0);
  assert.ok(r.comparisons.roc_auc.low! > 0);
  assert.equal(r.comparisons.f1.method, 'paired bootstrap');
  const predictedPositive = a.score.filter((s) => s > 0.5).length;
  assert.equal(r.confusion!.matrix[0][1] + r.confusion!.matrix[1][1], predictedPositive);
});

test('the same seed reproduces every interval; another seed changes them', () => {
  const data = tableFromColumns('c.csv', scored(300, 0.5, 9));
  const one = evaluate(data, undefined, opts);
  const two = evaluate(data, undefined, opts);
  const other = evaluate(data, undefined, { ...opts, seed: 4 });
  assert.deepEqual(one.intervals, two.intervals);
  assert.notDeepEqual(one.intervals, other.intervals);
});

test('auto detects regression for a fractional numeric target and multiclass for 3 labels', () => {
  const reg = tableFromColumns('r.csv', { label: [1.5, 2, 3, 4], prediction: [1, 2, 3, 5] });
  assert.equal(evaluate(reg, undefined, { ...opts, scoreColumns: [] }).task, 'regression');
  const multi = tableFromColumns('m.csv', { label: ['a', 'b', 'c', 'a'], prediction: ['a', 'b', 'b', 'c'] });
  assert.equal(evaluate(multi, undefined, { ...opts, scoreColumns: [] }).task, 'multiclass');
});

test('a score-column prefix maps each class to <prefix><class>', () => {
  const t = tableFromColumns('m.csv', {
    label: ['x', 'y', 'z', 'x'], prediction: ['x', 'y', 'y', 'x'],
    p_z: [0.1, 0.1, 0.3, 0.2], p_x: [0.8, 0.1, 0.3, 0.6], p_y: [0.1, 0.8, 0.4, 0.2],
  });
  const r = evaluate(t, undefined, { ...opts, scoreColumns: ['p_*'], bootstrapSamples: 0 });
  assert.equal(r.task, 'multiclass');
  // class x vs rest: positives rows 0,3 (0.8, 0.6) beat negatives (0.1, 0.3): 1; y: 1; z: row 2 (0.3) vs 0.1,0.1,0.2: 1
  assert.equal(r.metrics.roc_auc_ovr, 1);
});

test('an earlier result file as baseline gives unpaired comparisons from the standard errors', () => {
  const data = tableFromColumns('c.csv', scored(400, 0.6, 5));
  const earlier = evaluate(data, undefined, opts);
  const stored: StoredMetrics = { source: 'old.json', task: 'binary', metrics: { ...earlier.metrics, accuracy: earlier.metrics.accuracy! + 0.2 }, intervals: earlier.intervals };
  const r = evaluate(data, stored, opts);
  assert.equal(r.baseline!.kind, 'result-file');
  assert.equal(r.comparisons.accuracy.method, 'unpaired (standard errors of the two runs)');
  assert.ok(Math.abs(r.comparisons.accuracy.delta! + 0.2) < 1e-12);
  assert.ok(r.comparisons.accuracy.significant);
  assert.equal(r.comparisons.roc_auc.delta, 0);
  assert.equal(r.comparisons.roc_auc.significant, false);
});

test('user errors: missing column, mixed label kinds, baseline on other rows, non-numeric score', () => {
  const good = { label: [1, 0, 1], prediction: [1, 0, 0], score: [0.9, 0.2, 0.4] };
  const expectError = (fn: () => unknown, pattern: RegExp) => assert.throws(fn, (e: unknown) => e instanceof UserError && pattern.test(e.message));
  expectError(() => evaluate(tableFromColumns('c.csv', good), undefined, { ...opts, labelColumn: 'target' }), /column 'target' not found in c\.csv; columns are: label, prediction, score/);
  expectError(() => evaluate(tableFromColumns('c.csv', { ...good, label: [1, 'yes', 0] }), undefined, opts), /labels mix numbers .* and strings .*data row 2/);
  expectError(() => evaluate(tableFromColumns('c.csv', good), tableFromColumns('b.csv', { ...good, label: [1, 1, 1] }), opts), /differs from c\.csv in column 'label' at data row 2/);
  expectError(() => evaluate(tableFromColumns('c.csv', { ...good, score: [0.9, 'high', 0.1] }), undefined, opts), /column 'score' of c\.csv must be numeric, but data row 2 holds "high"/);
  expectError(() => evaluate(tableFromColumns('c.csv', { label: ['a', 'b'], prediction: ['a', 'a'] }), undefined, { ...opts, task: 'binary', scoreColumns: [] }), /positive-label is required/);
});

test('auto takes integer targets with fractional predictions for a regression', () => {
  const counts = tableFromColumns('r.csv', { label: [0, 1, 2, 3, 1], prediction: [0.2, 1.1, 2.5, 2.9, 1] });
  assert.equal(evaluate(counts, undefined, { ...opts, scoreColumns: [] }).task, 'regression');
});

test('with bootstrap-samples 0 a paired baseline still compares: McNemar and DeLong decide, the rest has no interval', () => {
  const a = scored(500, 0.8, 1);
  const b = { label: a.label, score: scored(500, 0.1, 2).score };
  const r = evaluate(tableFromColumns('c.csv', a), tableFromColumns('b.csv', b), { ...opts, bootstrapSamples: 0 });
  assert.equal(r.comparisons.f1.low, null);
  assert.equal(r.comparisons.f1.significant, false);
  assert.equal(r.comparisons.roc_auc.method, 'DeLong');
  assert.equal(r.comparisons.roc_auc.significant, true);
  assert.equal(typeof r.comparisons.accuracy.pValue, 'number');
});

test('a stored baseline of another task is a user error', () => {
  const data = tableFromColumns('c.csv', scored(50, 0.6, 5));
  const stored: StoredMetrics = { source: 'old.json', task: 'regression', metrics: { mae: 1 }, intervals: {} };
  assert.throws(() => evaluate(data, stored, opts), (e: unknown) => e instanceof UserError && /old\.json is a regression evaluation, but this one is binary/.test(e.message));
});
