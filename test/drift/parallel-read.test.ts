import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareDatasets, readCsvColumns, readCsvColumnsInParallel, type ColumnSample, type CsvColumns } from '@mlci/drift';
import { UserError } from '@mlci/core';

const dir = mkdtempSync(join(tmpdir(), 'mlci-drift-parallel-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** A column as what the tests see: (value, count) pairs ascending, or category counts; plus missing. */
function canonical(sample: ColumnSample): unknown {
  if (sample.kind === 'categorical') return { missing: sample.missing, counts: [...sample.counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
  if (sample.kind !== 'numeric') return sample;
  const pairs = new Map<number, number>();
  sample.values.forEach((v, i) => pairs.set(v + 0, (pairs.get(v + 0) ?? 0) + (sample.weights ? sample.weights[i] : 1)));
  return { missing: sample.missing, pairs: [...pairs].sort((a, b) => a[0] - b[0]) };
}

function sameAsSequential(parallel: CsvColumns | undefined, sequential: CsvColumns): void {
  assert.ok(parallel, 'the parallel reader took the file');
  assert.deepEqual(parallel.names, sequential.names);
  assert.equal(parallel.rows, sequential.rows);
  assert.equal(parallel.contentHash, sequential.contentHash);
  assert.deepEqual([...parallel.columns.keys()], [...sequential.columns.keys()]);
  for (const [name, col] of sequential.columns) assert.deepEqual(canonical(parallel.columns.get(name)!), canonical(col), name);
}

const parallel = { workers: 3, minBytes: 0 };

test('byte ranges read in worker threads give the sequential reader\'s columns on awkward plain CSV', async () => {
  let s = 11;
  const rand = (): number => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
  const lines = ['grid,float,sparse,word,late,int'];
  for (let i = 0; i < 6000; i++) {
    const u = rand();
    const grid = (20 * u - 10).toFixed(i % 5 === 0 ? 1 : 3); // decimals, negatives, -0.0, two precisions
    const float = i % 7 === 0 ? String(u * 1e-7) : i % 11 === 0 ? '1e5' : String(u); // off any grid
    const sparse = i % 3 === 0 ? '' : i % 3 === 1 ? ' NA' : ` ${Math.floor(u * 9)} `; // missing and spaces
    const word = i % 2 === 0 ? 'no' : i % 5 === 0 ? 'None' : 'yes';
    const late = i < 5000 ? String(Math.floor(u * 4)) : 'x'; // categorical only in the last range
    const int = String(Math.floor(u * 1e6) - 5e5);
    let line = [grid, float, sparse, word, late, int].join(',');
    if (i % 97 === 0) line = line.split(',').slice(0, 3).join(','); // a short row: the rest is missing
    lines.push(line + (i % 13 === 0 ? '\r' : ''));
    if (i % 101 === 0) lines.push(''); // blank lines
  }
  const f = join(dir, 'awkward.csv');
  writeFileSync(f, lines.join('\n')); // no final line feed
  const sequential = await readCsvColumns(f);
  assert.equal(sequential.columns.get('late')!.kind, 'categorical');
  assert.equal(sequential.columns.get('grid')!.kind, 'numeric');
  sameAsSequential(await readCsvColumnsInParallel(f, undefined, parallel), sequential);
  const only = (name: string): boolean => name !== 'float';
  sameAsSequential(await readCsvColumnsInParallel(f, only, { workers: 2, minBytes: 0 }), await readCsvColumns(f, only));
});

test('a column whose numbers follow its first word in a later range is left to the sequential reader', async () => {
  // Sequential: "1.50" after the first word is kept as written, before it as the number's text "1.5".
  const rows = ['a,k', 'x,0', ...Array.from({ length: 3000 }, (_, i) => `1.50,${i}`)];
  const f = join(dir, 'word-first.csv');
  writeFileSync(f, rows.join('\n') + '\n');
  assert.equal(await readCsvColumnsInParallel(f, undefined, parallel), undefined);
  const sequential = await readCsvColumns(f);
  const a = sequential.columns.get('a')!;
  assert.ok(a.kind === 'categorical' && a.counts.get('1.50') === 3000);
  // Two ranges: words only, then numbers before a word (that range alone would count them as "1.5").
  const g = join(dir, 'word-then-numbers.csv');
  writeFileSync(g, ['a', ...Array.from({ length: 2000 }, () => 'w'), ...Array.from({ length: 2000 }, () => '1.50'), 'y'].join('\n') + '\n');
  assert.equal(await readCsvColumnsInParallel(g, undefined, { workers: 2, minBytes: 0 }), undefined);
});

test('numbers before the first word, also in earlier ranges, count as their number text as in the sequential reader', async () => {
  const rows = ['a', ...Array.from({ length: 3000 }, () => '2.50'), 'word'];
  const f = join(dir, 'word-last.csv');
  writeFileSync(f, rows.join('\n') + '\n');
  const sequential = await readCsvColumns(f);
  const a = sequential.columns.get('a')!;
  assert.ok(a.kind === 'categorical' && a.counts.get('2.5') === 3000 && a.counts.get('word') === 1);
  sameAsSequential(await readCsvColumnsInParallel(f, undefined, parallel), sequential);
});

test('quoted fields, and small files by default, are read sequentially', async () => {
  const f = join(dir, 'quoted.csv');
  writeFileSync(f, 'a,b\n' + Array.from({ length: 2000 }, (_, i) => (i === 1500 ? '1,"x, y"' : `${i},z`)).join('\n') + '\n');
  assert.equal(await readCsvColumnsInParallel(f, undefined, parallel), undefined);
  const plain = join(dir, 'small.csv');
  writeFileSync(plain, 'a\n1\n2\n');
  assert.equal(await readCsvColumnsInParallel(plain), undefined);
});

test('a row with too many fields in a late range is still reported at its line', async () => {
  const f = join(dir, 'wide-late.csv');
  writeFileSync(f, 'a,b\n' + Array.from({ length: 4000 }, (_, i) => (i === 3500 ? '1,2,3' : `${i},${i % 3}`)).join('\n') + '\n');
  assert.equal(await readCsvColumnsInParallel(f, undefined, parallel), undefined);
  await assert.rejects(compareDatasets(f, f), (e: unknown) => e instanceof UserError && e.location?.line === 3502 && /3 fields, but the header has 2/.test(e.message));
});

test('ranges that fall inside one long last line without a line feed hold no record and change nothing', async () => {
  const f = join(dir, 'long-last.csv');
  writeFileSync(f, 'a,b\n1,x\n2,y\n' + '3,' + 'z'.repeat(5000)); // the last record is most of the file
  const sequential = await readCsvColumns(f);
  assert.equal(sequential.rows, 3);
  sameAsSequential(await readCsvColumnsInParallel(f, undefined, { workers: 4, minBytes: 0 }), sequential);
});

test('ranges shorter than a line: those where no record starts are empty, the others read their records', async () => {
  const f = join(dir, 'long-lines.csv');
  const long = (k: number): string => `${k},${'w'.repeat(3000 + k)}`;
  writeFileSync(f, ['a,b', long(1), long(2), '4,x', long(3)].join('\n') + '\n');
  const sequential = await readCsvColumns(f);
  assert.equal(sequential.rows, 4);
  sameAsSequential(await readCsvColumnsInParallel(f, undefined, { workers: 8, minBytes: 0 }), sequential);
});

test('records longer than the read buffer (4 MiB) are read whole, after a range start inside another one', async () => {
  const f = join(dir, 'huge-lines.csv');
  const huge = (k: number, mib: number): string => `${k},${String.fromCharCode(97 + k).repeat(mib << 20)}`;
  // Two ranges: the second starts inside the 8 MiB record, its first record is the 5 MiB one.
  writeFileSync(f, ['a,b', '0,s', huge(1, 8), huge(2, 5), '3,t'].join('\n') + '\n');
  const sequential = await readCsvColumns(f);
  assert.equal(sequential.rows, 4);
  sameAsSequential(await readCsvColumnsInParallel(f, undefined, { workers: 2, minBytes: 0 }), sequential);
});
