/**
 * The smoke request: one real inference a new version must answer before it takes traffic.
 *
 * Open Inference Protocol (KServe v2, https://kserve.github.io/website/latest/modelserving/data_plane/v2_protocol/):
 *   GET  /v2/models/{model}        -> { name, inputs: [{ name, datatype, shape }], outputs: [...] }
 *   POST /v2/models/{model}/infer  <- { inputs: [{ name, datatype, shape, data }] } -> { outputs: [...] }
 * When the user gives no request file, one is generated from the model metadata: every input gets its declared
 * shape (dynamic dimensions, -1, become 1) filled with zeros ("" for BYTES, false for BOOL).
 */
import { readFile } from 'node:fs/promises';
import { UserError } from '@mlci/core';

export interface SmokeRequest {
  model: string;
  body: string;
  generated: boolean;
}

interface TensorMetadata {
  name: string;
  datatype: string;
  shape: number[];
}

/** Reads a request file: an OIP infer body; an extra top-level "model" names the model (and is removed). */
export async function readSmokeRequest(file: string, model: string | undefined): Promise<SmokeRequest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UserError(`smoke-request file '${file}' cannot be read`, { file });
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    const offset = position ? Number(position[1]) : 0;
    const before = text.slice(0, offset).split('\n');
    throw new UserError(`smoke-request is not JSON: ${(error as Error).message}`, {
      file, line: before.length, column: before[before.length - 1]!.length + 1,
    });
  }
  if (!Array.isArray(parsed.inputs)) {
    throw new UserError(`smoke-request must be an Open Inference Protocol request with an "inputs" array`, { file });
  }
  const named = typeof parsed.model === 'string' ? parsed.model : model;
  delete parsed.model;
  if (!named) {
    throw new UserError(`smoke-request does not say which model it is for: add "model": "<name>" to ${file}`, { file });
  }
  return { model: named, body: JSON.stringify(parsed), generated: false };
}

/** A zero-filled request built from the model's metadata document. */
export function requestFromMetadata(metadataJson: string, model: string): SmokeRequest {
  let metadata: { inputs?: TensorMetadata[] };
  try {
    metadata = JSON.parse(metadataJson);
  } catch {
    throw new UserError(`model '${model}' answered its metadata request with something that is not JSON`);
  }
  if (!metadata.inputs?.length) {
    throw new UserError(`model '${model}' declares no inputs in its metadata; give a smoke-request file`);
  }
  const inputs = metadata.inputs.map((input) => {
    const shape = input.shape.map((d) => (d < 0 ? 1 : d));
    const count = shape.reduce((a, b) => a * b, 1);
    const zero = input.datatype === 'BYTES' ? '' : input.datatype === 'BOOL' ? false : 0;
    return { name: input.name, datatype: input.datatype, shape, data: new Array(count).fill(zero) };
  });
  return { model, body: JSON.stringify({ inputs }), generated: true };
}

/** True when an infer answer is a success: HTTP 200 and a JSON body with a non-empty "outputs" array. */
export function isInferSuccess(status: number, body: string): boolean {
  if (status !== 200) return false;
  try {
    const parsed = JSON.parse(body) as { outputs?: unknown };
    return Array.isArray(parsed.outputs) && parsed.outputs.length > 0;
  } catch {
    return false;
  }
}
