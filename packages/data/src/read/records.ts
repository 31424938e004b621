/**
 * Turns JSON records (objects) into rows aligned to a growing list of columns.
 * Columns are the keys in order of first appearance (schema properties first); a key first seen in a later
 * record adds a column, and earlier rows read it as missing (null).
 */
import { UserError } from '@mlci/core';
import type { Value } from '../values.ts';

export class RecordColumns {
  columns: string[];
  private readonly index = new Map<string, number>();

  constructor(initial: Iterable<string> = []) {
    this.columns = [];
    for (const name of initial) this.add(name);
  }

  private add(name: string): number {
    const i = this.columns.length;
    // A new array, so readers holding the old list see a change of identity.
    this.columns = [...this.columns, name];
    this.index.set(name, i);
    return i;
  }

  row(record: unknown, file: string, line: number): Value[] {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw new UserError(`record at line ${line} of ${file} is ${Array.isArray(record) ? 'an array' : JSON.stringify(record)}; expected a JSON object`, { file, line, column: 1 });
    }
    const row: Value[] = new Array(this.columns.length).fill(null);
    for (const key in record) {
      let i = this.index.get(key);
      if (i === undefined) i = this.add(key);
      const v = (record as Record<string, Value>)[key];
      row[i] = v === undefined ? null : v;
    }
    return row;
  }
}

/** Line and column of a JSON.parse failure, from the position V8 puts in the message. */
export function jsonErrorColumn(error: unknown): number {
  const match = /position (\d+)/.exec(String((error as Error)?.message));
  return match ? Number(match[1]) + 1 : 1;
}
