/**
 * Batch scoring (`serve batch --input FILE --output FILE`): the same model and the same request validation as the
 * server, over a CSV or JSONL file, for batch-prediction jobs.
 *
 * Input rows:
 *   - CSV with a header: every column is a feature of the model's single input, in file order; the input must be
 *     [-1, F] with F = number of columns (values parsed as numbers; empty or non-numeric cells are errors).
 *   - JSONL: each line an array of features (single-input models), or an object { "<input name>": [...] } giving
 *     one row of every input.
 * Output, by the output file's extension: `.csv` with a header of output names (`name` for one value per row,
 * `name_0..name_k` for vectors), or `.jsonl` with one { "<output name>": value-or-array } per input row, in order.
 * Rows are scored in chunks of `chunkRows` (default 1024) along the batch dimension.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { extname } from 'node:path';
import { UserError } from '@mlci/core';
import { Batcher, type OutputTensor } from './batcher.ts';
import { loadModel } from './model.ts';
import { parseInferRequest, RequestError } from './request.ts';

export interface BatchOptions {
  modelPath: string;
  modelName?: string;
  input: string;
  output: string;
  chunkRows?: number;
}

export interface BatchResult {
  rows: number;
  durationMs: number;
}

export async function scoreFile(options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const model = await loadModel(options.modelPath, options.modelName ?? 'model');
  const meta = model.metadata;
  if (!meta.inputs.every((i) => i.shape[0] === -1)) throw new UserError(`model ${options.modelPath} has no dynamic batch dimension on every input; batch scoring needs [-1, ...] inputs`, { file: options.modelPath });
  const format = extname(options.input).toLowerCase();
  const outFormat = extname(options.output).toLowerCase();
  if (format !== '.csv' && format !== '.jsonl') throw new UserError(`batch input ${options.input} must be .csv or .jsonl`, { file: options.input });
  if (outFormat !== '.csv' && outFormat !== '.jsonl') throw new UserError(`batch output ${options.output} must be .csv or .jsonl`, { file: options.output });
  if (format === '.csv' && meta.inputs.length !== 1) throw new UserError(`CSV batch input needs a single-input model; ${options.modelPath} has ${meta.inputs.length} inputs (use JSONL objects)`, { file: options.input });

  const batcher = new Batcher(model);
  const out = await open(options.output, 'w');
  const chunkRows = options.chunkRows ?? 1024;
  let rows = 0;
  let headerWritten = false;
  let chunk: Array<{ line: number; row: Record<string, unknown[]> }> = [];

  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const inputs = meta.inputs.map((spec) => {
      const trailing = spec.shape.slice(1);
      const data = chunk.flatMap(({ row }) => row[spec.name]);
      const perRow = chunk[0].row[spec.name].length;
      const shape = [chunk.length, ...(trailing.length === 1 ? [perRow] : trailing)];
      return { name: spec.name, datatype: spec.datatype, shape, data };
    });
    let outputs: OutputTensor[];
    try {
      outputs = await batcher.infer(parseInferRequest({ inputs }, meta));
    } catch (error) {
      if (error instanceof RequestError) {
        throw new UserError(`rows at lines ${chunk[0].line}-${chunk[chunk.length - 1].line} of ${options.input}: ${error.message}`, { file: options.input, line: chunk[0].line });
      }
      throw error;
    }
    let text = '';
    if (outFormat === '.csv' && !headerWritten) {
      text += outputs.flatMap((o) => (o.shape.length <= 1 ? [o.name] : Array.from({ length: o.shape.slice(1).reduce((a, d) => a * d, 1) }, (_, j) => `${o.name}_${j}`))).join(',') + '\n';
      headerWritten = true;
    }
    for (let r = 0; r < chunk.length; r++) {
      const values = outputs.map((o) => {
        const per = o.shape.slice(1).reduce((a, d) => a * d, 1);
        return o.shape.length <= 1 ? o.data[r] : o.data.slice(r * per, (r + 1) * per);
      });
      if (outFormat === '.csv') text += values.flat().join(',') + '\n';
      else text += JSON.stringify(Object.fromEntries(outputs.map((o, i) => [o.name, values[i]]))) + '\n';
    }
    await out.write(text);
    rows += chunk.length;
    chunk = [];
  };

  const push = async (entry: { line: number; row: Record<string, unknown[]> }): Promise<void> => {
    // Rows of different widths cannot share a tensor: score what came before first.
    const first = chunk[0]?.row;
    if (first && Object.keys(first).some((k) => first[k].length !== entry.row[k].length)) await flush();
    chunk.push(entry);
  };

  try {
    const lines = createInterface({ input: createReadStream(options.input), crlfDelay: Infinity });
    let lineNumber = 0;
    let header: string[] | undefined;
    const single = meta.inputs[0];
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      if (format === '.csv') {
        const cells = line.split(',').map((c) => c.trim());
        if (!header) {
          header = cells;
          const features = single.shape[1];
          if (single.shape.length === 2 && features !== -1 && features !== header.length) {
            throw new UserError(`${options.input} has ${header.length} columns (${header.join(', ')}); input '${single.name}' takes ${features} features`, { file: options.input, line: 1 });
          }
          continue;
        }
        if (cells.length !== header.length) throw new UserError(`line ${lineNumber} of ${options.input} has ${cells.length} cells; the header has ${header.length}`, { file: options.input, line: lineNumber });
        const values = cells.map((cell, i) => {
          const value = Number(cell);
          if (cell === '' || Number.isNaN(value)) throw new UserError(`column '${header?.[i]}' at line ${lineNumber} of ${options.input} is '${cell}', not a number`, { file: options.input, line: lineNumber, column: i + 1 });
          return value;
        });
        chunk.push({ line: lineNumber, row: { [single.name]: values } });
      } else {
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (error) {
          throw new UserError(`line ${lineNumber} of ${options.input} is not JSON: ${(error as Error).message}`, { file: options.input, line: lineNumber });
        }
        if (Array.isArray(value)) {
          if (meta.inputs.length !== 1) throw new UserError(`line ${lineNumber} of ${options.input} is an array, but the model has ${meta.inputs.length} inputs; give an object keyed by input name`, { file: options.input, line: lineNumber });
          await push({ line: lineNumber, row: { [single.name]: value.flat(Infinity) } });
        } else if (typeof value === 'object' && value !== null) {
          const row: Record<string, unknown[]> = {};
          for (const spec of meta.inputs) {
            const v = (value as Record<string, unknown>)[spec.name];
            if (v === undefined) throw new UserError(`line ${lineNumber} of ${options.input} lacks input '${spec.name}'`, { file: options.input, line: lineNumber });
            row[spec.name] = Array.isArray(v) ? v.flat(Infinity) : [v];
          }
          await push({ line: lineNumber, row });
        } else {
          throw new UserError(`line ${lineNumber} of ${options.input} must be an array or an object`, { file: options.input, line: lineNumber });
        }
      }
      if (chunk.length >= chunkRows) await flush();
    }
    await flush();
  } finally {
    await out.close();
    await model.session.release();
  }
  return { rows, durationMs: performance.now() - started };
}
