/**
 * Strings handled a batch at a time when they are ASCII (profile/ascii-texts.ts): hashing a string's bytes
 * gives its `murmur3` (saved distinct sketches merge with new ones), and a column with many distinct strings
 * per batch — ASCII or not, some repeated, some failing the checks — is profiled and checked by columns
 * exactly as row by row.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseSuite, readRows, validateDataset } from '@mlci/data';
import { murmur3, murmur3Bytes } from '../../packages/data/src/sketch/distinct.ts';
import { createScan } from '../../packages/data/src/expect/validate.ts';
import { ColumnProfiler } from '../../packages/data/src/profile/column.ts';

test('murmur3Bytes of a string\'s ASCII bytes is murmur3 of the string, at any offset and with any seed', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 40 }), fc.nat({ max: 5 }), fc.integer(), (text, pad, seed) => {
      const bytes = Buffer.concat([Buffer.alloc(pad, 0x41), Buffer.from(text, 'latin1'), Buffer.alloc(3, 0x42)]);
      assert.equal(murmur3Bytes(bytes, pad, text.length, seed), murmur3(text, seed));
      assert.equal(murmur3Bytes(bytes, pad, text.length), murmur3(text));
    }),
    { numRuns: 500 },
  );
  // Known values: the empty string and "abc" with seed 0 (MurmurHash3_x86_32 reference: 0 and 0xb3dd93fa; ours
  // hashes UTF-16 code units two at a time, so "abc" differs from the byte-wise reference — only the empty
  // string is pinned to it).
  assert.equal(murmur3Bytes(Buffer.alloc(0), 0, 0, 0), 0);
  assert.equal(murmur3Bytes(Buffer.from('abc'), 0, 3, 0), murmur3('abc', 0));
});

test('a column of many distinct strings per batch (ASCII or not) validates and profiles by columns as row by row', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-ascii-'));
  try {
    // 100,000 rows, three 1 MiB chunks of the reader, so three batches: emails mostly distinct (every 7th repeats an
    // earlier one), every 50th without '@', a few empty; rows 90,100-90,299 have a non-ASCII letter. The
    // profile gives up categories in the first batch and reads the second from its bytes; the checks read the
    // first two a batch at a time; the third is decoded string by string.
    const email = (i: number): string => {
      if (i % 97 === 0) return '';
      const n = i % 7 === 0 ? i >> 3 : i;
      const local = i >= 90100 && i < 90300 ? `usé${n}` : `user${n}`;
      return i % 50 === 0 ? `${local}.example.com` : `${local}@example.com`;
    };
    const file = join(dir, 'emails.csv');
    writeFileSync(file, 'id,email\n' + Array.from({ length: 100000 }, (_, i) => `${i},${email(i)}`).join('\n') + '\n');
    const suite = parseSuite(`
- expect_column_values_to_match_regex: {column: email, regex: '^[^@]+@[^@]+m$'}
- expect_column_values_to_not_match_regex: {column: email, regex: 'é'}
- expect_column_value_lengths_to_be_between: {column: email, min_value: 1, max_value: 20}
- expect_column_values_to_be_in_set: {column: email, value_set: [user1@example.com, user2@example.com]}
- expect_column_unique_value_count_to_be_between: {column: email, min_value: 1}
- expect_column_values_to_not_match_regex: {column: email, regex: '^user\\d*\\.ex'}
- expect_column_values_to_match_regex: {column: email, regex: '(1|3)@ex|e\\.com'}
`, 'suite.yml');
    {
      const batchRows = 8192;
      const columnar = await validateDataset([file], suite, { batchRows, workers: 1 });
      const scan = await createScan(suite, {});
      for await (const b of readRows(file, { batchRows })) scan.addBatch(b);
      const byRows = await scan.outcome();
      assert.deepEqual(columnar, byRows, `batches of ${batchRows}`);
      // The counts by brute force over the values (empty fields are missing: not tested).
      const values = Array.from({ length: 100000 }, (_, i) => email(i)).filter((v) => v !== '');
      const [regex, accent, lengths, inSet, unique, notRegex, ending] = columnar.results.map((r) => r.result.unexpected_count ?? r.result.observed_value);
      assert.deepEqual([regex, accent, lengths, inSet, unique, notRegex, ending], [
        values.filter((v) => !/^[^@]+@[^@]+m$/.test(v)).length,
        values.filter((v) => v.includes('é')).length,
        values.filter((v) => v.length > 20).length,
        values.filter((v) => v !== 'user1@example.com' && v !== 'user2@example.com').length,
        new Set(values).size,
        values.filter((v) => /^user\d*\.ex/.test(v)).length,
        values.filter((v) => !/(1|3)@ex|e\.com/.test(v)).length,
      ]);
      // Every 50th row but the empty ones (multiples of 97 too: 0, 4,850, ...).
      assert.equal(regex, 2000 - 21);
      const profile = columnar.profile!.columns.find((c) => c.name === 'email')!;
      // The profile of the values one by one (strings decoded, hashed as strings).
      const byValue = new ColumnProfiler('email');
      for (let i = 0; i < 100000; i++) byValue.add(email(i) === '' ? null : email(i));
      assert.deepEqual(profile, byValue.toJSON());
      assert.equal(profile.categories.complete, false);
      assert.deepEqual([profile.strings!.minLength, profile.strings!.maxLength], [Math.min(...values.map((v) => v.length)), Math.max(...values.map((v) => v.length))]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
