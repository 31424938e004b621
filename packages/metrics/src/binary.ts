/**
 * Binary classification metrics with scikit-learn 1.2.1 semantics (positive class = `pos_label`).
 *
 * Edge cases, all as sklearn returns them:
 * - zero division: precision (never predicted positive), recall (no positive row), f1 (both 0) give 0;
 * - one class present in the truth: roc_auc is undefined (NaN, sklearn raises), average_precision is 0 when
 *   there is no positive, balanced_accuracy is the recall of the one class present, mcc is 0;
 * - ties in scores: one threshold per distinct score (half credit in the AUC);
 * - no scores: roc_auc, average_precision and log_loss are NaN (not computable), the rest is unaffected.
 */
import { accuracyOf, balancedAccuracyOf, mccOf, perClassScores } from './confusion.ts';
import { BUCKET_WEIGHT, POISSON_CDF, pairKey } from './bootstrap.ts';
import { classRanking, sortByClass } from './class-scores.ts';
import { binaryLogLossTerm } from './logloss.ts';
import { shareWork, sharedArray, type ShareOptions } from './parallel.ts';
import type { Ranking } from './ranking.ts';
import { STATS, walkKernel, type SortedRows, type WalkData } from './replicates.ts';
import { argsortAscending } from './sort.ts';

export interface BinaryModel {
  /** Truth, 1 = positive class. Shared between candidate and baseline. */
  positive: Uint8Array;
  /** Predicted label, 1 = positive class. */
  predicted: Uint8Array;
  /** P(positive), when given. */
  score: Float64Array | undefined;
  /** The rows in score order, built on first use (weighted metrics, DeLong, the bootstrap); see sortedModel. */
  sorted?: SortedModel;
}

interface SortedModel extends SortedRows {
  /** Row indices by ascending score. */
  order: Uint32Array;
  ranking: Ranking;
}

export interface BinaryMetrics {
  accuracy: number;
  balanced_accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  roc_auc: number;
  average_precision: number;
  log_loss: number;
  mcc: number;
  /** Weighted counts. */
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export const BINARY_METRICS = [
  'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'mcc',
] as const;

/**
 * Without a predicted label, the prediction is the positive class iff score > 0.5 (predict_proba's argmax
 * over [1 - p, p]; a tie at 0.5 goes to the negative). Nothing is sorted yet: the point estimate needs no
 * row order (class-scores.ts).
 */
export function prepareBinary(positive: Uint8Array, predicted: Uint8Array | undefined, score: Float64Array | undefined): BinaryModel {
  let labels = predicted;
  if (!labels) {
    if (!score) throw new Error('prepareBinary needs a predicted label or a score');
    labels = new Uint8Array(score.length);
    for (let i = 0; i < score.length; i++) labels[i] = score[i] > 0.5 ? 1 : 0;
  }
  return { positive, predicted: labels, score };
}

/**
 * The model's rows by ascending score (a stable argsort, sort.ts), with what every weighted walk reads laid out
 * in that order: the walk code (group start, truth, prediction), the log-loss terms of each tie group, and the
 * Ranking DeLong's test reads. In shared memory, so the bootstrap's helper thread reads it without a copy.
 */
export function sortedModel(model: BinaryModel): SortedModel {
  if (model.sorted) return model.sorted;
  const { positive, predicted, score } = model;
  if (!score) throw new Error('sortedModel needs scores');
  const n = positive.length;
  const order = argsortAscending(score, true);
  const code = sharedArray(Uint8Array, n);
  const groupEnd = new Uint8Array(n);
  const sortedPositive = new Uint8Array(n);
  let groups = 0;
  let previous = NaN;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const s = score[i];
    const p = positive[i];
    const starts = k === 0 || s !== previous ? 1 : 0;
    code[k] = 4 * starts + 2 * p + predicted[i];
    if (starts && k > 0) groupEnd[k - 1] = 1;
    sortedPositive[k] = p;
    groups += starts;
    previous = s;
  }
  if (n > 0) groupEnd[n - 1] = 1;
  // The log-loss terms of each group's two classes (one score per group).
  const groupLossPositive = sharedArray(Float64Array, groups);
  const groupLossNegative = sharedArray(Float64Array, groups);
  for (let k = 0, g = -1; k < n; k++) {
    if (!(code[k] & 4)) continue;
    const s = score[order[k]];
    groupLossPositive[++g] = binaryLogLossTerm(1, s);
    groupLossNegative[g] = binaryLogLossTerm(0, s);
  }
  model.sorted = { order, code, groupLossPositive, groupLossNegative, ranking: { order, groupEnd, sortedPositive, positive } };
  return model.sorted;
}

/** DeLong's test reads the ranking (built on first use). */
export function rankingOf(model: BinaryModel): Ranking | undefined {
  return model.score ? sortedModel(model).ranking : undefined;
}

