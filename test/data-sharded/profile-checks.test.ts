/**
 * validateProfile in process: the answers a profile gives compared with a row scan of the same data
 * (validateDataset), and what it refuses to answer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUserError } from '@mlci/core';
import { isNotEvaluated, parseSuite, profileDataset, validateDataset, validateProfile } from '@mlci/data';

const dir = mkdtempSync(join(tmpdir(), 'mlci-profile-checks-'));
function file(name: string, text: string): string {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}

// x: 0..199 with a shift in the current data; color: 3 categories in the reference, a 4th ("black") in the current.
const ref = file('ref.csv', 'x,color,ok\n' + Array.from({ length: 200 }, (_, i) => `${i},${['red', 'green', 'blue'][i % 3]},${i % 2 === 0}`).join('\n') + '\n');
const cur = file('cur.csv', 'x,color,ok\n' + Array.from({ length: 300 }, (_, i) => `${(i * 7) % 260},${['red', 'green', 'blue', 'black'][i % 4]},${i % 3 === 0}`).join('\n') + '\n');

test('distribution and KL checks on a profile equal the row scan: same bins, counts and divergence', async () => {
  const suite = parseSuite(`expectations:
  - expect_column_distribution_to_match_reference: { column: x, max_psi: 0.1 }
  - expect_column_kl_divergence_to_be_less_than: { column: x, threshold: 0.5 }
  - expect_column_distribution_to_match_reference: { column: color }
`);
  const reference = await profileDataset([ref]);
  const rowsOutcome = await validateDataset([cur], suite, { reference, workers: 1 });
  const profileOutcome = await validateProfile(await profileDataset([cur]), suite, { reference });
  assert.deepEqual(profileOutcome.results, rowsOutcome.results);
  assert.equal(profileOutcome.results[2].success, false); // "black" is a quarter of the rows, absent from the reference
});

test('null checks with mostly, row count and column set are answered exactly from the profile', async () => {
  const f = file('nulls.csv', 'a,b\n' + Array.from({ length: 40 }, (_, i) => `${i},${i % 5 === 0 ? '' : i}`).join('\n') + '\n');
  const suite = parseSuite(`expectations:
  - expect_column_values_to_not_be_null: { column: b, mostly: 0.8 }
  - expect_column_values_to_not_be_null: { column: b, mostly: 0.81 }
  - expect_column_values_to_be_null: { column: b }
  - expect_table_row_count_to_be_between: { min_value: 40, max_value: 40 }
  - expect_table_columns_to_match_set: { column_set: [a, b, c] }
`);
  const rowsOutcome = await validateDataset([f], suite, { workers: 1 });
  const profileOutcome = await validateProfile(await profileDataset([f]), suite);
  assert.deepEqual(profileOutcome.results.map((r) => r.success), [true, false, false, true, false]);
  profileOutcome.results.forEach((r, i) => {
    const { partial_unexpected_list: _, ...fromRows } = rowsOutcome.results[i].result;
    const { partial_unexpected_list: __, ...fromProfile } = r.result;
    assert.deepEqual(fromProfile, fromRows, r.expectation_type);
  });
  assert.equal(profileOutcome.results[0].result.unexpected_count, 8);
});

test('what a profile cannot answer is reported as not evaluated with the reason, and left out of the verdict', async () => {
  const suite = parseSuite(`expectations:
  - expect_column_mean_to_be_between: { column: ok, min_value: 0, max_value: 1 }
  - expect_column_min_to_be_between: { column: color, min_value: a }
  - expect_column_values_to_be_between: { column: x, min_value: 0, max_value: 300 }
  - expect_compound_columns_to_be_unique: { column_list: [x, color] }
  - expect_column_max_to_be_between: { column: x, max_value: 259 }
`);
  const outcome = await validateProfile(await profileDataset([cur]), suite);
  assert.deepEqual(outcome.results.map(isNotEvaluated), [true, true, true, true, false]);
  assert.match(outcome.results[0].result.note!, /^not evaluated: needs rows: checked per shard by data-validate \(column 'ok' has booleans/);
  assert.match(outcome.results[1].result.note!, /\(the min of text values is not in a profile\)/);
  assert.equal(outcome.results[2].result.note, 'not evaluated: needs rows: checked per shard by data-validate');
  for (const r of outcome.results.slice(0, 4)) assert.equal(r.success, false);
  assert.deepEqual(outcome.statistics, { evaluated: 1, successful: 1, unsuccessful: 0 });
  assert.equal(outcome.success, true);
});

test('distinct-value sets above 1000 distinct values are not evaluated; the unique count is an estimate, labelled', async () => {
  const f = file('wide.csv', 'k\n' + Array.from({ length: 3000 }, (_, i) => `k${i % 1500}`).join('\n') + '\n');
  const suite = parseSuite(`expectations:
  - expect_column_distinct_values_to_be_in_set: { column: k, value_set: [k1] }
  - expect_column_proportion_of_unique_values_to_be_between: { column: k, min_value: 0.45, max_value: 0.55 }
`);
  const outcome = await validateProfile(await profileDataset([f]), suite);
  assert.ok(isNotEvaluated(outcome.results[0]));
  assert.match(outcome.results[0].result.note!, /more than 1000 distinct values/);
  const p = outcome.results[1].result.observed_value as number;
  assert.ok(Math.abs(p - 0.5) <= 3 * 0.016 * 0.5, String(p));
  assert.equal(outcome.results[1].success, true);
  assert.match(outcome.results[1].result.note!, /^approximate: HyperLogLog distinct estimate/);
});

test('a column missing from the profile is a UserError naming it and the profile columns', async () => {
  const suite = parseSuite('expectations:\n  - expect_column_values_to_match_regex: { column: colour, regex: x }\n', 'suite.yml');
  await assert.rejects(validateProfile(await profileDataset([cur]), suite, { file: 'merged.json' }), (e: Error) => {
    assert.ok(isUserError(e));
    assert.match(e.message, /column 'colour' not found in merged\.json; columns are: x, color, ok/);
    return true;
  });
});
