/**
 * Exact duplicate detection in bounded memory, by hashing and spilling to disk.
 *
 * Each key is hashed to 64 bits (two MurmurHash3 32-bit hashes with different seeds) and appended, with its
 * row and line, to one of 64 partition files chosen by the hash's top bits. A number is hashed from its
 * IEEE-754 bits (−0 as 0) and kept in the record itself; any other value's text goes to a side file and only
 * its offset is kept. At the end each partition (1/64 of the rows) is loaded and its hashes counted in an
 * open-addressing table: every row whose hash occurs two or more times is a duplicate (pandas'
 * `duplicated(keep=False)`). Memory: 64 write buffers of 28 KiB plus one partition at a time (28 bytes a
 * row plus the table: about 12 MB a partition at 20 million rows).
 * Caveat, stated in results: two different values with the same 64-bit hash would be reported as
 * duplicates; for n distinct values the chance is about n² / 2⁶⁵ (≈ 10⁻⁷ at 2 million).
 * Integers that come as runs of consecutive values on consecutive rows (row ids) are kept as runs instead
 * (integer-runs.ts: no hashing, no spilling; their duplicates are found exactly from the runs' overlaps), as
 * long as a scan has at most MAX_RUNS of them; past that, and when merging with a scan that gave up its runs,
 * the runs become records like any other value.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmix32 } from '@mlci/core';
import { murmur3, MURMUR_SEED } from '../sketch/distinct.ts';
import type { Value } from '../values.ts';
import { MAX_EXAMPLES, UnexpectedTracker, type UnexpectedExample } from './result.ts';
import { IntegerRuns, RUN_FIELDS, findRunDuplicates, type RunSource } from './integer-runs.ts';

const PARTITIONS = 64;
// h1, h2, row, line, file id × 2 + (1 for a number), then the number's bits or the value's offset (low, high).
const RECORD_WORDS = 7;
// Signed, as MURMUR_SEED (0x9747b28c) is: a small integer to V8, like SEED2 (see MURMUR_SEED).
const SEED1 = MURMUR_SEED;
const SEED2 = 0x5bd1e995;
const bits = new Float64Array(1);
// Signed views of the words (rows, lines and offsets are read back unsigned): a uint32 of 2³¹ or more passed
// to or returned from a call that is not inlined is a heap number, an allocation per value.
const words = new Int32Array(bits.buffer);
const BUFFER_RECORDS = 1024;

interface Partition {
  records: Int32Array;
  used: number;
  fd: number | undefined;
  spilled: number;
}

/** A finished partial scan's spill files, to be merged (see `snapshot`/`absorb`). */
export interface FinderState {
  dir: string | undefined;
  counts: number[];
  files: Array<[number, string]>;
  considered: number;
  /** The scan's integer runs (IntegerRuns.snapshot); undefined once it turned them into records. */
  runs: Float64Array | undefined;
}

/**
 * One part of a finish, run on another thread (parallel/run.ts): partitions [from, to) of the given sources
 * (the absorbed partial scans, with their shifts).
 */
export interface DuplicatesPart {
  sources: Array<{ dir: string | undefined; counts: number[]; files: Array<[number, string]>; shift: { rows: number; lines: number } }>;
  from: number;
  to: number;
}

/** What a part found: how many rows are duplicates, and the first of them (by row) with their values. */
export interface DuplicatesPartResult {
  count: number;
  examples: UnexpectedExample[];
}

interface Source {
  dir: string | undefined;
  counts: number[];
  files: Map<number, string>;
  shift: { rows: number; lines: number };
  valuesFd?: number;
  runs: Float64Array | undefined;
}

export class DuplicateFinder {
  readonly unexpected = new UnexpectedTracker();
  considered = 0;
  private dir: string | undefined;
  private readonly partitions: Partition[] = Array.from({ length: PARTITIONS }, () => ({ records: new Int32Array(BUFFER_RECORDS * RECORD_WORDS), used: 0, fd: undefined, spilled: 0 }));
  private valuesFd: number | undefined;
  private valueOffset = 0;
  private valueBuffer: string[] = [];
  private valueBufferBytes = 0;
  private readonly files = new Map<number, string>();
  private fileIds = new Map<string, number>();
  private lastFile: string | undefined;
  private lastFileId = 0;
  private readonly others: Source[] = [];
  /** Integer runs of this scan (integer-runs.ts); undefined once they were turned into records. */
  private runs: IntegerRuns | undefined = new IntegerRuns();

