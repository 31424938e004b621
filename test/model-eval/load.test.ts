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
// 300 distinct strings, the last ones only after the first batches: more than codes can hold.
const id = Array.from({ length: rows }, (_, i) => `id${i % 300}`);
// Text, then a number from row 12,000 on: the column ends as values.
const mixed = Array.from({ length: rows }, (_, i) => (i < 12_000 ? 'x' : 5));
const text = ['label,score,count,signed,kind,id,mixed', ...label.map((y, i) => `${y},${score[i]},${count[i]},${i === 10 ? '-0' : signed[i]},${kind[i]},${id[i]},${mixed[i]}`)].join('\n') + '\n';
const dir = mkdtempSync(path.join(os.tmpdir(), 'mlci-load-'));
writeFileSync(path.join(dir, 'p.csv'), text);
writeFileSync(path.join(dir, 'p.csv.gz'), gzipSync(text));

for (const file of ['p.csv', 'p.csv.gz']) {
  test(`${file}: bytes for small integers, doubles for numbers, codes for few strings, values otherwise; equal to the file's values`, async () => {
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
    const coded = table.coded!('kind')!;
    assert.deepEqual(coded.labels, ['dog', 'cat']);
    assert.ok(coded.codes instanceof Uint8Array && coded.codes[0] === 0 && coded.codes[1] === 1);
    assert.deepEqual(table.column('kind'), kind);
    assert.equal(table.coded!('id'), undefined);
    assert.deepEqual(table.column('id'), id);
    assert.equal(table.coded!('mixed'), undefined);
    assert.deepEqual(table.column('mixed'), mixed);
  });
}

test('only the wanted columns are kept', async () => {
  const table = await readTable(path.join(dir, 'p.csv'), (c) => c === 'label');
  assert.deepEqual(table.names, ['label', 'score', 'count', 'signed', 'kind', 'id', 'mixed']);
  assert.ok(table.column('label'));
  assert.equal(table.column('score'), undefined);
});

test('byte and coded label columns give the same evaluation as plain arrays of the same labels', async () => {
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

test('string labels read as codes give the same evaluation as arrays, and an unknown positive label is a user error', async () => {
  const yes = label.map((y) => (y ? 'yes' : 'no'));
  const predicted = score.map((x) => (x > 0.4 ? 'yes' : 'no'));
  const file = path.join(dir, 'strings.csv');
  writeFileSync(file, ['label,prediction,score', ...yes.map((y, i) => `${y},${predicted[i]},${score[i]}`)].join('\n') + '\n');
  const table = await readTable(file);
  assert.ok(table.coded!('label') && table.coded!('prediction'));
  const options: EvaluateOptions = {
    task: 'auto', labelColumn: 'label', predictionColumn: 'prediction', scoreColumns: ['score'], positiveLabel: 'yes',
    sliceColumns: [], minSliceSize: 10, confidence: 0.95, bootstrapSamples: 10, seed: 2, gates: [],
  };
  const fromFile = evaluate(table, undefined, options);
  const fromArrays = evaluate(tableFromColumns('strings.csv', { label: yes, prediction: predicted, score }), undefined, options);
  assert.equal(fromFile.task, 'binary');
  assert.deepEqual(fromFile.metrics, fromArrays.metrics);
  assert.deepEqual(fromFile.confusion, fromArrays.confusion);
  assert.throws(() => evaluate(table, undefined, { ...options, positiveLabel: undefined }), /positive-label is required/);
});
