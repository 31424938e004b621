/**
 * A streaming reader of a JSON array of objects (`[{...}, {...}]`): it finds each top-level element's bytes
 * by tracking strings and nesting depth, then `JSON.parse`s that element alone, so memory is bounded by the
 * largest record, not the file.
 */
import { UserError } from '@mlci/core';
import { isUtf8 } from 'node:buffer';
import { firstInvalidUtf8 } from './utf8.ts';

const LF = 0x0a;

export class JsonArraySplitter {
  private readonly file: string;
  private readonly maxRecordBytes: number;
  private state: 'before' | 'between' | 'element' | 'after' = 'before';
  private pending: Buffer | undefined;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Offset in `pending` up to which scanning is done. */
  private scanned = 0;
  private line = 1;
  private elementLine = 1;
  private expectComma = false;

  constructor(file: string, maxRecordBytes = 1 << 20) {
    this.file = file;
    this.maxRecordBytes = maxRecordBytes;
  }

  push(chunk: Buffer, onElement: (text: string, line: number) => void): void {
    let data = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    if (this.state === 'before' && this.line === 1 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
    let start = this.state === 'element' ? 0 : -1;
    let i = this.scanned;
    for (; i < data.length; i++) {
      const c = data[i];
      if (c === LF) this.line++;
      if (this.state === 'element') {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (c === 0x5c) this.escaped = true;
          else if (c === 0x22) this.inString = false;
          continue;
        }
        if (c === 0x22) this.inString = true;
        else if (c === 0x7b || c === 0x5b) this.depth++;
        else if (c === 0x7d || c === 0x5d) {
          this.depth--;
          if (this.depth === 0) {
            const bytes = data.subarray(start, i + 1);
            if (!isUtf8(bytes)) this.badUtf8(bytes);
            onElement(bytes.toString('utf8'), this.elementLine);
            this.state = 'between';
            this.expectComma = true;
            start = -1;
          }
        }
        continue;
      }
      if (c === 0x20 || c === 0x09 || c === 0x0d || c === LF) continue;
      if (this.state === 'before') {
        if (c !== 0x5b) this.fail(`${this.file} does not start with '[': a .json data file must be an array of objects (use .jsonl for one object per line)`);
        this.state = 'between';
      } else if (this.state === 'between') {
        if (c === 0x5d) { this.state = 'after'; continue; }
        if (this.expectComma) {
          if (c !== 0x2c) this.fail(`expected ',' or ']' between records in ${this.file} at line ${this.line}`);
          this.expectComma = false;
          continue;
        }
        if (c !== 0x7b) this.fail(`expected an object ('{') at line ${this.line} of ${this.file}`);
        this.state = 'element';
        this.depth = 1;
        this.elementLine = this.line;
        start = i;
      } else {
        this.fail(`unexpected content after the closing ']' of ${this.file} at line ${this.line}`);
      }
    }
    if (start >= 0) {
      if (data.length - start > this.maxRecordBytes) this.fail(`the record starting at line ${this.elementLine} of ${this.file} is longer than ${this.maxRecordBytes} bytes`, this.elementLine);
      this.pending = Buffer.from(data.subarray(start));
      this.scanned = this.pending.length;
    } else {
      this.pending = undefined;
      this.scanned = 0;
    }
  }

  end(): void {
    if (this.state === 'before') this.fail(`${this.file} is empty; expected a JSON array of objects`);
    if (this.state !== 'after') this.fail(`${this.file} ends before the array is closed (missing ']' or a truncated record starting at line ${this.elementLine})`);
  }

  private badUtf8(bytes: Buffer): never {
    const bad = firstInvalidUtf8(bytes, 0, bytes.length);
    let line = this.elementLine;
    for (let i = 0; i < bad; i++) if (bytes[i] === LF) line++;
    this.fail(`${this.file} is not valid UTF-8 at line ${line}`, line);
  }

  private fail(message: string, line = this.line): never {
    throw new UserError(message, { file: this.file, line });
  }
}
