/**
 * The bootstrap's hot loop for binary models with scores: every replicate's nine metrics (of the candidate and,
 * paired, of the baseline under the very same row weights) from one weighted walk per model over its rows in
 * score order. The sort is done once (sortedLayout in binary.ts); a replicate costs O(n): no re-sort.
 *
 * Per replicate r: the weights w_i = poissonWeight(key_r, i) (bootstrap.ts) are computed once, in the
 * candidate's score order (reading the row numbers sequentially); the baseline reads them through `position`
 * (where each of its sorted rows sits in the candidate's order). Then, walking a model's rows by descending
 * score, for a group g of tied scores with weighted counts pos_g, neg_g and the weights above it:
 *   AUC numerator += neg_g * (positives above g + pos_g / 2)
 *   AP sum        += pos_g * TP_g / (TP_g + FP_g)       (TP_g, FP_g: weighted positives, negatives at or above g)
 * then AUC = numerator / (P N), AP = sum / P (see class-scores.ts for the formulas and sklearn's edge cases);
 * the confusion matrix comes from the weighted sums of truth and prediction, the log loss from the per-row
 * terms (logloss.ts) in the same order.
 *
 * `walkKernel` runs on this thread and on a helper thread (parallel.ts), so it reads nothing but its
 * arguments: the Poisson tables come in `data`. The same walk with given row weights (`rowWeights`) serves
 * the metrics of a slice, so a replicate and a slice follow one code path.
 */

/** Per model and replicate: weighted positives, negatives, predicted positives, true positives, loss sum,
 * AUC numerator, AP sum. */
export const STATS = 7;

export interface SortedRows {
  /** 4 * (starts a group of equal scores, in ascending order) + 2 * truth + predicted, by ascending score. */
  code: Uint8Array;
  /** Log-loss term of each row, by ascending score. */
  logLoss: Float64Array;
}

export interface WalkData {
  /** The first model's rows by ascending score: weights are drawn for the rows in this order. */
  order: Uint32Array;
  /** `position[k]`: where the k-th row of this model's order is in the first model's order (null: the first). */
  models: Array<SortedRows & { position: Uint32Array | null }>;
  /** Key of each replicate (replicateKey), or empty with `rowWeights`. */
  keys: Int32Array;
  /** One evaluation under these weights by row, instead of replicates. */
  rowWeights: Uint8Array | null;
  /** BUCKET_WEIGHT and POISSON_CDF of bootstrap.ts. */
  bucket: Uint8Array;
  cdf: Uint32Array;
  replicatesPerChunk: number;
  /** Replicate r, model m: STATS values from (r * models.length + m) * STATS. */
  out: Float64Array;
}

export function walkKernel(data: WalkData, chunk: number): void {
  const { order, models, keys, rowWeights, bucket, cdf, out } = data;
  const n = order.length;
  const replicates = rowWeights ? 1 : keys.length;
  const first = chunk * data.replicatesPerChunk;
  const last = Math.min(replicates, first + data.replicatesPerChunk);
  const inOrder = new Uint8Array(n);
  const gathered = new Uint8Array(models.length > 1 ? n : 0);
  for (let r = first; r < last; r++) {
    if (rowWeights) {
      for (let k = 0; k < n; k++) inOrder[k] = rowWeights[order[k]];
    } else {
      const key = keys[r];
      for (let k = 0; k < n; k++) {
        // poissonWeight(key, row), inlined (bootstrap.ts).
        const row = order[k];
        let h = Math.imul(row, 0x9e3779b1) ^ key;
        h ^= h >>> 16;
        h = Math.imul(h, 0x85ebca6b);
        h ^= h >>> 13;
        h = Math.imul(h, 0xc2b2ae35);
        h ^= h >>> 16;
        let w = bucket[h >>> 20];
        if (w === 255) {
          const u = h >>> 0;
          w = 0;
          while (w < 12 && u >= cdf[w]) w++;
        }
        inOrder[k] = w;
      }
    }
    for (let m = 0; m < models.length; m++) {
      const { code, logLoss, position } = models[m];
      let weights = inOrder;
      if (position) {
        for (let k = 0; k < n; k++) gathered[k] = inOrder[position[k]];
        weights = gathered;
      }
      let lossSum = 0;
      let posAbove = 0;
      let negAbove = 0;
      let posGroup = 0;
      let negGroup = 0;
      let predicted = 0;
      let truePositive = 0;
      let aucNumerator = 0;
      let apSum = 0;
      for (let k = n - 1; k >= 0; k--) {
        const w = weights[k];
        const c = code[k];
        lossSum += w * logLoss[k];
        // Branch-free: masks of the truth and prediction bits.
        const pw = w & -((c >> 1) & 1);
        predicted += w & -(c & 1);
        truePositive += pw & -(c & 1);
        posGroup += pw;
        negGroup += w - pw;
        if (c & 4) {
          aucNumerator += negGroup * (posAbove + posGroup / 2);
          posAbove += posGroup;
          negAbove += negGroup;
          // A group without positives adds 0; `|| 1` only guards leading groups of zero weight.
          apSum += posGroup * (posAbove / (posAbove + negAbove || 1));
          posGroup = 0;
          negGroup = 0;
        }
      }
      const at = (r * models.length + m) * 7;
      out[at] = posAbove;
      out[at + 1] = negAbove;
      out[at + 2] = predicted;
      out[at + 3] = truePositive;
      out[at + 4] = lossSum;
      out[at + 5] = aucNumerator;
      out[at + 6] = apSum;
    }
  }
}
