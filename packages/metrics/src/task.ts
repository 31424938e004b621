/**
 * From columns to a prepared task: which task it is, the classes, and the candidate's (and the paired
 * baseline's) encoded labels and scores, sorted once for every later metric and bootstrap replicate.
 *
 * `task: auto` decides, in this order:
 *   1. the truth is numeric with a non-integer value or more than 20 distinct values, or the truth is
 *      numeric and some prediction is a non-integer number -> regression;
 *   2. more than 2 classes among truth and predictions (or more than 2 score columns) -> multiclass;
 *   3. otherwise binary.
 * Score columns: binary takes one column with P(positive) (or one per class, of which the positive class's is
 * used); multiclass takes one per class in sklearn's sorted class order. A single entry ending in `*`
 * (`proba_*`) is a prefix: the column of class c is `proba_<c>`.
 */
import { UserError } from '@mlci/core';
import { BINARY_METRICS, binaryMetrics, prepareBinary, type BinaryModel } from './binary.ts';
import { classesOf, encodeLabels, fewDistinct, findClass, type Label, type LabelColumn } from './labels.ts';
import { MULTICLASS_METRICS, multiclassMetrics, prepareMulticlass, type MulticlassModel } from './multiclass.ts';
import { REGRESSION_METRICS, prepareRegression, regressionMetrics, type RegressionModel } from './regression.ts';
import { hasColumn, isCoded, numericColumn, requireColumn, requireLabels, type Table } from './table.ts';

export type TaskKind = 'binary' | 'multiclass' | 'regression';

export interface TaskOptions {
  task: 'auto' | TaskKind;
  labelColumn: string;
  predictionColumn: string;
  scoreColumns: readonly string[];
  positiveLabel?: string;
}

export type Prepared =
  | { kind: 'binary'; model: BinaryModel }
  | { kind: 'multiclass'; model: MulticlassModel }
  | { kind: 'regression'; model: RegressionModel };

export interface PreparedEvaluation {
  kind: TaskKind;
  /** Classes in sklearn order (empty for regression). */
  classes: Label[];
  /** Index of the positive class in `classes` (binary only). */
  positiveClass: number;
  /** Truth as class indices (classification) — for slices and confusion matrices. */
  truthClasses: Int32Array | undefined;
  /** Predictions as class indices, candidate then baseline. */
  predictedClasses: Array<Int32Array | undefined>;
  rows: number;
  candidate: Prepared;
  baseline: Prepared | undefined;
}

export function metricNames(kind: TaskKind): readonly string[] {
  return kind === 'binary' ? BINARY_METRICS : kind === 'multiclass' ? MULTICLASS_METRICS : REGRESSION_METRICS;
}

/** Every metric of the task under the given row weights; without weights, of every row once (the point estimate). */
export function metricsOf(prepared: Prepared, weights?: Uint8Array): Record<string, number> {
  const all: Record<string, number> =
    prepared.kind === 'binary' ? { ...binaryMetrics(prepared.model, weights) }
    : prepared.kind === 'multiclass' ? { ...multiclassMetrics(prepared.model, weights ?? ones(prepared.model.truth.length)) } as unknown as Record<string, number>
    : { ...regressionMetrics(prepared.model, weights ?? ones(prepared.model.truth.length)) };
  const out: Record<string, number> = {};
  for (const name of metricNames(prepared.kind)) out[name] = all[name];
  return out;
}

function ones(n: number): Uint8Array {
  return new Uint8Array(n).fill(1);
}

