/**
 * Baseline predictions: paired significance tests (McNemar, DeLong, paired bootstrap) compare two models row by
 * row, so the baseline's per-row predictions are saved with the baseline — gzip-compressed JSON — together with
 * the identity of the rows they were made on.
 *
 * Row identity: SHA-256 over the rows in order, each row as `<row id> U+001F <label> U+001E` (the row id is the
 * row's index when the data has no id column — model-eval's `id-column`). Two evaluations are paired only when
 * their identities are equal, after aligning the baseline's rows by id when both have ids; otherwise pairing would
 * silently compare different rows, so a mismatch is a UserError that names both hashes and says how the rows
 * differ (count, ids on one side only, repeated ids, or the first row whose id or label differs).
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
 *
 * Equal identities pair row by row. When both sides have row ids, the baseline is also aligned by id (the same
 * rows in another order, e.g. after a data reshuffle): its rows are put in the candidate's order and the identity
 * is checked again on the result, so every pairing is backed by equal hashes of (row id, label).
 */
export function pairPredictions(candidate: EvaluationRows, baselineFile: string, where: string): SavedPredictions {
  const baseline = readPredictions(baselineFile);
  const identity = rowIdentity(candidate);
  if (identity === baseline.rowIdentity) return baseline;
  const fail = (detail: string): never => {
    throw new UserError(
      `The ${where} predictions were made on other evaluation rows than this run (${detail}; row identity ${baseline.rowIdentity.slice(0, 12)} there, ${identity.slice(0, 12)} here). ` +
        'Paired significance tests need the same rows with the same labels: evaluate on the same data as the baseline, or give baseline predictions made on this data.',
    );
  };
  const n = candidate.labels.length;
  const m = baseline.labels.length;
  if (Boolean(candidate.rowIds) !== Boolean(baseline.rowIds)) {
    fail(candidate.rowIds
      ? `this run identifies rows by id-column, the ${where} predictions were saved without row ids (by position); the next default-branch run with id-column saves them with ids`
      : `the ${where} predictions were saved with row ids, this run has none: set id-column to the column of row ids`);
  }
  if (candidate.rowIds && baseline.rowIds) {
    const aligned = alignById(candidate as Required<EvaluationRows>, baseline as Required<SavedPredictions>, where, fail);
    if (rowIdentity(aligned) === identity) return aligned;
  }
  if (n !== m) fail(`the evaluation has ${n} rows, the ${where} predictions ${m}`);
  const id = (rows: EvaluationRows, i: number) => (rows.rowIds ? String(rows.rowIds[i]) : `#${i}`);
  let i = 0;
  while (i < n && id(candidate, i) === id(baseline, i) && String(candidate.labels[i]) === String(baseline.labels[i])) i++;
  return fail(
    id(candidate, i) !== id(baseline, i)
      ? `row ${i + 1} is id ${id(candidate, i)} here but ${id(baseline, i)} in the ${where}`
      : `row ${i + 1} (id ${id(candidate, i)}) has label ${String(candidate.labels[i])} here but ${String(baseline.labels[i])} in the ${where}`,
  );
}

/** Positions of each row id; a repeated id is a user error (ids cannot identify rows then). */
function positions(ids: readonly Label[], side: string, fail: (detail: string) => never): Map<string, number> {
  const at = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    const key = String(ids[i]);
    const first = at.get(key);
    if (first !== undefined) fail(`row id ${key} appears twice in ${side} (rows ${first + 1} and ${i + 1}): row ids must be unique`);
    at.set(key, i);
  }
  return at;
}

/**
 * The baseline's rows in the candidate's order by row id. Ids on one side only and labels that differ for the
 * same id are the differences the error names (the first of each, with counts).
 */
function alignById(candidate: Required<EvaluationRows>, baseline: Required<SavedPredictions>, where: string, fail: (detail: string) => never): SavedPredictions {
  const here = positions(candidate.rowIds, 'this run', fail);
  const there = positions(baseline.rowIds, `the ${where} predictions`, fail);
  const order: number[] = [];
  const missing: string[] = [];
  for (const id of here.keys()) {
    const j = there.get(id);
    if (j === undefined) missing.push(id);
    else order.push(j);
  }
  const extra = [...there.keys()].filter((id) => !here.has(id));
  if (missing.length || extra.length) {
    const parts = [
      ...(missing.length ? [`${missing.length} row id${missing.length === 1 ? '' : 's'} of this run not in the ${where} predictions (first: ${missing[0]})`] : []),
      ...(extra.length ? [`${extra.length} row id${extra.length === 1 ? '' : 's'} of the ${where} predictions not in this run (first: ${extra[0]})`] : []),
    ];
    fail(`${candidate.labels.length} rows here, ${baseline.labels.length} in the ${where} predictions: ${parts.join('; ')}`);
  }
  for (let i = 0; i < order.length; i++) {
    if (String(candidate.labels[i]) !== String(baseline.labels[order[i]])) {
      fail(`row id ${String(candidate.rowIds[i])} has label ${String(candidate.labels[i])} here but ${String(baseline.labels[order[i]])} in the ${where}`);
    }
  }
  const pick = <T>(values: readonly T[]): T[] => order.map((j) => values[j]);
  return {
    rowIds: pick(baseline.rowIds),
    labels: pick(baseline.labels),
    predictions: pick(baseline.predictions),
    ...(baseline.scores ? { scores: pick(baseline.scores) } : {}),
    ...(baseline.columns ? { columns: Object.fromEntries(Object.entries(baseline.columns).map(([name, values]) => [name, pick(values)])) } : {}),
  };
}
