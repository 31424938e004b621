export { UserError, isUserError, formatUserError, formatLocation, type SourceLocation } from './errors.ts';
export { fmix32 } from './hash.ts';
export { instantiateWasm, wasmBuffer, type WasmMemory } from './wasm.ts';
export { startWorker } from './worker-start.ts';
