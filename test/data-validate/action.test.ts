/**
 * data-validate through its bundle (dist/data-validate/index.js, build it with `npm run bundle -- data-validate`),
 * run as the GitHub runner runs it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../support/runner.ts';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-dv-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

// 30 rows; age empty on rows 4 and 19 (lines 6, 21); score 1.5 on row 7 (line 9); email bad on row 2 (line 4).
const rows = Array.from({ length: 30 }, (_, i) => `${i},${i === 4 || i === 19 ? '' : 20 + i},${i === 7 ? 1.5 : (i / 30).toFixed(3)},${i === 2 ? 'nobody' : `u${i}@x.org`}`);
const csv = 'id,age,score,email\n' + rows.join('\n') + '\n';
const suite = `expectations:
  - expect_column_values_to_not_be_null: {column: age}
  - expect_column_values_to_be_between: {column: score, min_value: 0, max_value: 1}
  - expect_column_values_to_match_regex: {column: email, regex: '@'}
  - expect_column_values_to_be_unique: {column: id}
  - expect_table_row_count_to_be_between: {min_value: 10}
`;

test('failing checks: exit 1, exact unexpected counts, annotations at file:line, result and profile files', async () => {
  const run = await runAction('data-validate', { workspace: workspace({ 'data.csv': csv, 'suite.yml': suite }), inputs: { data: '*.csv', expectations: 'suite.yml', comment: 'never' } });
  assert.equal(run.exitCode, 1, run.stderr);
  assert.equal(run.outputs.passed, 'false');
  assert.equal(run.outputs.rows, '30');
  assert.equal(run.outputs['failed-checks'], '3');
  const results = run.result.payload.results;
  assert.deepEqual(results.map((r: { success: boolean }) => r.success), [false, false, false, true, true]);
  assert.deepEqual(results.slice(0, 4).map((r: { result: { unexpected_count: number } }) => r.result.unexpected_count), [2, 1, 1, 0]);
  const located = run.annotations.filter((a) => a.file === 'data.csv').map((a) => [a.line, a.level]);
  assert.deepEqual(located, [[6, 'error'], [21, 'error'], [9, 'error'], [4, 'error']]);
  assert.match(run.summary, /2 of 5 checks passed on 30 rows/);
  assert.match(run.summary, /expect_column_values_to_not_be_null \| age \| 2 unexpected/);
  const profile = JSON.parse(readFileSync(run.outputs['profile-file'], 'utf8'));
  assert.equal(profile.schemaVersion, 2);
  assert.equal(profile.columns.find((c: { name: string }) => c.name === 'age').nulls, 2);
});

test('passing checks: exit 0 and passed=true; a saved profile works as the reference', async () => {
  const ws = workspace({ 'data.csv': csv });
  const first = await runAction('data-validate', { workspace: ws, inputs: { data: 'data.csv', expectations: '- expect_column_values_to_be_unique: {column: id}', comment: 'never', 'profile-file': 'ref-profile.json' } });
  assert.equal(first.exitCode, 0, first.stderr);
  assert.equal(first.outputs.passed, 'true');
  const second = await runAction('data-validate', { workspace: ws, inputs: { data: 'data.csv', reference: 'ref-profile.json', expectations: '- expect_column_distribution_to_match_reference: {column: score}', comment: 'never' } });
  assert.equal(second.exitCode, 0, second.stderr);
  assert.equal(second.result.payload.results[0].result.observed_value, 0);
});

test('bad input: one error annotation at file:line:column, exit 1, no result file', async () => {
  const run = await runAction('data-validate', { workspace: workspace({ 'data.csv': 'a,b\n1,2\n3\n' }), inputs: { data: 'data.csv', expectations: '- expect_column_to_exist: {column: a}', comment: 'never' } });
  assert.equal(run.exitCode, 1);
  const errors = run.annotations.filter((a) => a.level === 'error');
  assert.equal(errors.length, 1);
  assert.deepEqual([errors[0].file, errors[0].line, errors[0].col], ['data.csv', 3, 2]);
  assert.match(errors[0].message, /has 1 fields but the header has 2/);
  assert.equal(run.result, undefined);
  assert.equal(existsSync(join(run.workspace, 'mlci-results', 'data-validate.json')), false);
});

test('fail-on never: failing checks do not fail the step', async () => {
  const run = await runAction('data-validate', { workspace: workspace({ 'data.csv': csv }), inputs: { data: 'data.csv', expectations: '- expect_column_values_to_not_be_null: {column: age}', 'fail-on': 'never', comment: 'never' } });
  assert.equal(run.exitCode, 0);
  assert.equal(run.outputs.passed, 'false');
});

// Great Expectations' conformance tests through the bundle: one run per dataset with all its applicable tests.
const EXCLUDED = ['parse_strings_as_datetimes', 'result_format', 'allow_cross_type_comparisons', 'catch_exceptions', 'include_config', 'row_condition', 'condition_parser'];
const geDir = new URL('../fixtures/conformance/great_expectations/', import.meta.url);

test('the 175 applicable Great Expectations tests pass through the bundle', async () => {
  const jobs: Array<{ dir: string; tests: Array<{ title: string; out: { success: boolean; unexpected_list?: unknown[] } }> }> = [];
  for (const name of (await import('node:fs')).readdirSync(geDir).filter((f) => f.endsWith('.json'))) {
    const spec = JSON.parse(readFileSync(new URL(name, geDir), 'utf8'));
    for (const dataset of spec.datasets) {
      const tests = dataset.tests.filter((t: any) => t.error === undefined && t.out.error === undefined && !t.suppress_test_for?.includes('pandas') && !(t.only_for && !t.only_for.includes('pandas')) && !EXCLUDED.some((k) => k in t.in) && 'success' in t.out);
      if (tests.length === 0) continue;
      const columns = Object.keys(dataset.data);
      const n = Math.max(...columns.map((c) => dataset.data[c].length));
      const dir = mkdtempSync(join(tmpdir(), 'mlci-ge-action-'));
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'data.jsonl'), Array.from({ length: n }, (_, i) => JSON.stringify(Object.fromEntries(columns.map((c) => [c, dataset.data[c][i] ?? null])))).join('\n') + '\n');
      writeFileSync(join(dir, 'suite.json'), JSON.stringify({ expectation_suite_name: name, expectations: tests.map((t: any) => ({ expectation_type: spec.expectation_type, kwargs: t.in })) }));
      jobs.push({ dir, tests });
    }
  }
  assert.equal(jobs.reduce((s, j) => s + j.tests.length, 0), 175);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const run = await runAction('data-validate', { workspace: job.dir, inputs: { data: 'data.jsonl', expectations: 'suite.json', comment: 'never', 'fail-on': 'never' } });
      assert.equal(run.exitCode, 0, run.stderr + JSON.stringify(run.annotations));
      job.tests.forEach((t, i) => {
        const r = run.result.payload.results[i];
        assert.equal(r.success, t.out.success, `${job.dir} ${t.title}`);
        if (t.out.unexpected_list) assert.equal(r.result.unexpected_count, t.out.unexpected_list.length, t.title);
      });
    }
  };
  await Promise.all([worker(), worker()]);
});
