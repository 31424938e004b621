/**
 * Per-row log-loss terms as scikit-learn 1.2.1 `log_loss(eps="auto")` computes them:
 *   q = clip(p, eps, 1 - eps) with eps = 2.220446049250313e-16 (float64 machine epsilon),
 *   each row renormalised to sum 1, term = -ln(q_true / sum_c q_c).
 * log_loss = (sum_i w_i term_i) / (sum_i w_i). The terms are computed once and reused by every replicate.
 */
export const LOG_LOSS_EPS = 2.220446049250313e-16;

function clip(p: number): number {
  return p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p;
}

/** Binary: the score is P(positive); the row is [1 - q, q] as in sklearn's one-column case. */
export function binaryLogLossTerm(positive: number, score: number): number {
  const q = clip(score);
  const negative = 1 - q;
  const sum = negative + q;
  return -Math.log((positive ? q : negative) / sum);
}

/** Multiclass: scores[c][i] is the score of class c for row i. */
export function multiclassLogLossTerms(truth: Int32Array, scores: readonly Float64Array[]): Float64Array {
  const n = truth.length;
  const terms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (const column of scores) sum += clip(column[i]);
    terms[i] = -Math.log(clip(scores[truth[i]][i]) / sum);
  }
  return terms;
}

export function weightedMean(terms: Float64Array, weights: Uint8Array): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < terms.length; i++) {
    const w = weights[i];
    sum += w * terms[i];
    total += w;
  }
  return total > 0 ? sum / total : NaN;
}
