/**
 * Ranking metrics of one score against a binary truth: ROC AUC and average precision, computed as
 * scikit-learn 1.2.1 computes `roc_auc_score` and `average_precision_score`, with integer row weights so the
 * same code serves the point estimate (all weights 1) and every bootstrap replicate (Poisson weights).
 *
 * Ties: rows with equal scores form one threshold group, as in `sklearn.metrics._ranking._binary_clf_curve`.
 * A tie between a positive and a negative counts one half towards the AUC (the trapezoid of the ROC curve).
 */
import { argsortAscending } from './sort.ts';

/** The scores sorted once; reused by every replicate. */
export interface Ranking {
  /** Row indices by ascending score. */
  order: Uint32Array;
  /** 1 where the sorted position ends a group of equal scores. */
  groupEnd: Uint8Array;
  /** Truth (1 = positive) in sorted order. */
  sortedPositive: Uint8Array;
  /** Truth in row order. */
  positive: Uint8Array;
}

export function prepareRanking(score: Float64Array, positive: Uint8Array): Ranking {
  const n = score.length;
  const order = argsortAscending(score);
  const groupEnd = new Uint8Array(n);
  const sortedPositive = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    sortedPositive[k] = positive[i];
    groupEnd[k] = k === n - 1 || score[order[k + 1]] !== score[i] ? 1 : 0;
  }
  return { order, groupEnd, sortedPositive, positive };
}

export interface RankingMetrics {
  /** Area under the ROC curve; NaN when the weighted truth has no positive or no negative (sklearn raises). */
  rocAuc: number;
  /**
   * AP = sum over thresholds t (descending) of (R_t - R_{t-1}) * P_t, where P_t = TP_t / (TP_t + FP_t) and
   * R_t = TP_t / P. With no positive at all, sklearn 1.2.1 sets recall to 1 everywhere and returns 0; so do we.
   */
  averagePrecision: number;
  /** Weighted counts of positive and negative rows. */
  positives: number;
  negatives: number;
}

/**
 * One ascending walk over the sorted scores. For a group g of tied scores with weighted counts pos_g, neg_g:
 *   AUC numerator += pos_g * (negatives below g + neg_g / 2)          (Mann-Whitney U with half ties)
 *   TP at threshold s_g = P - positives below g, FP = N - negatives below g
 *   AP += (pos_g / P) * TP / (TP + FP)
 * References: Hanley & McNeil (1982) for AUC = U / (P N); sklearn `average_precision_score` for AP.
 */
export function rankingMetrics(ranking: Ranking, weights: Uint8Array, totals?: { positives: number; negatives: number }): RankingMetrics {
  const { order, groupEnd, sortedPositive } = ranking;
  const n = order.length;
  let positives = totals?.positives ?? 0;
  let negatives = totals?.negatives ?? 0;
  if (!totals) {
    for (let i = 0; i < n; i++) {
      const w = weights[i];
      if (ranking.positive[i]) positives += w;
      else negatives += w;
    }
  }
  let posBelow = 0;
  let negBelow = 0;
  let posGroup = 0;
  let negGroup = 0;
  let aucNumerator = 0;
  let apSum = 0;
  for (let k = 0; k < n; k++) {
    const w = weights[order[k]];
    if (sortedPositive[k]) posGroup += w;
    else negGroup += w;
    if (groupEnd[k]) {
      if (posGroup > 0) {
        aucNumerator += posGroup * (negBelow + negGroup / 2);
        const tp = positives - posBelow;
        const fp = negatives - negBelow;
        apSum += posGroup * (tp / (tp + fp));
      }
      posBelow += posGroup;
      negBelow += negGroup;
      posGroup = 0;
      negGroup = 0;
    }
  }
  const rocAuc = positives > 0 && negatives > 0 ? aucNumerator / (positives * negatives) : NaN;
  const averagePrecision = positives > 0 ? apSum / positives : 0;
  return { rocAuc, averagePrecision, positives, negatives };
}
