/**
 * Every number of a column, for exact order statistics (median, quantiles) in bounded memory.
 *
 * Up to `BUFFER_VALUES` numbers stay in memory; beyond that they are appended to a temporary file, 8 bytes
 * each. A value of a given rank in sorted order is found by radix selection (as in "American flag" radix
 * sort, McIlroy, Bostic & McIlroy 1993): each double maps to a 64-bit key whose unsigned order is the
 * numeric order (sign bit flipped for positives, all bits flipped for negatives; −0 sorts just before 0).
 * One pass counts the keys' top 16 bits; the bucket holding the rank is kept, and while it holds more than
 * `COLLECT_LIMIT` values the next 16 bits are counted among its values only. The final bucket's values are
 * collected and sorted. Several ranks asked at once (a median's two middle ranks) share the first counting
 * pass, and those whose top-16-bit bucket is small enough are collected in one more shared pass. Memory: the
 * buffer, 65,536 counters and at most `COLLECT_LIMIT` values per rank asked, whatever the number of rows;
 * time: two passes over the numbers for such ranks together, up to five per rank otherwise.
 * While the column holds at most `DISTINCT_LIMIT` distinct numbers they are only counted (counted-numbers.ts):
 * nothing is spilled, and the ranks come from the sorted distinct values. A partial scan hands its sorted
 * counts over; the absorbing side keeps each part as it is (one per partial scan) and walks them in merged
 * order. Beyond the limit the counts are written out as numbers (their order does not matter to order
 * statistics).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CountedNumbers, DISTINCT_LIMIT, selectCounted, type CountedState } from './counted-numbers.ts';

const BUFFER_VALUES = 1 << 16;
/** `add`'s number, handed to `addMany` as a batch of one. */
const ONE = new Float64Array(1);
const COLLECT_LIMIT = 1 << 18;
const READ_VALUES = 1 << 16;

/** A partial scan's numbers: in memory, or in a file the absorbing side reads and deletes. */
export interface SpilledState {
  count: number;
  values?: Float64Array;
  file?: string;
  dir?: string;
  /** The numbers as distinct values and counts (while there were few). */
  counted?: CountedState;
}

export class SpilledNumbers {
  count = 0;
  private buffer = new Float64Array(1024);
  private used = 0;
  private dir: string | undefined;
  private fd: number | undefined;
  private spilledCount = 0;
  private readonly absorbed: SpilledState[] = [];
  private reads: Float64Array | undefined;
  private counts: Float64Array | undefined;
  /** Counting distinct values (see the module comment) until the first one past the limit. */
  private counting = true;
  private counted: CountedNumbers | undefined;
  /** Partial scans' counts, absorbed while counting. */
  private readonly countedParts: CountedState[] = [];
  private readonly distinctLimit: number;

  /** `distinctLimit`: distinct numbers counted before keeping them one by one (tests lower it). */
  constructor(options: { distinctLimit?: number } = {}) {
    this.distinctLimit = options.distinctLimit ?? DISTINCT_LIMIT;
  }

  add(x: number): void {
    ONE[0] = x;
    this.addMany(ONE, 1);
  }

  /** `add` of values[0, m), in one call per batch. */
  addMany(values: Float64Array, m: number): void {
    this.count += m;
    let i = 0;
    if (this.counting) {
      i = (this.counted ??= new CountedNumbers(this.distinctLimit)).addMany(values, 0, m);
      if (i === m) return;
      this.keepOneByOne();
    }
    for (; i < m; i++) this.push(values[i]);
  }

  /** Leaves counting: the counted numbers go to the buffer (and the file) one by one. */
  private keepOneByOne(): void {
    this.counting = false;
    const counted = this.counted;
    this.counted = undefined;
    counted?.forEach((x, times) => {
      for (let k = 0; k < times; k++) this.push(x);
    });
    for (const part of this.countedParts) this.absorbed.push({ count: part.counts.reduce((a, b) => a + b, 0), counted: part });
    this.countedParts.length = 0;
  }

  private push(x: number): void {
    if (this.used === this.buffer.length) {
      if (this.used < BUFFER_VALUES) {
        const bigger = new Float64Array(this.buffer.length * 2);
        bigger.set(this.buffer);
        this.buffer = bigger;
      } else {
        this.spill();
      }
    }
    this.buffer[this.used++] = x;
  }

  private file(): string {
    this.dir ??= mkdtempSync(join(tmpdir(), 'mlci-order-'));
    return join(this.dir, 'values');
  }

  private spill(): void {
    this.fd ??= openSync(this.file(), 'w+');
    writeSync(this.fd, this.buffer, 0, this.used * 8);
    this.spilledCount += this.used;
    this.used = 0;
  }

