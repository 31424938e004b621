/**
 * The `swarm` target: a Docker Swarm service whose updates Swarm itself makes safe.
 *
 * UpdateConfig (Engine API, ServiceSpec.UpdateConfig): Order "start-first" (a new task starts before an old one
 * stops), FailureAction "rollback", Monitor (how long a new task must stay healthy to count as updated) and
 * MaxFailureRatio 0 (one failed task fails the update). The container health check polls the OIP readiness path,
 * so a task that never gets ready counts as failed. This module then waits for convergence:
 *   UpdateStatus.State  updating -> completed                         => deployed
 *                       rollback_started -> rollback_completed         => rolled back (Swarm decided)
 *                       paused | rollback_paused                       => failed
 *
 * Publish mode: with the ingress routing mesh, start-first needs nothing else. With mode=host (the only mode that
 * works where this was tested), two tasks on one node cannot bind the same port, so a start-first update would
 * wait forever for a port; host mode therefore publishes each task on its own port (PublishedPort 0 = any free
 * port), and the URL reports the port of a running task.
 */
import type Docker from 'dockerode';
import { UserError } from '@mlci/core';
import { connectDocker, lastLogLines, resolveImage, sleep, statusCode } from './docker-connection.ts';
import type { DeployResult, Log } from './types.ts';

export interface SwarmDeployOptions {
  image: string;
  name: string;
  port: number;
  dockerHost?: string;
  replicas?: number;
  env?: Record<string, string>;
  healthPath?: string;
  containerPort?: number;
  timeoutSeconds?: number;
  rollback?: boolean;
  publishMode?: 'ingress' | 'host';
  /** Seconds a new task must stay healthy before Swarm counts it as updated. */
  monitorSeconds?: number;
  log?: Log;
}

const SECOND = 1_000_000_000; // the Engine API takes durations in nanoseconds

