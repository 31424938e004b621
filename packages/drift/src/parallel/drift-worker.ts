/** Worker-thread entry: reads each byte range it is sent (range-read.ts) and posts the columns back. */
import { parentPort } from 'node:worker_threads';
import { readCsvRange, transferables, type RangeTask } from './range-read.ts';

parentPort!.on('message', (task: RangeTask) => {
  try {
    const result = readCsvRange(task);
    parentPort!.postMessage({ ok: true, result }, transferables(result));
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: (error as Error).message });
  }
});
