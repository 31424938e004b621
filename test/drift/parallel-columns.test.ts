import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsvColumns } from '@mlci/drift';
import { datasetDrift } from '../../packages/drift/src/dataset-drift.ts';
import { datasetDriftInParallel } from '../../packages/drift/src/parallel/column-tasks.ts';
import { createSpillDir, removeSpillDir } from '../../packages/drift/src/spill.ts';
import { uniforms } from './samples.ts';

const dir = mkdtempSync(join(tmpdir(), 'mlci-drift-columns-test-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** Four full-precision numeric columns (one shifted in the current data), one on a grid, one categorical. */
function table(file: string, rows: number, seed: number, shift: number): void {
  const u = uniforms(seed);
  const lines = ['a,b,c,d,grid,cat'];
  for (let i = 0; i < rows; i++) {
    lines.push(`${u() * 10 + shift},${u() - 0.5},${(u() * 3) ** 2},${i % 11 === 0 ? '' : u() * 100},${(u() * 50).toFixed(1)},${u() < 0.3 ? 'x' : 'y'}`);
  }
  writeFileSync(file, lines.join('\n') + '\n');
}

test('the heavy columns tested on worker threads give datasetDrift’s result exactly, with spilled runs and without', async () => {
  const ref = join(dir, 'reference.csv');
  const cur = join(dir, 'current.csv');
  table(ref, 150000, 1, 0);
  table(cur, 140000, 2, 0.05);
  const spill = { dir: createSpillDir(), values: 20000 };
  try {
    for (const options of [{ spill }, {}]) {
      const [r, c] = await Promise.all([readCsvColumns(ref, undefined, options), readCsvColumns(cur, undefined, options)]);
      const pairs = new Map([...r.columns].map(([name, sample]) => [name, { reference: sample, current: c.columns.get(name)! }]));
      // auto (Wasserstein on large numeric columns) with KS on one column; PSI with Wasserstein on one.
      for (const [stattest, first] of [['auto', 'ks'], ['psi', 'wasserstein']] as const) {
        const drift = { stattest, perColumnTest: new Map([['a', first]]) };
        const expected = datasetDrift(pairs, drift);
        const stats = { offThread: 0 };
        const parallel = await datasetDriftInParallel(pairs, drift, 3, stats);
        assert.deepStrictEqual(parallel, expected, `${stattest} ${options.spill ? 'spilled' : 'in memory'}`);
        assert.ok(stats.offThread >= 2, `columns tested on workers: ${stats.offThread}`);
      }
      assert.ok(r.columns.get('a')!.kind === 'numeric');
    }
  } finally {
    removeSpillDir(spill.dir);
  }
});

test('a user error in a column tested on a worker is reported as on one thread', async () => {
  const ref = join(dir, 'empty-ref.csv');
  const cur = join(dir, 'empty-cur.csv');
  const u = uniforms(3);
  const rows = (n: number, blank: boolean): string => ['p,q,r', ...Array.from({ length: n }, () => `${u()},${u()},${blank ? '' : u()}`)].join('\n') + '\n';
  writeFileSync(ref, rows(270000, false));
  writeFileSync(cur, rows(1000, true));
  const [r, c] = await Promise.all([readCsvColumns(ref), readCsvColumns(cur)]);
  const pairs = new Map([...r.columns].map(([name, sample]) => [name, { reference: sample, current: c.columns.get(name)! }]));
  assert.throws(() => datasetDrift(pairs), /column 'r' has no non-missing values in the current data/);
  // Three heavy columns on three threads: r, the lightest, goes to a worker, fails there and is tested again here.
  const stats = { offThread: 0 };
  await assert.rejects(datasetDriftInParallel(pairs, {}, 3, stats), /column 'r' has no non-missing values in the current data/);
  assert.equal(stats.offThread, 1, 'q was tested on a worker');
});
