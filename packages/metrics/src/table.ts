/**
 * The columns the metrics engine reads, independent of the file format: `@mlci/data` readers fill one, tests
 * build one from arrays. A missing column is the user's mistake and names the columns that exist.
 */
import { UserError } from '@mlci/core';

export interface Table {
  /** The file the rows came from, as the user named it (for error messages). */
  source: string;
  rows: number;
  names: readonly string[];
  column(name: string): ArrayLike<unknown> | undefined;
  /**
   * A text column the reader kept as codes into its few distinct strings (labels): cheaper to read than
   * `column`, which turns it into one string per row.
   */
  coded?(name: string): CodedColumn | undefined;
}

/** Row i holds labels[codes[i]]. */
export interface CodedColumn {
  codes: Uint8Array;
  labels: readonly string[];
}

/** A column's labels: as codes when the table has them so, else its values; a UserError when it is missing. */
export function requireLabels(table: Table, name: string, input: string): CodedColumn | ArrayLike<unknown> {
  return table.coded?.(name) ?? requireColumn(table, name, input);
}

export function isCoded(values: CodedColumn | ArrayLike<unknown>): values is CodedColumn {
  return 'codes' in values && 'labels' in values;
}

export function hasColumn(table: Table, name: string): boolean {
  return table.coded?.(name) !== undefined || table.column(name) !== undefined;
}

export function tableFromColumns(source: string, columns: Record<string, ArrayLike<unknown>>): Table {
  const names = Object.keys(columns);
  const rows = names.length > 0 ? columns[names[0]].length : 0;
  for (const name of names) {
    if (columns[name].length !== rows) throw new Error(`column ${name} has ${columns[name].length} rows, expected ${rows}`);
  }
  return { source, rows, names, column: (name) => (Object.hasOwn(columns, name) ? columns[name] : undefined) };
}

/** The column, or a UserError naming the input that asked for it and the columns that exist. */
export function requireColumn(table: Table, name: string, input: string): ArrayLike<unknown> {
  const values = table.column(name);
  if (values) return values;
  const shown = table.names.slice(0, 30).join(', ') + (table.names.length > 30 ? ', …' : '');
  throw new UserError(`${input}: column '${name}' not found in ${table.source}; columns are: ${shown}`, { file: table.source });
}

/** A numeric column as float64; a missing or non-numeric cell is a UserError naming row (1-based) and column. */
export function numericColumn(table: Table, name: string, input: string): Float64Array {
  const values = requireColumn(table, name, input);
  if (values instanceof Float64Array) {
    for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) throw notNumeric(table, name, i, values[i]);
    return values;
  }
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const x = typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : NaN;
    if (Number.isNaN(x)) throw notNumeric(table, name, i, v);
    out[i] = x;
  }
  return out;
}

function notNumeric(table: Table, name: string, row: number, value: unknown): UserError {
  const shown = value === null || value === undefined ? 'a missing value' : JSON.stringify(value);
  return new UserError(`column '${name}' of ${table.source} must be numeric, but data row ${row + 1} holds ${shown}`, { file: table.source });
}
