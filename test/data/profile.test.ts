/**
 * Golden statistics (pandas/NumPy, scripts/golden/data_stats.py) through the expectations and the profile,
 * and profile merging: shards profiled separately and merged give the same exact figures and sketch
 * figures within the stated bound.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ColumnProfiler, DatasetProfiler, parseSuite, PROFILE_SCHEMA_VERSION, profileDataset, readRows, validateDataset } from '@mlci/data';

const csv = fileURLToPath(new URL('../fixtures/golden/data_stats.csv', import.meta.url));
const golden = JSON.parse(readFileSync(new URL('../fixtures/golden/data_stats.json', import.meta.url), 'utf8'));
const NUMERIC = ['normal', 'lognormal', 'signed', 'count'];

function close(actual: number, expected: number, relative: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= relative * Math.abs(expected) + 1e-12, `${what}: ${actual} vs ${expected}`);
}

test('mean, stdev, median, sum, min, max, nunique and "nearest" quantiles match pandas exactly (to 1e-12)', async () => {
  const lines = NUMERIC.flatMap((c) => [
    `- expect_column_mean_to_be_between: {column: ${c}, min_value: -1e12}`,
    `- expect_column_stdev_to_be_between: {column: ${c}, min_value: 0}`,
    `- expect_column_median_to_be_between: {column: ${c}, min_value: -1e12}`,
    `- expect_column_sum_to_be_between: {column: ${c}, min_value: -1e12}`,
    `- expect_column_min_to_be_between: {column: ${c}, min_value: -1e12}`,
    `- expect_column_max_to_be_between: {column: ${c}, min_value: -1e12}`,
    `- expect_column_unique_value_count_to_be_between: {column: ${c}, min_value: 0}`,
    `- expect_column_quantile_values_to_be_between: {column: ${c}, quantile_ranges: {quantiles: ${JSON.stringify(golden[c].quantiles)}, value_ranges: ${JSON.stringify(golden[c].quantiles.map(() => [null, null]))}}}`,
  ]);
  const outcome = await validateDataset([csv], parseSuite(lines.join('\n')), { profile: false });
  NUMERIC.forEach((c, i) => {
    const r = outcome.results.slice(i * 8, i * 8 + 8).map((x) => x.result.observed_value);
    const g = golden[c];
    close(r[0] as number, g.mean, 1e-12, `${c} mean`);
    close(r[1] as number, g.stdev, 1e-12, `${c} stdev`);
    assert.equal(r[2], g.median, `${c} median`);
    close(r[3] as number, g.sum, 1e-12, `${c} sum`);
    assert.equal(r[4], g.min);
    assert.equal(r[5], g.max);
    assert.equal(r[6], g.nunique);
    assert.deepEqual((r[7] as { values: number[] }).values, g.nearest, `${c} quantiles`);
  });
});

test('the profile matches pandas: exact counts and moments, sketch quantiles within 0.5% of the value', async () => {
  const profile = (await profileDataset([csv])).toJSON();
  assert.equal(profile.schemaVersion, 2);
  assert.equal(profile.rows, 3000);
  for (const c of NUMERIC) {
    const p = profile.columns.find((x) => x.name === c)!;
    const g = golden[c];
    assert.equal(p.count - p.nulls, g.count);
    assert.equal(p.nulls, g.nulls);
    assert.equal(p.numeric!.min, g.min);
    assert.equal(p.numeric!.max, g.max);
    close(p.numeric!.mean, g.mean, 1e-12, `${c} mean`);
    close(p.numeric!.stdev!, g.stdev, 1e-12, `${c} stdev`);
    // Exact while the column has at most 1000 distinct values, else HyperLogLog (±1.6% standard error).
    if (p.distinct.exact) assert.equal(p.distinct.estimate, g.nunique);
    else close(p.distinct.estimate, g.nunique, 0.05, `${c} distinct estimate (3 standard errors)`);
    g.quantiles.forEach((q: number, i: number) => {
      const at = p.numeric!.quantiles.probabilities.indexOf(q);
      close(p.numeric!.quantiles.values[at], g.lower[i], 0.005, `${c} q${q}`);
    });
    assert.equal(p.numeric!.histogram.counts.reduce((a, b) => a + b, 0), g.count);
  }
  const category = profile.columns.find((x) => x.name === 'category')!;
  assert.equal(category.categories.complete, true);
  assert.deepEqual(category.categories.counts, Object.fromEntries(Object.entries(golden.category).map(([k, v]) => ['s' + k, v])));
  assert.deepEqual(category.topValues.map((t) => t.value), ['red', 'green', 'blue', 'amber']);
});

test('profiles of shards merge into the profile of the whole', async () => {
  const whole = new DatasetProfiler();
  const shards = [new DatasetProfiler(), new DatasetProfiler(), new DatasetProfiler()];
  let i = 0;
  for await (const batch of readRows(csv, { batchRows: 700 })) {
    whole.addBatch(batch);
    shards[i++ % 3].addBatch(batch);
  }
  // Through JSON, as saved profile files would be merged.
  const merged = DatasetProfiler.fromJSON(JSON.parse(JSON.stringify(shards[0].toJSON())));
  merged.merge(DatasetProfiler.fromJSON(JSON.parse(JSON.stringify(shards[1].toJSON()))));
  merged.merge(shards[2]);
  const a = whole.toJSON();
  const b = merged.toJSON();
  assert.equal(b.rows, a.rows);
  for (const ca of a.columns) {
    const cb = b.columns.find((x) => x.name === ca.name)!;
    assert.deepEqual([cb.count, cb.nulls, cb.types, cb.strings, cb.categories, cb.topValues, cb.distinct.estimate], [ca.count, ca.nulls, ca.types, ca.strings, ca.categories, ca.topValues, ca.distinct.estimate]);
    if (ca.numeric) {
      assert.deepEqual([cb.numeric!.min, cb.numeric!.max, cb.numeric!.count], [ca.numeric.min, ca.numeric.max, ca.numeric.count]);
      // Sum, mean and stdev are the same whatever the cut (profile/moment-sums.ts).
      assert.deepEqual([cb.numeric!.sum, cb.numeric!.mean, cb.numeric!.stdev], [ca.numeric.sum, ca.numeric.mean, ca.numeric.stdev]);
      // The sketch merges bucket for bucket, so its quantiles and histogram are identical.
      assert.deepEqual(cb.numeric!.quantiles, ca.numeric.quantiles);
      assert.deepEqual(cb.numeric!.histogram, ca.numeric.histogram);
    }
  }
});

test('merged profiles name their top values, also values outside the top ten of every shard', () => {
  // Each shard saves its ten most frequent values; 'x', true and {"k":[1]} are below that in both shards but
  // lead once they are merged (as when the saved profiles of shards are merged).
  const shard = (prefix: string): ColumnProfiler => {
    const p = new ColumnProfiler('c');
    for (let k = 0; k < 10; k++) for (let r = 0; r < 4; r++) p.add(`${prefix}${k}`);
    for (let r = 0; r < 3; r++) for (const v of ['x', true, { k: [1] }, 'n5', 7.5]) p.add(v);
    return p;
  };
  const whole = shard('a');
  whole.merge(shard('b'));
  const merged = ColumnProfiler.fromJSON(JSON.parse(JSON.stringify(shard('a').toJSON())), PROFILE_SCHEMA_VERSION);
  merged.merge(ColumnProfiler.fromJSON(JSON.parse(JSON.stringify(shard('b').toJSON())), PROFILE_SCHEMA_VERSION));
  // Equal counts are ordered by saved key: 'btrue', 'n7.5', 'o{"k":[1]}', 'sn5', 'sx'.
  const top = merged.toJSON().topValues;
  assert.deepEqual(top.slice(0, 5), [{ value: true, count: 6 }, { value: 7.5, count: 6 }, { value: { k: [1] }, count: 6 }, { value: 'n5', count: 6 }, { value: 'x', count: 6 }]);
  assert.deepEqual(top, whole.toJSON().topValues);
});

test('the top values are the first ten of all categories sorted by count, then by saved key', () => {
  let seed = 99;
  const random = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return Math.floor((seed / 2 ** 32) * n);
  };
  for (let round = 0; round < 30; round++) {
    const p = new ColumnProfiler('c');
    // Few distinct counts, so ties are many; strings and numbers (saved as 's…' and 'n…').
    const distinct = 1 + random(200);
    for (let k = 0; k < distinct; k++) {
      const value = random(2) === 0 ? `v${random(1000)}` : random(1000) / 4;
      const times = 1 + random(4);
      for (let t = 0; t < times; t++) p.add(value);
    }
    const json = p.toJSON();
    const expected = Object.entries(json.categories.counts)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10)
      .map(([key, count]) => ({ value: key[0] === 'n' ? Number(key.slice(1)) : key.slice(1), count }));
    assert.deepEqual(json.topValues, expected, `round ${round}`);
  }
});
