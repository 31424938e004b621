/**
 * A streaming CSV/TSV parser over bytes (RFC 4180 with a header row).
 *
 * Bytes are pushed in chunks; complete records come out as typed rows. Memory is bounded by the largest
 * record (`maxRecordBytes`, 1 MiB by default): a longer field is a user error, not an out-of-memory crash.
 * Numbers are parsed straight from the bytes (no intermediate string): the split itself takes those with at
 * most 15 significant digits and no exponent — then `digits / 10^k` is the correctly rounded double (Clinger's
 * fast path, "How to read floating point numbers accurately", PLDI 1990); parseDecimal (decimal.ts) any other.
 * In columnar mode, blocks of lines without quotes are split by a WebAssembly module (wasm-records.ts) or, when
 * small, by plainRecords, its JavaScript twin; the general loop takes every other record.
 *
 * Rejected, each as one UserError with file, line and column: invalid UTF-8, a quote left open at the end of
 * the file, a character after a closing quote, mixed (or bare CR) line endings, a row with a different number
 * of fields than the header, duplicate or empty header names, an empty file. A UTF-8 byte-order mark is
 * skipped. Empty fields are missing values (null); a quoted empty field in a string column is "".
 */
import { isUtf8 } from 'node:buffer';
import { UserError } from '@mlci/core';
import type { ColumnType, Value } from '../values.ts';
import { ColumnBatchBuilder, NUMBER, TEXT, type ColumnBatch, type ColumnView } from './column-batch.ts';
import { scanRecords, wasmRecordsTuning, type RecordScan } from './wasm-records.ts';
import { firstInvalidUtf8 } from './utf8.ts';
import { parseDecimal } from './decimal.ts';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export interface CsvOptions {
  /** Field separator: ',' for CSV, '\t' for TSV. */
  delimiter: string;
  /** Parse type of a column by name; `auto` when absent. */
  typeOf: (column: string) => ColumnType;
  /** Longest record accepted, in bytes (default 1 MiB). */
  maxRecordBytes?: number;
  /**
   * Parsing a byte range of a larger file (see parallel/): the header is given, the bytes start at a record
   * boundary, and parsing stops at the first record that starts at or after byte `stopAt` of the range.
   */
  range?: { header: string[]; stopAt?: number };
  /**
   * Fill column batches (see column-batch.ts; taken with `takeBatch`) instead of rows: no value per cell, and
   * strings interned per batch. With `reuse`, each batch's buffers are refilled for the next one: a batch is
   * then valid only until the next `takeBatch`.
   */
  columnar?: { batchRows: number; reuse?: boolean };
}

// Parse types as small integers, for the per-field switch.
const AUTO = 0;
const STRING = 1;
const NUMERIC = 2;
const BOOLEAN = 3;
const KIND_CODE: Record<ColumnType, number> = { auto: AUTO, string: STRING, number: NUMERIC, integer: NUMERIC, boolean: BOOLEAN };


export interface ParsedRows {
  rows: Value[][];
  /** 1-based line where each row starts. */
  lines: number[];
}

export class CsvParser {
  readonly file: string;
  header: string[] | undefined;
  private readonly delimiter: number;
  private readonly options: CsvOptions;
  private readonly maxRecordBytes: number;
  private kinds: ColumnType[] = [];
  private kindCodes = new Uint8Array(0);
  private builder: ColumnBatchBuilder | undefined;
  private spare: ColumnBatchBuilder | undefined;
  private pending: Buffer | undefined;
  /** Stream offset of the first byte of `pending` (of the next chunk when nothing is pending). */
  private pendingOffset = 0;
  /** Bytes of `pending` already checked as UTF-8. */
  private validated = 0;
  /** Line number at the start of `pending`. */
  private line = 1;
  private lineEnding: 'LF' | 'CRLF' | undefined;
  private first = true;
  private sawData = false;
  private dataRows = 0;
  // Field boundaries of the record being parsed (reused to avoid garbage).
  private starts: number[] = [];
  private ends: number[] = [];
  private quoted: boolean[] = [];
  /**
   * The split's value of the field handed to `fillField`, and on to its column view. A typed slot, not a
   * variable or an argument: a double that mixes with constants and integers in one expression, or crosses
   * a call that is not inlined, was boxed — a heap number per decimal field, about 75 bytes of garbage a row
   * of the benchmark data (V8's sampling heap profiler), all gone this way (read-only CPU −10%).
   */
  private readonly fast = new Float64Array(1);
  /** Bytes pushed so far (range mode: to know where records start). */
  private streamBytes = 0;
  private stopAt: number | undefined;
  /** Range mode: set once a record starting at or after `stopAt` is reached; its offset in the range. */
  stoppedAt: number | undefined;

