/**
 * Parallel validation of one large uncompressed CSV/TSV: the file is cut into one byte range per core, each
 * range is scanned (range-scan.ts) by a worker thread — a worker done early takes over the second half of what
 * another has left (scanRanges) — and the partial scans are merged in file order — row
 * numbers and line numbers shifted by the rows and lines of the ranges before. Every check and the profile
 * merge exactly (see each check's `absorb`), so the outcome equals a sequential scan's, although the cuts depend
 * on timing (the splitting below). Floating-point sums, means and standard deviations too: they are kept as
 * double-double sums whose rounded figures do not depend on the cuts (profile/moment-sums.ts). Welford's update
 * merged with Chan's formula, used before, gave income means of 110014.19283323812 and …847 in two runs over
 * the benchmark's file.
 *
 * Falls back to the sequential scan (returns undefined) when: the file is small, compressed or not CSV/TSV,
 * the header line holds a quote, a range boundary fell inside a quoted field (two ranges disagree on where a
 * record starts), ranges disagree on line endings, any range hit an error (the sequential scan then reports
 * it with its exact location), or the worker module is not on disk.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '@mlci/core';
import { detectFormat } from '../read/reader.ts';
import type { Suite } from '../expect/suite.ts';
import { createScan, type ValidateOptions, type ValidationOutcome } from '../expect/validate.ts';
import type { RangeResult, RangeShared } from './range-scan.ts';
import type { WorkerMessage, WorkerRequest, WorkerSetup } from './worker.ts';
import type { FinishPart } from '../expect/check.ts';
import { byteRanges, findModule, readHead, type ByteRange } from './byte-ranges.ts';

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
  const shared: RangeShared = {
    file, size, delimiter, header,
    suite, schema: options.schema, reference: options.reference?.toJSON(), profile: options.profile !== false,
    batchRows: options.batchRows ?? 2048, maxRecordBytes: options.maxRecordBytes,
  };
  // Every range goes to a worker, the first one too: scanning it on this thread would save starting one
  // worker (~0.3 s of CPU) but this thread's heap has no limits, and over a file ten times larger its garbage
  // raised the peak RSS from ~190 MB to ~290 MB (measured with bench/data-validate/run.ts --scale).
  const scanned = await scanRanges(shared, byteRanges(dataStart, size, workers), options.parallelMinSplitBytes ?? MIN_SPLIT_BYTES, (state) => scan.discard(state));
  if (scanned === undefined) return undefined;
  const { ranges, pool } = scanned;
  try {
    // Ranges that do not join up (a boundary inside a quoted field) or disagree on line endings: the file is
    // scanned sequentially, and the partial scans' files are deleted.
    const joined = ranges.every((r, i) => i === 0 || ranges[i - 1].end === r.begin);
    if (!joined || new Set(ranges.map((r) => r.lineEnding).filter(Boolean)).size > 1) {
      for (const r of ranges) scan.discard(r.state);
      return undefined;
    }

    let lines = 1; // the header line
    for (const r of ranges) {
      scan.absorbChecks(r.state, lines);
      lines += r.lines;
    }
    // The checks' finish work that can be handed over (uniqueness: its 64 partitions, ~100 ms of this thread's
    // tail after a 2M-row scan) runs on a worker while this thread merges the profiles and finishes the rest:
    // one part per check, as the workers' cores are then shared by this thread (cut in two, on both workers,
    // the parts' cold code and this thread's work competed for the 2 cores: no shorter tail, measured).
    const parts = new Map<number, Promise<unknown[]>>();
    let next = 0;
    for (const { check, parts: cut } of scan.finishParts(1)) parts.set(check, Promise.all(cut.map((part) => pool.run(next++ % pool.size, part))));
    for (const r of ranges) scan.absorbProfile(r.state);
    return await scan.outcome(workers, parts);
  } finally {
    pool.close();
  }
}

/** The workers once every range is scanned: each runs the finish parts it is given, in order. */
interface WorkerPool {
  size: number;
  run(worker: number, part: FinishPart): Promise<unknown>;
  /** Lets every worker end after what it was sent (the outcome no longer waits for any). */
  close(): void;
}

/**
 * Remaining bytes below which a range is not split (the default of ValidateOptions.parallelMinSplitBytes): a
 * new partial scan costs ~90 ms of CPU in set-up (cold interning tables, 64 spill files, fresh buffers;
 * measured: 6 more ranges cost +0.55 s), about 8 MB of scanning on the benchmark machine.
 */
const MIN_SPLIT_BYTES = 16 * 1024 * 1024;

/**
 * Scans one range per worker, balancing as they go: a worker that is done asks the busy worker with the most
 * bytes left to split its range (worker.ts) and scans the second half. One range per worker left the cores
 * idle in turn on a shared machine (the two workers finished 0.3–0.5 s apart); a fixed queue of 4 smaller
 * ranges per worker cost +0.55 s of CPU in set-ups (measured, bench/data-validate/ab-bundles.ts), while a
 * split happens only when one worker falls behind. Results come back in file order; undefined when any
 * range failed or a worker died.
 */
