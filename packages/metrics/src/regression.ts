/**
 * Regression metrics with scikit-learn 1.2.1 semantics (`sklearn.metrics._regression`), weighted by integer
 * row weights so bootstrap replicates reuse the code.
 *
 *   mae = mean |y - f|                 mse = mean (y - f)^2           rmse = sqrt(mse)
 *   r2 = 1 - SS_res / SS_tot           with SS_tot = sum (y - mean y)^2
 *   explained_variance = 1 - Var(y - f) / Var(y)
 *   mape = mean |y - f| / max(|y|, eps), eps = 2.220446049250313e-16 (so y = 0 gives a huge, finite term)
 *   max_error = max |y - f|            median_absolute_error = median |y - f| (mean of the two middle values)
 * Constant target (every y equal; detected exactly, not through a rounded mean), sklearn's force_finite=True: r2 and explained_variance are 1 for a perfect
 * prediction (SS_res = 0 resp. Var(y - f) = 0) and 0 otherwise.
 */
import { argsortAscending } from './sort.ts';

const EPS = 2.220446049250313e-16;

export interface RegressionModel {
  truth: Float64Array;
  predicted: Float64Array;
  /** Rows by ascending absolute error, for the median. */
  absErrorOrder: Uint32Array;
  absError: Float64Array;
}

export interface RegressionMetrics {
  mae: number;
  mse: number;
  rmse: number;
  r2: number;
  mape: number;
  max_error: number;
  explained_variance: number;
  median_absolute_error: number;
}

export const REGRESSION_METRICS = [
  'mae', 'mse', 'rmse', 'r2', 'mape', 'max_error', 'explained_variance', 'median_absolute_error',
] as const;

export function prepareRegression(truth: Float64Array, predicted: Float64Array): RegressionModel {
  const absError = new Float64Array(truth.length);
  for (let i = 0; i < truth.length; i++) absError[i] = Math.abs(truth[i] - predicted[i]);
  return { truth, predicted, absError, absErrorOrder: argsortAscending(absError) };
}

export function regressionMetrics(model: RegressionModel, weights: Uint8Array): RegressionMetrics {
  const { truth, predicted, absError } = model;
  const n = truth.length;
  let total = 0;
  let sumY = 0;
  let sumErr = 0;
  let sumAbs = 0;
  let sumSq = 0;
  let sumApe = 0;
  let maxError = NaN;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === 0) continue;
    const y = truth[i];
    const err = y - predicted[i];
    const abs = absError[i];
    total += w;
    sumY += w * y;
    sumErr += w * err;
    sumAbs += w * abs;
    sumSq += w * err * err;
    sumApe += (w * abs) / Math.max(Math.abs(y), EPS);
    if (!(abs <= maxError)) maxError = abs;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (total === 0) {
    return { mae: NaN, mse: NaN, rmse: NaN, r2: NaN, mape: NaN, max_error: NaN, explained_variance: NaN, median_absolute_error: NaN };
  }
  const meanY = sumY / total;
  const meanErr = sumErr / total;
  let ssTot = 0;
  let ssErrCentered = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === 0) continue;
    const dy = truth[i] - meanY;
    const de = truth[i] - predicted[i] - meanErr;
    ssTot += w * dy * dy;
    ssErrCentered += w * de * de;
  }
  // A constant target has SS_tot = 0 exactly; the floating mean of n copies of y need not equal y, so say so.
  if (minY === maxY) ssTot = 0;
  const mse = sumSq / total;
  return {
    mae: sumAbs / total,
    mse,
    rmse: Math.sqrt(mse),
    r2: forceFinite(sumSq, ssTot),
    mape: sumApe / total,
    max_error: maxError,
    explained_variance: forceFinite(ssErrCentered, ssTot),
    median_absolute_error: weightedMedian(model.absErrorOrder, absError, weights, total),
  };
}

/** 1 - numerator / denominator, with sklearn's force_finite rule for a zero denominator. */
function forceFinite(numerator: number, denominator: number): number {
  if (denominator !== 0) return 1 - numerator / denominator;
  return numerator === 0 ? 1 : 0;
}

/**
 * The median of the multiset in which row i appears weights[i] times (= numpy's median of the resample):
 * the value at 0-based position (W-1)/2 when W is odd, the mean of positions W/2 - 1 and W/2 when even.
 */
function weightedMedian(order: Uint32Array, values: Float64Array, weights: Uint8Array, total: number): number {
  const lowPosition = Math.floor((total - 1) / 2);
  const highPosition = Math.floor(total / 2);
  let seen = 0;
  let low = NaN;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const w = weights[i];
    if (w === 0) continue;
    const next = seen + w;
    if (Number.isNaN(low) && lowPosition < next) low = values[i];
    if (highPosition < next) return (low + values[i]) / 2;
    seen = next;
  }
  return low;
}
