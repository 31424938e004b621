/**
 * Work shared between this thread and one helper thread, for the CPU-heavy step of an evaluation: the bootstrap
 * replicates. Runners have 2 to 4 cores; one helper about halves its wall time when a core is free (on a
 * saturated machine it gains nothing, and costs only its start-up).
 *
 * Why this shape:
 * - `evaluate()` is synchronous, so this thread never waits for a message: the work is cut into numbered
 *   chunks that both threads claim from a shared state table with `Atomics.compareExchange`, and this thread
 *   blocks (`Atomics.wait`) only on chunks the helper claimed and has not finished yet.
 * - The helper runs the same kernel function, sent as source text (`kernel.toString()`), so the code path is
 *   the same from the TypeScript sources and from an action's one-file bundle (no worker file to ship).
 *   A kernel therefore uses nothing but its arguments and JavaScript's globals.
 * - A chunk's result depends only on its inputs, never on which thread ran it, so the results are identical
 *   with or without the helper. If the helper cannot start or throws, this thread computes the chunks the
 *   helper gave back.
 * Inputs and outputs the helper must see are typed arrays over SharedArrayBuffers (`sharedArray`); other
 * typed arrays reach it as copies.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** A kernel computes chunk `chunk` from `data` (writing its results into shared arrays of `data`). */
export type Kernel<D> = (data: D, chunk: number) => void;

const FREE = 0;
const BY_HELPER = 1;
const DONE = 2;
const BY_THIS_THREAD = 3;

export interface ShareOptions {
  /** Use a helper thread (default: when the machine has more than one core). */
  helper?: boolean;
}

/** A typed array in shared memory, visible to the helper thread without a copy. */
export function sharedArray<T extends Float64Array | Uint32Array | Uint8Array | Int32Array>(
  type: { new (buffer: SharedArrayBuffer, byteOffset: number, length: number): T; BYTES_PER_ELEMENT: number },
  length: number,
): T {
  return new type(new SharedArrayBuffer(Math.max(length, 1) * type.BYTES_PER_ELEMENT), 0, length);
}

/** Runs `kernel(data, c)` for every chunk c in [0, chunks), on this thread and (when worth it) one helper. */
export function shareWork<D>(kernel: Kernel<D>, data: D, chunks: number, options: ShareOptions = {}): void {
  const useHelper = chunks > 1 && (options.helper ?? availableParallelism() > 1);
  if (!useHelper) {
    for (let c = 0; c < chunks; c++) kernel(data, c);
    return;
  }
  // state[c] for each chunk; state[chunks] = 1 once the helper gave up.
  const state = sharedArray(Int32Array, chunks + 1);
  let worker: Worker | undefined;
  try {
    worker = new Worker(helperSource(kernel), { eval: true, workerData: { data, state, chunks } });
    worker.unref();
    // An error inside the helper is handled through `state`; this only keeps it from being unhandled.
    worker.on('error', () => {});
  } catch {
    worker = undefined;
  }
  try {
    for (let c = 0; c < chunks; c++) {
      if (Atomics.compareExchange(state, c, FREE, BY_THIS_THREAD) !== FREE) continue;
      kernel(data, c);
      Atomics.store(state, c, DONE);
    }
    for (let c = 0; c < chunks; c++) {
      for (;;) {
        const s = Atomics.load(state, c);
        if (s === DONE) break;
        if (s === FREE && Atomics.compareExchange(state, c, FREE, BY_THIS_THREAD) === FREE) {
          // Given back by a failing helper.
          kernel(data, c);
          Atomics.store(state, c, DONE);
          break;
        }
        Atomics.wait(state, c, BY_HELPER, 100);
      }
    }
  } finally {
    void worker?.terminate();
  }
}

/**
 * The helper's script: the kernel's source, then the same claiming loop. On an error it gives the chunk
 * back (FREE) and stops claiming, so this thread computes the rest.
 */
function helperSource(kernel: Kernel<never>): string {
  return `'use strict';
const { workerData } = require('node:worker_threads');
const kernel = (${kernel.toString()});
const { data, state, chunks } = workerData;
for (let c = 0; c < chunks; c++) {
  if (Atomics.compareExchange(state, c, ${FREE}, ${BY_HELPER}) !== ${FREE}) continue;
  try {
    kernel(data, c);
    Atomics.store(state, c, ${DONE});
  } catch {
    Atomics.store(state, chunks, 1);
    Atomics.store(state, c, ${FREE});
    Atomics.notify(state, c);
    break;
  }
  Atomics.notify(state, c);
}
`;
}
