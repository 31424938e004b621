/**
 * One column of a dataset as it is read, value by value, into the form the drift tests need (a ColumnSample):
 * numbers in the cheapest exact form — counts on a decimal grid (decimal-grid.ts), else (distinct value, count)
 * pairs (value-counter.ts), else a plain Float64Array — until the column's first text, from then on category
 * counts, interned by a hash of their bytes. Given spill options, the plain array holds at most that many
 * numbers: then they are sorted and written out as a run (spill.ts), which keeps memory flat in the row count. Used by every reader (CSV sequential and by byte ranges, other formats).
 */
import { weightedSample, type ColumnSample } from './column-sample.ts';
import { ValueCounter } from './value-counter.ts';
import { DecimalGrid } from './decimal-grid.ts';
import { mergeSortedParts, type SortedPart } from './sorted-merge.ts';
import { sortFloat64 } from './sort.ts';
import { readRun, writeRun, type SpillOptions } from './spill.ts';

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** Values a column may miss the decimal grid before the grid is given up (and then only if misses outnumber hits). */
const GRID_TRIAL = 1024;

/** The bits of the FNV-1a hash that key categories (see countBytes). */
export const HASH_MASK = 0x3fffffff;

/** Distinct-value counting is given up for a plain array once at least this many values are mostly distinct. */
const COUNTING_MIN = 1 << 16;

/**
 * …and at once when the first this-many values are all distinct: a column with C distinct values shows about
 * n²/2C repeats among its first n, so no repeat in 4096 means C in the millions — full-precision floats, where
 * counting (a hash insert per value, and rehashing as the table grows) is pure cost.
 */
const ALL_DISTINCT_TRIAL = 1 << 12;

/**
 * Run-sized arrays of finished columns, reused by the next columns of this thread (a worker reads range after
 * range): growing a fresh array by doubling up to the run size, for every column of every range, was ~6% of a
 * reader thread on full-precision floats — fresh memory is slow to fault in on some machines (a shared VM here).
 */
const spareRunArrays: Float64Array[] = [];
const MAX_SPARE_RUN_ARRAYS = 8;

export class ColumnBuilder {
  /** Numbers on a decimal grid, counted densely (see decimal-grid.ts); tried first, until values miss it. */
  grid: DecimalGrid | undefined = new DecimalGrid();
  /** The grid's counts once it is given up (still part of the column). */
  private gridParts: SortedPart[] = [];
  private offGrid = 0;
  /** Numbers turned into category text when the column became categorical (for merging byte ranges). */
  convertedNumbers = 0;
  /** Numbers off the grid as (distinct value, count) while values repeat enough; see value-counter.ts. */
  counter: ValueCounter | undefined = new ValueCounter();
  /** Numbers one by one, once counting stopped paying. */
  values: Float64Array = new Float64Array(0);
  length = 0;
  missing = 0;
  /** Plain numbers kept before a run is spilled (Infinity: never), the spill directory, and the runs so far. */
  private readonly spillValues: number;
  private readonly spillDir: string | undefined;
  private runFiles: string[] = [];
  private runCount = 0;
  /** Set once the column is categorical: distinct values, interned by a hash of their bytes. */
  counts: Map<string, number> | undefined;
  /** Open addressing by FNV-1a hash of the bytes: slot → key index + 1 (0 is empty), load ≤ 1/2. */
  private keyTable = new Int32Array(64);
  private keyHash: number[] = [];
  private keyBytes: Buffer[] = [];
  private keyText: string[] = [];
  private keyCount: number[] = [];

  constructor(spill?: SpillOptions) {
    this.spillValues = spill ? Math.max(1, spill.values) : Infinity;
    this.spillDir = spill?.dir;
  }

  pushNumber(v: number): void {
    if (this.grid !== undefined) {
      if (this.grid.add(v)) return;
      // Off the grid: after enough misses the column is not gridded text, and each miss costs a search.
      if (++this.offGrid > GRID_TRIAL && this.offGrid > this.grid.total) this.griddedParts();
    }
    const counter = this.counter;
    if (counter !== undefined) {
      counter.add(v);
      if (counter.size * 2 > counter.total && counter.total >= COUNTING_MIN) this.stopCounting();
      else if (counter.total === ALL_DISTINCT_TRIAL && counter.size === ALL_DISTINCT_TRIAL) this.stopCounting();
      return;
    }
    if (this.length >= this.spillValues) this.spillRun();
    else if (this.length === this.values.length) this.grow();
    this.values[this.length++] = v;
  }

