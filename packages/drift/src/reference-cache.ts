/**
 * Reference reuse: a reference dataset is read once and saved as a drift reference file, so scheduled runs
 * load it instead of re-reading the training set. The file keeps what the exact tests need and nothing else:
 * numeric columns as their sorted finite values (float64, base64; distinct values with counts when values repeat),
 * categorical columns as value counts, and
 * the content hash (SHA-256, see retrain-key.ts) of the source data (which keeps the retraining key stable across runs).
 * Format: JSON `{ "format": "mlci-drift-reference", "version": 1, "source": {file, contentHash, rows}, "columns": {…} }`.
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { UserError } from '@mlci/core';
import { ensureSorted, type ColumnSample } from './column-sample.ts';
import { collapse } from './distinct-stream.ts';

export const REFERENCE_FORMAT = 'mlci-drift-reference';

export interface DriftReference {
  source: { file: string; contentHash: string; rows: number };
  columns: Map<string, ColumnSample>;
}

type StoredColumn =
  | { kind: 'numeric'; missing: number; count: number; sortedFloat64Base64: string; weightsFloat64Base64?: string }
  | { kind: 'categorical'; missing: number; counts: Record<string, number> };

function base64(v: Float64Array): string {
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
}

function float64s(text: string): Float64Array {
  const bytes = Buffer.from(text, 'base64');
  return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export function saveReference(path: string, reference: DriftReference): void {
  const columns: Record<string, StoredColumn> = {};
  for (const [name, read] of reference.columns) {
    // A column with spilled runs is saved as its distinct values with counts (in memory while saving).
    const col = read.kind === 'numeric' && read.runs ? collapse(read) : read;
    if (col.kind === 'numeric') {
      const v = ensureSorted(col);
      columns[name] = { kind: 'numeric', missing: col.missing, count: v.length, sortedFloat64Base64: base64(v) };
      if (col.weights) columns[name] = { ...columns[name], weightsFloat64Base64: base64(col.weights) } as StoredColumn;
    } else if (col.kind === 'categorical') {
      columns[name] = { kind: 'categorical', missing: col.missing, counts: Object.fromEntries(col.counts) };
    }
  }
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify({ format: REFERENCE_FORMAT, version: 1, source: reference.source, columns }));
  renameSync(tmp, path);
}

export function isReferenceFile(text: string): boolean {
  return text.startsWith('{') && text.slice(0, 200).includes(`"format":"${REFERENCE_FORMAT}"`);
}

export function loadReference(path: string): DriftReference {
  let doc: { format?: string; version?: number; source?: DriftReference['source']; columns?: Record<string, StoredColumn> };
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UserError(`${path}: not a readable drift reference (${(e as Error).message})`, { file: path });
  }
  if (doc.format !== REFERENCE_FORMAT || doc.version !== 1 || !doc.columns || !doc.source) {
    throw new UserError(`${path}: expected a drift reference file (format '${REFERENCE_FORMAT}', version 1)`, { file: path });
  }
  const columns = new Map<string, ColumnSample>();
  for (const [name, c] of Object.entries(doc.columns)) {
    if (c.kind === 'numeric') {
      const values = float64s(c.sortedFloat64Base64);
      const weights = c.weightsFloat64Base64 ? float64s(c.weightsFloat64Base64) : undefined;
      if (values.length !== c.count || (weights && weights.length !== c.count)) throw new UserError(`${path}: column '${name}' is truncated`, { file: path });
      columns.set(name, { kind: 'numeric', values, ...(weights ? { weights } : {}), sorted: true, missing: c.missing });
    } else {
      columns.set(name, { kind: 'categorical', counts: new Map(Object.entries(c.counts)), missing: c.missing });
    }
  }
  return { source: doc.source, columns };
}
