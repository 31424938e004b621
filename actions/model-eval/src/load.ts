/**
 * Reading the evaluation's files: a predictions (or data) file into a column Table with @mlci/data's readers,
 * and an earlier model-eval result file used as a baseline.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '@mlci/core';
import { readRows, type Value } from '@mlci/data';
import type { StoredMetrics, Table, TaskKind } from '@mlci/metrics';

/** A path for messages: relative to the working directory (the workspace on a runner) when inside it. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/**
 * Every row of the file as columns. A column whose values are all numbers becomes a Float64Array (compact,
 * and the metrics read it without conversion); other columns stay arrays of values.
 */
export async function readTable(file: string): Promise<Table> {
  const shown = shownPath(file);
  let names: readonly string[] = [];
  let columns: Value[][] = [];
  let rows = 0;
  for await (const batch of readRows(shown)) {
    if (rows === 0 && columns.length === 0) {
      names = batch.columns;
      columns = names.map(() => []);
    }
    if (batch.columns.length > columns.length) {
      // JSON sources may reveal new keys later: earlier rows lack them (null).
      for (let j = columns.length; j < batch.columns.length; j++) columns.push(new Array<Value>(rows).fill(null));
      names = batch.columns;
    }
    for (const row of batch.rows) {
      for (let j = 0; j < columns.length; j++) columns[j].push(j < row.length ? row[j] : null);
    }
    rows += batch.rows.length;
  }
  if (rows === 0) throw new UserError(`${shown} has no data rows`, { file: shown });
  const byName = new Map<string, ArrayLike<unknown>>();
  names.forEach((name, j) => byName.set(name, compact(columns[j])));
  return { source: shown, rows, names, column: (name) => byName.get(name) };
}

function compact(values: Value[]): ArrayLike<unknown> {
  for (const v of values) if (typeof v !== 'number') return values;
  return Float64Array.from(values as number[]);
}

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
