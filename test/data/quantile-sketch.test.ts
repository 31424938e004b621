/**
 * The quantile sketch's batch insert (the profile's WebAssembly pass, sketch/number-scan.ts over
 * wasm/numbers.wat: bucket indexes from log₂ of the exponent and of the mantissa from a table, Math.log only near
 * a boundary; counts within the sketch's windows in the module, the rest added one by one by `addScanned`) puts
 * every value in the bucket the per-value formula ceil(log(x) / log γ) of `add` gives, including values right at
 * bucket boundaries and their neighbouring doubles, at accuracies where the table decides almost always,
 * sometimes, or never — and grows and collapses the windows as `add` does, value by value.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QuantileSketch } from '@mlci/data';
import { columnViews } from '../support/column-views.ts';
import { scanNumbers } from '../../packages/data/src/sketch/number-scan.ts';
import { emptySums } from '../../packages/data/src/profile/moment-sums.ts';

/** Neighbours of x in the doubles: the next one below and above. */
function neighbours(x: number): [number, number] {
  const f = new Float64Array([x]);
  const w = new BigInt64Array(f.buffer);
  w[0] -= 1n;
  const below = f[0];
  w[0] += 2n;
  return [below, f[0]];
}

function bothWays(values: number[], accuracy?: number): [unknown, unknown] {
  const one = new QuantileSketch(accuracy);
  for (const v of values) one.add(v);
  const batch = new QuantileSketch(accuracy);
  for (const view of columnViews(values, 1000)) {
    scanNumbers(view, emptySums(), batch, false);
  }
  return [batch.toJSON(), one.toJSON()];
}

test('batch insert equals one-by-one insert at every bucket boundary and its neighbouring doubles', () => {
  // 1e-7: the table's bound exceeds half a bucket, so every index is Math.log's; 1e-4: 1 in 80 values is.
  for (const accuracy of [0.005, 0.01, 0.05, 1e-4, 1e-7]) {
    const gamma = (1 + accuracy) / (1 - accuracy);
    const step = Math.max(1, Math.round(1 / Math.log2(gamma) / 3));
    for (let i = -140 * step; i <= 140 * step; i += step) {
      const boundary = Math.pow(gamma, i);
      const [below, above] = neighbours(boundary);
      // Each boundary in sketches of its own: a sketch of them all would collapse its lowest buckets.
      const [batch, one] = bothWays([boundary, below, above, -boundary, -below, -above], accuracy);
      assert.deepEqual(batch, one, `accuracy ${accuracy}, γ^${i}`);
    }
  }
});

test('batch insert equals one-by-one insert on integers, decimals and wide-ranging random values', () => {
  let seed = 12345;
  const random = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const values: number[] = [];
  for (let i = 0; i < 5000; i++) values.push(i, -i, Math.round(random() * 1e6) / 100);
  for (let i = 0; i < 20000; i++) values.push((random() - 0.5) * Math.pow(10, Math.floor(random() * 40) - 20));
  values.push(0, -0, 1e-300, 2e-300, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE);
  const [batch, one] = bothWays(values);
  assert.deepEqual(batch, one);
});
