/**
 * Parallel reading of one large CSV file for drift: the file is cut into one byte range per core, each range
 * is read by a worker thread (range-read.ts; one pool of threads for all files read at once) while this thread computes the file's content hash, and the
 * ranges' columns are merged in file order into what the sequential reader (readCsvColumns) returns.
 *
 * Merging is exact: numeric columns arrive sorted (distinct values with counts where values repeat) and are
 * merged by value (sorted-merge.ts); category counts add up. A column that turns categorical behaves as in
 * the sequential reader — numbers before its first text count as their shortest text (String(v)), later
 * fields as written — which the merge reproduces when the numbers all come before the first range where the
 * column is categorical; otherwise the file is read sequentially.
 *
 * Returns undefined (the caller reads sequentially, which also reports any error at its exact line) when the
 * file is small, the header is not one plain line, a field is quoted, ranges disagree on a record boundary,
 * any range fails (e.g. a line with too many fields), or the worker module is not on disk.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { byteRanges, readHead } from '@mlci/data/byte-ranges';
import type { CsvColumns } from '../csv-columns.ts';
import type { ColumnSample, NumericSample } from '../column-sample.ts';
import { CONTENT_HASH } from '../retrain-key.ts';
import { mergeSortedParts, type SortedPart } from '../sorted-merge.ts';
import { writeRun, type SpillOptions } from '../spill.ts';
import type { RangeColumn, RangeResult } from './range-read.ts';
import type { WorkerTask } from './drift-worker.ts';
import { workerPool } from './worker-pool.ts';

/** Files smaller than this are read in one thread: starting workers costs more than it saves. */
export const PARALLEL_MIN_BYTES = 16 << 20;

/**
 * At most this many threads by default: each costs a Node isolate (~20-30 MB, ~50 ms to start), and beyond a
 * few cores reading from disk, not parsing, sets the pace.
 */
export const MAX_WORKERS = 8;

export interface ParallelReadOptions {
  /** Byte ranges, one worker each (default: the number of cores, at most MAX_WORKERS). */
  workers?: number;
  minBytes?: number;
  /** Spill sorted runs of numeric columns (see spill.ts); the caller owns the directory. */
  spill?: SpillOptions;
}

export async function readCsvColumnsInParallel(file: string, select?: (name: string) => boolean, options: ParallelReadOptions = {}): Promise<CsvColumns | undefined> {
  const workers = options.workers ?? Math.min(availableParallelism(), MAX_WORKERS);
  const pool = workers < 2 ? undefined : workerPool(workers);
  if (pool === undefined) return undefined;
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return undefined;
  }
  if (size < (options.minBytes ?? PARALLEL_MIN_BYTES)) return undefined;
  const head = readHead(file);
  const newline = head.indexOf(10);
  if (newline <= 0) return undefined;
  const headerText = head.toString('utf8', 0, newline).replace(/\r$/, '');
  if (headerText === '' || headerText.includes('"')) return undefined;
  const header = headerText.split(',');
  const selected = header.map((name) => !select || select(name));
  const dataStart = newline + 1;
  if (dataStart >= size) return undefined;

  const tasks: WorkerTask[] = byteRanges(dataStart, size, workers).map((range) => ({
    kind: 'range', file, header, selected, ...range,
    ...(options.spill ? { spill: options.spill } : {}),
  }));
  const [contentHash, ...results] = await Promise.all([hashFile(file), ...tasks.map((t) => pool.run<RangeResult>(t))]);
  if (results.some((r) => r === undefined || r.quoted)) return undefined;
  const all = results as Extract<RangeResult, { quoted: false }>[];
  for (let i = 1; i < all.length; i++) if (all[i - 1].end !== all[i].begin) return undefined;
  // A range inside the file's last line (one without a line feed, longer than the ranges) holds no record.
  const ranges = all.filter((r) => r.columns.length > 0);

  const columns = new Map<string, ColumnSample>();
  for (let j = 0; j < header.length; j++) {
    if (!selected[j]) continue;
    const merged = mergeColumn(ranges.map((r) => r.columns[j]!), options.spill);
    if (merged === undefined) return undefined;
    columns.set(header[j], merged);
  }
  return { columns, names: header, rows: ranges.reduce((n, r) => n + r.rows, 0), contentHash, threads: tasks.length };
}

/** One column from its ranges in file order; undefined when only a sequential read gives its exact counts. */
function mergeColumn(parts: RangeColumn[], spill: SpillOptions | undefined): ColumnSample | undefined {
  const missing = parts.reduce((n, p) => n + p.sample.missing, 0);
  const firstCategorical = parts.findIndex((p) => p.sample.kind === 'categorical');
  if (firstCategorical === -1) {
    const samples = parts.map((p) => p.sample as NumericSample);
    const files = samples.flatMap((s) => s.runs?.files ?? []);
    let count = samples.reduce((n, s) => n + (s.runs?.count ?? 0), 0);
    let inMemory: SortedPart[] = samples;
    // Flat memory: when the ranges' plain numbers together pass the budget, each range's (sorted) ones become a run.
    const plain = samples.reduce((n, s) => n + (s.weights ? 0 : s.values.length), 0);
    if (spill && (files.length > 0 || plain > spill.values)) {
      inMemory = samples.filter((s) => s.weights !== undefined);
      for (const s of samples) {
        if (s.weights || s.values.length === 0) continue;
        files.push(writeRun(spill.dir, s.values));
        count += s.values.length;
      }
    }
    const { values, weights } = mergeSortedParts(inMemory);
    const runs = files.length > 0 ? { runs: { files, count } } : {};
    return { kind: 'numeric', values, ...(weights ? { weights } : {}), sorted: true, missing, ...runs };
  }
  // A column that spilled numbers before its first text: only the sequential reader gives its exact counts.
  if (parts.some((p) => p.sample.kind === 'numeric' && p.sample.runs)) return undefined;
  const counts = new Map<string, number>();
  for (let r = 0; r < parts.length; r++) {
    const { sample, convertedNumbers } = parts[r];
    if (sample.kind === 'categorical') {
      // After the column's first text, the sequential reader keeps numbers as written, not as String(v).
      if (r > firstCategorical && convertedNumbers > 0) return undefined;
      for (const [k, n] of sample.counts) counts.set(k, (counts.get(k) ?? 0) + n);
    } else if (sample.kind === 'numeric') {
      if (r > firstCategorical && sample.values.length > 0) return undefined;
      sample.values.forEach((v, i) => counts.set(String(v), (counts.get(String(v)) ?? 0) + (sample.weights ? sample.weights[i] : 1)));
    }
  }
  return { kind: 'categorical', counts, missing };
}

/** The content hash, read through one reused buffer (a stream's fresh chunk per read would pile up until GC). */
async function hashFile(file: string): Promise<string> {
  const hash = createHash(CONTENT_HASH);
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (let n; (n = (await handle.read(buffer, 0, buffer.length, null)).bytesRead) > 0; ) hash.update(buffer.subarray(0, n));
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

