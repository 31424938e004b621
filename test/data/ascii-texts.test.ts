/**
 * Strings handled a batch at a time when they are ASCII (profile/ascii-texts.ts): a column with many distinct
 * strings per batch — ASCII or not, some repeated, some failing the checks — is profiled and checked by columns
 * exactly as row by row.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSuite, readRows, validateDataset } from '@mlci/data';
import { createScan } from '../../packages/data/src/expect/validate.ts';
import { ColumnProfiler } from '../../packages/data/src/profile/column.ts';

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
