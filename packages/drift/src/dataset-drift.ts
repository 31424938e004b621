/**
 * Dataset drift: every compared column gets its own test; the dataset has drifted when the share of drifted
 * columns reaches `driftShare` (default 0.5):  drifted / compared ≥ driftShare.
 * Columns are reported drifted first, worst first (smallest p-value, then largest distance over threshold).
 */
import { UserError } from '@mlci/core';
import { columnDrift, type ColumnDrift, type ColumnDriftOptions } from './column-drift.ts';
import type { ColumnSample } from './column-sample.ts';
import type { StatTest } from './stattest.ts';

export interface DatasetDriftOptions {
  /** A test for every column ('auto' by default), or per column. */
  stattest?: StatTest | 'auto';
  perColumnTest?: ReadonlyMap<string, StatTest | 'auto'>;
  thresholds?: Partial<Record<StatTest, number>>;
  driftShare?: number;
  bins?: number;
}

export interface DatasetDrift {
  driftDetected: boolean;
  /** drifted / compared. */
  driftShare: number;
  threshold: number;
  driftedColumns: string[];
  columns: ColumnDrift[];
}

export function datasetDrift(
  columns: ReadonlyMap<string, { reference: ColumnSample; current: ColumnSample }>,
  options: DatasetDriftOptions = {},
): DatasetDrift {
  if (columns.size === 0) throw new UserError('no columns to compare: reference and current share no selected column');
  const results: ColumnDrift[] = [];
  for (const [name, { reference, current }] of columns) results.push(columnDrift(name, reference, current, columnOptions(name, options)));
  return verdict(results, options);
}

/** The options of one column's test. */
export function columnOptions(name: string, options: DatasetDriftOptions): ColumnDriftOptions {
  return {
    test: options.perColumnTest?.get(name) ?? options.stattest ?? 'auto',
    ...(options.thresholds ? { thresholds: options.thresholds } : {}),
    ...(options.bins ? { bins: options.bins } : {}),
  };
}

/** The dataset's verdict from every column's result (any order): worst first, and the drifted share. */
export function verdict(columns: ColumnDrift[], options: DatasetDriftOptions): DatasetDrift {
  const threshold = options.driftShare ?? 0.5;
  const results = [...columns].sort(worstFirst);
  const drifted = results.filter((r) => r.drifted).map((r) => r.column);
  const share = drifted.length / results.length;
  return { driftDetected: share >= threshold, driftShare: share, threshold, driftedColumns: drifted, columns: results };
}

/** Drifted before not drifted; then by how far past the threshold (p-values: smaller is worse). */
export function severity(r: ColumnDrift): number {
  if (r.pValue !== undefined) return r.pValue > 0 ? -Math.log10(r.pValue) + Math.log10(r.threshold) : 400;
  return r.threshold > 0 ? r.statistic / r.threshold - 1 : r.statistic;
}

function worstFirst(a: ColumnDrift, b: ColumnDrift): number {
  if (a.drifted !== b.drifted) return a.drifted ? -1 : 1;
  return severity(b) - severity(a);
}
