/**
 * What every expectation reports, in Great Expectations' vocabulary (`success`, `observed_value`,
 * `unexpected_count`, `unexpected_percent`, `partial_unexpected_list`), plus where each unexpected value is:
 * its 0-based row number (GE's `pk_index`), file and line.
 */
import type { Value } from '../values.ts';

export const MAX_EXAMPLES = 20;

export interface UnexpectedExample {
  /** 0-based row number in the dataset (files concatenated), as GE's unexpected_index_list. */
  row: number;
  file: string;
  /** 1-based line of the row in `file` (absent for Parquet). */
  line?: number;
  value: Value;
}

export interface ExpectationResult {
  expectation_type: string;
  kwargs: Record<string, unknown>;
  success: boolean;
  /** Where the expectation is in the suite file. */
  suiteLine?: number;
  result: {
    observed_value?: unknown;
    element_count?: number;
    missing_count?: number;
    unexpected_count?: number;
    /** unexpected_count / non-missing count × 100 (× element_count for the null checks), as GE. */
    unexpected_percent?: number;
    partial_unexpected_list?: UnexpectedExample[];
    /** Expectation-specific detail (mismatched columns, value counts, ...). */
    details?: unknown;
    /** Set when a figure is approximate, with its bound. */
    note?: string;
  };
}

/** Counts unexpected values and keeps the first `MAX_EXAMPLES` (by row number) with their location. */
export class UnexpectedTracker {
  count = 0;
  readonly examples: UnexpectedExample[] = [];

  add(row: number, file: string, line: number | undefined, value: Value): void {
    this.count++;
    this.example(row, file, line, value);
  }

  snapshot(): { count: number; examples: UnexpectedExample[] } {
    return { count: this.count, examples: this.examples };
  }

  absorb(state: { count: number; examples: UnexpectedExample[] }, shift: { rows: number; lines: number }): void {
    this.count += state.count;
    for (const e of state.examples) this.example(e.row + shift.rows, e.file, e.line === undefined ? undefined : e.line + shift.lines, e.value);
  }

  /** Keeps an example without counting it (for checks that count separately, e.g. uniqueness). */
  example(row: number, file: string, line: number | undefined, value: Value): void {
    const list = this.examples;
    if (list.length >= MAX_EXAMPLES && row >= list[list.length - 1].row) return;
    let i = list.length;
    while (i > 0 && list[i - 1].row > row) i--;
    list.splice(i, 0, line === undefined ? { row, file, value } : { row, file, line, value });
    if (list.length > MAX_EXAMPLES) list.pop();
  }
}

/** GE's `mostly`: success when at least that fraction of the considered rows pass; zero rows pass. */
export function passesMostly(unexpected: number, considered: number, mostly: number | undefined): boolean {
  if (considered === 0) return true;
  if (mostly === undefined) return unexpected === 0;
  return (considered - unexpected) / considered >= mostly;
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : (100 * part) / whole;
}
