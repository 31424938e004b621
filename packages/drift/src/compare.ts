/**
 * The drift check end to end: read reference (a dataset or a saved drift reference) and current data,
 * select the columns, test each, and decide dataset drift.
 */
import { openSync, readSync, closeSync } from 'node:fs';
import { UserError } from '@mlci/core';
import type { ColumnSample } from './column-sample.ts';
import { readCsvColumns } from './csv-columns.ts';
import { readCsvColumnsInParallel } from './parallel/csv-ranges.ts';
import type { DatasetDrift, DatasetDriftOptions } from './dataset-drift.ts';
import { datasetDriftInParallel } from './parallel/column-tasks.ts';
import { isReferenceFile, loadReference, saveReference, type DriftReference } from './reference-cache.ts';
import { isProfileFile, readProfileColumns, readRowsColumns } from './other-sources.ts';
import { createSpillDir, removeSpillDir, SPILL_VALUES, type SpillOptions } from './spill.ts';

export interface CompareOptions extends DatasetDriftOptions {
  /** Only these columns (default: every column in both). */
  columns?: readonly string[];
  excludeColumns?: readonly string[];
  /** Save the reference read from a dataset here, for reuse by later runs. */
  saveReferenceTo?: string;
  /**
   * Plain numbers a numeric column keeps in memory before it spills a sorted run to a temporary file
   * (default SPILL_VALUES; Infinity: never). See spill.ts.
   */
  spillValues?: number;
}

export interface Comparison extends DatasetDrift {
  /** `threads`: threads that parsed a dataset (1, or one per byte range of a large CSV); absent for a saved file. */
  reference: { file: string; contentHash: string; rows: number; fromCache: boolean; threads?: number };
  current: { file: string; contentHash: string; rows: number; threads?: number };
  /** Columns present on one side only (not compared). */
  skippedColumns: { column: string; reason: string }[];
}

function head(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    throw new UserError(`${file} not found`, { file });
  }
  const buf = Buffer.alloc(256);
  const n = readSync(fd, buf, 0, 256, 0);
  closeSync(fd);
  return buf.toString('utf8', 0, n);
}

/**
 * Reads a dataset or a saved reference: a drift reference file (save-reference), a data-validate profile, a CSV
 * (the fast columnar reader), or any other format @mlci/data reads.
 */
export async function readDataset(file: string, select?: (name: string) => boolean, spill?: SpillOptions): Promise<DriftReference & { fromCache: boolean; names: string[]; skipped: { column: string; reason: string }[]; threads?: number }> {
  if (isReferenceFile(head(file))) {
    const ref = loadReference(file);
    const names = [...ref.columns.keys()];
    if (select) for (const name of names) if (!select(name)) ref.columns.delete(name);
    return { ...ref, fromCache: true, names, skipped: [] };
  }
  if (isProfileFile(file)) {
    const { columns, names, rows, contentHash, skipped } = await readProfileColumns(file, select);
    return { source: { file, contentHash, rows }, columns, names, fromCache: true, skipped };
  }
  if (/\.csv$/i.test(file)) {
    // Large plain CSVs are read over byte ranges on every core; anything else, or any trouble, sequentially.
    const { columns, names, rows, contentHash, threads } = (await readCsvColumnsInParallel(file, select, spill ? { spill } : {})) ?? (await readCsvColumns(file, select, spill ? { spill } : {}));
    return { source: { file, contentHash, rows }, columns, names, fromCache: false, skipped: [], threads };
  }
  const { columns, names, rows, contentHash } = await readRowsColumns(file, select);
  return { source: { file, contentHash, rows }, columns, names, fromCache: false, skipped: [], threads: 1 };
}

export async function compareDatasets(referenceFile: string, currentFile: string, options: CompareOptions = {}): Promise<Comparison> {
  const spillValues = options.spillValues ?? SPILL_VALUES;
  if (!(spillValues >= 1)) throw new RangeError(`spillValues must be at least 1, got ${spillValues}`);
  const spill = Number.isFinite(spillValues) ? { dir: createSpillDir(), values: spillValues } : undefined;
  try {
    return await compareWith(referenceFile, currentFile, options, spill);
  } finally {
    if (spill) removeSpillDir(spill.dir); // also when reading or a test failed
  }
}

async function compareWith(referenceFile: string, currentFile: string, options: CompareOptions, spill: SpillOptions | undefined): Promise<Comparison> {
  const include = options.columns && options.columns.length ? new Set(options.columns) : undefined;
  const exclude = new Set(options.excludeColumns ?? []);
  const select = (name: string): boolean => (!include || include.has(name)) && !exclude.has(name);
  // Both reads settle before an error surfaces: the spill directory is removed right after, and a read still
  // running would otherwise write runs into a removed directory.
  const read = await Promise.allSettled([readDataset(referenceFile, select, spill), readDataset(currentFile, select, spill)]);
  for (const r of read) if (r.status === 'rejected') throw r.reason;
  const [reference, current] = read.map((r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof readDataset>>>).value);
  if (include) {
    for (const name of include) {
      if (exclude.has(name)) continue;
      if (!reference.names.includes(name)) {
        throw new UserError(`column '${name}' not found in ${referenceFile}; columns are: ${reference.names.join(', ')}`, { file: referenceFile });
      }
      if (!current.names.includes(name)) {
        throw new UserError(`column '${name}' not found in ${currentFile}; columns are: ${current.names.join(', ')}`, { file: currentFile });
      }
    }
  }
  if (current.columns.size && [...current.columns.values()].some((c) => c.kind === 'binned')) {
    throw new UserError(`${currentFile} is a profile; the current data must be a dataset (profiles are for the reference)`, { file: currentFile });
  }
  if (options.saveReferenceTo && !reference.fromCache) saveReference(options.saveReferenceTo, reference);
  const pairs = new Map<string, { reference: ColumnSample; current: ColumnSample }>();
  const skipped: Comparison['skippedColumns'] = [...reference.skipped];
  for (const [name, ref] of reference.columns) {
    const cur = current.columns.get(name);
    if (cur) pairs.set(name, { reference: ref, current: cur });
    else skipped.push({ column: name, reason: `not in ${currentFile}` });
  }
  for (const name of current.columns.keys()) if (!reference.columns.has(name) && !reference.skipped.some((s) => s.column === name)) skipped.push({ column: name, reason: `not in ${referenceFile}` });
  const result = await datasetDriftInParallel(pairs, options);
  return {
    ...result,
    reference: { file: referenceFile, contentHash: reference.source.contentHash, rows: reference.source.rows, fromCache: reference.fromCache, ...(reference.threads ? { threads: reference.threads } : {}) },
    current: { file: currentFile, contentHash: current.source.contentHash, rows: current.source.rows, ...(current.threads ? { threads: current.threads } : {}) },
    skippedColumns: skipped,
  };
}
