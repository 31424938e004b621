/**
 * Sum, mean and standard deviation (profile/moment-sums.ts) against the golden values of
 * scripts/golden/moment_sums.py: pandas' own figures bit for bit for columns of at most 1,024 rows, the correctly
 * rounded sum and mean (and the standard deviation within an ulp) beyond; and the same figures however the rows
 * are ordered, cut into byte ranges, split by a worker done early, or profiled in shards and merged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetProfiler, parseSuite, profileDataset, validateDataset, type ValidationOutcome } from '@mlci/data';
import {
  addNumbers, emptySums, HEAD_ROWS, keepsHead, meanOf, mergeSums, stdevOf, sumOf, type MomentSums,
} from '../../packages/data/src/profile/moment-sums.ts';
import { seededRandom } from '../support/random.ts';

interface Figures { sum: number; mean: number | null; stdev: number | null }
const golden = JSON.parse(readFileSync(new URL('../fixtures/golden/moment_sums.json', import.meta.url), 'utf8')) as {
  small: Array<{ kind: string; values: Array<number | null>; pandas: Figures }>;
  large: Array<{ kind: string; values: Array<number | null>; exact: Figures }>;
};
const dir = mkdtempSync(join(tmpdir(), 'mlci-moments-'));

const STATISTICS = ['sum', 'mean', 'stdev'] as const;

/**
 * Writes columns of equal length as a CSV (null as an empty field) and as JSON Lines, after an id column (a CSV
 * line of one empty field would be a blank line, which readers skip).
 */
function write(name: string, columns: Array<Array<number | null>>): { csv: string; jsonl: string } {
  const rows = columns[0].length;
  const csv = join(dir, `${name}.csv`);
  const jsonl = join(dir, `${name}.jsonl`);
  const header = ['id', ...columns.map((_, c) => `c${c}`)];
  const lines = Array.from({ length: rows }, (_, r) => [r, ...columns.map((col) => (col[r] === null ? '' : String(col[r])))].join(','));
  writeFileSync(csv, header.join(',') + '\n' + lines.join('\n') + '\n');
  writeFileSync(jsonl, Array.from({ length: rows }, (_, r) => JSON.stringify(Object.fromEntries(columns.map((col, c) => [`c${c}`, col[r]])))).join('\n') + '\n');
  return { csv, jsonl };
}

/** The engine's sum, mean and stdev of each column: from the expectations' observed values and from the profile. */
async function engineFigures(file: string, columns: number): Promise<Array<{ checks: Figures; profile: Figures }>> {
  const suite = parseSuite(Array.from({ length: columns }, (_, c) => STATISTICS.map((s) => `- expect_column_${s}_to_be_between: {column: c${c}, min_value: -1e300}`).join('\n')).join('\n'));
  const outcome = await validateDataset([file], suite, { workers: 1 });
  return Array.from({ length: columns }, (_, c) => {
    const observed = (i: number) => outcome.results[3 * c + i].result.observed_value as number | null;
    const numeric = outcome.profile!.columns.find((p) => p.name === `c${c}`)!.numeric;
    return {
      checks: { sum: observed(0)!, mean: observed(1), stdev: observed(2) },
      profile: numeric ? { sum: numeric.sum, mean: numeric.mean, stdev: numeric.stdev } : { sum: 0, mean: null, stdev: null },
    };
  });
}

test(`columns of at most ${HEAD_ROWS} rows give pandas' sum, mean and stdev bit for bit (CSV and JSON Lines, checks and profile)`, async () => {
  const byLength = new Map<number, typeof golden.small>();
  for (const c of golden.small) byLength.set(c.values.length, [...(byLength.get(c.values.length) ?? []), c]);
  let compared = 0;
  for (const [rows, cases] of byLength) {
    const files = write(`small-${rows}`, cases.map((c) => c.values));
    for (const file of [files.csv, files.jsonl]) {
      const got = await engineFigures(file, cases.length);
      cases.forEach((c, i) => {
        for (const s of STATISTICS) {
          assert.equal(got[i].checks[s], c.pandas[s], `${c.kind}, ${rows} rows, ${s} (check, ${file})`);
          assert.equal(got[i].profile[s], c.pandas[s], `${c.kind}, ${rows} rows, ${s} (profile, ${file})`);
          compared++;
        }
      });
    }
  }
  assert.equal(compared, golden.small.length * 3 * 2);
  // Great Expectations' stdev test puts its bounds exactly at pandas' figure for [1, 1, 3].
  assert.equal(golden.small.find((c) => c.kind === 'GE dist1')!.pandas.stdev, 1.1547005383792517);
});

/** |a − b| in units of the last place of b. */
function ulps(a: number, b: number): number {
  const ulp = 2 ** (Math.floor(Math.log2(Math.abs(b))) - 52);
  return Math.abs(a - b) / ulp;
}

