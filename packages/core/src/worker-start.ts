/**
 * Worker threads for CPU-bound scans, started so that their isolates optimise hot code on their own thread.
 *
 * V8 compiles hot functions (Maglev, TurboFan) on background threads by default, and an isolate decides whether
 * it does so when it is set up, from the flag --concurrent-recompilation. With one scanning worker per core, those
 * background jobs run on the cores the workers use, and each worker keeps running unoptimised code until its jobs
 * get a turn. So the flag is cleared while our workers start and set again once every worker being started is
 * online: the workers compile synchronously, the main thread and any isolate created later keep the default.
 * The flag is left alone when the process was started with it either way (execArgv or NODE_OPTIONS).
 *
 * Measured on the 2-core benchmark machine, alternating builds or settings run by run:
 * - data-validate over the benchmark file (bench/data-validate/ab-bundles.ts, 10 pairs): wall median 0.88 → 0.82 s,
 *   CPU 1.65 → 1.58 s, peak RSS 130 → 119 MB; V8's helper threads' CPU time fell from ~300 to ~20 ms (read from
 *   /proc/<pid>/task).
 * - the drift report over 2 × 1M rows (bench/drift-check's measure bundle, 8 pairs): no change (wall median 0.745
 *   → 0.743 s). Cleared for the whole process, its main thread too (which cannot be done from code once the main
 *   thread runs), the report took 0.71 → 0.67 s: there the main thread's background compiles are the ones in the way.
 * - not used for model-eval's bootstrap helper (metrics/src/parallel.ts): its short kernel runs beside a busy main
 *   thread, and started this way the action took longer (bench/model-eval/action.ts 1000000 200, 8 pairs: wall
 *   median 0.99 → 1.08 s).
 */
import { setFlagsFromString } from 'node:v8';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Workers started and not yet online (or ended): the flag is cleared while there are any. */
let starting = 0;

/** Whether the process was started with --[no-]concurrent-recompilation (then it is not ours to change). */
const FLAG_GIVEN = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => /concurrent[-_]recompilation/.test(a));

/** `new Worker(filename, options)`, its isolate compiling optimised code on its own thread (see above). */
export function startWorker(filename: string | URL, options?: WorkerOptions): Worker {
  if (FLAG_GIVEN) return new Worker(filename, options);
  if (starting++ === 0) setFlagsFromString('--no-concurrent-recompilation');
  let settled = false;
  const settle = (): void => {
    if (settled) return;
    settled = true;
    if (--starting === 0) setFlagsFromString('--concurrent-recompilation');
  };
  let worker: Worker;
  try {
    worker = new Worker(filename, options);
  } catch (error) {
    settle();
    throw error;
  }
  // 'exit' settles a worker that is never online too (terminated at once, or failed while starting). No 'error'
  // listener: the caller's handling of errors stays as it is.
  worker.once('online', settle);
  worker.once('exit', settle);
  return worker;
}
