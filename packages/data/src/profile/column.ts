/**
 * A per-column profile built in one streaming pass and mergeable across shards.
 *
 * Exact (identical whether built in one pass or merged from shards): count, nulls, type mix, min, max,
 * string length range, category counts while the column has at most `MAX_CATEGORIES` distinct values.
 * Sum, mean and sample standard deviation (moment-sums.ts): pandas' own figures for a column of at most
 * HEAD_ROWS rows, else the correctly rounded sum and mean of Σx and Σx² kept in double-double; the same in
 * one pass and merged from shards (merged in file order), except within ~n·ε² of a rounding boundary.
 * Sketched: quantiles (DDSketch, relative error α = 0.5% of the value), the distinct count (HyperLogLog,
 * ±1.6% standard error; exact while the category counts are complete).
 * Numeric histogram: 20 equal-width bins over [min, max] (bin i is [edgesᵢ, edgesᵢ₊₁), the last one closed).
 * While the category counts are complete (at most `MAX_CATEGORIES` distinct values) it is exact: each
 * distinct number's count goes to the bin of the number itself (`histogram.exact: true`), so integers lying
 * on a bin edge stay in their own bin, and a merged profile gives the same bins as one pass (same min, max
 * and counts). Otherwise it is derived from the quantile sketch's buckets (`exact: false`): a value is binned
 * by its bucket's representative, which is within α of the value, so a value near an edge can fall into the
 * neighbouring bin. Profiles saved before `exact` existed are sketch-derived and load as `exact: false`.
 */
import { DistinctSketch, murmur3 } from '../sketch/distinct.ts';
import { asciiBytes } from './ascii-texts.ts';
import { QuantileSketch, type QuantileSketchJSON } from '../sketch/quantiles.ts';
import { typeOf, valueKey, type Value } from '../values.ts';
import { stringHash, type ColumnView } from '../read/column-batch.ts';
import { fmix32, UserError } from '@mlci/core';
import { scanNumbers, SMALL_INTEGERS, type NumberScan } from '../sketch/number-scan.ts';
import { addNumber, emptySums, HEAD_ROWS, keepsHead, keepViewRows, m2Of, meanOf, mergeSums, stdevOf, sumOf, sumsFromMoments, type MomentSums } from './moment-sums.ts';

/**
 * Category keys: a number is its own key (saved as 'n' + its decimal form, `valueKey`'s spelling, which
 * `String(x)` round-trips), anything else its `valueKey`. Keeping numbers as numbers spares a string per row.
 */
type CategoryKey = string | number;

function savedKey(key: CategoryKey): string {
  return typeof key === 'number' ? 'n' + key : key;
}

/** The value of a category key (see valueKey). */
function keyValue(key: CategoryKey): Value {
  if (typeof key === 'number') return key;
  switch (key[0]) {
    case 's': return key.slice(1);
    case 'b': return key === 'btrue';
    case 'o': return JSON.parse(key.slice(1)) as Value;
    default: return key;
  }
}

function loadedKey(key: string): CategoryKey {
  if (key.startsWith('n')) {
    const x = Number(key.slice(1));
    if ('n' + x === key) return x;
  }
  return key;
}

export const MAX_CATEGORIES = 1000;
export const PROFILE_QUANTILES = [0, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1];
const HISTOGRAM_BINS = 20;

