/**
 * Parallel validation of one large uncompressed CSV/TSV: the file is cut into one byte range per core, each
 * range is scanned (range-scan.ts) by a worker thread, and the partial scans are merged in file order — row
 * numbers and line numbers shifted by the rows and lines of the ranges before. Every check and the profile
 * merge exactly (see each check's `absorb`), so the outcome equals a sequential scan's.
 *
 * Falls back to the sequential scan (returns undefined) when: the file is small, compressed or not CSV/TSV,
 * the header line holds a quote, a range boundary fell inside a quoted field (two ranges disagree on where a
 * record starts), ranges disagree on line endings, any range hit an error (the sequential scan then reports
 * it with its exact location), or the worker module is not on disk.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { detectFormat } from '../read/reader.ts';
import type { Suite } from '../expect/suite.ts';
import { createScan, type ValidateOptions, type ValidationOutcome } from '../expect/validate.ts';
import type { RangeResult, RangeTask } from './range-scan.ts';
import { byteRanges, findModule, readHead } from './byte-ranges.ts';

/** The worker module: beside this file in the sources, or the `data-worker` bundle beside an action's bundle. */
const WORKER = findModule(['./worker.ts', '../data-worker/index.js'], import.meta.url);

export async function validateInParallel(files: readonly string[], suite: Suite, options: ValidateOptions): Promise<ValidationOutcome | undefined> {
  const workers = options.workers ?? availableParallelism();
  if (workers < 2 || files.length !== 1) return undefined;
  const file = files[0];
  let format;
  try {
    format = detectFormat(file);
  } catch {
    return undefined;
  }
  if (format.gzip || (format.format !== 'csv' && format.format !== 'tsv')) return undefined;
  if (WORKER === undefined) return undefined;
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return undefined;
  }
  if (size < (options.parallelMinBytes ?? 32 * 1024 * 1024)) return undefined;

  const delimiter = format.format === 'csv' ? ',' : '\t';
  const head = readHead(file);
  const newline = head.indexOf(0x0a);
  if (newline === -1 || head.subarray(0, newline).includes(0x22)) return undefined;
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const headerText = head.toString('utf8', bom, head[newline - 1] === 0x0d ? newline - 1 : newline);
  const header = headerText.split(delimiter);
  if (new Set(header).size !== header.length || header.some((h) => h === '')) return undefined;
  const dataStart = newline + 1;

  const scan = await createScan(suite, options);
  scan.prepare(header, file);
  const tasks: RangeTask[] = byteRanges(dataStart, size, workers).map((range) => ({
    file, delimiter, header, ...range,
    suite, schema: options.schema, reference: options.reference?.toJSON(), profile: options.profile !== false,
    batchRows: options.batchRows ?? 2048, maxRecordBytes: options.maxRecordBytes,
  }));
  // Every range goes to a worker, the first one too: scanning it on this thread would save starting one
  // worker (~0.3 s of CPU) but this thread's heap has no limits, and over a file ten times larger its garbage
  // raised the peak RSS from ~190 MB to ~290 MB (measured with bench/data-validate/run.ts --scale).
  const results = await Promise.all(tasks.map(runWorker));
  if (results.some((r) => r === undefined)) return undefined;
  const ranges = results as RangeResult[];
  for (let i = 1; i < ranges.length; i++) if (ranges[i - 1].end !== ranges[i].begin) return undefined;
  const endings = new Set(ranges.map((r) => r.lineEnding).filter(Boolean));
  if (endings.size > 1) return undefined;

  let lines = 1; // the header line
  for (const r of ranges) {
    scan.absorb(r.state, lines);
    lines += r.lines;
  }
  return scan.outcome(workers);
}

function runWorker(task: RangeTask): Promise<RangeResult | undefined> {
  return new Promise((resolve) => {
    // Heap limits keep each worker's resident memory near its live data: the scan allocates short-lived rows
    // at a high rate and V8, left alone, lets the heap grow to hundreds of MB before collecting (measured: a
    // 2M-row scan holds ~20 MB live but reached 400 MB RSS unbounded, 157 MB with these limits). A worker
    // that does need more fails, and the file is then scanned sequentially.
    const worker = new Worker(WORKER!, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 96 } });
    worker.once('message', (message: { ok: boolean; result?: RangeResult }) => {
      resolve(message.ok ? message.result : undefined);
      void worker.terminate();
    });
    worker.once('error', () => resolve(undefined));
  });
}
