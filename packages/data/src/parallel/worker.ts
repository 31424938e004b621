/**
 * Worker-thread entry: given the file's shared scan settings (workerData), scans each byte range it is sent
 * and posts that range's partial scan back. While scanning, it answers run.ts's request to split its range
 * (a flag in shared memory, looked at before each read): it keeps the first half of what is left and posts
 * the second half for an idle worker — or posts that the rest is too small to split. Once every range is
 * scanned, it runs parts of the checks' finish it is sent (Check.finishParts), one at a time, deleting the
 * files a part read once its result is sent; asked to quit, it ends when the requests before are done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ByteRange } from './byte-ranges.ts';
import { scanRange, type RangeShared, type SplitOffer } from './range-scan.ts';
import type { FinishPart } from '../expect/check.ts';
import { cleanFinishPart, runFinishPart } from '../expect/finish-parts.ts';

export interface WorkerSetup extends RangeShared {
  /** This worker's slot in `requests` and `progress`. */
  slot: number;
  /** Int32 per worker: 1 when run.ts asks that worker to split its range. */
  requests: SharedArrayBuffer;
  /** Float64 pair per worker: the next byte it reads and its range's stop (for run.ts to pick whom to ask). */
  progress: SharedArrayBuffer;
  /** A range is split only when at least this many bytes are left (a new partial scan costs its set-up). */
  minSplitBytes: number;
}

export type WorkerMessage =
  | { kind: 'split'; range: ByteRange | undefined }
  | { kind: 'done'; ok: true; result: Awaited<ReturnType<typeof scanRange>> }
  | { kind: 'done'; ok: false; message: string }
  | { kind: 'finished'; ok: true; result: unknown }
  | { kind: 'finished'; ok: false; message: string };

/** What run.ts sends: a byte range to scan, or (once every range is scanned) a part of a check's finish. */
export type WorkerRequest = ByteRange | { finish: FinishPart } | { quit: true };

const setup = workerData as WorkerSetup;
const requests = new Int32Array(setup.requests);
const progress = new Float64Array(setup.progress);
const port = parentPort!;

const offerSplit: SplitOffer = (position, stop) => {
  progress[2 * setup.slot] = position;
  progress[2 * setup.slot + 1] = stop;
  if (Atomics.load(requests, setup.slot) === 0) return undefined;
  Atomics.store(requests, setup.slot, 0);
  if (stop - position < setup.minSplitBytes) {
    port.postMessage({ kind: 'split', range: undefined } satisfies WorkerMessage);
    return undefined;
  }
  const at = position + Math.floor((stop - position) / 2);
  port.postMessage({ kind: 'split', range: { start: at, stop: stop === setup.size ? undefined : stop, afterHeader: false } } satisfies WorkerMessage);
  return at;
};

port.on('message', async (request: WorkerRequest) => {
  if ('quit' in request) {
    // Every request before this one is done (they are handled in order, parts synchronously).
    port.close();
    return;
  }
  if ('finish' in request) {
    let result: unknown;
    try {
      result = runFinishPart(request.finish);
    } catch (error) {
      port.postMessage({ kind: 'finished', ok: false, message: (error as Error).message } satisfies WorkerMessage);
      return;
    }
    port.postMessage({ kind: 'finished', ok: true, result } satisfies WorkerMessage);
    cleanFinishPart(request.finish);
    return;
  }
  const range = request;
  try {
    const result = await scanRange({ ...setup, ...range }, offerSplit);
    port.postMessage({ kind: 'done', ok: true, result } satisfies WorkerMessage);
  } catch (error) {
    port.postMessage({ kind: 'done', ok: false, message: (error as Error).message } satisfies WorkerMessage);
  }
});
