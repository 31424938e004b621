/**
 * The CSV reader's WebAssembly split (read/wasm-records.ts, wasm/csv-records.wat) beyond what columnar.test.ts
 * checks through the values: a string field's hash is the one ColumnView.intern computes, so a string gets one
 * code per batch whichever loop read it; and a batch read by both loops has as many codes as distinct strings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanRecords, wasmRecordsTuning } from '../../packages/data/src/read/wasm-records.ts';
import { internHash } from '../../packages/data/src/read/column-batch.ts';
import { CsvParser } from '../../packages/data/src/read/csv.ts';

test('the module hashes a string field as ColumnView.intern does', () => {
  fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => !/[,\r\n"]/.test(s) && !/^[+-]?[\d.]/.test(s)), { minLength: 1, maxLength: 30 }), (texts) => {
    const data = Buffer.from(texts.map((t) => `${t}\n`).join(''), 'utf8');
    const scan = scanRecords(data, 0, data.length, data.length, true, Uint8Array.of(1), 0x2c, false, texts.length);
    assert.equal(scan.rows, texts.length);
    for (let r = 0; r < texts.length; r++) {
      assert.equal(scan.classes[r], 2);
      assert.equal(scan.hashes[r], internHash(data, scan.base + scan.starts[r], scan.base + scan.ends[r]));
    }
  }), { numRuns: 300 });
});

test('a batch read partly by each loop has one code per distinct string', () => {
  // A quoted line in the middle: the lines before and after it are read by the WebAssembly loop, the quoted one
  // by the general loop; "b" and "c" appear on both sides.
  const lines = ['c0,c1'];
  for (let i = 0; i < 400; i++) lines.push(`${['a', 'b', 'c'][i % 3]},${i}`);
  lines.splice(200, 0, '"b",1', '"c",2');
  const saved = wasmRecordsTuning.minBytes;
  wasmRecordsTuning.minBytes = 0;
  try {
    const parser = new CsvParser('t.csv', { delimiter: ',', typeOf: () => 'auto', columnar: { batchRows: 5000 } });
    parser.push(Buffer.from(lines.join('\n') + '\n'));
    parser.end();
    const view = parser.takeBatch().views[0];
    assert.equal(view.size, 3);
    assert.deepEqual([...view.codeCounts()], [134, 134, 134]);
  } finally {
    wasmRecordsTuning.minBytes = saved;
  }
});

test('in an auto column the module classes the boolean words as csv.ts booleanBytes does, and nothing near them', () => {
  const words = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'tRue', 'TRUe', 'truE', 'fAlse', 'FALSe', 'falsE', 'Falsee', 'tru', 'truee', 'yes', 'no', 't', 'f', 'True ', ' true', 'FalsE', 'TrUE'];
  const data = Buffer.from(words.map((w) => `${w}\n`).join(''), 'utf8');
  const scan = scanRecords(data, 0, data.length, data.length, true, Uint8Array.of(0), 0x2c, false, words.length);
  assert.equal(scan.rows, words.length);
  const expected = words.map((w) => (['true', 'True', 'TRUE'].includes(w) ? 3 : ['false', 'False', 'FALSE'].includes(w) ? 4 : 2));
  assert.deepEqual([...scan.classes.subarray(0, words.length)], expected);
  // A string column keeps them as text.
  const text = scanRecords(data, 0, data.length, data.length, true, Uint8Array.of(1), 0x2c, false, words.length);
  assert.deepEqual([...text.classes.subarray(0, words.length)], words.map(() => 2));
});
