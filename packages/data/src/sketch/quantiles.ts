/**
 * A mergeable quantile sketch with a relative-error guarantee: DDSketch (Masson, Rim & Lee, "DDSketch: a fast
 * and fully-mergeable quantile sketch with relative-error guarantees", VLDB 2019).
 *
 * Each value x > 0 goes to bucket i = ceil(log_γ x) with γ = (1 + α) / (1 − α); the bucket's representative
 * 2γ^i / (γ + 1) is within relative error α of every value in it. Negative values use a mirrored store, zeros
 * a counter. So the q-quantile returned (the value of rank ⌊q·(n − 1)⌋ in sorted order, "lower" rank) is
 * within α·|true value| of the true one — as long as no bucket was collapsed: with more than `maxBuckets`
 * buckets per sign, the buckets of the smallest magnitudes are merged (only quantiles in that low tail lose
 * the guarantee; with α = 0.5% and 2048 buckets that tail starts below 1e-9 of the largest magnitude).
 * Merging adds bucket counts, so a sketch of shards merged equals the sketch of the whole, bucket for bucket.
 */
export const DEFAULT_RELATIVE_ACCURACY = 0.005;
/** Buckets per sign at most (see above). */
export const MAX_BUCKETS = 2048;
/** The index number-scan.ts gives a value within `near` of a bucket boundary: Math.log's decides there. */
export const NEAR_BOUNDARY = 0x7fffffff;

export interface QuantileSketchJSON {
  relativeAccuracy: number;
  zeros: number;
  positive: { offset: number; counts: number[] };
  negative: { offset: number; counts: number[] };
}

class Store {
  offset = 0;
  counts: number[] = [];

  add(index: number, count: number): void {
    if (this.counts.length === 0) {
      this.offset = index;
      this.counts.push(count);
      return;
    }
    if (index < this.offset) {
      const grow = this.offset - index;
      if (this.counts.length + grow > MAX_BUCKETS) {
        // Collapsed: the lowest bucket absorbs everything below it.
        this.counts[0] += count;
        return;
      }
      this.counts.unshift(...new Array<number>(grow).fill(0));
      this.offset = index;
    } else if (index >= this.offset + this.counts.length) {
      while (this.offset + this.counts.length <= index) this.counts.push(0);
      if (this.counts.length > MAX_BUCKETS) {
        const drop = this.counts.length - MAX_BUCKETS;
        let moved = 0;
        for (let i = 0; i < drop; i++) moved += this.counts[i];
        this.counts = this.counts.slice(drop);
        this.offset += drop;
        this.counts[0] += moved;
      }
    }
    this.counts[index - this.offset] += count;
  }

  /**
   * Adds another store's counts (a sketch's, or a saved one: {offset, counts} as toJSON writes it): the store
   * that adding its non-zero counts one by one in order of index gives. When the two windows fit in MAX_BUCKETS
   * together, such adds never collapse, so the window is widened once and the counts summed in place; otherwise
   * they are added one by one. Returns the sum of the counts added. Bucket by bucket, merging the 3 partial
   * profiles of a 2M-row parallel scan (and loading them) took ~15 ms of the main thread's tail.
   */
  merge(other: { offset: number; counts: readonly number[] }): number {
    const counts = other.counts;
    let first = 0;
    let end = counts.length;
    while (first < end && !counts[first]) first++;
    while (end > first && !counts[end - 1]) end--;
    let total = 0;
    if (first === end) return total;
    const lo = other.offset + first;
    const hi = other.offset + end;
    const empty = this.counts.length === 0;
    if ((empty ? hi - lo : Math.max(hi, this.offset + this.counts.length) - Math.min(lo, this.offset)) > MAX_BUCKETS) {
      for (let i = first; i < end; i++) {
        const c = counts[i];
        if (c) {
          this.add(other.offset + i, c);
          total += c;
        }
      }
      return total;
    }
    if (empty) {
      this.offset = lo;
      this.counts = new Array<number>(hi - lo).fill(0);
    } else {
      if (lo < this.offset) {
        this.counts = [...new Array<number>(this.offset - lo).fill(0), ...this.counts];
        this.offset = lo;
      }
      while (this.offset + this.counts.length < hi) this.counts.push(0);
    }
    const mine = this.counts;
    for (let i = first, at = lo - this.offset; i < end; i++, at++) {
      const c = counts[i];
      mine[at] += c;
      total += c;
    }
    return total;
  }
}

/** counts[i] += window[i] for the store's buckets, window[i] zeroed. */
function drain(window: Int32Array, counts: number[]): void {
  for (let i = 0; i < counts.length; i++) {
    const c = window[i];
    if (c !== 0) {
      counts[i] += c;
      window[i] = 0;
    }
  }
}

export class QuantileSketch {
  readonly relativeAccuracy: number;
  private readonly gamma: number;
  private readonly logGamma: number;
  private readonly positive = new Store();
  private readonly negative = new Store();
  private zeros = 0;
  count = 0;
  /** 1 / log₂ γ: log₂ |x| in buckets. */
  readonly perLog2: number;
  /** Distance from a bucket boundary (in buckets) within which an index is Math.log's (see number-scan.ts). */
  readonly near: number;

