/**
 * Small non-negative integers (ages, counts) in column batches: ColumnProfiler.addColumn tallies them per batch
 * and keeps the counts of keys it has seen apart from the category map until the profile is read. The profile
 * must be the one `add` builds value by value — same counts, same distinct sketch, same figures — whether the
 * categories stay complete, give up part-way (more than MAX_CATEGORIES distinct values), are read between
 * batches, or are merged. (The order of the saved category keys may differ: a batch's small integers are
 * counted after its other values, as before.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ColumnProfiler, MAX_CATEGORIES, type Value } from '@mlci/data';
import { seededRandom } from '../support/random.ts';
import { columnViews, profileByValues, profilerByColumns } from '../support/column-views.ts';

const random = seededRandom(12345);

const cases: Record<string, () => Value> = {
  'a thousand small integers (complete)': () => Math.floor(random() * 1000),
  'ages with nulls and a few large numbers and fractions': () => {
    const r = random();
    return r < 0.05 ? null : r < 0.08 ? 5000 + Math.floor(random() * 3) : r < 0.1 ? 0.5 : 18 + Math.floor(random() * 70);
  },
  'more small integers than MAX_CATEGORIES (the categories give up part-way)': () => Math.floor(random() * (MAX_CATEGORIES + 200)),
  'small integers, then a string key that tips the categories over': () => (random() < 0.001 ? `s${Math.floor(random() * 1e6)}` : Math.floor(random() * 990)),
};

for (const [name, draw] of Object.entries(cases)) {
  test(`column batches of ${name} give the value-by-value profile`, () => {
    const values = Array.from({ length: 30_000 }, draw);
    const expected = profileByValues(values);
    for (const batch of [1, 7, 256, 2048]) assert.deepEqual(profilerByColumns(values, batch).toJSON(), expected, `batches of ${batch}`);
  });

  test(`shards of ${name} profiled by column batches merge as shards profiled value by value do`, () => {
    const values = Array.from({ length: 30_000 }, draw);
    const shards = [values.slice(0, 11_111), values.slice(11_111)];
    const expected = new ColumnProfiler('c');
    for (const shard of shards) {
      const p = new ColumnProfiler('c');
      for (const v of shard) p.add(v);
      expected.merge(p);
    }
    const merged = new ColumnProfiler('c');
    const first = profilerByColumns(shards[0], 512);
    // A profile read before it is merged (its pending counts go to the map once, not twice).
    first.toJSON();
    merged.merge(first);
    merged.merge(profilerByColumns(shards[1], 300));
    assert.deepEqual(merged.toJSON(), expected.toJSON());
  });
}

test('a profile read between batches goes on counting from where it was', () => {
  const values = Array.from({ length: 10_000 }, () => Math.floor(random() * 50));
  const p = new ColumnProfiler('c');
  const all = columnViews(values, 1000);
  all.forEach((view, i) => {
    p.addColumn(view);
    const counts = p.toJSON().categories.counts;
    const seen = values.slice(0, (i + 1) * 1000);
    assert.equal(counts.n7, seen.filter((v) => v === 7).length);
  });
  assert.deepEqual(p.toJSON(), profileByValues(values));
});
