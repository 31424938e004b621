/**
 * The numeric tests over samples walked as (distinct value, count) pairs (distinct-stream.ts) — for samples with
 * spilled runs, which are never in memory whole. Reading the runs back is what costs here, so everything is
 * computed in ONE merged walk of both samples, each quantity with its in-memory counterpart's formula on the same pairs, in the same order:
 * - KS: D = sup |F_ref − F_cur| at each pooled distinct value (ks.ts, ksStatistic);
 * - Wasserstein: W1 = Σ |F_u − F_v| · (x_{k+1} − x_k) over the pooled distinct values (wasserstein.ts);
 * - the reference's population standard deviation: West's one-pass update over its pairs in ascending order
 *   (wasserstein.ts, populationStd);
 * - the quantile bins (binning.ts): the upper edges are the reference's "lower" order statistics at
 *   k/B, idx_k = min(n−1, max(0, ⌈k·n/B⌉ − 1)) — the first distinct value whose cumulative count exceeds idx_k;
 *   with at most B distinct values, every distinct value but the largest. Bin j holds (edge_{j−1}, edge_j], so
 *   its count is a difference of the cumulative counts (≤ edge) recorded when the walk passes each edge.
 * Counts are integers (sums and differences exact), so the results are bit-identical to the in-memory functions
 * whenever the distinct values and their counts are the same: test/drift/spill.test.ts and merged-walk.test.ts
 * check it.
 *
 * The walk runs in WebAssembly (wasm/merged-walk.wat), each sample's sources merged as DistinctStream merges them:
 * per pooled value a JavaScript walk over DistinctStream objects paid property loads, bounds checks and calls,
 * 64 ns a value against 37 (2 × 3 sources, 2^18-value runs, this machine); the whole full-precision drift report
 * took 15% less wall time.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { instantiateWasm, wasmBuffer, type WasmMemory } from '@mlci/core';
import type { NumericSample } from './column-sample.ts';
import { observations } from './column-sample.ts';
import { DistinctStream } from './distinct-stream.ts';
import { MergedWalkWasm } from './wasm/merged-walk-wasm.ts';

/** Number of distinct values, counting at most cap + 1 (enough to tell "at most cap" from "more"). */
export function distinctStream(sample: NumericSample, cap: number): number {
  const s = new DistinctStream(sample);
  let d = 0;
  while (d <= cap && s.next()) d++;
  s.close();
  return d;
}

export interface StreamedSummary {
  /** KS: D and where it is reached (the larger of max(F_ref − F_cur) and max(F_cur − F_ref), the first on a tie). */
  ks: { d: number; location: number };
  /** W1 of the two samples (not normalised). */
  wasserstein: number;
  /** Population standard deviation of the reference. */
  referenceStd: number;
  /** Upper bin edges from the reference (quantileEdges) and the counts per bin (binCountsSorted) of each sample. */
  edges: Float64Array;
  referenceCounts: Float64Array;
  currentCounts: Float64Array;
}

/**
 * Test hook: values per source block (the caller's blocks; small ones make every group cross a block end).
 * Blocks of KEEP_BYTES or less in all use the thread's module; more get a module of their own, dropped after.
 */
export const mergedWalkTuning = { block: 1 << 14 };
const KEEP_BYTES = 32 << 20;

interface MergedWalk {
  memory: WasmMemory;
  init: (table: number, liveA: number, nA: number, liveB: number, nB: number, heads: number, out: number, bins: number, n1: number, n2: number) => void;
  walk: () => number;
  ca: { value: number };
  cb: { value: number };
  maxS: { value: number };
  minS: { value: number };
  maxAt: { value: number };
  minAt: { value: number };
  area: { value: number };
  m2: { value: number };
  firsts: { value: number };
  edgeCount: { value: number };
  max: { value: number };
}

let kept: MergedWalk | undefined;

/** One sorted source of a sample (DistinctStream's order: the in-memory part, then the runs), read in blocks. */
interface Source {
  /** Entries in all, and the next one to load. */
  length: number;
  next: number;
  /** Loads entries [from, from + count) into `into` (values; weights are the in-memory part's, or 1). */
  load: (into: Float64Array, from: number, count: number) => void;
  weights: Float64Array | undefined;
  fd: number;
}

function sources(sample: NumericSample): Source[] {
  const list: Source[] = [];
  if (sample.values.length > 0) {
    const values = sample.values;
    list.push({ length: values.length, next: 0, weights: sample.weights, fd: -1, load: (into, from, count) => into.set(values.subarray(from, from + count)) });
  }
  for (const file of sample.runs?.files ?? []) {
    const fd = openSync(file, 'r');
    const length = fstatSync(fd).size / 8;
    if (!Number.isInteger(length)) {
      closeSync(fd);
      throw new Error(`spilled run ${file} is not a whole number of float64 values`);
    }
    const source: Source = { length, next: 0, weights: undefined, fd, load: () => {} };
    source.load = (into, from, count) => {
      const bytes = new Uint8Array(into.buffer, into.byteOffset, count * 8);
      for (let got = 0; got < bytes.length; ) {
        const n = readSync(fd, bytes, got, bytes.length - got, from * 8 + got);
        if (n === 0) throw new Error(`spilled run ${file} ended early`);
        got += n;
      }
    };
    if (length > 0) list.push(source);
    else closeSync(fd);
  }
  return list;
}

/**
 * Loads a source's next block into its regions and describes it in its table entry. A block that is not the
 * source's last ends where a group of equal values ends (the rest is loaded with the next block): the module
 * then always consumes a group whole. A group filling the whole block is counted here and loaded as one entry
 * with its count as weight (its first value, which DistinctStream would have as the head).
 */
