// Reading a predictions file into columns: each column in the most compact form its values allow (bytes for
// small integers, doubles for numbers, values otherwise), across batch boundaries, from plain and gzipped CSV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { evaluate, tableFromColumns, type EvaluateOptions } from '@mlci/metrics';
import { readTable } from '../../actions/model-eval/src/load.ts';

const rows = 20_000; // more than two batches of the CSV reader (8192 rows)
const label = Array.from({ length: rows }, (_, i) => (i * 7) % 3 === 0 ? 1 : 0);
const score = Array.from({ length: rows }, (_, i) => ((i * 7919) % 1000) / 1000);
// Small integers until row 15,000, then a value a byte cannot hold: the column becomes doubles.
const count = Array.from({ length: rows }, (_, i) => (i < 15_000 ? i % 200 : 1000.5));
const signed = Array.from({ length: rows }, (_, i) => (i === 10 ? -0 : i % 2));
const kind = Array.from({ length: rows }, (_, i) => (i % 2 ? 'cat' : 'dog'));
const text = ['label,score,count,signed,kind', ...label.map((y, i) => `${y},${score[i]},${count[i]},${i === 10 ? '-0' : signed[i]},${kind[i]}`)].join('\n') + '\n';
const dir = mkdtempSync(path.join(os.tmpdir(), 'mlci-load-'));
writeFileSync(path.join(dir, 'p.csv'), text);
writeFileSync(path.join(dir, 'p.csv.gz'), gzipSync(text));

for (const file of ['p.csv', 'p.csv.gz']) {
  test(`${file}: bytes for small integers, doubles for numbers, values for strings, equal to the file's values`, async () => {
    const table = await readTable(path.join(dir, file));
    assert.equal(table.rows, rows);
    assert.ok(table.column('label') instanceof Uint8Array);
    assert.deepEqual([...table.column('label') as Uint8Array], label);
    assert.ok(table.column('score') instanceof Float64Array);
    assert.deepEqual([...table.column('score') as Float64Array], score);
    assert.ok(table.column('count') instanceof Float64Array);
    assert.deepEqual([...table.column('count') as Float64Array], count);
    // -0 is kept (a byte could not hold its sign).
    const s = table.column('signed') as Float64Array;
    assert.ok(s instanceof Float64Array && Object.is(s[10], -0) && s[11] === 1);
    assert.deepEqual(table.column('kind'), kind);
  });
}

test('only the wanted columns are kept', async () => {
  const table = await readTable(path.join(dir, 'p.csv'), (c) => c === 'label');
  assert.deepEqual(table.names, ['label', 'score', 'count', 'signed', 'kind']);
  assert.ok(table.column('label'));
  assert.equal(table.column('score'), undefined);
});

test('byte label columns give the same evaluation as plain arrays of the same labels', async () => {
  const table = await readTable(path.join(dir, 'p.csv'));
  const options: EvaluateOptions = {
    task: 'auto', labelColumn: 'label', predictionColumn: 'prediction', scoreColumns: ['score'], sliceColumns: ['kind'],
    minSliceSize: 10, confidence: 0.95, bootstrapSamples: 20, seed: 2, gates: [],
  };
  const fromFile = evaluate(table, undefined, options);
  const fromArrays = evaluate(tableFromColumns('p.csv', { label, score, kind }), undefined, options);
  assert.equal(fromFile.task, 'binary');
  assert.deepEqual(fromFile.metrics, fromArrays.metrics);
  assert.deepEqual(fromFile.intervals, fromArrays.intervals);
  assert.deepEqual(fromFile.slices, fromArrays.slices);
});
