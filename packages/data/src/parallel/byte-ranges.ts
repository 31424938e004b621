/**
 * What a parallel read of one large text file needs before any worker starts, shared by data-validate's scan
 * (run.ts) and drift's reader (@mlci/drift parallel/csv-ranges.ts): the file's first bytes (for its header
 * line), the cut of the data after the header into one byte range per worker, and the worker module on disk.
 *
 * A cut may fall inside a record: each range's reader starts at the first record that begins at or after its
 * `start` (except the first, which starts right after the header) and stops at the first that begins at or
 * after `stop`, so the ranges cover every record once; callers check that adjacent ranges agree on it.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ByteRange {
  start: number;
  /** undefined for the last range: it runs to the end of the file. */
  stop: number | undefined;
  /** The first range starts right after the header line. */
  afterHeader: boolean;
}

/** The first 64 KiB of a file (enough for a header line). */
export function readHead(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(1 << 16);
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** Bytes [dataStart, size) cut into `workers` ranges of equal length. */
export function byteRanges(dataStart: number, size: number, workers: number): ByteRange[] {
  return Array.from({ length: workers }, (_, i) => ({
    start: dataStart + Math.floor(((size - dataStart) * i) / workers),
    stop: i === workers - 1 ? undefined : dataStart + Math.floor(((size - dataStart) * (i + 1)) / workers),
    afterHeader: i === 0,
  }));
}

/**
 * The first of `names` (relative to `base`, the caller's import.meta.url) that is a file on disk: a worker
 * module beside the sources, or its bundle beside an action's bundle. The names must reach here in variables:
 * written as `new URL('literal', import.meta.url)` the bundler copies the file into the action's bundle as an
 * asset and points there, so a bundled action never found its worker.
 */
export function findModule(names: readonly string[], base: string): URL | undefined {
  return names.map((name) => new URL(name, base)).find((url) => url.protocol === 'file:' && existsSync(fileURLToPath(url)));
}
