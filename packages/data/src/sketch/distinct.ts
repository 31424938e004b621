/**
 * Distinct-count estimate: HyperLogLog (Flajolet, Fusy, Gandouet & Meunier, 2007) with 2^12 registers,
 * standard error 1.04/√4096 ≈ 1.6%, with the small-range (linear counting) correction. Registers merge by
 * maximum, so shards merged give exactly the sketch of the whole. The profile hashes numbers by their bits
 * (hashNumber), strings by their UTF-8 bytes (stringHash, read/column-batch.ts) and other values with 32-bit
 * MurmurHash3 of their key (see `valueKey`); beyond ~10^8 distinct values 32-bit collisions bias the estimate low.
 */
import { fmix32 } from '@mlci/core';
const P = 12;
const M = 1 << P;
const ALPHA = 0.7213 / (1 + 1.079 / M);
/**
 * 2^−r for every byte r (a register holds at most 33 − P; a loaded one any byte): a look-up where Math.pow took
 * most of estimate's time, run once per column in the main thread's still cold code at the end of a scan.
 */
const INVERSE_POWERS = Float64Array.from({ length: 256 }, (_, r) => Math.pow(2, -r));

export class DistinctSketch {
  readonly registers = new Uint8Array(M);

  addKey(key: string): void {
    this.addHash(murmur3(key));
  }

  addHash(hash: number): void {
    const index = hash >>> (32 - P);
    const rest = (hash << P) | (1 << (P - 1));
    const rank = Math.clz32(rest) + 1;
    if (rank > this.registers[index]) this.registers[index] = rank;
  }

  /** addHash of each of hashes[0, n). */
  addHashes(hashes: Int32Array, n: number): void {
    const registers = this.registers;
    for (let i = 0; i < n; i++) {
      const hash = hashes[i];
      const index = hash >>> (32 - P);
      const rank = Math.clz32((hash << P) | (1 << (P - 1))) + 1;
      if (rank > registers[index]) registers[index] = rank;
    }
  }

  merge(other: DistinctSketch): void {
    for (let i = 0; i < M; i++) if (other.registers[i] > this.registers[i]) this.registers[i] = other.registers[i];
  }

  estimate(): number {
    let sum = 0;
    let zeros = 0;
    const registers = this.registers;
    for (let i = 0; i < M; i++) {
      const r = registers[i];
      sum += INVERSE_POWERS[r];
      if (r === 0) zeros++;
    }
    const raw = (ALPHA * M * M) / sum;
    if (raw <= 2.5 * M && zeros > 0) return Math.round(M * Math.log(M / zeros));
    return Math.round(raw);
  }

  toJSON(): string {
    return Buffer.from(this.registers).toString('base64');
  }

  static fromJSON(text: string): DistinctSketch {
    const sketch = new DistinctSketch();
    sketch.registers.set(Buffer.from(text, 'base64').subarray(0, M));
    return sketch;
  }
}

/**
 * MurmurHash3's customary seed 0x9747b28c as a signed 32-bit integer (the same bits; the seed is only mixed
 * bitwise), so that it is a small integer to V8: as 2538058380 it is a heap number, and the optimised code of
 * murmur3, first called with the profile's seed for strings, was thrown away at the first call with this one
 * (`node --trace-deopt`: "not a Smi", in each worker of a parallel scan).
 */
export const MURMUR_SEED = 0x9747b28c | 0;

/**
 * MurmurHash3 (x86, 32-bit) of a string's UTF-16 code units, as a signed 32-bit integer (the hash's bits; every
 * use is bitwise). Signed, because an unsigned result of 2³¹ or more returned from a call V8 does not inline
 * is a heap number: one allocation per hashed string (seen with V8's sampling heap profiler).
 */
export function murmur3(key: string, seed = MURMUR_SEED): number {
  let h = seed;
  const n = key.length;
  let i = 0;
  for (; i + 1 < n; i += 2) h = mixBlock(h, key.charCodeAt(i) | (key.charCodeAt(i + 1) << 16));
  if (i < n) h ^= mixTail(key.charCodeAt(i));
  return fmix32(h ^ n) | 0;
}

/** MurmurHash3's step for one 32-bit block k (two code units, low one first). */
function mixBlock(h: number, k: number): number {
  h ^= mixTail(k);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's scrambling of a block (alone for the last, partial one). */
function mixTail(k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  return Math.imul(k, 0x1b873593);
}
