/**
 * The shape every compiled expectation takes: it names the columns it reads, sees each row once (streaming)
 * and produces its result at the end.
 */
import type { ColumnBatch, ColumnView } from '../read/column-batch.ts';
import type { Value } from '../values.ts';
import type { ExpectationResult } from './result.ts';
import type { DuplicatesPart } from './duplicates.ts';

export interface RowContext {
  /** 0-based row number in the dataset. */
  row: number;
  file: string;
  line: number | undefined;
}

export interface TableFacts {
  rows: number;
  /** Column names in order, from the first file. */
  columns: readonly string[];
}

/** Where a partial scan's rows sit in the whole: add these to its row numbers and line numbers. */
export interface Shift {
  rows: number;
  lines: number;
}

export interface Check {
  /** Columns read, in the order `add` receives their values; empty for table-level checks. */
  readonly columns: readonly string[];
  /** Called once per row with the values of `columns`. */
  add(values: Value[], at: RowContext): void;
  finish(table: TableFacts): Promise<ExpectationResult['result'] & { success: boolean }> | (ExpectationResult['result'] & { success: boolean });
  /** The state of a partial scan (structured-clonable), for merging scans of byte ranges (workers). */
  snapshot(): unknown;
  /** Adds the state of another partial scan whose rows are shifted by `shift`. */
  absorb(state: unknown, shift: Shift): void;
  /**
   * Optional: the work of `finish` cut into `count` independent parts (structured-clonable) that other
   * threads run with `runFinishPart` (finish-parts.ts), after every absorb; undefined when it cannot be cut.
   */
  finishParts?(count: number): FinishPart[] | undefined;
  /** The parts' results, in the order of `finishParts`; `finish` then uses them. */
  finishPartsDone?(results: unknown[]): void;
  /** Optional: deletes what this check keeps on disk, for a scan abandoned before `finish` (an error). */
  close?(): void;
  /** Optional: deletes what a snapshot of this check refers to on disk, for a partial scan never absorbed. */
  discard?(state: unknown): void;
}

/** One part of a check's finish, run on another thread (see finish-parts.ts). */
export type FinishPart = { kind: 'duplicates'; part: DuplicatesPart };

/** Checks on a single column get the value itself. */
export abstract class ColumnCheck implements Check {
  readonly columns: readonly string[];

  constructor(column: string) {
    this.columns = [column];
  }

  add(values: Value[], at: RowContext): void {
    this.addValue(values[0], at);
  }

  abstract addValue(value: Value, at: RowContext): void;

  /**
   * The column's values in a column batch whose first row is row `firstRow` of the dataset. Checks with a
   * columnar kernel override this; the default hands each value to `addValue`.
   */
  addColumn(view: ColumnView, batch: ColumnBatch, firstRow: number): void {
    const at: RowContext = { row: 0, file: batch.file, line: undefined };
    const lines = batch.lines;
    for (let r = 0; r < view.length; r++) {
      at.row = firstRow + r;
      at.line = lines[r];
      this.addValue(view.value(r), at);
    }
  }
  abstract finish(table: TableFacts): ExpectationResult['result'] & { success: boolean };
  abstract snapshot(): unknown;
  abstract absorb(state: unknown, shift: Shift): void;
}
