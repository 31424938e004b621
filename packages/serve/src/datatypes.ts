/**
 * Tensor datatypes: the Open Inference Protocol's names (KServe V2, "Tensor Data Types") against
 * onnxruntime's. Reference: https://kserve.github.io/website/latest/modelserving/data_plane/v2_protocol/
 */
export type OipDatatype = 'BOOL' | 'UINT8' | 'UINT16' | 'UINT32' | 'UINT64' | 'INT8' | 'INT16' | 'INT32' | 'INT64' | 'FP16' | 'FP32' | 'FP64' | 'BYTES';

const FROM_ORT: Record<string, OipDatatype> = {
  bool: 'BOOL', uint8: 'UINT8', uint16: 'UINT16', uint32: 'UINT32', uint64: 'UINT64',
  int8: 'INT8', int16: 'INT16', int32: 'INT32', int64: 'INT64',
  float16: 'FP16', float32: 'FP32', float64: 'FP64', string: 'BYTES',
};
const TO_ORT = Object.fromEntries(Object.entries(FROM_ORT).map(([ort, oip]) => [oip, ort])) as Record<OipDatatype, string>;

export function oipDatatype(ortType: string): OipDatatype {
  const type = FROM_ORT[ortType];
  if (!type) throw new Error(`onnxruntime type '${ortType}' has no Open Inference Protocol datatype`);
  return type;
}

export function ortType(datatype: OipDatatype): string {
  return TO_ORT[datatype];
}

export function isOipDatatype(value: unknown): value is OipDatatype {
  return typeof value === 'string' && value in TO_ORT;
}

/** Typed-array constructor onnxruntime expects for a datatype (BYTES: a string array). */
export function makeTensorData(datatype: OipDatatype, values: unknown[]): ArrayLike<unknown> {
  switch (datatype) {
    case 'FP32': return Float32Array.from(values as number[]);
    case 'FP64': return Float64Array.from(values as number[]);
    case 'INT8': return Int8Array.from(values as number[]);
    case 'INT16': return Int16Array.from(values as number[]);
    case 'INT32': return Int32Array.from(values as number[]);
    case 'INT64': return BigInt64Array.from(values as number[], (v) => BigInt(v));
    case 'UINT8': return Uint8Array.from(values as number[]);
    case 'UINT16': return Uint16Array.from(values as number[]);
    case 'UINT32': return Uint32Array.from(values as number[]);
    case 'UINT64': return BigUint64Array.from(values as number[], (v) => BigInt(v));
    case 'BOOL': return Uint8Array.from(values as boolean[], (v) => (v ? 1 : 0));
    case 'FP16': return Uint16Array.from(values as number[]);
    case 'BYTES': return values.map(String);
  }
}

/** Is `value` acceptable as one element of a tensor of this datatype? (JSON numbers; booleans for BOOL.) */
export function acceptsValue(datatype: OipDatatype, value: unknown): boolean {
  if (datatype === 'BYTES') return typeof value === 'string';
  if (datatype === 'BOOL') return typeof value === 'boolean' || value === 0 || value === 1;
  if (typeof value !== 'number' || !Number.isFinite(value)) return datatype.startsWith('FP') && typeof value === 'number';
  if (datatype.startsWith('FP')) return true;
  if (!Number.isInteger(value)) return false;
  if (datatype.startsWith('UINT')) return value >= 0;
  return true;
}

/** JSON-safe values of an output tensor: BigInt64 -> number (exact below 2^53), BOOL -> boolean. */
export function jsonValues(datatype: OipDatatype, data: ArrayLike<unknown>, start = 0, end = data.length): unknown[] {
  const out = new Array(end - start);
  if (datatype === 'INT64' || datatype === 'UINT64') for (let i = start; i < end; i++) out[i - start] = Number(data[i] as bigint);
  else if (datatype === 'BOOL') for (let i = start; i < end; i++) out[i - start] = Boolean(data[i]);
  else for (let i = start; i < end; i++) out[i - start] = data[i];
  return out;
}
