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
 * The rows of the file as columns, keeping only the columns `wanted` accepts (all when absent). A column
 * holds numbers in a growing Float64Array (compact, read by the metrics without conversion) until a value
 * that is not a number arrives; from then on it is an array of values.
 */
export async function readTable(file: string, wanted?: (column: string) => boolean): Promise<Table> {
  const shown = shownPath(file);
  let names: readonly string[] = [];
  const builders: Array<ColumnBuilder | undefined> = [];
  let rows = 0;
  for await (const batch of readRows(shown)) {
    if (batch.columns.length > builders.length) {
      // JSON sources may reveal new keys later: earlier rows lack them (null).
      for (let j = builders.length; j < batch.columns.length; j++) {
        const keep = !wanted || wanted(batch.columns[j]);
        builders.push(keep ? new ColumnBuilder(rows) : undefined);
      }
      names = batch.columns;
    }
    for (let j = 0; j < builders.length; j++) {
      const builder = builders[j];
      if (builder) builder.pushColumn(batch.rows, j);
    }
    rows += batch.rows.length;
  }
  if (rows === 0) throw new UserError(`${shown} has no data rows`, { file: shown });
  const byName = new Map<string, ArrayLike<unknown>>();
  names.forEach((name, j) => { if (builders[j]) byName.set(name, builders[j]!.finish()); });
  return { source: shown, rows, names, column: (name) => byName.get(name) };
}

class ColumnBuilder {
  private numbers: Float64Array | undefined = new Float64Array(1024);
  private values: Value[] | undefined;
  private length = 0;

  constructor(leadingNulls: number) {
    for (let i = 0; i < leadingNulls; i++) this.push(null);
  }

  /** Column j of a batch of rows; the numeric fast path runs without a call per value. */
  pushColumn(rows: readonly Value[][], j: number): void {
    let i = 0;
    if (this.numbers) {
      if (this.length + rows.length > this.numbers.length) {
        const grown = new Float64Array(Math.max(this.numbers.length * 2, this.length + rows.length));
        grown.set(this.numbers.subarray(0, this.length));
        this.numbers = grown;
      }
      const numbers = this.numbers;
      let length = this.length;
      for (; i < rows.length; i++) {
        const v = rows[i][j];
        if (typeof v !== 'number') break;
        numbers[length++] = v;
      }
      this.length = length;
    }
    for (; i < rows.length; i++) this.push(j < rows[i].length ? rows[i][j] : null);
  }

  push(value: Value): void {
    if (this.numbers) {
      if (typeof value === 'number') {
        if (this.length === this.numbers.length) {
          const grown = new Float64Array(this.numbers.length * 2);
          grown.set(this.numbers);
          this.numbers = grown;
        }
        this.numbers[this.length++] = value;
        return;
      }
      this.values = Array.from(this.numbers.subarray(0, this.length));
      this.numbers = undefined;
    }
    this.values!.push(value);
    this.length++;
  }

  finish(): ArrayLike<unknown> {
    return this.numbers ? this.numbers.subarray(0, this.length) : this.values!;
  }
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
