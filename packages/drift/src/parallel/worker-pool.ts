/**
 * A pool of at most `size` worker threads (drift-worker.ts) shared by everything drift does in parallel: the
 * byte ranges of every file read at the same time (so reading reference and current together keeps one thread
 * per core busy instead of starting a set of threads per file), then the tests of the heavy columns. Workers
 * start on demand; one left without a task waits LINGER_MS for the next (the column tests follow the reading
 * within a fraction of a second, and a new thread costs ~0.1 s to start and load the bundle), unreferenced so
 * it never keeps the process alive, then ends.
 * A task whose worker fails resolves to undefined (the caller then does the work itself, on its own thread).
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from '@mlci/core';
import { findModule } from '@mlci/data/byte-ranges';
import type { WorkerTask } from './drift-worker.ts';

// The worker: the .ts file beside this one in the sources; beside an action's bundle, the `drift-worker` bundle.
const WORKER = findModule(['./drift-worker.ts', '../drift-worker/index.js'], import.meta.url);
const pools = new Map<number, WorkerPool>();
const LINGER_MS = 1000;

/** The pool of `size` threads, or undefined when there is no worker module to start (or no point: size < 1). */
export function workerPool(size: number): WorkerPool | undefined {
  if (WORKER === undefined || size < 1) return undefined;
  let pool = pools.get(size);
  if (pool === undefined) pools.set(size, (pool = new WorkerPool(WORKER, size)));
  return pool;
}

interface Job {
  task: WorkerTask;
  done: (result: unknown) => void;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private live = 0;
  private readonly url: URL;
  private readonly size: number;
  private linger: NodeJS.Timeout | undefined;

  constructor(url: URL, size: number) {
    this.url = url;
    this.size = size;
  }

  /** The task's result, or undefined when the worker failed (threw, died, or could not start). */
  run<T>(task: WorkerTask): Promise<T | undefined> {
    return new Promise((done) => {
      this.queue.push({ task, done: done as (result: unknown) => void });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (worker === undefined) {
        if (this.live >= this.size) return;
        worker = startWorker(this.url);
        this.live++;
      }
      this.dispatch(worker, this.queue.shift()!);
    }
    for (const worker of this.idle) worker.unref();
    if (this.idle.length === 0 || this.linger !== undefined) return;
    this.linger = setTimeout(() => {
      this.linger = undefined;
      for (const worker of this.idle.splice(0)) {
        this.live--;
        void worker.terminate();
      }
    }, LINGER_MS).unref();
  }

  private dispatch(worker: Worker, job: Job): void {
    worker.ref();
    const settle = (result: unknown, alive: boolean): void => {
      worker.off('message', onMessage).off('error', onFailure).off('exit', onFailure);
      job.done(result);
      if (alive) this.idle.push(worker);
      else this.live--;
      this.pump();
    };
    const onMessage = (message: { ok: boolean; result?: unknown }): void => settle(message.ok ? message.result : undefined, true);
    // A worker that dies (out of memory, killed) without answering: its task fails, the others go on.
    const onFailure = (): void => settle(undefined, false);
    worker.once('message', onMessage).once('error', onFailure).once('exit', onFailure);
    worker.postMessage(job.task);
  }
}
