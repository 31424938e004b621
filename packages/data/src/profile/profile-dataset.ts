/** Profiles files in one streaming pass (no expectations). */
import { readDatasetBatches, type ReadOptions } from '../read/reader.ts';
import { DatasetProfiler } from './dataset.ts';

export async function profileDataset(files: readonly string[], options: ReadOptions = {}): Promise<DatasetProfiler> {
  const profiler = new DatasetProfiler();
  for await (const batch of readDatasetBatches(files, options)) profiler.addBatch(batch);
  return profiler;
}
