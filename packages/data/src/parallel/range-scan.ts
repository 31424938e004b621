/**
 * Scanning one byte range of a CSV/TSV file (run in a worker thread; see run.ts).
 *
 * The range [start, stop) is widened to record boundaries: unless it starts right after the header, reading
 * begins at byte start − 1 and skips through the first line feed, so the first record parsed is the first
 * one starting at or after `start`; parsing ends with the first record starting at or after `stop`. Whether
 * that line feed really ended a record (and not a quoted field) is checked by the caller: the previous range
 * must have stopped exactly where this one began.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { columnTypesFromSchema } from '../values.ts';
import { CsvParser } from '../read/csv.ts';
import { DatasetProfiler } from '../profile/dataset.ts';
import { createScan, type ScanState } from '../expect/validate.ts';
import type { Suite } from '../expect/suite.ts';

/** What every range of one file shares (a worker's workerData). */
export interface RangeShared {
  file: string;
  /** The file's size in bytes. */
  size: number;
  delimiter: string;
  header: string[];
  suite: Suite;
  schema: unknown;
  reference: unknown;
  profile: boolean;
  batchRows: number;
  maxRecordBytes: number | undefined;
}

/** One range to scan: first byte (`afterHeader` when it is the first byte after the header line) and stop. */
export interface RangeTask extends RangeShared {
  start: number;
  afterHeader: boolean;
  /** Records starting at or after this byte belong to the next range (undefined: to the end). */
  stop: number | undefined;
}

export interface RangeResult {
  /** Byte where the first record of this range starts. */
  begin: number;
  /** Byte where the first record after this range starts (the file size at the end). */
  end: number;
  lines: number;
  lineEnding: 'LF' | 'CRLF' | undefined;
  state: ScanState;
}

/**
 * Asked before each read of the range, with the next byte to read and the range's stop (the file size for
 * the last range): a new, earlier stop (above `position`) gives the bytes from there on to another worker.
 */
export type SplitOffer = (position: number, stop: number) => number | undefined;

export async function scanRange(task: RangeTask, offerSplit?: SplitOffer): Promise<RangeResult> {
  const reference = task.reference ? DatasetProfiler.fromJSON(task.reference as never) : undefined;
  const scan = await createScan(task.suite, { schema: task.schema, reference, profile: task.profile });
  scan.prepare(task.header, task.file);
  try {
    const types = columnTypesFromSchema(task.schema);
    const from = task.afterHeader ? task.start : task.start - 1;
    let begin = from;
    let aligned = task.afterHeader;
    let parser: CsvParser | undefined;
    // 256 KiB reads and 2048-row batches (run.ts): what a batch keeps alive (its decoded strings) stays small,
    // so the heap-limited worker's young generation collects it instead of promoting it (measured: peak RSS
    // ~165 MB against ~190 MB with 1 MiB reads and 8192-row batches, same CPU time).
    // Plain synchronous reads into one reused buffer (this thread has nothing else to do while it waits): no
    // stream, no async iteration and no fresh 256 KiB buffer per chunk. Reuse is safe because the parser
    // copies whatever it keeps of a chunk (the cut record, interned strings) before the next read.
    const fd = openSync(task.file, 'r');
    let stop = task.stop ?? task.size;
    try {
      const buffer = Buffer.allocUnsafe(1 << 18);
      for (let position = from; ;) {
        if (parser && offerSplit) {
          const earlier = offerSplit(position, stop);
          if (earlier !== undefined) {
            parser.stopEarlier(earlier - begin);
            stop = earlier;
          }
        }
        const bytes = readSync(fd, buffer, 0, buffer.length, position);
        if (bytes === 0) break;
        position += bytes;
        let chunk = buffer.subarray(0, bytes);
        if (!aligned) {
          const lf = chunk.indexOf(0x0a);
          if (lf === -1) { begin += chunk.length; continue; }
          begin += lf + 1;
          chunk = chunk.subarray(lf + 1);
          aligned = true;
        }
        parser ??= new CsvParser(task.file, {
          delimiter: task.delimiter,
          typeOf: (c) => types.get(c) ?? 'auto',
          maxRecordBytes: task.maxRecordBytes,
          range: { header: task.header, stopAt: task.stop === undefined ? undefined : task.stop - begin },
          columnar: { batchRows: task.batchRows, reuse: true },
        });
        parser.push(chunk);
        if (parser.batchLength >= task.batchRows) scan.addBatch(parser.takeBatch());
        if (parser.stoppedAt !== undefined) break;
      }
    } finally {
      closeSync(fd);
    }
    if (parser && parser.stoppedAt === undefined) parser.end();
    if (parser && parser.batchLength > 0) scan.addBatch(parser.takeBatch());
    const end = parser?.stoppedAt !== undefined ? begin + parser.stoppedAt : Number.POSITIVE_INFINITY;
    return { begin, end, lines: parser?.linesConsumed ?? 0, lineEnding: parser?.detectedLineEnding, state: scan.snapshot() };
  } catch (error) {
    // The partial scan is abandoned: what its checks spilled to disk goes too.
    scan.close();
    throw error;
  }
}
