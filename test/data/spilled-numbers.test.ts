/**
 * Exact order statistics in bounded memory: numbers spilled to disk and found by radix selection give the
 * values a full sort gives, for sets large enough to spill and to need several radix levels.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpilledNumbers } from '../../packages/data/src/expect/spilled-numbers.ts';

let seed = 12345;
function random(): number {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
}

function check(values: Float64Array, parts: number): void {
  const ranks = [0, 1, Math.floor(values.length / 3), Math.floor((values.length - 1) / 2), Math.ceil((values.length - 1) / 2), values.length - 2, values.length - 1];
  const sorted = values.slice().sort();
  // Partial scans (as worker threads make them), absorbed by one.
  const whole = new SpilledNumbers();
  const size = Math.ceil(values.length / parts);
  for (let p = 0; p < parts; p++) {
    const part = new SpilledNumbers();
    for (const x of values.subarray(p * size, (p + 1) * size)) part.add(x);
    whole.absorb(part.snapshot());
  }
  try {
    assert.equal(whole.count, values.length);
    assert.deepEqual(whole.select(ranks), ranks.map((r) => sorted[r]));
  } finally {
    whole.close();
  }
}

test('radix selection over spilled numbers equals sorting: spread values, negatives and zeros', () => {
  const values = new Float64Array(400_000);
  for (let i = 0; i < values.length; i++) values[i] = i % 17 === 0 ? 0 : (random() - 0.4) * 10 ** Math.floor(random() * 8);
  check(values, 2);
});

test('radix selection needs its deeper levels when most values share their top bits', () => {
  // 300,000 values in [1, 1.0001): one top-16-bit bucket, so selection goes down the key.
  const values = new Float64Array(300_000);
  for (let i = 0; i < values.length; i++) values[i] = 1 + random() * 1e-4;
  check(values, 3);
});

test('radix selection of a constant column returns that constant', () => {
  check(new Float64Array(300_000).fill(-2.5), 1);
});

test('a small set stays in memory and answers by sorting', () => {
  const n = new SpilledNumbers();
  for (const x of [5, -1, 3, 3, 0]) n.add(x);
  assert.deepEqual(n.select([0, 2, 4]), [-1, 3, 5]);
  n.close();
});

test('radix selection orders −0 just before 0, as a sort does, among negatives and positives', () => {
  const values = new Float64Array(300_000);
  for (let i = 0; i < values.length; i++) {
    const r = random();
    values[i] = r < 0.3 ? -0 : r < 0.6 ? 0 : (random() - 0.5) * 1e-3;
  }
  const sorted = values.slice().sort();
  const zeros = sorted.findIndex((x) => Object.is(x, 0));
  assert.ok(Object.is(sorted[zeros - 1], -0) && Object.is(sorted[zeros], 0));
  const whole = new SpilledNumbers();
  for (const x of values) whole.add(x);
  try {
    // The ranks on either side of the −0/0 border, and the median.
    const ranks = [zeros - 2, zeros - 1, zeros, zeros + 1, 150_000];
    assert.deepEqual(whole.select(ranks), ranks.map((r) => sorted[r]));
  } finally {
    whole.close();
  }
});
