/**
 * The bad-input corpus: each malformed input is exactly one UserError naming the file and, where the format
 * has them, the line and column of the problem.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isUserError, type UserError } from '@mlci/core';
import { parseSuite, readRows, validateDataset, type Value } from '@mlci/data';

const dir = mkdtempSync(join(tmpdir(), 'mlci-bad-'));

function write(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function readAll(file: string): Promise<Value[][]> {
  const rows: Value[][] = [];
  for await (const batch of readRows(file)) rows.push(...batch.rows);
  return rows;
}

async function userError(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isUserError(error), `expected a UserError, got ${(error as Error).stack}`);
    return error as UserError;
  }
  assert.fail('expected a UserError, but reading succeeded');
}

const cases: Array<{ name: string; file: () => string; line?: number; column?: number; message: RegExp }> = [
  { name: 'a ragged row', file: () => write('ragged.csv', 'a,b,c\n1,2,3\n4,5\n'), line: 3, column: 4, message: /line 3 .* has 2 fields but the header has 3/ },
  { name: 'a row with too many fields', file: () => write('wide.csv', 'a,b\n1,2\n3,4,5\n'), line: 3, column: 4, message: /has 3 fields but the header has 2/ },
  { name: 'an unterminated quote', file: () => write('quote.csv', 'a,b\n1,"open\n2,3\n'), line: 2, column: 3, message: /quote opened at line 2, column 3 is never closed/ },
  { name: 'mixed line endings', file: () => write('mixed.csv', 'a,b\r\n1,2\r\n3,4\n'), line: 3, message: /mixes line endings: line 3 ends with LF but earlier lines end with CRLF/ },
  { name: 'a bare CR line ending', file: () => write('cr.csv', 'a,b\r1,2\r'), line: 1, column: 4, message: /bare carriage return/ },
  { name: 'invalid UTF-8', file: () => write('latin1.csv', Buffer.concat([Buffer.from('name,city\nx,'), Buffer.from([0x4d, 0xfc, 0x6e]), Buffer.from('\n')])), line: 2, column: 4, message: /not valid UTF-8: byte 0xfc at line 2, column 4/ },
  { name: 'an empty file', file: () => write('empty.csv', ''), line: 1, message: /is empty/ },
  { name: 'a header only', file: () => write('header.csv', 'a,b,c\n'), line: 2, message: /header row but no data rows/ },
  { name: 'duplicate column names', file: () => write('dup.csv', 'id,x,id\n1,2,3\n'), line: 1, column: 6, message: /duplicate column name 'id'.*columns 1 and 3/ },
  { name: 'a 10 MB single field', file: () => write('huge.csv', 'a,b\n1,' + 'x'.repeat(10 * 1024 * 1024) + '\n'), line: 2, column: 1, message: /longer than 1048576 bytes/ },
  { name: 'a truncated .gz', file: () => { const gz = gzipSync(Buffer.from('a,b\n' + '1,2\n'.repeat(10000))); return write('cut.csv.gz', gz.subarray(0, gz.length - 200)); }, message: /not a complete gzip file/ },
  { name: 'a corrupt Parquet footer', file: () => write('bad.parquet', Buffer.concat([Buffer.from('PAR1'), Buffer.from('not thrift at all'), Buffer.from([10, 0, 0, 0]), Buffer.from('PAR1')])), message: /not a readable Parquet file/ },
  { name: 'a JSON Lines syntax error', file: () => write('bad.jsonl', '{"a": 1}\n{"a": 2,, }\n'), line: 2, column: 9, message: /invalid JSON at line 2/ },
  { name: 'a JSON Lines record that is not an object', file: () => write('arr.jsonl', '{"a": 1}\n[1, 2]\n'), line: 2, message: /is an array; expected a JSON object/ },
  { name: 'a JSON array that is not closed', file: () => write('open.json', '[{"a": 1},\n{"a": 2}\n'), message: /ends before the array is closed/ },
  { name: 'an unknown extension', file: () => write('data.xlsx', 'a'), message: /cannot tell the format/ },
];

for (const c of cases) {
  test(`bad input: ${c.name} is one UserError with its location`, async () => {
    const file = c.file();
    const error = await userError(readAll(file));
    assert.match(error.message, c.message);
    assert.equal(error.location?.file, file);
    if (c.line !== undefined) assert.equal(error.location?.line, c.line);
    if (c.column !== undefined) assert.equal(error.location?.column, c.column);
  });
}

test('a UTF-8 byte-order mark is accepted and not part of the first column name', async () => {
  const file = write('bom.csv', '\uFEFFid,name\n1,Zoë\n');
  const batches = [];
  for await (const b of readRows(file)) batches.push(b);
  assert.deepEqual(batches[0].columns, ['id', 'name']);
  assert.deepEqual(batches[0].rows, [[1, 'Zoë']]);
});

test('YAML with a syntax error is a UserError at its line and column', () => {
  assert.throws(() => parseSuite('expectations:\n  - expect_column_to_exist: {column: a\n  - x: [\n', 'suite.yml'), (error: UserError) => {
    assert.ok(isUserError(error));
    assert.equal(error.location?.file, 'suite.yml');
    assert.equal(error.location?.line, 3);
    assert.ok(error.location?.column !== undefined);
    return true;
  });
});

test('an expectation on a missing column names the column, the suite line and the columns there are', async () => {
  const data = write('ok.csv', 'a,b\n1,2\n');
  const suite = parseSuite('expectations:\n  - expect_column_to_exist: {column: a}\n  - expect_column_values_to_not_be_null: {column: age}\n', 'suite.yml');
  const error = await userError(validateDataset([data], suite));
  assert.match(error.message, /column 'age' not found in .*ok\.csv; columns are: a, b/);
  assert.deepEqual([error.location?.file, error.location?.line], ['suite.yml', 3]);
});

test('a regex that does not compile is a UserError at its suite line', async () => {
  const data = write('ok2.csv', 'a\nx\n');
  const suite = parseSuite('- expect_column_values_to_match_regex: {column: a, regex: "(unclosed"}\n', 'suite.yml');
  const error = await userError(validateDataset([data], suite));
  assert.match(error.message, /regex "\(unclosed" does not compile/);
  assert.equal(error.location?.line, 1);
});

test('unknown expectation types are all reported, with their lines', async () => {
  const data = write('ok3.csv', 'a\nx\n');
  const suite = parseSuite('- expect_column_to_exist: {column: a}\n- expect_column_values_to_be_dateutil_parseable: {column: a}\n- expect_magic: {}\n', 's.yml');
  const error = await userError(validateDataset([data], suite));
  assert.match(error.message, /unknown expectation types: expect_column_values_to_be_dateutil_parseable \(line 2\), expect_magic \(line 3\)/);
});
