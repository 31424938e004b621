/**
 * A columnar CSV reader for drift: one streaming pass, bytes parsed in place, no row objects.
 * Each column goes into a ColumnBuilder (column-builder.ts): numbers kept exactly in their cheapest form; a
 * column turns categorical at its first non-numeric field and from then on keeps only value counts. The
 * file's content hash is computed in the same pass (for the retraining key). Empty fields and
 * NA/NaN/null/None are missing. Large plain files are read over byte ranges in parallel instead
 * (parallel/csv-ranges.ts), with this reader as the fallback and the reference for its results. Both run the
 * same loop over blocks of plain lines (wasm-lines.ts, with plain-lines.ts for the lines it leaves) and the same field handling (csv-fields.ts); lines
 * holding quotes are split here, one at a time.
 * Other formats (TSV, JSON Lines, Parquet, gzip) are read through @mlci/data; see other-sources.ts.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { UserError } from '@mlci/core';
import type { ColumnSample } from './column-sample.ts';
import { ColumnBuilder } from './column-builder.ts';
import { pushField, type ParseState } from './csv-fields.ts';
import { scanPlainLinesWasm } from './wasm-lines.ts';
import { CONTENT_HASH } from './retrain-key.ts';
import type { SpillOptions } from './spill.ts';

export interface CsvColumns {
  columns: Map<string, ColumnSample>;
  /** Every column of the file, selected or not. */
  names: string[];
  rows: number;
  contentHash: string;
  /** Threads that parsed the file: 1, or one per byte range when a large file was read in parallel. */
  threads: number;
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

/**
 * Reads the selected columns (all when `select` is undefined) of a comma-separated file with a header line.
 * With `spill`, numeric columns keep at most spill.values plain numbers in memory (spill.ts); the caller owns
 * the spill directory and removes it once the columns are used.
 */
export async function readCsvColumns(file: string, select?: (name: string) => boolean, options: { spill?: SpillOptions } = {}): Promise<CsvColumns> {
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
      builders = header.map((name) => (select && !select(name) ? undefined : new ColumnBuilder(options.spill)));
    }
    if (s >= e) return;
    const quote = buf.indexOf(34 /* " */, s);
    if (quote === -1 || quote >= e) {
      scanPlainLinesWasm(buf, s, e, builders, st);
      return;
    }
    // Quotes somewhere in this block: plain lines before the first quoted one go fast, the rest line by line.
    const lineOfQuote = buf.lastIndexOf(10, quote) + 1;
    if (lineOfQuote > s) scanPlainLinesWasm(buf, s, lineOfQuote, builders, st);
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
  return { columns, names: header, rows: st.rows, contentHash: hash.digest('hex'), threads: 1 };
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
