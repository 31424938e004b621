import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type Docker from 'dockerode';
import { deploySwarm } from '@mlci/deploy';
import { dockerTestEnv } from '../support/docker.ts';
import { infer, modelImage, uniqueService } from './helpers.ts';

const run = promisify(execFile);

describe('swarm target: start-first updates that Swarm rolls back', { timeout: 150_000 }, () => {
  let docker: Docker;
  let joinedHere = false;
  const name = uniqueService('sw');
  const base = { name, port: 0, publishMode: 'host' as const, timeoutSeconds: 4, monitorSeconds: 2 };

  before(async () => {
    docker = (await dockerTestEnv()).docker;
    // Other suites share the engine: join a swarm only if none is active, and leave only the one we created.
    if ((await docker.info()).Swarm?.LocalNodeState !== 'active') {
      await run('docker', ['swarm', 'init', '--advertise-addr', '127.0.0.1']).catch((error) => {
        if (!/already part of a swarm/.test(String(error.stderr))) throw error;
      });
      joinedHere = true;
    }
    await Promise.all([modelImage('v1'), modelImage('v3', 'never-ready')]);
  });
  after(async () => {
    await docker?.getService(name).remove().catch(() => undefined);
    if (joinedHere) {
      const services = await docker.listServices().catch(() => []);
      if (services.length === 0) await run('docker', ['swarm', 'leave', '--force']).catch(() => undefined);
    }
  });

  test('creates the service with the safe update policy and waits until its task is healthy', async () => {
    const result = await deploySwarm({ ...base, image: await modelImage('v1') });
    assert.equal(result.status, 'deployed');
    assert.match(result.url!, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(await infer(result.url!), 'v1');
    const spec = (await docker.getService(name).inspect()).Spec;
    assert.deepEqual(
      { Order: spec.UpdateConfig.Order, FailureAction: spec.UpdateConfig.FailureAction,
        MaxFailureRatio: spec.UpdateConfig.MaxFailureRatio, Monitor: spec.UpdateConfig.Monitor },
      { Order: 'start-first', FailureAction: 'rollback', MaxFailureRatio: 0, Monitor: 2_000_000_000 },
    );
    assert.equal(spec.EndpointSpec.Ports[0].PublishMode, 'host');
    assert.equal(spec.TaskTemplate.ContainerSpec.Healthcheck.Test[0], 'CMD');
  });

  test('an update to a version that never becomes ready is rolled back by Swarm and v1 keeps serving', async () => {
    const result = await deploySwarm({ ...base, image: await modelImage('v3', 'never-ready') });
    assert.equal(result.status, 'rolled-back');
    assert.equal(result.rolledBack, true);
    assert.equal(result.failure!.stage, 'swarm-update');
    assert.match(result.failure!.reason, /rollback_completed/);
    assert.ok(result.failure!.logTail.some((l) => l.includes('model server v3 (never-ready)')), result.failure!.logTail.join('\n'));
    assert.equal(result.previousImage, await modelImage('v1'));
    assert.equal(await infer(result.url!), 'v1');
  });
});