  constructor(file: string, options: CsvOptions) {
    this.file = file;
    this.options = options;
    if (options.delimiter.length !== 1) throw new UserError(`CSV delimiter must be one character, got '${options.delimiter}'`);
    this.delimiter = options.delimiter.charCodeAt(0);
    this.maxRecordBytes = options.maxRecordBytes ?? 1 << 20;
    this.stopAt = options.range?.stopAt;
    if (options.range) {
      this.header = options.range.header;
      this.setKinds(this.header);
      this.first = false;
      this.sawData = true;
    }
  }

  /**
   * Range mode: moves the stop to byte `stopAt` of the range, which must not be below the bytes pushed so far
   * (the records before it are then parsed as they would have been; parallel/ splits a range this way).
   */
  stopEarlier(stopAt: number): void {
    if (stopAt < this.streamBytes || (this.stopAt !== undefined && stopAt > this.stopAt)) throw new Error(`stop ${stopAt} outside [${this.streamBytes}, ${this.stopAt}]`);
    this.stopAt = stopAt;
  }

  /** Line breaks consumed so far (range mode: the range's line count up to where it stopped). */
  get linesConsumed(): number {
    return this.line - 1;
  }

  get detectedLineEnding(): 'LF' | 'CRLF' | undefined {
    return this.lineEnding;
  }

