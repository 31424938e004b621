/**
 * The ONNX mode: score a data file with an ONNX model (onnxruntime-node, CPU) and hand the scores to the same
 * evaluation as the predictions mode.
 *
 * The model takes one float tensor [rows, features] (the feature columns in the order given) and its first
 * float output is read as scores: [rows] or [rows, 1] = P(positive) of a binary model; [rows, k] = one
 * probability per class in sorted class order (as scikit-learn's predict_proba). Models whose outputs are
 * sequences of maps (skl2onnx's ZipMap) need `zipmap=False` when converted.
 */
import { UserError } from '@mlci/core';
import { importOnnxRuntime } from '../../common/src/onnxruntime.ts';
import { numericColumn, type Table } from '@mlci/metrics';

const CHUNK_ROWS = 65_536;

export async function scoreWithOnnx(modelFile: string, shownModel: string, data: Table, featureColumns: readonly string[], workspace: string): Promise<Float64Array[]> {
  if (featureColumns.length === 0) throw new UserError('feature-columns: list the model\'s input columns in order (the ONNX mode needs them)');
  const ort = await importOnnxRuntime(workspace);
  let session: Awaited<ReturnType<typeof ort.InferenceSession.create>>;
  try {
    session = await ort.InferenceSession.create(modelFile);
  } catch (error) {
    throw new UserError(`model: ${shownModel} is not a loadable ONNX model: ${(error as Error).message.split('\n')[0]}`, { file: shownModel });
  }
  if (session.inputNames.length !== 1) {
    throw new UserError(`model: ${shownModel} has ${session.inputNames.length} inputs (${session.inputNames.join(', ')}); the ONNX mode supports models with one [rows, features] float input`, { file: shownModel });
  }
  const features = featureColumns.map((name) => numericColumn(data, name, 'feature-columns'));
  const f = features.length;
  const outputs: Float64Array[] = [];
  let width = -1;
  for (let start = 0; start < data.rows; start += CHUNK_ROWS) {
    const rows = Math.min(CHUNK_ROWS, data.rows - start);
    const input = new Float32Array(rows * f);
    for (let i = 0; i < rows; i++) for (let j = 0; j < f; j++) input[i * f + j] = features[j][start + i];
    let result: Record<string, { data: unknown; dims: readonly number[]; type: string }>;
    try {
      result = await session.run({ [session.inputNames[0]]: new ort.Tensor('float32', input, [rows, f]) });
    } catch (error) {
      throw new UserError(`model: running ${shownModel} on ${f} feature columns failed: ${(error as Error).message.split('\n')[0]}`, { file: shownModel });
    }
    const name = session.outputNames.find((n) => result[n]?.type === 'float32' || result[n]?.type === 'float64');
    if (!name) throw new UserError(`model: ${shownModel} has no float tensor output (outputs: ${session.outputNames.join(', ')})`, { file: shownModel });
    const tensor = result[name];
    const k = tensor.dims.length === 1 ? 1 : tensor.dims[1];
    if (tensor.dims.length > 2 || tensor.dims[0] !== rows) {
      throw new UserError(`model: output '${name}' of ${shownModel} has shape [${tensor.dims.join(', ')}], expected [${rows}] or [${rows}, classes]`, { file: shownModel });
    }
    if (width < 0) {
      width = k;
      for (let c = 0; c < k; c++) outputs.push(new Float64Array(data.rows));
    }
    const values = tensor.data as Float32Array | Float64Array;
    for (let i = 0; i < rows; i++) for (let c = 0; c < k; c++) outputs[c][start + i] = values[i * k + c];
  }
  return outputs;
}

/** The data table with the model's score columns added under the given names. */
export function withColumns(table: Table, added: Record<string, Float64Array>): Table {
  return {
    source: table.source,
    rows: table.rows,
    names: [...table.names, ...Object.keys(added)],
    column: (name) => (Object.hasOwn(added, name) ? added[name] : table.column(name)),
  };
}
