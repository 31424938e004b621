/**
 * Baseline predictions: paired significance tests (McNemar, DeLong, paired bootstrap) compare two models row by
 * row, so the baseline's per-row predictions are saved with the baseline — gzip-compressed JSON — together with
 * the identity of the rows they were made on.
 *
 * Row identity: SHA-256 over the rows in order, each row as `<row id> U+001F <label> U+001E` (the row id is the
 * row's index when the data has no id column). Two evaluations are paired only when their identities are equal;
 * otherwise pairing would silently compare different rows, so a mismatch is a UserError that says how the rows
 * differ (count, or the first row whose id or label differs).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { UserError } from '@mlci/core';

export const PREDICTIONS_FILE = 'predictions.json.gz';
const FORMAT = 'mlci-predictions/1';

export type Label = string | number;

export interface EvaluationRows {
  /** Row ids, or undefined to identify rows by their index. */
  rowIds?: readonly Label[];
  labels: readonly Label[];
}

export interface SavedPredictions extends EvaluationRows {
  /** Predicted labels (classification) or values (regression), one per row. */
  predictions: readonly Label[];
  /** Positive-class scores or per-class probabilities, when the model gave them. */
  scores?: readonly (number | readonly number[])[];
  /** The evaluation's columns by name (label, prediction, scores), to rebuild the baseline's table. */
  columns?: Record<string, readonly (Label | null)[]>;
}

interface PredictionsFile {
  format: typeof FORMAT;
  rows: number;
  rowIdentity: string;
  rowIds: Label[] | null;
  labels: Label[];
  predictions: Label[];
  scores: (number | number[])[] | null;
  columns?: Record<string, (Label | null)[]>;
}

export function rowIdentity(rows: EvaluationRows): string {
  const hash = createHash('sha256');
  for (let i = 0; i < rows.labels.length; i++) hash.update(`${rows.rowIds ? String(rows.rowIds[i]) : i}\u001f${String(rows.labels[i])}\u001e`);
  return hash.digest('hex');
}

export function writePredictions(file: string, saved: SavedPredictions): void {
  const n = saved.labels.length;
  if (saved.predictions.length !== n || (saved.rowIds && saved.rowIds.length !== n) || (saved.scores && saved.scores.length !== n)) {
    throw new Error(`predictions: ${n} labels but ${saved.predictions.length} predictions`);
  }
  const body: PredictionsFile = {
    format: FORMAT,
    rows: n,
    rowIdentity: rowIdentity(saved),
    rowIds: saved.rowIds ? [...saved.rowIds] : null,
    labels: [...saved.labels],
    predictions: [...saved.predictions],
    scores: saved.scores ? saved.scores.map((s) => (typeof s === 'number' ? s : [...s])) : null,
    ...(saved.columns ? { columns: Object.fromEntries(Object.entries(saved.columns).map(([k, v]) => [k, [...v]])) } : {}),
  };
  writeFileSync(file, gzipSync(JSON.stringify(body)));
}

export function readPredictions(file: string): SavedPredictions & { rowIdentity: string } {
  let body: PredictionsFile;
  try {
    body = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
  } catch (error) {
    throw new UserError(`${file} is not a saved predictions file (gzip JSON): ${(error as Error).message}`, { file });
  }
  if (body.format !== FORMAT) throw new UserError(`${file}: unknown predictions format '${String(body.format)}', expected ${FORMAT}`, { file });
  return { rowIds: body.rowIds ?? undefined, labels: body.labels, predictions: body.predictions, scores: body.scores ?? undefined, columns: body.columns, rowIdentity: body.rowIdentity };
}

/**
 * The baseline's predictions on the candidate's rows, in the candidate's order — only when the rows are the same
 * rows with the same labels. `where` names the baseline for messages ("baseline of main @ 1a2b3c4").
 */
export function pairPredictions(candidate: EvaluationRows, baselineFile: string, where: string): SavedPredictions {
  const baseline = readPredictions(baselineFile);
  const identity = rowIdentity(candidate);
  if (identity === baseline.rowIdentity) return baseline;
  const n = candidate.labels.length;
  const m = baseline.labels.length;
  let detail: string;
  if (n !== m) detail = `the evaluation has ${n} rows, the ${where} predictions ${m}`;
  else {
    const id = (rows: EvaluationRows, i: number) => (rows.rowIds ? String(rows.rowIds[i]) : `#${i}`);
    let i = 0;
    while (i < n && id(candidate, i) === id(baseline, i) && String(candidate.labels[i]) === String(baseline.labels[i])) i++;
    detail =
      i === n
        ? 'the saved predictions were identified differently (row ids on one side only)'
        : id(candidate, i) !== id(baseline, i)
          ? `row ${i + 1} is id ${id(candidate, i)} here but ${id(baseline, i)} in the ${where}`
          : `row ${i + 1} (id ${id(candidate, i)}) has label ${String(candidate.labels[i])} here but ${String(baseline.labels[i])} in the ${where}`;
  }
  throw new UserError(
    `The ${where} predictions were made on other evaluation rows than this run (${detail}; row identity ${baseline.rowIdentity.slice(0, 12)} vs ${identity.slice(0, 12)}). ` +
      'Paired significance tests need the same rows with the same labels: evaluate on the same data as the baseline, or give baseline predictions made on this data.',
  );
}
