// startWorker: the isolates of workers it starts compile optimised code synchronously, and V8's flag is set back
// once they are online (isolates created afterwards, and the main one, keep compiling in the background). Each
// isolate tells with V8's test intrinsic %IsConcurrentRecompilationSupported (natives syntax allowed for this
// test file's process only: node's test runner runs each file in its own process).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { startWorker } from '@mlci/core';

setFlagsFromString('--allow-natives-syntax');
const REPORT = "process.getBuiltinModule('node:worker_threads').parentPort.postMessage(eval('%IsConcurrentRecompilationSupported()'))";

/** Whether the worker's isolate compiles in the background, as it reports it. */
function report(worker: Worker): Promise<boolean> {
  return new Promise((resolve, reject) => {
    worker.once('message', (m: boolean) => {
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', reject);
  });
}

function online(worker: Worker): Promise<void> {
  return new Promise((resolve) => worker.once('online', () => resolve()));
}

test('workers started together compile synchronously; the flag is back once all are online', async () => {
  assert.equal(await report(new Worker(REPORT, { eval: true })), true, 'the default, before');
  const a = startWorker(REPORT, { eval: true });
  const b = startWorker(REPORT, { eval: true });
  const reports = Promise.all([report(a), report(b)]);
  await Promise.all([online(a), online(b)]);
  assert.deepEqual(await reports, [false, false]);
  assert.equal(await report(new Worker(REPORT, { eval: true })), true, 'a worker started afterwards');
  assert.equal(eval('%IsConcurrentRecompilationSupported()'), true, 'the main thread');
});

test('a worker that fails, ends before it is online or cannot be constructed sets the flag back too', async () => {
  const failed = startWorker('throw new Error("no start")', { eval: true });
  await new Promise((resolve) => failed.once('error', resolve));
  await new Promise((resolve) => failed.once('exit', resolve));
  assert.equal(await report(new Worker(REPORT, { eval: true })), true);
  // Terminated at once, a worker ends without ever being online: its 'exit' sets the flag back.
  const stopped = startWorker('setTimeout(() => {}, 1000)', { eval: true });
  let wasOnline = false;
  stopped.once('online', () => (wasOnline = true));
  void stopped.terminate();
  await new Promise((resolve) => stopped.once('exit', resolve));
  assert.equal(wasOnline, false);
  assert.equal(await report(new Worker(REPORT, { eval: true })), true, 'after a worker ended before it was online');
  // A relative path not starting with ./ is refused by the constructor itself.
  assert.throws(() => startWorker('worker.mjs'), { code: 'ERR_WORKER_PATH' });
  assert.equal(await report(new Worker(REPORT, { eval: true })), true, 'after a worker that could not be constructed');
});

test('the flag is left as the process was started with it', () => {
  const code = `import { startWorker } from '@mlci/core';
    const { setFlagsFromString } = await import('node:v8');
    setFlagsFromString('--allow-natives-syntax');
    const w = startWorker(${JSON.stringify(REPORT)}, { eval: true });
    w.once('message', (m) => { console.log(m); w.terminate(); });`;
  const run = spawnSync(process.execPath, ['--concurrent-recompilation', '--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), 'true');
});
