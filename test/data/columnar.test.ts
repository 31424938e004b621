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
import { wasmRecordsTuning } from '../../packages/data/src/read/wasm-records.ts';
import type { ColumnType } from '../../packages/data/src/values.ts';

const field = fc.oneof(
  fc.constantFrom('', '""', '0', '-0', '7', '12', '1.5', '-3.25', '1e3', '99999999999999999', 'true', 'False', 'TRUE', 'yes', 'a', 'ab', 'abc', 'b', 'é', '"a,b"', '"x""y"', '"true"', '"7"', 'NaN'),
  fc.constantFrom('+5', '1.', '.5', '-.5', '1.2.3', '-', '+', '.', '12a', '1-2', '-1E-2', '7e', ' 7', '123456789012345', '1234567890.12345', '0.1234567890123456', 'Infinity', '1e999', '-1e999', 'truex', 'FALSE'),
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
    // Line endings (the last: a CRLF file with one LF line), blank lines, a ragged row (index, extra or short).
    ending: fc.constantFrom('\n', '\r\n', 'mixed'),
    blanks: fc.array(fc.nat(), { maxLength: 2 }),
    ragged: fc.option(fc.record({ at: fc.nat(), fields: fc.integer({ min: -1, max: 1 }) }), { freq: 4 }),
  }),
);

function csv(rows: string[][], width: number, ending = '\n'): Buffer {
  const header = Array.from({ length: width }, (_, i) => `c${i}`);
  return Buffer.from([header, ...rows].map((r) => r.join(',')).join(ending) + ending, 'utf8');
}

// Small tables: the JavaScript loop over plain lines, and (minBytes 0) the WebAssembly one (wasm-records.ts).
for (const [loop, minBytes] of [['JavaScript', wasmRecordsTuning.minBytes], ['WebAssembly', 0]] as const) test(`column batches hold the values and lines the row parser gives, whatever the chunking (${loop} loop over plain lines)`, () => {
  const saved = wasmRecordsTuning.minBytes;
  wasmRecordsTuning.minBytes = minBytes;
  try {
    checkColumnBatches();
  } finally {
    wasmRecordsTuning.minBytes = saved;
  }
});

function checkColumnBatches(): void {
  fc.assert(
    fc.property(table, ({ types, rows, cuts, batch, ending, blanks, ragged }) => {
      const lines = rows.map((r) => r.join(','));
      if (ragged && ragged.fields !== 0) {
        const at = ragged.at % lines.length;
        lines[at] = ragged.fields > 0 ? lines[at] + ',9' : rows[at].slice(0, -1).join(',');
      }
      for (const b of blanks) lines.splice(b % (lines.length + 1), 0, '');
      const header = types.map((_, i) => `c${i}`).join(',');
      const eol = ending === 'mixed' ? '\r\n' : ending;
      let text = [header, ...lines].join(eol) + eol;
      if (ending === 'mixed') {
        const at = text.indexOf('\r\n', text.length >> 1);
        if (at >= 0) text = text.slice(0, at) + text.slice(at + 1);
      }
      const bytes = Buffer.from(text, 'utf8');
      const typeOf = (c: string): ColumnType => types[Number(c.slice(1))];
      const rowParser = new CsvParser('t.csv', { delimiter: ',', typeOf });
      const columnParser = new CsvParser('t.csv', { delimiter: ',', typeOf, columnar: { batchRows: batch, reuse: true } });
      const expected: ParsedRows = { rows: [], lines: [] };
      const got: Value[][] = [];
      const lineNumbers: number[] = [];
      const take = (b: ColumnBatch): void => {
        got.push(...batchRows(b));
        lineNumbers.push(...b.lines.subarray(0, b.length));
      };
      const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
      // A ragged row or mixed line endings, or rows that are all blank lines (a header only): both parsers
      // must refuse the file the same way (the columnar one's loop for plain lines leaves such records to
      // the general one, which reports them).
      const refusal = (parse: () => void): string => {
        try { parse(); return ''; } catch (error) { return (error as Error).message; }
      };
      const rowRefusal = refusal(() => {
        let at = 0;
        for (const p of [...points, bytes.length]) rowParser.push(bytes.subarray(at, (at = p)), expected);
        rowParser.end(expected);
      });
      const columnRefusal = refusal(() => {
        let at = 0;
        for (const p of [...points, bytes.length]) {
          columnParser.push(bytes.subarray(at, (at = p)));
          if (columnParser.batchLength >= batch) take(columnParser.takeBatch());
        }
        columnParser.end();
      });
      assert.equal(columnRefusal, rowRefusal);
      if (rowRefusal) return;
      if (columnParser.batchLength > 0) take(columnParser.takeBatch());
      assert.deepEqual(got, expected.rows);
      assert.deepEqual(lineNumbers, expected.lines);
    }),
    { numRuns: 600 },
  );
}

test('a chunk holding more rows than a batch has room for fills the batch as the row parser does', () => {
  // batchRows 1: the views start with room for 1,026 rows, and one chunk brings 5,000 (they must grow).
  const rows = Array.from({ length: 5000 }, (_, i) => [String(i), i % 3 === 0 ? 'x' : String(i / 8)]);
  const bytes = csv(rows, 2);
  const typeOf = (): ColumnType => 'auto';
  const expected: ParsedRows = { rows: [], lines: [] };
  const rowParser = new CsvParser('t.csv', { delimiter: ',', typeOf });
  rowParser.push(bytes, expected);
  rowParser.end(expected);
  const columnParser = new CsvParser('t.csv', { delimiter: ',', typeOf, columnar: { batchRows: 1, reuse: true } });
  columnParser.push(bytes);
  columnParser.end();
  const batch = columnParser.takeBatch();
  assert.equal(batch.length, 5000);
  assert.deepEqual(batchRows(batch), expected.rows);
  assert.deepEqual([...batch.lines.subarray(0, batch.length)], expected.lines);
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
      `  - expect_column_values_to_be_between: {column: ${c}, min_value: -60, max_value: 60, strict_max: true}`,
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

// With the profile, the map checks' summary of a batch (ColumnView.summary) is the profile's WebAssembly pass's;
// without, the view counts it itself: both must give the row-by-row outcome.
for (const profile of [true, false]) test(`validating a CSV by columns gives the outcome${profile ? ' and profile' : ''} of the row-by-row scan${profile ? '' : ' (no profile)'}`, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-columnar-'));
  try {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(table, async ({ types, rows, batch }) => {
        const file = join(dir, `t${run++}.csv`);
        writeFileSync(file, csv(rows, types.length));
        const suite = parseSuite(SUITE(types.length), 'suite.yml');
        const columnTypes = new Map(types.map((t, i) => [`c${i}`, t]));
        // An error (a one-column table of empty fields is a file of blank lines: no data rows) must be the same too.
        const settle = async (run: () => Promise<unknown>) => {
          try {
            return { outcome: await run() };
          } catch (error) {
            return { error: (error as Error).message };
          }
        };
        const columnar = await settle(() => validateDataset([file], suite, { columnTypes, batchRows: batch, workers: 1, profile }));
        const byRows = await settle(async () => {
          const scan = await createScan(suite, { profile });
          for await (const b of readRows(file, { columnTypes, batchRows: batch })) scan.addBatch(b);
          return scan.outcome();
        });
        assert.deepEqual(columnar, byRows);
      }),
      { numRuns: 40 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
