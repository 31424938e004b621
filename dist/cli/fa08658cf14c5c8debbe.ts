/** Worker-thread entry: scans the byte range it is given and posts the partial scan's state back. */
import { parentPort, workerData } from 'node:worker_threads';
import { scanRange } from "./range-scan.js";
try {
    parentPort.postMessage({ ok: true, result: await scanRange(workerData) });
}
catch (error) {
    parentPort.postMessage({ ok: false, message: error.message });
}
