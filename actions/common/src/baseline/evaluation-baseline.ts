/**
 * `baseline: auto` for model-eval: the newest default-branch baseline, as a paired table when its per-row
 * predictions were saved (after checking they were made on the same rows with the same labels, see
 * predictions.ts), otherwise as the stored metrics of its result file (an unpaired comparison). On pushes to the
 * default branch, this run's predictions are written for the next baseline.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { requireColumn, tableFromColumns, type StoredMetrics, type Table, type TaskKind } from '@mlci/metrics';
import type { ActionContext } from '../run-action.ts';
import { describeBaseline } from './compare.ts';
import { pairPredictions, writePredictions, PREDICTIONS_FILE, type Label } from './predictions.ts';
import { baselineFile, baselineSavingAvailable } from './store.ts';

export interface EvaluationColumns {
  labelColumn: string;
  /** The column of row ids (model-eval's `id-column`); rows are identified by position without it. */
  idColumn?: string;
  /** The columns the evaluation reads besides the label (prediction, scores); absent ones are skipped. */
  columns: readonly string[];
}

export type AutoBaseline = { baseline: Table | StoredMetrics; source: string } | { baseline: undefined; reason: string };

function column(table: Table, name: string): (Label | null)[] | undefined {
  const values = table.column(name);
  return values ? Array.from(values as ArrayLike<Label | null>) : undefined;
}

/** The row ids of the id column, or undefined without one; a named column that is absent is a UserError. */
function rowIds(table: Table, wanted: EvaluationColumns): Label[] | undefined {
  if (!wanted.idColumn) return undefined;
  return Array.from(requireColumn(table, wanted.idColumn, 'id-column') as ArrayLike<Label>);
}

export async function restoreEvaluationBaseline(context: ActionContext, table: Table, wanted: EvaluationColumns, scope = 'model-eval'): Promise<AutoBaseline> {
  // A named id column that is absent is the user's mistake on every run, not only once a baseline exists.
  const ids = rowIds(table, wanted);
  const restored = await context.restoreBaseline(scope);
  if (!restored.found) return { baseline: undefined, reason: restored.reason };
  const where = describeBaseline(restored.source).replace(/\[(run \d+)\]\([^)]*\)/, '$1').replace(/`/g, '');
  const predictions = baselineFile(restored, PREDICTIONS_FILE);
  if (predictions) {
    const labels = column(table, wanted.labelColumn) ?? [];
    const saved = pairPredictions({ labels: labels as Label[], rowIds: ids }, predictions, `baseline of ${where}`);
    if (saved.columns) return { baseline: tableFromColumns(`baseline of ${where}`, saved.columns as Record<string, ArrayLike<unknown>>), source: where };
  }
  const resultName = restored.source.files.find((f) => f === `${scope}.json`) ?? restored.source.files.find((f) => f.endsWith('.json'));
  if (!resultName) return { baseline: undefined, reason: `the baseline of ${where} holds no ${scope} result` };
  const payload = JSON.parse(readFileSync(path.join(restored.dir, resultName), 'utf8')).payload as { task: TaskKind; metrics: StoredMetrics['metrics']; intervals: StoredMetrics['intervals'] };
  return { baseline: { source: `baseline of ${where}`, task: payload.task, metrics: payload.metrics, intervals: payload.intervals }, source: where };
}

/** On pushes to the default branch: this run's evaluation columns as the next baseline's predictions. */
export function savedPredictionsFor(context: ActionContext, table: Table, wanted: EvaluationColumns): string[] {
  if (!context.github.isDefaultBranchPush || !baselineSavingAvailable()) return [];
  const labels = column(table, wanted.labelColumn);
  if (!labels) return [];
  const columns: Record<string, (Label | null)[]> = { [wanted.labelColumn]: labels };
  for (const name of wanted.columns) {
    const values = column(table, name);
    if (values) columns[name] = values;
  }
  mkdirSync(context.resultDir, { recursive: true });
  const file = path.join(context.resultDir, PREDICTIONS_FILE);
  writePredictions(file, { labels: labels as Label[], rowIds: rowIds(table, wanted), predictions: (columns[wanted.columns[0]] ?? labels) as Label[], columns });
  return [file];
}
