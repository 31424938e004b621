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
import { binaryLogLossTerms } from './logloss.ts';
import { prepareRanking, rankingMetrics, type Ranking } from './ranking.ts';

export interface BinaryModel {
  /** Truth, 1 = positive class. Shared between candidate and baseline. */
  positive: Uint8Array;
  /** Predicted label, 1 = positive class. */
  predicted: Uint8Array;
  ranking: Ranking | undefined;
  logLossTerms: Float64Array | undefined;
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
  return {
    positive,
    predicted: labels,
    ranking: score ? prepareRanking(score, positive) : undefined,
    logLossTerms: score ? binaryLogLossTerms(positive, score) : undefined,
  };
}

/** All binary metrics in one pass over the rows and one over the sorted scores. */
export function binaryMetrics(model: BinaryModel, weights: Uint8Array): BinaryMetrics {
  const { positive, predicted, logLossTerms } = model;
  const n = positive.length;
  // cells[2 * truth + predicted]: 0 = tn, 1 = fp, 2 = fn, 3 = tp
  let tn = 0;
  let fp = 0;
  let fn = 0;
  let tp = 0;
  let lossSum = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    const cell = 2 * positive[i] + predicted[i];
    if (cell === 3) tp += w;
    else if (cell === 0) tn += w;
    else if (cell === 1) fp += w;
    else fn += w;
    if (logLossTerms) lossSum += w * logLossTerms[i];
  }
  const total = tp + tn + fp + fn;
  // Row-major 2x2 with class 0 = negative, 1 = positive.
  const c = new Float64Array([tn, fp, fn, tp]);
  const perClass = perClassScores(c, 2);
  const ranked = model.ranking ? rankingMetrics(model.ranking, weights) : undefined;
  return {
    accuracy: accuracyOf(c, 2),
    balanced_accuracy: balancedAccuracyOf(c, 2),
    precision: perClass.precision[1],
    recall: perClass.recall[1],
    f1: perClass.f1[1],
    roc_auc: ranked ? ranked.rocAuc : NaN,
    average_precision: ranked ? ranked.averagePrecision : NaN,
    log_loss: logLossTerms && total > 0 ? lossSum / total : NaN,
    mcc: mccOf(c, 2),
    tp, fp, fn, tn,
  };
}