function fill(s: Source, entry: Int32Array, at: number, values: Float64Array, weights: Float64Array, valuesAddress: number, weightsAddress: number): void {
  const block = values.length;
  let n = Math.min(block, s.length - s.next);
  s.load(values, s.next, n);
  if (s.weights !== undefined) weights.set(s.weights.subarray(s.next, s.next + n));
  let used = n;
  let weighted = s.weights !== undefined;
  if (s.next + n < s.length) {
    const last = values[n - 1];
    let g = n - 1;
    while (g > 0 && values[g - 1] === last) g--;
    if (g > 0) n = used = g;
    else {
      // One value fills the block: its whole group (it may go on for blocks) as one entry with its count.
      const head = values[0];
      let count = 0;
      let from = s.next;
      scan: while (from < s.length) {
        const take = Math.min(block, s.length - from);
        s.load(values, from, take);
        for (let i = 0; i < take; i++, from++) {
          if (values[i] !== last) break scan;
          count += s.weights !== undefined ? s.weights[from] : 1;
        }
      }
      values[0] = head;
      weights[0] = count;
      n = 1;
      used = from - s.next;
      weighted = true;
    }
  }
  s.next += used;
  entry[at] = 0;
  entry[at + 1] = n;
  entry[at + 2] = valuesAddress;
  entry[at + 3] = weighted ? weightsAddress : 0;
  entry[at + 4] = s.next === s.length ? 1 : 0;
}

/**
 * Everything the numeric tests need from two non-empty samples, in one merged walk (see the module comment),
 * run by wasm/merged-walk.wat: the sources' blocks are loaded into its memory and refilled when it asks.
 */
export function summarizeStreamed(reference: NumericSample, current: NumericSample, binCount: number): StreamedSummary {
  const n1 = observations(reference);
  const n2 = observations(current);
  if (n1 === 0 || n2 === 0) throw new RangeError('the streamed tests need two non-empty samples');
  if (!reference.sorted || !current.sorted) throw new Error('the streamed tests need sorted samples');
  const all: Source[] = [];
  try {
    const a = sources(reference);
    all.push(...a);
    const b = sources(current);
    all.push(...b);
    const count = all.length;
    const block = mergedWalkTuning.block;
    // Memory: the source table (32 bytes an entry), both live lists and their heads, the outputs, then each
    // source's regions.
    const lists = count * 32;
    const heads = lists + 8 * count;
    const out = heads + 8 * count;
    const regions = (out + 8 * (6 * binCount + 3) + 7) & ~7;
    const need = regions + count * 16 * block;
    const w = need <= KEEP_BYTES ? (kept ??= instantiateWasm<MergedWalk>(MergedWalkWasm)) : instantiateWasm<MergedWalk>(MergedWalkWasm);
    const memory = wasmBuffer(w.memory, need);
    const table = new Int32Array(memory, 0, count * 8);
    const live = new Int32Array(memory, lists, 2 * count);
    const regionOf = (i: number): [Float64Array, Float64Array, number, number] => {
      const at = regions + i * 16 * block;
      return [new Float64Array(memory, at, block), new Float64Array(memory, at + 8 * block, block), at, at + 8 * block];
    };
    // The live lists: the reference's sources (0 … a.length − 1) at `lists`, the current's after `count` slots.
    for (let i = 0; i < count; i++) {
      fill(all[i], table, 8 * i, ...regionOf(i));
      live[i < a.length ? i : count + i - a.length] = i;
    }
    w.init(0, lists, a.length, lists + 4 * count, b.length, heads, out, binCount, n1, n2);
    while (w.walk() === 1) {
      for (let i = 0; i < count; i++) {
        if (table[8 * i] === table[8 * i + 1] && table[8 * i + 4] === 0) fill(all[i], table, 8 * i, ...regionOf(i));
      }
    }
    const maxS = w.maxS.value;
    const minD = Math.min(1, Math.max(0, -w.minS.value));
    const ks = minD > maxS ? { d: minD, location: w.minAt.value } : { d: maxS, location: w.maxAt.value };
    const firsts = w.firsts.value;
    const output = (k: number, length: number): Float64Array => new Float64Array(memory, out + 8 * (k < 3 ? k * (binCount + 1) : 3 * (binCount + 1) + (k - 3) * binCount), length).slice();
    let bins: { edges: Float64Array; a: Float64Array; b: Float64Array };
    if (firsts <= binCount) bins = { edges: output(0, Math.max(0, firsts - 1)), a: output(1, binCount + 1), b: output(2, binCount + 1) };
    else {
      let edgeCount = w.edgeCount.value;
      const edges = output(3, edgeCount);
      // Drop a last edge equal to the maximum: the open top bin would be empty in the reference.
      if (edgeCount > 0 && edges[edgeCount - 1] === w.max.value) edgeCount--;
      bins = { edges: edges.slice(0, edgeCount), a: output(4, binCount), b: output(5, binCount) };
    }
    return {
      ks,
      wasserstein: w.area.value,
      referenceStd: Math.sqrt(w.m2.value / n1),
      edges: bins.edges,
      referenceCounts: perBin(bins.a, bins.edges.length, n1),
      currentCounts: perBin(bins.b, bins.edges.length, n2),
    };
  } finally {
    for (const s of all) if (s.fd >= 0) closeSync(s.fd);
  }
}

/** Counts per bin from the cumulative counts at the first `edges` edges, the open top bin taking the rest of n. */
function perBin(cumulative: Float64Array, edges: number, n: number): Float64Array {
  const counts = new Float64Array(edges + 1);
  let below = 0;
  for (let j = 0; j < edges; j++) {
    counts[j] = cumulative[j] - below;
    below = cumulative[j];
  }
  counts[edges] = n - below;
  return counts;
}
