/**
 * Multiclass metrics with scikit-learn 1.2.1 semantics. Classes are indices 0..k-1 in sklearn's sorted order.
 *
 * - precision/recall/f1 macro and weighted average over the labels present in the truth or the predictions
 *   (sklearn's default `labels`), zero division giving 0;
 * - roc_auc_ovr: macro mean over classes of the one-vs-rest AUC of that class's score column
 *   (sklearn `roc_auc_score(multi_class="ovr", average="macro")`); NaN when a class has no row or every row,
 *   where sklearn raises;
 * - log_loss renormalises each row of scores to sum 1 after clipping, as sklearn does.
 */
import { accuracyOf, balancedAccuracyOf, confusionCounts, macroAverage, mccOf, perClassScores, weightedAverage } from './confusion.ts';
import { multiclassLogLossTerms } from './logloss.ts';
import { prepareRanking, rankingMetrics, type Ranking } from './ranking.ts';

export interface MulticlassModel {
  k: number;
  truth: Int32Array;
  predicted: Int32Array;
  /** One ranking per class (one-vs-rest), when scores are given. */
  rankings: Ranking[] | undefined;
  logLossTerms: Float64Array | undefined;
}

export interface MulticlassMetrics {
  accuracy: number;
  balanced_accuracy: number;
  precision_macro: number;
  recall_macro: number;
  f1_macro: number;
  precision_weighted: number;
  recall_weighted: number;
  f1_weighted: number;
  roc_auc_ovr: number;
  log_loss: number;
  mcc: number;
  /** Row-major k x k weighted confusion matrix. */
  confusion: Float64Array;
}

export const MULTICLASS_METRICS = [
  'accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted',
  'recall_weighted', 'f1_weighted', 'roc_auc_ovr', 'log_loss', 'mcc',
] as const;

/**
 * scores[c] is the column of class c. Without predicted labels, the prediction is the argmax of the scores
 * (the first maximum on ties, like numpy's argmax in `predict`).
 */
export function prepareMulticlass(k: number, truth: Int32Array, predicted: Int32Array | undefined, scores: Float64Array[] | undefined): MulticlassModel {
  let labels = predicted;
  if (!labels) {
    if (!scores) throw new Error('prepareMulticlass needs predicted labels or scores');
    labels = new Int32Array(truth.length);
    for (let i = 0; i < truth.length; i++) {
      let best = 0;
      for (let c = 1; c < k; c++) if (scores[c][i] > scores[best][i]) best = c;
      labels[i] = best;
    }
  }
  let rankings: Ranking[] | undefined;
  if (scores) {
    rankings = [];
    for (let c = 0; c < k; c++) {
      const positive = new Uint8Array(truth.length);
      for (let i = 0; i < truth.length; i++) positive[i] = truth[i] === c ? 1 : 0;
      rankings.push(prepareRanking(scores[c], positive));
    }
  }
  return { k, truth, predicted: labels, rankings, logLossTerms: scores ? multiclassLogLossTerms(truth, scores) : undefined };
}

export function multiclassMetrics(model: MulticlassModel, weights: Uint8Array): MulticlassMetrics {
  const { k } = model;
  const c = confusionCounts(model.truth, model.predicted, k, weights);
  // sklearn's default labels: those present in the truth or the predictions.
  const present: number[] = [];
  for (let a = 0; a < k; a++) {
    let any = 0;
    for (let b = 0; b < k; b++) any += c[a * k + b] + c[b * k + a];
    if (any > 0) present.push(a);
  }
  const scores = perClassScores(c, k);
  let rocAucOvr = NaN;
  if (model.rankings) {
    let sum = 0;
    for (const ranking of model.rankings) sum += rankingMetrics(ranking, weights).rocAuc;
    rocAucOvr = sum / k;
  }
  let logLoss = NaN;
  if (model.logLossTerms) {
    let lossSum = 0;
    let total = 0;
    for (let i = 0; i < model.truth.length; i++) {
      lossSum += weights[i] * model.logLossTerms[i];
      total += weights[i];
    }
    logLoss = total > 0 ? lossSum / total : NaN;
  }
  return {
    accuracy: accuracyOf(c, k),
    balanced_accuracy: balancedAccuracyOf(c, k),
    precision_macro: macroAverage(scores.precision, present),
    recall_macro: macroAverage(scores.recall, present),
    f1_macro: macroAverage(scores.f1, present),
    precision_weighted: weightedAverage(scores.precision, scores.support, present),
    recall_weighted: weightedAverage(scores.recall, scores.support, present),
    f1_weighted: weightedAverage(scores.f1, scores.support, present),
    roc_auc_ovr: rocAucOvr,
    log_loss: logLoss,
    mcc: mccOf(c, k),
    confusion: c,
  };
}
