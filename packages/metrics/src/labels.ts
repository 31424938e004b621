/**
 * Class labels, encoded as indices in the order scikit-learn uses (`np.unique`): numbers ascending, strings
 * by code unit, false before true. Labels of different kinds in one task (2 and "cat") are a user error, as
 * sklearn refuses a "mix of label input types".
 */
import { UserError } from '@mlci/core';
import { isCoded, requireLabels, type Table } from './table.ts';

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
    const all = requireLabels(table, name, input);
    // Codes or a byte column (small integer labels): the distinct values and their first rows, from one
    // counting pass.
    const coded = isCoded(all) ? all : undefined;
    const rows = coded ? firstRows(coded.codes) : all instanceof Uint8Array ? firstRows(all) : undefined;
    const values: ArrayLike<unknown> = coded ? rows!.map((row) => coded.labels[coded.codes[row]])
      : rows ? rows.map((row) => (all as Uint8Array)[row]) : (all as ArrayLike<unknown>);
    let last: unknown;
    for (let at = 0; at < values.length; at++) {
      const v = values[at] as unknown;
      const i = rows ? rows[at] : at;
      // Labels repeat: comparing with the previous one skips most lookups.
      if (v === last) continue;
      last = v;
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

/** The row where each distinct byte first occurs, in row order. */
function firstRows(values: Uint8Array): number[] {
  const first = new Int32Array(256).fill(-1);
  let found = 0;
  for (let i = 0; i < values.length && found < 256; i++) {
    if (first[values[i]] < 0) {
      first[values[i]] = i;
      found++;
    }
  }
  return [...first].filter((row) => row >= 0).sort((a, b) => a - b);
}

/** Class index of every row; the column's labels must all be in `classes`. */
export function encodeLabels(column: LabelColumn, classes: readonly Label[]): Int32Array {
  const values = requireLabels(column.table, column.name, column.input);
  if (isCoded(values)) {
    const classOf = Int32Array.from(values.labels, (label) => classes.indexOf(label));
    const out = new Int32Array(values.codes.length);
    for (let i = 0; i < out.length; i++) {
      const c = classOf[values.codes[i]];
      if (c < 0) throw notAClass(column, i, values.labels[values.codes[i]], classes);
      out[i] = c;
    }
    return out;
  }
  if (values instanceof Uint8Array) {
    // Byte labels: the class of each byte from a 256-entry table (-1: not a class).
    const classOf = new Int32Array(256).fill(-1);
    classes.forEach((c, index) => { if (typeof c === 'number' && c === (c & 255)) classOf[c] = index; });
    const out = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const c = classOf[values[i]];
      if (c < 0) throw notAClass(column, i, values[i], classes);
      out[i] = c;
    }
    return out;
  }
  if (values instanceof Float64Array && classes.length <= 16 && classes.every((c) => typeof c === 'number')) {
    // Numeric labels, few classes: a scan of the classes is cheaper than a Map lookup per row.
    const numbers = Float64Array.from(classes as number[]);
    const k = numbers.length;
    const out = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      let c = 0;
      while (c < k && numbers[c] !== v) c++;
      if (c === k) throw notAClass(column, i, v, classes);
      out[i] = c;
    }
    return out;
  }
  const index = new Map<unknown, number>();
  classes.forEach((c, i) => index.set(c, i));
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const c = index.get(values[i]);
    if (c === undefined) throw notAClass(column, i, values[i], classes);
    out[i] = c;
  }
  return out;
}

function notAClass(column: LabelColumn, row: number, value: unknown, classes: readonly Label[]): UserError {
  return new UserError(`column '${column.name}' of ${column.table.source}: data row ${row + 1} has label ${JSON.stringify(value)}, which is not one of the classes ${classes.map((x) => JSON.stringify(x)).join(', ')}`, { file: column.table.source });
}

/**
 * The distinct values of a column, stopping once there are more than `limit` (task detection only needs to
 * know whether there are few): a scan of the few seen so far, cheaper than a Set for 2 or 3 classes.
 */
export function fewDistinct(values: ArrayLike<unknown>, limit: number, seen: unknown[] = []): unknown[] {
  let last: unknown = seen.length > 0 ? seen[seen.length - 1] : undefined;
  for (let i = 0; i < values.length && seen.length <= limit; i++) {
    const v = values[i];
    if (v === last) continue;
    last = v;
    if (!seen.some((x) => x === v || (x !== x && v !== v))) seen.push(v);
  }
  return seen;
}

/** The class a user named (inputs are text: "1" names the number 1, "true" the boolean true). */
export function findClass(classes: readonly Label[], text: string): number {
  return classes.findIndex((c) => String(c) === text);
}
