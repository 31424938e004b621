/**
 * Class labels, encoded as indices in the order scikit-learn uses (`np.unique`): numbers ascending, strings
 * by code unit, false before true. Labels of different kinds in one task (2 and "cat") are a user error, as
 * sklearn refuses a "mix of label input types".
 */
import { UserError } from '@mlci/core';
import { requireColumn, type Table } from './table.ts';

export type Label = string | number | boolean;

export interface LabelColumn {
  table: Table;
  name: string;
  input: string;
}

/** The sorted union of the labels found in the given columns. */
export function classesOf(columns: readonly LabelColumn[]): Label[] {
  const seen = new Set<Label>();
  let kind: string | undefined;
  let kindAt = '';
  for (const { table, name, input } of columns) {
    const values = requireColumn(table, name, input);
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as unknown;
      if (seen.has(v as Label)) continue;
      const k = typeof v;
      if (v === null || v === undefined || (k === 'number' && Number.isNaN(v)) || (k !== 'string' && k !== 'number' && k !== 'boolean')) {
        throw new UserError(`column '${name}' of ${table.source}: data row ${i + 1} has no label (${v === null || v === undefined ? 'missing value' : JSON.stringify(v)}); every row needs one`, { file: table.source });
      }
      const where = `column '${name}' of ${table.source}, data row ${i + 1}`;
      if (kind === undefined) {
        kind = k;
        kindAt = where;
      } else if (kind !== k) {
        throw new UserError(`labels mix ${kind}s (${kindAt}) and ${k}s (${where}: ${JSON.stringify(v)}); use one kind of label`, { file: table.source });
      }
      seen.add(v as Label);
    }
  }
  const classes = [...seen];
  if (kind === 'number') classes.sort((a, b) => (a as number) - (b as number));
  else if (kind === 'boolean') classes.sort((a, b) => Number(a) - Number(b));
  else classes.sort((a, b) => ((a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0));
  return classes;
}

/** Class index of every row; the column's labels must all be in `classes`. */
export function encodeLabels(column: LabelColumn, classes: readonly Label[]): Int32Array {
  const values = requireColumn(column.table, column.name, column.input);
  const index = new Map<unknown, number>();
  classes.forEach((c, i) => index.set(c, i));
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const c = index.get(values[i]);
    if (c === undefined) {
      throw new UserError(`column '${column.name}' of ${column.table.source}: data row ${i + 1} has label ${JSON.stringify(values[i])}, which is not one of the classes ${classes.map((x) => JSON.stringify(x)).join(', ')}`, { file: column.table.source });
    }
    out[i] = c;
  }
  return out;
}

/** The class a user named (inputs are text: "1" names the number 1, "true" the boolean true). */
export function findClass(classes: readonly Label[], text: string): number {
  return classes.findIndex((c) => String(c) === text);
}
