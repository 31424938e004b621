/**
 * Uniqueness of integers kept as runs (integer-runs.ts): whatever mix of runs, repeats, non-integers and text a
 * column has, however it is cut into partial scans, and whether a scan keeps its runs or gives them up (more
 * than MAX_RUNS), the duplicate finder reports the count and examples that counting every value gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DuplicateFinder } from '../../packages/data/src/expect/duplicates.ts';
import { MAX_RUNS, findRunDuplicates } from '../../packages/data/src/expect/integer-runs.ts';
import { MAX_EXAMPLES, UnexpectedTracker } from '../../packages/data/src/expect/result.ts';

type Cell = number | string;
interface Row { value: Cell; line: number | undefined; file: string }

/** Brute force: every row whose value occurs twice or more (number and text never equal), first ones by row. */
function expected(rows: readonly Row[]): { count: number; examples: unknown[] } {
  const key = (v: Cell): string => (typeof v === 'number' ? `n${v === 0 ? 0 : v}` : `s${v}`);
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(key(r.value), (seen.get(key(r.value)) ?? 0) + 1);
  const dup = rows.map((r, row) => ({ ...r, row })).filter((r) => seen.get(key(r.value))! >= 2);
  const examples = dup.slice(0, MAX_EXAMPLES).map((r) => (r.line === undefined ? { row: r.row, file: r.file, value: r.value === 0 ? 0 : r.value } : { row: r.row, file: r.file, line: r.line, value: r.value === 0 ? 0 : r.value }));
  return { count: dup.length, examples };
}

/**
 * The rows scanned in partial scans cut at `cuts` (row indexes), merged by a finder. With `batch`, numbers go in
 * stretches of up to that many rows of one file (addNumbers, as a column batch of numbers does; rows with lines).
 */
function found(rows: readonly Row[], cuts: readonly number[], batch?: number): { count: number; examples: unknown[] } {
  const bounds = [0, ...cuts, rows.length];
  const whole = new DuplicateFinder();
  for (let s = 0; s + 1 < bounds.length; s++) {
    const f = s === 0 ? whole : new DuplicateFinder();
    const lineShift = s === 0 ? 0 : 1000 * s;
    for (let r = bounds[s]; r < bounds[s + 1]; r++) {
      const { value, line, file } = rows[r];
      const row = r - bounds[s];
      const localLine = line === undefined ? undefined : line - lineShift;
      if (batch !== undefined && typeof value === 'number') {
        let end = r + 1;
        while (end < bounds[s + 1] && end - r < batch && typeof rows[end].value === 'number' && rows[end].file === file) end++;
        const values = Float64Array.from(rows.slice(r, end), (x) => x.value as number);
        const lines = Int32Array.from(rows.slice(r, end), (x) => x.line! - lineShift);
        f.addNumbers(values, lines, end - r, row, file);
        r = end - 1;
      } else if (typeof value === 'number') f.addNumber(value, row, file, localLine);
      else f.add(`s${value}`, value, row, file, localLine);
    }
    if (s > 0) whole.absorb(structuredClone(f.snapshot()), { rows: bounds[s], lines: lineShift });
  }
  whole.finish();
  return { count: whole.unexpected.count, examples: whole.unexpected.examples };
}

/** A column built from pieces: runs of consecutive integers, single integers, non-integers, text, -0. */
const pieces = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('run' as const), start: fc.integer({ min: -50, max: 200 }), length: fc.integer({ min: 1, max: 60 }) }),
    fc.record({ kind: fc.constant('one' as const), value: fc.oneof(fc.integer({ min: -50, max: 300 }), fc.constant(-0), fc.constant(2 ** 53 - 1), fc.double({ min: -10, max: 10, noNaN: true })) }),
    fc.record({ kind: fc.constant('text' as const), value: fc.constantFrom('a', 'b', '5') }),
    fc.record({ kind: fc.constant('gap' as const), lines: fc.integer({ min: 1, max: 3 }) }),
  ),
  { maxLength: 40 },
);

type Piece = typeof pieces extends fc.Arbitrary<infer T> ? T : never;

function build(ps: Piece, withLines: boolean, shifts: readonly number[]): Row[] {
  const rows: Row[] = [];
  let line = 2;
  for (const p of ps) {
    if (p.kind === 'gap') { line += p.lines; continue; }
    const values: Cell[] = p.kind === 'run' ? Array.from({ length: p.length }, (_, i) => p.start + i) : [p.value];
    for (const value of values) {
      rows.push({ value, line: withLines ? line : undefined, file: rows.length % 97 < 50 ? 'a.csv' : 'b.csv' });
      line++;
    }
  }
  // Lines of later scans as their own files would number them (see `found`): shifted by 1000 a scan.
  return rows.map((r, i) => ({ ...r, line: r.line === undefined ? undefined : r.line + 1000 * shifts.filter((c) => c <= i).length }));
}

