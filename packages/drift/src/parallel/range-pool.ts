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
    const onMessage = (message: { ok: boolean; result?: RangeResult }): void => {
      worker.off('error', onError);
      job.done(message.ok ? message.result : undefined);
      this.idle.push(worker);
      this.pump();
    };
    const onError = (): void => {
      worker.off('message', onMessage);
      this.live--;
      job.done(undefined);
      this.pump();
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(job.task);
  }
}
