/**
 * The router container's lifecycle (create once per service, then keep) and a client for its admin API.
 * See router-program.ts for what runs inside.
 */
import { randomBytes } from 'node:crypto';
import type Docker from 'dockerode';
import { UserError } from '@mlci/core';
import { sleep, statusCode } from './docker-connection.ts';
import { routerScript, type PoolRecord, type PoolStats, type RouterConfig } from './router-program.ts';

const LISTEN_PORT = 8080;
const ADMIN_PORT = 9000;

export interface RouterState {
  generation: number;
  active: PoolRecord | null;
  previous: PoolRecord | null;
  stats: { active: PoolStats | null; previous: PoolStats | null };
}

export interface ProbeAnswer {
  status: number;
  body: string;
  ms: number;
  error?: string;
}

export class RouterClient {
  readonly adminUrl: string;
  readonly #token: string;

  constructor(adminUrl: string, token: string) {
    this.adminUrl = adminUrl;
    this.#token = token;
  }

  async #call(method: string, path: string, body?: unknown): Promise<{ status: number; value: unknown }> {
    const response = await fetch(new URL(path, this.adminUrl), {
      method,
      headers: { authorization: `Bearer ${this.#token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(120_000),
    });
    return { status: response.status, value: await response.json() };
  }

  async state(): Promise<RouterState> {
    return (await this.#call('GET', '/state')).value as RouterState;
  }

  async probe(upstream: string, method: string, path: string, body: string | undefined, timeoutMs: number) {
    return (await this.#call('POST', '/probe', { upstream, method, path, body, timeoutMs })).value as ProbeAnswer;
  }

  /** Compare-and-set: returns null when another deploy moved the generation first. */
  async switchTo(record: PoolRecord, expectGeneration: number): Promise<RouterState | null> {
    const answer = await this.#call('POST', '/switch', { record, expectGeneration });
    return answer.status === 409 ? null : (answer.value as RouterState);
  }

  async drain(timeoutMs: number): Promise<{ inFlight: number }> {
    return (await this.#call('POST', '/drain', { timeoutMs })).value as { inFlight: number };
  }
}

export interface RouterSpec {
  service: string;
  network: string;
  image: string;
  port: number;
  bindAddress: string;
  publishHost: string;
}

export function routerName(service: string): string {
  return `mlci-${service}-router`;
}

/** The router of `service`, created and started if missing; waits until its admin API answers. */
export async function ensureRouter(docker: Docker, spec: RouterSpec): Promise<RouterClient> {
  const name = routerName(spec.service);
  let info = await docker.getContainer(name).inspect().catch((e) => (statusCode(e) === 404 ? null : Promise.reject(e)));
  if (!info) {
    const config: RouterConfig = {
      listenPort: LISTEN_PORT,
      adminPort: ADMIN_PORT,
      token: randomBytes(24).toString('hex'),
      upstreamTimeoutMs: 60_000,
      maxBodyBytes: 64 * 1024 * 1024,
      stateFile: '/tmp/mlci-router-state.json',
    };
    try {
      const container = await docker.createContainer({
        name,
        Image: spec.image,
        Cmd: ['node', '-e', routerScript()],
        Env: [`MLCI_ROUTER_CONFIG=${JSON.stringify(config)}`],
        Labels: { 'mlci.service': spec.service, 'mlci.role': 'router' },
        ExposedPorts: { [`${LISTEN_PORT}/tcp`]: {}, [`${ADMIN_PORT}/tcp`]: {} },
        HostConfig: {
          NetworkMode: spec.network,
          RestartPolicy: { Name: 'unless-stopped' },
          PortBindings: {
            [`${LISTEN_PORT}/tcp`]: [{ HostIp: spec.bindAddress, HostPort: String(spec.port) }],
            [`${ADMIN_PORT}/tcp`]: [{ HostIp: '127.0.0.1', HostPort: '' }],
          },
        },
      });
      await container.start();
    } catch (error) {
      // 409: a concurrent first deploy created it a moment ago; use theirs.
      if (statusCode(error) !== 409) {
        throw new UserError(`could not start the router for '${spec.service}' on port ${spec.port}: ${
          (error as Error).message}`);
      }
    }
    info = await docker.getContainer(name).inspect();
  }
  if (!info.State.Running) {
    await docker.getContainer(name).start().catch((e) => (statusCode(e) === 304 ? undefined : Promise.reject(e)));
    info = await docker.getContainer(name).inspect();
  }
  const bound = info.HostConfig.PortBindings?.[`${LISTEN_PORT}/tcp`]?.[0]?.HostPort;
  if (bound !== String(spec.port)) {
    throw new UserError(`service '${spec.service}' is published on port ${bound}, not ${spec.port}; changing the ` +
      `port would interrupt it. Remove container ${name} first if that is intended.`);
  }
  const adminPort = info.NetworkSettings.Ports?.[`${ADMIN_PORT}/tcp`]?.[0]?.HostPort;
  const env = info.Config.Env.find((e) => e.startsWith('MLCI_ROUTER_CONFIG='));
  if (!adminPort || !env) throw new Error(`router ${name} has no admin port or config`);
  const { token } = JSON.parse(env.slice('MLCI_ROUTER_CONFIG='.length)) as RouterConfig;
  const client = new RouterClient(`http://${spec.publishHost}:${adminPort}`, token);
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await client.state();
      return client;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`router ${name} admin API did not answer`, { cause: error });
      await sleep(100);
    }
  }
}

/** The user-defined bridge network the router and the model containers share (Docker DNS by name). */
export async function ensureNetwork(docker: Docker, name: string, service: string): Promise<void> {
  const existing = await docker.listNetworks({ filters: { name: [name] } });
  if (existing.some((n) => n.Name === name)) return;
  try {
    await docker.createNetwork({ Name: name, Driver: 'bridge', CheckDuplicate: true, Labels: { 'mlci.service': service } });
  } catch (error) {
    if (statusCode(error) !== 409) throw error;
  }
}
