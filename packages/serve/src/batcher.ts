/**
 * Adaptive request batching: requests that arrive while the model is busy wait and then run together as one
 * `session.run` over their rows concatenated along the batch dimension (dim 0); the outputs are split back by
 * rows. An idle server runs a request at the end of the current event-loop turn (setImmediate: microseconds),
 * so batching adds no noticeable latency at low load; at saturation it
 * amortises the per-call cost (onnxruntime's dispatch, thread-pool wake-up) over the batch — the same idea as
 * Triton's dynamic batcher and TorchServe's batching, without a fixed delay.
 *
 * Only models whose every input and output has a dynamic first dim are batched (-1 in the metadata); others,
 * and requests selecting different outputs, run alone.
 */
import * as ort from 'onnxruntime-node';
import { jsonValues, makeTensorData, ortType, type OipDatatype } from './datatypes.ts';
import type { LoadedModel } from './model.ts';
import type { InferRequest } from './request.ts';

export interface OutputTensor {
  name: string;
  datatype: OipDatatype;
  shape: number[];
  data: unknown[];
}

interface Pending {
  request: InferRequest;
  rows: number;
  resolve: (outputs: OutputTensor[]) => void;
  reject: (error: unknown) => void;
}

export class Batcher {
  readonly model: LoadedModel;
  readonly maxBatchRows: number;
  readonly batchable: boolean;
  private queue: Pending[] = [];
  private running = 0;
  private scheduled = false;
  private readonly maxConcurrentRuns: number;
  /** Sizes (requests per run) seen, for the metrics. */
  onRun: (requests: number) => void = () => {};

  constructor(model: LoadedModel, options: { maxBatchRows?: number; maxConcurrentRuns?: number } = {}) {
    this.model = model;
    this.maxBatchRows = options.maxBatchRows ?? 256;
    this.maxConcurrentRuns = options.maxConcurrentRuns ?? 1;
    const m = model.metadata;
    this.batchable = [...m.inputs, ...m.outputs].every((t) => t.shape.length > 0 && t.shape[0] === -1);
  }

  infer(request: InferRequest): Promise<OutputTensor[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request, rows: request.inputs[0].shape[0] ?? 1, resolve, reject });
      // Wait for the end of this event-loop turn: requests parsed in the same I/O phase then share a run.
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.drain();
        });
      }
    });
  }

  /** Requests waiting or running; the server's graceful shutdown waits for zero. */
  get busy(): number {
    return this.queue.length + this.running;
  }

  private drain(): void {
    while (this.running < this.maxConcurrentRuns && this.queue.length > 0) {
      const batch = this.take();
      this.running++;
      this.onRun(batch.length);
      this.run(batch).finally(() => {
        this.running--;
        this.drain();
      });
    }
  }

  private take(): Pending[] {
    const first = this.queue.shift() as Pending;
    if (!this.batchable) return [first];
    const batch = [first];
    let rows = first.rows;
    const key = outputsKey(first.request);
    while (this.queue.length > 0) {
      const next = this.queue[0];
      if (rows + next.rows > this.maxBatchRows || outputsKey(next.request) !== key || !sameTrailingShapes(first.request, next.request)) break;
      batch.push(this.queue.shift() as Pending);
      rows += next.rows;
    }
    return batch;
  }

  private async run(batch: Pending[]): Promise<void> {
    try {
      const first = batch[0].request;
      const feeds: Record<string, ort.Tensor> = {};
      for (const input of first.inputs) {
        const data = batch.length === 1 ? input.data : batch.flatMap((p) => (p.request.inputs.find((i) => i.name === input.name) as typeof input).data);
        const shape = [batch.reduce((a, p) => a + p.rows, 0), ...input.shape.slice(1)];
        if (batch.length === 1) shape[0] = input.shape[0];
        feeds[input.name] = new ort.Tensor(ortType(input.datatype) as 'float32', makeTensorData(input.datatype, data) as Float32Array, input.shape.length === 0 ? [] : shape);
      }
      const results = await this.model.session.run(feeds, first.outputs);
      let rowOffset = 0;
      for (const pending of batch) {
        pending.resolve(
          first.outputs.map((name) => {
            const tensor = results[name];
            const spec = this.model.metadata.outputs.find((o) => o.name === name) as { datatype: OipDatatype };
            const dims = tensor.dims.map(Number);
            if (batch.length === 1) return { name, datatype: spec.datatype, shape: dims, data: jsonValues(spec.datatype, tensor.data as ArrayLike<unknown>) };
            const perRow = dims.slice(1).reduce((a, d) => a * d, 1);
            const shape = [pending.rows, ...dims.slice(1)];
            return { name, datatype: spec.datatype, shape, data: jsonValues(spec.datatype, tensor.data as ArrayLike<unknown>, rowOffset * perRow, (rowOffset + pending.rows) * perRow) };
          }),
        );
        rowOffset += pending.rows;
      }
    } catch (error) {
      if (batch.length > 1) {
        // One bad request must not fail its neighbours: retry each alone.
        await Promise.all(batch.map((p) => this.run([p])));
        return;
      }
      batch[0].reject(error);
    }
  }
}

function outputsKey(request: InferRequest): string {
  return request.outputs.join('\u0000');
}

function sameTrailingShapes(a: InferRequest, b: InferRequest): boolean {
  return a.inputs.every((input) => {
    const other = b.inputs.find((i) => i.name === input.name);
    return other !== undefined && other.shape.length === input.shape.length && other.shape.slice(1).every((d, i) => d === input.shape[i + 1]);
  });
}
