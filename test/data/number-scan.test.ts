/**
 * The profile's pass over the numbers of a column batch runs in WebAssembly (sketch/number-scan.ts over
 * wasm/numbers.wat): rows counted by kind, each number hashed for the distinct sketch, each finite one given
 * its quantile-sketch bucket and added to min, max, Σx and Σx². `add` does the same in JavaScript, value by
 * value (hashNumber, Math.log, addNumber). The two must give the same profile to the bit — same hashes, same
 * buckets, same double-double sums — on the doubles where they could part: −0, NaN, the infinities, the
 * smallest and largest magnitudes, ±2⁵³, bucket boundaries and their neighbours, among nulls, text and booleans.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QuantileSketch, type Value } from '@mlci/data';
import { seededRandom } from '../support/random.ts';
import { columnViews, profileByValues, profilerByColumns } from '../support/column-views.ts';
import { scanNumbers } from '../../packages/data/src/sketch/number-scan.ts';
import { emptySums } from '../../packages/data/src/profile/moment-sums.ts';
import { hashNumber } from '../../packages/data/src/profile/column.ts';

const random = seededRandom(20261202);

/** A bucket boundary of the default sketch and the doubles either side of it. */
function nearBoundary(): number[] {
  const gamma = (1 + new QuantileSketch().relativeAccuracy) / (1 - new QuantileSketch().relativeAccuracy);
  const x = Math.pow(gamma, Math.floor(random() * 2000) - 1000);
  const f = new Float64Array([x]);
  const w = new BigInt64Array(f.buffer);
  w[0] -= 1n;
  const below = f[0];
  w[0] += 2n;
  return [x, below, f[0]];
}

const SPECIAL = [0, -0, NaN, Infinity, -Infinity, 1e-300, -1e-300, 2e-300, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE,
  2 ** 53, -(2 ** 53), 2 ** 53 + 2, 0.1, -0.1, 1e21, 4095, 4096, -1];

const cases: Record<string, () => Value[]> = {
  'special doubles among decimals, nulls, text and booleans': () =>
    Array.from({ length: 20_000 }, () => {
      const r = random();
      if (r < 0.05) return SPECIAL[Math.floor(random() * SPECIAL.length)];
      if (r < 0.08) return null;
      if (r < 0.1) return random() < 0.5 ? 'text' : `t${Math.floor(random() * 10)}`;
      if (r < 0.12) return random() < 0.5;
      return Math.round((random() - 0.3) * 2e7) / 100;
    }),
  'bucket boundaries and their neighbours, either sign': () =>
    Array.from({ length: 3000 }, () => nearBoundary().map((x) => (random() < 0.5 ? -x : x))).flat(),
  'magnitudes from 1e-20 to 1e20 (the categories give up)': () =>
    Array.from({ length: 20_000 }, () => (random() - 0.5) * Math.pow(10, Math.floor(random() * 40) - 20)),
  'a few distinct special doubles (the categories stay complete)': () =>
    Array.from({ length: 5000 }, () => SPECIAL[Math.floor(random() * SPECIAL.length)]),
  'ages and a few other numbers (small integers tallied, the categories stay complete)': () =>
    Array.from({ length: 20_000 }, () => (random() < 0.9 ? 18 + Math.floor(random() * 70) : [-0, -3, 4096, 4095.5, 1e9, NaN, null][Math.floor(random() * 7)])),
  'small integers and others past the categories\' limit within a batch': () =>
    Array.from({ length: 20_000 }, () => (random() < 0.7 ? Math.floor(random() * 5000) : Math.round(random() * 1e5) / 100)),
};

for (const [name, draw] of Object.entries(cases)) {
  test(`column batches of ${name} give the value-by-value profile`, () => {
    const values = draw();
    const expected = profileByValues(values);
    for (const batch of [1, 100, 2048, 5000]) assert.deepEqual(profilerByColumns(values, batch).toJSON(), expected, `batches of ${batch}`);
  });
}

test('a column of all special doubles counts each kind as add does', () => {
  // −0 first: its hash (as 0's) is the one the complete categories add to the distinct sketch.
  const values: Value[] = [-0, ...SPECIAL, null, 'x', true, false, NaN];
  const profile = profilerByColumns(values, values.length).toJSON();
  assert.deepEqual(profile, profileByValues(values));
  assert.deepEqual(profile.types, { integer: 12, number: 11, string: 1, boolean: 2 });
  assert.equal(profile.nulls, 1);
});

test('each number is hashed as hashNumber hashes it: −0 as 0, every NaN as the one NaN', () => {
  const payload = new Float64Array(new BigInt64Array([0x7ff8000000000001n, -0x0008000000000000n]).buffer);
  const values = [...SPECIAL, ...payload, ...Array.from({ length: 1000 }, () => (random() - 0.5) * 1e6)];
  const view = columnViews(values, values.length)[0];
  const sums = emptySums();
  const scan = scanNumbers(view, sums, new QuantileSketch(), false);
  assert.equal(scan.numbers, values.length);
  values.forEach((x, i) => assert.equal(scan.hashes[i], hashNumber(x as number), `hash of ${x}`));
  assert.equal(hashNumber(-0), hashNumber(0));
});
