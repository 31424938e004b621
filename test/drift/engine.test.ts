import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  compareDatasets,
  columnDrift,
  categoricalSample,
  numericSample,
  chooseTest,
  quantileEdges,
  binCounts,
  readCsvColumns,
  loadReference,
} from '@mlci/drift';
import { UserError } from '@mlci/core';
import { writeTable, DRIFTED, NUMERIC, CATEGORICAL } from '../../bench/drift-check/synthetic.ts';
import type { ColumnSample } from '@mlci/drift';

/** The observations of a numeric sample, ascending (values repeated by their counts). */
function observed(sample: ColumnSample): number[] {
  assert.equal(sample.kind, 'numeric');
  if (sample.kind !== 'numeric') return [];
  const out: number[] = [];
  sample.values.forEach((v, i) => {
    for (let c = sample.weights ? sample.weights[i] : 1; c > 0; c--) out.push(v);
  });
  return out.sort((a, b) => a - b);
}
const ascending = (xs: number[]): number[] => xs.map((x) => x + 0).sort((a, b) => a - b);

const dir = mkdtempSync(join(tmpdir(), 'mlci-drift-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

test('injected drift is found in exactly the drifted columns (large samples: Wasserstein and Jensen-Shannon)', async () => {
  const ref = join(dir, 'ref.csv');
  const cur = join(dir, 'cur.csv');
  await writeTable(ref, 20000, false);
  await writeTable(cur, 20000, true);
  const r = await compareDatasets(ref, cur);
  assert.deepEqual([...r.driftedColumns].sort(), [...DRIFTED].sort());
  assert.equal(r.columns.length, NUMERIC.length + CATEGORICAL.length);
  assert.equal(r.driftShare, 3 / 20);
  assert.equal(r.driftDetected, false);
  assert.deepEqual(r.columns.slice(0, 3).map((c) => c.drifted), [true, true, true]);
  for (const c of r.columns) assert.equal(c.test, c.kind === 'numeric' ? 'wasserstein' : 'jensenshannon', c.column);
});

test('small samples use exact tests (KS, chi-square, Z) and rank the injected drift worst', async () => {
  // Chi-square treats the reference shares as known, so with a reference not much larger than the current
  // sample it over-rejects; the injected columns must still be the three most significant, by far.
  const ref = join(dir, 'ref-small.csv');
  const cur = join(dir, 'cur-small.csv');
  await writeTable(ref, 1000, false);
  await writeTable(cur, 300, true);
  const r = await compareDatasets(ref, cur, { driftShare: 0.1 });
  assert.deepEqual(r.columns.slice(0, 3).map((c) => c.column).sort(), [...DRIFTED].sort());
  for (const c of r.columns.slice(0, 3)) assert.ok(c.pValue! < 1e-5, `${c.column} p = ${c.pValue}`);
  for (const c of r.columns.slice(3)) assert.ok(c.pValue! > 0.01, `${c.column} p = ${c.pValue}`);
  assert.equal(r.driftDetected, true);
  const tests = Object.fromEntries(r.columns.map((c) => [c.column, c.test]));
  assert.equal(tests.num_0, 'ks');
  assert.equal(tests.cat_0, 'chisquare');
  assert.equal(tests.cat_9, 'z');
});

test('columns and exclude-columns select what is compared; an unknown column is a user error naming the file', async () => {
  const ref = join(dir, 'ref-sel.csv');
  await writeTable(ref, 300, false);
  const r = await compareDatasets(ref, ref, { columns: ['num_0', 'cat_1', 'num_2'], excludeColumns: ['num_2'] });
  assert.deepEqual(r.columns.map((c) => c.column).sort(), ['cat_1', 'num_0']);
  assert.deepEqual(r.driftedColumns, []);
  await assert.rejects(compareDatasets(ref, ref, { columns: ['age'] }), (e: unknown) => {
    assert.ok(e instanceof UserError);
    assert.match(e.message, /column 'age' not found in .*ref-sel\.csv; columns are: /);
    return true;
  });
});

test('a saved drift reference gives the same verdict as the dataset it was read from', async () => {
  const ref = join(dir, 'ref-cache.csv');
  const cur = join(dir, 'cur-cache.csv');
  const cache = join(dir, 'reference.drift.json');
  await writeTable(ref, 3000, false);
  await writeTable(cur, 3000, true);
  const direct = await compareDatasets(ref, cur, { saveReferenceTo: cache });
  const cached = await compareDatasets(cache, cur);
  assert.equal(cached.reference.fromCache, true);
  assert.equal(cached.reference.contentHash, direct.reference.contentHash);
  assert.deepEqual(cached.columns.map((c) => [c.column, c.statistic]), direct.columns.map((c) => [c.column, c.statistic]));
  assert.equal(loadReference(cache).columns.size, 20);
});

test('auto selection follows type, cardinality and reference size', () => {
  assert.equal(chooseTest('numeric', 1000, 50).test, 'ks');
  assert.equal(chooseTest('numeric', 1001, 50).test, 'wasserstein');
  assert.equal(chooseTest('numeric', 500, 4).test, 'chisquare');
  assert.equal(chooseTest('categorical', 500, 2).test, 'z');
  assert.equal(chooseTest('categorical', 5000, 2).test, 'jensenshannon');
  assert.match(chooseTest('numeric', 5000, 50).reason, /5,000 reference values \(> 1,000\)/);
});

test('numeric bins are reference deciles with open outer bins, so values beyond the reference range count', () => {
  const reference = Float64Array.from({ length: 100 }, (_, i) => i + 1); // 1..100
  const edges = quantileEdges(reference, 10);
  assert.deepEqual([...edges], [10, 20, 30, 40, 50, 60, 70, 80, 90]);
  assert.deepEqual([...binCounts(edges, [-5, 10, 10.5, 95, 1000])], [2, 1, 0, 0, 0, 0, 0, 0, 0, 2]);
  assert.deepEqual([...quantileEdges(Float64Array.from([1, 1, 2, 2, 3]), 10)], [1, 2]);
});

test('a category unseen in the reference is certain drift for chi-square and is listed', () => {
  const ref = categoricalSample(['a', 'a', 'b', 'b', 'c']);
  const cur = categoricalSample(['a', 'b', 'c', 'd']);
  const r = columnDrift('city', ref, cur, { test: 'chisquare' });
  assert.equal(r.statistic, Infinity);
  assert.equal(r.pValue, 0);
  assert.equal(r.drifted, true);
  assert.deepEqual(r.unseenValues, ['d']);
  const psi = columnDrift('city', ref, cur, { test: 'psi' });
  assert.ok(Number.isFinite(psi.statistic) && psi.statistic > 0.1);
});

test('a numeric-only test on a categorical column is a user error that names the column', () => {
  assert.throws(() => columnDrift('city', categoricalSample(['a', 'b']), categoricalSample(['a']), { test: 'ks' }),
    /stattest 'ks' needs a numeric column, but column 'city' is categorical/);
});

test('missing values are counted and left out of the tests', () => {
  const r = columnDrift('x', numericSample([1, 2, NaN, 3, 4, 5, 6, 7]), numericSample([1, 2, 3, 4, 5, 6, 7, NaN, NaN]), { test: 'ks' });
  assert.equal(r.referenceMissing, 1);
  assert.equal(r.currentMissing, 2);
  assert.equal(r.statistic, 0);
  assert.equal(r.pValue, 1);
});

test('the CSV reader parses quoted fields, missing markers, and turns a column categorical at its first word', async () => {
  const f = join(dir, 'odd.csv');
  writeFileSync(f, 'a,b,"c, d"\n1.5,x,"q ""1"""\n-2e3,,NA\n,7,z\n0.1,y,"z"\n');
  const { columns, rows } = await readCsvColumns(f);
  assert.equal(rows, 4);
  const a = columns.get('a')!;
  assert.deepEqual(observed(a), ascending([1.5, -2000, 0.1]));
  assert.equal(a.missing, 1);
  const b = columns.get('b')!;
  assert.equal(b.kind, 'categorical');
  if (b.kind === 'categorical') assert.deepEqual(Object.fromEntries(b.counts), { x: 1, 7: 1, y: 1 });
  const c = columns.get('c, d')!;
  if (c.kind === 'categorical') assert.deepEqual(Object.fromEntries(c.counts), { 'q "1"': 1, z: 2 });
  assert.equal(c.missing, 1);
});

test('repeated values are kept as distinct values with counts, mostly distinct ones as a plain array, with the same results', async () => {
  const f = join(dir, 'repeat.csv');
  let s = 3;
  const rand = (): number => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
  const rows = Array.from({ length: 70000 }, () => `${Math.floor(rand() * 50)},${rand()}`);
  writeFileSync(f, 'few,many\n' + rows.join('\n') + '\n');
  const { columns } = await readCsvColumns(f);
  const few = columns.get('few')!;
  const many = columns.get('many')!;
  assert.ok(few.kind === 'numeric' && few.weights !== undefined && few.values.length === 50);
  assert.ok(many.kind === 'numeric' && many.weights === undefined && many.values.length === 70000);
  assert.deepEqual(observed(few), ascending(rows.map((r) => Number(r.split(',')[0]))));
  const plain = numericSample(rows.map((r) => Number(r.split(',')[0])));
  const shifted = numericSample(rows.map((r) => Number(r.split(',')[0]) + (Number(r.split(',')[1]) < 0.1 ? 1 : 0)));
  for (const test of ['ks', 'wasserstein', 'psi', 'jensenshannon'] as const) {
    const weighted = columnDrift('few', few, shifted, { test });
    const expanded = columnDrift('few', plain, shifted, { test });
    // Identical ECDFs; only the summation order of the reference stdev (Wasserstein's normaliser) differs.
    assert.ok(Math.abs(weighted.statistic - expanded.statistic) <= 1e-12 * Math.abs(expanded.statistic), `${test}: ${weighted.statistic} vs ${expanded.statistic}`);
    assert.equal(weighted.pValue, expanded.pValue, test);
  }
});

test('a missing file is a user error naming it', async () => {
  await assert.rejects(compareDatasets(join(dir, 'nope.csv'), join(dir, 'nope.csv')), (e: unknown) => e instanceof UserError && /nope\.csv not found/.test(e.message));
});

test('the CSV reader converts decimals exactly as Number() does', async () => {
  const f = join(dir, 'numbers.csv');
  let s = 7;
  const rand = (): number => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
  const texts: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const u = rand();
    const x = (rand() - 0.5) * 10 ** Math.floor(u * 30 - 12);
    texts.push(i % 3 === 0 ? x.toFixed(Math.floor(rand() * 12)) : i % 3 === 1 ? String(x) : x.toPrecision(1 + Math.floor(rand() * 17)));
  }
  texts.push('0.1', '-0.0', '123456789012345678', '.5', '1.', '9007199254740993', '1e5', '-2.5E-3');
  writeFileSync(f, 'x\n' + texts.join('\n') + '\n');
  const { columns } = await readCsvColumns(f);
  assert.deepEqual(observed(columns.get('x')!), ascending(texts.map(Number)));
});

test('the CSV reader accepts CRLF line ends, blank lines and a last line without a newline', async () => {
  const f = join(dir, 'crlf.csv');
  writeFileSync(f, 'n,c\r\n1.25,a\r\n\r\n-3,b\r\n7,a');
  const { columns, rows } = await readCsvColumns(f);
  assert.equal(rows, 3);
  assert.deepEqual(observed(columns.get('n')!), [-3, 1.25, 7]);
  const c = columns.get('c')!;
  if (c.kind === 'categorical') assert.deepEqual(Object.fromEntries(c.counts), { a: 2, b: 1 });
  else assert.fail('c should be categorical');
});

test('a row with more fields than the header is a user error with file and line', async () => {
  const f = join(dir, 'wide.csv');
  writeFileSync(f, 'a,b\n1,2\n3,4,5\n');
  await assert.rejects(readCsvColumns(f), (e: unknown) => e instanceof UserError && e.location?.line === 3 && /3 fields, but the header has 2/.test(e.message));
});
