import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DecimalGrid } from '@mlci/drift';
import { ColumnBuilder } from '../../packages/drift/src/column-builder.ts';

function lcg(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
}

test('a decimal grid gives back every value bit for bit, ascending, with its count, across a change of precision', () => {
  const rand = lcg(5);
  const grid = new DecimalGrid();
  const expected = new Map<number, number>();
  // Integers first (a grid of 0 decimals), then 1 to 3 decimals: the grid refines its scale as they come.
  const values = [
    ...Array.from({ length: 500 }, () => Math.floor(rand() * 100) - 50),
    ...Array.from({ length: 3000 }, (_, i) => Number(((rand() - 0.5) * 200).toFixed(1 + (i % 3)))),
    -0,
  ];
  for (const v of values) {
    assert.equal(grid.add(v), true, String(v));
    expected.set(v + 0, (expected.get(v + 0) ?? 0) + 1);
  }
  assert.equal(grid.scale, 3);
  assert.equal(grid.total, values.length);
  const { values: got, weights } = grid.sorted();
  const want = [...expected].sort((a, b) => a[0] - b[0]);
  assert.deepEqual(Array.from(got), want.map(([v]) => v));
  assert.deepEqual(Array.from(weights), want.map(([, c]) => c));
  assert.ok(!got.some((v) => Object.is(v, -0)));
});

test('values off the grid or beyond its size limit are refused and not counted', () => {
  const grid = new DecimalGrid(1000);
  assert.equal(grid.add(1.25), true);
  assert.equal(grid.add(0.1 + 0.2), false); // 0.30000000000000004 has 17 decimals
  assert.equal(grid.add(1 / 3), false);
  assert.equal(grid.add(1e6), false); // 10^8 slots away at 2 decimals
  assert.equal(grid.add(Number.MAX_VALUE), false);
  assert.equal(grid.add(3.5), true);
  assert.equal(grid.add(1.255), false); // 3 decimals would need 10x the slots in use: 2251 > 1000
  assert.equal(grid.total, 2);
  assert.deepEqual(Array.from(grid.sorted().values), [1.25, 3.5]);
});

test('a column read digit by digit (mantissa and decimals) counts the same as one read as numbers', () => {
  const rand = lcg(9);
  const byDigits = new ColumnBuilder();
  const byNumber = new ColumnBuilder();
  for (let i = 0; i < 5000; i++) {
    const frac = i % 4;
    const mant = Math.floor(rand() * 10 ** (3 + frac));
    const neg = rand() < 0.3;
    byDigits.pushDecimal(mant, frac, neg);
    const v = mant / 10 ** frac;
    byNumber.pushNumber(neg ? -v : v);
  }
  const a = byDigits.finish();
  const b = byNumber.finish();
  assert.ok(a.kind === 'numeric' && b.kind === 'numeric');
  assert.deepEqual(Array.from(a.values), Array.from(b.values));
  assert.deepEqual(Array.from(a.weights!), Array.from(b.weights!));
});

test('a grid\'s memory depends on the range and precision of the values, not on how many there are', () => {
  const rand = lcg(3);
  const grid = new DecimalGrid();
  const sizes: number[] = [];
  for (let n = 1; n <= 1_000_000; n++) {
    assert.equal(grid.add(Math.floor(rand() * 100000) / 1000), true); // 3 decimals in [0, 100)
    if (n === 250_000 || n === 1_000_000) sizes.push(grid.counts.byteLength);
  }
  assert.equal(sizes[0], sizes[1]);
  assert.ok(sizes[1] <= 4 * 4 * 100000, `${sizes[1]} bytes: at most 4x the 100,000 steps of the range, 4 bytes each`);
});
