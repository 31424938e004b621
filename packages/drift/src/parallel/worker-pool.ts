/**
 * A pool of at most `size` worker threads for byte ranges (range-worker.ts), shared by every file read at the
 * same time: reading reference and current together then keeps one thread per core busy instead of starting
 * a set of threads per file. Workers start on demand and end as soon as no range is waiting.
 * A range whose worker fails resolves to undefined (the caller then reads the file sequentially).
 */
import { Worker } from 'node:worker_threads';
import type { RangeResult, RangeTask } from './range-read.ts';

interface Job {
  task: RangeTask;
  done: (result: RangeResult | undefined) => void;
}

export class RangePool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private live = 0;
  private readonly url: URL;
  private readonly size: number;

  constructor(url: URL, size: number) {
    this.url = url;
    this.size = size;
  }

  run(task: RangeTask): Promise<RangeResult | undefined> {
    return new Promise((done) => {
      this.queue.push({ task, done });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (worker === undefined) {
        if (this.live >= this.size) return;
        worker = new Worker(this.url);
        this.live++;
      }
      this.dispatch(worker, this.queue.shift()!);
    }
    for (const worker of this.idle.splice(0)) {
      this.live--;
      void worker.terminate();
    }
  }

  private dispatch(worker: Worker, job: Job): void {
    const settle = (result: RangeResult | undefined, alive: boolean): void => {
      worker.off('message', onMessage).off('error', onFailure).off('exit', onFailure);
      job.done(result);
      if (alive) this.idle.push(worker);
      else this.live--;
      this.pump();
    };
    const onMessage = (message: { ok: boolean; result?: RangeResult }): void => settle(message.ok ? message.result : undefined, true);
    // A worker that dies (out of memory, killed) without answering: its range fails, the others go on.
    const onFailure = (): void => settle(undefined, false);
    worker.once('message', onMessage).once('error', onFailure).once('exit', onFailure);
    worker.postMessage(job.task);
  }
}
