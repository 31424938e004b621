/** deploy-endpoint: the action adapter over @mlci/deploy (docker, swarm, kubernetes targets; batch mode). */
import '@mlci/docker/cjs-globals';
import path from 'node:path';
import { UserError } from '@mlci/core';
import { createGitHubClient } from '@mlci/github';
import { applyKubernetes, deployDocker, deploySwarm, GitHubDeployment, parseEnvLines, runBatch, type DeployResult } from '@mlci/deploy';
import type { ActionContext, ActionDefinition, Annotation } from '../../common/src/index.ts';
import payloadSchema from '../../../schemas/deploy-endpoint.schema.json' with { type: 'json' };
import { headline, renderReport, type Payload } from './report.ts';

interface Inputs {
  image: string;
  target: 'docker' | 'swarm' | 'kubernetes';
  name: string;
  port: number;
  containerPort: number;
  dockerHost?: string;
  replicas: number;
  env: Record<string, string>;
  healthPath: string;
  smokeRequest?: string;
  model?: string;
  timeoutSeconds: number;
  rollback: boolean;
  watchSeconds: number;
  routerImage: string;
  bindAddress: string;
  publishMode: 'ingress' | 'host';
  kserve: boolean;
  modelFormat: string;
  manifestsDir: string;
  namespace?: string;
  kubeconfig?: string;
  mode: 'realtime' | 'batch';
  batchInput?: string;
  batchOutput?: string;
  environment?: string;
}

const SECRET_KEY = /TOKEN|SECRET|PASSWORD|PASSWD|KEY|CREDENTIAL|AUTH/i;

export const definition: ActionDefinition<Inputs, Payload> = {
  name: 'deploy-endpoint',
  payloadSchema,
  readInputs(input) {
    const envText = input.optionalString('env') ?? '';
    const env = parseEnvLines(envText, 'env');
    for (const [key, value] of Object.entries(env)) {
      // Mask before anything can print them; very short non-secret values would mask ordinary log text.
      if (value.length > 3 || (value.length > 0 && SECRET_KEY.test(key))) process.stdout.write(`::add-mask::${value}\n`);
    }
    const mode = input.choice('mode', ['realtime', 'batch'] as const);
    const inputs: Inputs = {
      image: input.string('image'),
      target: input.choice('target', ['docker', 'swarm', 'kubernetes'] as const),
      name: input.string('name'),
      port: input.number('port', { min: 1, max: 65535, integer: true, fallback: 8080 }),
      containerPort: input.number('container-port', { min: 1, max: 65535, integer: true, fallback: 8080 }),
      dockerHost: input.optionalString('docker-host'),
      replicas: input.number('replicas', { min: 1, integer: true, fallback: 1 }),
      env,
      healthPath: input.optionalString('health-path') ?? '/v2/health/ready',
      smokeRequest: input.optionalFile('smoke-request'),
      model: input.optionalString('model'),
      timeoutSeconds: input.number('timeout-seconds', { min: 1, fallback: 120 }),
      rollback: input.boolean('rollback', true),
      watchSeconds: input.number('watch-seconds', { min: 0, fallback: 5 }),
      routerImage: input.optionalString('router-image') ?? 'node:24-alpine',
      bindAddress: input.optionalString('bind-address') ?? '0.0.0.0',
      publishMode: input.choice('publish-mode', ['ingress', 'host'] as const),
      kserve: input.boolean('kserve'),
      modelFormat: input.optionalString('model-format') ?? 'onnx',
      manifestsDir: input.resolve(input.optionalString('manifests-dir') ?? 'mlci-results/k8s'),
      namespace: input.optionalString('namespace'),
      kubeconfig: input.optionalFile('kubeconfig'),
      mode,
      batchInput: mode === 'batch' ? input.file('batch-input') : undefined,
      batchOutput: mode === 'batch' ? input.resolve(requireInput(input.optionalString('batch-output'), 'batch-output')) : undefined,
      environment: input.optionalString('environment'),
    };
    if (!inputs.healthPath.startsWith('/')) throw new UserError(`Input 'health-path' must start with '/', got '${inputs.healthPath}'.`);
    return inputs;
  },

  async run(inputs, context) {
    const deployment = inputs.environment && inputs.mode === 'realtime' ? await startDeployment(inputs, context) : null;
    let payload: Payload;
    try {
      payload = inputs.mode === 'batch' ? await batch(inputs, context) : await realtime(inputs, context);
    } catch (error) {
      await deployment?.setState('failure', { description: `deploy of ${inputs.image} failed` }).catch(() => undefined);
      throw error;
    }
    if (deployment) {
      const ok = payload.status === 'deployed' || payload.status === 'unchanged';
      await deployment.setState(ok ? 'success' : 'failure', {
        environmentUrl: payload.url, description: ok ? `${inputs.image} is live` : `${inputs.image}: ${payload.failure?.reason ?? payload.status}`,
      });
      payload.githubDeployment = { id: deployment.id, environment: inputs.environment!, states: [...deployment.states] };
    }
    const passed = payload.batch ? payload.batch.exitCode === 0 && payload.batch.failures === 0
      : payload.status === 'deployed' || payload.status === 'unchanged' || payload.status === 'rendered';
    const annotations: Annotation[] = [];
    if (payload.failure) {
      annotations.push({ level: 'error', title: `deploy-endpoint: ${payload.failure.stage} failed`,
        message: `${payload.failure.reason}${payload.rolledBack ? ` — rolled back, ${payload.previousImage} keeps serving` : ''}` +
          (payload.failure.logTail.length ? `\nLast log lines of the new version:\n${payload.failure.logTail.join('\n')}` : '') });
    }
    if (payload.failure?.logTail.length) context.log.info(`Last log lines of ${inputs.image}:\n${payload.failure.logTail.join('\n')}`);
    const report = renderReport(payload);
    return {
      passed,
      headline: headline(payload),
      payload,
      outputs: {
        url: payload.url ?? '', version: payload.version, 'previous-image': payload.previousImage ?? '',
        'rolled-back': payload.rolledBack,
        ...(payload.batch ? { rows: payload.batch.rows, failures: payload.batch.failures } : {}),
      },
      report,
      annotations,
    };
  },
};

