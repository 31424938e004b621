/**
 * Spilling sorted runs of a numeric column to temporary files, so that memory stays flat in the row count for
 * numbers that are neither on a decimal grid nor repeated (full-precision floats): exact KS, Wasserstein and
 * quantile bins need every value in order, and an external sort keeps them exact with bounded memory.
 *
 * A column keeps at most `values` plain numbers in memory; when it has that many it sorts them and writes the run
 * (raw little-endian float64) to a file in the spill directory, then starts the next run. The tests then walk
 * the runs by a k-way merge (distinct-stream.ts), reading each run in blocks.
 *
 * The directory belongs to whoever created it (compareDatasets): it is removed when the comparison ends, on
 * success or error, and as a backstop when the process exits. Worker threads only add files to it.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Plain numbers a column keeps in memory before it spills a run: 2^18 float64 = 2 MiB (plus the sort's scratch). */
export const SPILL_VALUES = 1 << 18;

export interface SpillOptions {
  /** Directory the runs go to (created by createSpillDir). */
  dir: string;
  /** Plain numbers kept in memory per column before a run is written. */
  values: number;
}

/** Sorted runs of one column on disk; `count` observations in all (each value one observation). */
export interface SpilledRuns {
  files: string[];
  count: number;
}

const owned = new Set<string>();
let exitHook = false;

/** A fresh directory under os.tmpdir() for spilled runs. */
export function createSpillDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-drift-spill-'));
  owned.add(dir);
  if (!exitHook) {
    exitHook = true;
    process.on('exit', () => owned.forEach((d) => rmSync(d, { recursive: true, force: true })));
  }
  return dir;
}

export function removeSpillDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  owned.delete(dir);
}

let sequence = 0;

/** Writes ascending values as one run; returns its file. */
export function writeRun(dir: string, sorted: Float64Array): string {
  const file = join(dir, `run-${process.pid}-${threadId}-${sequence++}.f64`);
  const fd = openSync(file, 'wx');
  try {
    const bytes = Buffer.from(sorted.buffer, sorted.byteOffset, sorted.byteLength);
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
  } finally {
    closeSync(fd);
  }
  return file;
}

/** Values per block read from a run: 64 Ki float64 = 512 KiB. */
const BLOCK = 1 << 16;

/**
 * Blocks of closed readers, reused by the next ones (per thread): a column's walk opens a reader per run, and
 * fresh memory is slow to fault in on some machines (measured here: 2–5 ms per MiB on a shared VM).
 */
const spareBlocks: Float64Array[] = [];
const MAX_SPARE_BLOCKS = 32;
const EMPTY = new Float64Array(0);

/**
 * A run read front to back in blocks: `block[at]` is the current value while `at < size`; next() moves on and
 * refills the block from the file when it is used up. close() when done (also when stopping early).
 */
export class RunReader {
  block: Float64Array;
  at = 0;
  size = 0;
  private fd: number;
  private position = 0;

  constructor(file: string, blockValues = BLOCK) {
    this.block = (blockValues === BLOCK ? spareBlocks.pop() : undefined) ?? new Float64Array(blockValues);
    this.fd = openSync(file, 'r');
    this.fill();
  }

  /** False once the run is exhausted (the reader is then closed). */
  fill(): boolean {
    const bytes = new Uint8Array(this.block.buffer);
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(this.fd, bytes, got, bytes.length - got, this.position + got);
      if (n === 0) break;
      got += n;
    }
    if (got % 8 !== 0) throw new Error(`spilled run truncated at byte ${this.position + got}`);
    this.position += got;
    this.size = got / 8;
    this.at = 0;
    if (this.size === 0) this.close();
    return this.size > 0;
  }

  /** Closes the file and gives the block back (the reader is not used after). */
  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
    this.size = 0;
    if (this.block.length === BLOCK && spareBlocks.length < MAX_SPARE_BLOCKS) spareBlocks.push(this.block);
    this.block = EMPTY;
  }
}

/** Every value of a run (for the rare column that turns categorical after it spilled). */
export function readRun(file: string): Float64Array {
  const parts: Float64Array[] = [];
  const reader = new RunReader(file);
  while (reader.size > 0) {
    parts.push(reader.block.slice(0, reader.size));
    reader.fill();
  }
  const all = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let k = 0;
  for (const p of parts) {
    all.set(p, k);
    k += p.length;
  }
  return all;
}
