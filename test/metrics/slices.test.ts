import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '@mlci/core';
import { evaluate, parseThresholds, tableFromColumns, type EvaluateOptions } from '@mlci/metrics';

const base: EvaluateOptions = {
  task: 'binary', labelColumn: 'label', predictionColumn: 'prediction', scoreColumns: [], sliceColumns: ['group'],
  minSliceSize: 4, confidence: 0.95, bootstrapSamples: 50, seed: 5, gates: [],
};

// group a: 4 rows, 4 right (accuracy 1); group b: 5 rows, 3 right (0.6); group c: 2 rows (below the minimum).
const data = tableFromColumns('s.csv', {
  label:      [1, 0, 1, 0,  1, 0, 1, 0, 1,  1, 0],
  prediction: [1, 0, 1, 0,  1, 1, 0, 0, 1,  0, 1],
  group:      ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'b', 'c', 'c'],
});

test('metrics per slice, slices below the minimum size are listed but not scored', () => {
  const r = evaluate(data, undefined, base);
  assert.deepEqual(r.slices.map((s) => [s.value, s.rows, s.eligible, s.metrics?.accuracy ?? null]), [
    ['a', 4, true, 1], ['b', 5, true, 0.6], ['c', 2, false, null],
  ]);
});

test('gap = max - min over eligible slices; worst slice = the lowest accuracy', () => {
  const r = evaluate(data, undefined, base);
  assert.equal(r.metrics['accuracy_gap[group]'], 1 - 0.6);
  assert.equal(r.metrics.accuracy_gap, 1 - 0.6);
  assert.equal(r.metrics['accuracy_worst_slice[group]'], 0.6);
  assert.ok(r.intervals.accuracy_gap.low !== null, 'gaps get bootstrap intervals');
});

test('gap metrics are gateable like any metric', () => {
  const r = evaluate(data, undefined, { ...base, gates: parseThresholds('"accuracy_gap[group]": "<= 0.2"\naccuracy_worst_slice: ">= 0.5"\n') });
  assert.deepEqual(r.gates.map((g) => g.status), ['fail', 'pass']);
});

test('a slice column with too many values is a user error', () => {
  const n = 150;
  const wide = tableFromColumns('w.csv', { label: new Array(n).fill(1), prediction: new Array(n).fill(1), id: Array.from({ length: n }, (_, i) => i) });
  assert.throws(() => evaluate(wide, undefined, { ...base, sliceColumns: ['id'] }), (e: unknown) => e instanceof UserError && /more than 100 distinct values/.test(e.message));
});