export interface ColumnProfileJSON {
  name: string;
  /** Rows seen, nulls included. */
  count: number;
  nulls: number;
  /** Non-null values by type: string, integer, number, boolean, object. */
  types: Record<string, number>;
  numeric?: {
    count: number; min: number; max: number; sum: number; mean: number;
    /** Sample standard deviation (n − 1), as pandas' `std()`; null with fewer than 2 values. */
    stdev: number | null;
    /** Quantiles from the sketch: `values[i]` is the `PROFILE_QUANTILES[i]` quantile within `relativeError`. */
    quantiles: { probabilities: number[]; values: number[]; relativeError: number };
    /**
     * Equal-width bins over [min, max]. `exact`: counted from the exact category counts (each value in its own
     * bin); false (or absent, in older profiles): from the sketch's bucket representatives (right up to α at edges).
     */
    histogram: { edges: number[]; counts: number[]; exact?: boolean };
    sketch: QuantileSketchJSON;
    /** Σ(x − mean)², as the sums below give it. */
    m2: number;
    /**
     * Σx and Σx² as double-doubles [hi, lo] (moment-sums.ts), kept so profiles merge to the figures of one
     * pass. Absent in profiles saved before them: rebuilt from mean and m2 then.
     */
    sums?: { sum: [number | null, number | null]; squares: [number | null, number | null]; head?: Array<number | null> };
  };
  strings?: { count: number; minLength: number; maxLength: number };
  distinct: { estimate: number; exact: boolean; sketch: string };
  /** Counts of every distinct value (as `valueKey`) when complete; `complete: false` once over the cap. */
  categories: { complete: boolean; counts: Record<string, number> };
  /** The ten most frequent values among the counted categories. */
  topValues: Array<{ value: Value; count: number }>;
}

/**
 * What a partial profile hands to the profile it is merged into (a worker's range scan to the main thread's, by
 * structured clone): the mergeable parts only, none of toJSON's figures (quantiles, histogram, top values, the
 * distinct estimate), which the merged profile computes once. Through toJSON, each worker's last snapshot took
 * 10–35 ms and the main thread's fromJSON another ~15 ms, at the end of a 2M-row scan (measured with timing marks).
 */
export interface ColumnProfileState {
  name: string;
  count: number;
  nulls: number;
  types: Record<string, number>;
  sums: MomentSums;
  sketch: QuantileSketchJSON;
  strings: number;
  minLength: number;
  maxLength: number;
  /** The distinct sketch's registers. */
  registers: Uint8Array;
  categories: Map<CategoryKey, number> | undefined;
}

export class ColumnProfiler {
  readonly name: string;
  count = 0;
  nulls = 0;
  types: Record<string, number> = {};
  /** Count, min, max, Σx and Σx² of the finite numbers. */
  private sums = emptySums();
  private sketch = new QuantileSketch();
  private strings = 0;
  private minLength = Infinity;
  private maxLength = -Infinity;
  private distinct = new DistinctSketch();
  /**
   * The hash the distinct sketch's strings were added with: 2, stringHash of their UTF-8 bytes (profiles of
   * schemaVersion 2 on); 1, MurmurHash3 of their UTF-16 units (schemaVersion 1, loaded by fromJSON, which
   * rebuilds the sketch with stringHash when the categories are complete). Sketches whose strings were hashed
   * differently do not merge.
   */
  private stringHashVersion: 1 | 2 = 2;
  private categories: Map<CategoryKey, number> | undefined = new Map();
  /**
   * Small non-negative integers already among the categories (`smallKnown[x]` = 1, listed in `smallKeys`), and
   * their counts from column batches not yet added to the map (`smallPending`): a batch's tally of such a key
   * (see addColumn) is added here instead of to the map — a column of ages or counts then takes no map look-up
   * per distinct value and batch. Added to the map by `settle`, before anything reads the counts.
   */
  private smallKnown: Uint8Array | undefined;
  private smallPending: Float64Array | undefined;
  private smallKeys: number[] = [];

  constructor(name: string) {
    this.name = name;
  }

  add(value: Value): void {
    this.count++;
    // A small column's rows are kept for pandas' figures (moment-sums.ts): each finite number, or null.
    if (keepsHead(this.sums, 1)) this.sums.head!.push((typeof value === 'number' || typeof value === 'bigint') && Number.isFinite(Number(value)) ? Number(value) : null);
    if (value === null || value === undefined) { this.nulls++; return; }
    const type = typeOf(value);
    this.types[type] = (this.types[type] ?? 0) + 1;
    const categories = this.categories;
    if (typeof value === 'number' || typeof value === 'bigint') {
      const x = Number(value);
      if (Number.isFinite(x)) {
        addNumber(this.sums, x);
        this.sketch.add(x);
      }
      this.distinct.addHash(hashNumber(x));
      if (categories) this.count_(x, categories, 1);
    } else if (typeof value === 'string') {
      this.strings++;
      const length = value.length;
      if (length < this.minLength) this.minLength = length;
      if (length > this.maxLength) this.maxLength = length;
      // Hashed apart from numbers (hashNumber), so "1" and 1 count as two values without building a key string.
      this.distinct.addHash(stringHash(value));
      if (categories) this.count_('s' + value, categories, 1);
    } else {
      const key = valueKey(value);
      this.distinct.addHash(murmur3(key));
      if (categories) this.count_(key, categories, 1);
    }
  }