  /** A value by its key (see `valueKey`); the value itself is kept for the examples. */
  add(key: string, value: Value, row: number, file: string, line: number | undefined): void {
    const h1 = murmur3(key, SEED1);
    const h2 = murmur3(key, SEED2);
    const text = JSON.stringify(value) + '\n';
    const offset = this.valueOffset;
    this.valueOffset += Buffer.byteLength(text);
    this.valueBuffer.push(text);
    this.valueBufferBytes += text.length;
    if (this.valueBufferBytes > 1 << 20) this.flushValues();
    this.considered++;
    this.record(h1, h2, row, line, this.fileId(file) * 2, offset % 4294967296, Math.floor(offset / 4294967296));
  }

  /** A number (1 and 1.0 are one value, −0 is 0): hashed from its bits, which the record keeps. */
  addNumber(x: number, row: number, file: string, line: number | undefined): void {
    this.considered++;
    const runs = this.runs;
    if (runs !== undefined && Number.isSafeInteger(x)) {
      if (runs.add(x === 0 ? 0 : x, row, line ?? 0, this.fileId(file))) return;
      this.dropRuns();
    }
    bits[0] = x === 0 ? 0 : x;
    const lo = words[0];
    const hi = words[1];
    this.record(hashWords(lo, hi, SEED1), hashWords(lo, hi, SEED2), row, line, this.fileId(file) * 2 + 1, lo, hi);
  }

  /**
   * addNumber of values[0, n), row firstRow + r on line lines[r] of `file`: the rows that continue the open run
   * of integers (row ids) are added a stretch at a time (IntegerRuns.extend), the others one by one.
   */
  addNumbers(values: Float64Array, lines: Int32Array, n: number, firstRow: number, file: string): void {
    const fileId = this.fileId(file);
    for (let r = 0; r < n;) {
      const runs = this.runs;
      const next = runs === undefined ? r : runs.extend(values, lines, r, n, firstRow + r, fileId);
      this.considered += next - r;
      r = next;
      if (r < n) {
        this.addNumber(values[r], firstRow + r, file, lines[r]);
        r++;
      }
    }
  }

  /** This scan's runs become records (too many runs); integers are recorded from now on. */
  private dropRuns(): void {
    const runs = this.runs;
    if (runs === undefined) return;
    this.runs = undefined;
    this.recordRuns(runs.snapshot(), { rows: 0, lines: 0 }, this.files);
  }

  /** The record of each row of `runs` (a scan's, shifted by `shift`, its file ids in `files`). */
  private recordRuns(runs: Float64Array, shift: { rows: number; lines: number }, files: ReadonlyMap<number, string>): void {
    for (let at = 0; at < runs.length; at += RUN_FIELDS) {
      const v0 = runs[at];
      const row0 = runs[at + 1] + shift.rows;
      const line0 = runs[at + 2] === 0 ? 0 : runs[at + 2] + shift.lines;
      const n = runs[at + 3];
      const meta = this.fileId(files.get(runs[at + 4])!) * 2 + 1;
      for (let i = 0; i < n; i++) {
        bits[0] = v0 + i;
        const lo = words[0];
        const hi = words[1];
        this.record(hashWords(lo, hi, SEED1), hashWords(lo, hi, SEED2), row0 + i, line0 === 0 ? 0 : line0 + i, meta, lo, hi);
      }
    }
  }

  /**
   * Before the finish: runs are compared among themselves only when every scan kept its integers as runs (then
   * no record holds an integer). Otherwise every scan's runs become records of this finder.
   */
  private settleRuns(): void {
    if (this.runs !== undefined && this.others.every((o) => o.runs !== undefined)) return;
    this.dropRuns();
    for (const o of this.others) {
      if (o.runs === undefined) continue;
      this.recordRuns(o.runs, o.shift, o.files);
      o.runs = undefined;
    }
  }

  /** The id of a file name; the last one asked is kept aside (rows come file by file: one map lookup a file). */
  private fileId(file: string): number {
    if (file === this.lastFile) return this.lastFileId;
    let fileId = this.fileIds.get(file);
    if (fileId === undefined) {
      fileId = this.fileIds.size;
      this.fileIds.set(file, fileId);
      this.files.set(fileId, file);
    }
    this.lastFile = file;
    this.lastFileId = fileId;
    return fileId;
  }

