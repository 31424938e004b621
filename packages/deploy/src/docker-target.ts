/**
 * The `docker` target: zero-downtime blue/green deploys on a single Docker engine.
 *
 *   1. lock the service (lock.ts) and make sure its network and router exist (router.ts);
 *   2. if the router already serves this image with this configuration, do nothing (re-runs are no-ops);
 *   3. start the new replicas beside the old ones, wait until each answers the health path with 200;
 *   4. send the smoke inference request and require a 200 with outputs;
 *   5. switch the router to the new pool (compare-and-set on the router's generation);
 *   6. watch the first seconds of real traffic: any 5xx, failed connection or exited container switches back;
 *   7. drain the old pool (in-flight requests finish) and stop it gracefully (SIGTERM, then the stop timeout).
 * A failure at 3, 4 or 6 leaves (or puts back) the old version serving and reports rolled-back.
 */
import { createHash, randomBytes } from 'node:crypto';
import type Docker from 'dockerode';
import { UserError } from '@mlci/core';
import { connectDocker, lastLogLines, resolveImage, sleep } from './docker-connection.ts';
import { acquireLock } from './lock.ts';
import { ensureNetwork, ensureRouter, type RouterClient } from './router.ts';
import type { PoolRecord } from './router-program.ts';
import { isInferSuccess, readSmokeRequest, requestFromMetadata, type SmokeRequest } from './smoke.ts';
import type { DeployResult, FailureStage, Log } from './types.ts';

export interface DockerDeployOptions {
  image: string;
  /** Service name: names the router, network and containers (`mlci-<name>-…`). */
  name: string;
  /** Host port the router publishes. */
  port: number;
  dockerHost?: string;
  replicas?: number;
  env?: Record<string, string>;
  healthPath?: string;
  /** OIP infer request file; generated from the model's metadata when absent. */
  smokeRequest?: string;
  /** Model name for the generated smoke request (default: the only model the repository index lists). */
  model?: string;
  /** Readiness deadline for the new replicas, in seconds. */
  timeoutSeconds?: number;
  /** Switch back automatically when the new version fails after taking traffic (default true). */
  rollback?: boolean;
  /** Port the model server listens on inside its container (also passed as PORT). */
  containerPort?: number;
  /** Image with `node` for the router and the lock placeholder (its code comes from this package). */
  routerImage?: string;
  /** Host address the router's port binds to. */
  bindAddress?: string;
  /** How long real traffic is watched after the switch before the old version is stopped. */
  watchSeconds?: number;
  /** How long in-flight requests of the old version may take to finish. */
  drainSeconds?: number;
  log?: Log;
}


