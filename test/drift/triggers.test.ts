import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGate, parseMetricsHistory, evaluatePerformance, retrainKey, retrainRef } from '@mlci/drift';
import { UserError } from '@mlci/core';

const history = (values: number[]): string =>
  values.map((v, i) => JSON.stringify({ date: `2026-01-${String(i + 1).padStart(2, '0')}`, accuracy: v })).join('\n');

test('the metric gate fires when the mean of the last N points fails it', () => {
  const gate = parseGate('accuracy >= 0.85');
  const points = parseMetricsHistory(history([0.9, 0.9, 0.9, 0.84, 0.83, 0.84]), 'accuracy', 'm.jsonl');
  const r = evaluatePerformance(points, gate, 3);
  assert.equal(r.gateFailed, true);
  assert.equal(r.fired, true);
  assert.ok(Math.abs(r.windowMean! - 0.83666666) < 1e-6);
  assert.match(r.reason, /mean accuracy of the last 3 points is 0\.8367, failing accuracy >= 0\.85/);
});

test('a decline between consecutive windows fires before the gate is crossed', () => {
  const points = parseMetricsHistory(history([0.95, 0.95, 0.95, 0.91, 0.91, 0.91]), 'accuracy', 'm.jsonl');
  const r = evaluatePerformance(points, parseGate('accuracy >= 0.85'), 3, 0.02);
  assert.equal(r.gateFailed, false);
  assert.equal(r.declined, true);
  assert.equal(r.fired, true);
});

test('a healthy history does not fire; points are ordered by date and other metrics are ignored', () => {
  const text = [
    '{"date":"2026-02-03","metric":"accuracy","value":0.90}',
    '{"date":"2026-02-01","accuracy":0.91}',
    '{"date":"2026-02-02","f1":0.1}',
    '',
  ].join('\n');
  const points = parseMetricsHistory(text, 'accuracy', 'm.jsonl');
  assert.deepEqual(points.map((p) => p.value), [0.91, 0.9]);
  assert.equal(evaluatePerformance(points, parseGate('accuracy >= 0.85'), 5).fired, false);
});

test('a malformed metrics line is a user error with file and line', () => {
  assert.throws(() => parseMetricsHistory('{"date":"2026-01-01","accuracy":0.9}\n{oops', 'accuracy', 'hist.jsonl'), (e: unknown) => {
    assert.ok(e instanceof UserError);
    assert.equal(e.location?.file, 'hist.jsonl');
    assert.equal(e.location?.line, 2);
    return true;
  });
  assert.throws(() => parseGate('accuracy is high'), /expected a gate like 'accuracy >= 0.85', got 'accuracy is high'/);
});

test('the retrain key depends on the data hashes and the triggers, not on their order', () => {
  const a = retrainKey({ referenceHash: 'r1', currentHash: 'c1', triggers: ['drift', 'performance'] });
  assert.equal(a, retrainKey({ referenceHash: 'r1', currentHash: 'c1', triggers: ['performance', 'drift'] }));
  assert.notEqual(a, retrainKey({ referenceHash: 'r1', currentHash: 'c2', triggers: ['drift', 'performance'] }));
  assert.notEqual(a, retrainKey({ referenceHash: 'r1', currentHash: 'c1', triggers: ['drift'] }));
  assert.match(retrainRef(a), /^refs\/mlci\/retrain\/[0-9a-f]{40}$/);
});
