/**
 * Every supported format reads the same table to the same rows; CSV types follow the JSON Schema.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteFile } from 'hyparquet-writer';
import { readDataset, readRows, type Value } from '@mlci/data';

const dir = mkdtempSync(join(tmpdir(), 'mlci-read-'));
const columns = ['id', 'name', 'score', 'active'];
const table: Value[][] = [
  [1, 'Ada, "the first"', 0.5, true],
  [2, 'Grace\nHopper', null, false],
  [3, 'Zoë', -12.25, true],
];

function write(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function read(file: string, options = {}): Promise<{ columns: readonly string[]; rows: Value[][]; lines: (number | undefined)[] }> {
  const rows: Value[][] = [];
  const lines: (number | undefined)[] = [];
  let cols: readonly string[] = [];
  for await (const b of readRows(file, options)) {
    cols = b.columns;
    rows.push(...b.rows.map((r) => cols.map((_, i) => r[i] ?? null)));
    lines.push(...b.lines);
  }
  return { columns: cols, rows, lines };
}

const csvText = 'id,name,score,active\n1,"Ada, ""the first""",0.5,true\n2,"Grace\nHopper",,false\n3,Zoë,-12.25,True\n';
const jsonl = table.map((r) => JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, r[i]])))).join('\n') + '\n';

test('CSV, TSV, JSON Lines, JSON array, Parquet and gzipped CSV/JSONL give the same rows', async () => {
  const files = [
    write('t.csv', csvText),
    write('t.tsv', 'id\tname\tscore\tactive\n1\t"Ada, ""the first"""\t0.5\ttrue\n2\t"Grace\nHopper"\t\tfalse\n3\tZoë\t-12.25\ttrue\n'),
    write('t.jsonl', jsonl),
    write('t.json', JSON.stringify(table.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]]))), null, 2)),
    write('t.csv.gz', gzipSync(csvText)),
    write('t.jsonl.gz', gzipSync(jsonl)),
  ];
  const parquet = join(dir, 't.parquet');
  parquetWriteFile({
    filename: parquet,
    columnData: [
      { name: 'id', data: [1, 2, 3], type: 'INT32' },
      { name: 'name', data: table.map((r) => r[1]), type: 'STRING' },
      { name: 'score', data: table.map((r) => r[2]), type: 'DOUBLE' },
      { name: 'active', data: table.map((r) => r[3]), type: 'BOOLEAN' },
    ],
  });
  files.push(parquet);
  for (const file of files) {
    const { columns: cols, rows } = await read(file);
    assert.deepEqual(cols, columns, file);
    assert.deepEqual(rows, table, file);
  }
});

test('CSV rows carry the line they start on, counting newlines inside quotes', async () => {
  assert.deepEqual((await read(write('l.csv', csvText))).lines, [2, 3, 5]);
  assert.deepEqual((await read(write('l.jsonl', '\n' + jsonl))).lines, [2, 3, 4]);
});

test('the JSON Schema decides CSV types: a string column keeps leading zeros, an integer column parses', async () => {
  const file = write('zip.csv', 'zip,n,flag\n01234,7,yes\n98765,x,true\n');
  const schema = { type: 'object', properties: { zip: { type: 'string' }, n: { type: 'integer' }, flag: { type: ['boolean', 'null'] } } };
  assert.deepEqual((await read(file, { schema })).rows, [['01234', 7, 'yes'], ['98765', 'x', true]]);
  assert.deepEqual((await read(file)).rows, [[1234, 7, 'yes'], [98765, 'x', true]]);
});

test('a quoted empty field is "" in a string column and missing elsewhere; blank lines are skipped', async () => {
  const file = write('e.csv', 'a,b\n"",""\n\n,x\n');
  const schema = { properties: { a: { type: 'string' } } };
  assert.deepEqual((await read(file, { schema })).rows, [['', null], [null, 'x']]);
});

test('JSON records may add columns later; earlier rows read them as missing', async () => {
  const { columns: cols, rows } = await read(write('grow.jsonl', '{"a":1}\n{"a":2,"b":"x"}\n'));
  assert.deepEqual(cols, ['a', 'b']);
  assert.deepEqual(rows, [[1, null], [2, 'x']]);
});

test('a glob of files reads as one dataset, in order', async () => {
  const a = write('p1.csv', 'x\n1\n2\n');
  const b = write('p2.csv', 'x\n3\n');
  const got: Array<[string, Value]> = [];
  for await (const batch of readDataset([a, b])) for (const r of batch.rows) got.push([batch.file, r[0]]);
  assert.deepEqual(got, [[a, 1], [a, 2], [b, 3]]);
});

test('CSV records split across 1 MiB read chunks parse the same as in one piece', async () => {
  const rows = Array.from({ length: 60000 }, (_, i) => `${i},"name ${i}, quoted",${(i * 0.37).toFixed(2)}`);
  const file = write('big.csv', 'id,name,v\n' + rows.join('\n') + '\n');
  const { rows: got } = await read(file);
  assert.equal(got.length, 60000);
  assert.deepEqual(got[45678], [45678, 'name 45678, quoted', Number((45678 * 0.37).toFixed(2))]);
});
