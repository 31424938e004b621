/**
 * Distinct strings are counted by stringHash of their UTF-8 bytes — the hash a CSV string is interned with — from
 * profile schemaVersion 2 on. Profiles of schemaVersion 1 counted them by MurmurHash3 of their UTF-16 units: such
 * a profile still loads; a column whose every distinct value is a category gets its sketch rebuilt as this version
 * builds it, and one with too many to rebuild merges with no column whose strings were hashed the new way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ColumnProfiler, DatasetProfiler, PROFILE_SCHEMA_VERSION, MAX_CATEGORIES, type DatasetProfileJSON } from '@mlci/data';
import { internHash, stringHash } from '../../packages/data/src/read/column-batch.ts';

test('stringHash of a string is internHash of its UTF-8 bytes, whatever the string', () => {
  const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 70 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ maxLength: 3000 }));
  fc.assert(fc.property(text, (s) => {
    const bytes = Buffer.from(s, 'utf8');
    assert.equal(stringHash(s), internHash(bytes, 0, bytes.length));
  }), { numRuns: 2000 });
  // Either side of the shared room's 4,096 units, with characters of 1 to 4 bytes.
  for (const n of [4095, 4096, 4097, 20_000]) {
    const s = Array.from({ length: n }, (_, i) => ['a', 'é', '✓', '\u{1F600}'][i % 4]).join('').slice(0, n);
    const bytes = Buffer.from(s, 'utf8');
    assert.equal(stringHash(s), internHash(bytes, 0, bytes.length), `${n} units`);
  }
});

/** A profile of column c's values, after column a's when given (row by row). */
function profileOf(values: unknown[], a?: unknown[]): DatasetProfiler {
  const d = new DatasetProfiler();
  const rows = values.map((v, i) => (a ? [a[i], v] : [v]) as never[]);
  d.addBatch({ file: 'x.jsonl', columns: a ? ['a', 'c'] : ['c'], rows, lines: values.map((_, i) => i + 1) });
  return d;
}

/** The profile saved as schemaVersion 1 would have saved it, its distinct sketch replaced by `registers`. */
function asVersion1(profile: DatasetProfiler, registers: Uint8Array): DatasetProfileJSON {
  const json = JSON.parse(JSON.stringify(profile.toJSON())) as DatasetProfileJSON;
  json.schemaVersion = 1;
  json.columns.find((c) => c.name === 'c')!.distinct.sketch = Buffer.from(registers).toString('base64');
  return json;
}

test('a schemaVersion 1 column whose values are all categories gets the distinct sketch this version builds', () => {
  const values = ['a', 'b', 'é', 7, 7.5, true, 'a', null, { k: 1 }];
  const now = profileOf(values);
  // Registers of another hash (here: none set): rebuilt from the categories on loading.
  const loaded = DatasetProfiler.fromJSON(asVersion1(now, new Uint8Array(4096)));
  assert.deepEqual(loaded.toJSON(), now.toJSON());
  assert.equal(loaded.toJSON().schemaVersion, PROFILE_SCHEMA_VERSION);
  // And it merges with a profile of this version.
  loaded.merge(profileOf(['z']));
});

test('a schemaVersion 1 column of too many distinct strings loads, keeps its version, and refuses to merge with new strings', () => {
  const many = Array.from({ length: MAX_CATEGORIES + 5 }, (_, i) => `v${i}`);
  const registers = new Uint8Array(4096).fill(3);
  // Saved again it is still a schemaVersion 1 profile, with its sketch as it was (and the estimate of that sketch).
  const old = DatasetProfiler.fromJSON(asVersion1(profileOf(many, many.map((_, i) => i)), registers)).toJSON();
  assert.equal(old.schemaVersion, 1);
  assert.equal(old.columns[1].distinct.sketch, Buffer.from(registers).toString('base64'));
  assert.deepEqual(DatasetProfiler.fromJSON(old).toJSON(), old);
  const target = DatasetProfiler.fromJSON(old);
  assert.throws(() => target.merge(profileOf(['x'], [1])), {
    name: 'UserError',
    message: /cannot merge the profiles of column 'c': one was saved by an earlier mlci \(profile schemaVersion 1\)/,
  });
  // Refused whole: nothing of the other profile was added (column a, which merges, neither).
  assert.deepEqual(target.toJSON(), old);
  // Merging with numbers only (hashed as before) is sound: the merged sketch keeps the old string hash.
  const merged = DatasetProfiler.fromJSON(old);
  merged.merge(profileOf([1, 2, 3], [4, 5, 6]));
  assert.equal(merged.toJSON().schemaVersion, 1);
  // A column of this version without strings takes the old one's strings, and their hash, too.
  const numbers = profileOf([1, 2], [3, 4]);
  numbers.merge(DatasetProfiler.fromJSON(old));
  assert.equal(numbers.toJSON().schemaVersion, 1);
  assert.ok(ColumnProfiler.fromJSON(old.columns[1], 1).legacyStrings);
  assert.ok(!ColumnProfiler.fromJSON(old.columns[0], 1).legacyStrings);
});