export async function deployDocker(options: DockerDeployOptions): Promise<DeployResult> {
  const started = performance.now();
  const o = withDefaults(options);
  if (!/^[a-z0-9][a-z0-9_.-]*$/.test(o.name)) {
    throw new UserError(`name '${o.name}' is not a valid service name: use lowercase letters, digits, '.', '_', '-'`);
  }
  const { docker, publishHost } = connectDocker(o.dockerHost);
  const image = await resolveImage(docker, o.image);
  await resolveImage(docker, o.routerImage);
  // mlci-serve images name their model in MLCI_MODEL_NAME; the smoke request uses it when nothing else does.
  const imageEnv = (await docker.getImage(image.id).inspect()).Config.Env ?? [];
  o.imageModelName = imageEnv.find((e) => e.startsWith('MLCI_MODEL_NAME='))?.slice('MLCI_MODEL_NAME='.length);
  const configDigest = digest({ image: image.id, env: sortedEnv(o.env), port: o.containerPort, replicas: o.replicas,
    health: o.healthPath });
  const url = `http://${o.bindAddress === '0.0.0.0' ? publishHost : o.bindAddress}:${o.port}`;
  const lock = await acquireLock(docker, o.name, {
    image: o.routerImage, waitMs: (o.timeoutSeconds + o.watchSeconds + o.drainSeconds + 30) * 1000,
    leaseMs: (o.timeoutSeconds + o.watchSeconds + o.drainSeconds + 120) * 1000, owner: `pid ${process.pid}`,
  });
  try {
    const network = `mlci-${o.name}`;
    await ensureNetwork(docker, network, o.name);
    const router = await ensureRouter(docker, {
      service: o.name, network, image: o.routerImage, port: o.port, bindAddress: o.bindAddress, publishHost,
    });
    const state = await router.state();
    const old = state.active;
    const base = {
      target: 'docker' as const, service: o.name, image: o.image, url, replicas: o.replicas,
      previousImage: old?.image ?? null, previousVersion: old?.version ?? null,
    };
    if (old && old.configDigest === configDigest && (await allRunning(docker, old.containers))) {
      o.log(`${o.name}: ${o.image} (${image.id.slice(0, 19)}) already serves with this configuration; nothing to do`);
      return { ...base, version: image.id, previousImage: old.image, previousVersion: old.version,
        status: 'unchanged', rolledBack: false, failure: null, timings: { totalMs: performance.now() - started } };
    }

    const candidates = await startReplicas(docker, o, network, image.id);
    const record: PoolRecord = {
      version: image.id, image: o.image, configDigest, containers: candidates,
      upstreams: candidates.map((c) => `http://${c}:${o.containerPort}`), deployedAt: new Date().toISOString(),
    };
    const fail = async (stage: FailureStage, reason: string, rolledBack: boolean, extra = {}) => {
      const logTail = await lastLogLines(docker, candidates[0]!, 30);
      if (o.rollback) await removeContainers(docker, candidates);
      o.log(`${o.name}: ${stage} failed: ${reason}${rolledBack ? `; ${old?.image ?? 'nothing'} keeps serving` : ''}`);
      return { ...base, version: old?.version ?? image.id, status: rolledBack ? 'rolled-back' : 'failed',
        rolledBack, failure: { stage, reason, logTail }, timings: { ...extra, totalMs: performance.now() - started },
      } as DeployResult;
    };

    // 3. Readiness of every new replica, probed by the router from inside the network.
    const ready = await waitReady(docker, router, record, o);
    if (ready !== true) return fail('readiness', ready, old !== null);
    const healthMs = performance.now() - started;

    // 4. The smoke inference.
    let smoke: SmokeRequest;
    try {
      smoke = await smokeRequestFor(router, record.upstreams[0]!, o);
    } catch (error) {
      await removeContainers(docker, candidates);
      throw error;
    }
    const answer = await router.probe(record.upstreams[0]!, 'POST', `/v2/models/${encodeURIComponent(smoke.model)}/infer`,
      smoke.body, 30_000);
    const smokeMs = answer.ms;
    if (!isInferSuccess(answer.status, answer.body)) {
      const said = answer.error ?? `HTTP ${answer.status}: ${answer.body.slice(0, 300)}`;
      return fail('smoke', `the smoke request to model '${smoke.model}' failed (${said})`, old !== null,
        { healthMs, smokeMs });
    }

    // 5. Switch, compare-and-set on the generation we read under the lock.
    const switched = await router.switchTo(record, state.generation);
    if (!switched) {
      await removeContainers(docker, candidates);
      throw new UserError(`another deploy changed service '${o.name}' while this one ran; nothing was switched`);
    }
    const trafficMs = performance.now() - started;
    o.log(`${o.name}: traffic moved to ${o.image} after ${Math.round(trafficMs)} ms`);

    // 6. Watch the first seconds of real traffic.
    const trouble = await watchAfterSwitch(docker, router, record, o);
    if (trouble) {
      if (o.rollback && old) {
        await router.switchTo(old, switched.generation);
        await router.drain(o.drainSeconds * 1000);
        return fail('after-switch', trouble, true, { healthMs, smokeMs, trafficMs });
      }
      return fail('after-switch', trouble, false, { healthMs, smokeMs, trafficMs });
    }

    // 7. Drain and stop the old version.
    await router.drain(o.drainSeconds * 1000);
    if (old) await removeContainers(docker, old.containers, 10);
    await removeStrays(docker, o.name, candidates);
    return { ...base, version: image.id, status: 'deployed', rolledBack: false, failure: null,
      timings: { healthMs, smokeMs, trafficMs, totalMs: performance.now() - started } };
  } finally {
    await lock.release();
  }
}

function withDefaults(options: DockerDeployOptions) {
  const replicas = options.replicas ?? 1;
  if (!Number.isInteger(replicas) || replicas < 1) throw new UserError(`replicas must be a whole number >= 1, got ${replicas}`);
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) {
    throw new UserError(`port must be a TCP port between 1 and 65535, got ${options.port}`);
  }
  return {
    ...options,
    replicas,
    env: options.env ?? {},
    healthPath: options.healthPath ?? '/v2/health/ready',
    timeoutSeconds: options.timeoutSeconds ?? 120,
    rollback: options.rollback ?? true,
    containerPort: options.containerPort ?? 8080,
    routerImage: options.routerImage ?? 'node:24-alpine',
    bindAddress: options.bindAddress ?? '0.0.0.0',
    watchSeconds: options.watchSeconds ?? 5,
    drainSeconds: options.drainSeconds ?? 30,
    log: options.log ?? (() => undefined),
    imageModelName: undefined as string | undefined,
  };
}
type Resolved = ReturnType<typeof withDefaults>;

async function startReplicas(docker: Docker, o: Resolved, network: string, imageId: string): Promise<string[]> {
  const tag = randomBytes(3).toString('hex');
  const names: string[] = [];
  try {
    for (let i = 0; i < o.replicas; i++) {
      const name = `mlci-${o.name}-${tag}-${i + 1}`;
      const container = await docker.createContainer({
        name,
        Image: imageId,
        Env: Object.entries({ PORT: String(o.containerPort), ...o.env }).map(([k, v]) => `${k}=${v}`),
        Labels: { 'mlci.service': o.name, 'mlci.role': 'model', 'mlci.version': imageId, 'mlci.image': o.image },
        HostConfig: { NetworkMode: network, RestartPolicy: { Name: 'unless-stopped' } },
      });
      names.push(name);
      await container.start();
    }
  } catch (error) {
    await removeContainers(docker, names);
    throw new UserError(`could not start image '${o.image}': ${(error as Error).message}`);
  }
  return names;
}