  constructor(relativeAccuracy = DEFAULT_RELATIVE_ACCURACY) {
    this.relativeAccuracy = relativeAccuracy;
    this.gamma = (1 + relativeAccuracy) / (1 - relativeAccuracy);
    this.logGamma = Math.log(this.gamma);
    this.perLog2 = Math.LN2 / this.logGamma;
    this.near = 2 * 1.8e-7 * this.perLog2;
  }

  add(x: number, count = 1): void {
    if (!Number.isFinite(x)) return;
    this.count += count;
    if (x > 1e-300) this.positive.add(Math.ceil(Math.log(x) / this.logGamma), count);
    else if (x < -1e-300) this.negative.add(Math.ceil(Math.log(-x) / this.logGamma), count);
    else this.zeros += count;
  }

  /** Each store's buckets now, [offset, offset + length): out = [positive offset, length, negative offset, length]. */
  windows(out: Int32Array): void {
    out[0] = this.positive.offset;
    out[1] = this.positive.counts.length;
    out[2] = this.negative.offset;
    out[3] = this.negative.counts.length;
  }

  /**
   * `add` of each of a batch's `finite` numbers, as number-scan.ts sorted them with the `windows` of this sketch:
   * `zeros` of magnitude at most 1e-300; per store, the counts of the buckets of its window (positive[i]: bucket
   * offset + i; read and zeroed here); and the rest, values[0, rest) with their bucket indexes (NEAR_BOUNDARY
   * where Math.log must decide), in row order. The same buckets as adding each number in row order: a count
   * within the window does not move the window, and a later add that does (growing it, or collapsing its lowest
   * buckets into one) moves a count already there as it moves one added after.
   */
  addScanned(positive: Int32Array, negative: Int32Array, zeros: number, values: Float64Array, indexes: Int32Array, rest: number, finite: number): void {
    drain(positive, this.positive.counts);
    drain(negative, this.negative.counts);
    this.zeros += zeros;
    this.count += finite;
    const logGamma = this.logGamma;
    for (let i = 0; i < rest; i++) {
      const x = values[i];
      let index = indexes[i];
      if (x > 0) {
        if (index === NEAR_BOUNDARY) index = Math.ceil(Math.log(x) / logGamma);
        this.positive.add(index, 1);
      } else {
        if (index === NEAR_BOUNDARY) index = Math.ceil(Math.log(-x) / logGamma);
        this.negative.add(index, 1);
      }
    }
  }

  merge(other: QuantileSketch): void {
    if (other.relativeAccuracy !== this.relativeAccuracy) throw new Error('cannot merge quantile sketches of different accuracy');
    this.positive.merge(other.positive);
    this.negative.merge(other.negative);
    this.zeros += other.zeros;
    this.count += other.count;
  }

  /** The value x is stored as (its bucket's representative), within relative error α of x. */
  representative(x: number): number {
    if (x > 1e-300) return this.value(Math.ceil(Math.log(x) / this.logGamma));
    if (x < -1e-300) return -this.value(Math.ceil(Math.log(-x) / this.logGamma));
    return 0;
  }

  private value(index: number): number {
    return (2 * Math.pow(this.gamma, index)) / (this.gamma + 1);
  }

  /** The q-quantile (0 ≤ q ≤ 1) within relative error α; undefined when empty. */
  quantile(q: number): number | undefined {
    if (this.count === 0) return undefined;
    const rank = Math.floor(q * (this.count - 1));
    let seen = 0;
    const neg = this.negative;
    for (let i = neg.counts.length - 1; i >= 0; i--) {
      seen += neg.counts[i];
      if (seen > rank) return -this.value(neg.offset + i);
    }
    seen += this.zeros;
    if (seen > rank) return 0;
    const pos = this.positive;
    for (let i = 0; i < pos.counts.length; i++) {
      seen += pos.counts[i];
      if (seen > rank) return this.value(pos.offset + i);
    }
    return this.value(pos.offset + pos.counts.length - 1);
  }

  /** Counts per bucket as (representative value, count), ascending: the basis of histograms. */
  buckets(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    const neg = this.negative;
    for (let i = neg.counts.length - 1; i >= 0; i--) if (neg.counts[i]) out.push([-this.value(neg.offset + i), neg.counts[i]]);
    if (this.zeros) out.push([0, this.zeros]);
    const pos = this.positive;
    for (let i = 0; i < pos.counts.length; i++) if (pos.counts[i]) out.push([this.value(pos.offset + i), pos.counts[i]]);
    return out;
  }

  toJSON(): QuantileSketchJSON {
    return {
      relativeAccuracy: this.relativeAccuracy,
      zeros: this.zeros,
      positive: { offset: this.positive.offset, counts: [...this.positive.counts] },
      negative: { offset: this.negative.offset, counts: [...this.negative.counts] },
    };
  }

  static fromJSON(json: QuantileSketchJSON): QuantileSketch {
    const sketch = new QuantileSketch(json.relativeAccuracy);
    sketch.zeros = json.zeros;
    sketch.count = json.zeros;
    sketch.count += sketch.positive.merge(json.positive) + sketch.negative.merge(json.negative);
    return sketch;
  }
}
