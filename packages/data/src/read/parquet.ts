/**
 * Parquet through `hyparquet` (pure JavaScript), one row group at a time, so memory is bounded by the largest
 * row group. A file whose footer does not parse is a user error naming the file.
 */
import { UserError } from '@mlci/core';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet';
import type { FileMetaData } from 'hyparquet';
import type { Value } from '../values.ts';

export interface ParquetBatch {
  columns: string[];
  rows: Value[][];
}

export async function* readParquet(file: string): AsyncGenerator<ParquetBatch> {
  const buffer = await asyncBufferFromFile(file);
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(buffer);
  } catch (error) {
    throw new UserError(`${file} is not a readable Parquet file: ${(error as Error).message}`, { file }, { cause: error });
  }
  const columns = parquetSchema(metadata).children.map((child) => child.element.name);
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    let rows: Value[][] = [];
    try {
      await parquetRead({
        file: buffer, metadata, rowStart, rowEnd, columns, rowFormat: 'array',
        onComplete: (data: unknown[][]) => { rows = data as Value[][]; },
      });
    } catch (error) {
      throw new UserError(`${file}: cannot decode rows ${rowStart}-${rowEnd - 1}: ${(error as Error).message}`, { file }, { cause: error });
    }
    for (const row of rows) for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = null;
    yield { columns, rows };
    rowStart = rowEnd;
  }
}
