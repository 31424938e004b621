/**
 * The sharded run's merge job through the CLI bundle (dist/cli/index.js; build it with `npm run bundle -- cli`):
 * data-validate profiles two halves of a CSV, `mlci merge-profiles` merges them, `mlci validate --profile`
 * runs the suite on the merged profile; compared with data-validate over the whole file in one pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE24, ROOT } from '../support/runner.ts';

const CLI = join(ROOT, 'dist/cli/index.js');

function mlci(cwd: string, ...args: string[]): { status: number | null; out: string } {
  assert.ok(existsSync(CLI), `${CLI} is missing: run 'npm run bundle -- cli' first`);
  const run = spawnSync(NODE24, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_WORKSPACE: cwd } });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

// 2400 rows from a fixed linear congruential generator: age empty on every 13th row, 4 cities, 1200 codes
// (over the 1000 categories a profile counts exactly, so their distinct count is a HyperLogLog estimate).
const N = 2400;
let seed = 12345;
const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const rows = Array.from({ length: N }, (_, i) => ({
  id: i,
  age: i % 13 === 0 ? null : 18 + Math.floor(next() * 70),
  income: Math.round((20000 + next() * 60000) * 100) / 100,
  city: ['paris', 'lyon', 'nice', 'lille'][Math.floor(next() * 4)],
  code: `C${String(i % 1200).padStart(5, '0')}`,
}));
const line = (r: (typeof rows)[number]) => `${r.id},${r.age ?? ''},${r.income},${r.city},${r.code}`;
const header = 'id,age,income,city,code\n';
const suite = `expectations:
  - expect_table_row_count_to_equal: { value: ${N} }
  - expect_table_columns_to_match_set: { column_set: [id, age, income, city, code] }
  - expect_column_values_to_not_be_null: { column: age, mostly: 0.9 }
  - expect_column_values_to_not_be_null: { column: age }
  - expect_column_min_to_be_between: { column: age, min_value: 18 }
  - expect_column_max_to_be_between: { column: age, max_value: 87 }
  - expect_column_sum_to_be_between: { column: id, min_value: 0 }
  - expect_column_mean_to_be_between: { column: income, min_value: 40000, max_value: 60000 }
  - expect_column_stdev_to_be_between: { column: income, min_value: 10000, max_value: 25000 }
  - expect_column_median_to_be_between: { column: income, min_value: 40000, max_value: 60000 }
  - expect_column_quantile_values_to_be_between: { column: income, quantile_ranges: { quantiles: [0.1, 0.9], value_ranges: [[20000, 40000], [60000, 80000]] } }
  - expect_column_unique_value_count_to_be_between: { column: city, min_value: 4, max_value: 4 }
  - expect_column_distinct_values_to_equal_set: { column: city, value_set: [paris, lyon, nice, lille] }
  - expect_column_unique_value_count_to_be_between: { column: code, min_value: 1150, max_value: 1250 }
  - expect_column_values_to_match_regex: { column: code, regex: '^C[0-9]{5}$' }
  - expect_column_values_to_be_unique: { column: id }
  - expect_column_values_to_be_in_set: { column: city, value_set: [paris, lyon, nice, lille] }
`;

interface Result { expectation_type: string; success: boolean; result: { observed_value?: unknown; unexpected_count?: number; element_count?: number; note?: string; details?: { evaluated?: boolean; reason?: string } } }
const payloadOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { action: string; passed: boolean; headline: string; payload: { success: boolean; rows: number; statistics: { evaluated: number; successful: number; unsuccessful: number }; results: Result[] } };

function shardedRun() {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-sharded-'));
  writeFileSync(join(dir, 'all.csv'), header + rows.map(line).join('\n') + '\n');
  writeFileSync(join(dir, 'a.csv'), header + rows.slice(0, 1000).map(line).join('\n') + '\n');
  writeFileSync(join(dir, 'b.csv'), header + rows.slice(1000).map(line).join('\n') + '\n');
  writeFileSync(join(dir, 'suite.yml'), suite);
  const common = ['--expectations', 'suite.yml', '--fail-on', 'never', '--comment', 'never', '--quiet'];
  for (const [data, out] of [['a.csv', 'a'], ['b.csv', 'b'], ['all.csv', 'whole']]) {
    const run = mlci(dir, 'data-validate', '--data', data, '--result-file', `${out}/result.json`, '--profile-file', `${out}/profile.json`, ...common);
    assert.equal(run.status, 0, run.out);
  }
  const merge = mlci(dir, 'merge-profiles', 'a/profile.json', 'b/profile.json', '--output', 'merged/profile.json');
  const validate = mlci(dir, 'validate', '--profile', 'merged/profile.json', '--expectations', 'suite.yml', '--result-file', 'merged/result.json');
  return { dir, merge, validate };
}

const run = shardedRun();

test('merge-profiles: the merged profile has the single-pass exact figures and the same sketches', () => {
  assert.equal(run.merge.status, 0, run.merge.out);
  assert.match(run.merge.out, /merged 2 profiles: 2,400 rows, 5 columns -> merged\/profile\.json/);
  const merged = JSON.parse(readFileSync(join(run.dir, 'merged/profile.json'), 'utf8'));
  const whole = JSON.parse(readFileSync(join(run.dir, 'whole/profile.json'), 'utf8'));
  assert.equal(merged.rows, N);
  assert.equal(merged.rows, whole.rows);
  for (const [i, c] of whole.columns.entries()) {
    const m = merged.columns[i];
    assert.equal(m.name, c.name);
    assert.equal(m.count, c.count, c.name);
    assert.equal(m.nulls, c.nulls, c.name);
    assert.deepEqual(m.types, c.types, c.name);
    assert.deepEqual(m.categories, c.categories, c.name);
    assert.deepEqual(m.distinct.estimate, c.distinct.estimate, c.name);
    if (c.numeric) {
      // Sum, mean and stdev too: the same whatever the cut (packages/data/src/profile/moment-sums.ts).
      for (const k of ['count', 'min', 'max', 'sum', 'mean', 'stdev']) assert.equal(m.numeric[k], c.numeric[k], `${c.name}.${k}`);
      assert.deepEqual(m.numeric.quantiles, c.numeric.quantiles, c.name);
    }
  }
  assert.equal(merged.columns[1].nulls, Math.ceil(N / 13));
});

test('validate --profile: exact counts equal the single pass; row-level checks are not evaluated, and said so', () => {
  assert.equal(run.validate.status, 1, run.validate.out); // expect_column_values_to_not_be_null without mostly fails
  const merged = payloadOf(join(run.dir, 'merged/result.json'));
  const whole = payloadOf(join(run.dir, 'whole/result.json'));
  assert.equal(merged.action, 'data-validate');
  assert.equal(merged.payload.rows, N);
  const m = merged.payload.results;
  const w = whole.payload.results;
  assert.equal(m.length, w.length);
  // Exact on both paths: same verdict and observed value.
  for (const i of [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12]) {
    assert.equal(m[i].success, w[i].success, m[i].expectation_type);
    assert.deepEqual(m[i].result.observed_value, w[i].result.observed_value, m[i].expectation_type);
    assert.equal(m[i].result.unexpected_count, w[i].result.unexpected_count, m[i].expectation_type);
    assert.equal(m[i].result.note, undefined);
  }
  assert.equal(m[3].result.unexpected_count, Math.ceil(N / 13));
  assert.equal(m[3].success, false);
  assert.equal(m[6].result.observed_value, (N * (N - 1)) / 2);
  // Median and quantiles within the sketch's 0.5% of the value at rank ⌊q(n − 1)⌋.
  const incomes = rows.map((r) => r.income).sort((a, b) => a - b);
  const at = (q: number) => incomes[Math.floor(q * (incomes.length - 1))];
  assert.ok(Math.abs((m[9].result.observed_value as number) - at(0.5)) <= 0.005 * at(0.5));
  const { values } = m[10].result.observed_value as { values: number[] };
  values.forEach((v, j) => assert.ok(Math.abs(v - at([0.1, 0.9][j])) <= 0.005 * at([0.1, 0.9][j]), `q${j}`));
  for (const i of [9, 10]) assert.match(m[i].result.note!, /^approximate: .*DDSketch.*0\.5% relative error/);
  // 1200 distinct codes: above the exact threshold, an estimate within 3 standard errors, labelled.
  assert.ok(Math.abs((m[13].result.observed_value as number) - 1200) <= 0.048 * 1200);
  assert.match(m[13].result.note!, /^approximate: HyperLogLog/);
  for (const i of [14, 15, 16]) {
    assert.equal(m[i].success, false, m[i].expectation_type);
    assert.deepEqual(m[i].result.details, { evaluated: false, reason: 'needs rows: checked per shard by data-validate' });
    assert.equal(w[i].success, true);
  }
  assert.deepEqual(merged.payload.statistics, { evaluated: 14, successful: 13, unsuccessful: 1 });
  assert.equal(merged.headline, '13 of 14 checks passed on 2,400 rows; 3 not evaluated (needs rows: checked per shard by data-validate)');
  assert.equal(merged.passed, false);
});

test('merge-profiles refuses a file that is not a profile, naming it', () => {
  const bad = mlci(run.dir, 'merge-profiles', 'a/profile.json', 'whole/result.json', '--output', 'x.json');
  assert.equal(bad.status, 1);
  assert.match(bad.out, /error: whole\/result\.json.*is not an mlci data profile/);
  assert.ok(!existsSync(join(run.dir, 'x.json')));
});

test('merge-profiles refuses profiles with different columns, saying which', () => {
  writeFileSync(join(run.dir, 'c.csv'), 'id,age,income,city,zip\n1,20,3.5,paris,75001\n');
  writeFileSync(join(run.dir, 'c.yml'), 'expectations:\n  - expect_table_row_count_to_equal: { value: 1 }\n');
  assert.equal(mlci(run.dir, 'data-validate', '--data', 'c.csv', '--expectations', 'c.yml', '--result-file', 'c/result.json', '--profile-file', 'c/profile.json', '--fail-on', 'never', '--comment', 'never', '--quiet').status, 0);
  const bad = mlci(run.dir, 'merge-profiles', 'a/profile.json', 'c/profile.json', '--output', 'y.json');
  assert.equal(bad.status, 1);
  assert.match(bad.out, /cannot merge profiles with different columns: c\/profile\.json has column 'zip' that a\/profile\.json lacks and lacks column 'code' of a\/profile\.json/);
});

test('validate without --profile, and merge-profiles without --output, are usage errors', () => {
  const noProfile = mlci(run.dir, 'validate', '--expectations', 'suite.yml');
  assert.equal(noProfile.status, 1);
  assert.match(noProfile.out, /give --profile <profile\.json>/);
  const noOutput = mlci(run.dir, 'merge-profiles', 'a/profile.json');
  assert.equal(noOutput.status, 1);
  assert.match(noOutput.out, /give --output <merged\.json>/);
});