  private record(h1: number, h2: number, row: number, line: number | undefined, meta: number, lo: number, hi: number): void {
    const p = this.partitions[h1 >>> 26];
    const at = p.used * RECORD_WORDS;
    const records = p.records;
    records[at] = h1;
    records[at + 1] = h2;
    records[at + 2] = row;
    records[at + 3] = line ?? 0;
    records[at + 4] = meta;
    records[at + 5] = lo;
    records[at + 6] = hi;
    if (++p.used === BUFFER_RECORDS) this.spill(p);
  }

  private tempDir(): string {
    this.dir ??= mkdtempSync(join(tmpdir(), 'mlci-unique-'));
    return this.dir;
  }

  private flushValues(): void {
    if (this.valueBuffer.length === 0) return;
    this.valuesFd ??= openSync(join(this.tempDir(), 'values'), 'w+');
    writeSync(this.valuesFd, this.valueBuffer.join(''));
    this.valueBuffer = [];
    this.valueBufferBytes = 0;
  }

  private spill(p: Partition): void {
    if (p.fd === undefined) p.fd = openSync(join(this.tempDir(), `p${this.partitions.indexOf(p)}`), 'w+');
    writeSync(p.fd, p.records, 0, p.used * RECORD_WORDS * 4);
    p.spilled += p.used;
    p.used = 0;
  }

  /** Deletes the files of a snapshot that will not be absorbed. */
  static discard(state: FinderState): void {
    if (state.dir) rmSync(state.dir, { recursive: true, force: true });
  }

  /** Spills everything and hands over the files (the merging finder deletes them). */
  snapshot(): FinderState {
    for (const p of this.partitions) if (p.used > 0) this.spill(p);
    this.flushValues();
    for (const p of this.partitions) if (p.fd !== undefined) closeSync(p.fd);
    if (this.valuesFd !== undefined) closeSync(this.valuesFd);
    return { dir: this.dir, counts: this.partitions.map((p) => p.spilled), files: [...this.files], considered: this.considered, runs: this.runs?.snapshot() };
  }

  /** Adds a partial scan's spilled hashes; its rows and lines are shifted by `shift`. */
  absorb(state: FinderState, shift: { rows: number; lines: number }): void {
    this.considered += state.considered;
    this.others.push({ dir: state.dir, counts: state.counts, files: new Map(state.files), shift, runs: state.runs });
  }

  /**
   * Loads partition `k` of this finder and of every absorbed scan, one after the other; `loadedStarts[s]` is
   * where source s's records begin (source 0: this finder, s ≥ 1: others[s − 1]). Rows and lines stay as their
   * scan wrote them: only the few kept as examples are shifted (`sourceOf`, `scanPartitions`).
   */
  private load(k: number): Int32Array {
    const p = this.partitions[k];
    let total = p.spilled + p.used;
    for (const o of this.others) total += o.counts[k];
    // Buffers are kept from one partition to the next (grown as needed): allocating them per partition
    // leaves garbage that the main thread's heap does not collect soon enough for a flat RSS.
    if (this.recordScratch.length < total * RECORD_WORDS) this.recordScratch = new Int32Array(Math.ceil(total * RECORD_WORDS * 1.25));
    const all = this.recordScratch.subarray(0, total * RECORD_WORDS);
    const starts = this.loadedStarts;
    starts.length = 0;
    starts.push(0);
    if (p.fd !== undefined) readSync(p.fd, all, 0, p.spilled * RECORD_WORDS * 4, 0);
    all.set(p.records.subarray(0, p.used * RECORD_WORDS), p.spilled * RECORD_WORDS);
    let at = p.spilled + p.used;
    for (const o of this.others) {
      starts.push(at);
      const n = o.counts[k];
      if (n === 0) continue;
      const fd = openSync(join(o.dir!, `p${k}`), 'r');
      readSync(fd, all, at * RECORD_WORDS * 4, n * RECORD_WORDS * 4, 0);
      closeSync(fd);
      at += n;
    }
    return all;
  }

  /** The source of loaded record i (see `load`). */
  private sourceOf(i: number): number {
    let s = this.loadedStarts.length - 1;
    while (this.loadedStarts[s] > i) s--;
    return s;
  }

  private readonly loadedStarts: number[] = [];
  private recordScratch = new Int32Array(0);
  private slotScratch = new Int32Array(0);
  private countScratch = new Uint32Array(0);
  private slotOfScratch = new Int32Array(0);

