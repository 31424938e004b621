/**
 * The dataset profile: per-column profiles of every row, saved as JSON (`schemaVersion` 2) and reusable as a
 * `reference` for distribution checks and by drift-check. Profiles of shards merge into the profile of the
 * whole (see `ColumnProfiler` for which figures are exact and which are sketched, with their bounds).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { UserError } from '@mlci/core';
import type { RowBatch } from '../read/reader.ts';
import { isColumnBatch, type ColumnBatch } from '../read/column-batch.ts';
import { ColumnProfiler, type ColumnProfileJSON, type ColumnProfileState } from './column.ts';

/**
 * 2: distinct strings are counted by stringHash of their UTF-8 bytes (1: by MurmurHash3 of their UTF-16 units;
 * such a profile still loads, see ColumnProfiler's stringHashVersion).
 */
export const PROFILE_SCHEMA_VERSION = 2;

export interface DatasetProfileJSON {
  schemaVersion: number;
  kind: 'mlci-data-profile';
  rows: number;
  files: string[];
  columns: ColumnProfileJSON[];
}

/** A partial profile handed to another thread (see ColumnProfileState). */
export interface DatasetProfileState {
  rows: number;
  files: string[];
  columns: ColumnProfileState[];
}

export class DatasetProfiler {
  rows = 0;
  readonly files: string[] = [];
  private readonly columns = new Map<string, ColumnProfiler>();
  private lastColumns: readonly string[] | undefined;
  private profilers: ColumnProfiler[] = [];

  /** Adds a batch of rows (columns missing from a batch count as nulls for its rows). */
  addBatch(batch: RowBatch | ColumnBatch): void {
    if (!this.files.includes(batch.file)) this.files.push(batch.file);
    if (batch.columns !== this.lastColumns) {
      this.lastColumns = batch.columns;
      this.profilers = batch.columns.map((name) => this.column(name));
    }
    const profilers = this.profilers;
    const width = profilers.length;
    let length: number;
    if (isColumnBatch(batch)) {
      length = batch.length;
      for (let j = 0; j < width; j++) profilers[j].addColumn(batch.views[j]);
    } else {
      length = batch.rows.length;
      for (const row of batch.rows) {
        for (let j = 0; j < width; j++) profilers[j].add(j < row.length ? row[j] : null);
      }
    }
    // Columns known from other files but absent here are missing for these rows.
    if (this.columns.size > width) {
      const present = new Set(batch.columns);
      for (const [name, p] of this.columns) if (!present.has(name)) for (let i = 0; i < length; i++) p.add(null);
    }
    this.rows += length;
  }

  private column(name: string): ColumnProfiler {
    let p = this.columns.get(name);
    if (!p) {
      p = new ColumnProfiler(name);
      for (let i = 0; i < this.rows; i++) p.add(null);
      this.columns.set(name, p);
    }
    return p;
  }

  merge(other: DatasetProfiler): void {
    // Every column checked first: a profile is merged whole or not at all.
    for (const [name, p] of other.columns) this.columns.get(name)?.assertMergeable(p);
    for (const [name, p] of other.columns) {
      const mine = this.columns.get(name);
      if (mine) mine.merge(p);
      else {
        const fresh = this.column(name);
        fresh.merge(p);
      }
    }
    for (const [name, p] of this.columns) if (!other.columns.has(name)) for (let i = 0; i < other.rows; i++) p.add(null);
    this.rows += other.rows;
    for (const f of other.files) if (!this.files.includes(f)) this.files.push(f);
    this.lastColumns = undefined;
  }

  get(name: string): ColumnProfiler | undefined {
    return this.columns.get(name);
  }

  toJSON(): DatasetProfileJSON {
    return {
      // A column loaded from a profile of schemaVersion 1 whose strings keep that version's hash keeps it saved as one.
      schemaVersion: [...this.columns.values()].some((p) => p.legacyStrings) ? 1 : PROFILE_SCHEMA_VERSION,
      kind: 'mlci-data-profile',
      rows: this.rows,
      files: [...this.files],
      columns: [...this.columns.values()].map((p) => p.toJSON()),
    };
  }

  state(): DatasetProfileState {
    return { rows: this.rows, files: [...this.files], columns: [...this.columns.values()].map((p) => p.state()) };
  }

  static fromState(state: DatasetProfileState): DatasetProfiler {
    const d = new DatasetProfiler();
    d.rows = state.rows;
    d.files.push(...state.files);
    for (const c of state.columns) d.columns.set(c.name, ColumnProfiler.fromState(c));
    return d;
  }

  static fromJSON(json: DatasetProfileJSON, file = 'profile'): DatasetProfiler {
    if (json?.kind !== 'mlci-data-profile' || typeof json.schemaVersion !== 'number') {
      throw new UserError(`${file} is not an mlci data profile (expected "kind": "mlci-data-profile")`, { file });
    }
    if (json.schemaVersion > PROFILE_SCHEMA_VERSION) {
      throw new UserError(`${file} has profile schemaVersion ${json.schemaVersion}; this mlci reads up to ${PROFILE_SCHEMA_VERSION}`, { file });
    }
    const d = new DatasetProfiler();
    d.rows = json.rows;
    d.files.push(...json.files);
    for (const c of json.columns) d.columns.set(c.name, ColumnProfiler.fromJSON(c, json.schemaVersion));
    return d;
  }
}

/** Loads a saved profile file. */
export function loadProfile(file: string): DatasetProfiler {
  let json: DatasetProfileJSON;
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as DatasetProfileJSON;
  } catch (error) {
    throw new UserError(`cannot read profile ${file}: ${(error as Error).message}`, { file });
  }
  return DatasetProfiler.fromJSON(json, file);
}

/** True when a JSON file looks like a saved profile rather than a dataset. */
export function isProfileFile(file: string): boolean {
  if (!file.toLowerCase().endsWith('.json')) return false;
  try {
    const fd = openSync(file, 'r');
    const buffer = Buffer.alloc(4096);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    closeSync(fd);
    const head = buffer.toString('utf8', 0, n);
    return /"kind"\s*:\s*"mlci-data-profile"/.test(head);
  } catch {
    return false;
  }
}
