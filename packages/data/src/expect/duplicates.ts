/**
 * Exact duplicate detection in bounded memory, by hashing and spilling to disk.
 *
 * Each key is hashed to 64 bits (two MurmurHash3 32-bit hashes with different seeds) and appended, with its
 * row and line, to one of 64 partition files chosen by the hash's top bits; the value's text goes to a
 * side file and only its offset is kept. At the end each partition (1/64 of the rows) is loaded, sorted by
 * hash and scanned for runs of equal hashes: every row in a run of two or more is a duplicate (pandas'
 * `duplicated(keep=False)`). Memory: 64 write buffers of 64 KiB plus one partition at a time.
 * Caveat, stated in results: two different values with the same 64-bit hash would be reported as
 * duplicates; for n distinct values the chance is about n² / 2⁶⁵ (≈ 10⁻⁷ at 2 million).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { murmur3 } from '../sketch/distinct.ts';
import type { Value } from '../values.ts';
import { UnexpectedTracker } from './result.ts';

const PARTITIONS = 64;
const RECORD_WORDS = 6; // h1, h2, row, line, value offset (low, high 32 bits)
const BUFFER_RECORDS = 4096;

interface Partition {
  records: Uint32Array;
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
}

interface Source {
  dir: string | undefined;
  counts: number[];
  files: Map<number, string>;
  shift: { rows: number; lines: number };
  valuesFd?: number;
}

export class DuplicateFinder {
  readonly unexpected = new UnexpectedTracker();
  considered = 0;
  private dir: string | undefined;
  private readonly partitions: Partition[] = Array.from({ length: PARTITIONS }, () => ({ records: new Uint32Array(BUFFER_RECORDS * RECORD_WORDS), used: 0, fd: undefined, spilled: 0 }));
  private valuesFd: number | undefined;
  private valueOffset = 0;
  private valueBuffer: string[] = [];
  private valueBufferBytes = 0;
  private readonly files = new Map<number, string>();
  private fileIds = new Map<string, number>();
  private readonly others: Source[] = [];

  add(key: string, value: Value, row: number, file: string, line: number | undefined): void {
    this.considered++;
    const h1 = murmur3(key, 0x9747b28c);
    const h2 = murmur3(key, 0x5bd1e995);
    const p = this.partitions[h1 >>> 26];
    let fileId = this.fileIds.get(file);
    if (fileId === undefined) {
      fileId = this.fileIds.size;
      this.fileIds.set(file, fileId);
      this.files.set(fileId, file);
    }
    const text = JSON.stringify([fileId, value]) + '\n';
    const offset = this.valueOffset;
    this.valueOffset += Buffer.byteLength(text);
    this.valueBuffer.push(text);
    this.valueBufferBytes += text.length;
    if (this.valueBufferBytes > 1 << 20) this.flushValues();
    const at = p.used * RECORD_WORDS;
    p.records[at] = h1;
    p.records[at + 1] = h2;
    p.records[at + 2] = row;
    p.records[at + 3] = line ?? 0;
    p.records[at + 4] = offset % 4294967296;
    p.records[at + 5] = Math.floor(offset / 4294967296);
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

  /** Spills everything and hands over the files (the merging finder deletes them). */
  snapshot(): FinderState {
    for (const p of this.partitions) if (p.used > 0) this.spill(p);
    this.flushValues();
    for (const p of this.partitions) if (p.fd !== undefined) closeSync(p.fd);
    if (this.valuesFd !== undefined) closeSync(this.valuesFd);
    return { dir: this.dir, counts: this.partitions.map((p) => p.spilled), files: [...this.files], considered: this.considered };
  }

  /** Adds a partial scan's spilled hashes; its rows and lines are shifted by `shift`. */
  absorb(state: FinderState, shift: { rows: number; lines: number }): void {
    this.considered += state.considered;
    this.others.push({ dir: state.dir, counts: state.counts, files: new Map(state.files), shift });
  }

  /** Loads partition `k` of this finder and of every absorbed scan: records plus a source word. */
  private load(k: number): Uint32Array {
    const p = this.partitions[k];
    let total = p.spilled + p.used;
    for (const o of this.others) total += o.counts[k];
    const all = new Uint32Array(total * RECORD_WORDS);
    let at = 0;
    const sources: number[] = [];
    if (p.fd !== undefined) readSync(p.fd, all, 0, p.spilled * RECORD_WORDS * 4, 0);
    all.set(p.records.subarray(0, p.used * RECORD_WORDS), p.spilled * RECORD_WORDS);
    at = p.spilled + p.used;
    for (let i = 0; i < at; i++) sources.push(0);
    this.others.forEach((o, s) => {
      const n = o.counts[k];
      if (n === 0) return;
      const fd = openSync(join(o.dir!, `p${k}`), 'r');
      readSync(fd, all, at * RECORD_WORDS * 4, n * RECORD_WORDS * 4, 0);
      closeSync(fd);
      for (let i = at; i < at + n; i++) {
        all[i * RECORD_WORDS + 2] += o.shift.rows;
        if (all[i * RECORD_WORDS + 3] !== 0) all[i * RECORD_WORDS + 3] += o.shift.lines;
        sources.push(s + 1);
      }
      at += n;
    });
    this.loadedSources = sources;
    return all;
  }

  private loadedSources: number[] = [];

  /** Scans every partition for equal hashes; fills `unexpected` (count and the first examples). */
  finish(): void {
    const rows: Array<{ row: number; line: number; offset: number; source: number }> = [];
    try {
      for (let k = 0; k < PARTITIONS; k++) {
        const all = this.load(k);
        const total = all.length / RECORD_WORDS;
        if (total < 2) continue;
        const order = new Uint32Array(total);
        for (let i = 0; i < total; i++) order[i] = i;
        order.sort((a, b) => all[a * RECORD_WORDS] - all[b * RECORD_WORDS] || all[a * RECORD_WORDS + 1] - all[b * RECORD_WORDS + 1]);
        for (let i = 0; i < total;) {
          let j = i + 1;
          const h1 = all[order[i] * RECORD_WORDS];
          const h2 = all[order[i] * RECORD_WORDS + 1];
          while (j < total && all[order[j] * RECORD_WORDS] === h1 && all[order[j] * RECORD_WORDS + 1] === h2) j++;
          if (j - i > 1) {
            for (let m = i; m < j; m++) {
              const r = order[m] * RECORD_WORDS;
              this.unexpected.count++;
              rows.push({ row: all[r + 2], line: all[r + 3], offset: all[r + 4] + all[r + 5] * 4294967296, source: this.loadedSources[order[m]] });
              if (rows.length > 4 * 20) keepSmallest(rows);
            }
          }
          i = j;
        }
      }
      keepSmallest(rows);
      this.flushValues();
      for (const r of rows) {
        const [fileId, value] = this.readValue(r.source, r.offset);
        const files = r.source === 0 ? this.files : this.others[r.source - 1].files;
        this.unexpected.example(r.row, files.get(fileId)!, r.line === 0 ? undefined : r.line, value);
      }
    } finally {
      this.close();
    }
  }

  private readValue(source: number, offset: number): [number, Value] {
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
      if (end !== -1 || n === 0) return JSON.parse(text + (end === -1 ? part : part.slice(0, end))) as [number, Value];
      text += part;
    }
  }

  private close(): void {
    for (const p of this.partitions) if (p.fd !== undefined) closeSync(p.fd);
    if (this.valuesFd !== undefined) closeSync(this.valuesFd);
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    for (const o of this.others) {
      if (o.valuesFd !== undefined) closeSync(o.valuesFd);
      if (o.dir) rmSync(o.dir, { recursive: true, force: true });
    }
  }
}

function keepSmallest(rows: Array<{ row: number }>): void {
  rows.sort((a, b) => a.row - b.row);
  rows.length = Math.min(rows.length, 20);
}