test(`beyond ${HEAD_ROWS} rows: the sum and mean correctly rounded, the stdev within an ulp of the exact one`, async () => {
  for (const c of golden.large) {
    const files = write(`large-${c.kind}-${c.values.length}`, [c.values]);
    const [got] = await engineFigures(files.csv, 1);
    for (const where of ['checks', 'profile'] as const) {
      assert.equal(got[where].sum, c.exact.sum, `${c.kind}, ${c.values.length} rows, sum (${where})`);
      assert.equal(got[where].mean, c.exact.mean, `${c.kind}, ${c.values.length} rows, mean (${where})`);
      assert.ok(ulps(got[where].stdev!, c.exact.stdev!) <= 1, `${c.kind}, ${c.values.length} rows, stdev ${got[where].stdev} vs ${c.exact.stdev} (${where})`);
    }
  }
});

/** The figures of the numbers of `values` (nulls skipped) added in parts cut at random, merged in order. */
function figuresOf(values: ReadonlyArray<number | null>, random: () => number, cut: boolean): Figures {
  const total = emptySums();
  let at = 0;
  while (at < values.length) {
    const length = cut ? Math.min(values.length - at, 1 + Math.floor(random() * 300)) : values.length;
    const part = emptySums();
    const rows = values.slice(at, at + length);
    if (keepsHead(part, rows.length)) part.head!.push(...rows);
    const numbers = Float64Array.from(rows.filter((v) => v !== null));
    addNumbers(part, numbers, numbers.length);
    mergeSums(total, part);
    at += length;
  }
  return { sum: sumOf(total), mean: meanOf(total), stdev: stdevOf(total) };
}

test('the figures do not depend on how the rows were cut into parts, nor (beyond the head) on their order', () => {
  const random = seededRandom(7);
  for (const c of golden.small.filter((s) => s.values.length >= 100)) {
    // Parts of a small column merged in order keep its rows: still pandas' figures.
    assert.deepEqual(figuresOf(c.values, random, true), c.pandas, c.kind);
  }
  for (const c of golden.large) {
    const whole = figuresOf(c.values, random, false);
    assert.equal(whole.sum, c.exact.sum);
    assert.equal(whole.mean, c.exact.mean);
    for (let trial = 0; trial < 20; trial++) {
      const shuffled = [...c.values];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
      }
      assert.deepEqual(figuresOf(shuffled, random, true), whole, `${c.kind}, ${c.values.length} rows, trial ${trial}`);
    }
  }
});

test('a constant column has stdev 0 and its value as mean beyond the head; pandas\' figures within it', () => {
  const tenths = (n: number): MomentSums => {
    const s = emptySums();
    const values = new Float64Array(n).fill(0.1);
    if (keepsHead(s, n)) s.head!.push(...values);
    addNumbers(s, values, n);
    return s;
  };
  const big = tenths(5000);
  assert.equal(big.head, undefined);
  assert.deepEqual([sumOf(big), meanOf(big), stdevOf(big)], [500, 0.1, 0]);
  // pandas: a mean of 0.10000000000000002 and a stdev of 1.7e-17 for three tenths (the golden 'tenths' cases).
  const three = tenths(3);
  assert.deepEqual([sumOf(three), meanOf(three), stdevOf(three)], [0.30000000000000004, 0.10000000000000002, 1.6996749443881478e-17]);
});

/** Numbers whose sums round differently in every order: magnitudes from 1e-3 to 1e8, 15 significant digits. */
function floatLines(rows: number, random: () => number, first = 0, note = 'short'): string[] {
  return Array.from({ length: rows }, (_, i) => {
    const x = Number(((random() - 0.5) * 10 ** Math.floor(random() * 12 - 3)).toPrecision(15));
    return `${first + i},${i % 13 === 0 ? '' : x},${(random() * 1000).toFixed(3)},${note}`;
  });
}

const momentsSuite = parseSuite(['x', 'y'].map((c) => STATISTICS.map((s) => `- expect_column_${s}_to_be_between: {column: ${c}, min_value: -1e300}`).join('\n')).join('\n'));

/** The observed values and each column's numeric profile figures, exactly. */
function moments(o: ValidationOutcome): unknown {
  return {
    observed: o.results.map((r) => r.result.observed_value),
    profile: o.profile!.columns.map((c) => c.numeric && { sum: c.numeric.sum, mean: c.numeric.mean, stdev: c.numeric.stdev, m2: c.numeric.m2 }),
  };
}

