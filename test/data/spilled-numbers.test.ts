/**
 * Exact order statistics in bounded memory: numbers spilled to disk and found by radix selection give the
 * values a full sort gives, for sets large enough to spill and to need several radix levels.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpilledNumbers } from '../../packages/data/src/expect/spilled-numbers.ts';
import { seededRandom } from '../support/random.ts';

const random = seededRandom(12345);

/** `distinctLimit` 0 keeps every number one by one (the spill and radix path) from the first. */
function check(values: Float64Array, parts: number, distinctLimit = 0): void {
  const ranks = [0, 1, Math.floor(values.length / 3), Math.floor((values.length - 1) / 2), Math.ceil((values.length - 1) / 2), values.length - 2, values.length - 1];
  const sorted = values.slice().sort();
  // Partial scans (as worker threads make them), absorbed by one.
  const whole = new SpilledNumbers({ distinctLimit });
  const size = Math.ceil(values.length / parts);
  for (let p = 0; p < parts; p++) {
    const part = new SpilledNumbers({ distinctLimit });
    // Half of each part value by value, half in one call (as a column batch gives them).
    const own = values.subarray(p * size, (p + 1) * size);
    const half = own.length >> 1;
    for (const x of own.subarray(0, half)) part.add(x);
    part.addMany(own.slice(half), own.length - half);
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
  const whole = new SpilledNumbers({ distinctLimit: 0 });
  for (const x of values) whole.add(x);
  try {
    // The ranks on either side of the −0/0 border, and the median.
    const ranks = [zeros - 2, zeros - 1, zeros, zeros + 1, 150_000];
    assert.deepEqual(whole.select(ranks), ranks.map((r) => sorted[r]));
  } finally {
    whole.close();
  }
});

test('few distinct numbers are counted, not spilled: the same ranks as a sort, −0 before 0', () => {
  // 300,000 values with 2,001 distinct ones (a rounded score), −0 and 0 among them, over 3 partial scans.
  const values = new Float64Array(300_000);
  for (let i = 0; i < values.length; i++) {
    const r = random();
    values[i] = r < 0.05 ? -0 : r < 0.1 ? 0 : Math.round((random() - 0.3) * 2000) / 1000;
  }
  check(values, 3, 4096);
  const sorted = values.slice().sort();
  const zeros = sorted.findIndex((x) => Object.is(x, 0));
  const counted = new SpilledNumbers();
  counted.addMany(values, values.length);
  const ranks = [zeros - 1, zeros, 0, 149_999, 150_000, 299_999];
  const got = counted.select(ranks);
  assert.ok(Object.is(got[0], -0) && Object.is(got[1], 0));
  assert.deepEqual(got, ranks.map((r) => sorted[r]));
  // Nothing was written: the state handed over is the counts.
  const state = counted.snapshot();
  assert.equal(state.file, undefined);
  assert.equal(state.counted!.values.length, new Set(Array.from(values, (x) => (Object.is(x, -0) ? '-0' : x))).size);
  counted.close();
});

test('counting stops at the distinct limit within a scan; absorbed parts stay counted part by part', () => {
  // 1,000 distinct values per part, limit 1,500: each part is counted, and their union (2,600) is answered
  // from the three parts' counts.
  const parts = [0, 1, 2].map((p) => Float64Array.from({ length: 90_000 }, (_, i) => 800 * p + ((i * 7919) % 1000)));
  const all = new Float64Array(270_000);
  parts.forEach((part, p) => all.set(part, p * 90_000));
  const sorted = all.slice().sort();
  const ranks = [0, 1000, 89_999, 135_000, 200_001, 269_999];
  const whole = new SpilledNumbers({ distinctLimit: 1500 });
  for (const part of parts) {
    const scan = new SpilledNumbers({ distinctLimit: 1500 });
    scan.addMany(part, part.length);
    const state = scan.snapshot();
    assert.ok(state.counted, 'a part under the limit hands over counts');
    whole.absorb(state);
  }
  try {
    assert.equal(whole.count, 270_000);
    assert.deepEqual(whole.select(ranks), ranks.map((r) => sorted[r]));
  } finally {
    whole.close();
  }
  // A partial scan that absorbed counted parts and counted some numbers itself hands all of them over.
  const relay = new SpilledNumbers({ distinctLimit: 1500 });
  relay.addMany(parts[0], parts[0].length);
  relay.absorb(new SpilledNumbers().snapshot());
  for (const part of parts.slice(1)) {
    const scan = new SpilledNumbers({ distinctLimit: 1500 });
    scan.addMany(part, part.length);
    relay.absorb(scan.snapshot());
  }
  const relayed = new SpilledNumbers();
  relayed.absorb(relay.snapshot());
  try {
    assert.equal(relayed.count, 270_000);
    assert.deepEqual(relayed.select(ranks), ranks.map((r) => sorted[r]));
  } finally {
    relayed.close();
  }
  // One scan crossing the limit part-way through a batch hands over its numbers, not counts.
  const one = new SpilledNumbers({ distinctLimit: 1500 });
  one.addMany(all, all.length);
  const state = one.snapshot();
  assert.equal(state.counted, undefined);
  const merged = new SpilledNumbers({ distinctLimit: 1500 });
  merged.absorb(state);
  try {
    assert.deepEqual(merged.select(ranks), ranks.map((r) => sorted[r]));
  } finally {
    merged.close();
  }
});

test('counted partial scans absorbed after a spilled one are read back as numbers', () => {
  const spilled = new SpilledNumbers({ distinctLimit: 0 });
  const counted = new SpilledNumbers();
  const a = Float64Array.from({ length: 100_000 }, () => random());
  const b = Float64Array.from({ length: 100_000 }, (_, i) => i % 10);
  spilled.addMany(a, a.length);
  counted.addMany(b, b.length);
  const whole = new SpilledNumbers();
  whole.absorb(spilled.snapshot());
  whole.absorb(counted.snapshot());
  const sorted = Float64Array.from([...a, ...b]).sort();
  const ranks = [0, 99_999, 100_000, 150_000, 199_999];
  try {
    assert.deepEqual(whole.select(ranks), ranks.map((r) => sorted[r]));
  } finally {
    whole.close();
  }
});
