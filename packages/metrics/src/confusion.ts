/**
 * Metrics derived from a (weighted) confusion matrix, as scikit-learn 1.2.1 derives them.
 *
 * C[t][p] = total weight of rows with true class t and predicted class p, classes in sklearn's sorted order.
 * Zero division (a class never predicted, or never true) gives 0, sklearn's `zero_division="warn"` result.
 */

/** Builds the k x k matrix (row-major Float64Array) from class indices and row weights. */
export function confusionCounts(truth: Int32Array, predicted: Int32Array, k: number, weights: Uint8Array): Float64Array {
  const c = new Float64Array(k * k);
  for (let i = 0; i < truth.length; i++) c[truth[i] * k + predicted[i]] += weights[i];
  return c;
}

/** accuracy = trace(C) / sum(C). NaN for an empty input. */
export function accuracyOf(c: Float64Array, k: number): number {
  let trace = 0;
  let total = 0;
  for (let t = 0; t < k; t++) {
    trace += c[t * k + t];
    for (let p = 0; p < k; p++) total += c[t * k + p];
  }
  return total > 0 ? trace / total : NaN;
}

/**
 * balanced_accuracy = mean over classes present in the truth of recall_c = C[c][c] / sum_p C[c][p].
 * A class that is only predicted (its row is empty) is left out, as sklearn drops the NaN recall (with a warning).
 */
export function balancedAccuracyOf(c: Float64Array, k: number): number {
  let sum = 0;
  let present = 0;
  for (let t = 0; t < k; t++) {
    let row = 0;
    for (let p = 0; p < k; p++) row += c[t * k + p];
    if (row > 0) {
      sum += c[t * k + t] / row;
      present++;
    }
  }
  return present > 0 ? sum / present : NaN;
}

/**
 * Matthews correlation coefficient, the multiclass form of Gorodkin (2004) used by sklearn:
 *   MCC = (c s - t.p) / sqrt((s^2 - p.p)(s^2 - t.t))
 * with t = row sums (true counts), p = column sums (predicted counts), c = trace, s = total.
 * When either factor of the denominator is 0 (one class only, in the truth or the predictions), MCC = 0.
 */
export function mccOf(c: Float64Array, k: number): number {
  let trace = 0;
  let s = 0;
  let tp = 0;
  let tt = 0;
  let pp = 0;
  for (let a = 0; a < k; a++) {
    let row = 0;
    let col = 0;
    for (let b = 0; b < k; b++) {
      row += c[a * k + b];
      col += c[b * k + a];
    }
    trace += c[a * k + a];
    s += row;
    tp += row * col;
    tt += row * row;
    pp += col * col;
  }
  const covYtYp = trace * s - tp;
  const covYpYp = s * s - pp;
  const covYtYt = s * s - tt;
  if (covYpYp * covYtYt === 0) return 0;
  return covYtYp / Math.sqrt(covYtYt * covYpYp);
}

export interface PerClassScores {
  precision: Float64Array;
  recall: Float64Array;
  f1: Float64Array;
  /** Total true weight of each class (sklearn's `support`). */
  support: Float64Array;
}

/**
 * precision_c = C[c][c] / column sum, recall_c = C[c][c] / row sum, f1_c = 2 P R / (P + R),
 * each 0 when its denominator is 0 (sklearn `precision_recall_fscore_support`, zero_division="warn").
 */
export function perClassScores(c: Float64Array, k: number): PerClassScores {
  const precision = new Float64Array(k);
  const recall = new Float64Array(k);
  const f1 = new Float64Array(k);
  const support = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    let row = 0;
    let col = 0;
    for (let b = 0; b < k; b++) {
      row += c[a * k + b];
      col += c[b * k + a];
    }
    const hit = c[a * k + a];
    precision[a] = col > 0 ? hit / col : 0;
    recall[a] = row > 0 ? hit / row : 0;
    const denominator = precision[a] + recall[a];
    f1[a] = denominator > 0 ? (2 * precision[a] * recall[a]) / denominator : 0;
    support[a] = row;
  }
  return { precision, recall, f1, support };
}

/** Unweighted mean over the given classes (sklearn average="macro"). */
export function macroAverage(values: Float64Array, classes: readonly number[]): number {
  if (classes.length === 0) return NaN;
  let sum = 0;
  for (const c of classes) sum += values[c];
  return sum / classes.length;
}

/** Support-weighted mean (sklearn average="weighted"); 0 when the total support is 0. */
export function weightedAverage(values: Float64Array, support: Float64Array, classes: readonly number[]): number {
  let sum = 0;
  let total = 0;
  for (const c of classes) {
    sum += values[c] * support[c];
    total += support[c];
  }
  return total > 0 ? sum / total : 0;
}
