/**
 * One CSV field into a column, as every CSV reader of drift handles it (the sequential reader in csv-columns.ts,
 * the byte loop in plain-lines.ts for the fields it does not take itself): surrounding spaces trimmed; empty and
 * NA/NaN/null/None/N/A are missing; a decimal literal is a number, anything else text (see ColumnBuilder).
 * Numbers: decimal literals with at most 15 significant digits and small exponents are converted exactly
 * (an integer mantissa below 2^53 divided or multiplied by an exact power of ten is correctly rounded —
 * Clinger's fast path); any other decimal literal by parseDecimal (@mlci/data: exact, the double Number() gives).
 */
import { parseDecimal } from '@mlci/data/decimal';
import { sameBytes, type ColumnBuilder } from './column-builder.ts';

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const MISSING = new Set(['NA', 'NaN', 'nan', 'null', 'NULL', 'None', 'N/A']);

const MISSING_BYTES = [...MISSING].map((m) => Buffer.from(m));

export function isMissingMarker(buf: Buffer, s: number, e: number): boolean {
  if (e - s > 4 || (buf[s] !== 78 /* N */ && buf[s] !== 110 /* n */)) return false;
  for (const m of MISSING_BYTES) if (sameBytes(m, buf, s, e)) return true;
  return false;
}

/** Parses bytes [s, e) as a decimal number; NaN when it is not one. */
function parseNumber(buf: Buffer, s: number, e: number): number {
  let i = s;
  let neg = false;
  if (buf[i] === 45 /* - */ || buf[i] === 43 /* + */) {
    neg = buf[i] === 45;
    i++;
  }
  let mant = 0;
  let digits = 0;
  let frac = 0;
  let any = false;
  while (i < e && buf[i] >= 48 && buf[i] <= 57) {
    mant = mant * 10 + (buf[i] - 48);
    if (mant > 0) digits++;
    i++;
    any = true;
  }
  if (i < e && buf[i] === 46 /* . */) {
    i++;
    while (i < e && buf[i] >= 48 && buf[i] <= 57) {
      mant = mant * 10 + (buf[i] - 48);
      if (mant > 0) digits++;
      frac++;
      i++;
      any = true;
    }
  }
  if (!any) return NaN;
  let exp = 0;
  if (i < e && (buf[i] === 101 || buf[i] === 69)) return slowNumber(buf, s, e);
  if (i !== e) return NaN;
  exp -= frac;
  if (digits > 15 || exp < -22 || exp > 22) return slowNumber(buf, s, e);
  const v = exp < 0 ? mant / POW10[-exp] : mant * POW10[exp];
  return neg ? -v : v;
}

/**
 * What `Number(latin1 text.trim())` gives, mapped to NaN when not finite, without making the string. pushField has
 * trimmed the spaces; trim() also drops the other white space a latin1 byte can be (tab, LF, VT, FF, CR, NBSP).
 */
function slowNumber(buf: Buffer, s: number, e: number): number {
  while (s < e && isWhiteSpace(buf[s])) s++;
  while (e > s && isWhiteSpace(buf[e - 1])) e--;
  const v = parseDecimal(buf, s, e);
  return Number.isFinite(v) ? v : NaN;
}

function isWhiteSpace(byte: number): boolean {
  return (byte >= 0x09 && byte <= 0x0d) || byte === 0x20 || byte === 0xa0;
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
    const v = parseNumber(buf, s, e);
    if (!Number.isNaN(v)) {
      b.pushNumber(v);
      return;
    }
  }
  b.pushBytes(buf, s, e);
}
