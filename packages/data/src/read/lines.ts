/**
 * Splits a byte stream into lines (LF or CRLF) for line-oriented formats, checking UTF-8 as it goes.
 * Memory is bounded by the longest line (`maxLineBytes`): a longer line is a user error.
 */
import { isUtf8 } from 'node:buffer';
import { UserError } from '@mlci/core';
import { firstInvalidUtf8 } from './utf8.ts';

const LF = 0x0a;

export class LineSplitter {
  private pending: Buffer | undefined;
  private line = 1;
  private first = true;
  private readonly file: string;
  private readonly maxLineBytes: number;

  constructor(file: string, maxLineBytes = 1 << 20) {
    this.file = file;
    this.maxLineBytes = maxLineBytes;
  }

  /** Calls `onLine(text, lineNumber)` for every complete line. */
  push(chunk: Buffer, onLine: (text: string, line: number) => void): void {
    let data = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    if (this.first && data.length >= 3) {
      if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
      this.first = false;
    }
    const last = data.lastIndexOf(LF);
    if (last === -1) {
      this.hold(data);
      return;
    }
    this.emit(data.subarray(0, last + 1), onLine);
    this.hold(data.subarray(last + 1));
  }

  end(onLine: (text: string, line: number) => void): void {
    if (this.pending && this.pending.length > 0) this.emit(this.pending, onLine);
    this.pending = undefined;
  }

  private hold(rest: Buffer): void {
    if (rest.length > this.maxLineBytes) {
      throw new UserError(`line ${this.line} of ${this.file} is longer than ${this.maxLineBytes} bytes`, { file: this.file, line: this.line, column: 1 });
    }
    this.pending = rest.length > 0 ? Buffer.from(rest) : undefined;
  }

  private emit(block: Buffer, onLine: (text: string, line: number) => void): void {
    if (!isUtf8(block)) this.reportInvalidUtf8(block);
    const text = block.toString('utf8');
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      onLine(text.slice(start, stop), this.line);
      this.line++;
      start = end + 1;
    }
  }

  private reportInvalidUtf8(block: Buffer): never {
    const bad = firstInvalidUtf8(block, 0, block.length);
    let line = this.line;
    let lineStart = 0;
    for (let i = 0; i < bad; i++) if (block[i] === LF) { line++; lineStart = i + 1; }
    const column = block.subarray(lineStart, bad).toString('utf8').length + 1;
    throw new UserError(`${this.file} is not valid UTF-8: byte 0x${block[bad].toString(16).padStart(2, '0')} at line ${line}, column ${column}`, { file: this.file, line, column });
  }
}
