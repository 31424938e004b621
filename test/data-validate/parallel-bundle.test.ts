/**
 * The bundled action scans a large CSV with both threads: it finds the `data-worker` bundle beside its own
 * (regression: the bundler used to copy worker.ts in as an asset, so every worker failed and the action fell
 * back to the sequential scan without a word). Build both bundles first:
 * `node scripts/bundle.mjs data-validate data-worker`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../support/runner.ts';

test('a CSV over the parallel threshold (32 MB) is scanned by one thread per core, with exact counts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-dv-parallel-'));
  try {
    // 1,600,000 rows of 22-23 bytes (36 MB): id, a category, a score; every 100,000th score is out of range.
    const rows = 1_600_000;
    const lines: string[] = ['id,category,score'];
    for (let i = 0; i < rows; i++) lines.push(`${String(i).padStart(9, '0')},${i % 3 === 0 ? 'red' : 'blue'},${i % 100_000 === 7 ? '1.50000' : '0.25000'}`);
    writeFileSync(join(dir, 'data.csv'), lines.join('\n') + '\n');
    writeFileSync(join(dir, 'suite.yml'), `expectations:
  - expect_column_values_to_be_between: {column: score, min_value: 0, max_value: 1}
  - expect_column_values_to_be_in_set: {column: category, value_set: [red, blue]}
  - expect_column_values_to_be_unique: {column: id}
`);
    const run = await runAction('data-validate', { workspace: dir, inputs: { data: 'data.csv', expectations: 'suite.yml', comment: 'never', 'fail-on': 'never' } });
    assert.equal(run.exitCode, 0, run.stderr);
    const payload = run.result.payload;
    assert.equal(payload.workers, availableParallelism());
    assert.equal(payload.rows, rows);
    const [range, inSet, unique] = payload.results;
    assert.equal(range.result.unexpected_count, 16);
    assert.deepEqual(range.result.partial_unexpected_list.slice(0, 2).map((e: { row: number; line: number }) => [e.row, e.line]), [[7, 9], [100_007, 100_009]]);
    assert.equal(inSet.result.unexpected_count, 0);
    assert.equal(unique.result.unexpected_count, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
