/**
 * One entry point for every supported file: `readRows(file, options)` yields batches of rows.
 *
 * Formats by extension: .csv, .tsv, .jsonl/.ndjson, .json (an array of objects), .parquet; .gz after
 * .csv/.tsv/.jsonl/.ndjson is gunzipped on the fly. Reading streams: memory is bounded by the batch size and
 * the longest record, whatever the file size.
 */
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { UserError } from '@mlci/core';
import { columnTypesFromSchema, type ColumnType, type Value } from '../values.ts';
import { CsvParser, type ParsedRows } from './csv.ts';
import type { ColumnBatch } from './column-batch.ts';
import { JsonArraySplitter } from './json-array.ts';
import { LineSplitter } from './lines.ts';
import { RecordColumns, jsonErrorColumn } from './records.ts';

export type DataFormat = 'csv' | 'tsv' | 'jsonl' | 'json' | 'parquet';

export interface ReadOptions {
  /** A JSON Schema of one record: its `properties.<column>.type` decides how CSV fields are parsed. */
  schema?: unknown;
  /** Explicit parse types; override the schema. */
  columnTypes?: Map<string, ColumnType>;
  /** Rows per batch (default 8192). */
  batchRows?: number;
  /** Longest record accepted, in bytes (default 1 MiB). */
  maxRecordBytes?: number;
}

export interface RowBatch {
  /** The file the rows come from, as given. */
  file: string;
  /** Column names; `rows[i][j]` is the value of `columns[j]` (missing trailing entries read as null). */
  columns: readonly string[];
  rows: Value[][];
  /** 1-based line in `file` where each row starts (undefined for Parquet). */
  lines: (number | undefined)[];
}

export function detectFormat(file: string): { format: DataFormat; gzip: boolean } {
  const lower = file.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const base = gzip ? lower.slice(0, -3) : lower;
  const format: DataFormat | undefined = base.endsWith('.csv') ? 'csv' : base.endsWith('.tsv') || base.endsWith('.tab') ? 'tsv'
    : base.endsWith('.jsonl') || base.endsWith('.ndjson') ? 'jsonl' : base.endsWith('.json') ? 'json'
    : base.endsWith('.parquet') || base.endsWith('.pq') ? 'parquet' : undefined;
  if (!format) {
    throw new UserError(`cannot tell the format of ${file} from its name; expected .csv, .tsv, .jsonl, .ndjson, .json or .parquet (optionally .gz for text formats)`, { file });
  }
  if (gzip && (format === 'parquet' || format === 'json')) {
    throw new UserError(`${file}: gzip is supported for CSV, TSV and JSON Lines only`, { file });
  }
  return { format, gzip };
}

