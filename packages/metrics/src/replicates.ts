/**
 * The bootstrap's hot loop for binary models with scores: every replicate's nine metrics (of the candidate and,
 * paired, of the baseline under the very same row weights) from one weighted walk per model over its rows in
 * score order. The sort is done once (sortedLayout in binary.ts); a replicate costs O(n): no re-sort.
 *
 * Per pair of replicates (bootstrap.ts draws two replicates from one hash per row): the weights are computed
 * once, in the candidate's score order (reading the row numbers sequentially); the baseline reads them through
 * `position` (where each of its sorted rows sits in the candidate's order). Then, walking a model's rows by
 * descending score, for a group g of tied scores with weighted counts pos_g, neg_g and the weights above it:
 *   AUC numerator += neg_g * (positives above g + pos_g / 2)
 *   AP sum        += pos_g * TP_g / (TP_g + FP_g)       (TP_g, FP_g: weighted positives, negatives at or above g)
 *   loss sum      += pos_g * t_1(g) + neg_g * t_0(g)    (t_y(g): the log-loss term of a row of class y in g)
 * then AUC = numerator / (P N), AP = sum / P (see class-scores.ts for the formulas and sklearn's edge cases);
 * the confusion matrix comes from the weighted sums of truth and prediction. Inside a group only integer sums
 * run; the floating-point work is once per group.
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
  /** Per group of equal scores, in ascending order: the log-loss term of a positive row and of a negative row. */
  groupLossPositive: Float64Array;
  groupLossNegative: Float64Array;
}

export interface WalkData {
  /** The first model's rows by ascending score: weights are drawn for the rows in this order. */
  order: Uint32Array;
  /** `position[k]`: where the k-th row of this model's order is in the first model's order (null: the first). */
  models: Array<SortedRows & { position: Uint32Array | null }>;
  /** Number of replicates (0 with `rowWeights`). */
  replicates: number;
  /** Key of each pair of replicates (pairKey). */
  keys: Int32Array;
  /** One evaluation under these weights by row, instead of replicates. */
  rowWeights: Uint8Array | null;
  /** BUCKET_WEIGHT and POISSON_CDF of bootstrap.ts. */
  bucket: Uint8Array;
  cdf: Uint32Array;
  /** Pairs of replicates per chunk. */
  pairsPerChunk: number;
  /** Replicate r, model m: STATS values from (r * models.length + m) * STATS. */
  out: Float64Array;
  /**
   * Weight buffers, made by the first chunk a thread runs and kept on its own copy of `data` (the helper gets
   * a copy): fresh memory is costly to touch, so every chunk after the first reuses them.
   */
  scratch?: { halves: Uint8Array[]; gathered: Uint8Array };
}

export function walkKernel(data: WalkData, chunk: number): void {
  const { order, models, keys, rowWeights, bucket, cdf, out } = data;
  const n = order.length;
  const replicates = rowWeights ? 1 : data.replicates;
  data.scratch ??= { halves: [new Uint8Array(n), new Uint8Array(rowWeights ? 0 : n)], gathered: new Uint8Array(models.length > 1 ? n : 0) };
  const { halves, gathered } = data.scratch;
  const [first, second] = halves;
  const firstPair = chunk * data.pairsPerChunk;
  const lastPair = Math.min(Math.ceil(replicates / 2), firstPair + data.pairsPerChunk);
  for (let pair = firstPair; pair < lastPair; pair++) {
    if (rowWeights) {
      for (let k = 0; k < n; k++) first[k] = rowWeights[order[k]];
    } else {
      // poissonWeight(key, 0 | 1, row) of bootstrap.ts, inlined: one hash per row for both replicates.
      const key = keys[pair];
      for (let k = 0; k < n; k++) {
        const row = order[k];
        let h = Math.imul(row, 0x9e3779b1) ^ key;
        h ^= h >>> 16;
        h = Math.imul(h, 0x85ebca6b);
        h ^= h >>> 13;
        h = Math.imul(h, 0xc2b2ae35);
        h ^= h >>> 16;
        const b0 = h >>> 20;
        const b1 = (h >>> 8) & 0xfff;
        let w0 = bucket[b0];
        let w1 = bucket[b1];
        if (w0 === 255 || w1 === 255) {
          for (let half = 0; half < 2; half++) {
            const b = half === 0 ? b0 : b1;
            if (bucket[b] !== 255) continue;
            // lowBits(key, half, row) of bootstrap.ts.
            let g = Math.imul(row, 0xcc9e2d51) ^ key ^ (half === 0 ? 0x1b873593 : 0x5bd1e995);
            g ^= g >>> 16;
            g = Math.imul(g, 0x85ebca6b);
            g ^= g >>> 13;
            g = Math.imul(g, 0xc2b2ae35);
            g ^= g >>> 16;
            const u = ((b << 20) | (g >>> 12)) >>> 0;
            let w = 0;
            while (w < 12 && u >= cdf[w]) w++;
            if (half === 0) w0 = w;
            else w1 = w;
          }
        }
        first[k] = w0;
        second[k] = w1;
      }
    }
    for (let half = 0; half < 2 && 2 * pair + half < replicates; half++) {
      const inOrder = halves[half];
      for (let m = 0; m < models.length; m++) {
        const { code, groupLossPositive, groupLossNegative, position } = models[m];
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
        let group = groupLossPositive.length;
        for (let k = n - 1; k >= 0; k--) {
          const w = weights[k];
          const c = code[k];
          // Branch-free: masks of the truth and prediction bits.
          const pw = w & -((c >> 1) & 1);
          predicted += w & -(c & 1);
          truePositive += pw & -(c & 1);
          posGroup += pw;
          negGroup += w - pw;
          if (c & 4) {
            group--;
            lossSum += posGroup * groupLossPositive[group] + negGroup * groupLossNegative[group];
            aucNumerator += negGroup * (posAbove + posGroup / 2);
            posAbove += posGroup;
            negAbove += negGroup;
            // A group without positives adds 0; `|| 1` only guards leading groups of zero weight.
            apSum += posGroup * (posAbove / (posAbove + negAbove || 1));
            posGroup = 0;
            negGroup = 0;
          }
        }
        const at = ((2 * pair + half) * models.length + m) * 7;
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
}