  /** Set once parts run elsewhere have filled `unexpected` (see `parts`/`partsDone`). */
  private finishedInParts = false;
  /** Whether the parts delete the absorbed scans' files (one part of every partition: `cleanPart`). */
  private partsDeleteFiles = false;

  /**
   * The finish cut into `count` parts of the partitions, for other threads (undefined when this finder has
   * rows of its own, which only this thread holds: parts read the absorbed scans' files only).
   */
  parts(count: number): DuplicatesPart[] | undefined {
    this.settleRuns();
    if (this.partitions.some((p) => p.spilled + p.used > 0) || this.others.length === 0) return undefined;
    // Nothing recorded anywhere (a row id kept as runs): the finish only compares runs, on this thread.
    if (this.others.every((o) => o.counts.every((c) => c === 0))) return undefined;
    this.partsDeleteFiles = count === 1;
    const sources = this.others.map((o) => ({ dir: o.dir, counts: o.counts, files: [...o.files], shift: o.shift }));
    return Array.from({ length: count }, (_, i) => ({ sources, from: Math.floor((i * PARTITIONS) / count), to: Math.floor(((i + 1) * PARTITIONS) / count) }));
  }

  /**
   * The parts' results (every partition covered once): `finish` then only deletes files; those of the absorbed
   * scans are left to a part of every partition (`cleanPart`, on its thread, after sending the result).
   */
  partsDone(results: readonly DuplicatesPartResult[]): void {
    for (const r of results) {
      this.unexpected.count += r.count;
      for (const e of r.examples) this.unexpected.example(e.row, e.file, e.line, e.value);
    }
    this.finishedInParts = true;
  }

  /** Scans every partition for equal hashes; fills `unexpected` (count and the first examples). */
  finish(): void {
    try {
      this.settleRuns();
      if (this.runs !== undefined) {
        const sources: RunSource[] = [{ runs: this.runs.snapshot(), shift: { rows: 0, lines: 0 }, files: this.files }];
        for (const o of this.others) sources.push({ runs: o.runs!, shift: o.shift, files: o.files });
        findRunDuplicates(sources, this.unexpected);
      }
      if (this.finishedInParts) return;
      const { count, examples } = this.scanPartitions(0, PARTITIONS);
      this.unexpected.count += count;
      for (const e of examples) this.unexpected.example(e.row, e.file, e.line, e.value);
    } finally {
      this.close();
    }
  }

  /** Partitions [from, to): the duplicate rows' count and the first `MAX_EXAMPLES` of them with their values. */
  private scanPartitions(from: number, to: number): DuplicatesPartResult {
    const rows: Array<{ row: number; line: number; meta: number; lo: number; hi: number; source: number }> = [];
    let duplicates = 0;
    for (let k = from; k < to; k++) {
      const all = this.load(k);
      const total = all.length / RECORD_WORDS;
      if (total < 2) continue;
      // Count each 64-bit hash in an open-addressing table (record index + 1 per slot), then take every
      // record whose hash was seen twice or more: linear in the partition, no sort.
      let size = 1024;
      while (size < total * 2) size *= 2;
      const mask = size - 1;
      if (this.slotScratch.length < size) {
        this.slotScratch = new Int32Array(size);
        this.countScratch = new Uint32Array(size);
      }
      if (this.slotOfScratch.length < total) this.slotOfScratch = new Int32Array(Math.ceil(total * 1.25));
      const slots = this.slotScratch.subarray(0, size).fill(0);
      const counts = this.countScratch.subarray(0, size).fill(0);
      const slotOf = this.slotOfScratch;
      for (let i = 0; i < total; i++) {
        const h1 = all[i * RECORD_WORDS];
        const h2 = all[i * RECORD_WORDS + 1];
        let slot = (h2 ^ (h1 << 6)) & mask;
        for (;;) {
          const entry = slots[slot];
          if (entry === 0) { slots[slot] = i + 1; break; }
          const other = (entry - 1) * RECORD_WORDS;
          if (all[other] === h1 && all[other + 1] === h2) break;
          slot = (slot + 1) & mask;
        }
        counts[slot]++;
        slotOf[i] = slot;
      }
      for (let i = 0; i < total; i++) {
        if (counts[slotOf[i]] < 2) continue;
        const r = i * RECORD_WORDS;
        duplicates++;
        const source = this.sourceOf(i);
        const shift = source === 0 ? undefined : this.others[source - 1].shift;
        const line = all[r + 3] >>> 0;
        rows.push({
          row: (all[r + 2] >>> 0) + (shift?.rows ?? 0), line: line === 0 || shift === undefined ? line : line + shift.lines,
          meta: all[r + 4], lo: all[r + 5] >>> 0, hi: all[r + 6] >>> 0, source,
        });
        if (rows.length > 4 * MAX_EXAMPLES) keepSmallest(rows);
      }
    }
    keepSmallest(rows);
    this.flushValues();
    const examples: UnexpectedExample[] = [];
    for (const r of rows) {
      const fileId = r.meta >>> 1;
      let value: Value;
      if (r.meta & 1) {
        words[0] = r.lo;
        words[1] = r.hi;
        value = bits[0];
      } else {
        value = this.readValue(r.source, r.lo + r.hi * 4294967296);
      }
      const files = r.source === 0 ? this.files : this.others[r.source - 1].files;
      const file = files.get(fileId)!;
      examples.push(r.line === 0 ? { row: r.row, file, value } : { row: r.row, file, line: r.line, value });
    }
    return { count: duplicates, examples };
  }

