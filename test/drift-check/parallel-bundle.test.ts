/**
 * The bundled drift-check reads a large CSV on every core: it finds the `drift-worker` bundle beside its own
 * (without it the action quietly reads on one thread — correct but slow; `threads` in the result says which).
 * Build the bundles first: `node scripts/bundle.mjs drift-check drift-worker`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_WORKERS, PARALLEL_MIN_BYTES } from '../../packages/drift/src/parallel/csv-ranges.ts';
import { runAction } from '../support/runner.ts';

/** `rows` rows of `x,y,city`: x on a 0.001 grid, y full-precision, city one of four; `shift` moves x. */
function table(rows: number, shift: number, seed: number): string {
  let s = seed >>> 0;
  const next = (): number => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
  const lines = ['x,y,city'];
  for (let i = 0; i < rows; i++) lines.push(`${(next() + shift).toFixed(3)},${Math.sqrt(next())},${['paris', 'lyon', 'nice', 'lille'][Math.floor(next() * 4)]}`);
  return lines.join('\n') + '\n';
}

test('a CSV over the parallel threshold is read by one thread per core, and the drifted column is found', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-drift-parallel-'));
  try {
    const rows = 700_000; // ~22 MB each, over PARALLEL_MIN_BYTES
    const reference = table(rows, 0, 1);
    assert.ok(reference.length > PARALLEL_MIN_BYTES, 'the file must be over the threshold for this test to mean anything');
    writeFileSync(join(dir, 'reference.csv'), reference);
    writeFileSync(join(dir, 'current.csv'), table(rows, 0.05, 2));
    const run = await runAction('drift-check', { workspace: dir, inputs: { reference: 'reference.csv', current: 'current.csv', comment: 'never', 'on-drift': 'warn' } });
    assert.equal(run.exitCode, 0, run.stderr);
    const payload = run.result.payload;
    const threads = Math.min(availableParallelism(), MAX_WORKERS);
    assert.equal(payload.reference.threads, threads);
    assert.equal(payload.current.threads, threads);
    assert.equal(payload.reference.rows, rows);
    assert.equal(payload.current.rows, rows);
    assert.deepEqual(payload.columns.filter((c: { drifted: boolean }) => c.drifted).map((c: { column: string }) => c.column), ['x']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
