/**
 * Uniqueness over byte ranges scanned by workers (each spilling its own hash partitions, merged at the end):
 * the counts and examples (values, rows, lines) are those of a sequential scan, for numbers and for text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSuite, validateDataset } from '@mlci/data';
import { DuplicateFinder, type FinderState } from '../../packages/data/src/expect/duplicates.ts';

const dir = mkdtempSync(join(tmpdir(), 'mlci-pardup-'));
const suite = parseSuite(`
- expect_column_values_to_be_unique: {column: id}
- expect_column_values_to_be_unique: {column: code}
- expect_compound_columns_to_be_unique: {column_list: [id, code]}
`);

// 80,000 rows. Numeric ids repeat in 30 pairs (row 2k+1000 has the id of row 2k, for k < 30, and row 79,990
// repeats row 5's); text codes repeat in 25 pairs far apart (row 40,000 + k has the code of row k); every
// 1,000th row's note is quoted with a line feed inside, so rows and lines differ.
const ROWS = 80_000;
const idOf = (i: number): number => (i >= 1000 && i < 1060 && i % 2 === 0 ? i - 1000 : i === 79_990 ? 5 : i);
const codeOf = (i: number): string => `c${i >= 40_000 && i < 40_025 ? i - 40_000 : i}`;
const text = 'id,code,note\n' + Array.from({ length: ROWS }, (_, i) => `${idOf(i)},${codeOf(i)},${i % 1000 === 0 ? '"two\nlines"' : 'one'}`).join('\n') + '\n';
const file = join(dir, 'data.csv');
writeFileSync(file, text);

test('duplicates found over 2 and 3 workers\' ranges equal a sequential scan\'s, examples included', async () => {
  const sequential = await validateDataset([file], suite, { workers: 1, profile: false });
  const [ids, codes, pairs] = sequential.results.map((r) => r.result);
  // 30 pairs plus rows 5 and 79,990; 25 pairs of codes; the (id, code) pairs are all distinct. Row 0 is on
  // line 2 and spans two lines, so row 1 is on line 4.
  assert.equal(ids.unexpected_count, 62);
  assert.equal(codes.unexpected_count, 50);
  assert.equal(pairs.unexpected_count, 0);
  assert.deepEqual(codes.partial_unexpected_list!.slice(0, 2).map((e) => [e.row, e.line, e.value]), [[0, 2, 'c0'], [1, 4, 'c1']]);
  for (const workers of [2, 3]) {
    const parallel = await validateDataset([file], suite, { workers, parallelMinBytes: 0, profile: false });
    assert.equal(parallel.workers, workers);
    assert.deepEqual(parallel.results, sequential.results, `${workers} workers`);
  }
});

test('the uniqueness finish cut into parts of its partitions (run on other threads) gives the whole finish\'s result', () => {
  // Three partial scans of numbers and text, absorbed by two finders: one finishes alone, the other in 1, 2
  // and 5 parts (as workers run them) and then only deletes the files.
  const scans = (): FinderState[] => [0, 1, 2].map((s) => {
    const f = new DuplicateFinder();
    for (let i = 0; i < 20_000; i++) {
      const row = s * 20_000 + i;
      if (i % 3 === 0) f.add(`s${row % 7_001}`, `v${row % 7_001}`, i, 'data.csv', i + 2);
      else f.addNumber(row % 13_003, i, 'data.csv', i + 2);
    }
    return f.snapshot();
  });
  const shifts = [0, 1, 2].map((s) => ({ rows: s * 20_000, lines: s * 20_000 }));
  const whole = new DuplicateFinder();
  scans().forEach((state, s) => whole.absorb(state, shifts[s]));
  whole.finish();
  assert.ok(whole.unexpected.count > 1000);
  for (const count of [1, 2, 5]) {
    const cut = new DuplicateFinder();
    scans().forEach((state, s) => cut.absorb(state, shifts[s]));
    const parts = cut.parts(count)!;
    assert.equal(parts.length, count);
    cut.partsDone(parts.map((p) => DuplicateFinder.runPart(structuredClone(p))));
    cut.finish();
    assert.equal(cut.unexpected.count, whole.unexpected.count);
    assert.deepEqual(cut.unexpected.examples, whole.unexpected.examples);
    // A part of every partition deletes the partial scans' files once its result is sent (the finder leaves
    // them); parts of fewer partitions leave them to the finder. Either way nothing is left.
    const dirs = parts[0].sources.map((s) => s.dir!);
    assert.deepEqual(dirs.map((d) => existsSync(d)), dirs.map(() => count === 1));
    for (const p of parts) DuplicateFinder.cleanPart(p);
    assert.deepEqual(dirs.filter((d) => existsSync(d)), []);
  }
  // A finder holding rows of its own is not cut (only this thread has them).
  const own = new DuplicateFinder();
  own.addNumber(1, 0, 'data.csv', 2);
  assert.equal(own.parts(2), undefined);
  own.finish();
});
