/**
 * The `kubernetes` target, rendering half: a Deployment + Service (or a KServe InferenceService speaking the
 * Open Inference Protocol, v2) with readiness/liveness probes on the OIP health paths, validated against the
 * Kubernetes OpenAPI schemas (npm `kubernetes-models`, generated from the upstream OpenAPI document) and written
 * as YAML for GitOps. Applying them to a cluster is kubernetes-apply.ts.
 *
 * Zero-downtime choices: RollingUpdate with maxUnavailable 0 / maxSurge 1 (an old pod only goes once a new one
 * is Ready), progressDeadlineSeconds = the deploy timeout (so a stuck rollout reports ProgressDeadlineExceeded),
 * and a preStop pause so endpoints drop the pod before it gets SIGTERM.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Service } from 'kubernetes-models/v1/Service';
import { Container } from 'kubernetes-models/v1/Container';
import { ObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';
import type { IContainer } from 'kubernetes-models/v1/Container';
import { UserError } from '@mlci/core';

export interface KubernetesRenderOptions {
  image: string;
  name: string;
  namespace?: string;
  /** Service port (the container listens on containerPort). */
  port: number;
  containerPort?: number;
  replicas?: number;
  env?: Record<string, string>;
  healthPath?: string;
  livePath?: string;
  timeoutSeconds?: number;
  /** Render a KServe InferenceService instead of Deployment + Service. */
  kserve?: boolean;
  /** KServe modelFormat name (a ServingRuntime supporting it must exist in the cluster). */
  modelFormat?: string;
}

export interface RenderedManifest {
  kind: string;
  name: string;
  file: string;
  object: Record<string, unknown>;
}

/** DNS-1035 label: what Service and InferenceService names must be. */
const DNS_1035 = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

export function renderKubernetes(options: KubernetesRenderOptions): RenderedManifest[] {
  const o = {
    containerPort: 8080, replicas: 1, env: {}, healthPath: '/v2/health/ready', livePath: '/v2/health/live',
    timeoutSeconds: 300, kserve: false, modelFormat: 'onnx', ...options,
  };
  if (!DNS_1035.test(o.name)) {
    throw new UserError(`name '${o.name}' cannot name Kubernetes objects: use at most 63 lowercase letters, digits ` +
      `and '-', starting with a letter and not ending with '-'`);
  }
  const labels = { 'app.kubernetes.io/name': o.name, 'app.kubernetes.io/managed-by': 'mlci' };
  const metadata = (extra: Record<string, string> = {}) =>
    new ObjectMeta({ name: o.name, namespace: o.namespace, labels: { ...labels, ...extra },
      annotations: { 'mlci.dev/image': o.image } }).toJSON() as Record<string, unknown>;
  const container: IContainer = {
    name: o.kserve ? 'kserve-container' : 'model',
    image: o.image,
    ports: [{ name: 'http', containerPort: o.containerPort, protocol: 'TCP' }],
    env: Object.entries({ PORT: String(o.containerPort), ...o.env }).map(([name, value]) => ({ name, value })),
    readinessProbe: { httpGet: { path: o.healthPath, port: o.containerPort }, periodSeconds: 2, failureThreshold: 3 },
    livenessProbe: { httpGet: { path: o.livePath, port: o.containerPort }, periodSeconds: 10, failureThreshold: 3,
      initialDelaySeconds: 10 },
    lifecycle: { preStop: { sleep: { seconds: 5 } } },
  };
  validate(new Container(container), 'Container');

  if (o.kserve) {
    // KServe v1beta1: predictor.model is a ModelSpec, which inlines a core/v1 Container (so `image`, probes and
    // env override the runtime's container) next to modelFormat and protocolVersion.
    const inferenceService = {
      apiVersion: 'serving.kserve.io/v1beta1',
      kind: 'InferenceService',
      metadata: metadata(),
      spec: {
        predictor: {
          minReplicas: o.replicas,
          model: { modelFormat: { name: o.modelFormat }, protocolVersion: 'v2', ...container },
        },
      },
    };
    return [{ kind: 'InferenceService', name: o.name, file: `${o.name}.inferenceservice.yaml`, object: inferenceService }];
  }

  const deployment = new Deployment({
    metadata: metadata(),
    spec: {
      replicas: o.replicas,
      selector: { matchLabels: { 'app.kubernetes.io/name': o.name } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      progressDeadlineSeconds: o.timeoutSeconds,
      minReadySeconds: 5,
      revisionHistoryLimit: 5,
      template: {
        metadata: { labels },
        spec: { containers: [container], terminationGracePeriodSeconds: 30 },
      },
    },
  });
  const service = new Service({
    metadata: metadata(),
    spec: {
      type: 'ClusterIP',
      selector: { 'app.kubernetes.io/name': o.name },
      ports: [{ name: 'http', port: o.port, targetPort: 'http', protocol: 'TCP' }],
    },
  });
  validate(deployment, 'Deployment');
  validate(service, 'Service');
  return [
    { kind: 'Deployment', name: o.name, file: `${o.name}.deployment.yaml`, object: deployment.toJSON() as Record<string, unknown> },
    { kind: 'Service', name: o.name, file: `${o.name}.service.yaml`, object: service.toJSON() as Record<string, unknown> },
  ];
}

function validate(model: { validate(): void }, kind: string): void {
  try {
    model.validate();
  } catch (error) {
    const details = (error as { errors?: Array<{ instancePath: string; message?: string }> }).errors;
    const said = details?.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ') ?? (error as Error).message;
    throw new UserError(`the rendered ${kind} does not match the Kubernetes schema: ${said}`);
  }
}

/** Writes one YAML file per manifest into `directory` (created); returns the paths written. */
export async function writeManifests(manifests: RenderedManifest[], directory: string): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const written: string[] = [];
  for (const manifest of manifests) {
    const file = path.join(directory, manifest.file);
    await writeFile(file, `# Rendered by mlci deploy-endpoint; apply with kubectl apply --server-side.\n${
      stringify(manifest.object)}`);
    written.push(file);
  }
  return written;
}
