/**
 * Deterministic synthetic binary predictions for the model-eval benchmarks, cached under bench/.data/
 * (git-ignored): labels ~ Bernoulli(0.3), a score that separates them imperfectly, rounded to 4 decimals so
 * there are many ties (as real calibrated scores have), predictions = score > 0.5.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DATA_DIR = join(import.meta.dirname, '..', '.data');

export interface BinaryArrays {
  label: Uint8Array;
  score: Float64Array;
  prediction: Uint8Array;
  files: { label: string; score: string; prediction: string };
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

export function binaryArrays(n: number, seed = 1, tag = 'a'): BinaryArrays {
  mkdirSync(DATA_DIR, { recursive: true });
  const base = join(DATA_DIR, `model-eval-${n}-${seed}-${tag}`);
  const files = { label: `${base}.label.u8`, score: `${base}.score.f64`, prediction: `${base}.prediction.u8` };
  if (existsSync(files.prediction)) {
    const read = (f: string) => readFileSync(f);
    const l = read(files.label);
    const s = read(files.score);
    const p = read(files.prediction);
    return {
      label: new Uint8Array(l.buffer, l.byteOffset, l.length),
      score: new Float64Array(s.buffer.slice(s.byteOffset, s.byteOffset + s.length)),
      prediction: new Uint8Array(p.buffer, p.byteOffset, p.length),
      files,
    };
  }
  const rand = lcg(seed * 7 + 1);
  const labelRand = lcg(seed);
  const label = new Uint8Array(n);
  const score = new Float64Array(n);
  const prediction = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    label[i] = labelRand() < 0.3 ? 1 : 0;
    const raw = 0.25 + 0.35 * label[i] + 0.45 * (rand() - 0.5) + 0.2 * (rand() - 0.5);
    score[i] = Math.round(Math.min(1, Math.max(0, raw)) * 1e4) / 1e4;
    prediction[i] = score[i] > 0.5 ? 1 : 0;
  }
  writeFileSync(files.label, label);
  writeFileSync(files.score, new Uint8Array(score.buffer));
  writeFileSync(files.prediction, prediction);
  return { label, score, prediction, files };
}
