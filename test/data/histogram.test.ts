/**
 * The profile's numeric histogram: exact (each value in its own bin) while the column's category counts are
 * complete, sketch-derived beyond MAX_CATEGORIES distinct values; identical for merged shards and one pass;
 * the distribution check bins data the way its reference histogram was built.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ColumnProfiler, DatasetProfiler, MAX_CATEGORIES, parseSuite, PROFILE_SCHEMA_VERSION, profileDataset, QuantileSketch, validateDataset, type ColumnProfileJSON } from '@mlci/data';

const dir = mkdtempSync(path.join(os.tmpdir(), 'mlci-histogram-'));

/** Multiples of 10 from 0 to 200, the value 10·k written k + 1 times: every value lies on a bin edge. */
function onEdges(): number[] {
  const values: number[] = [];
  for (let k = 0; k <= 20; k++) for (let i = 0; i <= k; i++) values.push(10 * k);
  return values;
}
/** Edges 0, 10, …, 200; bin k holds 10·k (k + 1 times) and the last bin also holds 200 (21 times). */
const EDGES = Array.from({ length: 21 }, (_, k) => 10 * k);
const COUNTS = [...Array.from({ length: 19 }, (_, k) => k + 1), 20 + 21];

function profileOf(values: readonly number[]): ColumnProfileJSON {
  const p = new ColumnProfiler('x');
  for (const v of values) p.add(v);
  return p.toJSON();
}

test('integers lying on bin edges are counted in their own bin (row path)', () => {
  const h = profileOf(onEdges()).numeric!.histogram;
  assert.deepEqual(h, { edges: EDGES, counts: COUNTS, exact: true });
});

test('integers lying on bin edges are counted in their own bin (columnar CSV path)', async () => {
  const file = path.join(dir, 'edges.csv');
  writeFileSync(file, 'x,label\n' + onEdges().map((v) => `${v},a`).join('\n') + '\n');
  const column = (await profileDataset([file])).toJSON().columns.find((c) => c.name === 'x')!;
  assert.deepEqual(column.numeric!.histogram, { edges: EDGES, counts: COUNTS, exact: true });
});

test('merged shard profiles give the same exact histogram as one pass', () => {
  const values = onEdges().map((v, i) => v + (i % 3) * 0.5); // 63 distinct values, some between edges
  const whole = profileOf(values);
  const shards = [0, 1, 2].map(() => new ColumnProfiler('x'));
  values.forEach((v, i) => shards[(i * 7) % 3].add(v));
  const merged = ColumnProfiler.fromJSON(shards[0].toJSON(), PROFILE_SCHEMA_VERSION);
  merged.merge(ColumnProfiler.fromJSON(shards[1].toJSON(), PROFILE_SCHEMA_VERSION));
  merged.merge(shards[2]);
  assert.equal(whole.numeric!.histogram.exact, true);
  assert.deepEqual(merged.toJSON().numeric!.histogram, whole.numeric!.histogram);
  assert.equal(whole.numeric!.histogram.counts.reduce((a, b) => a + b, 0), values.length);
});

test('beyond MAX_CATEGORIES distinct values the histogram comes from the sketch and says so', () => {
  const values = Array.from({ length: MAX_CATEGORIES + 1 }, (_, i) => i * 0.37);
  const h = profileOf(values).numeric!.histogram;
  assert.equal(h.exact, false);
  assert.equal(h.counts.length, 20);
  assert.equal(h.counts.reduce((a, b) => a + b, 0), values.length);
  // Merging shards past the cap gives the one-pass sketch histogram (the sketch merges bucket for bucket).
  const a = new ColumnProfiler('x');
  const b = new ColumnProfiler('x');
  values.forEach((v, i) => (i % 2 === 0 ? a : b).add(v));
  a.merge(b);
  assert.deepEqual(a.toJSON().numeric!.histogram, h);
});

test('a profile saved before histogram.exact existed still loads and serves as a reference', async () => {
  const file = path.join(dir, 'old.csv');
  writeFileSync(file, 'x\n' + onEdges().join('\n') + '\n');
  const json = (await profileDataset([file])).toJSON();
  const old = structuredClone(json);
  delete old.columns[0].numeric!.histogram.exact;
  const reference = DatasetProfiler.fromJSON(old);
  // Loaded profiles recompute the histogram from their own state: exact counts are still complete.
  assert.deepEqual(reference.toJSON().columns[0].numeric!.histogram, json.columns[0].numeric!.histogram);
  const suite = parseSuite('- expect_column_distribution_to_match_reference: {column: x, max_psi: 0.01}\n');
  const same = await validateDataset([file], suite, { reference });
  assert.deepEqual([same.results[0].success, same.results[0].result.observed_value], [true, 0]);
});

test('the distribution check bins identical integer data exactly as the exact reference histogram', async () => {
  const file = path.join(dir, 'ref.csv');
  writeFileSync(file, 'x\n' + onEdges().join('\n') + '\n');
  const reference = await profileDataset([file]);
  const suite = parseSuite('- expect_column_distribution_to_match_reference: {column: x, max_psi: 0.01}\n');
  const out = await validateDataset([file], suite, { reference });
  const details = out.results[0].result.details as { observed_counts: number[]; reference_counts: number[] };
  assert.deepEqual(details.observed_counts, COUNTS);
  assert.deepEqual(details.reference_counts, COUNTS);
  assert.equal(out.results[0].result.observed_value, 0);
});

test('the sketch histogram puts each bucket in the bin of its representative, a representative on an edge in the bin it opens', () => {
  const sketch = new QuantileSketch();
  let seed = 7;
  const random = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  for (const [min, span] of [[-50, 400], [3, 1e6], [-1e9, 1e9]]) {
    // r is a bucket's representative and the first inner edge: min + (max − min) / 20 with max = min + 20·(r − min).
    const r = sketch.representative(min + span / 20);
    const max = min + 20 * (r - min);
    assert.equal(min + (max - min) / 20, r, 'the edge lands on the representative');
    const values = [min, r, r, max];
    for (let i = 0; i < MAX_CATEGORIES + 50; i++) values.push(min + random() * (max - min));
    const profile = profileOf(values);
    const h = profile.numeric!.histogram;
    assert.equal(h.exact, false);
    // What binning each bucket by search gives (binOf: the last edge at or below the value).
    const expected = new Array<number>(20).fill(0);
    for (const [value, count] of QuantileSketch.fromJSON(profile.numeric!.sketch).buckets()) {
      let bin = 0;
      for (let i = 1; i < 20; i++) if (value >= h.edges[i]) bin = i;
      expected[bin] += count;
    }
    assert.deepEqual(h.counts, expected);
    assert.ok(h.counts[1] >= 2, 'r, twice, counted in bin 1');
  }
});
