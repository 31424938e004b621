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
import { BUCKET_WEIGHT, poissonWeight } from './bootstrap.ts';
import { binaryLogLossTerm } from './logloss.ts';
import { argsortAscending } from './sort.ts';
import { rankingMetrics, type Ranking } from './ranking.ts';

export interface BinaryModel {
  /** Truth, 1 = positive class. Shared between candidate and baseline. */
  positive: Uint8Array;
  /** Predicted label, 1 = positive class. */
  predicted: Uint8Array;
  ranking: Ranking | undefined;
  /** Per-row log-loss terms in ascending score order (with scores). */
  logLossTerms: Float64Array | undefined;
  /** With scores: everything one replicate reads, laid out in ascending score order (see binaryMetrics). */
  sorted: SortedRows | undefined;
}

interface SortedRows {
  /** 2 * truth + predicted per sorted position: 0 = tn, 1 = fp, 2 = fn, 3 = tp. */
  cell: Uint8Array;
  logLoss: Float64Array;
  /** 1 where the sorted position starts a group of equal scores. */
  groupStart: Uint8Array;
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
 * Sorts the scores and computes the log-loss terms once. Without a predicted label, the prediction is the
 * positive class iff score > 0.5 (predict_proba's argmax over [1 - p, p]; a tie at 0.5 goes to the negative).
 */
export function prepareBinary(positive: Uint8Array, predicted: Uint8Array | undefined, score: Float64Array | undefined): BinaryModel {
  let labels = predicted;
  if (!labels) {
    if (!score) throw new Error('prepareBinary needs a predicted label or a score');
    labels = new Uint8Array(score.length);
    for (let i = 0; i < score.length; i++) labels[i] = score[i] > 0.5 ? 1 : 0;
  }
  if (!score) return { positive, predicted: labels, ranking: undefined, logLossTerms: undefined, sorted: undefined };
  // One gathering pass in score order builds everything the walks read (sequentially from then on).
  const n = positive.length;
  const order = argsortAscending(score);
  const cell = new Uint8Array(n);
  const logLoss = new Float64Array(n);
  const groupStart = new Uint8Array(n);
  const groupEnd = new Uint8Array(n);
  const sortedPositive = new Uint8Array(n);
  let previous = NaN;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const s = score[i];
    const p = positive[i];
    cell[k] = 2 * p + labels[i];
    sortedPositive[k] = p;
    logLoss[k] = binaryLogLossTerm(p, s);
    const starts = k === 0 || s !== previous ? 1 : 0;
    groupStart[k] = starts;
    if (starts && k > 0) groupEnd[k - 1] = 1;
    previous = s;
  }
  if (n > 0) groupEnd[n - 1] = 1;
  const ranking: Ranking = { order, groupEnd, sortedPositive, positive };
  const sorted: SortedRows = { cell, logLoss, groupStart };
  return { positive, predicted: labels, ranking, logLossTerms: logLoss, sorted };
}

/**
 * All nine metrics in ONE walk over the rows by descending score (the bootstrap's hot loop). Walking down,
 * for a group g of tied scores: TP_g, FP_g = weighted positives / negatives at or above g, and
 *   AUC numerator += neg_g * (positives above g + pos_g / 2)
 *   AP sum        += pos_g * TP_g / (TP_g + FP_g)            (then AUC /= P N, AP /= P)
 * the same quantities as the ascending walk of rankingMetrics, so no totals are needed up front.
 */
function sortedWalk(model: BinaryModel, sorted: SortedRows, weights: Uint8Array | undefined, key: number) {
  const order = model.ranking!.order;
  const { cell, logLoss, groupStart } = sorted;
  const cells = new Int32Array(4);
  let lossSum = 0;
  let posAbove = 0;
  let negAbove = 0;
  let posGroup = 0;
  let negGroup = 0;
  let aucNumerator = 0;
  let apSum = 0;
  for (let k = order.length - 1; k >= 0; k--) {
    let w: number;
    if (weights) w = weights[order[k]];
    else {
      // poissonWeight(key, order[k]) inlined: computing the weight is cheaper than a cache-missing gather.
      let h = Math.imul(order[k], 0x9e3779b1) ^ key;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      w = BUCKET_WEIGHT[h >>> 20];
      if (w === 255) w = poissonWeight(key, order[k]);
    }
    const c = cell[k];
    cells[c] += w;
    lossSum += w * logLoss[k];
    const pw = w & -(c >> 1);
    posGroup += pw;
    negGroup += w - pw;
    if (groupStart[k]) {
      aucNumerator += negGroup * (posAbove + posGroup / 2);
      posAbove += posGroup;
      negAbove += negGroup;
      // Branch-free (a group without positives adds 0; `|| 1` only guards leading zero-weight groups).
      apSum += posGroup * (posAbove / (posAbove + negAbove || 1));
      posGroup = 0;
      negGroup = 0;
    }
  }
  const rocAuc = posAbove > 0 && negAbove > 0 ? aucNumerator / (posAbove * negAbove) : NaN;
  const averagePrecision = posAbove > 0 ? apSum / posAbove : 0;
  return { cells, lossSum, rocAuc, averagePrecision };
}

/** All binary metrics in one pass over the rows and one over the sorted scores. */
/**
 * `weights` by row; or, for a bootstrap replicate of a model with scores, `key` alone (then the weights are
 * computed on the fly as `poissonWeight(key, row)`, identical to `poissonWeights`).
 */
export function binaryMetrics(model: BinaryModel, weights: Uint8Array | undefined, key = 0): BinaryMetrics {
  const { positive, predicted, logLossTerms, sorted } = model;
  const n = positive.length;
  let cells: Int32Array;
  let lossSum = 0;
  let rocAuc = NaN;
  let averagePrecision = NaN;
  if (sorted) {
    ({ cells, lossSum, rocAuc, averagePrecision } = sortedWalk(model, sorted, weights, key));
  } else {
    if (!weights) throw new Error('binaryMetrics without scores needs row weights');
    // cells[2 * truth + predicted]: 0 = tn, 1 = fp, 2 = fn, 3 = tp (integer weights: exact sums)
    cells = new Int32Array(4);
    for (let i = 0; i < n; i++) cells[2 * positive[i] + predicted[i]] += weights[i];
    if (model.ranking) ({ rocAuc, averagePrecision } = rankingMetrics(model.ranking, weights));
  }
  const [tn, fp, fn, tp] = cells;
  const total = tp + tn + fp + fn;
  // Row-major 2x2 with class 0 = negative, 1 = positive.
  const c = new Float64Array([tn, fp, fn, tp]);
  const perClass = perClassScores(c, 2);
  return {
    accuracy: accuracyOf(c, 2),
    balanced_accuracy: balancedAccuracyOf(c, 2),
    precision: perClass.precision[1],
    recall: perClass.recall[1],
    f1: perClass.f1[1],
    roc_auc: rocAuc,
    average_precision: averagePrecision,
    log_loss: logLossTerms && total > 0 ? lossSum / total : NaN,
    mcc: mccOf(c, 2),
    tp, fp, fn, tn,
  };
}
