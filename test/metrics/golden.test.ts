// Parity with scikit-learn 1.2.1: every case of test/fixtures/golden/metrics-classification.json (written by
// scripts/golden/metrics_golden.py) must agree to 1e-9; null in the golden file means sklearn refuses
// (the metric is undefined), which we report as null too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { evaluate, tableFromColumns, type EvaluateOptions } from '@mlci/metrics';

interface GoldenCase {
  name: string;
  task: 'binary' | 'multiclass' | 'regression';
  positive_label?: string;
  score_columns?: string[];
  columns: Record<string, unknown[]>;
  expected: Record<string, number | null>;
  confusion?: { labels: unknown[]; matrix: number[][] };
}

const golden = JSON.parse(readFileSync(new URL('../fixtures/golden/metrics-classification.json', import.meta.url), 'utf8')) as { meta: { sklearn: string }; cases: GoldenCase[] };

function options(c: GoldenCase): EvaluateOptions {
  const scoreColumns = c.task === 'binary' ? (c.columns.score ? ['score'] : []) : (c.score_columns ?? []);
  return {
    task: c.task, labelColumn: 'label', predictionColumn: 'prediction', scoreColumns, positiveLabel: c.positive_label,
    sliceColumns: [], minSliceSize: 1, confidence: 0.95, bootstrapSamples: 0, seed: 1, gates: [],
  };
}

test('golden values come from scikit-learn 1.2.1', () => {
  assert.equal(golden.meta.sklearn, '1.2.1');
  assert.ok(golden.cases.length >= 20);
});

for (const c of golden.cases) {
  test(`matches scikit-learn: ${c.name}`, () => {
    const result = evaluate(tableFromColumns(`${c.name}.csv`, c.columns as Record<string, ArrayLike<unknown>>), undefined, options(c));
    for (const [metric, expected] of Object.entries(c.expected)) {
      const actual = result.metrics[metric];
      if (expected === null) {
        assert.equal(actual, null, `${metric}: sklearn refuses, expected null, got ${actual}`);
      } else {
        assert.ok(actual !== null && actual !== undefined, `${metric}: expected ${expected}, got ${actual}`);
        assert.ok(Math.abs(actual - expected) <= 1e-9, `${metric}: expected ${expected}, got ${actual} (diff ${actual - expected})`);
      }
    }
    if (c.confusion) {
      assert.deepEqual(result.confusion?.labels, c.confusion.labels);
      assert.deepEqual(result.confusion?.matrix, c.confusion.matrix);
    }
  });
}