  /** Counts a category; true when the key was already counted. */
  private count_(key: CategoryKey, categories: Map<CategoryKey, number>, times: number): boolean {
    const c = categories.get(key);
    if (c !== undefined) {
      categories.set(key, c + times);
      return true;
    }
    if (categories.size < MAX_CATEGORIES) categories.set(key, times);
    else this.categories = undefined;
    return false;
  }

  /**
   * A column of a column batch: the same figures as `add` on each of its values. The rows are counted by kind
   * and the numbers hashed, summed and given their sketch buckets in WebAssembly (sketch/number-scan.ts);
   * strings and booleans are handled once per distinct value of the batch, with its row count.
   */
  addColumn(view: ColumnView): void {
    this.count += view.length;
    keepViewRows(this.sums, view, false, true);
    const complete = this.categories !== undefined;
    const scan = scanNumbers(view, this.sums, this.sketch, complete);
    view.noteSummary(scan);
    const { numbers, integers, texts, trues, falses } = scan;
    if (numbers > 0) {
      // While the categories are complete, a value already counted is already in the distinct sketch.
      if (complete) this.countNumbers(scan);
      else this.distinct.addHashes(scan.hashes, numbers);
    }
    this.nulls += scan.missing;
    const types = this.types;
    const distinct = this.distinct;
    if (integers > 0) types.integer = (types.integer ?? 0) + integers;
    if (numbers > integers) types.number = (types.number ?? 0) + numbers - integers;
    if (texts > 0) {
      types.string = (types.string ?? 0) + texts;
      this.strings += texts;
      // Each distinct string's hash is the one it was interned with (stringHash of its bytes).
      distinct.addHashes(view.stringHashes(), view.size);
      // Categories given up (many distinct strings) and ASCII strings: lengths from the bytes, no string decoded
      // (see ascii-texts.ts), nor any row counted.
      const bytes = this.categories === undefined ? asciiBytes(view, span) : undefined;
      if (bytes !== undefined) {
        let minLength = this.minLength;
        let maxLength = this.maxLength;
        for (let code = 0; code < view.size; code++) {
          view.bytesOf(code, span);
          const l = span[1];
          if (l < minLength) minLength = l;
          if (l > maxLength) maxLength = l;
        }
        this.minLength = minLength;
        this.maxLength = maxLength;
      } else for (let code = 0, counts = view.codeCounts(); code < counts.length; code++) {
        const text = view.text(code);
        const l = text.length;
        if (l < this.minLength) this.minLength = l;
        if (l > this.maxLength) this.maxLength = l;
        const categories = this.categories;
        if (categories) this.count_('s' + text, categories, counts[code]);
      }
    }
    if (trues + falses > 0) {
      types.boolean = (types.boolean ?? 0) + trues + falses;
      if (trues > 0) this.countBoolean(true, trues);
      if (falses > 0) this.countBoolean(false, falses);
    }
  }

  /**
   * `times` rows of a boolean. Called only for a column batch with booleans: a loop over [[true, trues], [false,
   * falses]] in addColumn built its arrays for every column of every batch (the line of addColumn with the most
   * samples in a CPU profile of the benchmark's columns).
   */
  private countBoolean(value: boolean, times: number): void {
    const key = valueKey(value);
    this.distinct.addHash(murmur3(key));
    const categories = this.categories;
    if (categories) this.count_(key, categories, times);
  }