  /**
   * How many numbers pushNumber would now append to `values` as they are (no grid, no counting, no growing or
   * spilling first): a reader may write that many at `values[length…]` itself and move `length` on.
   */
  plainRoom(): number {
    return this.grid === undefined && this.counter === undefined ? Math.min(this.values.length, this.spillValues) - this.length : 0;
  }

  /**
   * The number ±mant / 10^frac (mant an exact integer, at most 15 digits): on the grid when frac ≤ its scale,
   * as k = mant·10^(scale − frac) without a division — the same slot pushNumber finds for the same value.
   */
  pushDecimal(mant: number, frac: number, neg: boolean): void {
    const grid = this.grid;
    if (grid !== undefined && frac <= grid.scale) {
      const k = mant * POW10[grid.scale - frac];
      if (grid.addScaled(neg ? -k : k)) return;
    }
    const v = mant / POW10[frac];
    this.pushNumber(neg ? -v : v);
  }

  grow(): void {
    const bigger = this.plainArray(this.values.length + 1);
    bigger.set(this.values.subarray(0, this.length));
    this.values = bigger;
  }

  /**
   * An array for at least n plain numbers. With spilling it is run-sized at once (a spare one of this thread if
   * there is one): doubling up to the run size faulted in and copied twice the memory, per column and range.
   * Pages of a large array are not resident until written, so a short column costs no more memory than before.
   */
  private plainArray(n: number): Float64Array {
    if (this.spillValues === Infinity) return new Float64Array(Math.max(1024, 2 * n));
    const spare = n <= this.spillValues && spareRunArrays.length > 0 && spareRunArrays[spareRunArrays.length - 1].length === this.spillValues;
    return spare ? spareRunArrays.pop()! : new Float64Array(Math.max(this.spillValues, n));
  }

  /** The plain numbers so far, sorted, to a run file; the array is reused for the next run. */
  private spillRun(): void {
    const run = sortFloat64(this.values.subarray(0, this.length));
    this.runFiles.push(writeRun(this.spillDir!, run));
    this.runCount += this.length;
    this.length = 0;
  }

  private stopCounting(): void {
    const counter = this.counter!;
    this.counter = undefined;
    this.values = this.plainArray(counter.total);
    for (let i = 0; i < counter.keys.length; i++) {
      for (let c = counter.counts[i]; c > 0; c--) this.values[this.length++] = counter.keys[i];
    }
  }