  /** Hands the numbers over (small sets by value, large ones as their file, which the receiver deletes). */
  snapshot(): SpilledState {
    if (this.counting && this.absorbed.length === 0 && this.countedParts.length === 0) {
      return { count: this.count, counted: this.counted?.state() ?? { values: new Float64Array(0), counts: new Float64Array(0) } };
    }
    if (this.counting) this.keepOneByOne();
    if (this.fd === undefined && this.absorbed.length === 0) return { count: this.count, values: this.buffer.slice(0, this.used) };
    this.spill();
    closeSync(this.fd!);
    this.fd = undefined;
    // The absorbed sets are merged in (rare: a partial scan that itself absorbed others).
    const out = openSync(this.file(), 'a');
    for (const chunk of this.chunksOf(this.absorbed)) writeSync(out, chunk);
    closeSync(out);
    this.cleanAbsorbed();
    return { count: this.count, file: this.file(), dir: this.dir };
  }

  absorb(state: SpilledState): void {
    this.count += state.count;
    if (state.counted !== undefined && this.counting) this.countedParts.push(state.counted);
    else this.absorbed.push(state);
  }

  /** The values at 0-based `ranks` of the ascending order of all the numbers. */
  select(ranks: readonly number[]): number[] {
    if (this.counting && this.absorbed.length === 0) {
      return selectCounted(this.counted ? [this.counted.state(), ...this.countedParts] : this.countedParts, ranks);
    }
    if (this.counting) this.keepOneByOne();
    const total = this.count;
    if (total <= COLLECT_LIMIT) {
      const all = new Float64Array(total);
      let at = 0;
      for (const chunk of this.chunks()) {
        all.set(chunk, at);
        at += chunk.length;
      }
      all.sort();
      return ranks.map((r) => all[r]);
    }
    const found = this.selectShallow([...new Set(ranks)]);
    for (const r of ranks) if (!found.has(r)) found.set(r, this.selectOne(r));
    return ranks.map((r) => found.get(r)!);
  }

  /**
   * The ranks whose top-16-bit bucket holds at most COLLECT_LIMIT values, in two passes for all of them: one
   * counting the buckets, one collecting the wanted buckets' values (then sorted). Other ranks are left out.
   */
  private selectShallow(ranks: readonly number[]): Map<number, number> {
    this.counts ??= new Float64Array(1 << 16);
    const counts = this.counts;
    counts.fill(0);
    for (const chunk of this.chunks()) {
      const words = wordsOf(chunk);
      for (let i = 0; i < chunk.length; i++) counts[topDigit(words[2 * i + 1])]++;
    }
    // Bucket of each rank and the rank within it; slot[b] ≥ 0 for a bucket to collect.
    const slot = new Int32Array(1 << 16).fill(-1);
    const buckets: Float64Array[] = [];
    const wanted: Array<{ rank: number; slot: number; within: number }> = [];
    for (const rank of ranks) {
      let b = 0;
      let within = rank;
      while (within >= counts[b]) within -= counts[b++];
      if (counts[b] > COLLECT_LIMIT) continue;
      if (slot[b] < 0) {
        slot[b] = buckets.length;
        buckets.push(new Float64Array(counts[b]));
      }
      wanted.push({ rank, slot: slot[b], within });
    }
    const found = new Map<number, number>();
    if (wanted.length === 0) return found;
    const filled = new Int32Array(buckets.length);
    for (const chunk of this.chunks()) {
      const words = wordsOf(chunk);
      for (let i = 0; i < chunk.length; i++) {
        const s = slot[topDigit(words[2 * i + 1])];
        if (s >= 0) buckets[s][filled[s]++] = chunk[i];
      }
    }
    for (const bucket of buckets) bucket.sort();
    for (const w of wanted) found.set(w.rank, buckets[w.slot][w.within]);
    return found;
  }

  private selectOne(rank: number): number {
    // Fixed key bits so far (prefix of `level` × 16 bits) and the rank within the values sharing them.
    let prefixHi = 0;
    let prefixLo = 0;
    let within = rank;
    this.counts ??= new Float64Array(1 << 16);
    const counts = this.counts;
    const keys = new Uint32Array(2);
    const key = keyOf;
    for (let level = 0; level < 4; level++) {
      counts.fill(0);
      for (const chunk of this.chunks()) {
        for (let i = 0; i < chunk.length; i++) {
          key(chunk[i], keys);
          if (!sharesPrefix(keys, prefixHi, prefixLo, level)) continue;
          counts[digit(keys, level)]++;
        }
      }
      let b = 0;
      while (within >= counts[b]) within -= counts[b++];
      if (level < 2) prefixHi = prefixHi | (b << (16 - 16 * level));
      else prefixLo = prefixLo | (b << (16 - 16 * (level - 2)));
      prefixHi >>>= 0;
      prefixLo >>>= 0;
      if (counts[b] <= COLLECT_LIMIT || level === 3) {
        const bucket = new Float64Array(counts[b]);
        let at = 0;
        for (const chunk of this.chunks()) {
          for (let i = 0; i < chunk.length; i++) {
            key(chunk[i], keys);
            if (sharesPrefix(keys, prefixHi, prefixLo, level + 1)) bucket[at++] = chunk[i];
          }
        }
        bucket.sort();
        return bucket[within];
      }
    }
    throw new Error('unreachable: four levels fix all 64 key bits');
  }

