import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Docker from 'dockerode';
import { acquireLock, deployDocker, ensureRouter, runBatch, type DockerDeployOptions } from '@mlci/deploy';
import { dockerTestEnv } from '../support/docker.ts';
import { freePort, infer, loadGenerator, modelImage, removeService, uniqueService } from './helpers.ts';

const BATCH_ROWS = fileURLToPath(new URL('../fixtures/deploy/batch-rows.csv', import.meta.url));

describe('docker target: blue/green deploys behind a router', { timeout: 180_000 }, () => {
  let docker: Docker;
  let base: Omit<DockerDeployOptions, 'image'>;
  let url: string;
  const service = uniqueService('dt');

  before(async () => {
    const env = await dockerTestEnv();
    docker = env.docker;
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    base = { name: service, port, routerImage: env.baseImage, bindAddress: '127.0.0.1', watchSeconds: 1.5,
      timeoutSeconds: 60, drainSeconds: 5 };
    await Promise.all([modelImage('v1'), modelImage('v2'), modelImage('v3', 'never-ready'),
      modelImage('v3', 'smoke-500'), modelImage('v4', 'fail-after-switch')]);
  });
  after(async () => {
    if (docker) await removeService(docker, service);
  });

  test('deploys v1 and the published port answers inferences from it', async () => {
    const result = await deployDocker({ ...base, image: await modelImage('v1') });
    assert.equal(result.status, 'deployed');
    assert.equal(result.rolledBack, false);
    assert.equal(result.previousImage, null);
    assert.equal(result.url, url);
    assert.match(result.version, /^sha256:[0-9a-f]{64}$/);
    assert.equal(await infer(url), 'v1');
  });

  test('batch mode scores every row like the live server does, and counts the row it could not score', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mlci-batch-'));
    try {
      const output = path.join(dir, 'scored.csv');
      const result = await runBatch({ image: await modelImage('v1'), input: BATCH_ROWS, output });
      assert.deepEqual([result.exitCode, result.inputRows, result.rows, result.failures], [0, 25, 24, 1]);
      const rows = (await readFile(BATCH_ROWS, 'utf8')).trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
      const scored = (await readFile(output, 'utf8')).split('\n').slice(1, 1 + rows.length);
      const good = rows.map((row, i) => ({ row, label: scored[i] })).filter(({ row }) => !row.some(Number.isNaN));
      const response = await fetch(`${url}/v2/models/iris/infer`, { method: 'POST', body: JSON.stringify({
        inputs: [{ name: 'input', datatype: 'FP32', shape: [good.length, 4], data: good.flatMap((g) => g.row) }] }) });
      const served = ((await response.json()) as { outputs: Array<{ data: number[] }> }).outputs[0]!.data;
      assert.deepEqual(good.map((g) => Number(g.label)), served);
      assert.ok(served.includes(0) && served.includes(1), 'the rows exercise both labels');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('deploys v2 under continuous load without a single failed request, and stops v1', async () => {
    const load = loadGenerator(url, { concurrency: 4, maxSeconds: 60 });
    await new Promise((r) => setTimeout(r, 300));
    const result = await deployDocker({ ...base, image: await modelImage('v2') });
    await new Promise((r) => setTimeout(r, 300));
    const report = await load.stop();
    assert.equal(result.status, 'deployed');
    assert.equal(result.previousImage, await modelImage('v1'));
    assert.deepEqual(report.errors, []);
    assert.equal(report.failed, 0);
    assert.ok(report.versions.v1! > 0 && report.versions.v2! > 0, JSON.stringify(report.versions));
    assert.ok(result.timings.trafficMs! > result.timings.healthMs!);
    const models = await docker.listContainers({ filters: { label: [`mlci.service=${service}`, 'mlci.role=model'] } });
    assert.deepEqual(models.map((c) => c.Labels['mlci.image']), [await modelImage('v2')]);
  });

  test('re-running the same deploy is a no-op: same containers, same router generation', async () => {
    const router = await routerOf();
    const before = await router.state();
    const result = await deployDocker({ ...base, image: await modelImage('v2') });
    const after = await router.state();
    assert.equal(result.status, 'unchanged');
    assert.equal(after.generation, before.generation);
    assert.deepEqual(after.active!.containers, before.active!.containers);
  });

  test('a version that never becomes ready is rolled back; v2 keeps serving through it', async () => {
    const load = loadGenerator(url, { concurrency: 2, maxSeconds: 60 });
    const result = await deployDocker({ ...base, image: await modelImage('v3', 'never-ready'), timeoutSeconds: 3 });
    const report = await load.stop();
    assert.equal(result.status, 'rolled-back');
    assert.equal(result.rolledBack, true);
    assert.equal(result.failure!.stage, 'readiness');
    assert.match(result.failure!.reason, /did not answer \/v2\/health\/ready with 200 within 3 s \(last answer: HTTP 503\)/);
    assert.ok(result.failure!.logTail.some((l) => l.includes('model server v3 (never-ready)')), result.failure!.logTail.join('\n'));
    assert.equal(report.failed, 0);
    assert.deepEqual(Object.keys(report.versions), ['v2']);
    assert.equal(await infer(url), 'v2');
  });

  test('a version that answers the smoke request with 500 is rolled back with its last log lines', async () => {
    const result = await deployDocker({ ...base, image: await modelImage('v3', 'smoke-500') });
    assert.equal(result.status, 'rolled-back');
    assert.equal(result.failure!.stage, 'smoke');
    assert.match(result.failure!.reason, /smoke request to model 'iris' failed \(HTTP 500: .*model exploded/);
    assert.ok(result.failure!.logTail.some((l) => l.includes('infer failed on purpose (smoke-500)')));
    assert.equal(result.version, (await docker.getImage(await modelImage('v2')).inspect()).Id);
    assert.equal(await infer(url), 'v2');
    const models = await docker.listContainers({ all: true, filters: { label: [`mlci.service=${service}`, 'mlci.role=model'] } });
    assert.equal(models.length, 1, 'the failed candidate was removed');
  });

  test('a version that fails real traffic in the first seconds after the switch is switched back', async () => {
    const load = loadGenerator(url, { concurrency: 4, maxSeconds: 60 });
    const result = await deployDocker({ ...base, image: await modelImage('v4', 'fail-after-switch'), watchSeconds: 4 });
    await new Promise((r) => setTimeout(r, 300));
    const report = await load.stop();
    assert.equal(result.status, 'rolled-back');
    assert.equal(result.failure!.stage, 'after-switch');
    assert.match(result.failure!.reason, /after the switch the new version failed \d+ of \d+ requests \(\d+ answered 5xx/);
    assert.ok(report.versions.v4! > 0, 'v4 took real traffic before it failed');
    assert.equal(await infer(url), 'v2');
    assert.equal((await (await routerOf()).state()).active!.image, await modelImage('v2'));
  });

  test('two concurrent deploys of the same service serialise: both finish and the service stays consistent', async () => {
    const [a, b] = await Promise.all([
      deployDocker({ ...base, image: await modelImage('v1') }),
      deployDocker({ ...base, image: await modelImage('v2'), env: { EXTRA: 'x' }, replicas: 2 }),
    ]);
    assert.deepEqual([a.status, b.status], ['deployed', 'deployed']);
    const state = await (await routerOf()).state();
    const running = await docker.listContainers({ filters: { label: [`mlci.service=${service}`, 'mlci.role=model'] } });
    // The engine lists containers newest first; the router keeps them in start order.
    assert.deepEqual(running.map((c) => c.Names[0]!.slice(1)).sort(), [...state.active!.containers].sort());
    assert.equal(await infer(url), state.active!.image === await modelImage('v1') ? 'v1' : 'v2');
  });

  test('after the router container restarts it serves the active version again without a deploy', async () => {
    const before = await (await routerOf()).state();
    await docker.getContainer(`mlci-${service}-router`).restart({ t: 5 });
    const after = await (await routerOf()).state();
    assert.equal(after.generation, before.generation);
    assert.deepEqual(after.active, before.active);
    assert.equal(await infer(url), after.active!.image === await modelImage('v1') ? 'v1' : 'v2');
  });

  test('the router refuses a switch based on a stale generation (compare-and-set), leaving the service as it was', async () => {
    const router = await routerOf();
    const state = await router.state();
    assert.equal(await router.switchTo({ ...state.active!, containers: ['elsewhere'], upstreams: ['http://elsewhere:1'] },
      state.generation - 1), null);
    assert.deepEqual(await router.state().then((s) => [s.generation, s.active]), [state.generation, state.active]);
  });

  test('the deploy lock excludes a second holder until released, and a lock past its lease is broken', async () => {
    const lockOptions = { image: base.routerImage!, waitMs: 600, leaseMs: 60_000, owner: 'test A' };
    const held = await acquireLock(docker, `${service}-l`, lockOptions);
    await assert.rejects(acquireLock(docker, `${service}-l`, { ...lockOptions, owner: 'test B' }),
      { name: 'UserError', message: new RegExp(`another deploy of '${service}-l' holds the lock \\(test A`) });
    await held.release();
    const again = await acquireLock(docker, `${service}-l`, { ...lockOptions, leaseMs: -1 });
    const stolen = await acquireLock(docker, `${service}-l`, { ...lockOptions, owner: 'test C' });
    await stolen.release();
    await again.release();
  });

  async function routerOf() {
    return ensureRouter(docker, { service, network: `mlci-${service}`, image: base.routerImage!, port: base.port,
      bindAddress: '127.0.0.1', publishHost: '127.0.0.1' });
  }
});