export function prepareEvaluation(candidate: Table, baseline: Table | undefined, options: TaskOptions): PreparedEvaluation {
  const tables = baseline ? [candidate, baseline] : [candidate];
  requireLabels(candidate, options.labelColumn, 'label-column');
  if (baseline) {
    requireLabels(baseline, options.labelColumn, 'label-column');
    checkSameRows(candidate, baseline, options.labelColumn);
  }
  const hasPrediction = tables.map((t) => hasColumn(t, options.predictionColumn));
  const scoreSpec = options.scoreColumns;
  if (!hasPrediction.every(Boolean) && scoreSpec.length === 0) {
    const t = tables[hasPrediction.indexOf(false)];
    requireColumn(t, options.predictionColumn, 'prediction-column (or give score-columns)');
  }
  const kind = options.task === 'auto' ? detectTask(candidate, options, hasPrediction[0]) : options.task;

  if (kind === 'regression') {
    const truth = numericColumn(candidate, options.labelColumn, 'label-column');
    const prepare = (t: Table): Prepared => ({ kind, model: prepareRegression(truth, numericColumn(t, options.predictionColumn, 'prediction-column')) });
    return { kind, classes: [], positiveClass: -1, truthClasses: undefined, predictedClasses: [], rows: candidate.rows, candidate: prepare(candidate), baseline: baseline && prepare(baseline) };
  }

  const labelColumns: LabelColumn[] = [{ table: candidate, name: options.labelColumn, input: 'label-column' }];
  tables.forEach((t, i) => { if (hasPrediction[i]) labelColumns.push({ table: t, name: options.predictionColumn, input: 'prediction-column' }); });
  const prefix = scoreSpec.length === 1 && scoreSpec[0].endsWith('*') ? scoreSpec[0].slice(0, -1) : undefined;
  let classes = classesOf(labelColumns);
  if (prefix !== undefined) classes = mergeClasses(classes, prefixClasses(candidate, prefix, classes));
  const truth = encodeLabels(labelColumns[0], classes);
  const scoreNames = prefix !== undefined ? classes.map((c) => prefix + String(c)) : [...scoreSpec];

  if (kind === 'binary') {
    if (classes.length > 2) throw new UserError(`task is binary, but the labels hold ${classes.length} classes: ${showClasses(classes)}; use task: multiclass`);
    const positiveClass = resolvePositive(classes, options.positiveLabel);
    const positive = new Uint8Array(truth.length);
    for (let i = 0; i < truth.length; i++) positive[i] = truth[i] === positiveClass ? 1 : 0;
    if (scoreNames.length > 1 && scoreNames.length !== 2) {
      throw new UserError(`score-columns: a binary task takes one column with P(positive) (or one per class, 2), got ${scoreNames.length}: ${scoreNames.join(', ')}`);
    }
    const predictedClasses: Array<Int32Array | undefined> = [];
    const prepare = (t: Table, i: number): Prepared => {
      const predicted = hasPrediction[i] ? encodeLabels({ table: t, name: options.predictionColumn, input: 'prediction-column' }, classes) : undefined;
      const scoreName = scoreNames.length === 2 ? scoreNames[Math.max(positiveClass, 0)] : scoreNames[0];
      const score = scoreName !== undefined ? numericColumn(t, scoreName, 'score-columns') : undefined;
      const predictedPositive = predicted && toPositive(predicted, positiveClass);
      const model = prepareBinary(positive, predictedPositive, score);
      predictedClasses.push(predicted ?? fromPositive(model.predicted, classes, positiveClass));
      return { kind, model };
    };
    const c = prepare(candidate, 0);
    const b = baseline ? prepare(baseline, 1) : undefined;
    return { kind, classes, positiveClass, truthClasses: truth, predictedClasses, rows: candidate.rows, candidate: c, baseline: b };
  }

  if (scoreNames.length > 0 && scoreNames.length !== classes.length) {
    throw new UserError(`score-columns: a multiclass task takes one score column per class in sorted order; ${scoreNames.length} columns (${scoreNames.join(', ')}) for ${classes.length} classes (${showClasses(classes)})`);
  }
  const predictedClasses: Array<Int32Array | undefined> = [];
  const prepare = (t: Table, i: number): Prepared => {
    const predicted = hasPrediction[i] ? encodeLabels({ table: t, name: options.predictionColumn, input: 'prediction-column' }, classes) : undefined;
    const scores = scoreNames.length > 0 ? scoreNames.map((name) => numericColumn(t, name, 'score-columns')) : undefined;
    if (scores) checkProbabilities(t, scores, scoreNames);
    const model = prepareMulticlass(classes.length, truth, predicted, scores);
    predictedClasses.push(model.predicted);
    return { kind: 'multiclass', model };
  };
  const c = prepare(candidate, 0);
  const b = baseline ? prepare(baseline, 1) : undefined;
  return { kind: 'multiclass', classes, positiveClass: -1, truthClasses: truth, predictedClasses, rows: candidate.rows, candidate: c, baseline: b };
}

function detectTask(table: Table, options: TaskOptions, hasPrediction: boolean): TaskKind {
  const labels = requireLabels(table, options.labelColumn, 'label-column');
  // Coded columns are text: their distinct values are the codes' labels.
  const truth = isCoded(labels) ? labels.labels : labels;
  const numeric = truth instanceof Float64Array || truth instanceof Uint8Array || allNumbers(truth);
  const fractional = numeric && !allIntegers(truth);
  const distinct = fewDistinct(truth, 20);
  if (numeric && (fractional || distinct.length > 20)) return 'regression';
  const scoreSpec = options.scoreColumns;
  if (scoreSpec.length > 2) return 'multiclass';
  if (hasPrediction) {
    const coded = requireLabels(table, options.predictionColumn, 'prediction-column');
    const predicted = isCoded(coded) ? coded.labels : coded;
    // Integer targets (counts) with fractional predictions are a regression, not a classification.
    if (numeric && !allIntegers(predicted)) return 'regression';
    fewDistinct(predicted, 2, distinct);
  }
  return distinct.length > 2 ? 'multiclass' : 'binary';
}

