/**
 * Synthetic reference/current tables with drift injected in known columns, for the benchmark and the
 * "drift is found in exactly those columns" test. Deterministic (mulberry32 seeded per column and side).
 *
 * 10 numeric columns (normal, log-normal, uniform, integer counts) and 10 categorical ones (3 to 12 levels,
 * one binary). The current table shifts `num_0` by 0.5 σ, scales `num_3` by 1.5 and moves 20 % of `cat_0`'s
 * mass to its last level; everything else is drawn from the same distribution as the reference.
 * With `offGrid`, the non-integer numeric columns are written at full precision (String(x): up to 17
 * significant digits, as pandas writes floats) instead of 3–4 decimals, so they lie on no decimal grid.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export const NUMERIC = Array.from({ length: 10 }, (_, i) => `num_${i}`);
export const CATEGORICAL = Array.from({ length: 10 }, (_, i) => `cat_${i}`);
export const DRIFTED = ['num_0', 'num_3', 'cat_0'];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(rand: () => number): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    const u = rand() || 1e-12;
    const v = rand();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

type Gen = () => string;

function numericColumn(i: number, seed: number, drift: boolean, offGrid: boolean): Gen {
  const rand = mulberry32(seed);
  const z = normal(rand);
  const shift = drift && i === 0 ? 0.5 : 0;
  const scale = drift && i === 3 ? 1.5 : 1;
  if (offGrid) {
    switch (i % 4) {
      case 0: return () => String(10 + 2 * (z() * scale + shift));
      case 1: return () => String(Math.exp(0.5 * z() * scale + shift));
      case 2: return () => String(100 * (rand() * scale + shift));
    }
  }
  switch (i % 4) {
    case 0: return () => (10 + 2 * (z() * scale + shift)).toFixed(4);
    case 1: return () => Math.exp(0.5 * z() * scale + shift).toFixed(4);
    case 2: return () => (100 * (rand() * scale + shift)).toFixed(3);
    default: return () => String(Math.floor(50 + 10 * z() * scale + shift * 10));
  }
}

function categoricalColumn(i: number, seed: number, drift: boolean): Gen {
  const rand = mulberry32(seed);
  const levels = i === 9 ? 2 : 3 + i;
  const weights = Array.from({ length: levels }, (_, k) => 1 / (k + 1));
  if (drift && i === 0) {
    const moved = 0.2 * weights.reduce((s, w) => s + w, 0);
    weights[0] -= moved;
    weights[levels - 1] += moved;
  }
  const total = weights.reduce((s, w) => s + w, 0);
  const cdf: number[] = [];
  let acc = 0;
  for (const w of weights) cdf.push((acc += w / total));
  const names = Array.from({ length: levels }, (_, k) => (i === 9 ? (k ? 'yes' : 'no') : `c${i}_${String.fromCharCode(97 + k)}`));
  return () => {
    const u = rand();
    let k = 0;
    while (k < levels - 1 && u > cdf[k]) k++;
    return names[k];
  };
}

/** Writes a CSV of `rows` rows; `current` draws the drifted variant with independent seeds. */
export async function writeTable(file: string, rows: number, current: boolean, offGrid = false): Promise<void> {
  const base = current ? 1000 : 0;
  const gens: Gen[] = [
    ...NUMERIC.map((_, i) => numericColumn(i, base + i + 1, current, offGrid)),
    ...CATEGORICAL.map((_, i) => categoricalColumn(i, base + 100 + i, current)),
  ];
  const out = createWriteStream(file);
  out.write([...NUMERIC, ...CATEGORICAL].join(',') + '\n');
  let chunk = '';
  for (let r = 0; r < rows; r++) {
    let line = gens[0]();
    for (let g = 1; g < gens.length; g++) line += ',' + gens[g]();
    chunk += line + '\n';
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.write(chunk);
  out.end();
  await once(out, 'finish');
}