function openBytes(file: string, gzip: boolean): Readable {
  try {
    if (!statSync(file).isFile()) throw new UserError(`${file} is not a file`, { file });
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`, { file });
  }
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  if (!gzip) return raw;
  // zlib is loaded only here: imported at the top, it took ~7 ms of every scanning thread's start (it loads
  // node:stream too), and parallel scans never read gzip.
  const { createGunzip } = process.getBuiltinModule('node:zlib') as typeof import('node:zlib');
  const gunzip = createGunzip();
  raw.on('error', (error) => gunzip.destroy(error));
  return raw.pipe(gunzip);
}

async function* chunks(file: string, stream: Readable): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || /unexpected end of file/.test((error as Error).message)) {
      throw new UserError(`${file} is not a complete gzip file (${(error as Error).message}); it may be truncated`, { file }, { cause: error });
    }
    throw new UserError(`cannot read ${file}: ${(error as Error).message}`, { file }, { cause: error });
  }
}

/** Reads one file as batches of rows. */
export async function* readRows(file: string, options: ReadOptions = {}): AsyncGenerator<RowBatch> {
  const { format, gzip } = detectFormat(file);
  const batchRows = options.batchRows ?? 8192;
  const types = options.columnTypes ?? columnTypesFromSchema(options.schema);
  if (format === 'parquet') {
    // Loaded on demand: the Parquet decoder is the largest dependency and most runs read text.
    const { readParquet } = await import('./parquet.ts');
    for await (const batch of readParquet(file)) {
      for (let i = 0; i < batch.rows.length; i += batchRows) {
        const rows = batch.rows.slice(i, i + batchRows);
        yield { file, columns: batch.columns, rows, lines: new Array(rows.length).fill(undefined) };
      }
    }
    return;
  }
  const stream = openBytes(file, gzip);
  if (format === 'csv' || format === 'tsv') {
    const parser = new CsvParser(file, {
      delimiter: format === 'csv' ? ',' : '\t',
      typeOf: (column) => types.get(column) ?? 'auto',
      maxRecordBytes: options.maxRecordBytes,
    });
    let out: ParsedRows = { rows: [], lines: [] };
    for await (const chunk of chunks(file, stream)) {
      parser.push(chunk, out);
      if (out.rows.length >= batchRows) {
        yield { file, columns: parser.header!, rows: out.rows, lines: out.lines };
        out = { rows: [], lines: [] };
      }
    }
    parser.end(out);
    if (out.rows.length > 0) yield { file, columns: parser.header!, rows: out.rows, lines: out.lines };
    return;
  }
  const records = new RecordColumns(types.keys());
  let rows: Value[][] = [];
  let lines: number[] = [];
  let total = 0;
  const onRecord = (text: string, line: number): void => {
    if (format === 'jsonl' && text.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      const column = format === 'jsonl' ? jsonErrorColumn(error) : 1;
      throw new UserError(`invalid JSON at line ${line} of ${file}: ${(error as Error).message}`, { file, line, column });
    }
    rows.push(records.row(record, file, line));
    lines.push(line);
    total++;
  };
  const splitter = format === 'jsonl' ? new LineSplitter(file, options.maxRecordBytes) : new JsonArraySplitter(file, options.maxRecordBytes);
  for await (const chunk of chunks(file, stream)) {
    splitter.push(chunk, onRecord);
    if (rows.length >= batchRows) {
      yield { file, columns: records.columns, rows, lines };
      rows = [];
      lines = [];
    }
  }
  if (splitter instanceof LineSplitter) splitter.end(onRecord);
  else splitter.end();
  if (total === 0) throw new UserError(`${file} has no records`, { file, line: 1 });
  if (rows.length > 0) yield { file, columns: records.columns, rows, lines };
}

/**
 * Like `readRows`, but a CSV/TSV file comes as column batches (see column-batch.ts): the fast path of the
 * validation scan and the profiler. Other formats come as row batches. A column batch's buffers are reused
 * for a later batch: use each batch before asking for the next one.
 */
export async function* readBatches(file: string, options: ReadOptions = {}): AsyncGenerator<RowBatch | ColumnBatch> {
  const { format, gzip } = detectFormat(file);
  if (format !== 'csv' && format !== 'tsv') {
    yield* readRows(file, options);
    return;
  }
  const batchRows = options.batchRows ?? 8192;
  const types = options.columnTypes ?? columnTypesFromSchema(options.schema);
  const stream = openBytes(file, gzip);
  const parser = new CsvParser(file, {
    delimiter: format === 'csv' ? ',' : '\t',
    typeOf: (column) => types.get(column) ?? 'auto',
    maxRecordBytes: options.maxRecordBytes,
    columnar: { batchRows, reuse: true },
  });
  for await (const chunk of chunks(file, stream)) {
    parser.push(chunk);
    if (parser.batchLength >= batchRows) yield parser.takeBatch();
  }
  parser.end();
  if (parser.batchLength > 0) yield parser.takeBatch();
}

/** `readBatches` over several files one after another. */
export async function* readDatasetBatches(files: readonly string[], options: ReadOptions = {}): AsyncGenerator<RowBatch | ColumnBatch> {
  if (files.length === 0) throw new UserError('no data files to read');
  for (const file of files) yield* readBatches(file, options);
}

/** Reads several files one after another (a glob's matches), as one dataset. */
export async function* readDataset(files: readonly string[], options: ReadOptions = {}): AsyncGenerator<RowBatch> {
  if (files.length === 0) throw new UserError('no data files to read');
  for (const file of files) yield* readRows(file, options);
}
