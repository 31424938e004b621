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

test('radix sort: every sign mix and pass parity (all digits alike, one varying, all negative, wide ranges) equals TypedArray#sort', () => {
  let s = 99;
  const rand = (): number => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
  const show = (a: Float64Array): string[] => Array.from(a, (v) => (Object.is(v, -0) ? '-0' : String(v)));
  const cases: Array<[string, (i: number) => number]> = [
    ['one value repeated (every pass skipped)', () => 2.5],
    ['negatives only', () => -rand() * 1000],
    ['one low digit varies (one pass)', (i) => 1 + (i % 2048) * 2 ** -52],
    ['two distinct values of opposite sign', (i) => (i % 3 === 0 ? -1 : 1)],
    ['zeros of both signs and subnormals', (i) => [0, -0, 5e-324, -5e-324, 1e-310, -1e-310][i % 6]],
    ['infinities among normals', (i) => (i % 101 === 0 ? Infinity : i % 103 === 0 ? -Infinity : (rand() - 0.7) * 1e6)],
    ['normal around 50 (a drifting feature)', () => 50 + 10 * Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand())],
  ];
  for (const [name, make] of cases) {
    for (const n of [4096, 4097, 70001]) {
      const values = Float64Array.from({ length: n }, (_, i) => make(i));
      assert.deepEqual(show(sortFloat64(values.slice())), show(values.slice().sort()), `${name}, ${n} values`);
    }
  }
});

test('radix sort of more values than the thread keeps a module for (2^20 + 3: a module of its own)', () => {
  let s = 7;
  const rand = (): number => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
  const values = Float64Array.from({ length: (1 << 20) + 3 }, () => (rand() - 0.3) * 1e3);
  const expected = values.slice().sort();
  const actual = sortFloat64(values);
  let mismatches = 0;
  for (let i = 0; i < expected.length; i++) if (!Object.is(actual[i], expected[i])) mismatches++;
  assert.equal(mismatches, 0);
});
