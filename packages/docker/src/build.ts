/**
 * Building an image through the engine's /build endpoint (dockerode), streaming readable progress to the log and
 * failing closed: any error line in the 200 stream (a RUN that exits non-zero, a missing base image, a bad
 * instruction) fails the build with the daemon's message.
 */
import type { Readable } from 'node:stream';
import type Docker from 'dockerode';
import { UserError } from '@mlci/core';
import { listContextFiles, packContext } from './context.ts';
import { followJsonStream, progressPrinter, EngineStreamError } from './stream.ts';

export interface BuildOptions {
  /** Directory sent as the build context. */
  contextDir: string;
  /** Dockerfile path relative to the context (default `Dockerfile`). */
  dockerfile?: string;
  /** Full references to tag the result with, e.g. `127.0.0.1:5000/team/model:abc1234`. */
  tags: string[];
  labels?: Record<string, string>;
  buildArgs?: Record<string, string>;
  /** Target platform, e.g. `linux/amd64` (engine default when absent). */
  platform?: string;
  /** Always try to pull a newer base image (off by default: a local base is used as is). */
  pull?: boolean;
  log?: (line: string) => void;
}

export interface BuildResult {
  /** `sha256:...` image id (config digest). */
  imageId: string;
  /** Steps the engine took from its cache, and all steps: a model-only rebuild caches all but the model's. */
  cachedSteps: number;
  steps: number;
  /** Instructions the engine ran rather than took from its cache ("COPY model/model.onnx ..."), in order. */
  rebuiltSteps: string[];
  durationMs: number;
}

export async function buildImage(docker: Docker, options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const dockerfile = options.dockerfile ?? 'Dockerfile';
  const files = await listContextFiles(options.contextDir);
  if (!files.includes(dockerfile)) {
    throw new UserError(`Dockerfile '${dockerfile}' not found in the build context ${options.contextDir}`, { file: dockerfile });
  }
  let stream;
  try {
    stream = await docker.buildImage(packContext(options.contextDir, files), {
      dockerfile,
      t: options.tags,
      labels: options.labels ?? {},
      buildargs: options.buildArgs ?? {},
      platform: options.platform,
      pull: options.pull ? '1' : undefined,
      rm: true,
      forcerm: true,
    } as unknown as Docker.ImageBuildOptions);
  } catch (error) {
    throw new UserError(`docker build could not start: ${engineMessage(error)}`, { file: dockerfile }, { cause: error });
  }
  const print = progressPrinter(log);
  let steps = 0;
  let cachedSteps = 0;
  let imageId: string | undefined;
  const rebuiltSteps: string[] = [];
  let current: { instruction: string; cached: boolean } | undefined;
  const closeStep = (): void => {
    if (current && !current.cached && steps > 1) rebuiltSteps.push(current.instruction);
  };
  try {
    await followJsonStream(stream as unknown as Readable, (event) => {
      print(event);
      const step = event.stream ? /^Step \d+\/\d+ : (.*)/.exec(event.stream) : null;
      if (step) {
        closeStep();
        steps++;
        current = { instruction: step[1].trim(), cached: false };
      }
      if (event.stream && event.stream.includes('Using cache')) {
        cachedSteps++;
        if (current) current.cached = true;
      }
      if (event.aux?.ID) imageId = event.aux.ID;
    });
    closeStep();
  } catch (error) {
    if (error instanceof EngineStreamError) {
      throw new UserError(`docker build failed: ${error.message}`, { file: dockerfile });
    }
    throw error;
  }
  if (!imageId) {
    // Engines before API 1.30 do not send aux.ID; the first tag then names the image.
    imageId = (await docker.getImage(options.tags[0]).inspect()).Id;
  }
  return { imageId, cachedSteps, steps, rebuiltSteps, durationMs: performance.now() - started };
}

/** The engine's own message from a dockerode error (its JSON body), else the error's message. */
export function engineMessage(error: unknown): string {
  const e = error as { json?: { message?: string }; reason?: string; message?: string; statusCode?: number };
  return (e?.json?.message ?? e?.message ?? String(error)).trim();
}
