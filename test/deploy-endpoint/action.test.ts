import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type Docker from 'dockerode';
import { runAction } from '../support/runner.ts';
import { GitHubEmulator } from '../support/github-emulator.ts';
import { pushEvent } from '../support/events.ts';
import { dockerTestEnv } from '../support/docker.ts';
import { freePort, infer, modelImage, removeService, uniqueService } from '../deploy/helpers.ts';

// Runs the BUNDLE: build it first with `npm run bundle -- deploy-endpoint`.
describe('deploy-endpoint action (bundle)', { timeout: 240_000 }, () => {
  let gh: GitHubEmulator;
  let docker: Docker;
  let baseImage: string;
  let port: number;
  const service = uniqueService('act');

  before(async () => {
    ({ docker, baseImage } = await dockerTestEnv());
    gh = await GitHubEmulator.start();
    port = await freePort();
    await Promise.all([modelImage('v1'), modelImage('v3', 'smoke-500')]);
  });
  after(async () => {
    await gh?.stop();
    if (docker) await removeService(docker, service);
  });

  const common = () => ({ target: 'docker', name: service, port, 'router-image': baseImage, 'bind-address': '127.0.0.1',
    'watch-seconds': 1, 'timeout-seconds': 20, comment: 'never' });

  test('deploys v1, moves the GitHub Deployment in_progress -> success with the URL, and masks env values', async () => {
    const run = await runAction('deploy-endpoint', {
      inputs: { ...common(), image: await modelImage('v1'), environment: 'staging', env: 'API_TOKEN=s3cr3t-value\nLOG=debug' },
      event: pushEvent(), apiUrl: gh.url,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.passed, 'true');
    assert.equal(run.outputs.url, `http://127.0.0.1:${port}`);
    assert.equal(run.outputs['rolled-back'], 'false');
    assert.equal(run.outputs['previous-image'], '');
    assert.match(run.outputs.version!, /^sha256:[0-9a-f]{64}$/);
    assert.equal(await infer(run.outputs.url!), 'v1');
    assert.ok(run.stdout.includes('::add-mask::s3cr3t-value'));
    assert.ok(run.stdout.includes('::add-mask::debug'));
    assert.deepEqual(run.result.payload.envKeys, ['API_TOKEN', 'LOG']);
    assert.ok(!readFileSync(run.resultFile!, 'utf8').includes('s3cr3t-value'), 'secret values never reach the result file');
    const [deployment] = gh.deployments;
    assert.equal(deployment!.environment, 'staging');
    const statuses = gh.deploymentStatuses.get(deployment!.id as number)!;
    assert.deepEqual(statuses.map((s) => s.state), ['in_progress', 'success']);
    assert.equal(statuses[1]!.environment_url, `http://127.0.0.1:${port}`);
    assert.deepEqual(run.result.payload.githubDeployment.states, ['in_progress', 'success']);
    assert.match(run.summary, /is live on docker/);
    // The Kubernetes manifests' validation (loaded for that target only) used to print Node's punycode DEP0040 here.
    assert.doesNotMatch(run.stderr, /DeprecationWarning/);
  });

  test('a version failing its smoke request fails the step, reports rolled-back with its logs, and the deployment fails', async () => {
    const run = await runAction('deploy-endpoint', {
      inputs: { ...common(), image: await modelImage('v3', 'smoke-500'), environment: 'staging' },
      event: pushEvent(), apiUrl: gh.url,
    });
    assert.equal(run.exitCode, 1);
    assert.equal(run.outputs.passed, 'false');
    assert.equal(run.outputs['rolled-back'], 'true');
    assert.equal(run.outputs['previous-image'], await modelImage('v1'));
    assert.equal(run.result.payload.failure.stage, 'smoke');
    const error = run.annotations.find((a) => a.level === 'error')!;
    assert.match(error.message, /smoke request to model 'iris' failed \(HTTP 500/);
    assert.match(error.message, /infer failed on purpose \(smoke-500\)/);
    assert.match(run.summary, /Rollback reason \(smoke\)/);
    const statuses = gh.deploymentStatuses.get(gh.deployments[1]!.id as number)!;
    assert.deepEqual(statuses.map((s) => s.state), ['in_progress', 'failure']);
    assert.equal(await infer(`http://127.0.0.1:${port}`), 'v1');
  });

  test('a malformed env line is one user error naming the line, and no result file', async () => {
    const run = await runAction('deploy-endpoint', {
      inputs: { ...common(), image: await modelImage('v1'), env: 'GOOD=1\n2BAD=x' }, event: pushEvent(), apiUrl: gh.url,
    });
    assert.equal(run.exitCode, 1);
    assert.equal(run.annotations.length, 1);
    assert.match(run.annotations[0]!.message, /env line 2 is not KEY=VALUE \(got '2BAD'\)/);
    assert.equal(run.annotations[0]!.line, 2);
    assert.equal(run.result, undefined);
  });

  test('kubernetes target writes validated Deployment and Service manifests for GitOps', async () => {
    const run = await runAction('deploy-endpoint', {
      inputs: { target: 'kubernetes', name: 'iris', image: '127.0.0.1:5000/iris:1', port: 80, replicas: 2, comment: 'never',
        'manifests-dir': 'deploy/k8s' },
      event: pushEvent(), apiUrl: gh.url,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.result.payload.status, 'rendered');
    assert.deepEqual(run.result.payload.manifests, ['deploy/k8s/iris.deployment.yaml', 'deploy/k8s/iris.service.yaml']);
    const yaml = readFileSync(path.join(run.workspace, 'deploy/k8s/iris.deployment.yaml'), 'utf8');
    assert.match(yaml, /maxUnavailable: 0/);
    assert.match(yaml, /path: \/v2\/health\/ready/);
  });

  test('batch mode through the action: rows scored and failures as outputs', async () => {
    const workspaceRows = 'a,b,c,d\n5,5,5,5\n1,1,1,1\nx,1,1,1\n';
    const run = await runAction('deploy-endpoint', {
      inputs: { name: service, image: await modelImage('v1'), mode: 'batch', 'batch-input': 'rows.csv',
        'batch-output': 'out/scores.csv', comment: 'never' },
      event: pushEvent(), apiUrl: gh.url,
      workspace: await (async () => {
        const { mkdtempSync } = await import('node:fs');
        const dir = mkdtempSync(path.join((await import('node:os')).tmpdir(), 'mlci-batch-ws-'));
        writeFileSync(path.join(dir, 'rows.csv'), workspaceRows);
        (await import('node:fs')).mkdirSync(path.join(dir, 'out'));
        return dir;
      })(),
    });
    assert.deepEqual([run.outputs.rows, run.outputs.failures], ['2', '1']);
    assert.equal(run.exitCode, 1, 'a row that could not be scored fails the step');
    assert.ok(existsSync(path.join(run.workspace, 'out/scores.csv')));
    assert.equal(readFileSync(path.join(run.workspace, 'out/scores.csv'), 'utf8'), 'label\n1\n0\n\n');
  });
});
