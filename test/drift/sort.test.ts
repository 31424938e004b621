import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortFloat64 } from '../../packages/drift/src/sort.ts';

test('radix sort orders large arrays exactly as TypedArray#sort, negatives, zeros, ties and extremes included', () => {
  let s = 12345;
  const rand = (): number => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
  const values = Float64Array.from({ length: 50000 }, (_, i) => {
    const u = rand();
    if (i % 97 === 0) return -0;
    if (i % 89 === 0) return 0;
    if (i % 83 === 0) return Number.MAX_VALUE * (u < 0.5 ? -1 : 1);
    if (i % 79 === 0) return 5e-324;
    if (i % 7 === 0) return Math.floor(u * 10) - 5; // ties
    return (u - 0.5) * 10 ** Math.floor(u * 20 - 10);
  });
  const expected = values.slice().sort();
  const actual = sortFloat64(values.slice());
  assert.deepEqual(Array.from(actual, (v) => Object.is(v, -0) ? '-0' : String(v)), Array.from(expected, (v) => Object.is(v, -0) ? '-0' : String(v)));
});
