/**
 * Packaging a model as a served container image: prepare the build context, build, smoke-test, push.
 *
 * `onnx` flavor: the context is generated (see dockerfile.ts): `runtime/node_modules/onnxruntime-{node,common}`
 * with only the target platform's native files, `server/` (the ncc bundle of @mlci/serve), `model/model.onnx`.
 * `dockerfile` flavor: the user's context and Dockerfile, built as they are.
 * Either way the image is labelled with its lineage, smoke-tested before anything is pushed, and pushed only when
 * asked; a failure at any step throws and nothing later happens.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type Docker from 'dockerode';
import { UserError } from '@mlci/core';
import { buildImage, type BuildResult } from './build.ts';
import { onnxDockerfile } from './dockerfile.ts';
import { lineageLabels, type LineageInputs } from './lineage.ts';
import { readOnnxModelInfo, sampleInferRequest, type OnnxModelInfo } from './onnx-graph.ts';
import { pushImage } from './push.ts';
import type { RegistryCredentials } from './registry.ts';
import { smokeTest, type SmokeResult } from './smoke.ts';

export interface PackageOptions {
  docker: Docker;
  /** Where ports the engine publishes are reached (127.0.0.1 for a local engine). */
  publishedHost?: string;
  flavor: 'onnx' | 'dockerfile';
  /** The model file (required for `onnx`; for `dockerfile`, optional: used for labels and the sample request). */
  model?: string;
  modelName: string;
  /** `dockerfile` flavor: the build context and the Dockerfile (relative to the context). */
  contextDir?: string;
  dockerfile?: string;
  /** `registry/path` without tag. */
  repository: string;
  tags: string[];
  baseImage: string;
  labels?: Record<string, string>;
  buildArgs?: Record<string, string>;
  lineage?: Omit<LineageInputs, 'title' | 'modelSha256' | 'modelFormat' | 'opset'>;
  /** `onnx` flavor: the server bundle (dist/serve/index.js) and onnxruntime-node's package folder. */
  serverBundle?: string;
  runtimeDir?: string;
  smokeTest?: boolean;
  sampleRequest?: unknown;
  smokeTimeoutMs?: number;
  push?: boolean;
  credentials?: RegistryCredentials;
  log?: (line: string) => void;
}

export interface PackageResult {
  imageId: string;
  /** `repository@sha256:...` when pushed, else `repository:<first tag>`. */
  image: string;
  digest: string | undefined;
  tags: string[];
  sizeBytes: number;
  pushed: boolean;
  build: BuildResult;
  smoke: (Omit<SmokeResult, 'response'> & { outputs: string[] }) | undefined;
  labels: Record<string, string>;
  model: { file: string; sha256: string; format: string; info: OnnxModelInfo | undefined } | undefined;
}

export async function packageModel(options: PackageOptions): Promise<PackageResult> {
  const log = options.log ?? (() => {});
  if (options.tags.length === 0) throw new UserError('no image tags: give at least one in tags');
  let model: PackageResult['model'];
  let sampleRequest = options.sampleRequest;
  if (options.model) {
    const bytes = await readFile(options.model).catch((error: Error) => {
      throw new UserError(`model file ${options.model} cannot be read: ${error.message}`, { file: options.model });
    });
    let info: OnnxModelInfo | undefined;
    try {
      info = readOnnxModelInfo(bytes);
    } catch (error) {
      // The server is the authority on whether a model loads; the smoke test will show its verdict.
      log(`warning: ${options.model} could not be read as ONNX (${(error as Error).message}); the smoke test will decide`);
    }
    model = { file: options.model, sha256: createHash('sha256').update(bytes).digest('hex'), format: 'onnx', info };
    if (sampleRequest === undefined && info) sampleRequest = sampleInferRequest(info);
  } else if (options.flavor === 'onnx') {
    throw new UserError("the onnx flavor needs a 'model' file");
  }

  const labels = {
    ...(model ? await lineageLabels({ ...options.lineage, title: options.modelName, modelSha256: model.sha256, modelFormat: model.format, opset: model.info?.opset }) : {}),
    ...(model ? {} : { 'org.opencontainers.image.title': options.modelName }),
    ...options.labels,
  };
  const references = options.tags.map((t) => `${options.repository}:${t}`);
  let contextDir = options.contextDir;
  let cleanup: string | undefined;
  if (options.flavor === 'onnx') {
    const platform = await enginePlatform(options.docker);
    contextDir = cleanup = await mkdtemp(join(tmpdir(), 'mlci-image-'));
    await prepareOnnxContext(contextDir, { ...options, model: options.model as string, platform, labels });
  } else if (!contextDir) {
    throw new UserError("the dockerfile flavor needs 'context' (and 'dockerfile' when it is not <context>/Dockerfile)");
  }
  let build: BuildResult;
  try {
    log(`building ${references.join(', ')}`);
    build = await buildImage(options.docker, {
      contextDir: contextDir as string,
      dockerfile: options.flavor === 'onnx' ? 'Dockerfile' : options.dockerfile,
      tags: references,
      labels: options.flavor === 'onnx' ? {} : labels,
      buildArgs: options.buildArgs,
      log,
    });
  } finally {
    if (cleanup) await rm(cleanup, { recursive: true, force: true });
  }
  log(`built ${build.imageId.slice(7, 19)} in ${(build.durationMs / 1000).toFixed(1)} s (${build.cachedSteps} of ${build.steps} steps from cache)`);
  const inspected = await options.docker.getImage(build.imageId).inspect();

  let smoke: PackageResult['smoke'];
  if (options.smokeTest !== false) {
    const result = await smokeTest(options.docker, {
      image: build.imageId,
      modelName: options.modelName,
      sampleRequest,
      timeoutMs: options.smokeTimeoutMs ?? 60_000,
      publishedHost: options.publishedHost,
      log,
    });
    smoke = { readyAfterMs: result.readyAfterMs, inferMs: result.inferMs, outputs: result.response?.outputs.map((o) => `${o.name} ${o.datatype}[${o.shape.join(',')}]`) ?? [] };
  }

  let digest: string | undefined;
  let image = references[0];
  if (options.push) {
    const pushed = await pushImage(options.docker, { repository: options.repository, tags: options.tags, credentials: options.credentials, log });
    digest = pushed.digest;
    image = pushed.image;
  }
  return { imageId: build.imageId, image, digest, tags: options.tags, sizeBytes: inspected.Size, pushed: Boolean(options.push), build, smoke, labels, model };
}

