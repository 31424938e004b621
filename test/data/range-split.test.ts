/**
 * Splitting a worker's byte range while it is being scanned (parallel/worker.ts moves the stop, another worker
 * scans the rest): the two partial scans merged give the sequential outcome, and a split inside a quoted field
 * makes the second half's scan fail (run.ts then scans the file sequentially).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSuite, validateDataset, type ValidationOutcome } from '@mlci/data';
import { scanRange, type RangeShared } from '../../packages/data/src/parallel/range-scan.ts';
import { createScan } from '../../packages/data/src/expect/validate.ts';

const dir = mkdtempSync(join(tmpdir(), 'mlci-split-'));
const suite = parseSuite(`
- expect_column_values_to_not_be_null: {column: age}
- expect_column_values_to_be_between: {column: age, min_value: 0, max_value: 90}
- expect_column_values_to_be_unique: {column: id}
- expect_column_values_to_match_regex: {column: tag, regex: '^t'}
- expect_column_median_to_be_between: {column: age, min_value: 0}
- expect_column_unique_value_count_to_be_between: {column: tag, min_value: 0}
`);

// 40,000 rows (about 1.2 MB, so the 256 KiB reads offer a split several times); every 50th note is quoted
// and holds a line feed; ids 10 and 39,000 repeat rows far apart (a duplicate across the split).
const header = 'id,age,tag,note\n';
const lines = Array.from({ length: 40_000 }, (_, i) => {
  const id = i === 39_000 ? 10 : i;
  const age = i % 97 === 0 ? '' : String(i % 131);
  const note = i % 50 === 0 ? `"multi\nline, ${i}"` : `plain ${i}`;
  return `${id},${age},${i % 7 === 0 ? 'x' : 't'}${i % 5},${note}`;
});
const file = join(dir, 'data.csv');
writeFileSync(file, header + lines.join('\n') + '\n');
const size = statSync(file).size;
const shared: RangeShared = {
  file, size, delimiter: ',', header: ['id', 'age', 'tag', 'note'], suite, schema: undefined, reference: undefined,
  profile: true, batchRows: 2048, maxRecordBytes: undefined,
};

function comparable(o: ValidationOutcome): unknown {
  // Sums, means and standard deviations are the same whatever the cut (profile/moment-sums.ts); the sketch's
  // bucket order and the double-double sums' split into hi and lo may differ.
  return JSON.parse(JSON.stringify(o, (k, v) => (k === 'sums' ? undefined : v)));
}

/** Scans the whole data as one range, split at the first offer at `at(position, stop)`; both halves merged. */
async function scanSplit(at: (position: number, stop: number) => number) {
  let offers = 0;
  let cut: number | undefined;
  const first = await scanRange({ ...shared, start: header.length, stop: undefined, afterHeader: true }, (position, stop) => {
    offers++;
    if (cut !== undefined) return undefined;
    cut = at(position, stop);
    return cut;
  });
  assert.ok(cut !== undefined && offers >= 2, 'the scan offered a split');
  const second = await scanRange({ ...shared, start: cut, stop: undefined, afterHeader: false });
  return { first, second, cut };
}

test('a range split while it is scanned, merged with the scan of its second half, gives the sequential outcome', async () => {
  const sequential = await validateDataset([file], suite, { workers: 1 });
  assert.equal(sequential.results[2].result.unexpected_count, 2);
  // Cut at a record start: the byte after the line feed ending row 30,001 (data line 30,002 of the file).
  const recordStart = header.length + lines.slice(0, 30_001).reduce((n, l) => n + l.length + 1, 0);
  const { first, second } = await scanSplit(() => recordStart);
  assert.equal(first.end, recordStart);
  assert.equal(second.begin, recordStart);
  assert.equal(first.state.rows + second.state.rows, 40_000);
  const merged = await createScan(suite, {});
  merged.prepare(shared.header, file);
  merged.absorb(first.state, 1);
  merged.absorb(second.state, 1 + first.lines);
  assert.deepEqual(comparable(await merged.outcome()), comparable(sequential));
});

test('a split in the middle of the bytes left, as worker.ts makes it, covers every record once', async () => {
  const { first, second } = await scanSplit((position, stop) => position + Math.floor((stop - position) / 2));
  assert.equal(first.end, second.begin);
  assert.equal(first.state.rows + second.state.rows, 40_000);
});

test('a split inside a quoted field fails the scan of the second half (run.ts then scans the file sequentially)', async () => {
  // Cut just before the line feed inside row 30,000's quoted note ("multi\nline, 30000"): the second half
  // starts after that line feed, at 'line, 30000"', a record of 2 fields.
  const row = header.length + lines.slice(0, 30_000).reduce((n, l) => n + l.length + 1, 0);
  const inside = row + lines[30_000].indexOf('\n');
  await assert.rejects(scanSplit(() => inside), /has 2 fields but the header has 4/);
});
