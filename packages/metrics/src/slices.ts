/**
 * Slices: every metric per value of each slice column, and gap metrics across the slices.
 *
 * For a slice column s and a metric m, over the slices with at least `minSliceSize` rows:
 *   m_gap[s] = max over slices - min over slices       (Fairlearn's MetricFrame.difference(method="between_groups"))
 *   m_worst_slice[s] = the worst slice value (min where higher is better, max for losses)
 *   m_gap, m_worst_slice = the same over every slice column (largest gap, worst value).
 * Slice metrics are computed by zero weights outside the slice, so the same code serves the point estimate and
 * every bootstrap replicate (gaps get confidence intervals and can be gated like any metric).
 * With fewer than two eligible slices in a column, its gap is undefined.
 * Caveat: a gap is a max - min, biased upwards under resampling, so its percentile interval can sit above the
 * point value when the slices are alike; gate gaps with an absolute bound (`accuracy_gap: "<= 0.05"`).
 */
import { UserError } from '@mlci/core';
import { higherIsBetter } from './gates.ts';
import { requireColumn, type Table } from './table.ts';

export interface Slice {
  column: string;
  value: string;
  rows: number;
  mask: Uint8Array;
  /** Large enough to count (rows >= minSliceSize). */
  eligible: boolean;
}

/** At most this many distinct values per slice column; more is almost surely not a grouping column. */
export const MAX_SLICES_PER_COLUMN = 100;

export function buildSlices(table: Table, columns: readonly string[], minSliceSize: number): Slice[] {
  const slices: Slice[] = [];
  for (const column of columns) {
    const values = requireColumn(table, column, 'slice-columns');
    const byValue = new Map<string, Uint8Array>();
    const counts = new Map<string, number>();
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const key = v === null || v === undefined ? '(missing)' : String(v);
      let mask = byValue.get(key);
      if (!mask) {
        if (byValue.size >= MAX_SLICES_PER_COLUMN) {
          throw new UserError(`slice-columns: column '${column}' of ${table.source} has more than ${MAX_SLICES_PER_COLUMN} distinct values; bucket it into groups first`, { file: table.source });
        }
        mask = new Uint8Array(values.length);
        byValue.set(key, mask);
      }
      mask[i] = 1;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const keys = [...byValue.keys()].sort();
    for (const value of keys) {
      const rows = counts.get(value)!;
      slices.push({ column, value, rows, mask: byValue.get(value)!, eligible: rows >= minSliceSize });
    }
  }
  return slices;
}

/** Metrics of every slice under the given weights: result[k] belongs to slices[k]. */
export function sliceMetrics(
  slices: readonly Slice[],
  weights: Uint8Array,
  metricsOf: (weights: Uint8Array) => Record<string, number>,
): Array<Record<string, number> | undefined> {
  const scratch = new Uint8Array(weights.length);
  return slices.map((slice) => {
    if (!slice.eligible) return undefined;
    const mask = slice.mask;
    for (let i = 0; i < weights.length; i++) scratch[i] = weights[i] & -mask[i];
    return metricsOf(scratch);
  });
}

/** Gap and worst-slice metrics, keyed as `m_gap[col]`, `m_worst_slice[col]`, `m_gap`, `m_worst_slice`. */
export function gapMetrics(
  slices: readonly Slice[],
  perSlice: ReadonlyArray<Record<string, number> | undefined>,
  metricNames: readonly string[],
  columns: readonly string[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of metricNames) {
    const better = higherIsBetter(m);
    let overallGap = NaN;
    let overallWorst = NaN;
    for (const column of columns) {
      let min = Infinity;
      let max = -Infinity;
      let count = 0;
      slices.forEach((slice, k) => {
        const value = perSlice[k]?.[m];
        if (slice.column !== column || value === undefined || Number.isNaN(value)) return;
        min = Math.min(min, value);
        max = Math.max(max, value);
        count++;
      });
      const gap = count >= 2 ? max - min : NaN;
      const worst = count >= 1 ? (better ? min : max) : NaN;
      out[`${m}_gap[${column}]`] = gap;
      out[`${m}_worst_slice[${column}]`] = worst;
      if (!Number.isNaN(gap) && !(gap <= overallGap)) overallGap = gap;
      if (!Number.isNaN(worst) && (Number.isNaN(overallWorst) || (better ? worst < overallWorst : worst > overallWorst))) overallWorst = worst;
    }
    out[`${m}_gap`] = overallGap;
    out[`${m}_worst_slice`] = overallWorst;
  }
  return out;
}