test('integers as runs: count and examples equal counting every value, for any cut into partial scans', () => {
  fc.assert(
    fc.property(pieces, fc.boolean(), fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { maxLength: 3 }), fc.integer({ min: 1, max: 70 }), (ps, withLines, rawCuts, batch) => {
      const probe = build(ps, withLines, []);
      const cuts = rawCuts.filter((c) => c < probe.length).sort((a, b) => a - b);
      const rows = build(ps, withLines, cuts);
      assert.deepEqual(found(rows, cuts), expected(rows));
      // Stretches of numbers at once (column batches have lines).
      if (withLines) assert.deepEqual(found(rows, cuts, batch), expected(rows));
    }),
    { numRuns: 300 },
  );
});

test('a scan with more than MAX_RUNS runs gives them up; merged with scans that kept theirs, the result is the same', () => {
  // Scan 1: every other integer (MAX_RUNS + 10 runs of one), so it records; scans 0 and 2: one long run each.
  // Values 0 … 99 are in scans 0 and 1, and 20,000 … 20,049 in scans 1 and 2.
  const rows: Row[] = [];
  for (let i = 0; i < 5000; i++) rows.push({ value: i, line: i + 2, file: 'd.csv' });
  for (let i = 0; i < MAX_RUNS + 10; i++) rows.push({ value: i < 50 ? 2 * i : i < 100 ? 20_000 + 2 * (i - 50) : 100_000 + 2 * i, line: 1000 + rows.length + 2, file: 'd.csv' });
  for (let i = 0; i < 5000; i++) rows.push({ value: 20_000 + i, line: 2000 + rows.length + 2, file: 'd.csv' });
  const cuts = [5000, 5000 + MAX_RUNS + 10];
  const want = expected(rows);
  assert.equal(want.count, 200);
  assert.deepEqual(found(rows, cuts), want);
  assert.deepEqual(found(rows, []), want);
});

test('runs alone: a value covered by three runs counts three rows, examples follow rows within each run', () => {
  // Runs [0, 10) rows 0-9, [5, 7) rows 10-11, [6, 8) rows 12-13 (one file, lines row + 2): values 5, 6, 7
  // repeat; value 6 is in all three runs.
  const run = (v0: number, row0: number, n: number): number[] => [v0, row0, row0 + 2, n, 0];
  const tracker = new UnexpectedTracker();
  findRunDuplicates([{ runs: Float64Array.from([...run(0, 0, 10), ...run(5, 10, 2), ...run(6, 12, 2)]), shift: { rows: 0, lines: 0 }, files: new Map([[0, 'f.csv']]) }], tracker);
  assert.equal(tracker.count, 7);
  assert.deepEqual(tracker.examples.map((e) => [e.row, e.line, e.value]), [[5, 7, 5], [6, 8, 6], [7, 9, 7], [10, 12, 5], [11, 13, 6], [12, 14, 6], [13, 15, 7]]);
});

test('a row id whose lines jump (a record over two lines) keeps each row\'s own line in the examples', () => {
  // Values 0 … 9 on rows 0 … 9; row 5 starts two lines after row 4 (row 4 spans two lines); row 10 repeats 7.
  const rows: Row[] = Array.from({ length: 10 }, (_, i) => ({ value: i, line: i + 2 + (i >= 5 ? 1 : 0), file: 'j.csv' }));
  rows.push({ value: 7, line: 13, file: 'j.csv' });
  assert.deepEqual(found(rows, []), { count: 2, examples: [{ row: 7, file: 'j.csv', line: 10, value: 7 }, { row: 10, file: 'j.csv', line: 13, value: 7 }] });
  assert.deepEqual(found(rows, []), expected(rows));
});

test('stretches of numbers at once: a run stops at an unsafe integer, a line jump and a change of file', () => {
  const big = 2 ** 53;
  // 2^53 − 2, 2^53 − 1 run on; 2^53 (unsafe) is recorded by its bits, and its repeat found so.
  const rows: Row[] = [big - 2, big - 1, big, big, 5].map((value, i) => ({ value, line: i + 2, file: 'u.csv' }));
  // 0 … 5 with a jump of one line before value 3 (a record over two lines); 3 and 4 repeated in another file.
  for (let i = 0; i < 6; i++) rows.push({ value: i, line: 20 + i + (i >= 3 ? 1 : 0), file: 'u.csv' });
  rows.push({ value: 3, line: 40, file: 'v.csv' }, { value: 4, line: 41, file: 'v.csv' });
  const want = expected(rows);
  // 2^53 twice, 5 (rows 4 and 10), 3 and 4 (each in both files).
  assert.equal(want.count, 8);
  for (const batch of [1, 2, 5, 100]) {
    // `found` ends a stretch where the file changes.
    assert.deepEqual(found(rows, [], batch), want, `stretches of ${batch}`);
  }
});
