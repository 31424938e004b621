/**
 * The engine end to end on real files: exact unexpected counts, examples with row and line, the JSON Schema
 * check, a GE suite file as it is, the distribution check against a reference profile.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSuiteFile, parseSuite, profileDataset, validateDataset } from '@mlci/data';

const dir = mkdtempSync(join(tmpdir(), 'mlci-val-'));
function write(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

// 100 rows: age is null on every 10th row, negative on rows 5, 55; email malformed on row 7.
const rows = Array.from({ length: 100 }, (_, i) => {
  const age = i % 10 === 3 ? '' : i === 5 || i === 55 ? '-1' : String(20 + (i % 50));
  const email = i === 7 ? 'not-an-email' : `user${i}@example.com`;
  const id = i === 99 ? 0 : i; // id 0 twice
  return `${id},${age},${email},${i % 3 === 0 ? 'gold' : 'silver'}`;
});
const data = write('users.csv', 'id,age,email,tier\n' + rows.join('\n') + '\n');

test('row checks count exactly and point at rows and lines', async () => {
  const suite = parseSuite(`
expectations:
  - expect_column_values_to_not_be_null: {column: age}
  - expect_column_values_to_be_between: {column: age, min_value: 0, max_value: 120}
  - expect_column_values_to_match_regex: {column: email, regex: '^[^@]+@[^@]+\\.[a-z]+$'}
  - expect_column_values_to_be_unique: {column: id}
  - expect_column_values_to_be_in_set: {column: tier, value_set: [gold, silver]}
  - expect_column_values_to_be_between: {column: age, min_value: 0, mostly: 0.95}
`, 'suite.yml');
  const out = await validateDataset([data], suite);
  const r = out.results;
  assert.deepEqual(r.map((x) => x.success), [false, false, false, false, true, true]);
  assert.deepEqual(r.map((x) => x.result.unexpected_count), [10, 2, 1, 2, 0, 2]);
  assert.deepEqual(r[0].result.partial_unexpected_list!.slice(0, 2).map((e) => [e.row, e.line, e.value]), [[3, 5, null], [13, 15, null]]);
  assert.deepEqual(r[1].result.partial_unexpected_list!.map((e) => [e.row, e.line, e.value]), [[5, 7, -1], [55, 57, -1]]);
  assert.equal(r[1].result.unexpected_percent, (2 / 90) * 100);
  assert.deepEqual(r[3].result.partial_unexpected_list!.map((e) => e.row), [0, 99]);
  assert.deepEqual(r.map((x) => x.suiteLine), [3, 4, 5, 6, 7, 8]);
  assert.equal(out.statistics.unsuccessful, 4);
  assert.equal(out.rows, 100);
});

test('at most 20 examples are kept, the first by row number', async () => {
  const out = await validateDataset([data], parseSuite('- expect_column_values_to_be_in_set: {column: tier, value_set: [silver]}'));
  const res = out.results[0].result;
  assert.equal(res.unexpected_count, 34);
  assert.deepEqual(res.partial_unexpected_list!.map((e) => e.row), Array.from({ length: 20 }, (_, i) => i * 3));
});

test('each record is checked against the JSON Schema with ajv', async () => {
  const schema = { type: 'object', required: ['id', 'age'], properties: { id: { type: 'integer' }, age: { type: 'integer', minimum: 0 } } };
  const out = await validateDataset([data], parseSuite('[]'), { schema });
  const res = out.results.find((x) => x.expectation_type === 'json_schema')!;
  assert.equal(res.success, false);
  assert.equal(res.result.unexpected_count, 12);
  assert.deepEqual(res.result.partial_unexpected_list!.slice(0, 2).map((e) => [e.row, e.value]), [[3, "/ must have required property 'age'"], [5, '/age must be >= 0']]);
});

test('a Great Expectations suite JSON file is accepted as it is', async () => {
  const file = write('ge_suite.json', JSON.stringify({
    expectation_suite_name: 'users',
    meta: { great_expectations_version: '1.2.0' },
    expectations: [
      { type: 'expect_table_row_count_to_be_between', kwargs: { min_value: 50, max_value: 200 }, meta: {}, id: 'a1' },
      { expectation_type: 'expect_column_mean_to_be_between', kwargs: { column: 'age', min_value: 20, max_value: 60 }, meta: {} },
      { type: 'expect_compound_columns_to_be_unique', kwargs: { column_list: ['id', 'tier'] } },
    ],
  }, null, 2));
  const out = await validateDataset([data], loadSuiteFile(file));
  assert.equal(out.suite, 'users');
  assert.deepEqual(out.results.map((x) => [x.success, x.result.observed_value ?? x.result.unexpected_count]), [[true, 100], [true, out.results[1].result.observed_value], [false, 2]]);
  assert.deepEqual(out.results.map((x) => x.suiteLine), [7, 16, 25]);
});

test('distribution against a reference profile: same data passes, a shifted column fails', async () => {
  const reference = await profileDataset([data]);
  const shifted = write('shifted.csv', 'id,age,email,tier\n' + rows.map((r) => r.replace(/,(\d+),/, (_m, a) => `,${Number(a) + 25},`)).join('\n') + '\n');
  const suite = parseSuite('- expect_column_distribution_to_match_reference: {column: age, max_psi: 0.2}\n- expect_column_distribution_to_match_reference: {column: tier}\n');
  const same = await validateDataset([data], suite, { reference });
  assert.deepEqual(same.results.map((x) => [x.success, x.result.observed_value]), [[true, 0], [true, 0]]);
  const moved = await validateDataset([shifted], suite, { reference });
  assert.equal(moved.results[0].success, false);
  assert.ok((moved.results[0].result.observed_value as number) > 1);
  assert.equal(moved.results[1].success, true);
});
