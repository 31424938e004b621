/**
 * packageModel end to end on a real engine and registry: the fixture ONNX model becomes an image that is
 * smoke-tested, pushed, pulled back by digest, run, and answers with the model's known outputs; its labels
 * carry the lineage; a model-only change rebuilds from cache but for the model layer; a broken model fails at
 * the smoke test and nothing is pushed.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { packageModel, parseImageReference, runContainer, registryBaseUrl } from '@mlci/docker';
import { dockerTestEnv, removeImages, serverBundle, uniqueRepository, ONNXRUNTIME_DIR, type DockerTestEnv } from '../support/docker.ts';

const MODEL = fileURLToPath(new URL('../fixtures/models/iris-linear.onnx', import.meta.url));
const BROKEN = fileURLToPath(new URL('../fixtures/models/broken.onnx', import.meta.url));
const expected = JSON.parse(await readFile(new URL('../fixtures/models/iris-linear.expected.json', import.meta.url), 'utf8')) as {
  input: number[][]; probabilities: number[][]; label: number[];
};

let env: DockerTestEnv;
let bundle: string;
before(async () => {
  [env, bundle] = await Promise.all([dockerTestEnv(), serverBundle()]);
});

test('the onnx flavor packages, smoke-tests, pushes; the image pulled by digest serves the known outputs', async () => {
  const repository = uniqueRepository('iris');
  const repo = await mkdtemp(join(tmpdir(), 'mlci-lineage-'));
  await writeFile(join(repo, 'dvc.lock'), 'schema: "2.0"\nstages:\n  train:\n    cmd: python train.py\n    deps:\n    - path: data/train.csv\n      md5: 0123456789abcdef0123456789abcdef\n      size: 10\n');
  await mkdir(join(repo, 'mlci-results'));
  const evalResult = join(repo, 'mlci-results', 'model-eval.json');
  await writeFile(evalResult, JSON.stringify({ action: 'model-eval', payload: { source: { file: 'preds.csv', sha256: 'a'.repeat(64) }, metrics: { accuracy: 0.93, f1: 0.9 } } }));
  const lines: string[] = [];
  const result = await packageModel({
    docker: env.docker, flavor: 'onnx', model: MODEL, modelName: 'iris', repository, tags: ['abc1234', 'latest'],
    baseImage: env.baseImage, serverBundle: bundle, runtimeDir: ONNXRUNTIME_DIR, push: true, smokeTimeoutMs: 60_000,
    lineage: { revision: 'abc1234def', source: 'https://github.com/acme/iris', created: '2026-11-30T12:00:00Z', version: 'abc1234', resultFiles: [evalResult], repositoryDir: repo },
    labels: { team: 'ml' }, log: (l) => lines.push(l),
  });
  assert.match(result.digest ?? '', /^sha256:[0-9a-f]{64}$/);
  assert.equal(result.image, `${repository}@${result.digest}`);
  assert.deepEqual(result.smoke?.outputs, ['probabilities FP32[1,3]', 'label INT64[1]']);
  assert.ok(lines.some((l) => l.startsWith('smoke test: passed')), lines.join('\n'));
  assert.ok(result.sizeBytes > 0);

  await removeImages(env.docker, `${repository}:abc1234`, `${repository}:latest`, result.imageId);
  await new Promise((resolve, reject) => env.docker.pull(result.image, (err: Error | null, stream: NodeJS.ReadableStream) => (err ? reject(err) : env.docker.modem.followProgress(stream, (e) => (e ? reject(e) : resolve(null))))));
  const inspected = await env.docker.getImage(result.image).inspect();
  const labels = inspected.Config.Labels;
  assert.equal(labels['org.opencontainers.image.revision'], 'abc1234def');
  assert.equal(labels['org.opencontainers.image.source'], 'https://github.com/acme/iris');
  assert.equal(labels['org.opencontainers.image.created'], '2026-11-30T12:00:00Z');
  assert.equal(labels['org.opencontainers.image.version'], 'abc1234');
  assert.equal(labels['org.opencontainers.image.title'], 'iris');
  assert.equal(labels['io.mlci.model.sha256'], result.model?.sha256);
  assert.equal(labels['io.mlci.model.format'], 'onnx');
  assert.equal(labels['io.mlci.model.opset'], '13');
  assert.deepEqual(JSON.parse(labels['io.mlci.metrics']), { accuracy: 0.93, f1: 0.9 });
  assert.deepEqual(JSON.parse(labels['io.mlci.datasets']), { 'preds.csv': 'a'.repeat(64) });
  assert.deepEqual(JSON.parse(labels['io.mlci.dvc']), { 'data/train.csv': '0123456789abcdef0123456789abcdef' });
  assert.equal(labels.team, 'ml');
  assert.equal(inspected.Config.User, '65532:65532');
  assert.ok(inspected.Config.Healthcheck?.Test?.some((part: string) => part.includes('/v2/health/ready')));

  const running = await runContainer(env.docker, { image: result.image, port: 8080 });
  try {
    let ready = false;
    for (let i = 0; i < 150 && !ready; i++) {
      ready = (await fetch(`${running.url}/v2/health/ready`).then((r) => r.status, () => 0)) === 200;
      if (!ready) await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(ready, await running.logs());
    const body = await (await fetch(`${running.url}/v2/models/iris/infer`, { method: 'POST', body: JSON.stringify({ inputs: [{ name: 'input', datatype: 'FP32', shape: [3, 4], data: expected.input }] }) })).json() as { outputs: Array<{ data: number[] }> };
    assert.deepEqual(body.outputs[1].data, expected.label);
    body.outputs[0].data.forEach((v, i) => assert.ok(Math.abs(v - expected.probabilities.flat()[i]) < 1e-6));
  } finally {
    await running.remove();
  }
  await removeImages(env.docker, result.image);
});

test('a model-only change rebuilds from cache except the model layer', async () => {
  const repository = uniqueRepository('rebuild');
  const common = { docker: env.docker, flavor: 'onnx' as const, modelName: 'iris', repository, baseImage: env.baseImage, serverBundle: bundle, runtimeDir: ONNXRUNTIME_DIR, smokeTest: false };
  const first = await packageModel({ ...common, model: MODEL, tags: ['one'] });
  // The same graph with another producer string of the same length (protobuf lengths stay valid): a different
  // file, the same interface. Random, so that no earlier run left this model's layer in the engine's cache.
  const changed = join(await mkdtemp(join(tmpdir(), 'mlci-model-')), 'iris.onnx');
  const bytes = await readFile(MODEL);
  await writeFile(changed, Buffer.from(bytes.toString('latin1').replace('mlci-fixtures', `mlci-${randomBytes(4).toString('hex')}`), 'latin1'));
  const second = await packageModel({ ...common, model: changed, tags: ['two'] });
  assert.notEqual(first.imageId, second.imageId);
  // FROM is never "from cache"; after it, everything up to the model COPY is; after it come the LABEL steps.
  assert.match(second.build.rebuiltSteps[0], /^COPY model\/model.onnx /, second.build.rebuiltSteps.join('\n'));
  assert.ok(second.build.rebuiltSteps.slice(1).every((s) => s.startsWith('LABEL ')), second.build.rebuiltSteps.join('\n'));
  assert.equal(second.build.steps - second.build.cachedSteps - 1, second.build.rebuiltSteps.length);
  await removeImages(env.docker, `${repository}:one`, `${repository}:two`);
});

test('a broken model fails at the smoke test with the server log, and nothing is pushed', async () => {
  const repository = uniqueRepository('broken');
  await assert.rejects(
    packageModel({ docker: env.docker, flavor: 'onnx', model: BROKEN, modelName: 'broken', repository, tags: ['v1'], baseImage: env.baseImage, serverBundle: bundle, runtimeDir: ONNXRUNTIME_DIR, push: true, smokeTimeoutMs: 30_000 }),
    /smoke test of .* failed: the container exited with code 1 before it was ready[\s\S]*is not a valid ONNX model/,
  );
  const ref = parseImageReference(repository);
  const tags = await fetch(`${registryBaseUrl(ref.registry)}/v2/${ref.path}/tags/list`);
  assert.equal(tags.status, 404, 'the repository must not exist in the registry');
  await removeImages(env.docker, `${repository}:v1`);
});