  /** Every number, in chunks: the absorbed sets, this scan's file, then its buffer. */
  private *chunks(): Generator<Float64Array> {
    yield* this.chunksOf(this.absorbed);
    if (this.fd !== undefined) yield* readChunks(this.fd, this.spilledCount, this.readBuffer());
    yield this.buffer.subarray(0, this.used);
  }

  private *chunksOf(states: readonly SpilledState[]): Generator<Float64Array> {
    for (const s of states) {
      if (s.counted) yield* this.countedChunks(s.counted);
      else if (s.values) yield s.values;
      else if (s.file) {
        const fd = openSync(s.file, 'r');
        try {
          yield* readChunks(fd, s.count, this.readBuffer());
        } finally {
          closeSync(fd);
        }
      }
    }
  }

  /** Counted numbers one by one, in chunks of the read buffer. */
  private *countedChunks(counted: CountedState): Generator<Float64Array> {
    const buffer = this.readBuffer();
    let used = 0;
    for (let k = 0; k < counted.values.length; k++) {
      for (let t = 0; t < counted.counts[k]; t++) {
        if (used === buffer.length) {
          yield buffer;
          used = 0;
        }
        buffer[used++] = counted.values[k];
      }
    }
    if (used > 0) yield buffer.subarray(0, used);
  }

  /** One read buffer for every pass (fresh ones per pass would pile up as garbage before a GC). */
  private readBuffer(): Float64Array {
    this.reads ??= new Float64Array(READ_VALUES);
    return this.reads;
  }

  private cleanAbsorbed(): void {
    for (const s of this.absorbed) if (s.dir) rmSync(s.dir, { recursive: true, force: true });
    this.absorbed.length = 0;
  }

  /** Deletes the file of a snapshot that will not be absorbed. */
  static discard(state: SpilledState): void {
    if (state.dir) rmSync(state.dir, { recursive: true, force: true });
  }

  /** Deletes every temporary file (this scan's and the absorbed ones). */
  close(): void {
    this.counted = undefined;
    this.countedParts.length = 0;
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
    this.cleanAbsorbed();
  }
}

const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);

/** The 64-bit key of x (see the module comment) as [high word, low word]. */
function keyOf(x: number, out: Uint32Array): void {
  scratch[0] = x;
  const hi = scratchWords[1];
  const lo = scratchWords[0];
  if (hi >>> 31) { out[0] = ~hi; out[1] = ~lo; } else { out[0] = hi | 0x80000000; out[1] = lo; }
}

/**
 * The key's top 16 bits (its first radix digit) from the double's high word alone: as `keyOf`, all bits
 * flipped for a negative number (sign bit set), the sign bit set for any other.
 */
function topDigit(high: number): number {
  return (high >>> 31 ? ~high : high | 0x80000000) >>> 16;
}

/** A chunk's 32-bit words (little-endian: the high word of chunk[i] is words[2i + 1]), without copying. */
function wordsOf(chunk: Float64Array): Uint32Array {
  return new Uint32Array(chunk.buffer, chunk.byteOffset, chunk.length * 2);
}

/** Whether the key's first `level` × 16 bits equal the prefix's. */
function sharesPrefix(keys: Uint32Array, prefixHi: number, prefixLo: number, level: number): boolean {
  if (level === 0) return true;
  if (level === 1) return keys[0] >>> 16 === prefixHi >>> 16;
  if (level === 2) return keys[0] === prefixHi;
  if (level === 3) return keys[0] === prefixHi && keys[1] >>> 16 === prefixLo >>> 16;
  return keys[0] === prefixHi && keys[1] === prefixLo;
}

/** The key's 16-bit digit number `level` (0: the top 16 bits). */
function digit(keys: Uint32Array, level: number): number {
  return level === 0 ? keys[0] >>> 16 : level === 1 ? keys[0] & 0xffff : level === 2 ? keys[1] >>> 16 : keys[1] & 0xffff;
}

/** `count` doubles from the start of an open file, in chunks of a reused buffer. */
function* readChunks(fd: number, count: number, buffer: Float64Array): Generator<Float64Array> {
  for (let done = 0; done < count;) {
    const want = Math.min(buffer.length, count - done);
    const bytes = readSync(fd, buffer, 0, want * 8, done * 8);
    const n = bytes / 8;
    if (n === 0) throw new Error('spilled numbers file ended early');
    yield buffer.subarray(0, n);
    done += n;
  }
}
