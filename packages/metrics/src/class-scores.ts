/**
 * The point estimate of the ranking metrics and the log loss from the positives' scores and the negatives'
 * scores, each sorted on its own: these metrics need only how the two classes interleave, not which row is
 * where, so no index permutation is built.
 *
 * One merge walk by descending score over the distinct values v (a group: the p_v positives and n_v negatives
 * scored exactly v; -0 and +0 are one value), with TP_v, FP_v the positives and negatives scored >= v:
 *   AUC = sum_v n_v (TP_v - p_v / 2) / (P N)                      (Mann-Whitney U, ties count one half;
 *                                                                  Hanley & McNeil 1982)
 *   AP  = sum_v (p_v / P) * TP_v / (TP_v + FP_v)                  (sklearn `average_precision_score`)
 *   log loss = sum_v (p_v t_1(v) + n_v t_0(v)) / (P + N)           (t_y: the per-row term of logloss.ts)
 * which is what sklearn 1.2.1 computes from `_binary_clf_curve` (one threshold per distinct score): the
 * trapezoids of `roc_auc_score`, the step sum of `average_precision_score`. Counts are integers below 2^53,
 * so TP, FP and the AUC numerator (a multiple of 1/2) are exact; the log loss takes one logarithm per distinct
 * score and class.
 * Edge cases: no positive -> AUC NaN (sklearn raises), AP 0 (sklearn 1.2.1 returns 0 with a warning, as its
 * recall is set to 1); no negative -> AUC NaN, AP 1. NaN scores are rejected before (numericColumn).
 *
 * The sort is a bucket sort by value (Knuth, TAOCP vol. 3, 5.2.5; "distribution sorting"): bucket
 * b(v) = floor((v - min) * B / (max - min)) is non-decreasing in v (each IEEE-754 operation is monotone under
 * round-to-nearest), so sorting each bucket sorts the array. Scores are probabilities, spread enough that
 * buckets hold a few values each; a bucket of one repeated value (rounded scores) costs one scan, a large one
 * goes to the native sort. With infinite scores (no finite range) the native sort does it all.
 */
import { binaryLogLossTerm } from './logloss.ts';
import { bucketPlan, INSERTION_MAX } from './sort.ts';

export interface ClassScores {
  /** Scores of the positive rows, ascending. */
  positives: Float64Array;
  /** Scores of the negative rows, ascending. */
  negatives: Float64Array;
}

/** Splits the scores by class and sorts each class ascending (equal values adjacent; -0 and +0 in any order). */
export function sortByClass(score: Float64Array, positive: Uint8Array): ClassScores {
  const n = score.length;
  let min = Infinity;
  let max = -Infinity;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const v = score[i];
    if (v < min) min = v;
    if (v > max) max = v;
    count += positive[i];
  }
  const positives = new Float64Array(count);
  const negatives = new Float64Array(n - count);
  const plan = bucketPlan(n, min, max);
  if (plan === undefined) {
    let p = 0;
    let q = 0;
    for (let i = 0; i < n; i++) {
      if (positive[i]) positives[p++] = score[i];
      else negatives[q++] = score[i];
    }
    return { positives: positives.sort(), negatives: negatives.sort() };
  }
  // startPositive[b + 1] counts bucket b, then (prefix sums) startPositive[b] is where bucket b begins.
  const { buckets, scale, last } = plan;
  const startPositive = new Int32Array(buckets + 1);
  const startNegative = new Int32Array(buckets + 1);
  for (let i = 0; i < n; i++) {
    const b = Math.min(last, Math.floor((score[i] - min) * scale));
    if (positive[i]) startPositive[b + 1]++;
    else startNegative[b + 1]++;
  }
  for (let b = 0; b < buckets; b++) {
    startPositive[b + 1] += startPositive[b];
    startNegative[b + 1] += startNegative[b];
  }
  const nextPositive = startPositive.slice(0, buckets);
  const nextNegative = startNegative.slice(0, buckets);
  for (let i = 0; i < n; i++) {
    const v = score[i];
    const b = Math.min(last, Math.floor((v - min) * scale));
    if (positive[i]) positives[nextPositive[b]++] = v;
    else negatives[nextNegative[b]++] = v;
  }
  sortBuckets(positives, startPositive, buckets);
  sortBuckets(negatives, startNegative, buckets);
  return { positives, negatives };
}

function sortBuckets(values: Float64Array, start: Int32Array, buckets: number): void {
  for (let b = 0; b < buckets; b++) {
    const low = start[b];
    const high = start[b + 1];
    if (high - low < 2) continue;
    if (high - low > INSERTION_MAX) {
      const first = values[low];
      let k = low + 1;
      while (k < high && values[k] === first) k++;
      if (k < high) values.subarray(low, high).sort();
      continue;
    }
    for (let i = low + 1; i < high; i++) {
      const v = values[i];
      let j = i - 1;
      while (j >= low && values[j] > v) {
        values[j + 1] = values[j];
        j--;
      }
      values[j + 1] = v;
    }
  }
}

export interface ClassRanking {
  rocAuc: number;
  averagePrecision: number;
  /** Sum of the log-loss terms of all rows (divide by the row count). */
  logLossSum: number;
}

export function classRanking({ positives, negatives }: ClassScores): ClassRanking {
  let i = positives.length - 1;
  let j = negatives.length - 1;
  let tp = 0;
  let fp = 0;
  let aucNumerator = 0;
  let apSum = 0;
  let lossSum = 0;
  while (i >= 0 || j >= 0) {
    const v = i < 0 ? negatives[j] : j < 0 ? positives[i] : positives[i] > negatives[j] ? positives[i] : negatives[j];
    let pg = 0;
    while (i >= 0 && positives[i] === v) { i--; pg++; }
    let ng = 0;
    while (j >= 0 && negatives[j] === v) { j--; ng++; }
    aucNumerator += ng * (tp + pg / 2);
    tp += pg;
    fp += ng;
    apSum += pg * (tp / (tp + fp));
    if (pg > 0) lossSum += pg * binaryLogLossTerm(1, v);
    if (ng > 0) lossSum += ng * binaryLogLossTerm(0, v);
  }
  const rocAuc = tp > 0 && fp > 0 ? aucNumerator / (tp * fp) : NaN;
  const averagePrecision = tp > 0 ? apSum / tp : 0;
  return { rocAuc, averagePrecision, logLossSum: lossSum };
}
