/**
 * Loading an ONNX model with onnxruntime-node and describing it the way the Open Inference Protocol's model
 * metadata does: inputs and outputs with name, datatype and shape, -1 for a dynamic (symbolic or unknown) dim.
 */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import * as ort from 'onnxruntime-node';
import { UserError } from '@mlci/core';
import { oipDatatype, type OipDatatype } from './datatypes.ts';

export interface TensorMetadata {
  name: string;
  datatype: OipDatatype;
  shape: number[];
}

export interface ModelMetadata {
  name: string;
  versions: string[];
  platform: 'onnxruntime_onnx';
  inputs: TensorMetadata[];
  outputs: TensorMetadata[];
}

export interface LoadedModel {
  metadata: ModelMetadata;
  session: ort.InferenceSession;
  /** sha256 of the model file, hex. */
  sha256: string;
}

export async function loadModel(path: string, name: string): Promise<LoadedModel> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UserError(`model file ${path} cannot be read: ${(error as Error).message}`, { file: path });
  }
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(bytes, { graphOptimizationLevel: 'all' });
  } catch (error) {
    throw new UserError(`model file ${path} is not a valid ONNX model: ${(error as Error).message}`, { file: path });
  }
  const describe = (names: readonly string[], metadata: readonly ort.InferenceSession.ValueMetadata[]): TensorMetadata[] =>
    names.map((tensorName, i) => {
      const m = metadata[i] as ort.InferenceSession.ValueMetadata & { type?: string; shape?: ReadonlyArray<number | string> };
      if (!m.isTensor) throw new UserError(`model ${path}: '${tensorName}' is not a tensor (sequences and maps are not served)`, { file: path });
      return {
        name: tensorName,
        datatype: oipDatatype(m.type as string),
        shape: (m.shape ?? []).map((d) => (typeof d === 'number' && d >= 0 ? d : -1)),
      };
    });
  return {
    session,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    metadata: {
      name,
      versions: ['1'],
      platform: 'onnxruntime_onnx',
      inputs: describe(session.inputNames, session.inputMetadata),
      outputs: describe(session.outputNames, session.outputMetadata),
    },
  };
}
