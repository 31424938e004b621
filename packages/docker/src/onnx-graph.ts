/**
 * Reading an ONNX model's interface (graph inputs and outputs with element types and shapes, opset, producer)
 * straight from its protobuf bytes, without onnxruntime: the packaging step needs it to generate a sample
 * request and lineage labels, and must not depend on a native runtime for the build host.
 *
 * Wire format: https://protobuf.dev/programming-guides/encoding/ ; field numbers from onnx/onnx.proto:
 *   ModelProto: ir_version=1, opset_import=8 (OperatorSetIdProto: domain=1, version=2), producer_name=2,
 *     producer_version=3, graph=7
 *   GraphProto: initializer=5 (TensorProto: name=8), input=11, output=12 (ValueInfoProto: name=1, type=2)
 *   TypeProto: tensor_type=1 (elem_type=1, shape=2); TensorShapeProto: dim=1 (dim_value=1, dim_param=2)
 * Graph inputs that are initializers (weights, in older exporters) are not request inputs.
 */
export interface OnnxTensorInfo {
  name: string;
  /** OIP datatype (FP32, INT64, ...). */
  datatype: string;
  /** -1 for a symbolic or unknown dim. */
  shape: number[];
}

export interface OnnxModelInfo {
  irVersion: number;
  opset: number;
  producer: string;
  inputs: OnnxTensorInfo[];
  outputs: OnnxTensorInfo[];
}

// TensorProto.DataType -> OIP datatype.
const ELEM_TYPES: Record<number, string> = {
  1: 'FP32', 2: 'UINT8', 3: 'INT8', 4: 'UINT16', 5: 'INT16', 6: 'INT32', 7: 'INT64', 8: 'BYTES', 9: 'BOOL',
  10: 'FP16', 11: 'FP64', 12: 'UINT32', 13: 'UINT64',
};

interface Field { number: number; wire: number; value: number | Uint8Array }

function* fields(bytes: Uint8Array): Generator<Field> {
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (pos >= bytes.length) throw new Error('truncated varint');
      const b = bytes[pos++];
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result;
      shift += 7;
      if (shift > 63) throw new Error('varint too long');
    }
  };
  while (pos < bytes.length) {
    const key = varint();
    const number = Math.floor(key / 8);
    const wire = key & 7;
    if (number === 0) throw new Error('field number 0');
    if (wire === 0) yield { number, wire, value: varint() };
    else if (wire === 1) { pos += 8; if (pos > bytes.length) throw new Error('truncated fixed64'); }
    else if (wire === 5) { pos += 4; if (pos > bytes.length) throw new Error('truncated fixed32'); }
    else if (wire === 2) {
      const length = varint();
      if (pos + length > bytes.length) throw new Error('truncated length-delimited field');
      yield { number, wire, value: bytes.subarray(pos, pos + length) };
      pos += length;
    } else throw new Error(`unsupported wire type ${wire}`);
  }
}

const text = (v: number | Uint8Array): string => new TextDecoder().decode(v as Uint8Array);

function valueInfo(bytes: Uint8Array): OnnxTensorInfo {
  let name = '';
  let datatype = 'UNKNOWN';
  let shape: number[] = [];
  for (const f of fields(bytes)) {
    if (f.number === 1 && f.wire === 2) name = text(f.value);
    if (f.number === 2 && f.wire === 2) {
      for (const t of fields(f.value as Uint8Array)) {
        if (t.number !== 1 || t.wire !== 2) continue; // tensor_type only
        for (const tt of fields(t.value as Uint8Array)) {
          if (tt.number === 1 && tt.wire === 0) datatype = ELEM_TYPES[tt.value as number] ?? `TYPE${tt.value}`;
          if (tt.number === 2 && tt.wire === 2) {
            shape = [];
            for (const d of fields(tt.value as Uint8Array)) {
              if (d.number !== 1 || d.wire !== 2) continue;
              let dim = -1;
              for (const dv of fields(d.value as Uint8Array)) if (dv.number === 1 && dv.wire === 0) dim = dv.value as number;
              shape.push(dim);
            }
          }
        }
      }
    }
  }
  return { name, datatype, shape };
}

/** Throws an Error (caller words it for the user) when the bytes are not an ONNX ModelProto with a graph. */
export function readOnnxModelInfo(bytes: Uint8Array): OnnxModelInfo {
  let irVersion = 0;
  let opset = 0;
  let producer = '';
  let graph: Uint8Array | undefined;
  for (const f of fields(bytes)) {
    if (f.number === 1 && f.wire === 0) irVersion = f.value as number;
    else if (f.number === 2 && f.wire === 2) producer = text(f.value) + producer;
    else if (f.number === 3 && f.wire === 2) producer += ` ${text(f.value)}`;
    else if (f.number === 7 && f.wire === 2) graph = f.value as Uint8Array;
    else if (f.number === 8 && f.wire === 2) {
      let domain = '';
      let version = 0;
      for (const o of fields(f.value as Uint8Array)) {
        if (o.number === 1 && o.wire === 2) domain = text(o.value);
        if (o.number === 2 && o.wire === 0) version = o.value as number;
      }
      if (domain === '' || domain === 'ai.onnx') opset = version;
    }
  }
  if (!graph || irVersion === 0) throw new Error('no ONNX graph found (not a ModelProto)');
  const initializers = new Set<string>();
  const inputs: OnnxTensorInfo[] = [];
  const outputs: OnnxTensorInfo[] = [];
  for (const f of fields(graph)) {
    if (f.number === 5 && f.wire === 2) for (const t of fields(f.value as Uint8Array)) if (t.number === 8 && t.wire === 2) initializers.add(text(t.value));
    if (f.number === 11 && f.wire === 2) inputs.push(valueInfo(f.value as Uint8Array));
    if (f.number === 12 && f.wire === 2) outputs.push(valueInfo(f.value as Uint8Array));
  }
  return { irVersion, opset, producer: producer.trim(), inputs: inputs.filter((i) => !initializers.has(i.name)), outputs };
}

/**
 * An OIP infer request for one row: dynamic dims become 1; values 0.5 for floats, 1 for integers, true for BOOL,
 * "a" for BYTES — valid for any model, meaningful for none, which is all a smoke test needs.
 */
export function sampleInferRequest(info: OnnxModelInfo): { inputs: Array<{ name: string; datatype: string; shape: number[]; data: unknown[] }> } {
  return {
    inputs: info.inputs.map((input) => {
      const shape = input.shape.map((d) => (d < 0 ? 1 : d));
      const size = shape.reduce((a, d) => a * d, 1);
      const value = input.datatype.startsWith('FP') ? 0.5 : input.datatype === 'BOOL' ? true : input.datatype === 'BYTES' ? 'a' : 1;
      return { name: input.name, datatype: input.datatype, shape, data: new Array(size).fill(value) };
    }),
  };
}
