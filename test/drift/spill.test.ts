import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClose as close } from '../support/isclose.ts';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '@mlci/core';
import { columnDrift, compareDatasets, ksTwoSample, readCsvColumns, readCsvColumnsInParallel, wassersteinDistance, populationStd, type ColumnSample, type NumericSample } from '@mlci/drift';
import { ksResult } from '../../packages/drift/src/ks.ts';
import { createSpillDir, removeSpillDir, writeRun } from '../../packages/drift/src/spill.ts';
import { summarizeStreamed } from '../../packages/drift/src/streamed-tests.ts';
import { binCountsSorted, quantileEdges } from '../../packages/drift/src/binning.ts';
import { sample, uniforms, type SampleSpec } from './samples.ts';


const golden = JSON.parse(readFileSync(new URL('../fixtures/golden/drift.json', import.meta.url), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'mlci-drift-spill-test-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** values as a sample with `runs` sorted runs on disk and the rest (a last chunk) in memory. */
function spilled(values: Float64Array, runs: number, spillDir: string): NumericSample {
  const sorted = Float64Array.from(values).sort();
  const size = Math.ceil(sorted.length / (runs + 1));
  const files: string[] = [];
  for (let r = 0; r < runs; r++) files.push(writeRun(spillDir, sorted.slice(r * size, (r + 1) * size)));
  const rest = sorted.slice(Math.min(sorted.length, runs * size));
  return { kind: 'numeric', values: rest, sorted: true, missing: 0, runs: { files, count: Math.min(sorted.length, runs * size) } };
}

test('KS and Wasserstein over spilled runs equal SciPy golden values and the in-memory results bit for bit', () => {
  const spillDir = createSpillDir();
  try {
    for (const c of golden.ks as { name: string; reference: SampleSpec; current: SampleSpec; statistic: number; pvalue: number }[]) {
      const a = sample(c.reference);
      const b = sample(c.current);
      const { d, location } = summarizeStreamed(spilled(a, 3, spillDir), spilled(b, 2, spillDir), 10).ks;
      const r = ksResult(d, location, a.length, b.length);
      close(r.statistic, c.statistic, 1e-12, 0, `${c.name} statistic`);
      close(r.pValue, c.pvalue, 1e-9, 1e-300, `${c.name} p-value`);
      const inMemory = ksTwoSample(a, b);
      assert.ok(Object.is(r.statistic, inMemory.statistic) && Object.is(r.pValue, inMemory.pValue), c.name);
    }
    for (const c of golden.wasserstein as { name: string; reference: SampleSpec; current: SampleSpec; distance: number; referenceStd: number }[]) {
      const a = sample(c.reference);
      const b = sample(c.current);
      const streamed = summarizeStreamed(spilled(a, 2, spillDir), spilled(b, 4, spillDir), 10);
      close(streamed.wasserstein, c.distance, 1e-11, 0, c.name);
      assert.ok(Object.is(streamed.wasserstein, wassersteinDistance(a, b)), c.name);
      const sortedA = Float64Array.from(a).sort();
      assert.ok(Object.is(streamed.referenceStd, populationStd(sortedA)), `${c.name} std`);
      close(streamed.referenceStd, c.referenceStd, 1e-12, 0, `${c.name} std`);
      const edges = quantileEdges(sortedA, 10);
      assert.deepStrictEqual(streamed.edges, edges, `${c.name} edges`);
      assert.deepStrictEqual(streamed.referenceCounts, binCountsSorted(edges, sortedA), `${c.name} reference bins`);
      assert.deepStrictEqual(streamed.currentCounts, binCountsSorted(edges, Float64Array.from(b).sort()), `${c.name} current bins`);
    }
  } finally {
    removeSpillDir(spillDir);
  }
});

test('streamed quantile bins equal the in-memory ones with fewer distinct values than bins, and with edges at the maximum', () => {
  const spillDir = createSpillDir();
  try {
    const u = uniforms(5);
    const cases: [string, Float64Array, Float64Array][] = [
      ['8 distinct values, 10 bins', Float64Array.from({ length: 3000 }, () => Math.floor(u() * 8)), Float64Array.from({ length: 2000 }, () => Math.floor(u() * 9) - 0.5)],
      ['a heavy maximum', Float64Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? u() : 7)), Float64Array.from({ length: 2500 }, () => u() * 8)],
    ];
    for (const [name, a, b] of cases) {
      const sortedA = Float64Array.from(a).sort();
      const edges = quantileEdges(sortedA, 10);
      const streamed = summarizeStreamed(spilled(a, 3, spillDir), spilled(b, 2, spillDir), 10);
      assert.deepStrictEqual(streamed.edges, edges, `${name} edges`);
      assert.deepStrictEqual(streamed.referenceCounts, binCountsSorted(edges, sortedA), `${name} reference bins`);
      assert.deepStrictEqual(streamed.currentCounts, binCountsSorted(edges, Float64Array.from(b).sort()), `${name} current bins`);
    }
  } finally {
    removeSpillDir(spillDir);
  }
});

/**
 * Full-precision floats as pandas writes them (17 significant digits, off any decimal grid), with ties (a few
 * values repeated), zeros written as -0 and 0, and a column that starts on a grid and leaves it.
 */
