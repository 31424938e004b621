/**
 * Worker-thread entry (the `drift-worker` bundle): reads a byte range of a CSV (range-read.ts) and posts its
 * columns back, or tests a batch of columns (column-drift.ts) and posts their results back. Any error is
 * answered with ok: false; the caller then does the work on its own thread, where a user's error is reported.
 */
import { parentPort } from 'node:worker_threads';
import { readCsvRange, transferables, type RangeTask } from './range-read.ts';
import { columnDrift, type ColumnDriftOptions } from '../column-drift.ts';
import type { ColumnSample } from '../column-sample.ts';

export interface ColumnTask {
  column: string;
  reference: ColumnSample;
  current: ColumnSample;
  options: ColumnDriftOptions;
}

export type WorkerTask = ({ kind: 'range' } & RangeTask) | { kind: 'columns'; columns: ColumnTask[] };

parentPort?.on('message', (task: WorkerTask) => {
  try {
    if (task.kind === 'columns') {
      const result = task.columns.map((c) => columnDrift(c.column, c.reference, c.current, c.options));
      parentPort!.postMessage({ ok: true, result });
    } else {
      const result = readCsvRange(task);
      parentPort!.postMessage({ ok: true, result }, transferables(result));
    }
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: (error as Error).message });
  }
});
