/**
 * package-image through its bundle (dist/package-image/index.js; build it and the server bundle it packs with
 * `npm run bundle -- package-image serve`), run as the GitHub runner runs it, against a real engine and
 * registries (scripts/docker-up.sh).
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestDigest, parseImageReference, registryBaseUrl } from '@mlci/docker';
import { runAction, repoPath } from '../support/runner.ts';
import { pushEvent } from '../support/events.ts';
import { dockerTestEnv, removeImages, uniqueRepository, type DockerTestEnv } from '../support/docker.ts';

let env: DockerTestEnv;
before(async () => {
  env = await dockerTestEnv();
});

function workspace(model = 'iris-linear.onnx', files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-pi-'));
  mkdirSync(join(dir, 'models'));
  copyFileSync(repoPath('test', 'fixtures', 'models', model), join(dir, 'models', model));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const NO_COMMENT = { comment: 'never' };

test('a push to the default branch builds, smoke-tests and pushes the model tagged with the short sha and latest', async () => {
  const repository = uniqueRepository('action');
  const sha = '0123456789abcdef0123456789abcdef01234567';
  const run = await runAction('package-image', {
    workspace: workspace(),
    event: pushEvent({ sha }),
    inputs: { ...NO_COMMENT, model: 'models/iris-linear.onnx', image: repository, 'base-image': env.baseImage, push: true, labels: 'team=ml\nstage=candidate' },
    timeoutMs: 300_000,
  });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.passed, 'true');
  assert.equal(run.outputs.tags, '0123456,latest');
  assert.match(run.outputs.digest, /^sha256:[0-9a-f]{64}$/);
  assert.equal(run.outputs.image, `${repository}@${run.outputs.digest}`);
  assert.ok(Number(run.outputs['size-bytes']) > 1e6);
  const ref = parseImageReference(repository);
  assert.equal(await manifestDigest(ref.registry, ref.path, 'latest'), run.outputs.digest);
  assert.equal(await manifestDigest(ref.registry, ref.path, '0123456'), run.outputs.digest);
  const payload = run.result.payload;
  assert.equal(payload.model.file, 'models/iris-linear.onnx');
  assert.deepEqual(payload.model.inputs, [{ name: 'input', datatype: 'FP32', shape: [-1, 4] }]);
  assert.deepEqual(payload.smoke.outputs, ['probabilities FP32[1,3]', 'label INT64[1]']);
  assert.equal(payload.labels['io.mlci.model.name'], 'iris-linear');
  assert.equal(payload.labels['org.opencontainers.image.revision'], sha);
  assert.equal(payload.labels['org.opencontainers.image.source'], 'https://github.com/octo-org/churn-model');
  assert.equal(payload.labels['org.opencontainers.image.created'], '2026-11-30T12:00:00.000Z');
  assert.equal(payload.labels.team, 'ml');
  assert.match(run.summary, /Pushed 127\.0\.0\.1:5000\/mlci-test\/action-/);
  await removeImages(env.docker, `${repository}:latest`, `${repository}:0123456`);
});

test('a broken model fails the step at the smoke test with the server log, and nothing is pushed', async () => {
  const repository = uniqueRepository('action-broken');
  const run = await runAction('package-image', {
    workspace: workspace('broken.onnx'),
    inputs: { ...NO_COMMENT, model: 'models/broken.onnx', image: repository, tags: 'v1', 'base-image': env.baseImage, push: true, 'smoke-timeout': 30 },
    timeoutMs: 300_000,
  });
  assert.equal(run.exitCode, 1);
  const error = run.annotations.find((a) => a.level === 'error');
  assert.match(error?.message ?? '', /smoke test of .* failed: the container exited with code 1 before it was ready/);
  assert.match(run.stdout, /is not a valid ONNX model/);
  assert.equal(run.resultFile === undefined || run.result === undefined, true);
  const ref = parseImageReference(repository);
  assert.equal((await fetch(`${registryBaseUrl(ref.registry)}/v2/${ref.path}/tags/list`)).status, 404);
  await removeImages(env.docker, `${repository}:v1`);
});

test('a registry demanding credentials rejects wrong ones with a clear error and accepts the right ones', async () => {
  const repository = uniqueRepository('action-auth', env.authRegistry);
  const inputs = { ...NO_COMMENT, model: 'models/iris-linear.onnx', image: repository, tags: 'v1', 'base-image': env.baseImage, push: true, 'smoke-test': false, 'registry-username': 'mlci' };
  const wrong = await runAction('package-image', { workspace: workspace(), inputs: { ...inputs, 'registry-password': 'not-the-password' }, timeoutMs: 300_000 });
  assert.equal(wrong.exitCode, 1);
  assert.match(wrong.annotations.find((a) => a.level === 'error')?.message ?? '', /push of .*:v1 failed: .*rejected the credentials; check registry-username and registry-password/);
  assert.match(wrong.stdout, /::add-mask::not-the-password/);
  assert.ok(!wrong.stdout.replace('::add-mask::not-the-password', '').includes('not-the-password'), 'the password appears only in the mask command');
  const right = await runAction('package-image', { workspace: workspace(), inputs: { ...inputs, 'registry-password': env.credentials.password }, timeoutMs: 300_000 });
  assert.equal(right.exitCode, 0, right.stdout + right.stderr);
  const ref = parseImageReference(repository);
  assert.equal(await manifestDigest(ref.registry, ref.path, 'v1', env.credentials), right.outputs.digest);
  await removeImages(env.docker, `${repository}:v1`);
});

test('the dockerfile flavor fails the step with the message of a failing RUN', async () => {
  const run = await runAction('package-image', {
    workspace: workspace('iris-linear.onnx', { 'svc/Dockerfile': `FROM ${env.baseImage}\nRUN ["node", "-e", "console.error('tests failed'); process.exit(7)"]\n` }),
    inputs: { ...NO_COMMENT, flavor: 'dockerfile', context: 'svc', image: uniqueRepository('action-df'), tags: 'v1' },
    timeoutMs: 300_000,
  });
  assert.equal(run.exitCode, 1);
  assert.match(run.annotations.find((a) => a.level === 'error')?.message ?? '', /docker build failed: The command .* returned a non-zero code: 7/);
  assert.match(run.stdout, /tests failed/);
});

test('input mistakes are user errors naming the input', async () => {
  const run = await runAction('package-image', { workspace: workspace(), inputs: { ...NO_COMMENT, model: 'models/iris-linear.onnx', image: '127.0.0.1:5000/x/y:v1' } });
  assert.equal(run.exitCode, 1);
  assert.match(run.annotations[0].message, /Input 'image' must be a repository without tag or digest/);
  const labels = await runAction('package-image', { workspace: workspace(), inputs: { ...NO_COMMENT, model: 'models/iris-linear.onnx', image: '127.0.0.1:5000/x/y', tags: 'v1', labels: 'novalue' } });
  assert.match(labels.annotations[0].message, /Input 'labels', line 1: 'novalue' is not KEY=VALUE/);
});
