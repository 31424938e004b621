/**
 * Reading the evaluation's files: a predictions (or data) file into a column Table with @mlci/data's readers,
 * and an earlier model-eval result file used as a baseline.
 *
 * CSV and TSV come as column batches (numbers parsed from the bytes in place, strings interned per batch), so
 * a numeric column goes straight into a Float64Array with no value per cell; other formats come as rows.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '@mlci/core';
import type { Value } from '@mlci/data';
import type { StoredMetrics, Table, TaskKind } from '@mlci/metrics';
// @mlci/data's columnar reader is not in its public index yet; this is its one import site (see the lead's note).
import { readBatches } from '../../../packages/data/src/read/reader.ts';
import { NUMBER, type ColumnView } from '../../../packages/data/src/read/column-batch.ts';

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
    if ('views' in batch) {
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
  names.forEach((name, j) => { if (builders[j]) byName.set(name, builders[j]!.finish()); });
  return { source: shown, rows, names, column: (name) => byName.get(name) };
}

/**
 * At most this many values are reserved per column up front. Reserving is cheap: untouched memory is never
 * committed, while every copy of a column (growing it, joining pieces) touches new memory, and touching fresh
 * memory is what costs (page faults: about 5 ms per MB on the benchmark machine).
 */
const MAX_RESERVED = 1 << 28;

/**
 * One column of the table: numbers in place (in a reserved array, else in pieces of one batch each, joined once
 * at the end) while every value is a number, then an array of values from the first value that is not a number.
 */
class ColumnBuilder {
  private reserved: Float64Array | undefined;
  private pieces: Float64Array[] | undefined = [];
  private values: Value[] | undefined;
  private length = 0;

  constructor(leadingNulls: number, capacity: number) {
    // JSON rows that lacked this key: missing values, so the column is not all numbers.
    if (leadingNulls > 0) {
      this.pieces = undefined;
      this.values = new Array<Value>(leadingNulls).fill(null);
      this.length = leadingNulls;
    } else if (capacity > 0) {
      this.reserved = new Float64Array(capacity);
    }
  }

  /** The first `count` rows of a column batch's view; an all-number batch is one copy. */
  pushView(view: ColumnView, count: number): void {
    if (this.pieces) {
      const kinds = view.kinds;
      let i = 0;
      while (i < count && kinds[i] === NUMBER) i++;
      if (i === count) {
        this.pushNumbers(view.numbers.subarray(0, count));
        return;
      }
      this.toValues();
    }
    for (let i = 0; i < count; i++) this.values!.push(view.value(i));
    this.length += count;
  }

  /** Column j of a batch of rows. */
  pushColumn(rows: readonly Value[][], j: number): void {
    if (this.pieces) {
      const piece = new Float64Array(rows.length);
      let i = 0;
      for (; i < rows.length; i++) {
        const v = rows[i][j];
        if (typeof v !== 'number') break;
        piece[i] = v;
      }
      if (i === rows.length) {
        this.pushNumbers(piece);
        return;
      }
      this.toValues();
    }
    for (const row of rows) this.values!.push(j < row.length ? row[j] : null);
    this.length += rows.length;
  }

  private pushNumbers(numbers: Float64Array): void {
    const reserved = this.reserved;
    if (reserved && this.length + numbers.length <= reserved.length) {
      reserved.set(numbers, this.length);
    } else {
      if (reserved) {
        this.pieces!.push(reserved.subarray(0, this.length));
        this.reserved = undefined;
      }
      this.pieces!.push(numbers.slice());
    }
    this.length += numbers.length;
  }

  private toValues(): void {
    this.values = Array.from(this.numbers());
    this.pieces = undefined;
    this.reserved = undefined;
  }

  private numbers(): Float64Array {
    if (this.reserved) return this.reserved.subarray(0, this.length);
    const out = new Float64Array(this.length);
    let at = 0;
    for (const piece of this.pieces!) {
      out.set(piece, at);
      at += piece.length;
    }
    return out;
  }

  finish(): ArrayLike<unknown> {
    return this.pieces ? this.numbers() : this.values!;
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
