/**
 * The numbers of a column counted by distinct value, while there are few of them: a column of rounded
 * scores, ratings or ages holds millions of numbers but only thousands of distinct ones, and its order
 * statistics are then found from (value, count) pairs — sort the distinct values, walk their cumulative
 * counts — instead of from every number spilled to disk and read back twice (spilled-numbers.ts).
 *
 * Values are keyed by their IEEE-754 bits, so −0 and 0 stay two values (a sort puts −0 first, as the spilled
 * path does); NaN never comes here (the checks drop it). An open-addressing table of 2 × `DISTINCT_LIMIT`
 * slots (linear probing, load ≤ ½), each its key and its count side by side (one cache line for both: kept in
 * two arrays, a probe of the table, larger than the core's cache, read two): 512 KiB whatever the number of rows. `addMany` reports where a value would
 * be one distinct value too many; the caller then takes the counts out (`forEach`) and keeps numbers one by one.
 */
export const DISTINCT_LIMIT = 1 << 14;

/** Distinct values, ascending, and how many times each was seen (a partial scan's share, sent between threads). */
export interface CountedState {
  values: Float64Array;
  counts: Float64Array;
}

const bits = new Float64Array(1);
// Signed word views: an unsigned word of 2³¹ or more read outside optimised code is a heap number.
const bitWords = new Int32Array(bits.buffer);

export class CountedNumbers {
  /** Distinct values so far. */
  size = 0;
  private readonly limit: number;
  /** Per slot s: its key at cells[2s] and its count at cells[2s + 1] (0 marks an empty slot). */
  private readonly cells: Float64Array;
  /** The cells' 32-bit words (little-endian: the key of slot s is words 4s and 4s + 1, the high one second). */
  private readonly keyWords: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(limit = DISTINCT_LIMIT) {
    this.limit = limit;
    let bitsWanted = 4;
    while (1 << bitsWanted < 2 * limit) bitsWanted++;
    this.cells = new Float64Array(2 << bitsWanted);
    this.keyWords = new Int32Array(this.cells.buffer);
    this.mask = (1 << bitsWanted) - 1;
    this.shift = 32 - bitsWanted;
  }

  /**
   * Counts values[from, to); returns the index of the first value that would exceed the distinct limit
   * (`to` when all were counted). Bits are read from a word view of `values`.
   */
  addMany(values: Float64Array, from: number, to: number): number {
    const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
    const keyWords = this.keyWords;
    const cells = this.cells;
    const mask = this.mask;
    const shift = this.shift;
    for (let i = from; i < to; i++) {
      const lo = words[2 * i];
      const hi = words[2 * i + 1];
      let slot = Math.imul(hi ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b) >>> shift;
      for (;;) {
        if (cells[2 * slot + 1] === 0) {
          if (this.size === this.limit) return i;
          this.size++;
          keyWords[4 * slot] = lo;
          keyWords[4 * slot + 1] = hi;
          cells[2 * slot + 1] = 1;
          break;
        }
        if (keyWords[4 * slot] === lo && keyWords[4 * slot + 1] === hi) {
          cells[2 * slot + 1]++;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return to;
  }

  /** Each distinct value with its count (in table order). */
  forEach(visit: (value: number, count: number) => void): void {
    const cells = this.cells;
    for (let s = 0; s < cells.length; s += 2) if (cells[s + 1] > 0) visit(cells[s], cells[s + 1]);
  }

  /** The distinct values in ascending order (−0 before 0, as Float64Array's sort puts them), with their counts. */
  state(): CountedState {
    const values = new Float64Array(this.size);
    let k = 0;
    this.forEach((value) => {
      values[k++] = value;
    });
    values.sort();
    const counts = new Float64Array(this.size);
    for (let i = 0; i < values.length; i++) counts[i] = this.countOf(values[i]);
    return { values, counts };
  }

  private countOf(x: number): number {
    bits[0] = x;
    const lo = bitWords[0];
    const hi = bitWords[1];
    let slot = Math.imul(hi ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b) >>> this.shift;
    while (this.keyWords[4 * slot] !== lo || this.keyWords[4 * slot + 1] !== hi || this.cells[2 * slot + 1] === 0) slot = (slot + 1) & this.mask;
    return this.cells[2 * slot + 1];
  }
}

/**
 * The values at 0-based `ranks` of the ascending order of all the numbers of several counted parts (each rank
 * below their total count): the parts' sorted values walked in merged order, counts accumulated.
 */
export function selectCounted(parts: readonly CountedState[], ranks: readonly number[]): number[] {
  const order = ranks.map((rank, i) => [rank, i] as const).sort((a, b) => a[0] - b[0]);
  const out = ranks.map(() => Number.NaN);
  const heads = new Int32Array(parts.length);
  let seen = 0;
  let next = 0;
  while (next < order.length) {
    // The part whose next value is smallest (−0 before 0).
    let best = -1;
    let value = 0;
    for (let p = 0; p < parts.length; p++) {
      const h = heads[p];
      if (h === parts[p].values.length) continue;
      const x = parts[p].values[h];
      if (best < 0 || x < value || (x === 0 && value === 0 && Object.is(x, -0))) {
        best = p;
        value = x;
      }
    }
    if (best < 0) break;
    seen += parts[best].counts[heads[best]++];
    while (next < order.length && order[next][0] < seen) out[order[next++][1]] = value;
  }
  return out;
}
