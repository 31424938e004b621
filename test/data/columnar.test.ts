/**
 * The columnar CSV path (column batches, per-column check kernels, batch profiling) against the row path it
 * replaces for CSV: for any table, any chunking and any batch size, the same values, the same line numbers,
 * and the same validation outcome and profile, figure for figure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseSuite, readRows, validateDataset, type Value } from '@mlci/data';
import { CsvParser, type ParsedRows } from '../../packages/data/src/read/csv.ts';
import { batchRows, type ColumnBatch } from '../../packages/data/src/read/column-batch.ts';
import { createScan } from '../../packages/data/src/expect/validate.ts';
import type { ColumnType } from '../../packages/data/src/values.ts';

const field = fc.oneof(
  fc.constantFrom('', '""', '0', '-0', '7', '12', '1.5', '-3.25', '1e3', '99999999999999999', 'true', 'False', 'TRUE', 'yes', 'a', 'ab', 'abc', 'b', 'é', '"a,b"', '"x""y"', '"true"', '"7"', 'NaN'),
  fc.integer({ min: -60, max: 60 }).map(String),
  fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '1'), minLength: 1, maxLength: 4 }),
);
const kinds: ColumnType[] = ['auto', 'string', 'number', 'integer', 'boolean'];

const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
  fc.record({
    types: fc.array(fc.constantFrom(...kinds), { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 40 }),
    cuts: fc.array(fc.nat(), { maxLength: 6 }),
    batch: fc.integer({ min: 1, max: 9 }),
  }),
);

function csv(rows: string[][], width: number): Buffer {
  const header = Array.from({ length: width }, (_, i) => `c${i}`);
  return Buffer.from([header, ...rows].map((r) => r.join(',')).join('\n') + '\n', 'utf8');
}

test('column batches hold the values and lines the row parser gives, whatever the chunking', () => {
  fc.assert(
    fc.property(table, ({ types, rows, cuts, batch }) => {
      const bytes = csv(rows, types.length);
      const typeOf = (c: string): ColumnType => types[Number(c.slice(1))];
      const rowParser = new CsvParser('t.csv', { delimiter: ',', typeOf });
      const columnParser = new CsvParser('t.csv', { delimiter: ',', typeOf, columnar: { batchRows: batch, reuse: true } });
      const expected: ParsedRows = { rows: [], lines: [] };
      const got: Value[][] = [];
      const lines: number[] = [];
      const take = (b: ColumnBatch): void => {
        got.push(...batchRows(b));
        lines.push(...b.lines.subarray(0, b.length));
      };
      const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
      let at = 0;
      for (const p of [...points, bytes.length]) {
        rowParser.push(bytes.subarray(at, p), expected);
        columnParser.push(bytes.subarray(at, p));
        if (columnParser.batchLength >= batch) take(columnParser.takeBatch());
        at = p;
      }
      // Rows that are all blank lines leave a header only: both parsers must then refuse it the same way.
      const refusal = (end: () => void): string => {
        try { end(); return ''; } catch (error) { return (error as Error).message; }
      };
      const rowRefusal = refusal(() => rowParser.end(expected));
      assert.equal(refusal(() => columnParser.end()), rowRefusal);
      if (rowRefusal) return;
      if (columnParser.batchLength > 0) take(columnParser.takeBatch());
      assert.deepEqual(got, expected.rows);
      assert.deepEqual(lines, expected.lines);
    }),
    { numRuns: 300 },
  );
});

const SUITE = (width: number): string => {
  const lines = ['expectation_suite_name: columnar', 'expectations:'];
  for (let i = 0; i < width; i++) {
    const c = `c${i}`;
    lines.push(
      `  - expect_column_values_to_not_be_null: {column: ${c}, mostly: 0.5}`,
      `  - expect_column_values_to_be_null: {column: ${c}}`,
      `  - expect_column_values_to_be_between: {column: ${c}, min_value: 0, max_value: 50}`,
      `  - expect_column_values_to_be_between: {column: ${c}, min_value: 1, strict_min: true}`,
      `  - expect_column_values_to_be_between: {column: ${c}, min_value: a, max_value: b}`,
      `  - expect_column_values_to_be_in_set: {column: ${c}, value_set: [a, 7, true, '7']}`,
      `  - expect_column_values_to_not_be_in_set: {column: ${c}, value_set: [b, 12, false]}`,
      `  - expect_column_values_to_match_regex: {column: ${c}, regex: '^[a-c1]'}`,
      `  - expect_column_values_to_not_match_regex: {column: ${c}, regex: 'e'}`,
      `  - expect_column_value_lengths_to_be_between: {column: ${c}, min_value: 1, max_value: 3}`,
      `  - expect_column_values_to_be_of_type: {column: ${c}, type_: int}`,
      `  - expect_column_values_to_be_in_type_list: {column: ${c}, type_list: [str, bool]}`,
      `  - expect_column_values_to_be_unique: {column: ${c}}`,
      `  - expect_column_mean_to_be_between: {column: ${c}, min_value: 0}`,
      `  - expect_column_stdev_to_be_between: {column: ${c}, max_value: 10}`,
      `  - expect_column_sum_to_be_between: {column: ${c}, min_value: 0}`,
      `  - expect_column_min_to_be_between: {column: ${c}, min_value: 0}`,
      `  - expect_column_max_to_be_between: {column: ${c}, max_value: 50}`,
      `  - expect_column_median_to_be_between: {column: ${c}, min_value: 0}`,
      `  - expect_column_quantile_values_to_be_between: {column: ${c}, quantile_ranges: {quantiles: [0, 0.3, 1], value_ranges: [[null, null], [0, 10], [null, 40]]}}`,
      `  - expect_column_unique_value_count_to_be_between: {column: ${c}, min_value: 2}`,
      `  - expect_column_proportion_of_unique_values_to_be_between: {column: ${c}, min_value: 0.5}`,
      `  - expect_column_distinct_values_to_be_in_set: {column: ${c}, value_set: [a, b, 7]}`,
    );
  }
  if (width > 1) lines.push('  - expect_compound_columns_to_be_unique: {column_list: [c0, c1]}');
  return lines.join('\n') + '\n';
};

test('validating a CSV by columns gives the outcome and profile of the row-by-row scan', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-columnar-'));
  try {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(table, async ({ types, rows, batch }) => {
        const file = join(dir, `t${run++}.csv`);
        writeFileSync(file, csv(rows, types.length));
        const suite = parseSuite(SUITE(types.length), 'suite.yml');
        const columnTypes = new Map(types.map((t, i) => [`c${i}`, t]));
        const columnar = await validateDataset([file], suite, { columnTypes, batchRows: batch, workers: 1 });
        const scan = await createScan(suite, {});
        for await (const b of readRows(file, { columnTypes, batchRows: batch })) scan.addBatch(b);
        const byRows = await scan.outcome();
        assert.deepEqual(columnar, byRows);
      }),
      { numRuns: 40 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
