/**
 * Counts of numbers that lie on a decimal grid k / 10^s (k an integer, s decimal places), in a dense array
 * indexed by k: one multiply, one divide and one increment per value, no hashing, no sorting — the counts come
 * out in ascending order of value by construction.
 *
 * Data written as text usually has a fixed number of decimals (prices in cents, sensors with 4 decimals,
 * integer counts) over a bounded range, so its values sit on such a grid; the array's size then depends on the
 * range and the precision, not on the number of rows, which keeps memory flat in the row count.
 *
 * Exactness: a value v is accepted only when k = round(v·10^s) gives back v exactly as k / 10^s (correctly
 * rounded IEEE division), so the map v ↦ k is one-to-one on accepted values, order-preserving (division by a
 * positive constant is monotone), and every value is restored bit for bit (−0 is restored as 0, as in
 * ValueCounter). Values off the grid, or that would stretch the array beyond `maxSlots`, are refused
 * (`add` returns false) and the caller keeps them another way. |k| stays below 2^53, where integers are exact.
 */

const POW10 = Array.from({ length: 10 }, (_, i) => 10 ** i);
/** The most decimal places a grid takes. */
export const GRID_MAX_SCALE = POW10.length - 1;
/** Default size limit: 2^20 slots of 4 bytes = 4 MiB per column. */
export const GRID_MAX_SLOTS = 1 << 20;
const SAFE = 2 ** 53;

/** The fewest decimal places s ≤ GRID_MAX_SCALE at which v is on the grid, or −1. */
export function decimalPlaces(v: number): number {
  for (let s = 0; s <= GRID_MAX_SCALE; s++) {
    const k = Math.round(v * POW10[s]);
    if (Math.abs(k) < SAFE && k / POW10[s] === v) return s;
  }
  return -1;
}

export class DecimalGrid {
  /** Decimal places of the grid; −1 until the first value. */
  scale = -1;
  /** k of counts[0]. */
  base = 0;
  counts = new Uint32Array(0);
  /** Values counted. */
  total = 0;
  /** A scale the counts did not fit at: it and finer ones are not tried again (the range only widens). */
  private unreachableScale = Infinity;
  private readonly maxSlots: number;

  constructor(maxSlots = GRID_MAX_SLOTS) {
    this.maxSlots = maxSlots;
  }

  /** Counts v; false when v is off the grid or out of its reach (nothing is counted then). */
  add(v: number): boolean {
    const s = this.scale;
    if (s >= 0) {
      const p = POW10[s];
      const k = Math.round(v * p);
      if (k / p === v) {
        const i = k - this.base;
        if (i >= 0 && i < this.counts.length) {
          this.counts[i]++;
          this.total++;
          return true;
        }
        return Math.abs(k) < SAFE && this.extend(k) && this.add(v);
      }
    }
    const places = decimalPlaces(v);
    if (places < 0) return false;
    if (s < 0) {
      this.scale = places;
      this.base = Math.round(v * POW10[places]);
      this.counts = new Uint32Array(16);
      return this.add(v);
    }
    return places > s && places < this.unreachableScale && this.refine(places) && this.add(v);
  }

  /** Counts the value k / 10^scale (k an integer); false when out of reach. */
  addScaled(k: number): boolean {
    const i = k - this.base;
    if (i >= 0 && i < this.counts.length) {
      this.counts[i]++;
      this.total++;
      return true;
    }
    if (!(Math.abs(k) < SAFE) || !this.extend(k)) return false;
    this.counts[k - this.base]++;
    this.total++;
    return true;
  }

  /**
   * Grows the array to reach k: at least doubling it (amortised O(1) per value), to twice the span of the
   * values (counted ones and k), within maxSlots, centred on them. The size stays within 4x the values' span:
   * the array doubles only when values pass the spare room on one side, by then spanning half of it.
   */
  private extend(k: number): boolean {
    const [first, last] = this.occupied();
    const lo = Math.min(this.base + first, k);
    const hi = Math.max(this.base + last, k);
    const span = hi - lo + 1;
    if (span > this.maxSlots) return false;
    const size = Math.min(this.maxSlots, Math.max(2 * this.counts.length, 2 * span));
    const base = Math.max(lo - Math.floor((size - span) / 2), hi - size + 1);
    const bigger = new Uint32Array(size);
    bigger.set(this.counts.subarray(first, last + 1), this.base + first - base);
    this.counts = bigger;
    this.base = base;
    return true;
  }

  /** Index of the first and last non-zero count ([0, −1] when none). */
  private occupied(): [number, number] {
    const counts = this.counts;
    let first = 0;
    let last = counts.length - 1;
    while (first <= last && counts[first] === 0) first++;
    while (last >= first && counts[last] === 0) last--;
    return first <= last ? [first, last] : [0, -1];
  }

  /** Moves to more decimal places: slot i becomes slot i·10^(places − scale), if the array stays in reach. */
  private refine(places: number): boolean {
    const f = POW10[places - this.scale];
    const [first, last] = this.occupied();
    const size = Math.max(16, (last - first) * f + 1);
    const base = (this.base + first) * f;
    if (size > this.maxSlots || Math.abs(base) + size >= SAFE) {
      this.unreachableScale = places;
      return false;
    }
    const finer = new Uint32Array(size);
    for (let i = first; i <= last; i++) finer[(i - first) * f] = this.counts[i];
    this.counts = finer;
    this.base = base;
    this.scale = places;
    return true;
  }

  /** Distinct values and their counts, ascending. */
  sorted(): { values: Float64Array; weights: Float64Array } {
    const counts = this.counts;
    let n = 0;
    for (let i = 0; i < counts.length; i++) if (counts[i] !== 0) n++;
    const values = new Float64Array(n);
    const weights = new Float64Array(n);
    const p = POW10[Math.max(0, this.scale)];
    for (let i = 0, j = 0; i < counts.length; i++) {
      if (counts[i] === 0) continue;
      values[j] = (this.base + i) / p;
      weights[j++] = counts[i];
    }
    return { values, weights };
  }
}
