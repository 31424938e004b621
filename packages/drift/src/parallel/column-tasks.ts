/**
 * The dataset's column tests on every core: the heavy columns — numeric ones with spilled runs or many values,
 * whose tests walk every value in order — are shared out between this thread and the worker pool
 * (worker-pool.ts), longest first to the least loaded thread (a column's cost taken as the values it holds or spilled);
 * the light ones stay on this thread. The results are the same as datasetDrift's: each column's test is the same
 * deterministic function wherever it runs, and the verdict orders the columns by severity.
 * A batch whose worker fails is tested on this thread afterwards (which then reports any user error).
 */
import { availableParallelism } from 'node:os';
import { columnDrift, type ColumnDrift } from '../column-drift.ts';
import type { ColumnSample } from '../column-sample.ts';
import { columnOptions, datasetDrift, verdict, type DatasetDrift, type DatasetDriftOptions } from '../dataset-drift.ts';
import type { ColumnTask } from './drift-worker.ts';
import { MAX_WORKERS } from './csv-ranges.ts';
import { workerPool } from './worker-pool.ts';

/** A numeric column with at least this many values held or spilled (both samples together) is worth a thread. */
export const HEAVY_VALUES = 1 << 18;

function weight(s: ColumnSample): number {
  return s.kind === 'numeric' ? s.values.length + (s.runs?.count ?? 0) : 0;
}

export async function datasetDriftInParallel(
  columns: ReadonlyMap<string, { reference: ColumnSample; current: ColumnSample }>,
  options: DatasetDriftOptions = {},
  threads = Math.min(availableParallelism(), MAX_WORKERS),
  /** Filled in: how many columns a worker thread tested. */
  stats: { offThread: number } = { offThread: 0 },
): Promise<DatasetDrift> {
  const heavy: (ColumnTask & { cost: number })[] = [];
  for (const [column, { reference, current }] of columns) {
    const cost = weight(reference) + weight(current);
    if (reference.kind === 'numeric' && current.kind === 'numeric' && cost >= HEAVY_VALUES) heavy.push({ column, reference, current, options: columnOptions(column, options), cost });
  }
  const pool = threads >= 2 && heavy.length >= 2 ? workerPool(threads) : undefined;
  if (pool === undefined) return datasetDrift(columns, options);

  // Lane 0 is this thread; lanes 1… are worker batches.
  const lanes: ColumnTask[][] = Array.from({ length: Math.min(threads, heavy.length) }, () => []);
  const load = lanes.map(() => 0);
  for (const task of heavy.sort((a, b) => b.cost - a.cost)) {
    const lane = load.indexOf(Math.min(...load));
    lanes[lane].push({ column: task.column, reference: task.reference, current: task.current, options: task.options });
    load[lane] += task.cost;
  }
  const batches = lanes.slice(1).map((batch) => pool.run<ColumnDrift[]>({ kind: 'columns', columns: batch }).then((result) => ({ batch, result })));
  const offThread = new Set(lanes.slice(1).flat().map((t) => t.column));
  const results: ColumnDrift[] = [];
  try {
    for (const [column, { reference, current }] of columns) {
      if (!offThread.has(column)) results.push(columnDrift(column, reference, current, columnOptions(column, options)));
    }
  } catch (error) {
    await Promise.all(batches); // settle the workers first: the spill directory is removed after the comparison
    throw error;
  }
  for (const { batch, result } of await Promise.all(batches)) {
    if (result === undefined) {
      for (const t of batch) results.push(columnDrift(t.column, t.reference, t.current, t.options));
    } else {
      results.push(...result);
      stats.offThread += result.length;
    }
  }
  // In the columns' order, as datasetDrift has them before ordering by severity (equal severities keep it).
  const order = new Map([...columns.keys()].map((name, i) => [name, i]));
  return verdict(results.sort((a, b) => order.get(a.column)! - order.get(b.column)!), options);
}