function offGridCsv(file: string, rows: number, seed: number, shift: number): void {
  const u = uniforms(seed);
  const lines = ['float,late,ties'];
  const repeated = ['0.12345678901234566', '-3.3333333333333335', '7.000000000000001'];
  for (let i = 0; i < rows; i++) {
    const x = u() * 100 - 50 + shift;
    const float = i % 17 === 0 ? (i % 34 === 0 ? '-0' : '0') : i % 10 === 0 ? repeated[i % 3] : String(x);
    const late = i < 3000 ? (u() * 10).toFixed(2) : String(u() * 10 + shift); // on a grid first
    const ties = String(Math.floor(u() * 50000) / 7 + shift); // off-grid, every value about twice
    lines.push(`${float},${late},${ties}`);
  }
  writeFileSync(file, lines.join('\n') + '\n');
}

const ref = join(dir, 'reference.csv');
const cur = join(dir, 'current.csv');
offGridCsv(ref, 90000, 1, 0);
offGridCsv(cur, 80000, 2, 0.5);

test('the spilled path gives the in-memory results bit for bit, for every numeric test, on floats off the grid with ties and ±0', async () => {
  const spill = { dir: createSpillDir(), values: 5000 };
  try {
    const read = await readCsvColumns(ref, undefined, { spill });
    for (const name of ['float', 'late', 'ties']) {
      const c = read.columns.get(name)!;
      assert.ok(c.kind === 'numeric' && c.runs !== undefined && c.runs.files.length >= 4, `${name} spilled`);
    }
  } finally {
    removeSpillDir(spill.dir);
  }
  for (const stattest of ['auto', 'ks', 'wasserstein', 'psi'] as const) {
    const inMemory = await compareDatasets(ref, cur, { stattest, spillValues: Infinity });
    const onDisk = await compareDatasets(ref, cur, { stattest, spillValues: 5000 });
    assert.deepStrictEqual(onDisk.columns, inMemory.columns, stattest);
    assert.equal(inMemory.columns.length, 3);
    assert.ok(inMemory.columns.every((c) => c.referenceCount === 90000 && c.currentCount === 80000), stattest);
  }
});

test('columns read over byte ranges in worker threads spill too, with the same drift results', async () => {
  // Each range needs more than 65 536 values: below that a column keeps its values as counted distinct ones.
  const bigRef = join(dir, 'big-reference.csv');
  const bigCur = join(dir, 'big-current.csv');
  offGridCsv(bigRef, 160000, 3, 0);
  offGridCsv(bigCur, 140000, 4, 0.5);
  const spill = { dir: createSpillDir(), values: 3000 };
  try {
    const parallel = await readCsvColumnsInParallel(bigRef, undefined, { workers: 2, minBytes: 0, spill });
    const current = await readCsvColumnsInParallel(bigCur, undefined, { workers: 2, minBytes: 0, spill });
    assert.ok(parallel && current);
    const inMemoryRef = await readCsvColumns(bigRef);
    const inMemoryCur = await readCsvColumns(bigCur);
    for (const name of ['float', 'late', 'ties']) {
      const onDisk: ColumnSample = parallel.columns.get(name)!;
      assert.ok(onDisk.kind === 'numeric' && onDisk.runs !== undefined, `${name} spilled`);
      for (const stattest of ['ks', 'wasserstein', 'psi'] as const) {
        const expected = columnDrift(name, inMemoryRef.columns.get(name)!, inMemoryCur.columns.get(name)!, { test: stattest });
        assert.deepStrictEqual(columnDrift(name, onDisk, current.columns.get(name)!, { test: stattest }), expected, `${name} ${stattest}`);
      }
    }
  } finally {
    removeSpillDir(spill.dir);
  }
});

test('the spill directory is removed after the comparison, also when reading fails', async () => {
  const own = mkdtempSync(join(dir, 'tmp-'));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = own; // os.tmpdir() follows TMPDIR
  try {
    await compareDatasets(ref, cur, { spillValues: 2000 });
    assert.deepEqual(readdirSync(own), []);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, readFileSync(cur, 'utf8') + '1,2,3,4\n');
    await assert.rejects(compareDatasets(ref, bad, { spillValues: 2000 }), (e: Error) => e instanceof UserError && /4 fields, but the header has 3/.test(e.message));
    assert.deepEqual(readdirSync(own), []);
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
});

test('a column that spilled runs and then meets a word counts every number as its text, as without spilling', async () => {
  const u = uniforms(9);
  const rows = ['x', ...Array.from({ length: 150000 }, () => String(u() * 2 - 1)), 'word', '0.5'];
  const f = join(dir, 'turns-categorical.csv');
  writeFileSync(f, rows.join('\n') + '\n');
  const spill = { dir: createSpillDir(), values: 4000 };
  try {
    // Over byte ranges the numbers spilled before the word cannot be merged exactly: the sequential reader takes it.
    assert.equal(await readCsvColumnsInParallel(f, undefined, { workers: 2, minBytes: 0, spill }), undefined);
    const onDisk = (await readCsvColumns(f, undefined, { spill })).columns.get('x')!;
    const inMemory = (await readCsvColumns(f)).columns.get('x')!;
    assert.ok(onDisk.kind === 'categorical' && inMemory.kind === 'categorical');
    assert.equal(onDisk.counts.size, inMemory.counts.size);
    for (const [k, n] of inMemory.counts) assert.equal(onDisk.counts.get(k), n, k);
    assert.equal(onDisk.counts.get('word'), 1);
  } finally {
    removeSpillDir(spill.dir);
  }
});
