/**
 * The golden-sample generator of scripts/golden/drift_golden.py, mirrored: LCG uniforms (exact in doubles:
 * state·1664525 < 2^53), Irwin-Hall normals (sum of 12 uniforms − 6, summed in the same order), optional
 * flooring to a power-of-two quantum. Python and TypeScript produce bit-identical samples.
 */
export interface SampleSpec {
  seed: number;
  n: number;
  loc?: number;
  scale?: number;
  quantum?: number;
}

export function sample(spec: SampleSpec): Float64Array {
  const out = new Float64Array(spec.n);
  let state = spec.seed;
  for (let i = 0; i < spec.n; i++) {
    let z = 0;
    for (let k = 0; k < 12; k++) {
      state = (state * 1664525 + 1013904223) % 4294967296;
      z += (state + 0.5) / 4294967296;
    }
    let x = (spec.loc ?? 0) + (spec.scale ?? 1) * (z - 6);
    if (spec.quantum !== undefined) x = Math.floor(x / spec.quantum) * spec.quantum;
    out[i] = x;
  }
  return out;
}

/** The same LCG as plain uniforms in [0, 1), deterministic (for test data that need not match Python). */
export function uniforms(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296;
}
