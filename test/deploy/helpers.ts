/**
 * Deploy-test harness: builds the fixture model-server images (test/fixtures/deploy/model-server) from the local
 * Node base image, picks free loopback ports, runs a bounded load generator, and cleans a service away.
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import type Docker from 'dockerode';
import { dockerTestEnv } from '../support/docker.ts';

const run = promisify(execFile);
const CONTEXT = fileURLToPath(new URL('../fixtures/deploy/model-server/', import.meta.url));

export type Behaviour = 'healthy' | 'never-ready' | 'smoke-500' | 'fail-after-switch';

/** Builds (once per process) `mlci-test/deploy-model:<version>-<behaviour>` and returns its name. */
const built = new Map<string, Promise<string>>();
export function modelImage(version: string, behaviour: Behaviour = 'healthy'): Promise<string> {
  const tag = `mlci-test/deploy-model:${version}-${behaviour}`;
  if (!built.has(tag)) {
    built.set(tag, (async () => {
      const { baseImage } = await dockerTestEnv();
      await run('docker', ['build', '-q', '-t', tag, '--build-arg', `BASE=${baseImage}`, '--build-arg',
        `VERSION=${version}`, '--build-arg', `BEHAVIOUR=${behaviour}`, CONTEXT], { maxBuffer: 1 << 24 });
      return tag;
    })());
  }
  return built.get(tag)!;
}

export function uniqueService(prefix: string): string {
  return `${prefix}-${randomBytes(3).toString('hex')}`;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Everything the deploy engine created for `service`: containers by label, then its network. */
export async function removeService(docker: Docker, service: string): Promise<void> {
  const containers = await docker.listContainers({ all: true, filters: { label: [`mlci.service=${service}`] } });
  await Promise.all(containers.map((c) => docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined)));
  await docker.getNetwork(`mlci-${service}`).remove().catch(() => undefined);
}

export const INFER_BODY = JSON.stringify({ inputs: [{ name: 'input', datatype: 'FP32', shape: [2, 4], data: [5, 5, 5, 5, 1, 1, 1, 1] }] });

/** POSTs one inference; returns the model_version that answered, or throws with the status. */
export async function infer(url: string): Promise<string> {
  const response = await fetch(`${url}/v2/models/iris/infer`, { method: 'POST', body: INFER_BODY,
    headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text}`);
  const body = JSON.parse(text) as { model_version: string; outputs: Array<{ data: number[] }> };
  if (body.outputs[0]!.data.join() !== '1,0') throw new Error(`wrong answer ${text}`);
  return body.model_version;
}

export interface LoadReport {
  sent: number;
  failed: number;
  errors: string[];
  /** How many answers each model version gave. */
  versions: Record<string, number>;
  latenciesMs: number[];
}

/**
 * Sends inferences continuously with `concurrency` workers until `stop()` (or `maxSeconds`, the bound), counting
 * every failure (non-200, wrong answer, connection error).
 */
export function loadGenerator(url: string, options: { concurrency?: number; maxSeconds?: number; ratePerSecond?: number } = {}) {
  const report: LoadReport = { sent: 0, failed: 0, errors: [], versions: {}, latenciesMs: [] };
  const deadline = Date.now() + (options.maxSeconds ?? 60) * 1000;
  let stopped = false;
  const gap = options.ratePerSecond ? (1000 * (options.concurrency ?? 4)) / options.ratePerSecond : 0;
  const worker = async () => {
    while (!stopped && Date.now() < deadline) {
      const started = performance.now();
      report.sent++;
      try {
        const version = await infer(url);
        report.versions[version] = (report.versions[version] ?? 0) + 1;
      } catch (error) {
        report.failed++;
        if (report.errors.length < 10) report.errors.push((error as Error).message);
      }
      const took = performance.now() - started;
      report.latenciesMs.push(took);
      if (gap > took) await new Promise((r) => setTimeout(r, gap - took));
    }
  };
  const workers = Array.from({ length: options.concurrency ?? 4 }, worker);
  return {
    report,
    async stop(): Promise<LoadReport> {
      stopped = true;
      await Promise.all(workers);
      return report;
    },
  };
}
