/**
 * Counts of distinct float64 values in an open-addressing hash table (linear probing, load ≤ 1/2).
 *
 * Real data written as text has limited precision (prices in cents, sensors with 4 decimals, integer counts), so
 * a million rows often hold far fewer distinct values: keeping (value, count) pairs makes memory grow with the
 * distinct values instead of the rows, and the exact tests then sort only the distinct values. The ECDFs, and so
 * KS, Wasserstein and the quantile bins, are the same as on the expanded sample. −0 is counted as 0.
 */
export class ValueCounter {
  keys: Float64Array;
  counts: Float64Array;
  size = 0;
  total = 0;
  private mask: number;
  private readonly scratch = new Float64Array(1);
  private readonly words = new Uint32Array(this.scratch.buffer);

  constructor(capacity = 1 << 12) {
    this.keys = new Float64Array(capacity);
    this.counts = new Float64Array(capacity);
    this.mask = capacity - 1;
  }

  private slot(v: number): number {
    this.scratch[0] = v;
    let h = Math.imul(this.words[0] ^ Math.imul(this.words[1], 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 13;
    return h & this.mask;
  }

  add(value: number, count = 1): void {
    const v = value + 0; // −0 → 0
    const keys = this.keys;
    const counts = this.counts;
    let i = this.slot(v);
    while (counts[i] !== 0) {
      if (keys[i] === v) {
        counts[i] += count;
        this.total += count;
        return;
      }
      i = (i + 1) & this.mask;
    }
    keys[i] = v;
    counts[i] = count;
    this.size++;
    this.total += count;
    if (this.size * 2 > keys.length) this.grow();
  }

  get(value: number): number {
    const v = value + 0;
    let i = this.slot(v);
    while (this.counts[i] !== 0) {
      if (this.keys[i] === v) return this.counts[i];
      i = (i + 1) & this.mask;
    }
    return 0;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldCounts = this.counts;
    const keys = (this.keys = new Float64Array(oldKeys.length * 2));
    const counts = (this.counts = new Float64Array(oldKeys.length * 2));
    this.mask = keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldCounts[i] === 0) continue;
      let j = this.slot(oldKeys[i]);
      while (counts[j] !== 0) j = (j + 1) & this.mask;
      keys[j] = oldKeys[i];
      counts[j] = oldCounts[i];
    }
  }

  /** The distinct values, unordered. */
  distinct(): Float64Array {
    const out = new Float64Array(this.size);
    let k = 0;
    for (let i = 0; i < this.keys.length; i++) if (this.counts[i] !== 0) out[k++] = this.keys[i];
    return out;
  }
}