  /** Runs one part (on a worker thread): reads the sources' files (`cleanPart` deletes them). */
  static runPart(part: DuplicatesPart): DuplicatesPartResult {
    const finder = new DuplicateFinder();
    for (const s of part.sources) finder.absorb({ dir: s.dir, counts: s.counts, files: s.files, considered: 0, runs: undefined }, s.shift);
    let result: DuplicatesPartResult;
    try {
      result = finder.scanPartitions(part.from, part.to);
    } finally {
      for (const o of finder.others) if (o.valuesFd !== undefined) closeSync(o.valuesFd);
    }
    return result;
  }

  /**
   * After a part's result is sent (on the worker thread, off the critical path): a part of every partition
   * deletes the sources' directories (its examples' values are resolved already), and the finder that received
   * its result leaves them alone. Parts of fewer partitions delete nothing: the finder deletes all at `finish`.
   */
  static cleanPart(part: DuplicatesPart): void {
    if (part.from !== 0 || part.to !== PARTITIONS) return;
    for (const s of part.sources) if (s.dir) rmSync(s.dir, { recursive: true, force: true });
  }

  private readValue(source: number, offset: number): Value {
    let fd = this.valuesFd!;
    if (source > 0) {
      const o = this.others[source - 1];
      o.valuesFd ??= openSync(join(o.dir!, 'values'), 'r');
      fd = o.valuesFd;
    }
    const chunk = Buffer.alloc(64 * 1024);
    let text = '';
    for (let at = offset; ; at += chunk.length) {
      const n = readSync(fd, chunk, 0, chunk.length, at);
      const part = chunk.toString('utf8', 0, n);
      const end = part.indexOf('\n');
      if (end !== -1 || n === 0) return JSON.parse(text + (end === -1 ? part : part.slice(0, end))) as Value;
      text += part;
    }
  }

  /** Deletes every temporary file (this finder's and the absorbed scans'). */
  close(): void {
    for (const p of this.partitions) if (p.fd !== undefined) closeSync(p.fd);
    if (this.valuesFd !== undefined) closeSync(this.valuesFd);
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    for (const o of this.others) {
      if (o.valuesFd !== undefined) closeSync(o.valuesFd);
      if (o.dir && !(this.finishedInParts && this.partsDeleteFiles)) rmSync(o.dir, { recursive: true, force: true });
    }
  }
}

/**
 * MurmurHash3 (x86, 32-bit) of two 32-bit words (8 bytes, little-endian). The two block steps are written out:
 * a loop over `[lo, hi]` made an array per call, two per number checked for uniqueness.
 */
function hashWords(lo: number, hi: number, seed: number): number {
  // Signed (same bits): an unsigned result ≥ 2³¹ from a call that is not inlined is a heap number (see murmur3).
  return fmix32(murmurBlock(murmurBlock(seed, lo), hi) ^ 8) | 0;
}

/** One 4-byte block step of MurmurHash3 (x86, 32-bit). */
function murmurBlock(h: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function keepSmallest(rows: Array<{ row: number }>): void {
  rows.sort((a, b) => a.row - b.row);
  rows.length = Math.min(rows.length, MAX_EXAMPLES);
}
