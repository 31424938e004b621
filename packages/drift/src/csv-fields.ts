/**
 * One CSV field into a column, as every CSV reader of drift handles it (the sequential reader in csv-columns.ts,
 * the byte loop in plain-lines.ts for the fields it does not take itself): surrounding spaces trimmed; empty and
 * NA/NaN/null/None/N/A are missing; a decimal literal is a number, anything else text (see ColumnBuilder).
 * Numbers: a finite decimal literal is the double Number() gives for it, parsed from the bytes by parseDecimal
 * (@mlci/data); an overflowing one (1e999) is text.
 */
import { parseDecimal } from '@mlci/data/decimal';
import { sameBytes, type ColumnBuilder } from './column-builder.ts';

const MISSING = new Set(['NA', 'NaN', 'nan', 'null', 'NULL', 'None', 'N/A']);

const MISSING_BYTES = [...MISSING].map((m) => Buffer.from(m));

export function isMissingMarker(buf: Buffer, s: number, e: number): boolean {
  if (e - s > 4 || (buf[s] !== 78 /* N */ && buf[s] !== 110 /* n */)) return false;
  for (const m of MISSING_BYTES) if (sameBytes(m, buf, s, e)) return true;
  return false;
}

/** Where a reader stands: rows read so far, and the file/line for error messages. */
export interface ParseState {
  file: string;
  line: number;
  rows: number;
}

/** A field bytes [s, e) into column b (see the module comment). */
export function pushField(b: ColumnBuilder, buf: Buffer, s: number, e: number): void {
  while (s < e && buf[s] === 32) s++;
  while (e > s && buf[e - 1] === 32) e--;
  if (e === s || isMissingMarker(buf, s, e)) {
    b.missing++;
    return;
  }
  if (!b.counts) {
    const v = parseDecimal(buf, s, e);
    if (Number.isFinite(v)) {
      b.pushNumber(v);
      return;
    }
  }
  b.pushBytes(buf, s, e);
}