  /** Parses every complete record in `chunk` (plus what was left over); keeps the incomplete tail. */
  push(chunk: Buffer, out?: ParsedRows): void {
    if (chunk.length === 0 || this.stoppedAt !== undefined) return;
    const chunkOffset = this.streamBytes;
    this.streamBytes += chunk.length;
    this.sawData = true;
    const pending = this.pending && this.pending.length > 0 ? this.pending : undefined;
    let data: Buffer = chunk;
    let base = chunkOffset;
    if (pending) {
      const lf = this.first ? -1 : chunk.indexOf(LF);
      if (lf === -1) {
        data = Buffer.concat([pending, chunk]);
        base = this.pendingOffset;
      } else {
        // The record carried over usually ends at this chunk's first line feed: finish it with that line
        // alone instead of copying the whole chunk behind it.
        const joined = Buffer.concat([pending, chunk.subarray(0, lf + 1)]);
        this.checkUtf8(joined, joined.length);
        const used = this.parse(joined, false, out, this.pendingOffset);
        if (this.stoppedAt !== undefined) {
          this.pending = undefined;
          return;
        }
        if (used === joined.length) {
          data = chunk.subarray(lf + 1);
          base = chunkOffset + lf + 1;
          this.validated = 0;
        } else {
          // A quoted field runs past that line feed: carry on over the rest of the chunk.
          data = Buffer.concat([joined.subarray(used), chunk.subarray(lf + 1)]);
          base = this.pendingOffset + used;
          this.validated = joined.length - used;
        }
        this.pending = undefined;
      }
    }
    if (this.first) {
      if (data.length < 3 && data[0] === 0xef) { this.pending = data; this.pendingOffset = base; return; }
      if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) { data = data.subarray(3); base += 3; }
      this.first = false;
    }
    this.checkUtf8(data, data.lastIndexOf(LF) + 1);
    const used = this.parse(data, false, out, base);
    if (this.stoppedAt !== undefined) {
      this.pending = undefined;
      return;
    }
    this.keep(data, used, base);
  }

  /** Parses the final record (a file need not end with a newline) and checks the file had data rows. */
  end(out?: ParsedRows): void {
    const data = this.pending ?? Buffer.alloc(0);
    if (this.options.range) {
      if (this.stoppedAt === undefined) {
        this.checkUtf8(data, data.length);
        this.parse(data, true, out, this.pendingOffset);
      }
      this.pending = undefined;
      return;
    }
    if (!this.sawData || (this.header === undefined && data.length === 0)) {
      throw new UserError(`${this.file} is empty; expected a header row and at least one data row`, { file: this.file, line: 1 });
    }
    this.checkUtf8(data, data.length);
    this.parse(data, true, out, this.pendingOffset);
    this.pending = undefined;
    if (this.dataRows === 0) {
      throw new UserError(`${this.file} has a header row but no data rows`, { file: this.file, line: 2 });
    }
  }

  private keep(data: Buffer, used: number, base: number): void {
    const rest = data.subarray(used);
    if (rest.length > this.maxRecordBytes) {
      throw new UserError(
        `the record starting at line ${this.line} of ${this.file} is longer than ${this.maxRecordBytes} bytes ` +
          `(a field that large is usually a missing closing quote or the wrong delimiter)`,
        { file: this.file, line: this.line, column: 1 },
      );
    }
    // Copy so the (large) chunk it came from can be released.
    this.pending = rest.length > 0 ? Buffer.from(rest) : undefined;
    this.pendingOffset = base + used;
    this.validated = Math.max(0, this.validated - used);
  }

  private checkUtf8(data: Buffer, upTo: number): void {
    if (upTo <= this.validated) return;
    if (!isUtf8(data.subarray(this.validated, upTo))) {
      const bad = firstInvalidUtf8(data, this.validated, upTo);
      let line = this.line;
      let lineStart = 0;
      for (let i = 0; i < bad; i++) if (data[i] === LF) { line++; lineStart = i + 1; }
      const column = data.subarray(lineStart, bad).toString('utf8').length + 1;
      throw new UserError(`${this.file} is not valid UTF-8: byte 0x${data[bad].toString(16).padStart(2, '0')} at line ${line}, column ${column}`, {
        file: this.file, line, column,
      });
    }
    this.validated = upTo;
  }

  /** Parses records from `data`; returns the number of bytes consumed (up to the last complete record). */
  private parse(data: Buffer, final: boolean, out: ParsedRows | undefined, base: number): number {
    const n = data.length;
    const delimiter = this.delimiter;
    let pos = 0;
    // Columnar mode: whole lines before the next quote go through `plainRecords`; this loop takes the records
    // it leaves (quoted fields, blank lines, the first record, anything it would have to report).
    let plainEnd = -1;
    let fresh = true;
    while (pos < n) {
      if (this.stopAt !== undefined && base + pos >= this.stopAt) {
        this.stoppedAt = base + pos;
        return pos;
      }
      if (this.builder !== undefined && this.header !== undefined && this.lineEnding !== undefined) {
        if (pos >= plainEnd) {
          const quote = data.indexOf(QUOTE, pos);
          plainEnd = data.lastIndexOf(LF, quote === -1 ? n - 1 : quote) + 1;
        }
        if (plainEnd > pos) {
          const stop = this.stopAt === undefined ? plainEnd : this.stopAt - base;
          const next = plainEnd - pos >= wasmRecordsTuning.minBytes
            ? this.plainRecordsWasm(data, pos, plainEnd, stop, fresh)
            : this.plainRecords(data, pos, plainEnd, stop);
          fresh = false;
          if (next > pos) {
            pos = next;
            continue;
          }
        }
      }
      const recordStart = pos;
      const recordLine = this.line;
      // Columnar mode after the header: each field goes into its column as soon as it is split (one pass over
      // the fields); a record found incomplete or skipped is taken back out (`unfill`).
      const builder = this.header === undefined ? undefined : this.builder;
      const width = builder === undefined ? 0 : builder.views.length;
      let line = recordLine;
      let lineStart = pos;
      let count = 0;
      let i = pos;
      let complete = false;
      for (;;) {
        // One field starting at i.
        if (i < n && data[i] === QUOTE) {
          const openLine = line;
          const openColumn = i - lineStart + 1;
          let j = i + 1;
          for (;;) {
            const q = data.indexOf(QUOTE, j);
            if (q === -1) {
              if (final) throw new UserError(`unterminated quoted field in ${this.file}: the quote opened at line ${openLine}, column ${openColumn} is never closed`, { file: this.file, line: openLine, column: openColumn });
              for (let k = j; k < n; k++) if (data[k] === LF) { line++; lineStart = k + 1; }
              j = -1;
              break;
            }
            for (let k = j; k < q; k++) if (data[k] === LF) { line++; lineStart = k + 1; }
            if (q + 1 < n && data[q + 1] === QUOTE) { j = q + 2; continue; }
            if (q + 1 >= n && !final) { j = -1; break; }
            j = q;
            break;
          }
          if (j === -1) break; // incomplete: wait for more bytes
          this.setField(count, i + 1, j, true);
          if (count < width) {
            this.fast[0] = NaN;
            this.fillField(data, builder!.views[count], count);
          }
          count++;
          i = j + 1;
          if (i < n && data[i] !== delimiter && data[i] !== LF && data[i] !== CR) {
            throw new UserError(`unexpected character '${String.fromCharCode(data[i])}' after a closing quote in ${this.file} at line ${line}, column ${i - lineStart + 1}; a quote inside a quoted field is written as ""`, { file: this.file, line, column: i - lineStart + 1 });
          }
        } else {
          // An unquoted field; on the way, a plain decimal ([+-]digits[.digits], at most 15 digits) is read
          // into an integer mantissa, so `fill` need not parse it again (same value as parseDecimal's fast path).
          let j = i;
          let mantissa = 0;
          let digits = 0;
          let fraction = -1;
          let negative = false;
          if (j < n && (data[j] === 0x2d || data[j] === 0x2b)) { negative = data[j] === 0x2d; j++; }
          while (j < n) {
            const c = data[j];
            const d = c - 0x30;
            if (d >= 0 && d <= 9) {
              mantissa = mantissa * 10 + d;
              digits++;
              if (fraction >= 0) fraction++;
            } else if (c === delimiter || c === LF || c === CR) break;
            else if (c === 0x2e && fraction < 0) fraction = 0;
            else {
              // Not plain: no fast value. Only an exponent can still make a number (see parseDecimal).
              digits = c === 0x65 || c === 0x45 ? 16 : -1;
              j++;
              while (j < n) {
                const e = data[j];
                if (e === delimiter || e === LF || e === CR) break;
                j++;
              }
              break;
            }
            j++;
          }
          this.setField(count, i, j, false);
          if (count < width) {
            // The split's value, written straight into the typed slot (see `fast`).
            const slot = this.fast;
            if (digits === -1) slot[0] = NOT_NUMBER;
            else if (digits === 0 || digits > 15) slot[0] = NaN;
            else if (fraction > 0) slot[0] = mantissa / POW10[fraction];
            else slot[0] = mantissa;
            if (negative) slot[0] = -slot[0];
            this.fillField(data, builder!.views[count], count);
          }
          count++;
          i = j;
        }
        if (i >= n) {
          if (!final) break;
          complete = true;
          break;
        }
        const c = data[i];
        if (c === delimiter) { i++; continue; }
        // End of record: \n or \r\n.
        let ending: 'LF' | 'CRLF';
        if (c === CR) {
          if (i + 1 >= n && !final) break;
          if (data[i + 1] !== LF) {
            throw new UserError(`${this.file} has a bare carriage return (CR) line ending at line ${line}, column ${i - lineStart + 1}; use LF or CRLF`, { file: this.file, line, column: i - lineStart + 1 });
          }
          ending = 'CRLF';
          i += 2;
        } else {
          ending = 'LF';
          i += 1;
        }
        if (this.lineEnding === undefined) this.lineEnding = ending;
        else if (this.lineEnding !== ending) {
          throw new UserError(`${this.file} mixes line endings: line ${line} ends with ${ending} but earlier lines end with ${this.lineEnding}`, { file: this.file, line, column: i - lineStart - (ending === 'CRLF' ? 1 : 0) });
        }
        line++;
        complete = true;
        break;
      }
      if (!complete) {
        if (builder !== undefined) this.unfill(builder, Math.min(count, width));
        return recordStart;
      }
      pos = i;
      this.line = line;
      // A blank line (one empty unquoted field) is skipped, as pandas does.
      if (count === 1 && this.starts[0] === this.ends[0] && !this.quoted[0]) {
        if (builder !== undefined) this.unfill(builder, 1);
        continue;
      }
      this.emit(data, count, recordLine, recordStart, out);
    }
    return pos;
  }

  /**
   * Columnar mode's loop for lines without quotes: parses the records starting in [pos, stop) that end before
   * `limit` (which holds no quote and ends with a line feed) straight into the column views, and returns where
   * it stopped. The general loop above gives the same values (the same split and `fillField` for anything but
   * a plain decimal, a plain string or an empty field); this one leaves out what it never needs there (quotes,
   * bounds, the first record's line ending) and stops before any record it would have to report or skip —
   * a blank line, a line ending that differs, a row with the wrong number of fields, a batch that would grow —
   * so the general loop takes that one with its exact error.
   */
  private plainRecords(data: Buffer, pos: number, limit: number, stop: number): number {
    const builder = this.builder!;
    const views = builder.views;
    const width = views.length;
    const kinds = this.kindCodes;
    const delimiter = this.delimiter;
    const crlf = this.lineEnding === 'CRLF';
    const slot = this.fast;
    let room = this.batchRoom();
    let line = this.line;
    let i = pos;
    while (i < limit && i < stop && room > 0) {
      const recordStart = i;
      let c = data[i];
      if (c === LF || c === CR) break;
      let f = 0;
      for (;;) {
        const view = views[f];
        const kind = kinds[f];
        const s = i;
        if (kind === STRING) {
          while (c !== delimiter && c !== LF && c !== CR) c = data[++i];
          if (i === s) view.pushMissing();
          else view.pushBytes(data, s, i);
        } else {
          // The general loop's split (same mantissa, digits and fraction; see there), with the integer and
          // fraction digits in loops of their own.
          let negative = false;
          if (c === 0x2d || c === 0x2b) { negative = c === 0x2d; c = data[++i]; }
          const first = i;
          let mantissa = 0;
          while (c >= 0x30 && c <= 0x39) {
            mantissa = mantissa * 10 + (c - 0x30);
            c = data[++i];
          }
          let digits = i - first;
          let fraction = -1;
          if (c === 0x2e) {
            const point = ++i;
            c = data[i];
            while (c >= 0x30 && c <= 0x39) {
              mantissa = mantissa * 10 + (c - 0x30);
              c = data[++i];
            }
            fraction = i - point;
            digits += fraction;
          }
          if (c !== delimiter && c !== LF && c !== CR) {
            // The first byte the split does not take: only an exponent can still make a number.
            digits = c === 0x65 || c === 0x45 ? 16 : -1;
            c = data[++i];
            while (c !== delimiter && c !== LF && c !== CR) c = data[++i];
          }
          if (i === s) view.pushMissing();
          else if (digits > 0 && digits <= 15 && kind !== BOOLEAN) {
            // fillField's number, written here (a plain decimal: the split's value is the parsed one).
            const at = view.length;
            view.numbers[at] = negative ? -(fraction > 0 ? mantissa / POW10[fraction] : mantissa) : fraction > 0 ? mantissa / POW10[fraction] : mantissa;
            view.kinds[at] = NUMBER;
            view.length = at + 1;
          } else if (digits === -1 && kind !== BOOLEAN) {
            // Not a number: a boolean word (auto columns) or a string, as fillField decides.
            const b = kind === AUTO ? booleanBytes(data, s, i) : undefined;
            if (b !== undefined) view.pushBoolean(b);
            else view.pushBytes(data, s, i);
          } else {
            this.setField(f, s, i, false);
            slot[0] = digits === -1 ? NOT_NUMBER : NaN;
            this.fillField(data, view, f);
          }
        }
        f++;
        if (c !== delimiter || f === width) break;
        c = data[++i];
      }
      // A record the general loop must take (and report, or skip): its fields come out again.
      if (f !== width || c === delimiter || (c === CR ? !crlf || data[i + 1] !== LF : crlf)) {
        this.unfill(builder, f);
        i = recordStart;
        break;
      }
      i += crlf ? 2 : 1;
      builder.endRow(line);
      line++;
      this.dataRows++;
      room--;
    }
    this.line = line;
    return i;
  }

  /**
   * plainRecords with the split in WebAssembly (wasm-records.ts): the same records taken, the same values in the
   * views. Each column's fields are filled by class — empty, plain decimal, text (interned with the module's
   * hash; in an auto column a boolean word first), or anything else through fillField, as plainRecords does.
   */
  private plainRecordsWasm(data: Buffer, pos: number, limit: number, stop: number, fresh: boolean): number {
    const builder = this.builder!;
    const views = builder.views;
    const width = views.length;
    const room = this.batchRoom();
    if (room <= 0) return pos;
    // Output room in the module: at most 2^17 fields a call (about 2.6 MB), whatever the width.
    const scan = scanRecords(data, pos, limit, stop, fresh, this.kindCodes, this.delimiter, this.lineEnding === 'CRLF',
      Math.min(room, 8192, Math.max(1, Math.floor((1 << 17) / width))));
    const rows = scan.rows;
    if (rows === 0) return pos;
    const first = builder.length;
    const { classes, values, others, maxRows } = scan;
    for (let j = 0; j < width; j++) {
      const view = views[j];
      const from = j * maxRows;
      // Kinds and numbers as they are (a number slot of another kind is never read), then the other fields.
      view.kinds.set(classes.subarray(from, from + rows), first);
      view.numbers.set(values.subarray(from, from + rows), first);
      if (others[j] > 0) this.fillOthers(data, view, j, scan, from, first, rows);
      view.length = first + rows;
    }
    let line = this.line;
    for (let r = 0; r < rows; r++) builder.endRow(line++);
    this.line = line;
    this.dataRows += rows;
    return scan.stop;
  }

  /**
   * plainRecordsWasm's text and other fields of column j (fields from + r for r < rows, rows first + r of the
   * view). A method of its own, called per column: as a loop nested in plainRecordsWasm, V8 compiled it on stack
   * replacement and threw that code away at every exit (--trace-deopt).
   */
  private fillOthers(data: Buffer, view: ColumnView, j: number, scan: RecordScan, from: number, first: number, rows: number): void {
    const { classes, starts, ends, hashes, base } = scan;
    const codes = view.codes;
    for (let r = 0, f = from; r < rows; r++, f++) {
      const c = classes[f];
      if (c === TEXT) codes[first + r] = view.internHashed(data, base + starts[f], base + ends[f], hashes[f]);
      else if (c >= 5) {
        view.length = first + r;
        this.setField(j, base + starts[f], base + ends[f], false);
        this.fast[0] = c === 6 ? NOT_NUMBER : NaN;
        this.fillField(data, view, j);
      }
    }
  }

  /** Rows the batch's views can take before one of them must grow. */
  private batchRoom(): number {
    const builder = this.builder!;
    let room = Infinity;
    for (const view of builder.views) room = Math.min(room, view.kinds.length);
    return room - builder.length;
  }

  private setField(index: number, start: number, end: number, quoted: boolean): void {
    this.starts[index] = start;
    this.ends[index] = end;
    this.quoted[index] = quoted;
  }

  private emit(data: Buffer, count: number, line: number, recordStart: number, out: ParsedRows | undefined): void {
    if (this.header === undefined) {
      this.readHeader(data, count, line);
      return;
    }
    const width = this.header.length;
    if (count !== width) {
      const column = count > width ? this.starts[width] - recordStart : this.ends[count - 1] - recordStart + 1;
      throw new UserError(`row at line ${line} of ${this.file} has ${count} fields but the header has ${width} (${this.header.join(', ')})`, {
        file: this.file, line, column: Math.max(1, column),
      });
    }
    this.dataRows++;
    if (this.builder) {
      // The fields are already in their columns (see parse).
      this.builder.endRow(line);
      return;
    }
    const row = new Array<Value>(width);
    for (let f = 0; f < width; f++) row[f] = this.convert(data, f);
    out!.rows.push(row);
    out!.lines.push(line);
  }

  /**
   * The columnar twin of `convert` for field f (already split: `setField`), with the same typing rules, written
   * into its column view. `fast[0]` holds the split's value of a plain decimal, NaN when the field needs
   * parseDecimal, ±NOT_NUMBER when it cannot be a number.
   */
  private fillField(data: Buffer, view: ColumnView, f: number): void {
    const start = this.starts[f];
    const end = this.ends[f];
    const kind = this.kindCodes[f];
    if (start === end) {
      if (kind === STRING && this.quoted[f]) view.pushBytes(data, start, end);
      else view.pushMissing();
      return;
    }
    if (kind !== STRING) {
      if (kind !== BOOLEAN) {
        const fast = this.fast;
        // ±NOT_NUMBER: the split's mark of a field that is no number. Otherwise a value, or NaN: parsed here,
        // where an overflow (1e999) is ±Infinity, a number as the row path reads it (`convert`).
        if (fast[0] !== NOT_NUMBER && fast[0] !== -NOT_NUMBER) {
          if (fast[0] !== fast[0]) fast[0] = parseDecimal(data, start, end);
          if (fast[0] === fast[0]) { view.pushNumberFrom(fast); return; }
        }
      }
      if (kind !== NUMERIC) {
        const b = booleanBytes(data, start, end);
        if (b !== undefined) { view.pushBoolean(b); return; }
      }
    }
    if (this.quoted[f] && data.indexOf(QUOTE, start) < end) view.pushText(this.text(data, f));
    else view.pushBytes(data, start, end);
  }

  /** Takes the fields of a record that is not emitted out of the first `fields` columns again. */
  private unfill(builder: ColumnBatchBuilder, fields: number): void {
    for (let f = 0; f < fields; f++) builder.views[f].truncate(builder.length);
  }

  private readHeader(data: Buffer, count: number, line: number): void {
    const names: string[] = [];
    const seen = new Map<string, number>();
    for (let f = 0; f < count; f++) {
      const name = this.text(data, f);
      const column = this.starts[f] + 1 - (this.quoted[f] ? 1 : 0);
      if (name === '') throw new UserError(`column ${f + 1} of the header of ${this.file} has no name`, { file: this.file, line, column });
      if (seen.has(name)) throw new UserError(`duplicate column name '${name}' in the header of ${this.file} (columns ${seen.get(name)! + 1} and ${f + 1})`, { file: this.file, line, column });
      seen.set(name, f);
      names.push(name);
    }
    this.header = names;
    this.setKinds(names);
  }

  private setKinds(names: string[]): void {
    this.kinds = names.map((name) => this.options.typeOf(name));
    this.kindCodes = Uint8Array.from(this.kinds, (k) => KIND_CODE[k]);
    if (this.options.columnar) this.builder = this.newBuilder();
  }

  /** Room for a batch plus the rows of one more chunk, so the views rarely grow. */
  private newBuilder(): ColumnBatchBuilder {
    return new ColumnBatchBuilder(this.header!.length, 2 * this.options.columnar!.batchRows + 1024);
  }

  /** Columnar mode: rows parsed and not yet taken. */
  get batchLength(): number {
    return this.builder?.length ?? 0;
  }

  /** Columnar mode: the rows parsed since the last call, as a column batch. */
  takeBatch(): ColumnBatch {
    const builder = this.builder!;
    const batch = builder.batch(this.file, this.header!);
    if (this.options.columnar!.reuse) {
      // The previous batch's buffers are free again once the caller asks for the next one.
      const spare = this.spare ?? this.newBuilder();
      spare.reset();
      this.spare = builder;
      this.builder = spare;
    } else {
      this.builder = this.newBuilder();
    }
    return batch;
  }

  private text(data: Buffer, f: number): string {
    const s = data.toString('utf8', this.starts[f], this.ends[f]);
    return this.quoted[f] && s.includes('"') ? s.replaceAll('""', '"') : s;
  }

  private convert(data: Buffer, f: number): Value {
    const start = this.starts[f];
    const end = this.ends[f];
    const kind = this.kinds[f];
    if (start === end) return kind === 'string' && this.quoted[f] ? '' : null;
    if (kind === 'string') return this.text(data, f);
    if (kind !== 'boolean') {
      const number = parseDecimal(data, start, end);
      if (!Number.isNaN(number)) return number;
    }
    if (kind === 'boolean' || kind === 'auto') {
      const b = booleanBytes(data, start, end);
      if (b !== undefined) return b;
    }
    return this.text(data, f);
  }
}

/**
 * The split's mark of an unquoted field that cannot be a number (a character other than a digit, sign, point or
 * exponent letter where parseDecimal would stop with NaN), so `fill` does not parse it again. An infinity, because
 * the split's fast path only ever yields finite values; the sign it carries ('-' or '+' in front) is ignored.
 */
const NOT_NUMBER = Infinity;
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** A boolean word in bytes (true/True/TRUE, false/False/FALSE), without making a string. */
function booleanBytes(data: Uint8Array, start: number, end: number): boolean | undefined {
  const n = end - start;
  if (n === 4) {
    for (const word of TRUE_WORDS) if (sameAscii(data, start, word)) return true;
  } else if (n === 5) {
    for (const word of FALSE_WORDS) if (sameAscii(data, start, word)) return false;
  }
  return undefined;
}

const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];

function sameAscii(data: Uint8Array, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (data[start + i] !== word.charCodeAt(i)) return false;
  return true;
}

