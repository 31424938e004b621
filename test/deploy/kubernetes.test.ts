import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { renderKubernetes, writeManifests } from '@mlci/deploy/kubernetes';

const options = { image: '127.0.0.1:5000/iris@sha256:' + 'a'.repeat(64), name: 'iris', port: 80, replicas: 3, env: { LOG: 'debug' } };

test('renders a Deployment that never drops below the desired replicas and probes the OIP health paths', () => {
  const [deployment, service] = renderKubernetes({ ...options, timeoutSeconds: 240 });
  const spec = deployment!.object.spec as any;
  assert.equal(deployment!.kind, 'Deployment');
  assert.deepEqual(spec.strategy, { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } });
  assert.equal(spec.progressDeadlineSeconds, 240);
  assert.equal(spec.replicas, 3);
  const container = spec.template.spec.containers[0];
  assert.deepEqual(container.readinessProbe.httpGet, { path: '/v2/health/ready', port: 8080 });
  assert.deepEqual(container.livenessProbe.httpGet, { path: '/v2/health/live', port: 8080 });
  assert.deepEqual(container.env, [{ name: 'PORT', value: '8080' }, { name: 'LOG', value: 'debug' }]);
  assert.deepEqual((service!.object.spec as any).ports, [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]);
  assert.deepEqual((service!.object.spec as any).selector, spec.selector.matchLabels);
});

test('the written YAML parses back into objects the Kubernetes schema accepts', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlci-k8s-'));
  try {
    const files = await writeManifests(renderKubernetes(options), dir);
    assert.deepEqual((await readdir(dir)).sort(), ['iris.deployment.yaml', 'iris.service.yaml']);
    const parsed = parse(await readFile(files[0]!, 'utf8'));
    assert.doesNotThrow(() => new Deployment(parsed).validate());
    // The same validator rejects a broken manifest, so the check above can fail.
    parsed.spec.template.spec.containers[0].ports[0].containerPort = 'eighty';
    assert.throws(() => new Deployment(parsed).validate(), /containerPort must be integer/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('kserve: renders one InferenceService with protocolVersion v2 and the probes on its container', () => {
  const manifests = renderKubernetes({ ...options, kserve: true, modelFormat: 'onnx' });
  assert.deepEqual(manifests.map((m) => m.kind), ['InferenceService']);
  const object = manifests[0]!.object as any;
  assert.equal(object.apiVersion, 'serving.kserve.io/v1beta1');
  assert.equal(object.spec.predictor.minReplicas, 3);
  assert.equal(object.spec.predictor.model.protocolVersion, 'v2');
  assert.deepEqual(object.spec.predictor.model.modelFormat, { name: 'onnx' });
  assert.equal(object.spec.predictor.model.image, options.image);
  assert.equal(object.spec.predictor.model.readinessProbe.httpGet.path, '/v2/health/ready');
});

test('a name Kubernetes cannot use is a user error naming the rule', () => {
  assert.throws(() => renderKubernetes({ ...options, name: 'Iris_Model' }),
    { name: 'UserError', message: /name 'Iris_Model' cannot name Kubernetes objects: use at most 63 lowercase/ });
});

test('a port outside the schema range is caught by the schema validation', () => {
  assert.throws(() => renderKubernetes({ ...options, containerPort: 1.5 }),
    { name: 'UserError', message: /rendered Container does not match the Kubernetes schema: .*must be integer/ });
});