function scanRanges(
  shared: RangeShared, ranges: readonly ByteRange[], minSplitBytes: number, drop: (state: RangeResult['state']) => void,
): Promise<{ ranges: RangeResult[]; pool: WorkerPool } | undefined> {
  return new Promise((resolve) => {
    const count = ranges.length;
    const requests = new Int32Array(new SharedArrayBuffer(4 * count));
    const progress = new Float64Array(new SharedArrayBuffer(16 * count));
    type Waiting = { resolve: (result: unknown) => void; reject: (error: Error) => void };
    const threads: Array<{ worker: Worker; busy: boolean; askedBy: number | undefined; waiting: Waiting[]; dead: boolean }> = [];
    const results: RangeResult[] = [];
    let finished = false;
    const close = (): void => {
      for (const t of threads) {
        void t.worker.terminate();
        for (const w of t.waiting.splice(0)) w.reject(new Error('worker closed'));
      }
    };
    const pool: WorkerPool = {
      size: count,
      run: (w, part) => new Promise((resolve, reject) => {
        if (threads[w].dead) return reject(new Error('worker died'));
        threads[w].waiting.push({ resolve, reject });
        threads[w].worker.postMessage({ finish: part } satisfies WorkerRequest);
      }),
      // Each worker ends once the requests sent before are done (a part's files are deleted after its result).
      close: () => {
        for (const t of threads) if (!t.dead) t.worker.postMessage({ quit: true } satisfies WorkerRequest);
      },
    };
    const finish = (value: RangeResult[] | undefined): void => {
      if (finished) return;
      finished = true;
      if (value === undefined) {
        close();
        // The ranges already scanned will not be absorbed (a worker still scanning when terminated leaves its
        // temporary files behind: it is stopped mid-batch).
        for (const r of results) drop(r.state);
        resolve(undefined);
      } else {
        resolve({ ranges: value.sort((a, b) => a.begin - b.begin), pool });
      }
    };
    const give = (w: number, range: ByteRange): void => {
      threads[w].busy = true;
      progress[2 * w] = range.start;
      progress[2 * w + 1] = range.stop ?? shared.size;
      threads[w].worker.postMessage(range satisfies WorkerRequest);
    };
    // An idle worker asks the busy one with the most bytes left (none asked already) to split its range.
    const findWork = (w: number): void => {
      let victim = -1;
      let most = minSplitBytes - 1;
      threads.forEach((t, v) => {
        const left = progress[2 * v + 1] - progress[2 * v];
        if (t.busy && t.askedBy === undefined && left > most) [victim, most] = [v, left];
      });
      if (victim >= 0) {
        threads[victim].askedBy = w;
        Atomics.store(requests, victim, 1);
      } else if (threads.every((t) => !t.busy)) finish(results);
    };
    for (let w = 0; w < count; w++) {
      // Heap limits keep each worker's resident memory near its live data: the scan allocates short-lived rows
      // at a high rate and V8, left alone, lets the heap grow to hundreds of MB before collecting (measured: a
      // 2M-row scan holds ~20 MB live but reached 400 MB RSS unbounded, 157 MB with these limits). A worker
      // that does need more fails, and the file is then scanned sequentially.
      const setup: WorkerSetup = { ...shared, slot: w, requests: requests.buffer as SharedArrayBuffer, progress: progress.buffer as SharedArrayBuffer, minSplitBytes };
      const worker = startWorker(WORKER!, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 96 } });
      threads.push({ worker, busy: false, askedBy: undefined, waiting: [], dead: false });
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'finished') {
          const waiting = threads[w].waiting.shift();
          if (message.ok) waiting?.resolve(message.result);
          else waiting?.reject(new Error(message.message));
          return;
        }
        if (finished) {
          if (message.kind === 'done' && message.ok) drop(message.result.state);
          return;
        }
        const t = threads[w];
        if (message.kind === 'split') {
          const asker = t.askedBy!;
          t.askedBy = undefined;
          if (message.range) give(asker, message.range);
          else findWork(asker);
          return;
        }
        if (!message.ok) return finish(undefined);
        results.push(message.result);
        t.busy = false;
        // Asked but done before it looked at the request: the asker looks elsewhere.
        if (t.askedBy !== undefined && Atomics.exchange(requests, w, 0) === 1) {
          const asker = t.askedBy;
          t.askedBy = undefined;
          findWork(asker);
        }
        // Every idle worker looks for work (it may have found none before); the last one done finishes.
        threads.forEach((other, o) => { if (!other.busy && !threads.some((x) => x.askedBy === o)) findWork(o); });
      });
      // A worker that dies fails the scan, or (after it) the finish parts it was running.
      const died = (): void => {
        threads[w].dead = true;
        finish(undefined);
        for (const waiting of threads[w].waiting.splice(0)) waiting.reject(new Error('worker died'));
      };
      worker.once('error', died);
      worker.once('exit', died);
    }
    ranges.forEach((range, w) => give(w, range));
  });
}
