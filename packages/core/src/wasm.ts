/**
 * The small WebAssembly modules of the readers (packages/<name>/src/wasm/*.wat, shipped as base64 by
 * scripts/build-wasm.mjs): instantiated synchronously, once per thread by their callers, and their memory grown
 * as a call needs. TypeScript's lib for Node has no WebAssembly declarations: the API as used here.
 */
const api = (globalThis as unknown as {
  WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object) => { exports: unknown } };
}).WebAssembly;

/** A module's exported memory. */
export interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}

/** The exports of a module given as base64, typed as the caller declares them. */
export function instantiateWasm<T>(base64: string): T {
  return new api.Instance(new api.Module(Buffer.from(base64, 'base64'))).exports as T;
}

/** The memory's buffer, grown first (by whole 64 KiB pages) to hold at least `bytes`. */
export function wasmBuffer(memory: WasmMemory, bytes: number): ArrayBuffer {
  const have = memory.buffer.byteLength;
  if (have < bytes) memory.grow(Math.ceil((bytes - have) / 65536));
  return memory.buffer;
}
