/** Worker-thread entry: scans the byte range it is given and posts the partial scan's state back. */
import { parentPort, workerData } from 'node:worker_threads';
import { scanRange, type RangeTask } from './range-scan.ts';

try {
  parentPort!.postMessage({ ok: true, result: await scanRange(workerData as RangeTask) });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: (error as Error).message });
}
