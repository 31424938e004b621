/**
 * A batch of rows stored by column, as the CSV/TSV reader fills it straight from the bytes (no value per cell).
 *
 * Each column is a `ColumnView`: per row a kind byte (missing, number, text, true, false), the number in a
 * Float64Array and, for text, a code into the batch's dictionary of distinct strings. Strings are interned by
 * a hash of their bytes (FNV-1a over 4-byte little-endian words, then the bytes left over, then MurmurHash3's
 * finaliser so the low bits the table uses depend on every byte; equal bytes are compared before two codes
 * are taken as one value),
 * so a check or the profile can work once per distinct value of the batch instead of once per row, and a
 * string is decoded from UTF-8 only when something asks for it (`text(code)`), once per batch.
 * Codes are given in order of first appearance in the batch.
 */
import { fmix32 } from '@mlci/core';
import type { Value } from '../values.ts';

export const MISSING = 0;
export const NUMBER = 1;
export const TEXT = 2;
export const TRUE = 3;
export const FALSE = 4;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * The hash strings are interned by (signed 32 bits): FNV-1a over 4-byte little-endian words, then the bytes
 * left, then MurmurHash3's finaliser. Each step (h ^ w) · P is a bijection of h, so strings of one length that
 * differ in a word differ before the finaliser.
 */
export function internHash(data: Uint8Array, s: number, e: number): number {
  let h = FNV_OFFSET;
  let i = s;
  for (const last = e - 3; i < last; i += 4) h = Math.imul(h ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)), FNV_PRIME);
  for (; i < e; i++) h = Math.imul(h ^ data[i], FNV_PRIME);
  return fmix32(h) | 0;
}

/** Room for the UTF-8 bytes of a string hashed by stringHash: at most 3 bytes per UTF-16 unit (a surrogate pair's 4 bytes are 2 units). */
const stringBytes = Buffer.allocUnsafe(3 * 4096);

/**
 * internHash of a string's UTF-8 bytes: the hash the profile counts distinct strings by, the same for a string
 * read from a CSV file's bytes (interned with internHash) as for one a row reader decoded. A string of more than
 * 4,096 units is encoded on its own (the shared room stays small however long the strings of a file).
 */
export function stringHash(text: string): number {
  if (3 * text.length > stringBytes.length) {
    const bytes = Buffer.from(text, 'utf8');
    return internHash(bytes, 0, bytes.length);
  }
  return internHash(stringBytes, 0, stringBytes.write(text, 0, 'utf8'));
}

/**
 * A DataView of a buffer's bytes: interning copies and compares a string's bytes 4 at a time through it, the last
 * word overlapping the one before. Byte by byte, the copy alone took ~40 ns of a new e-mail address's ~51 ns; with
 * words, interning takes ~40 ns (a category's repeated word of ~8 bytes: 25 → 21 ns). Measured with a scratch
 * script over the benchmark file's columns, 2048 rows a batch.
 */