/**
 * All binary metrics. Without weights (the point estimate): one pass over the rows (confusion matrix, log
 * loss) and the class-sorted ranking (class-scores.ts). With integer row weights (a slice, a replicate): the
 * weighted walk of replicates.ts over the sorted rows.
 */
export function binaryMetrics(model: BinaryModel, weights?: Uint8Array): BinaryMetrics {
  const { positive, predicted, score } = model;
  const n = positive.length;
  if (weights && score) {
    const stats = new Float64Array(STATS);
    walkKernel(walkData(model, [model], 0, new Int32Array(0), weights, stats, 1), 0);
    return metricsFromStats(stats, 0, true);
  }
  // cells[2 * truth + predicted]: 0 = tn, 1 = fp, 2 = fn, 3 = tp (integer weights: exact sums)
  const cells = new Float64Array(4);
  if (weights) for (let i = 0; i < n; i++) cells[2 * positive[i] + predicted[i]] += weights[i];
  else for (let i = 0; i < n; i++) cells[2 * positive[i] + predicted[i]]++;
  const [tn, fp, fn, tp] = cells;
  const ranking = score ? classRanking(sortByClass(score, positive)) : undefined;
  const stats = Float64Array.of(fn + tp, tn + fp, fp + tp, tp, ranking ? ranking.logLossSum : NaN, NaN, NaN);
  const metrics = metricsFromStats(stats, 0, score !== undefined);
  if (ranking) {
    metrics.roc_auc = ranking.rocAuc;
    metrics.average_precision = ranking.averagePrecision;
  }
  return metrics;
}

/**
 * Every bootstrap replicate of the given models (candidate, then the paired baseline), all with scores:
 * STATS values per replicate and model (see replicates.ts), replicate r of model m at (r * models + m) * STATS.
 * Replicates are shared with a helper thread when the work is large; the values do not depend on it.
 */
export function binaryReplicates(models: readonly BinaryModel[], seed: number, samples: number, options: ShareOptions = {}): Float64Array {
  const n = models[0].positive.length;
  const pairs = Math.ceil(samples / 2);
  const keys = sharedArray(Int32Array, pairs);
  for (let q = 0; q < pairs; q++) keys[q] = pairKey(seed, q);
  const out = sharedArray(Float64Array, samples * models.length * STATS);
  const perChunk = Math.max(1, Math.ceil(pairs / 48));
  const data = walkData(models[0], models, samples, keys, null, out, perChunk);
  const helper = options.helper ?? (n * samples * models.length >= 20_000_000 ? undefined : false);
  shareWork(walkKernel, data, Math.ceil(pairs / perChunk), { helper });
  return out;
}

function walkData(first: BinaryModel, models: readonly BinaryModel[], replicates: number, keys: Int32Array, rowWeights: Uint8Array | null, out: Float64Array, pairsPerChunk: number): WalkData {
  const base = sortedModel(first);
  let inverse: Uint32Array | undefined;
  const layouts = models.map((model) => {
    const sorted = sortedModel(model);
    if (model === first) return { ...rowsOf(sorted), position: null };
    if (!inverse) {
      inverse = new Uint32Array(base.order.length);
      for (let k = 0; k < inverse.length; k++) inverse[base.order[k]] = k;
    }
    const position = sharedArray(Uint32Array, sorted.order.length);
    for (let k = 0; k < position.length; k++) position[k] = inverse[sorted.order[k]];
    return { ...rowsOf(sorted), position };
  });
  return { order: base.order, models: layouts, replicates, keys, rowWeights, bucket: BUCKET_WEIGHT, cdf: POISSON_CDF, pairsPerChunk, out };
}

function rowsOf(sorted: SortedModel): SortedRows {
  return { code: sorted.code, groupLossPositive: sorted.groupLossPositive, groupLossNegative: sorted.groupLossNegative };
}

/** The metrics of one model from its STATS values at `at`. */
export function metricsFromStats(stats: Float64Array, at: number, hasScores: boolean): BinaryMetrics {
  const positives = stats[at];
  const negatives = stats[at + 1];
  const tp = stats[at + 3];
  const fp = stats[at + 2] - tp;
  const fn = positives - tp;
  const tn = negatives - fp;
  const total = positives + negatives;
  // Row-major 2x2 with class 0 = negative, 1 = positive.
  const c = Float64Array.of(tn, fp, fn, tp);
  const perClass = perClassScores(c, 2);
  return {
    accuracy: accuracyOf(c, 2),
    balanced_accuracy: balancedAccuracyOf(c, 2),
    precision: perClass.precision[1],
    recall: perClass.recall[1],
    f1: perClass.f1[1],
    roc_auc: hasScores && positives > 0 && negatives > 0 ? stats[at + 5] / (positives * negatives) : NaN,
    average_precision: !hasScores ? NaN : positives > 0 ? stats[at + 6] / positives : 0,
    log_loss: hasScores && total > 0 ? stats[at + 4] / total : NaN,
    mcc: mccOf(c, 2),
    tp, fp, fn, tn,
  };
}