  /** Counts the value in bytes [s, e) without decoding it unless it is new (FNV-1a hash, then byte compare). */
  pushBytes(buf: Buffer, s: number, e: number): void {
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i], 0x01000193);
    this.countBytes(buf, s, e, h & HASH_MASK);
  }

  /**
   * pushBytes with the hash already computed by a loop that scanned the bytes anyway: FNV-1a (32-bit) & HASH_MASK
   * — 30 bits, so it stays a small integer in V8 instead of a boxed number on every call.
   */
  countBytes(buf: Buffer, s: number, e: number, h: number): void {
    this.countKey(buf, s, e, h);
  }

  /** countBytes, returning the index of the value's key (0, 1, … in order of first appearance). */
  countKey(buf: Buffer, s: number, e: number, h: number): number {
    if (!this.counts) this.becomeCategorical();
    const table = this.keyTable;
    const mask = table.length - 1;
    let slot = (h ^ (h >>> 16)) & mask;
    for (let k = table[slot] - 1; k >= 0; k = table[slot] - 1) {
      if (this.keyHash[k] === h && sameBytes(this.keyBytes[k], buf, s, e)) {
        this.keyCount[k]++;
        return k;
      }
      slot = (slot + 1) & mask;
    }
    const k = this.keyText.length;
    this.keyBytes.push(Buffer.from(buf.subarray(s, e)));
    this.keyText.push(buf.toString('utf8', s, e));
    this.keyCount.push(1);
    this.keyHash.push(h);
    table[slot] = k + 1;
    if (2 * (k + 1) > table.length) this.growKeyTable();
    return k;
  }

  /**
   * Counts one more of each key keys[from], keys[from + 1], … (indexes countKey gave) up to `to` or the first
   * negative entry; returns where it stopped.
   */
  countKnown(keys: Int32Array, from: number, to: number): number {
    const counts = this.keyCount;
    let f = from;
    for (; f < to; f++) {
      const k = keys[f];
      if (k < 0) break;
      counts[k]++;
    }
    return f;
  }

  private growKeyTable(): void {
    const table = (this.keyTable = new Int32Array(this.keyTable.length * 2));
    const mask = table.length - 1;
    this.keyHash.forEach((h, k) => {
      let slot = (h ^ (h >>> 16)) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = k + 1;
    });
  }

  /** A value that is not a number (non-CSV sources). */
  pushText(text: string): void {
    const bytes = Buffer.from(text);
    this.pushBytes(bytes, 0, bytes.length);
  }

  private becomeCategorical(): void {
    this.counts = new Map();
    const counter = this.counter;
    const numbers = this.values.subarray(0, this.length);
    const gridded = this.griddedParts();
    this.grid = undefined;
    this.gridParts = [];
    this.counter = undefined;
    this.values = new Float64Array(0);
    this.length = 0;
    const add = (v: number, times: number): void => {
      const text = Buffer.from(String(v));
      this.convertedNumbers += times;
      for (let t = 0; t < times; t++) this.pushBytes(text, 0, text.length);
    };
    if (counter) for (let i = 0; i < counter.keys.length; i++) if (counter.counts[i] !== 0) add(counter.keys[i], counter.counts[i]);
    for (const part of gridded) part.values.forEach((v, i) => add(v, part.weights![i]));
    for (const file of this.runFiles) for (const v of readRun(file)) add(v, 1);
    this.runFiles = [];
    this.runCount = 0;
    for (const v of numbers) add(v, 1);
  }

  private griddedParts(): SortedPart[] {
    if (this.grid !== undefined && this.grid.total > 0) this.gridParts.push(this.grid.sorted());
    this.grid = undefined;
    return this.gridParts;
  }

  finish(): ColumnSample {
    if (this.counts) {
      const counts = new Map<string, number>();
      this.keyText.forEach((t, k) => counts.set(t, (counts.get(t) ?? 0) + this.keyCount[k]));
      return { kind: 'categorical', counts, missing: this.missing };
    }
    const parts = this.griddedParts();
    if (this.runFiles.length > 0) {
      // The last plain numbers become a run too, and the array is free for the next column of this thread.
      if (this.length > 0) this.spillRun();
      if (this.values.length === this.spillValues && spareRunArrays.length < MAX_SPARE_RUN_ARRAYS) spareRunArrays.push(this.values);
      this.values = new Float64Array(0);
      if (this.counter && this.counter.total > 0) parts.push(weightedSample(this.counter, 0));
      const { values, weights } = mergeSortedParts(parts);
      const runs = { files: this.runFiles, count: this.runCount };
      return { kind: 'numeric', values, ...(weights ? { weights } : {}), sorted: true, missing: this.missing, runs };
    }
    if (parts.length === 0) {
      if (this.counter) return weightedSample(this.counter, this.missing);
      return { kind: 'numeric', values: this.values.subarray(0, this.length), sorted: false, missing: this.missing };
    }
    if (this.counter && this.counter.total > 0) parts.push(weightedSample(this.counter, 0));
    if (this.length > 0) parts.push({ values: sortFloat64(this.values.subarray(0, this.length)) });
    const { values, weights } = mergeSortedParts(parts);
    return { kind: 'numeric', values, ...(weights ? { weights } : {}), sorted: true, missing: this.missing };
  }
}

/** b equals buf[s, e), compared in JS: Buffer#compare's native call costs more than these few bytes. */
export function sameBytes(b: Buffer, buf: Buffer, s: number, e: number): boolean {
  if (b.length !== e - s) return false;
  for (let i = 0; i < b.length; i++) if (b[i] !== buf[s + i]) return false;
  return true;
}