function words(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** words() of the buffer strings are interned from, kept while the caller passes the same one (the range reader reuses one buffer). */
let lastData: Uint8Array | undefined;
let lastWords: DataView = new DataView(new ArrayBuffer(0));
function wordsOf(data: Uint8Array): DataView {
  if (data !== lastData) {
    lastData = data;
    lastWords = words(data);
  }
  return lastWords;
}

/** Room for codes a new view's dictionary starts with (it doubles as needed). */
const FIRST_CODES = 256;

export class ColumnView {
  length = 0;
  kinds: Uint8Array;
  numbers: Float64Array;
  codes: Int32Array;
  /** Distinct strings so far; codes are 0 … size − 1. */
  size = 0;
  private arena: Buffer = Buffer.allocUnsafe(1 << 14);
  /** The arena's bytes, for copies and comparisons 4 bytes at a time (see words). */
  private arenaWords = words(this.arena);
  private arenaUsed = 0;
  private starts = new Int32Array(FIRST_CODES);
  private lengths = new Int32Array(FIRST_CODES);
  private hashes = new Int32Array(FIRST_CODES);
  /**
   * Decoded strings by code (text()): one slot per entry of `starts`, made with it and grown with it. It was
   * pushed to in internHashed as codes were added, and that push threw each scan worker's optimised
   * internHashed away once (`node --trace-deopt`: "not a Smi" at the push).
   */
  private texts: Array<string | undefined> = Array.from({ length: FIRST_CODES }, () => undefined);
  /** codeCounts() of the first `countedRows` rows (cleared when rows are reset or taken back). */
  private counts: Int32Array | undefined;
  private countedRows = 0;
  /** summary() of the first `summarizedRows` rows (−1: none; cleared when rows are reset or taken back). */
  private readonly kindSummary: KindSummary = { missing: 0, numbers: 0, finite: 0, texts: 0, trues: 0, falses: 0, min: Infinity, max: -Infinity };
  private summarizedRows = -1;
  /** Open addressing over codes + 1 (0: empty slot), by hash. */
  private table = new Int32Array(1024);

  constructor(capacity: number) {
    this.kinds = new Uint8Array(capacity);
    this.numbers = new Float64Array(capacity);
    this.codes = new Int32Array(capacity);
  }

  private grow(): void {
    const capacity = this.kinds.length * 2;
    const kinds = new Uint8Array(capacity);
    kinds.set(this.kinds);
    const numbers = new Float64Array(capacity);
    numbers.set(this.numbers);
    const codes = new Int32Array(capacity);
    codes.set(this.codes);
    this.kinds = kinds;
    this.numbers = numbers;
    this.codes = codes;
  }

  /** Empties the view for the next batch, keeping its buffers. */
  reset(): void {
    this.length = 0;
    this.counts = undefined;
    this.summarizedRows = -1;
    if (this.size > 0) {
      this.arenaUsed = 0;
      // Kept (not replaced) so a batch with as many strings as the last does not regrow the array.
      this.texts.fill(undefined, 0, this.size);
      this.size = 0;
      this.table.fill(0);
    }
  }

  pushMissing(): void {
    if (this.length === this.kinds.length) this.grow();
    this.kinds[this.length++] = MISSING;
  }

  /**
   * A number, handed over in a typed slot (slot[0]): a double passed as the argument of a call that is not
   * inlined is boxed (see CsvParser's `fast`).
   */
  pushNumberFrom(slot: Float64Array): void {
    if (this.length === this.kinds.length) this.grow();
    this.numbers[this.length] = slot[0];
    this.kinds[this.length++] = NUMBER;
  }

  pushBoolean(b: boolean): void {
    if (this.length === this.kinds.length) this.grow();
    this.kinds[this.length++] = b ? TRUE : FALSE;
  }

  /** A string given by its UTF-8 bytes data[s, e). */
  pushBytes(data: Uint8Array, s: number, e: number): void {
    if (this.length === this.kinds.length) this.grow();
    this.codes[this.length] = this.intern(data, s, e);
    this.kinds[this.length++] = TEXT;
  }

  pushText(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    this.pushBytes(bytes, 0, bytes.length);
  }

  /** The code of the string data[s, e), a new one when it was not seen in this batch. */
  intern(data: Uint8Array, s: number, e: number): number {
    return this.internHashed(data, s, e, internHash(data, s, e));
  }

  /**
   * intern, with internHash(data, s, e) already computed (by the CSV reader's WebAssembly loop). Small enough for
   * V8 to inline into the reader's loop: a string seen before in the batch (most of a category column's) costs
   * no call; a new one is added by `add`.
   */
  internHashed(data: Uint8Array, s: number, e: number, h: number): number {
    const table = this.table;
    const mask = table.length - 1;
    const n = e - s;
    const hashes = this.hashes;
    const lengths = this.lengths;
    let slot = h & mask;
    for (;;) {
      const entry = table[slot];
      if (entry === 0) return this.add(data, s, e, h, slot);
      const c = entry - 1;
      if (hashes[c] === h && lengths[c] === n && this.same(c, data, s, n)) return c;
      slot = (slot + 1) & mask;
    }
  }

  /** internHashed's new string: the next code, its bytes copied, put in the table at the empty `slot` of its probe. */
  private add(data: Uint8Array, s: number, e: number, h: number, slot: number): number {
    const table = this.table;
    const n = e - s;
    const code = this.size++;
    if (code === this.starts.length) this.growDictionary();
    if (this.arenaUsed + n > this.arena.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.arenaUsed + n));
      this.arena.copy(bigger, 0, 0, this.arenaUsed);
      this.arena = bigger;
      this.arenaWords = words(bigger);
    }
    const arena = this.arena;
    const at = this.arenaUsed;
    if (n < 32) {
      const from = wordsOf(data);
      const to = this.arenaWords;
      if (n >= 4) {
        // Whole words, the last one overlapping the one before when n is not a multiple of 4.
        for (let i = 0; i < n - 4; i += 4) to.setInt32(at + i, from.getInt32(s + i, true), true);
        to.setInt32(at + n - 4, from.getInt32(s + n - 4, true), true);
      } else for (let i = 0; i < n; i++) arena[at + i] = data[s + i];
    } else arena.set(data.subarray(s, e), at);
    this.arenaUsed += n;
    this.starts[code] = at;
    this.lengths[code] = n;
    this.hashes[code] = h;
    table[slot] = code + 1;
    if (this.size * 2 > table.length) this.rehash();
    return code;
  }

  /**
   * Drops the rows from `length` on (the parser takes back the fields of a record it does not emit), and any
   * string code such a row was the first to use, so the batch is as if the rows were never pushed.
   */
  truncate(length: number): void {
    this.counts = undefined;
    this.summarizedRows = -1;
    while (this.length > length) {
      const r = --this.length;
      if (this.kinds[r] !== TEXT) continue;
      const code = this.codes[r];
      if (code !== this.size - 1) continue;
      let earlier = false;
      for (let q = r - 1; q >= 0 && !earlier; q--) earlier = this.kinds[q] === TEXT && this.codes[q] === code;
      if (!earlier) this.forgetLast();
    }
  }

  /**
   * Forgets the newest code. Safe with linear probing: every other code was inserted before it, while its slot
   * was still empty, so no other code's probe sequence runs through that slot.
   */
  private forgetLast(): void {
    const code = --this.size;
    const table = this.table;
    const mask = table.length - 1;
    let slot = this.hashes[code] & mask;
    while (table[slot] !== code + 1) slot = (slot + 1) & mask;
    table[slot] = 0;
    this.arenaUsed = this.starts[code];
    this.texts[code] = undefined;
  }

  private same(c: number, data: Uint8Array, s: number, n: number): boolean {
    const arena = this.arena;
    const at = this.starts[c];
    const from = wordsOf(data);
    const to = this.arenaWords;
    if (n < 4) {
      for (let i = 0; i < n; i++) if (arena[at + i] !== data[s + i]) return false;
      return true;
    }
    for (let i = 0; i < n - 4; i += 4) if (to.getInt32(at + i, true) !== from.getInt32(s + i, true)) return false;
    return to.getInt32(at + n - 4, true) === from.getInt32(s + n - 4, true);
  }

  private growDictionary(): void {
    const size = this.starts.length * 2;
    for (const name of ['starts', 'lengths', 'hashes'] as const) {
      const bigger = new Int32Array(size);
      bigger.set(this[name]);
      this[name] = bigger;
    }
    while (this.texts.length < size) this.texts.push(undefined);
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let c = 0; c < this.size; c++) {
      let slot = this.hashes[c] & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = c + 1;
    }
    this.table = table;
  }

  /** The string of a code (decoded once). */
  text(code: number): string {
    let t = this.texts[code];
    if (t === undefined) {
      t = this.arena.toString('utf8', this.starts[code], this.starts[code] + this.lengths[code]);
      this.texts[code] = t;
    }
    return t;
  }

  /** The value of row r as the row-wise API gives it. */
  value(r: number): Value {
    switch (this.kinds[r]) {
      case NUMBER: return this.numbers[r];
      case TEXT: return this.text(this.codes[r]);
      case TRUE: return true;
      case FALSE: return false;
      default: return null;
    }
  }

  /**
   * How many rows hold each code (length `size`; read-only). Counted once per batch: the profile and every
   * distinct-value check of the column ask for it.
   */
  codeCounts(): Int32Array {
    if (this.counts !== undefined && this.countedRows === this.length) return this.counts;
    const counts = new Int32Array(this.size);
    const kinds = this.kinds;
    const codes = this.codes;
    for (let r = 0; r < this.length; r++) if (kinds[r] === TEXT) counts[codes[r]]++;
    this.countedRows = this.length;
    return (this.counts = counts);
  }

  /**
   * The rows by kind, and the least and greatest finite numbers, counted once per batch (read-only; valid until
   * rows are added or the view is reset). The map checks use it to pass a batch without a loop over its rows
   * when none of them can fail. The profile's pass over the batch counts the same (sketch/number-scan.ts) and
   * hands it over (`noteSummary`), so that with a profile it costs no pass of its own.
   */
  summary(): Readonly<KindSummary> {
    const s = this.kindSummary;
    if (this.summarizedRows === this.length) return s;
    const kinds = this.kinds;
    const numbers = this.numbers;
    let missing = 0;
    let count = 0;
    let finite = 0;
    let texts = 0;
    let trues = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let r = 0; r < this.length; r++) {
      const kind = kinds[r];
      if (kind === NUMBER) {
        count++;
        const x = numbers[r];
        if (x - x === 0) {
          finite++;
          if (x < min) min = x;
          if (x > max) max = x;
        }
      } else if (kind === TEXT) texts++;
      else if (kind === MISSING) missing++;
      else if (kind === TRUE) trues++;
    }
    s.missing = missing;
    s.numbers = count;
    s.finite = finite;
    s.texts = texts;
    s.trues = trues;
    s.falses = this.length - missing - count - texts - trues;
    s.min = min;
    s.max = max;
    this.summarizedRows = this.length;
    return s;
  }

  /** Takes `summary` of the rows now in the view as counted elsewhere (the profile's pass). */
  noteSummary(from: Readonly<KindSummary>): void {
    const s = this.kindSummary;
    s.missing = from.missing;
    s.numbers = from.numbers;
    s.finite = from.finite;
    s.texts = from.texts;
    s.trues = from.trues;
    s.falses = from.falses;
    s.min = from.min;
    s.max = from.max;
    this.summarizedRows = this.length;
  }

  /**
   * The UTF-8 bytes of a code's string without decoding it: returns the buffer holding them and puts their
   * start and length in span[0] and span[1]. Codes lie in order in that buffer (code c + 1 starts where c
   * ends), so the bytes of every string of the batch are [0, end of code size − 1). Read-only, valid until
   * the view is reset. (Appended for the profile and checks: hashing or decoding strings a batch at a time.)
   */
  bytesOf(code: number, span: Int32Array): Buffer {
    span[0] = this.starts[code];
    span[1] = this.lengths[code];
    return this.arena;
  }

  /**
   * bytesOf of every code at once: code c's bytes are [starts[c], starts[c] + lengths[c]) of `bytes`, for
   * c < size (read-only, valid until the view is reset).
   */
  spans(): { bytes: Buffer; starts: Int32Array; lengths: Int32Array } {
    return { bytes: this.arena, starts: this.starts, lengths: this.lengths };
  }

  /** internHash of each code's bytes (hashes[c] for c < size; read-only, valid until the view is reset). */
  stringHashes(): Int32Array {
    return this.hashes;
  }
}