test('byte ranges on 2 and 3 workers, a worker done early taking over half of another\'s range, and shards merged: the figures of one sequential scan, bit for bit', async () => {
  const random = seededRandom(11);
  // The second half's rows are long (a 1,500-character note), so the second worker is done early and splits
  // the first one's range (parallelMinSplitBytes 64 KiB) wherever the first one then is.
  const short = floatLines(60_000, random);
  const long = floatLines(400, random, 60_000, 'n'.repeat(1500));
  const csv = (name: string, lines: string[]): string => {
    const file = join(dir, name);
    writeFileSync(file, 'id,x,y,note\n' + lines.join('\n') + '\n');
    return file;
  };
  const whole = csv('floats.csv', [...short, ...long]);
  const sequential = moments(await validateDataset([whole], momentsSuite, { workers: 1 }));
  for (const workers of [2, 3]) {
    for (let run = 0; run < 3; run++) {
      const parallel = await validateDataset([whole], momentsSuite, { workers, parallelMinBytes: 0, parallelMinSplitBytes: 64 * 1024 });
      assert.equal(parallel.workers, workers);
      assert.deepEqual(moments(parallel), sequential, `${workers} workers, run ${run}`);
    }
  }
  // Shards profiled apart and merged (as data-validate's sharded merge does): the same profile figures.
  const shards = [csv('shard-a.csv', short.slice(0, 17_000)), csv('shard-b.csv', short.slice(17_000, 41_234)), csv('shard-c.csv', [...short.slice(41_234), ...long])];
  const merged = new DatasetProfiler();
  for (const shard of shards) merged.merge(DatasetProfiler.fromJSON(JSON.parse(JSON.stringify((await profileDataset([shard], {})).toJSON()))));
  const one = (await profileDataset([whole], {})).toJSON();
  const numeric = (p: ReturnType<DatasetProfiler['toJSON']>) => p.columns.map((c) => c.numeric && [c.numeric.sum, c.numeric.mean, c.numeric.stdev]);
  assert.deepEqual(numeric(merged.toJSON()), numeric(one));
  assert.deepEqual(numeric(one), (sequential as { profile: Array<{ sum: number; mean: number; stdev: number } | undefined> }).profile.map((p) => p && [p.sum, p.mean, p.stdev]));
});

test('a profile saved before the double-double sums loads and merges to its figures within a rounding', async () => {
  const random = seededRandom(3);
  const file = join(dir, 'old.csv');
  writeFileSync(file, 'id,x,y,note\n' + floatLines(3000, random).join('\n') + '\n');
  const json = (await profileDataset([file], {})).toJSON();
  const old = JSON.parse(JSON.stringify(json)) as typeof json;
  for (const c of old.columns) delete c.numeric?.sums;
  const loaded = DatasetProfiler.fromJSON(old).toJSON();
  for (const [i, c] of json.columns.entries()) {
    if (!c.numeric) continue;
    const a = c.numeric;
    const b = loaded.columns[i].numeric!;
    assert.ok(ulps(b.mean, a.mean) <= 1 && ulps(b.stdev!, a.stdev!) <= 1 && ulps(b.sum, a.sum) <= 1, `${c.name}: ${JSON.stringify([a.mean, a.stdev, a.sum])} vs ${JSON.stringify([b.mean, b.stdev, b.sum])}`);
  }
});

test('small shards merged through JSON, one without numbers in the column and one without the column, keep the rows in place', async () => {
  const random = seededRandom(5);
  const numbers = (rows: number, first: number) => Array.from({ length: rows }, (_, i) => `${first + i},${((random() - 0.5) * 1e4).toFixed(4)},y`);
  const write = (name: string, header: string, lines: string[]): string => {
    const file = join(dir, name);
    writeFileSync(file, header + '\n' + lines.join('\n') + '\n');
    return file;
  };
  const shards = [
    write('small-a.csv', 'id,x,note', numbers(150, 0)),
    write('small-b.csv', 'id,x,note', Array.from({ length: 37 }, (_, i) => `${150 + i},,text`)),
    write('small-c.csv', 'id,note', Array.from({ length: 45 }, (_, i) => `${187 + i},z`)),
    write('small-d.csv', 'id,x,note', numbers(300, 232)),
  ];
  const one = (await profileDataset(shards, {})).toJSON();
  const merged = new DatasetProfiler();
  for (const shard of shards) merged.merge(DatasetProfiler.fromJSON(JSON.parse(JSON.stringify((await profileDataset([shard], {})).toJSON()))));
  const x = (p: ReturnType<DatasetProfiler['toJSON']>) => p.columns.find((c) => c.name === 'x')!.numeric!;
  assert.equal(x(one).sums!.head!.length, 532);
  assert.deepEqual(x(merged.toJSON()).sums!.head, x(one).sums!.head);
  assert.deepEqual([x(merged.toJSON()).sum, x(merged.toJSON()).mean, x(merged.toJSON()).stdev], [x(one).sum, x(one).mean, x(one).stdev]);
});
