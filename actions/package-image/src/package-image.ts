/**
 * package-image: model file -> served, smoke-tested, labelled container image (pushed when asked).
 * The engine is @mlci/docker's packageModel; this adapter reads inputs, finds the server bundle and the ONNX
 * runtime's natives, works out tags and lineage from the GitHub context, and reports.
 *
 * Where the image's parts come from at run time:
 *   - the server bundle: dist/serve/index.js beside this action's bundle (dist/package-image/index.js), which
 *     `npm run bundle` emits (ncc of packages/serve/src/main.ts, onnxruntime-node external); MLCI_SERVE_BUNDLE
 *     overrides it.
 *   - onnxruntime-node (JS and the target platform's native files): input `onnxruntime-dir`, else
 *     node_modules/onnxruntime-node of the action's repository, else of the workspace.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import { UserError } from '@mlci/core';
import { connectDocker, packageModel, parseImageReference, type PackageResult } from '@mlci/docker';
import { findOnnxRuntimeDir } from '../../common/src/onnxruntime.ts';
import type { ActionDefinition } from '../../common/src/index.ts';
import payloadSchema from '../../../schemas/package-image.schema.json' with { type: 'json' };
import { renderReport, type Payload } from './report.ts';

interface Inputs {
  flavor: 'onnx' | 'dockerfile';
  model?: string;
  modelName: string;
  context?: string;
  dockerfile: string;
  repository: string;
  tags: string[];
  baseImage: string;
  push: boolean;
  credentials?: { username: string; password: string };
  labels: Record<string, string>;
  buildArgs: Record<string, string>;
  dockerHost?: string;
  smokeTest: boolean;
  smokeTimeoutMs: number;
  sampleRequest?: unknown;
  onnxruntimeDir?: string;
}

export const definition: ActionDefinition<Inputs, Payload> = {
  name: 'package-image',
  payloadSchema,
  async readInputs(input, context) {
    const flavor = input.choice('flavor', ['onnx', 'dockerfile'] as const);
    const model = input.optionalFile('model');
    if (flavor === 'onnx' && !model) throw new UserError("Input 'model' is required for the onnx flavor: the ONNX file to serve.");
    const repository = input.string('image');
    const ref = parseImageReference(repository, "input 'image'");
    if (ref.tag || ref.digest) throw new UserError(`Input 'image' must be a repository without tag or digest, e.g. ${ref.repository}; put tags in 'tags'.`);
    let contextDir: string | undefined;
    if (flavor === 'dockerfile') {
      const given = input.optionalString('context');
      if (!given) throw new UserError("Input 'context' is required for the dockerfile flavor: the build context directory.");
      contextDir = input.resolve(given);
      if (!existsSync(contextDir)) throw new UserError(`Input 'context': directory '${given}' does not exist.`);
    }
    const username = input.optionalString('registry-username');
    const password = input.optionalString('registry-password');
    if (password) core.setSecret(password);
    if (Boolean(username) !== Boolean(password)) throw new UserError("Give both 'registry-username' and 'registry-password', or neither.");
    const registry = input.optionalString('registry');
    if (registry && registry !== ref.registry) throw new UserError(`Input 'registry' is ${registry} but 'image' is in ${ref.registry}; they must agree.`);
    const defaultName = model ? path.basename(model, path.extname(model)) : ref.path.split('/').pop() as string;
    const tags = input.list('tags');
    if (tags.length === 0) {
      const sha = context.github.sha;
      if (!sha) throw new UserError("Input 'tags' is empty and there is no commit sha (GITHUB_SHA) to tag with.");
      tags.push(sha.slice(0, 7));
      if (context.github.isDefaultBranchPush) tags.push('latest');
    }
    for (const tag of tags) parseImageReference(`${ref.repository}:${tag}`, `tag '${tag}' in input 'tags'`);
    const sample = input.yamlOrFile('sample-request');
    return {
      flavor,
      model,
      modelName: input.optionalString('model-name') ?? defaultName,
      context: contextDir,
      dockerfile: input.optionalString('dockerfile') ?? 'Dockerfile',
      repository: ref.repository,
      tags,
      baseImage: input.optionalString('base-image') ?? 'node:24-slim',
      push: input.boolean('push'),
      credentials: username && password ? { username, password } : undefined,
      labels: keyValues(input.optionalString('labels'), 'labels'),
      buildArgs: keyValues(input.optionalString('build-args'), 'build-args'),
      dockerHost: input.optionalString('docker-host'),
      smokeTest: input.boolean('smoke-test', true),
      smokeTimeoutMs: input.number('smoke-timeout', { min: 1, fallback: 60 }) * 1000,
      sampleRequest: sample?.value,
      onnxruntimeDir: input.optionalString('onnxruntime-dir'),
    };
  },
  async run(inputs, context) {
    const { docker, publishedHost } = connectDocker(inputs.dockerHost);
    const here = bundleDirectory();
    const serverBundle = process.env.MLCI_SERVE_BUNDLE ?? path.join(here, '..', 'serve', 'index.js');
    const runtimeDir = inputs.onnxruntimeDir
      ? path.resolve(context.workspace, inputs.onnxruntimeDir)
      : findOnnxRuntimeDir(context.workspace);
    const github = context.github;
    const ownResult = path.resolve(context.resultDir, 'package-image.json');
    const resultFiles = existsSync(context.resultDir)
      ? readdirSync(context.resultDir).filter((f) => f.endsWith('.json')).map((f) => path.join(context.resultDir, f)).filter((f) => f !== ownResult)
      : [];
    const result: PackageResult = await context.log.group(`Packaging ${inputs.repository}`, () =>
      packageModel({
        docker,
        publishedHost,
        flavor: inputs.flavor,
        model: inputs.model,
        modelName: inputs.modelName,
        contextDir: inputs.context,
        dockerfile: inputs.dockerfile,
        repository: inputs.repository,
        tags: inputs.tags,
        baseImage: inputs.baseImage,
        labels: inputs.labels,
        buildArgs: inputs.buildArgs,
        serverBundle,
        runtimeDir,
        smokeTest: inputs.smokeTest,
        sampleRequest: inputs.sampleRequest,
        smokeTimeoutMs: inputs.smokeTimeoutMs,
        push: inputs.push,
        credentials: inputs.credentials,
        lineage: {
          revision: github.sha || undefined,
          source: github.repository ? `${github.serverUrl}/${github.repository}` : undefined,
          created: commitTime(context.workspace, github.sha, github.payload),
          version: inputs.tags[0],
          resultFiles,
          repositoryDir: context.workspace,
        },
        log: (line) => context.log.info(line),
      }),
    );
    const payload: Payload = {
      flavor: inputs.flavor,
      repository: inputs.repository,
      image: result.image,
      digest: result.digest ?? null,
      imageId: result.imageId,
      tags: result.tags,
      pushed: result.pushed,
      sizeBytes: result.sizeBytes,
      build: { durationMs: Math.round(result.build.durationMs), steps: result.build.steps, cachedSteps: result.build.cachedSteps, rebuiltSteps: result.build.rebuiltSteps },
      smoke: result.smoke ? { readyAfterMs: Math.round(result.smoke.readyAfterMs), inferMs: Math.round(result.smoke.inferMs), outputs: result.smoke.outputs } : null,
      model: result.model
        ? { file: path.relative(context.workspace, result.model.file), sha256: result.model.sha256, format: result.model.format, inputs: result.model.info?.inputs ?? [], outputs: result.model.info?.outputs ?? [] }
        : null,
      labels: result.labels,
    };
    return {
      passed: true,
      headline: `${result.pushed ? 'Pushed' : 'Built'} ${result.image} (${(result.sizeBytes / 1e6).toFixed(1)} MB)${result.smoke ? ', smoke test passed' : ''}`,
      payload,
      outputs: { image: result.image, digest: result.digest ?? '', tags: result.tags.join(','), 'size-bytes': result.sizeBytes },
      report: renderReport(payload),
    };
  },
};

/** KEY=VALUE lines (or comma-separated) into an object; a line without '=' is the user's mistake. */
function keyValues(text: string | undefined, name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [i, raw] of (text ?? '').split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) throw new UserError(`Input '${name}', line ${i + 1}: '${line}' is not KEY=VALUE.`);
    out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}

/** The folder of the running bundle (dist/package-image), or of this source file when run unbundled. */
function bundleDirectory(): string {
  return path.dirname(fileURLToPath(import.meta.url));
}

/**
 * The commit's time (ISO 8601) for org.opencontainers.image.created, so labels do not change between rebuilds of
 * one commit: `git log` in the workspace, else the push event's head_commit timestamp; undefined when neither.
 */
function commitTime(workspace: string, sha: string, payload: Record<string, unknown>): string | undefined {
  if (sha) {
    try {
      const out = execFileSync('git', ['log', '-1', '--format=%cI', sha], { cwd: workspace, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (out) return new Date(out).toISOString();
    } catch {
      // not a git checkout, or the commit is not in it (shallow clone of another ref)
    }
  }
  const stamp = (payload.head_commit as { timestamp?: string } | undefined)?.timestamp;
  return stamp ? new Date(stamp).toISOString() : undefined;
}