  /**
   * The numbers of a column batch into the complete categories, as the scan sorted them: the numbers other than
   * small non-negative integers one by one, then the small ones (ages, counts), tallied in WebAssembly, once per
   * distinct value in order of first appearance. The same counts and distinct hashes as counting row by row:
   * the categories only drop once more than MAX_CATEGORIES keys are seen, whatever their order.
   */
  private countNumbers(scan: NumberScan): void {
    const { others, otherHashes } = scan;
    const n = scan.otherCount;
    const distinct = this.distinct;
    for (let k = 0; k < n; k++) {
      const categories = this.categories;
      if (categories === undefined || !this.count_(others[k], categories, 1)) distinct.addHash(otherHashes[k]);
    }
    if (scan.tallied > 0) this.countTallied(scan.tally, scan.touched, scan.tallied);
  }

  /**
   * The batch's small integers touched[0, tallied), with their counts in `small` (left all zero). A key already
   * counted (and so already hashed) is only added to its pending count.
   */
  private countTallied(small: Int32Array, touched: Int32Array, tallied: number): void {
    const known = (this.smallKnown ??= new Uint8Array(SMALL_INTEGERS));
    const pending = (this.smallPending ??= new Float64Array(SMALL_INTEGERS));
    for (let i = 0; i < tallied; i++) {
      const x = touched[i];
      const times = small[x];
      small[x] = 0;
      if (known[x] === 1) {
        pending[x] += times;
        continue;
      }
      const categories = this.categories;
      if (categories === undefined) this.distinct.addHash(hashNumber(x));
      else {
        if (!this.count_(x, categories, times)) this.distinct.addHash(hashNumber(x));
        if (this.categories !== undefined) {
          known[x] = 1;
          this.smallKeys.push(x);
        }
      }
    }
  }

  /** The pending counts of small integers added to the categories (see smallPending). */
  private settle(): void {
    const pending = this.smallPending;
    if (pending === undefined) return;
    const categories = this.categories;
    for (const x of this.smallKeys) {
      if (categories !== undefined && pending[x] > 0) categories.set(x, categories.get(x)! + pending[x]);
      pending[x] = 0;
    }
    if (categories === undefined) {
      this.smallKnown = undefined;
      this.smallPending = undefined;
      this.smallKeys = [];
    }
  }

  /** Whether the distinct sketch holds strings hashed as profiles of schemaVersion 1 did (see stringHashVersion). */
  get legacyStrings(): boolean {
    return this.strings > 0 && this.stringHashVersion === 1;
  }

  /** Throws when `other` cannot be merged into this profile (its strings' distinct sketch hashed differently). */
  assertMergeable(other: ColumnProfiler): void {
    if (this.strings > 0 && other.strings > 0 && this.stringHashVersion !== other.stringHashVersion) {
      throw new UserError(
        `cannot merge the profiles of column '${this.name}': one was saved by an earlier mlci (profile schemaVersion 1), ` +
        'whose distinct-value sketch hashes strings differently and has too many distinct values to be rebuilt; profile that data again',
      );
    }
  }

  merge(other: ColumnProfiler): void {
    this.assertMergeable(other);
    if (this.strings === 0) this.stringHashVersion = other.stringHashVersion;
    this.settle();
    other.settle();
    this.count += other.count;
    this.nulls += other.nulls;
    for (const [t, c] of Object.entries(other.types)) this.types[t] = (this.types[t] ?? 0) + c;
    mergeSums(this.sums, other.sums);
    if (other.sums.n > 0) this.sketch.merge(other.sketch);
    this.strings += other.strings;
    this.minLength = Math.min(this.minLength, other.minLength);
    this.maxLength = Math.max(this.maxLength, other.maxLength);
    this.distinct.merge(other.distinct);
    if (this.categories && other.categories) {
      for (const [k, c] of other.categories) this.categories.set(k, (this.categories.get(k) ?? 0) + c);
      if (this.categories.size > MAX_CATEGORIES) this.categories = undefined;
    } else {
      this.categories = undefined;
    }
  }

  /** Sample standard deviation (n − 1 denominator), as pandas and GE's expect_column_stdev use. */
  stdev(): number | null {
    return stdevOf(this.sums);
  }