export async function deploySwarm(options: SwarmDeployOptions): Promise<DeployResult> {
  const started = performance.now();
  const o = {
    replicas: 1, env: {}, healthPath: '/v2/health/ready', containerPort: 8080, timeoutSeconds: 120, rollback: true,
    publishMode: 'ingress' as const, monitorSeconds: 5, log: (() => undefined) as Log, ...options,
  };
  const { docker, publishHost } = connectDocker(o.dockerHost);
  const info = await docker.info();
  if (info.Swarm?.LocalNodeState !== 'active' || !info.Swarm?.ControlAvailable) {
    throw new UserError(`the swarm target needs a Swarm manager; the engine at ${o.dockerHost ?? 'the default socket'} ` +
      `is ${info.Swarm?.LocalNodeState ?? 'not in a swarm'} (run docker swarm init)`);
  }
  const image = await resolveImage(docker, o.image);
  const healthUrl = `http://127.0.0.1:${o.containerPort}${o.healthPath}`;
  const spec = {
    Name: o.name,
    Labels: { 'mlci.service': o.name, 'mlci.image': o.image },
    TaskTemplate: {
      ContainerSpec: {
        Image: o.image,
        Env: Object.entries({ PORT: String(o.containerPort), ...o.env }).map(([k, v]) => `${k}=${v}`),
        Labels: { 'mlci.service': o.name, 'mlci.version': image.id },
        Healthcheck: {
          // The images are expected to carry node (they run the mlci model server); no shell or curl needed.
          Test: ['CMD', 'node', '-e', `fetch(${JSON.stringify(healthUrl)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`],
          Interval: 1 * SECOND, Timeout: 2 * SECOND, Retries: 3, StartPeriod: o.timeoutSeconds * SECOND,
        },
        StopGracePeriod: 10 * SECOND,
      },
      RestartPolicy: { Condition: 'on-failure', MaxAttempts: 3, Delay: 1 * SECOND },
    },
    Mode: { Replicated: { Replicas: o.replicas } },
    UpdateConfig: { Parallelism: 1, Delay: 0, FailureAction: o.rollback ? 'rollback' : 'pause',
      Monitor: o.monitorSeconds * SECOND, MaxFailureRatio: 0, Order: 'start-first' },
    RollbackConfig: { Parallelism: 1, Delay: 0, FailureAction: 'pause', Monitor: o.monitorSeconds * SECOND,
      MaxFailureRatio: 0, Order: 'start-first' },
    EndpointSpec: { Ports: [{ Protocol: 'tcp', TargetPort: o.containerPort,
      PublishedPort: o.publishMode === 'host' ? 0 : o.port, PublishMode: o.publishMode }] },
  };

  const existing = await docker.getService(o.name).inspect().catch((e) => (statusCode(e) === 404 ? null : Promise.reject(e)));
  const previousImage: string | null = existing?.Spec?.Labels?.['mlci.image'] ?? null;
  const previousVersion: string | null = existing?.Spec?.TaskTemplate?.ContainerSpec?.Labels?.['mlci.version'] ?? null;
  const base = { target: 'swarm' as const, service: o.name, image: o.image, replicas: o.replicas, previousImage, previousVersion };
  if (existing && previousVersion === image.id && sameEnv(existing.Spec.TaskTemplate.ContainerSpec.Env, spec.TaskTemplate.ContainerSpec.Env)) {
    return { ...base, version: image.id, url: await taskUrl(docker, o.name, o, publishHost), status: 'unchanged',
      rolledBack: false, failure: null, timings: { totalMs: performance.now() - started } };
  }
  if (existing) {
    await docker.getService(o.name).update({ ...spec, version: existing.Version.Index } as never);
  } else {
    await docker.createService(spec as never);
  }
  o.log(`${o.name}: ${existing ? 'updating' : 'creating'} the swarm service to ${o.image}`);

  const deadline = Date.now() + (o.timeoutSeconds + 4 * o.monitorSeconds + 60) * 1000;
  for (;;) {
    const service = await docker.getService(o.name).inspect();
    const state: string | undefined = service.UpdateStatus?.State;
    const done = existing ? state === 'completed' : await converged(docker, o.name, image.id, o.replicas);
    const elapsed = () => ({ totalMs: performance.now() - started });
    if (done) {
      return { ...base, version: image.id, url: await taskUrl(docker, o.name, o, publishHost), status: 'deployed',
        rolledBack: false, failure: null, timings: { trafficMs: performance.now() - started, ...elapsed() } };
    }
    if (state === 'rollback_completed' || state === 'paused' || state === 'rollback_paused' || Date.now() > deadline) {
      const rolledBack = state === 'rollback_completed';
      // Swarm may have restarted the previous version's tasks; report once they are healthy again.
      while (rolledBack && previousVersion && Date.now() < deadline &&
        !(await converged(docker, o.name, previousVersion, o.replicas))) await sleep(500);
      const logTail = await failedTaskLogs(docker, o.name, image.id);
      const reason = Date.now() > deadline ? `the service did not converge within the deadline (state ${state ?? 'none'})`
        : `Swarm reports ${state}: ${service.UpdateStatus?.Message ?? ''}`.trim();
      return { ...base, version: rolledBack ? previousVersion ?? image.id : image.id,
        url: await taskUrl(docker, o.name, o, publishHost), status: rolledBack ? 'rolled-back' : 'failed', rolledBack,
        failure: { stage: 'swarm-update', reason, logTail }, timings: elapsed() };
    }
    await sleep(500);
  }
}

async function converged(docker: Docker, name: string, imageId: string, replicas: number): Promise<boolean> {
  const tasks = await docker.listTasks({ filters: { service: [name], 'desired-state': ['running'] } });
  const healthy = await Promise.all(tasks.filter((t) => t.Status?.State === 'running').map(async (t) => {
    const id = t.Status?.ContainerStatus?.ContainerID;
    const info = id ? await docker.getContainer(id).inspect().catch(() => null) : null;
    return info?.State.Health?.Status === 'healthy' && info.Image === imageId;
  }));
  return healthy.filter(Boolean).length >= replicas;
}

async function taskUrl(docker: Docker, name: string, o: { port: number; publishMode: string }, host: string) {
  if (o.publishMode !== 'host') return `http://${host}:${o.port}`;
  const tasks = await docker.listTasks({ filters: { service: [name], 'desired-state': ['running'] } });
  const port = tasks.flatMap((t) => t.Status?.PortStatus?.Ports ?? []).find((p) => p.PublishedPort)?.PublishedPort;
  return port ? `http://${host}:${port}` : null;
}

async function failedTaskLogs(docker: Docker, name: string, imageId: string): Promise<string[]> {
  const tasks = await docker.listTasks({ filters: { service: [name] } });
  for (const task of tasks.sort((a, b) => String(b.CreatedAt).localeCompare(String(a.CreatedAt)))) {
    const id = task.Status?.ContainerStatus?.ContainerID;
    if (!id) continue;
    const info = await docker.getContainer(id).inspect().catch(() => null);
    if (info?.Image === imageId) return lastLogLines(docker, id, 30);
  }
  return [];
}

function sameEnv(a: string[] | undefined, b: string[]): boolean {
  return JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());
}
