/**
 * The map checks' batch shortcuts (MapCheck.addColumn): a column batch none of whose rows can fail is passed
 * from its summary (counts by kind, least and greatest finite number; ColumnView.summary), and one where only
 * nulls fail has its null rows found without walking the others. Each case here sits on an edge of those
 * shortcuts (a bound met exactly, strict bounds, an overflow to Infinity, adjacent nulls at a batch's start, one
 * failing string or boolean), with its counts stated, and must also equal the row-by-row scan, with and without
 * the profile (whose WebAssembly pass supplies the summary when there is one).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ColumnView, parseSuite, readRows, type ColumnBatch, type Value } from '@mlci/data';
import { CsvParser } from '../../packages/data/src/read/csv.ts';
import { createScan } from '../../packages/data/src/expect/validate.ts';
import type { RowBatch } from '../../packages/data/src/read/reader.ts';

// 12 rows, in batches of 4: rows 0–3, 4–7, 8–11 (lines 2–13). 1e999 reads as Infinity, NaN as text.
const CSV = [
  'n,s,b,m',
  '1,a,true,',
  '5,a,true,',
  '60,b,true,',
  '3,a,true,1',
  '2,a,true,',
  '4,b,true,',
  '5,a,true,2',
  '1,a,true,3',
  '7,a,false,4',
  '1e999,c,true,5',
  '2,a,true,',
  'NaN,a,true,6',
].join('\n') + '\n';

/** [expectation, unexpected_count, row numbers of the unexpected examples (0-based)] */
const CASES: Array<[string, number, number[]]> = [
  // Bounds met exactly pass; strictly, the bound itself fails (only the batch holding it is walked).
  ['expect_column_values_to_be_between: {column: n, min_value: 1, max_value: 60}', 2, [9, 11]],
  ['expect_column_values_to_be_between: {column: n, min_value: 1, max_value: 60, strict_max: true}', 3, [2, 9, 11]],
  ['expect_column_values_to_be_between: {column: n, min_value: 1, strict_min: true}', 3, [0, 7, 11]],
  ['expect_column_values_to_be_between: {column: n, max_value: 7}', 3, [2, 9, 11]],
  // Nulls only: the null rows, adjacent ones and at both ends of a batch included.
  ['expect_column_values_to_not_be_null: {column: m}', 6, [0, 1, 2, 4, 5, 10]],
  ['expect_column_values_to_be_null: {column: m}', 6, [3, 6, 7, 8, 9, 11]],
  ['expect_column_values_to_be_in_set: {column: s, value_set: [a, b]}', 1, [9]],
  ['expect_column_values_to_be_in_set: {column: b, value_set: [true]}', 1, [8]],
  ['expect_column_values_to_not_be_in_set: {column: s, value_set: [z]}', 0, []],
  ['expect_column_values_to_match_regex: {column: s, regex: "^[ab]$"}', 1, [9]],
];

test('map checks pass whole batches from their summary, and find the failing rows where there are some', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-map-batches-'));
  try {
    const file = join(dir, 't.csv');
    writeFileSync(file, CSV);
    const suite = parseSuite(`expectation_suite_name: edges\nexpectations:\n${CASES.map(([e]) => `  - ${e}\n`).join('')}`, 'suite.yml');
    for (const profile of [true, false]) {
      // Column batches of exactly 4 rows: the parser is given one line at a time.
      const byColumns = await createScan(suite, { profile });
      const parser = new CsvParser(file, { delimiter: ',', typeOf: () => 'auto', columnar: { batchRows: 4 } });
      for (const line of CSV.split(/(?<=\n)/)) {
        parser.push(Buffer.from(line));
        if (parser.batchLength >= 4) byColumns.addBatch(parser.takeBatch());
      }
      parser.end();
      assert.equal(parser.batchLength, 0);
      const outcome = await byColumns.outcome();
      const byRows = await createScan(suite, { profile });
      for await (const b of readRows(file)) byRows.addBatch(b);
      assert.deepEqual(outcome, await byRows.outcome(), `profile: ${profile}`);
      CASES.forEach(([expectation, count, rows], i) => {
        const { result } = outcome.results[i];
        assert.equal(result.unexpected_count, count, `${expectation} (profile: ${profile})`);
        assert.deepEqual(result.partial_unexpected_list?.map((u) => u.row), rows, expectation);
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a batch with a number that is not finite is walked row by row (its summary has no bound for it)', async () => {
  // The CSV reader keeps words such as "Infinity" as text: here the views are filled directly.
  const batches: Value[][] = [[1, 2, Infinity], [3, NaN, 4], [-Infinity, 5, null], [2, 3, 4]];
  const suite = parseSuite([
    'expectation_suite_name: infinite',
    'expectations:',
    '  - expect_column_values_to_be_between: {column: x, min_value: 0, max_value: 10}',
    '  - expect_column_values_to_be_between: {column: x, min_value: 0}',
    '  - expect_column_values_to_not_be_null: {column: x}',
  ].join('\n') + '\n', 'suite.yml');
  for (const profile of [true, false]) {
    const byColumns = await createScan(suite, { profile });
    const byRows = await createScan(suite, { profile });
    let line = 2;
    for (const values of batches) {
      const view = new ColumnView(4);
      const slot = new Float64Array(1);
      for (const v of values) {
        if (v === null) view.pushMissing();
        else {
          slot[0] = v as number;
          view.pushNumberFrom(slot);
        }
      }
      const lines = Int32Array.from(values, (_, i) => line + i);
      byColumns.addBatch({ file: 'x.csv', columns: ['x'], length: values.length, views: [view], lines } satisfies ColumnBatch);
      byRows.addBatch({ file: 'x.csv', columns: ['x'], rows: values.map((v) => [v]), lines: [...lines] } satisfies RowBatch);
      line += values.length;
    }
    const outcome = await byColumns.outcome();
    assert.deepEqual(outcome, await byRows.outcome());
    // Between 0 and 10: ±Infinity and NaN fail; from 0 up: −Infinity and NaN; not null: the one null.
    assert.deepEqual(outcome.results.map((r) => r.result.partial_unexpected_list?.map((u) => u.row)), [[2, 4, 6], [4, 6], [8]]);
  }
});