  toJSON(): ColumnProfileJSON {
    this.settle();
    const categories = this.categories;
    const counts: Record<string, number> = {};
    if (categories) for (const [k, c] of categories) counts[savedKey(k)] = c;
    const top = categories ? topValues(categories, 10) : [];
    const profile: ColumnProfileJSON = {
      name: this.name,
      count: this.count,
      nulls: this.nulls,
      types: { ...this.types },
      distinct: {
        estimate: categories ? categories.size : this.distinct.estimate(),
        exact: categories !== undefined,
        sketch: this.distinct.toJSON(),
      },
      categories: { complete: categories !== undefined, counts },
      topValues: top,
    };
    const sums = this.sums;
    if (sums.n > 0) {
      const { min, max } = sums;
      const values = PROFILE_QUANTILES.map((q) => (q === 0 ? min : q === 1 ? max : this.sketch.quantile(q)!));
      profile.numeric = {
        count: sums.n, min, max, sum: sumOf(sums), mean: meanOf(sums)!, stdev: this.stdev(),
        quantiles: { probabilities: PROFILE_QUANTILES, values, relativeError: this.sketch.relativeAccuracy },
        histogram: categories ? exactHistogram(categories, min, max) : sketchHistogram(this.sketch, min, max),
        sketch: this.sketch.toJSON(),
        m2: m2Of(sums),
        sums: { sum: [sums.sumHi, sums.sumLo], squares: [sums.squaresHi, sums.squaresLo], ...(sums.head ? { head: sums.head } : {}) },
      };
    }
    if (this.strings > 0) profile.strings = { count: this.strings, minLength: this.minLength, maxLength: this.maxLength };
    return profile;
  }

  /** A copy of the mergeable parts (see ColumnProfileState). */
  state(): ColumnProfileState {
    this.settle();
    const sums = this.sums;
    return {
      name: this.name,
      count: this.count,
      nulls: this.nulls,
      types: { ...this.types },
      sums: { ...sums, head: sums.head?.slice() },
      sketch: this.sketch.toJSON(),
      strings: this.strings,
      minLength: this.minLength,
      maxLength: this.maxLength,
      registers: this.distinct.registers.slice(),
      categories: this.categories && new Map(this.categories),
    };
  }

  static fromState(state: ColumnProfileState): ColumnProfiler {
    const p = new ColumnProfiler(state.name);
    p.count = state.count;
    p.nulls = state.nulls;
    p.types = state.types;
    p.sums = state.sums;
    p.sketch = QuantileSketch.fromJSON(state.sketch);
    p.strings = state.strings;
    p.minLength = state.minLength;
    p.maxLength = state.maxLength;
    p.distinct.registers.set(state.registers);
    p.categories = state.categories;
    return p;
  }

  /** A saved column profile, of a profile of `schemaVersion` (see stringHashVersion). */
  static fromJSON(json: ColumnProfileJSON, schemaVersion: number): ColumnProfiler {
    const p = new ColumnProfiler(json.name);
    p.count = json.count;
    p.nulls = json.nulls;
    p.types = { ...json.types };
    if (json.numeric) {
      p.sums = numericSums(json.numeric);
      p.sketch = QuantileSketch.fromJSON(json.numeric.sketch);
    } else {
      // The head of a column without numbers: its rows, all without one.
      p.sums.head = json.count <= HEAD_ROWS ? new Array<null>(json.count).fill(null) : undefined;
    }
    if (json.strings) {
      p.strings = json.strings.count;
      p.minLength = json.strings.minLength;
      p.maxLength = json.strings.maxLength;
    }
    p.distinct = DistinctSketch.fromJSON(json.distinct.sketch);
    if (json.categories.complete) {
      p.categories = new Map(Object.entries(json.categories.counts).map(([k, c]) => [loadedKey(k), c]));
    } else {
      p.categories = undefined;
    }
    if (schemaVersion < 2 && p.strings > 0) {
      if (p.categories === undefined) p.stringHashVersion = 1;
      else {
        // Every distinct value is a category: the sketch as this version builds it, exactly.
        p.distinct = new DistinctSketch();
        for (const key of p.categories.keys()) {
          p.distinct.addHash(typeof key === 'number' ? hashNumber(key) : key.startsWith('s') ? stringHash(key.slice(1)) : murmur3(key));
        }
      }
    }
    return p;
  }
}

