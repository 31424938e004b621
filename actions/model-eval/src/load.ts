/**
 * Reading the evaluation's files: a predictions (or data) file into a column Table with @mlci/data's readers,
 * and an earlier model-eval result file used as a baseline.
 *
 * CSV and TSV come as column batches (numbers parsed from the bytes in place, strings interned per batch), so
 * a numeric column goes straight into a typed array with no value per cell; other formats come as rows.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '@mlci/core';
import { isCoded, type CodedColumn, type StoredMetrics, type Table, type TaskKind } from '@mlci/metrics';
import { isColumnBatch, readBatches } from '@mlci/data';
import { ColumnBuilder } from './column-builder.ts';

/** A path for messages: relative to the working directory (the workspace on a runner) when inside it. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/**
 * The rows of the file as columns, keeping only the columns `wanted` accepts (all when absent): small
 * integers as a Uint8Array, numbers as a Float64Array, few strings as codes, other values as an array (see
 * column-builder.ts).
 */
export async function readTable(file: string, wanted?: (column: string) => boolean): Promise<Table> {
  const shown = shownPath(file);
  let names: readonly string[] = [];
  const builders: Array<ColumnBuilder | undefined> = [];
  let rows = 0;
  const plainText = /\.(csv|tsv)$/i.test(file);
  for await (const batch of readBatches(shown)) {
    if (batch.columns.length > builders.length) {
      // A row of an uncompressed CSV/TSV takes at least one byte per column (its delimiters and line feed):
      // that bounds the rows, so each numeric column is filled in place, in memory reserved once.
      const capacity = plainText ? Math.min(Math.ceil(statSync(file).size / batch.columns.length) + 1, MAX_RESERVED) : 0;
      // JSON sources may reveal new keys later: earlier rows lack them (null).
      for (let j = builders.length; j < batch.columns.length; j++) {
        const keep = !wanted || wanted(batch.columns[j]);
        builders.push(keep ? new ColumnBuilder(rows, capacity) : undefined);
      }
      names = batch.columns;
    }
    if (isColumnBatch(batch)) {
      for (let j = 0; j < builders.length; j++) builders[j]?.pushView(batch.views[j], batch.length);
      rows += batch.length;
      continue;
    }
    for (let j = 0; j < builders.length; j++) {
      const builder = builders[j];
      if (builder) builder.pushColumn(batch.rows, j);
    }
    rows += batch.rows.length;
  }
  if (rows === 0) throw new UserError(`${shown} has no data rows`, { file: shown });
  const byName = new Map<string, ArrayLike<unknown>>();
  const codedByName = new Map<string, CodedColumn>();
  names.forEach((name, j) => {
    const column = builders[j]?.finish();
    if (column && isCoded(column)) codedByName.set(name, column);
    else if (column) byName.set(name, column);
  });
  return {
    source: shown, rows, names,
    // A coded column becomes one string per row only for a reader that asks for its values (then kept).
    column: (name) => {
      const coded = codedByName.get(name);
      if (coded && !byName.has(name)) byName.set(name, Array.from(coded.codes, (code) => coded.labels[code]));
      return byName.get(name);
    },
    coded: (name) => codedByName.get(name),
  };
}

/** At most this many values are reserved per column up front (see column-builder.ts). */
const MAX_RESERVED = 1 << 28;

/** An earlier model-eval result file (the envelope runAction writes), or undefined if the file is not one. */
export function readStoredResult(file: string): StoredMetrics | undefined {
  if (!file.toLowerCase().endsWith('.json')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  const envelope = parsed as { action?: unknown; payload?: { task?: TaskKind; metrics?: Record<string, number | null>; intervals?: Record<string, { standardError: number | null }> } };
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope) || envelope.action === undefined) return undefined;
  const shown = shownPath(file);
  if (envelope.action !== 'model-eval' || !envelope.payload?.metrics || !envelope.payload.intervals || !envelope.payload.task) {
    throw new UserError(`baseline ${shown} is a result file of '${String(envelope.action)}', not of model-eval; give a model-eval result file or a predictions file`, { file: shown });
  }
  return { source: shown, task: envelope.payload.task, metrics: envelope.payload.metrics, intervals: envelope.payload.intervals };
}
