/**
 * A columnar CSV reader for drift: one streaming pass, bytes parsed in place, no row objects.
 * Each column goes into a ColumnBuilder (column-builder.ts): numbers kept exactly in their cheapest form; a
 * column turns categorical at its first non-numeric field and from then on keeps only value counts. The
 * file's content hash is computed in the same pass (for the retraining key). Empty fields and
 * NA/NaN/null/None are missing. Large plain files are read over byte ranges in parallel instead
 * (parallel/csv-ranges.ts), with this reader as the fallback and the reference for its results.
 * Numbers: decimal literals with at most 15 significant digits and small exponents are converted exactly
 * (an integer mantissa below 2^53 divided or multiplied by an exact power of ten is correctly rounded —
 * Clinger's fast path); anything else goes through Number().
 * Other formats (TSV, JSON Lines, Parquet, gzip) are read through @mlci/data; see other-sources.ts.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { UserError } from '@mlci/core';
import type { ColumnSample } from './column-sample.ts';
import { ColumnBuilder, sameBytes } from './column-builder.ts';
import { CONTENT_HASH } from './retrain-key.ts';

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const MISSING = new Set(['NA', 'NaN', 'nan', 'null', 'NULL', 'None', 'N/A']);

const MISSING_BYTES = [...MISSING].map((m) => Buffer.from(m));

function isMissingMarker(buf: Buffer, s: number, e: number): boolean {
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

function slowNumber(buf: Buffer, s: number, e: number): number {
  const text = buf.toString('latin1', s, e).trim();
  if (text === '') return NaN;
  const v = Number(text);
  return Number.isFinite(v) ? v : NaN;
}

export interface CsvColumns {
  columns: Map<string, ColumnSample>;
  /** Every column of the file, selected or not. */
  names: string[];
  rows: number;
  contentHash: string;
}

/** Where a fast pass stands: rows read so far, and the file/line for error messages. */
interface ParseState {
  file: string;
  line: number;
  rows: number;
}

/**
 * The fast path over a block of complete lines without any quote character: one loop over the bytes that
 * splits fields and, on the way, reads plain decimals ([-]digits[.digits]) into an integer mantissa; only other
 * fields go through pushField. Everything is local to this function so the JIT keeps it in registers.
 */
function parsePlainLines(buf: Buffer, start: number, end: number, bs: (ColumnBuilder | undefined)[], st: ParseState): void {
  const nb = bs.length;
  let lineStart = start;
  let j = 0;
  let fs = start;
  let mant = 0;
  let digits = 0;
  let frac = 0;
  let dot = false;
  let any = false;
  let simple = true;
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c === 44 /* , */ || c === 10 /* \n */) {
      let fe = i;
      if (c === 10) {
        st.line++;
        if (fe > fs && buf[fe - 1] === 13) fe--;
        if (j === 0 && fe === lineStart) {
          lineStart = fs = i + 1;
          continue; // an empty line
        }
      }
      if (j < nb) {
        const b = bs[j];
        if (b !== undefined) {
          if (simple && any && b.counts === undefined && digits <= 15 && frac <= 22 && fe === i) {
            const v = mant / POW10[frac];
            b.pushNumber(buf[fs] === 45 ? -v : v);
          } else if (b.counts !== undefined && fe > fs && buf[fs] !== 32 && buf[fe - 1] !== 32 && buf[fs] !== 78 && buf[fs] !== 110) {
            b.pushBytes(buf, fs, fe); // categorical, nothing to trim, cannot be a missing marker
          } else {
            pushField(b, buf, fs, fe);
          }
        }
      }
      j++;
      if (c === 10) {
        if (j > nb) throw new UserError(`${st.file}:${st.line}: ${j} fields, but the header has ${nb}`, { file: st.file, line: st.line });
        for (; j < nb; j++) if (bs[j] !== undefined) bs[j]!.missing++;
        st.rows++;
        j = 0;
        lineStart = i + 1;
      }
      fs = i + 1;
      mant = digits = frac = 0;
      dot = any = false;
      simple = true;
    } else if (simple) {
      if (c >= 48 && c <= 57) {
        mant = mant * 10 + (c - 48);
        digits++; // leading zeros count too: conservative, such fields take the exact slow path
        if (dot) frac++;
        any = true;
      } else if (c === 46 /* . */ && !dot) dot = true;
      else if (!(c === 45 /* - */ && i === fs)) simple = false;
    }
  }
}