/** The count, min, max, Σx and Σx² of a saved profile's numbers. */
export function numericSums(numeric: NonNullable<ColumnProfileJSON['numeric']>): MomentSums {
  const { count, min, max, mean, m2, sums } = numeric;
  if (!sums) return sumsFromMoments(count, min, max, mean, m2);
  // JSON keeps no infinity or NaN: an overflowed Σx² (the only way for it to be non-finite) reads as null.
  const [sumHi, sumLo] = sums.sum;
  const [squaresHi, squaresLo] = sums.squares;
  return { n: count, min, max, sumHi: sumHi ?? NaN, sumLo: sumLo ?? NaN, squaresHi: squaresHi ?? Infinity, squaresLo: squaresLo ?? NaN, head: sums.head };
}

/** Start and length of a string's bytes (ColumnView.bytesOf). */
const span = new Int32Array(2);
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/**
 * A 32-bit hash of a number's IEEE-754 bits (MurmurHash3's finaliser over both words); -0 hashes as 0 and every
 * NaN as the one NaN (a typed array keeps a NaN's payload bits). Signed (same bits), so a call that is not
 * inlined returns no heap number (see murmur3). The profile's WebAssembly pass hashes the same (number-scan.ts).
 */
export function hashNumber(x: number): number {
  bits[0] = x === 0 ? 0 : x === x ? x : NaN;
  return fmix32(Math.imul(words[0] ^ 0x9747b28c, 0xcc9e2d51) ^ words[1]) | 0;
}

/** `bins` equal-width bins over [min, max] (one bin when min = max); the last edge is max itself. */
function histogramEdges(min: number, max: number): number[] {
  const bins = min === max ? 1 : HISTOGRAM_BINS;
  const width = (max - min) / bins;
  return Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
}

/** Each finite number among the (complete) category counts in the bin of the number itself. */
function exactHistogram(categories: Map<CategoryKey, number>, min: number, max: number): { edges: number[]; counts: number[]; exact: boolean } {
  const edges = histogramEdges(min, max);
  const counts = new Array<number>(edges.length - 1).fill(0);
  for (const [key, count] of categories) {
    if (typeof key === 'number' && key - key === 0) counts[binOf(edges, key)] += count;
  }
  return { edges, counts, exact: true };
}

/** Each sketch bucket counted in the bin of its representative value (right up to α at bin edges). */
function sketchHistogram(sketch: QuantileSketch, min: number, max: number): { edges: number[]; counts: number[]; exact: boolean } {
  const edges = histogramEdges(min, max);
  return { edges, counts: binSketch(sketch, edges), exact: false };
}

/**
 * The sketch's counts in the bins of `edges`, each bucket in the bin of its representative (binOf's bin). The
 * buckets come in increasing order of value, so each bin is found by moving on from the last one's.
 */
export function binSketch(sketch: QuantileSketch, edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length - 1).fill(0);
  let bin = 0;
  const last = counts.length - 1;
  for (const [value, count] of sketch.buckets()) {
    while (bin < last && value >= edges[bin + 1]) bin++;
    counts[bin] += count;
  }
  return counts;
}

/**
 * The `n` most frequent categories, by count and then by saved key: what sorting them all gives, kept in one pass
 * (sorting up to MAX_CATEGORIES keys per column took several ms of the main thread's tail, its code still cold).
 */
function topValues(categories: Map<CategoryKey, number>, n: number): Array<{ value: Value; count: number }> {
  const top: Array<{ key: string; count: number; category: CategoryKey }> = [];
  const before = (count: number, key: string, other: { key: string; count: number }): boolean => count > other.count || (count === other.count && key < other.key);
  for (const [category, count] of categories) {
    if (top.length === n && count < top[n - 1].count) continue;
    const key = savedKey(category);
    if (top.length === n && !before(count, key, top[n - 1])) continue;
    let at = top.length === n ? n - 1 : top.length;
    while (at > 0 && before(count, key, top[at - 1])) {
      top[at] = top[at - 1];
      at--;
    }
    top[at] = { key, count, category };
  }
  return top.map((t) => ({ value: keyValue(t.category), count: t.count }));
}

/** The bin of x among `edges` (bin i is [edges[i], edges[i+1]); values beyond either end go to the end bins). */
export function binOf(edges: readonly number[], x: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (x >= edges[mid]) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
