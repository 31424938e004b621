// Gates through evaluate(): absolute bounds, drop gates with the documented rule (fail = point drop beyond the
// bound AND significant; warn = beyond the bound but not significant), improvement gates, no baseline, no gates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '@mlci/core';
import { evaluate, parseThresholds, tableFromColumns, type EvaluateOptions } from '@mlci/metrics';

/** Labels 0/1 and predictions that are right on the rows where `right(i)` holds. */
function predictions(n: number, right: (i: number) => boolean) {
  const label = Array.from({ length: n }, (_, i) => (i * 7919) % 2);
  const prediction = label.map((y, i) => (right(i) ? y : 1 - y));
  return { label, prediction };
}

function opts(thresholds: string, extra: Partial<EvaluateOptions> = {}): EvaluateOptions {
  return {
    task: 'binary', labelColumn: 'label', predictionColumn: 'prediction', scoreColumns: [], sliceColumns: [],
    minSliceSize: 10, confidence: 0.95, bootstrapSamples: 200, seed: 11, gates: parseThresholds(thresholds, 'gates.yml'), ...extra,
  };
}

test('an absolute bound passes when met and fails when not', () => {
  const data = tableFromColumns('c.csv', predictions(100, (i) => i % 10 !== 0)); // accuracy 0.9
  const r = evaluate(data, undefined, opts('accuracy: ">= 0.9"\nf1: "> 0.95"\n'));
  assert.deepEqual(r.gates.map((g) => [g.metric, g.status]), [['accuracy', 'pass'], ['f1', 'fail']]);
  assert.equal(r.passed, false);
  assert.equal(r.failed, 1);
  assert.equal(r.gates[1].line, 2);
});

test('a real drop beyond max-drop fails (McNemar significant)', () => {
  const candidate = tableFromColumns('c.csv', predictions(2000, (i) => i % 10 !== 0)); // 0.90
  const baseline = tableFromColumns('b.csv', predictions(2000, (i) => i % 20 !== 0)); // 0.95, right wherever c is
  const r = evaluate(candidate, baseline, opts('accuracy:\n  max-drop: 0.01\n'));
  assert.equal(r.comparisons.accuracy.delta!.toFixed(3), '-0.050');
  assert.equal(r.mcnemar!.candidateOnly, 0);
  assert.equal(r.mcnemar!.baselineOnly, 100);
  assert.ok(r.comparisons.accuracy.significant);
  assert.deepEqual(r.gates.map((g) => g.status), ['fail']);
  assert.equal(r.passed, false);
});

test('a drop beyond max-drop on too few rows to tell is a warning, not a failure', () => {
  const candidate = tableFromColumns('c.csv', predictions(40, (i) => i !== 3 && i !== 5));
  const baseline = tableFromColumns('b.csv', predictions(40, (i) => i !== 3)); // one row better: drop 0.025
  const r = evaluate(candidate, baseline, opts('accuracy:\n  max-drop: 0.01\n'));
  assert.equal(r.mcnemar!.pValue, 1);
  assert.deepEqual(r.gates.map((g) => g.status), ['warn']);
  assert.match(r.gates[0].message, /not significant/);
  assert.equal(r.passed, true);
  assert.equal(r.warnings, 1);
});

test('a significant drop within max-relative-drop passes', () => {
  const candidate = tableFromColumns('c.csv', predictions(2000, (i) => i % 10 !== 0)); // 0.90
  const baseline = tableFromColumns('b.csv', predictions(2000, (i) => i % 20 !== 0)); // 0.95
  const r = evaluate(candidate, baseline, opts('accuracy:\n  max-relative-drop: 0.06\n')); // allowed 0.057
  assert.deepEqual(r.gates.map((g) => g.status), ['pass']);
});

test('require-significant-improvement passes only for a significant improvement', () => {
  const better = tableFromColumns('c.csv', predictions(2000, (i) => i % 20 !== 0));
  const worse = tableFromColumns('b.csv', predictions(2000, (i) => i % 10 !== 0));
  const slightly = tableFromColumns('s.csv', predictions(2000, (i) => i % 10 !== 0 || i === 10));
  const gate = 'accuracy:\n  require-significant-improvement: true\n';
  assert.equal(evaluate(better, worse, opts(gate)).gates[0].status, 'pass');
  assert.equal(evaluate(slightly, worse, opts(gate)).gates[0].status, 'fail');
  assert.equal(evaluate(worse, better, opts(gate)).gates[0].status, 'fail');
});

test('change gates without a baseline are reported as "no-baseline" and counted as warnings', () => {
  const data = tableFromColumns('c.csv', predictions(50, () => true));
  const r = evaluate(data, undefined, opts('accuracy:\n  max-drop: 0.01\n  require-significant-improvement: true\n'));
  assert.deepEqual(r.gates.map((g) => g.status), ['no-baseline', 'no-baseline']);
  assert.equal(r.warnings, 2);
  assert.equal(r.passed, true);
});

test('no gates at all is flagged', () => {
  const r = evaluate(tableFromColumns('c.csv', predictions(50, () => true)), undefined, opts(''));
  assert.equal(r.noGates, true);
  assert.equal(r.warnings, 1);
});

test('a loss metric drops when it rises', () => {
  const n = 1000;
  const { label } = predictions(n, () => true);
  const good = label.map((y) => (y ? 0.9 : 0.1));
  const bad = label.map((y) => (y ? 0.6 : 0.4));
  const candidate = tableFromColumns('c.csv', { label, score: bad });
  const baseline = tableFromColumns('b.csv', { label, score: good });
  const r = evaluate(candidate, baseline, opts('log_loss:\n  max-drop: 0.05\n', { scoreColumns: ['score'] }));
  assert.ok(r.comparisons.log_loss.delta! > 0.4);
  assert.equal(r.gates[0].status, 'fail');
});

test('an unknown metric in the thresholds is a user error at its line and column', () => {
  const data = tableFromColumns('c.csv', predictions(20, () => true));
  assert.throws(() => evaluate(data, undefined, opts('accuracy: ">= 0.5"\n  \nauc: ">= 0.5"\n')), (e: unknown) =>
    e instanceof UserError && /unknown metric 'auc'/.test(e.message) && e.location?.line === 3 && e.location?.column === 1 && e.location?.file === 'gates.yml');
});

test('threshold syntax errors name the file, line and column', () => {
  const cases: Array<[string, RegExp, number]> = [
    ['accuracy: "0.9"\n', /must be a comparison/, 1],
    ['accuracy:\n  max-drop: -1\n', /non-negative/, 2],
    ['accuracy:\n  min: 0.3\n', /unknown key 'min'/, 2],
    ['accuracy: [1, 2\n', /invalid YAML/, 1],
    ['- accuracy\n', /expected a mapping/, 1],
  ];
  for (const [text, message, line] of cases) {
    assert.throws(() => parseThresholds(text, 'gates.yml'), (e: unknown) => e instanceof UserError && message.test(e.message) && (e.location?.line ?? 0) >= line, text);
  }
});