function requireInput(value: string | undefined, name: string): string {
  if (!value) throw new UserError(`Input '${name}' is required when mode is batch.`);
  return value;
}

async function startDeployment(inputs: Inputs, context: ActionContext): Promise<GitHubDeployment> {
  if (!context.token) throw new UserError(`Input 'environment' needs a github-token to create the GitHub Deployment.`);
  const { github } = context;
  const client = createGitHubClient({ token: context.token, apiUrl: github.apiUrl, log: context.log });
  const deployment = await GitHubDeployment.create(client, {
    owner: github.owner, repo: github.repo, ref: github.sha || github.ref, environment: inputs.environment!,
    description: `mlci deploy-endpoint: ${inputs.image}`, logUrl: github.runUrl,
  });
  await deployment.setState('in_progress', { description: `deploying ${inputs.image}` });
  return deployment;
}

async function realtime(inputs: Inputs, context: ActionContext): Promise<Payload> {
  const log = (message: string) => context.log.info(message);
  let result: DeployResult;
  let manifests: string[] | undefined;
  if (inputs.target === 'docker') {
    result = await deployDocker({ ...inputs, smokeRequest: inputs.smokeRequest, log });
  } else if (inputs.target === 'swarm') {
    result = await deploySwarm({ ...inputs, monitorSeconds: Math.max(1, inputs.watchSeconds), log });
  } else {
    // Loaded here only (see @mlci/deploy's index): the manifests' schema validation loads Node's deprecated
    // punycode module, whose warning the Docker and Swarm targets have no reason to print.
    const { renderKubernetes, writeManifests } = await import('@mlci/deploy/kubernetes');
    const rendered = renderKubernetes(inputs);
    manifests = (await writeManifests(rendered, inputs.manifestsDir)).map((f) => path.relative(context.workspace, f));
    log(`wrote ${manifests.length} validated manifest(s) to ${inputs.manifestsDir}`);
    const started = performance.now();
    const base = { target: 'kubernetes' as const, service: inputs.name, image: inputs.image, version: inputs.image,
      previousImage: null, previousVersion: null, url: `http://${inputs.name}${inputs.namespace ? `.${inputs.namespace}` : ''}:${inputs.port}`,
      replicas: inputs.replicas };
    if (!inputs.kubeconfig) {
      result = { ...base, status: 'unchanged', rolledBack: false, failure: null, timings: { totalMs: performance.now() - started } };
      return { ...payloadOf(result, inputs), status: 'rendered', manifests };
    }
    const applied = await applyKubernetes(rendered, { kubeconfig: inputs.kubeconfig, directory: inputs.manifestsDir,
      namespace: inputs.namespace, timeoutSeconds: inputs.timeoutSeconds, rollback: inputs.rollback });
    result = { ...base, status: applied.available ? 'deployed' : applied.rolledBack ? 'rolled-back' : 'failed',
      rolledBack: applied.rolledBack, failure: applied.available ? null : { stage: 'rollout', reason: applied.reason ?? 'rollout failed',
        logTail: applied.output.slice(-30) }, timings: { totalMs: performance.now() - started } };
  }
  return { ...payloadOf(result, inputs), manifests };
}

function payloadOf(result: DeployResult, inputs: Inputs): Payload {
  return { ...result, mode: 'realtime', envKeys: Object.keys(inputs.env).sort() };
}

async function batch(inputs: Inputs, context: ActionContext): Promise<Payload> {
  const run = await runBatch({ image: inputs.image, input: inputs.batchInput!, output: inputs.batchOutput!,
    dockerHost: inputs.dockerHost, env: inputs.env, timeoutSeconds: inputs.timeoutSeconds });
  context.log.info(`batch: ${run.rows} of ${run.inputRows} rows scored, ${run.failures} failed, exit code ${run.exitCode}`);
  return {
    target: inputs.target, mode: 'batch', service: inputs.name, image: inputs.image, version: run.version,
    previousImage: null, previousVersion: null, url: null, status: run.exitCode === 0 ? 'deployed' : 'failed',
    rolledBack: false, replicas: 1, envKeys: Object.keys(inputs.env).sort(), timings: { totalMs: run.durationMs },
    failure: run.exitCode === 0 ? null : { stage: 'batch', reason: `the batch command exited with code ${run.exitCode}`, logTail: run.logTail },
    batch: { input: path.relative(context.workspace, run.input), output: path.relative(context.workspace, run.output),
      inputRows: run.inputRows, rows: run.rows, failures: run.failures, exitCode: run.exitCode },
  };
}