function allNumbers(values: ArrayLike<unknown>): boolean {
  for (let i = 0; i < values.length; i++) if (typeof values[i] !== 'number') return false;
  return true;
}

/** No number with a fraction (other values are not looked at). */
function allIntegers(values: ArrayLike<unknown>): boolean {
  if (values instanceof Uint8Array) return true;
  if (values instanceof Float64Array) {
    for (let i = 0; i < values.length; i++) if (!Number.isInteger(values[i])) return false;
    return true;
  }
  for (let i = 0; i < values.length; i++) if (typeof values[i] === 'number' && !Number.isInteger(values[i])) return false;
  return true;
}

function resolvePositive(classes: readonly Label[], positiveLabel: string | undefined): number {
  if (positiveLabel !== undefined && positiveLabel !== '') {
    const found = findClass(classes, positiveLabel);
    // A positive class absent from the data is allowed (sklearn too): then nothing is positive.
    return found;
  }
  const conventional = ['1', 'true'];
  for (const name of conventional) {
    const found = findClass(classes, name);
    if (found >= 0) return found;
  }
  if (classes.length === 1 && (classes[0] === 0 || classes[0] === false)) return -1;
  throw new UserError(`positive-label is required: the labels are ${showClasses(classes)}, and none is 1 or true`);
}

function toPositive(predicted: Int32Array, positiveClass: number): Uint8Array {
  const out = new Uint8Array(predicted.length);
  for (let i = 0; i < predicted.length; i++) out[i] = predicted[i] === positiveClass ? 1 : 0;
  return out;
}

function fromPositive(predicted: Uint8Array, classes: readonly Label[], positiveClass: number): Int32Array | undefined {
  if (classes.length !== 2 || positiveClass < 0) return undefined;
  const negativeClass = 1 - positiveClass;
  const out = new Int32Array(predicted.length);
  for (let i = 0; i < predicted.length; i++) out[i] = predicted[i] ? positiveClass : negativeClass;
  return out;
}

function prefixClasses(table: Table, prefix: string, known: readonly Label[]): Label[] {
  const suffixes = table.names.filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length));
  if (suffixes.length === 0) throw new UserError(`score-columns: no column of ${table.source} starts with '${prefix}'; columns are: ${table.names.join(', ')}`, { file: table.source });
  const numeric = known.length > 0 ? typeof known[0] === 'number' : suffixes.every((s) => s !== '' && Number.isFinite(Number(s)));
  return suffixes.map((s) => (numeric ? Number(s) : known.length > 0 && typeof known[0] === 'boolean' ? s === 'true' : s));
}

function mergeClasses(a: Label[], b: Label[]): Label[] {
  const all = [...new Set([...a, ...b])];
  if (all.every((x) => typeof x === 'number')) return all.sort((x, y) => (x as number) - (y as number));
  if (all.every((x) => typeof x === 'boolean')) return all.sort((x, y) => Number(x) - Number(y));
  return all.sort((x, y) => (String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0));
}

/** sklearn's OvR AUC requires rows of scores summing to 1 (np.allclose: |sum - 1| <= 1e-8 + 1e-5). */
function checkProbabilities(table: Table, scores: Float64Array[], names: readonly string[]): void {
  const n = scores[0].length;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (const column of scores) sum += column[i];
    if (!(Math.abs(sum - 1) <= 1e-8 + 1e-5)) {
      throw new UserError(`score-columns ${names.join(', ')} of ${table.source} must be class probabilities summing to 1 on every row (multiclass ROC AUC and log loss need it); data row ${i + 1} sums to ${sum}`, { file: table.source });
    }
  }
}

function checkSameRows(candidate: Table, baseline: Table, labelColumn: string): void {
  if (candidate.rows !== baseline.rows) {
    throw new UserError(`baseline ${baseline.source} has ${baseline.rows} rows but ${candidate.source} has ${candidate.rows}; a paired comparison needs the same rows in the same order`, { file: baseline.source });
  }
  const a = candidate.column(labelColumn)!;
  const b = baseline.column(labelColumn)!;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      throw new UserError(`baseline ${baseline.source} differs from ${candidate.source} in column '${labelColumn}' at data row ${i + 1} (${JSON.stringify(b[i])} vs ${JSON.stringify(a[i])}); a paired comparison needs the same rows in the same order`, { file: baseline.source });
    }
  }
}

function showClasses(classes: readonly Label[]): string {
  return classes.map((c) => JSON.stringify(c)).join(', ');
}
