/**
 * Validating an Open Inference Protocol infer request against the model's metadata.
 *
 * Request: { id?, parameters?, inputs: [{ name, shape, datatype, data, parameters? }], outputs?: [{ name }] }.
 * `data` is row-major, flat or nested (nested arrays are flattened, as the protocol allows). Every check that
 * fails is a `RequestError` (HTTP 400) saying which input and what was expected.
 */
import { acceptsValue, isOipDatatype, type OipDatatype } from './datatypes.ts';
import type { ModelMetadata } from './model.ts';

export class RequestError extends Error {
  readonly status: number;
  constructor(message: string, status = 400) {
    super(message);
    this.name = 'RequestError';
    this.status = status;
  }
}

export interface InputTensor {
  name: string;
  datatype: OipDatatype;
  shape: number[];
  data: unknown[];
}

export interface InferRequest {
  id?: string;
  inputs: InputTensor[];
  /** Names of the outputs to return; all when absent. */
  outputs: string[];
}

export function parseInferRequest(body: unknown, model: ModelMetadata): InferRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new RequestError('the request body must be a JSON object with an "inputs" array');
  const b = body as Record<string, unknown>;
  if (!Array.isArray(b.inputs) || b.inputs.length === 0) throw new RequestError('"inputs" must be a non-empty array of tensors');
  if (b.id !== undefined && typeof b.id !== 'string') throw new RequestError('"id" must be a string');
  const seen = new Set<string>();
  const inputs = b.inputs.map((raw, index) => {
    const t = raw as Record<string, unknown>;
    if (typeof t !== 'object' || t === null) throw new RequestError(`inputs[${index}] must be an object with name, shape, datatype and data`);
    if (typeof t.name !== 'string') throw new RequestError(`inputs[${index}] has no "name"`);
    const spec = model.inputs.find((i) => i.name === t.name);
    if (!spec) throw new RequestError(`unknown input '${t.name}'; the model's inputs are: ${model.inputs.map((i) => i.name).join(', ')}`);
    if (seen.has(t.name)) throw new RequestError(`input '${t.name}' is given twice`);
    seen.add(t.name);
    if (!isOipDatatype(t.datatype)) throw new RequestError(`input '${t.name}': "datatype" must be one of BOOL, INT8..INT64, UINT8..UINT64, FP16, FP32, FP64, BYTES`);
    if (t.datatype !== spec.datatype) throw new RequestError(`input '${t.name}' has datatype ${t.datatype}; the model expects ${spec.datatype}`);
    if (!Array.isArray(t.shape) || !t.shape.every((d) => Number.isInteger(d) && d >= 0)) throw new RequestError(`input '${t.name}': "shape" must be an array of non-negative integers`);
    const shape = t.shape as number[];
    if (shape.length !== spec.shape.length || spec.shape.some((d, i) => d !== -1 && d !== shape[i])) {
      throw new RequestError(`input '${t.name}' has shape [${shape.join(', ')}]; the model expects [${spec.shape.join(', ')}] (-1: any size)`);
    }
    if (!Array.isArray(t.data)) throw new RequestError(`input '${t.name}': "data" must be an array`);
    const data = (t.data as unknown[]).flat(Infinity);
    const size = shape.reduce((a, d) => a * d, 1);
    if (data.length !== size) throw new RequestError(`input '${t.name}' has ${data.length} values; shape [${shape.join(', ')}] needs ${size}`);
    for (let i = 0; i < data.length; i++) {
      if (!acceptsValue(spec.datatype, data[i])) throw new RequestError(`input '${t.name}': value ${JSON.stringify(data[i])} at index ${i} is not a valid ${spec.datatype}`);
    }
    return { name: t.name, datatype: spec.datatype, shape, data };
  });
  const missing = model.inputs.filter((i) => !seen.has(i.name)).map((i) => i.name);
  if (missing.length > 0) throw new RequestError(`missing input${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  let outputs = model.outputs.map((o) => o.name);
  if (b.outputs !== undefined) {
    if (!Array.isArray(b.outputs)) throw new RequestError('"outputs" must be an array of { "name": ... }');
    outputs = b.outputs.map((o, i) => {
      const name = (o as { name?: unknown })?.name;
      if (typeof name !== 'string') throw new RequestError(`outputs[${i}] has no "name"`);
      if (!model.outputs.some((m) => m.name === name)) throw new RequestError(`unknown output '${name}'; the model's outputs are: ${model.outputs.map((m) => m.name).join(', ')}`);
      return name;
    });
  }
  return { id: b.id as string | undefined, inputs, outputs };
}
