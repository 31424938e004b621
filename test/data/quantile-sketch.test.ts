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

type Stores = Record<'positive' | 'negative', { add(index: number, count: number): void }> & { zeros: number };

/** `json`'s counts added to `sketch` as before merge and fromJSON took stores whole: count by count, in order of index (the stores are private). */
function addCounts(sketch: QuantileSketch, json: ReturnType<QuantileSketch['toJSON']>): QuantileSketch {
  const stores = sketch as unknown as Stores;
  stores.zeros += json.zeros;
  sketch.count += json.zeros;
  for (const sign of ['positive', 'negative'] as const) {
    json[sign].counts.forEach((c, i) => { if (c) { stores[sign].add(json[sign].offset + i, c); sketch.count += c; } });
  }
  return sketch;
}

test('fromJSON and merge take stores whole: the sketch that adding their counts one by one gives, zero ends dropped, wide windows collapsed', () => {
  const json = (offset: number, counts: number[], negative: number[] = [], negativeOffset = -5) => ({ relativeAccuracy: 0.01, zeros: 3, positive: { offset, counts }, negative: { offset: negativeOffset, counts: negative } });
  const wide = (offset: number, length: number, every: number) => json(offset, Array.from({ length }, (_, i) => (i % every === 0 ? i + 1 : 0)));
  const cases = [
    json(10, [1, 2, 3]),
    json(-40, [0, 0, 4, 0, 5, 0]),
    json(7, [0, 0, 0], [0, 9, 0, 1]),
    json(0, []),
    json(12, [5], [1, 1], 400),
    json(-1000, [0, 2, 0, 0, 7], [3], -2000),
    json(1030, [1, 0, 1, 1, 0]),
    // Wider than MAX_BUCKETS (2048): not a window this sketch writes; adds collapse its lowest buckets.
    json(-100, Array.from({ length: 2100 }, (_, i) => (i % 7 === 0 ? i + 1 : 0)), Array.from({ length: 2060 }, (_, i) => (i % 3 === 0 ? 2 : 0))),
    wide(-1020, 2048, 5),
    wide(1000, 1100, 3),
  ];
  for (const c of cases) {
    const loaded = QuantileSketch.fromJSON(c);
    const added = addCounts(new QuantileSketch(0.01), c);
    assert.deepEqual(loaded.toJSON(), added.toJSON(), JSON.stringify(c.positive).slice(0, 60));
    assert.equal(loaded.count, added.count);
    assert.equal(loaded.quantile(0.5), added.quantile(0.5));
  }
  // Merged two by two (windows apart, overlapping, inside one another, together wider than MAX_BUCKETS):
  // merge equals adding the other's counts one by one, and the sketches go on alike after.
  for (const a of cases) {
    for (const b of cases) {
      const merged = QuantileSketch.fromJSON(a);
      merged.merge(QuantileSketch.fromJSON(b));
      const added = addCounts(addCounts(new QuantileSketch(0.01), a), b);
      assert.deepEqual(merged.toJSON(), added.toJSON(), `${JSON.stringify(a.positive).slice(0, 40)} + ${JSON.stringify(b.positive).slice(0, 40)}`);
      assert.equal(merged.count, added.count);
      for (const x of [1e-30, 1e30, -1e30, 12.5, -1e-20]) {
        merged.add(x, 2);
        added.add(x, 2);
      }
      assert.deepEqual(merged.toJSON(), added.toJSON());
    }
  }
  // A real sketch round-trips.
  const real = new QuantileSketch();
  for (let i = 1; i < 5000; i++) real.add(((i * 7919) % 5003) * (i % 2 ? 1 : -0.001));
  assert.deepEqual(QuantileSketch.fromJSON(real.toJSON()).toJSON(), real.toJSON());
});
