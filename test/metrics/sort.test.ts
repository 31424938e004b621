import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argsortAscending } from '@mlci/metrics';

test('argsort orders negative, zero, tiny, huge and infinite values and keeps ties in row order', () => {
  const values = Float64Array.from([3, -1, 0.5, -Infinity, 1e-300, 0.5, -1e300, Infinity, 0, -2.5, 3]);
  const order = [...argsortAscending(values)];
  assert.deepEqual(order, [3, 6, 9, 1, 8, 4, 2, 5, 0, 10, 7]);
});

test('argsort agrees with a comparator sort on 20,000 random values with many ties', () => {
  let s = 12345;
  const values = Float64Array.from({ length: 20_000 }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return Math.round((s / 4294967296 - 0.5) * 2000) / 100 + 0; // + 0 turns -0 into 0 (signed zeros: the next test)
  });
  const expected = Array.from(values.keys()).sort((a, b) => values[a] - values[b] || a - b);
  assert.deepEqual([...argsortAscending(values)], expected);
});

test('argsort of an empty array is empty', () => {
  assert.equal(argsortAscending(new Float64Array(0)).length, 0);
});

test('argsort agrees with a comparator sort on spread, skewed (large buckets) and -0/+0 values', () => {
  let s = 777;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const cases: Record<string, Float64Array> = {
    spread: Float64Array.from({ length: 30_000 }, () => rand()),
    skewed: Float64Array.from({ length: 30_000 }, () => rand() ** 16),
    'signed zeros': Float64Array.from({ length: 3_000 }, () => (rand() < 0.5 ? (rand() < 0.5 ? -0 : 0) : rand() - 0.5)),
  };
  for (const [name, values] of Object.entries(cases)) {
    // -0 and +0 are one value: ties in row order.
    const expected = Array.from(values.keys()).sort((a, b) => values[a] - values[b] || a - b);
    assert.deepEqual([...argsortAscending(values)], expected, name);
  }
});
