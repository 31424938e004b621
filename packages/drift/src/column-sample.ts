/**
 * One column of one dataset, in the form the drift tests need: a numeric column keeps its finite values
 * (exact KS and Wasserstein need every value), a categorical column keeps only its counts.
 * Missing values (empty fields, null, NaN) are counted and left out of every test.
 */
import { sortFloat64 } from './sort.ts';
import type { ValueCounter } from './value-counter.ts';
import type { SpilledRuns } from './spill.ts';
import { forEachDistinct } from './distinct-stream.ts';

export type ColumnSample = NumericSample | CategoricalSample | BinnedSample;

/**
 * A numeric reference known only as a histogram (a data-validate profile): bin i holds values in
 * [edges[i], edges[i+1]); values below the first edge count in the first bin, above the last in the last.
 */
export interface BinnedSample {
  kind: 'binned';
  edges: number[];
  counts: number[];
  missing: number;
}

export interface NumericSample {
  kind: 'numeric';
  /** Finite values; ascending when `sorted` is true. With `weights`, the distinct values (always sorted). */
  values: Float64Array;
  /** How many times each of `values` occurs; absent when every value is one observation. */
  weights?: Float64Array;
  sorted: boolean;
  missing: number;
  /**
   * More of the sample's values, as sorted runs in temporary files (spill.ts): the sample is then `values`
   * (sorted) and the runs together, walked by distinct-stream.ts. Absent for samples held wholly in memory.
   */
  runs?: SpilledRuns;
}

/** A (value, count) sample from counted distinct values, sorted by value. */
export function weightedSample(counter: ValueCounter, missing: number): NumericSample {
  const values = sortFloat64(counter.distinct());
  const weights = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) weights[i] = counter.get(values[i]);
  return { kind: 'numeric', values, weights, sorted: true, missing };
}

/** Number of observations of a numeric sample. */
export function observations(sample: NumericSample): number {
  const spilled = sample.runs?.count ?? 0;
  if (!sample.weights) return sample.values.length + spilled;
  let n = spilled;
  for (const w of sample.weights) n += w;
  return n;
}

export interface CategoricalSample {
  kind: 'categorical';
  counts: Map<string, number>;
  missing: number;
}

export function numericSample(values: ArrayLike<number>, missing = 0): NumericSample {
  const finite: number[] = [];
  let extraMissing = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i])) finite.push(values[i]);
    else extraMissing++;
  }
  return { kind: 'numeric', values: Float64Array.from(finite), sorted: false, missing: missing + extraMissing };
}

export function categoricalSample(values: Iterable<string | number | boolean | null | undefined>): CategoricalSample {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const v of values) {
    if (v === null || v === undefined || v === '') missing++;
    else counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  }
  return { kind: 'categorical', counts, missing };
}

/** Sorts a numeric sample in place once (KS, Wasserstein and the bin edges all use the sorted order). */
export function ensureSorted(sample: NumericSample): Float64Array {
  if (!sample.sorted) {
    sortFloat64(sample.values);
    sample.sorted = true;
  }
  return sample.values;
}

export function sampleSize(sample: ColumnSample): number {
  if (sample.kind === 'numeric') return observations(sample);
  if (sample.kind === 'binned') return sample.counts.reduce((a, b) => a + b, 0);
  let n = 0;
  for (const c of sample.counts.values()) n += c;
  return n;
}

/** Numeric values seen as categories (for a numeric column with few distinct values, or mixed kinds). */
export function asCategorical(sample: NumericSample | CategoricalSample): CategoricalSample {
  if (sample.kind === 'categorical') return sample;
  const counts = new Map<string, number>();
  if (sample.runs) forEachDistinct(sample, (v, c) => counts.set(String(v), (counts.get(String(v)) ?? 0) + c));
  else sample.values.forEach((v, i) => counts.set(String(v), (counts.get(String(v)) ?? 0) + (sample.weights ? sample.weights[i] : 1)));
  return { kind: 'categorical', counts, missing: sample.missing };
}

/**
 * Distinct values of a sorted numeric sample, counting at most `cap` (enough to tell "few" from "many").
 * Equal neighbours are compared also for weighted samples: a merge of weighted and plain parts may repeat a value.
 */
export function distinctSorted(sorted: Float64Array, cap = Infinity): number {
  let d = 0;
  for (let i = 0; i < sorted.length && d <= cap; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) d++;
  return d;
}