/** One line that may hold quoted fields (RFC 4180, no newlines inside quotes). */
function parseQuotedLine(text: string, bs: (ColumnBuilder | undefined)[], st: ParseState): void {
  st.line++;
  if (text.endsWith('\r')) text = text.slice(0, -1);
  if (text === '') return;
  st.rows++;
  const fields = splitQuoted(text);
  if (fields.length > bs.length) throw new UserError(`${st.file}:${st.line}: ${fields.length} fields, but the header has ${bs.length}`, { file: st.file, line: st.line });
  fields.forEach((f, j) => {
    const b = bs[j];
    if (b) {
      const bytes = Buffer.from(f);
      pushField(b, bytes, 0, bytes.length);
    }
  });
  for (let j = fields.length; j < bs.length; j++) if (bs[j]) bs[j]!.missing++;
}

/** Reads the selected columns (all when `select` is undefined) of a comma-separated file with a header line. */
export async function readCsvColumns(file: string, select?: (name: string) => boolean): Promise<CsvColumns> {
  const hash = createHash(CONTENT_HASH);
  let header: string[] | undefined;
  let builders: (ColumnBuilder | undefined)[] = [];
  let rest: Buffer | undefined;
  const st: ParseState = { file, line: 0, rows: 0 };

  /** Parses the complete lines of buf[s, e) (e just after a newline). */
  const parseBlock = (buf: Buffer, s: number, e: number): void => {
    while (!header && s < e) {
      const nl = buf.indexOf(10, s);
      st.line++;
      const text = buf.toString('utf8', s, nl).replace(/\r$/, '');
      s = nl + 1;
      if (text === '') continue;
      header = splitQuoted(text);
      builders = header.map((name) => (select && !select(name) ? undefined : new ColumnBuilder()));
    }
    if (s >= e) return;
    const quote = buf.indexOf(34 /* " */, s);
    if (quote === -1 || quote >= e) {
      parsePlainLines(buf, s, e, builders, st);
      return;
    }
    // Quotes somewhere in this block: plain lines before the first quoted one go fast, the rest line by line.
    const lineOfQuote = buf.lastIndexOf(10, quote) + 1;
    if (lineOfQuote > s) parsePlainLines(buf, s, lineOfQuote, builders, st);
    for (let ls = Math.max(s, lineOfQuote); ls < e; ) {
      const nl = buf.indexOf(10, ls);
      parseQuotedLine(buf.toString('utf8', ls, nl), builders, st);
      ls = nl + 1;
    }
  };

  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      const bytes = chunk as Buffer;
      hash.update(bytes);
      let s = 0;
      if (rest) {
        // Complete the line carried over from the previous chunk without copying this whole chunk.
        const nl = bytes.indexOf(10);
        if (nl === -1) {
          rest = Buffer.concat([rest, bytes]);
          continue;
        }
        const joined = Buffer.concat([rest, bytes.subarray(0, nl + 1)]);
        parseBlock(joined, 0, joined.length);
        s = nl + 1;
        rest = undefined;
      }
      const last = bytes.lastIndexOf(10);
      if (last >= s) {
        parseBlock(bytes, s, last + 1);
        s = last + 1;
      }
      if (s < bytes.length) rest = Buffer.from(bytes.subarray(s));
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError(`${file} not found`, { file });
    throw e;
  }
  if (rest && rest.length) {
    const joined = Buffer.concat([rest, Buffer.from('\n')]);
    parseBlock(joined, 0, joined.length);
  }
  if (!header) throw new UserError(`${file} is empty: expected a header line with column names`, { file, line: 1 });
  const columns = new Map<string, ColumnSample>();
  header.forEach((name, j) => {
    if (builders[j]) columns.set(name, builders[j]!.finish());
  });
  return { columns, names: header, rows: st.rows, contentHash: hash.digest('hex') };
}

function pushField(b: ColumnBuilder, buf: Buffer, s: number, e: number): void {
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

/** RFC 4180 fields of one line ("" inside quotes is a quote). */
function splitQuoted(text: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}

// For the byte-range reader (parallel/range-read.ts): the same field and line semantics on part of a file.
export { pushField, isMissingMarker, type ParseState };