/** A column batch's rows by kind (see ColumnView.summary). */
export interface KindSummary {
  missing: number;
  numbers: number;
  texts: number;
  trues: number;
  falses: number;
  /** Numbers other than NaN and ±Infinity; min and max are theirs (Infinity and −Infinity when there are none). */
  finite: number;
  min: number;
  max: number;
}

/** Rows of one file, by column; `lines[r]` is the 1-based line where row r starts. */
export interface ColumnBatch {
  file: string;
  columns: readonly string[];
  length: number;
  views: ColumnView[];
  lines: Int32Array;
}

export function isColumnBatch(batch: object): batch is ColumnBatch {
  return 'views' in batch;
}

/** What the CSV parser fills: one view per column and the line of each row. */
export class ColumnBatchBuilder {
  readonly views: ColumnView[];
  lines: Int32Array;
  length = 0;

  constructor(width: number, capacity = 8192) {
    this.views = Array.from({ length: width }, () => new ColumnView(capacity));
    this.lines = new Int32Array(capacity);
  }

  endRow(line: number): void {
    if (this.length === this.lines.length) {
      const bigger = new Int32Array(this.lines.length * 2);
      bigger.set(this.lines);
      this.lines = bigger;
    }
    this.lines[this.length++] = line;
  }

  batch(file: string, columns: readonly string[]): ColumnBatch {
    return { file, columns, length: this.length, views: this.views, lines: this.lines };
  }

  /** Empties every view for the next batch (the previous batch must no longer be in use). */
  reset(): void {
    this.length = 0;
    for (const view of this.views) view.reset();
  }
}

/** The rows of a column batch as arrays of values (for row-wise consumers). */
export function batchRows(batch: ColumnBatch): Value[][] {
  const rows: Value[][] = new Array(batch.length);
  for (let r = 0; r < batch.length; r++) rows[r] = batch.views.map((v) => v.value(r));
  return rows;
}