/** `linux/<arch>` of the engine, in Node's arch names (x64, arm64), so the natives match the image. */
async function enginePlatform(docker: Docker): Promise<{ os: string; arch: string }> {
  const info = (await docker.info()) as { OSType?: string; Architecture?: string };
  const arch = ({ x86_64: 'x64', amd64: 'x64', aarch64: 'arm64', arm64: 'arm64' } as Record<string, string>)[info.Architecture ?? ''];
  if (!arch || info.OSType !== 'linux') throw new UserError(`the Docker engine runs ${info.OSType}/${info.Architecture}; the onnx flavor supports linux on x86_64 and aarch64`);
  return { os: 'linux', arch };
}

async function prepareOnnxContext(dir: string, o: PackageOptions & { model: string; platform: { os: string; arch: string } }): Promise<void> {
  if (!o.serverBundle || !existsSync(o.serverBundle)) throw new Error(`the server bundle ${o.serverBundle ?? '(not given)'} is missing; build it with 'npm run bundle -- serve'`);
  const runtime = o.runtimeDir;
  if (!runtime || !existsSync(join(runtime, 'package.json'))) {
    throw new UserError(`onnxruntime-node was not found${runtime ? ` at ${runtime}` : ''}; run 'npm install onnxruntime-node' in the workspace or set 'onnxruntime-dir'`);
  }
  const natives = join(runtime, 'bin', 'napi-v6', o.platform.os, o.platform.arch);
  if (!existsSync(natives)) throw new UserError(`onnxruntime-node at ${runtime} has no native files for ${o.platform.os}/${o.platform.arch} (${natives})`);
  const common = [join(runtime, 'node_modules', 'onnxruntime-common'), join(dirname(runtime), 'onnxruntime-common')].find((d) => existsSync(join(d, 'package.json')));
  if (!common) throw new UserError(`onnxruntime-common (a dependency of onnxruntime-node) was not found beside ${runtime}`);
  const modules = join(dir, 'runtime', 'node_modules');
  await copyTree(runtime, join(modules, 'onnxruntime-node'), (rel) => rel === 'package.json' || (rel.startsWith('dist/') && rel.endsWith('.js')));
  await copyTree(natives, join(modules, 'onnxruntime-node', 'bin', 'napi-v6', o.platform.os, o.platform.arch), () => true);
  await copyTree(common, join(modules, 'onnxruntime-common'), (rel) => rel === 'package.json' || (rel.startsWith('dist/') && /\.(m?js|json)$/.test(rel)));
  await mkdir(join(dir, 'server'), { recursive: true });
  await copyFile(o.serverBundle, join(dir, 'server', 'index.js'));
  await writeFile(join(dir, 'server', 'package.json'), '{"type":"module"}\n');
  await mkdir(join(dir, 'model'), { recursive: true });
  await copyFile(o.model, join(dir, 'model', 'model.onnx'));
  await writeFile(join(dir, 'Dockerfile'), onnxDockerfile({ baseImage: o.baseImage, modelName: o.modelName, labels: o.labels }));
}

async function copyTree(from: string, to: string, keep: (relative: string) => boolean, prefix = ''): Promise<void> {
  for (const entry of await readdir(join(from, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (rel !== 'node_modules') await copyTree(from, to, keep, rel);
    } else if (keep(rel)) {
      await mkdir(dirname(join(to, rel)), { recursive: true });
      await copyFile(join(from, rel), join(to, rel));
    }
  }
}
