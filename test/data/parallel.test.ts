/**
 * Scanning byte ranges in worker threads and merging gives the same outcome as one sequential scan:
 * counts, examples with their rows and lines, uniqueness across ranges, the profile.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUserError, type UserError } from '@mlci/core';
import { parseSuite, validateDataset, type ValidationOutcome } from '@mlci/data';

const dir = mkdtempSync(join(tmpdir(), 'mlci-par-'));
const suite = parseSuite(`
- expect_column_values_to_not_be_null: {column: age}
- expect_column_values_to_be_between: {column: age, min_value: 0, max_value: 90}
- expect_column_values_to_be_unique: {column: id}
- expect_compound_columns_to_be_unique: {column_list: [id, tag]}
- expect_column_values_to_match_regex: {column: tag, regex: '^t'}
- expect_column_mean_to_be_between: {column: age, min_value: 0}
- expect_column_median_to_be_between: {column: age, min_value: 0}
- expect_column_quantile_values_to_be_between: {column: age, quantile_ranges: {quantiles: [0.1, 0.9], value_ranges: [[null, null], [null, null]]}}
- expect_column_unique_value_count_to_be_between: {column: tag, min_value: 0}
- expect_column_max_to_be_between: {column: note, min_value: ''}
- expect_table_row_count_to_be_between: {min_value: 1}
`);

// 3000 rows with quoted fields (every 50th, from row 0, holding a newline), nulls, out-of-range values and ids repeated far apart.
const lines = Array.from({ length: 3000 }, (_, i) => {
  const id = i === 2900 ? 10 : i === 1500 ? 1499 : i;
  const age = i % 97 === 0 ? '' : String(i % 131);
  const note = i % 50 === 0 ? `"multi\nline, ${i}"` : `"plain ${i}"`;
  return `${id},${age},${i % 7 === 0 ? 'x' : 't'}${i % 5},${note}`;
});
const file = join(dir, 'data.csv');
writeFileSync(file, 'id,age,tag,note\n' + lines.join('\n') + '\n');

function comparable(o: ValidationOutcome): unknown {
  // Sums, means and standard deviations are the same whatever the cut (profile/moment-sums.ts); the sketch's
  // bucket order and the double-double sums' split into hi and lo may differ.
  return JSON.parse(JSON.stringify(o, (k, v) => (k === 'sums' ? undefined : v)));
}

test('2 and 3 workers over byte ranges give the sequential outcome, examples and profile included', async () => {
  const sequential = await validateDataset([file], suite, { workers: 1 });
  assert.equal(sequential.results[2].result.unexpected_count, 4);
  assert.deepEqual(sequential.results[2].result.partial_unexpected_list!.map((e) => [e.row, e.line]), [[10, 13], [1499, 1531], [1500, 1532], [2900, 2960]]);
  for (const workers of [2, 3]) {
    const parallel = await validateDataset([file], suite, { workers, parallelMinBytes: 0 });
    // These cuts fall between records, so the ranges really were scanned by workers (no fallback).
    assert.equal(parallel.workers, workers);
    parallel.workers = 1;
    assert.deepEqual(comparable(parallel), comparable(sequential), `${workers} workers`);
  }
});

test('an error in a later range is reported with its exact line, as in a sequential scan', async () => {
  const bad = join(dir, 'bad.csv');
  writeFileSync(bad, 'id,age,tag,note\n' + lines.slice(0, 2500).join('\n') + '\n1,2,3\n' + lines.slice(2500).join('\n') + '\n');
  await assert.rejects(validateDataset([bad], suite, { workers: 2, parallelMinBytes: 0 }), (error: UserError) => {
    assert.ok(isUserError(error));
    assert.equal(error.location?.line, 2 + 2500 + 50);
    return true;
  });
});

test('a worker done early takes over half of what another has left: the outcome is still the sequential one', async () => {
  // The first half of the bytes holds 50,000 short rows, the second 500 long ones (a 2,000-character
  // note): the second worker is done long before the first, asks it to split (from 64 KiB left on) and
  // scans the part it is given — possibly more than once.
  const short = Array.from({ length: 50_000 }, (_, i) => `${i === 49_000 ? 7 : i},${i % 97 === 0 ? '' : i % 131},${i % 7 === 0 ? 'x' : 't'}${i % 5},short ${i}`);
  const long = Array.from({ length: 500 }, (_, i) => `${50_000 + i},${i % 131},t${i % 5},${'n'.repeat(2000)}${i}`);
  const skewed = join(dir, 'skewed.csv');
  writeFileSync(skewed, 'id,age,tag,note\n' + short.join('\n') + '\n' + long.join('\n') + '\n');
  const sequential = await validateDataset([skewed], suite, { workers: 1 });
  assert.equal(sequential.results[2].result.unexpected_count, 2);
  const parallel = await validateDataset([skewed], suite, { workers: 2, parallelMinBytes: 0, parallelMinSplitBytes: 64 * 1024 });
  assert.equal(parallel.workers, 2);
  parallel.workers = 1;
  assert.deepEqual(comparable(parallel), comparable(sequential));
});

test('partial scans abandoned (ranges disagreeing on line endings, then the error of the sequential scan) leave no temporary files', async () => {
  // 300,000 distinct ids and ages: enough for uniqueness and the exact median to spill to disk in each of the
  // two ranges (and in the sequential scan that follows). The first range's lines end with LF, the second's
  // with CRLF: both complete; run.ts then drops them and scans sequentially, which stops at the first CRLF
  // with a UserError. Temporary files go to a directory of this test's own.
  // Rows from k on end with CRLF, k chosen so that the second range (records starting at or after the middle
  // byte of the data, byteRanges) begins exactly at row k: each range is then consistent in itself.
  const n = 300_000;
  const header = 'id,age\n';
  const body = (i: number): string => `${i},${i}`;
  const starts = [header.length];
  for (let i = 0; i < n; i++) starts.push(starts[i] + body(i).length + 1);
  let k = 1;
  for (; k < n; k++) {
    const size = starts[n] + (n - k);
    const middle = header.length + Math.floor((size - header.length) / 2);
    if (starts[k - 1] < middle && middle <= starts[k]) break;
  }
  const rows = Array.from({ length: n }, (_, i) => body(i) + (i < k ? '\n' : '\r\n'));
  const mixed = join(dir, 'mixed-endings.csv');
  writeFileSync(mixed, header + rows.join(''));
  const temp = mkdtempSync(join(dir, 'tmp-'));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = temp;
  try {
    const checks = parseSuite(`
- expect_column_values_to_be_unique: {column: id}
- expect_column_median_to_be_between: {column: age, min_value: 0}
`);
    await assert.rejects(validateDataset([mixed], checks, { workers: 2, parallelMinBytes: 0, profile: false }), (error: UserError) => {
      assert.ok(isUserError(error));
      assert.match(error.message, /mixes line endings/);
      return true;
    });
    assert.deepEqual(readdirSync(temp), []);
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
});
