/**
 * The smoke test (TFX InfraValidator's idea): before an image is pushed, run it as it will run in production,
 * wait for readiness, send one real inference request and check the answer's shape. Any failure names what
 * failed and carries the container's last log lines; the caller then does not push.
 *
 * Checks on the Open Inference Protocol (KServe V2) response: HTTP 200, `model_name` equal to the model's name,
 * `outputs` a non-empty array whose every tensor has a name, a datatype, a shape of non-negative integers and
 * `data` holding exactly prod(shape) values.
 */
import type Docker from 'dockerode';
import { UserError } from '@mlci/core';
import { runContainer } from './run.ts';

export interface SmokeOptions {
  image: string;
  modelName: string;
  /** An OIP infer request body; absent: readiness is all that is checked (an image whose model is unknown). */
  sampleRequest?: unknown;
  port?: number;
  timeoutMs?: number;
  publishedHost?: string;
  log?: (line: string) => void;
}

export interface SmokeResult {
  readyAfterMs: number;
  inferMs: number;
  /** Absent when no sample request was sent. */
  response: InferResponse | undefined;
}

export interface InferResponse {
  model_name: string;
  outputs: Array<{ name: string; datatype: string; shape: number[]; data: unknown[] }>;
}

export async function smokeTest(docker: Docker, options: SmokeOptions): Promise<SmokeResult> {
  const log = options.log ?? (() => {});
  const timeoutMs = options.timeoutMs ?? 60_000;
  const started = performance.now();
  const run = await runContainer(docker, { image: options.image, port: options.port ?? 8080, publishedHost: options.publishedHost });
  const fail = async (what: string): Promise<never> => {
    const logs = await run.logs(30).catch(() => '(logs unavailable)');
    throw new UserError(`smoke test of ${options.image} failed: ${what}\nlast container log lines:\n${logs || '(empty)'}`);
  };
  try {
    log(`smoke test: started ${run.container.id.slice(0, 12)}, waiting for ${run.url}/v2/health/ready`);
    for (;;) {
      if (performance.now() - started > timeoutMs) await fail(`not ready within ${Math.round(timeoutMs / 1000)} s`);
      const state = await run.state();
      if (!state.running) await fail(`the container exited with code ${state.exitCode} before it was ready`);
      const ready = await fetch(`${run.url}/v2/health/ready`, { signal: AbortSignal.timeout(2000) }).then((r) => r.status, () => 0);
      if (ready === 200) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const readyAfterMs = performance.now() - started;
    if (options.sampleRequest === undefined) {
      log(`smoke test: ready after ${(readyAfterMs / 1000).toFixed(1)} s (no sample request: readiness only)`);
      return { readyAfterMs, inferMs: 0, response: undefined };
    }
    log(`smoke test: ready after ${(readyAfterMs / 1000).toFixed(1)} s; sending the sample request`);
    const t0 = performance.now();
    const response = await fetch(`${run.url}/v2/models/${encodeURIComponent(options.modelName)}/infer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(options.sampleRequest),
      signal: AbortSignal.timeout(Math.round(Math.max(5000, timeoutMs - (performance.now() - started)))),
    }).catch((error: Error) => fail(`the infer request failed: ${error.message}`));
    const text = await response.text();
    const inferMs = performance.now() - t0;
    if (response.status !== 200) await fail(`infer answered HTTP ${response.status}: ${text.slice(0, 500)}`);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return await fail(`infer answered something that is not JSON: ${text.slice(0, 200)}`);
    }
    const problem = inferResponseProblem(body, options.modelName);
    if (problem) await fail(`the infer response ${problem}`);
    log(`smoke test: passed (${(body as InferResponse).outputs.map((o) => `${o.name} ${o.datatype}[${o.shape.join(',')}]`).join(', ')})`);
    return { readyAfterMs, inferMs, response: body as InferResponse };
  } finally {
    await run.remove();
  }
}

/** What is wrong with an OIP infer response, or undefined when its shape is right. */
export function inferResponseProblem(body: unknown, modelName: string): string | undefined {
  const b = body as Partial<InferResponse> | null;
  if (typeof b !== 'object' || b === null) return 'is not a JSON object';
  if (b.model_name !== modelName) return `names model '${String(b.model_name)}', expected '${modelName}'`;
  if (!Array.isArray(b.outputs) || b.outputs.length === 0) return 'has no outputs';
  for (const [i, o] of b.outputs.entries()) {
    if (typeof o?.name !== 'string' || typeof o.datatype !== 'string') return `output ${i} lacks a name or datatype`;
    if (!Array.isArray(o.shape) || !o.shape.every((d) => Number.isInteger(d) && d >= 0)) return `output '${o.name}' has an invalid shape`;
    if (!Array.isArray(o.data)) return `output '${o.name}' has no data array`;
    const size = o.shape.reduce((a, d) => a * d, 1);
    if (o.data.length !== size) return `output '${o.name}' has ${o.data.length} values for shape [${o.shape.join(', ')}] (expected ${size})`;
  }
  return undefined;
}