/** true, or the reason readiness failed (deadline, or a replica that exited). */
async function waitReady(docker: Docker, router: RouterClient, record: PoolRecord, o: Resolved): Promise<true | string> {
  const deadline = Date.now() + o.timeoutSeconds * 1000;
  const pending = new Set(record.upstreams.map((u, i) => i));
  let last = '';
  let round = 0;
  while (pending.size > 0) {
    for (const i of [...pending]) {
      const answer = await router.probe(record.upstreams[i]!, 'GET', o.healthPath, undefined, 2_000);
      if (answer.status === 200) pending.delete(i);
      else last = answer.error ?? `HTTP ${answer.status}`;
    }
    if (pending.size === 0) break;
    if (++round % 4 === 0 && !(await allRunning(docker, record.containers))) {
      return `a new replica exited before it became ready (last health answer: ${last})`;
    }
    if (Date.now() > deadline) {
      return `${pending.size} of ${record.upstreams.length} new replicas did not answer ${o.healthPath} with 200 ` +
        `within ${o.timeoutSeconds} s (last answer: ${last})`;
    }
    await sleep(250);
  }
  return true;
}

async function smokeRequestFor(router: RouterClient, upstream: string, o: Resolved): Promise<SmokeRequest> {
  if (o.smokeRequest) return readSmokeRequest(o.smokeRequest, o.model);
  let model = o.model ?? o.env.MLCI_MODEL_NAME ?? o.imageModelName;
  if (!model) {
    // The OIP model-repository extension lists the models a server holds.
    const index = await router.probe(upstream, 'POST', '/v2/repository/index', '{}', 10_000);
    const names = index.status === 200 ? listedModels(index.body) : [];
    if (names.length !== 1) {
      throw new UserError(`cannot tell which model to smoke-test (the server lists ${names.length ? names.join(', ')
        : 'no models'}); give the model name, MLCI_MODEL_NAME in env, or a smoke-request file`);
    }
    model = names[0]!;
  }
  const metadata = await router.probe(upstream, 'GET', `/v2/models/${encodeURIComponent(model)}`, undefined, 10_000);
  if (metadata.status !== 200) {
    throw new UserError(`model '${model}' metadata (GET /v2/models/${model}) answered HTTP ${metadata.status}; ` +
      `give a smoke-request file`);
  }
  return requestFromMetadata(metadata.body, model);
}

function listedModels(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as Array<{ name?: string }>;
    return Array.isArray(parsed) ? parsed.map((m) => m.name).filter((n): n is string => typeof n === 'string') : [];
  } catch {
    return [];
  }
}

/** null when the new pool served cleanly for watchSeconds, else what went wrong. */
async function watchAfterSwitch(docker: Docker, router: RouterClient, record: PoolRecord, o: Resolved) {
  const until = Date.now() + o.watchSeconds * 1000;
  let round = 0;
  while (Date.now() < until) {
    const { stats } = await router.state();
    const s = stats.active;
    if (s && s.serverErrors + s.connectErrors > 0) {
      return `after the switch the new version failed ${s.serverErrors + s.connectErrors} of ${s.requests} ` +
        `requests (${s.serverErrors} answered 5xx, ${s.connectErrors} connections failed)`;
    }
    if (++round % 5 === 0) {
      if (!(await allRunning(docker, record.containers))) return 'a new replica exited after the switch';
      for (const upstream of record.upstreams) {
        const health = await router.probe(upstream, 'GET', o.healthPath, undefined, 2_000);
        if (health.status !== 200) return `a new replica stopped answering ${o.healthPath} after the switch ` +
          `(${health.error ?? `HTTP ${health.status}`})`;
      }
    }
    await sleep(200);
  }
  return null;
}

async function allRunning(docker: Docker, containers: string[]): Promise<boolean> {
  for (const name of containers) {
    const info = await docker.getContainer(name).inspect().catch(() => null);
    if (!info?.State.Running) return false;
  }
  return true;
}

/** Graceful stop (SIGTERM, then SIGKILL after `graceSeconds`), then removal. */
async function removeContainers(docker: Docker, names: string[], graceSeconds = 0): Promise<void> {
  await Promise.all(names.map(async (name) => {
    const container = docker.getContainer(name);
    if (graceSeconds > 0) await container.stop({ t: graceSeconds }).catch(() => undefined);
    await container.remove({ force: true }).catch(() => undefined);
  }));
}

/** Model containers of this service that no pool refers to (left by a deploy that was killed mid-way). */
async function removeStrays(docker: Docker, service: string, keep: string[]): Promise<void> {
  const all = await docker.listContainers({ all: true, filters: { label: [`mlci.service=${service}`, 'mlci.role=model'] } });
  const strays = all.map((c) => c.Names[0]!.replace(/^\//, '')).filter((n) => !keep.includes(n));
  await removeContainers(docker, strays);
}

function sortedEnv(env: Record<string, string>): string[] {
  return Object.keys(env).sort().map((k) => `${k}=${env[k]}`);
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

