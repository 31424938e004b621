/**
 * Inputs other than CSV, through @mlci/data: TSV, JSON Lines, JSON arrays, Parquet (and gzip) datasets are read
 * with its streaming `readRows`; a data-validate profile (`mlci-data-profile`) can stand in for the reference.
 *
 * A profile keeps a histogram per numeric column, not the values, so only binned tests apply to numeric columns
 * (auto: Jensen-Shannon over the profile's histogram bins); categorical columns keep exact counts while the
 * profile's category counts are complete. Columns a profile cannot compare are skipped with the reason.
 */
import { readFileSync } from 'node:fs';
import { readRows, isProfileFile, type DatasetProfileJSON, type Value } from '@mlci/data';
import type { ColumnSample } from './column-sample.ts';
import { ColumnBuilder } from './column-builder.ts';
import { fileContentHash } from './retrain-key.ts';

export { isProfileFile };

export interface SourceColumns {
  columns: Map<string, ColumnSample>;
  names: string[];
  rows: number;
  contentHash: string;
  skipped: { column: string; reason: string }[];
}

/** Any format @mlci/data reads, one streaming pass. */
export async function readRowsColumns(file: string, select?: (name: string) => boolean): Promise<SourceColumns> {
  const builders = new Map<string, ColumnBuilder | null>();
  let rows = 0;
  for await (const batch of readRows(file)) {
    const targets = batch.columns.map((name) => {
      let b = builders.get(name);
      if (b === undefined) {
        b = select && !select(name) ? null : new ColumnBuilder();
        if (b) b.missing += rows; // a JSON key that first appears now was missing before
        builders.set(name, b);
      }
      return b;
    });
    for (const row of batch.rows) {
      for (let j = 0; j < targets.length; j++) {
        const b = targets[j];
        if (b) push(b, row[j]);
      }
      rows++;
    }
  }
  const columns = new Map<string, ColumnSample>();
  for (const [name, b] of builders) if (b) columns.set(name, b.finish());
  return { columns, names: [...builders.keys()], rows, contentHash: await fileContentHash(file), skipped: [] };
}

function push(b: ColumnBuilder, v: Value | undefined): void {
  if (v === null || v === undefined || v === '') b.missing++;
  else if (typeof v === 'number') {
    if (Number.isFinite(v) && !b.counts) b.pushNumber(v);
    else if (Number.isNaN(v)) b.missing++;
    else b.pushText(String(v));
  } else if (typeof v === 'bigint') {
    if (b.counts) b.pushText(v.toString());
    else b.pushNumber(Number(v));
  }
  else if (typeof v === 'string' || typeof v === 'boolean') b.pushText(String(v));
  else b.pushText(JSON.stringify(v));
}

/** The text of a profile category key (valueKey: 's' + text, 'n' + number, 'btrue'/'bfalse'). */
function keyText(key: string): string {
  return key.slice(1);
}

/** A data-validate profile as a reference. */
export async function readProfileColumns(file: string, select?: (name: string) => boolean): Promise<SourceColumns> {
  const json = JSON.parse(readFileSync(file, 'utf8')) as DatasetProfileJSON;
  const columns = new Map<string, ColumnSample>();
  const skipped: SourceColumns['skipped'] = [];
  for (const c of json.columns) {
    if (select && !select(c.name)) continue;
    const numeric = (c.types.number ?? 0) + (c.types.integer ?? 0);
    const nonNull = c.count - c.nulls;
    if (c.numeric && numeric === nonNull && c.numeric.histogram.counts.length > 0) {
      columns.set(c.name, { kind: 'binned', edges: c.numeric.histogram.edges, counts: c.numeric.histogram.counts, missing: c.nulls });
    } else if (c.categories.complete) {
      const counts = new Map<string, number>();
      for (const [k, n] of Object.entries(c.categories.counts)) counts.set(keyText(k), (counts.get(keyText(k)) ?? 0) + n);
      columns.set(c.name, { kind: 'categorical', counts, missing: c.nulls });
    } else {
      skipped.push({ column: c.name, reason: `${file} keeps no complete category counts for it (more distinct values than a profile counts)` });
    }
  }
  return { columns, names: json.columns.map((c) => c.name), rows: json.rows, contentHash: await fileContentHash(file), skipped };
}
