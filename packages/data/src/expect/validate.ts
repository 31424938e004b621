/**
 * The validation engine: one streaming pass over the data runs every expectation, the JSON Schema check and
 * the profile together.
 *
 * Columns named by expectations must exist in the data (a UserError otherwise, listing the columns), except
 * in expect_column_to_exist and expect_table_columns_to_match_set, whose job is to say so. Unknown
 * expectation types are all reported in one UserError with their suite lines.
 */
import type { Ajv } from 'ajv';
import { UserError } from '@mlci/core';
import { readDatasetBatches, type ReadOptions, type RowBatch } from '../read/reader.ts';
import { isColumnBatch, type ColumnBatch } from '../read/column-batch.ts';
import { validateInParallel } from '../parallel/run.ts';
import { DatasetProfiler, type DatasetProfileJSON, type DatasetProfileState } from '../profile/dataset.ts';
import type { Value } from '../values.ts';
import { AGGREGATE_CHECKS } from './aggregate-checks.ts';
import { ColumnCheck, type Check, type FinishPart, type RowContext, type Shift } from './check.ts';
import { Kwargs, type ExpectationConfig } from './kwargs.ts';
import { MAP_CHECKS } from './map-checks.ts';
import { UnexpectedTracker, percent, type ExpectationResult } from './result.ts';
import type { Suite } from './suite.ts';
import { tableChecks } from './table-checks.ts';

export interface ValidateOptions extends ReadOptions {
  /** A reference profile (for distribution checks). */
  reference?: DatasetProfiler;
  /** Build the profile (default true). */
  profile?: boolean;
  /** Worker threads for a large CSV/TSV (default: the number of cores; 1 scans on this thread). */
  workers?: number;
  /** Files smaller than this many bytes are scanned on this thread (default 32 MB). */
  parallelMinBytes?: number;
  /** A worker's range is split for an idle worker only with at least this many bytes left (default 16 MiB). */
  parallelMinSplitBytes?: number;
}

export interface ValidationOutcome {
  success: boolean;
  suite: string;
  rows: number;
  columns: string[];
  statistics: { evaluated: number; successful: number; unsuccessful: number };
  results: ExpectationResult[];
  /** Threads that scanned the data (1, or one per byte range when a large CSV/TSV was split). */
  workers: number;
  profile?: DatasetProfileJSON;
}

const TABLE_LEVEL = new Set(['expect_column_to_exist', 'expect_table_columns_to_match_set']);

/** Every expectation type this engine knows. */
export function supportedExpectations(): string[] {
  return [...Object.keys(MAP_CHECKS), ...Object.keys(AGGREGATE_CHECKS), ...Object.keys(tableChecks({}))].sort();
}

export function compileChecks(expectations: ExpectationConfig[], reference?: DatasetProfiler): Check[] {
  const table = tableChecks({
    referenceColumn: reference
      ? (column, k) => {
        const c = reference.get(column);
        if (!c) return k.fail(`column '${column}' is not in the reference`);
        return c.toJSON();
      }
      : undefined,
  });
  const unknown = expectations.filter((e) => !(e.type in MAP_CHECKS || e.type in AGGREGATE_CHECKS || e.type in table));
  if (unknown.length > 0) {
    const first = unknown[0];
    throw new UserError(
      `unknown expectation type${unknown.length > 1 ? 's' : ''}: ${unknown.map((e) => `${e.type}${e.line ? ` (line ${e.line})` : ''}`).join(', ')}. ` +
        `Supported: ${supportedExpectations().join(', ')}`,
      { file: first.file, line: first.line },
    );
  }
  return expectations.map((e) => {
    const k = new Kwargs(e);
    return (MAP_CHECKS[e.type] ?? AGGREGATE_CHECKS[e.type] ?? table[e.type])(k);
  });
}

/** Checks each record against the user's JSON Schema with ajv; nulls count as absent keys. */
class SchemaCheck implements Check {
  columns: readonly string[] = [];
  private readonly validate: ReturnType<Ajv['compile']>;
  private readonly unexpected = new UnexpectedTracker();
  private rows = 0;

  constructor(AjvClass: typeof Ajv, schema: unknown, columns: readonly string[]) {
    const ajv = new AjvClass({ allErrors: false, strict: false });
    try {
      this.validate = ajv.compile(schema as object);
    } catch (error) {
      throw new UserError(`the JSON Schema does not compile: ${(error as Error).message}`);
    }
    this.columns = columns;
  }

  add(values: Value[], at: RowContext): void {
    this.rows++;
    const record: Record<string, Value> = {};
    for (let i = 0; i < this.columns.length; i++) if (values[i] !== null && values[i] !== undefined) record[this.columns[i]] = values[i];
    if (!this.validate(record)) {
      const e = this.validate.errors?.[0];
      this.unexpected.add(at.row, at.file, at.line, `${e?.instancePath || '/'} ${e?.message ?? 'invalid'}`);
    }
  }

  snapshot(): unknown {
    return { rows: this.rows, unexpected: this.unexpected.snapshot() };
  }

  absorb(state: unknown, shift: Shift): void {
    const s = state as { rows: number; unexpected: ReturnType<UnexpectedTracker['snapshot']> };
    this.rows += s.rows;
    this.unexpected.absorb(s.unexpected, shift);
  }

  finish(): ExpectationResult['result'] & { success: boolean } {
    return {
      success: this.unexpected.count === 0,
      element_count: this.rows,
      unexpected_count: this.unexpected.count,
      unexpected_percent: percent(this.unexpected.count, this.rows),
      partial_unexpected_list: this.unexpected.examples,
    };
  }
}

/** One scan over rows: every check, the schema check and the profile. Mergeable across byte ranges. */
export class Scan {
  rows = 0;
  columns: readonly string[] | undefined;
  private readonly suite: Suite;
  private readonly checks: Check[];
  private readonly schema: unknown;
  private readonly AjvClass: typeof Ajv | undefined;
  private readonly profiler: DatasetProfiler | undefined;
  private schemaCheck: SchemaCheck | undefined;
  private lastColumns: readonly string[] | undefined;
  private columnPlans: Array<{ check: ColumnCheck; index: number }> = [];
  private rowPlans: Array<{ check: Check; indexes: number[] }> = [];
  private readonly at: RowContext = { row: 0, file: '', line: undefined };

  constructor(suite: Suite, checks: Check[], options: { schema?: unknown; AjvClass?: typeof Ajv; profile: boolean }) {
    this.suite = suite;
    this.checks = checks;
    this.schema = options.schema;
    this.AjvClass = options.AjvClass;
    this.profiler = options.profile ? new DatasetProfiler() : undefined;
  }

  /** Fixes the columns (from the first file) and checks that every expectation's columns exist. */
  prepare(columns: readonly string[], file: string): void {
    const index = new Set(columns);
    this.columns = columns;
    this.suite.expectations.forEach((e, i) => {
      if (TABLE_LEVEL.has(e.type)) return;
      for (const c of this.checks[i].columns) {
        if (!index.has(c)) {
          throw new UserError(`${e.type}${e.line ? ` (line ${e.line}${e.file ? ` of ${e.file}` : ''})` : ''}: column '${c}' not found in ${file}; columns are: ${columns.join(', ')}`, { file: e.file, line: e.line });
        }
      }
    });
    if (this.schema !== undefined) this.schemaCheck = new SchemaCheck(this.AjvClass!, this.schema, columns);
  }

  private plan(columns: readonly string[]): void {
    const index = new Map(columns.map((c, i) => [c, i]));
    const all: Check[] = this.schemaCheck ? [...this.checks, this.schemaCheck] : this.checks;
    this.columnPlans = [];
    this.rowPlans = [];
    for (const check of all) {
      if (check instanceof ColumnCheck) this.columnPlans.push({ check, index: index.get(check.columns[0]) ?? -1 });
      else if (check.columns.length > 0) this.rowPlans.push({ check, indexes: check.columns.map((c) => index.get(c) ?? -1) });
    }
    this.lastColumns = columns;
  }

  addBatch(batch: RowBatch | ColumnBatch): void {
    if (this.columns === undefined) this.prepare(batch.columns, batch.file);
    if (batch.columns !== this.lastColumns) this.plan(batch.columns);
    this.profiler?.addBatch(batch);
    if (isColumnBatch(batch)) {
      this.addColumns(batch);
      return;
    }
    const at = this.at;
    at.file = batch.file;
    const columnPlans = this.columnPlans;
    const rowPlans = this.rowPlans;
    const { rows, lines } = batch;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      at.row = this.rows + r;
      at.line = lines[r];
      for (let p = 0; p < columnPlans.length; p++) {
        const i = columnPlans[p].index;
        columnPlans[p].check.addValue(i >= 0 && i < row.length ? row[i] : null, at);
      }
      for (let p = 0; p < rowPlans.length; p++) {
        const values = rowPlans[p].indexes.map((i) => (i >= 0 && i < row.length ? row[i] : null));
        rowPlans[p].check.add(values, at);
      }
    }
    this.rows += rows.length;
  }

  /** A column batch: column checks a column at a time, multi-column checks row by row. */
  private addColumns(batch: ColumnBatch): void {
    const views = batch.views;
    const n = batch.length;
    for (const { check, index } of this.columnPlans) {
      if (index >= 0) check.addColumn(views[index], batch, this.rows);
      else {
        const at: RowContext = { row: 0, file: batch.file, line: undefined };
        for (let r = 0; r < n; r++) {
          at.row = this.rows + r;
          at.line = batch.lines[r];
          check.addValue(null, at);
        }
      }
    }
    if (this.rowPlans.length > 0) {
      const at = this.at;
      at.file = batch.file;
      for (let r = 0; r < n; r++) {
        at.row = this.rows + r;
        at.line = batch.lines[r];
        for (const { check, indexes } of this.rowPlans) check.add(indexes.map((i) => (i >= 0 ? views[i].value(r) : null)), at);
      }
    }
    this.rows += n;
  }

  snapshot(): ScanState {
    return {
      rows: this.rows,
      checks: this.checks.map((c) => c.snapshot()),
      schema: this.schemaCheck?.snapshot(),
      profile: this.profiler?.state(),
    };
  }

  /** Adds a partial scan of later rows (its row numbers shifted by our row count, its lines by `lines`). */
  absorb(state: ScanState, lines: number): void {
    this.absorbChecks(state, lines);
    this.absorbProfile(state);
  }

  /** `absorb`'s first half: the checks (and the row count). */
  absorbChecks(state: ScanState, lines: number): void {
    const shift = { rows: this.rows, lines };
    this.checks.forEach((c, i) => c.absorb(state.checks[i], shift));
    if (this.schemaCheck && state.schema !== undefined) this.schemaCheck.absorb(state.schema, shift);
    this.rows += state.rows;
  }

  /** `absorb`'s second half: the profile (order does not matter beyond rounding of the mean). */
  absorbProfile(state: ScanState): void {
    if (this.profiler && state.profile) this.profiler.merge(DatasetProfiler.fromState(state.profile));
  }

  /** Deletes what the checks keep on disk: the scan is abandoned (an error). */
  close(): void {
    for (const c of this.checks) c.close?.();
  }

  /** Deletes what a partial scan's state refers to on disk: it will not be absorbed. */
  discard(state: ScanState): void {
    this.checks.forEach((c, i) => c.discard?.(state.checks[i]));
  }

  /** The checks whose finish can be cut into `count` parts for other threads (see Check.finishParts). */
  finishParts(count: number): Array<{ check: number; parts: FinishPart[] }> {
    const out: Array<{ check: number; parts: FinishPart[] }> = [];
    this.checks.forEach((c, check) => {
      const parts = c.finishParts?.(count);
      if (parts) out.push({ check, parts });
    });
    return out;
  }

  /**
   * The result. `parts`: the results of finish parts being run elsewhere, by check; the other checks and the
   * profile are finished first, meanwhile. A part that failed leaves its check to finish here.
   */
  async outcome(workers = 1, parts = new Map<number, Promise<unknown[]>>()): Promise<ValidationOutcome> {
    const facts = { rows: this.rows, columns: this.columns ?? [] };
    const results: ExpectationResult[] = new Array(this.checks.length);
    const finish = async (i: number): Promise<void> => {
      const e = this.suite.expectations[i];
      const { success, ...result } = await this.checks[i].finish(facts);
      results[i] = { expectation_type: e.type, kwargs: e.kwargs, success, ...(e.line ? { suiteLine: e.line } : {}), result };
    };
    for (let i = 0; i < this.checks.length; i++) if (!parts.has(i)) await finish(i);
    const profile = this.profiler?.toJSON();
    for (const [i, done] of parts) {
      try {
        this.checks[i].finishPartsDone!(await done);
      } catch {
        // Finished here instead (the files the parts read are still there).
      }
      await finish(i);
    }
    if (this.schemaCheck) {
      const { success, ...result } = this.schemaCheck.finish();
      results.push({ expectation_type: 'json_schema', kwargs: {}, success, result });
    }
    const successful = results.filter((r) => r.success).length;
    return {
      success: successful === results.length,
      suite: this.suite.name,
      rows: this.rows,
      columns: [...(this.columns ?? [])],
      statistics: { evaluated: results.length, successful, unsuccessful: results.length - successful },
      results,
      workers,
      ...(profile ? { profile } : {}),
    };
  }
}

export interface ScanState {
  rows: number;
  checks: unknown[];
  schema: unknown;
  profile: DatasetProfileState | undefined;
}

/** Builds a scan for a suite (compiling checks, loading ajv only when there is a schema). */
export async function createScan(suite: Suite, options: ValidateOptions): Promise<Scan> {
  const checks = compileChecks(suite.expectations, options.reference);
  // ajv is loaded only when there is a schema (it costs ~100 ms to load).
  const AjvClass = options.schema === undefined ? undefined : await loadAjv(options.schema);
  return new Scan(suite, checks, { schema: options.schema, AjvClass, profile: options.profile !== false });
}

/**
 * Validates files against a suite in one pass. A large uncompressed CSV/TSV is split into byte ranges scanned
 * by worker threads (one per core) and merged; anything else, or any problem in a range, is scanned here.
 */
export async function validateDataset(files: readonly string[], suite: Suite, options: ValidateOptions = {}): Promise<ValidationOutcome> {
  const parallel = await validateInParallel(files, suite, options);
  if (parallel) return parallel;
  const scan = await createScan(suite, options);
  try {
    for await (const batch of readDatasetBatches(files, options)) scan.addBatch(batch);
  } catch (error) {
    scan.close();
    throw error;
  }
  return scan.outcome();
}

/**
 * Ajv is loaded only when a schema is given, in the draft its `$schema` names: 2020-12 and 2019-09 have their own
 * classes; anything else is draft-07, Ajv's default. Node's ESM loader exposes the CommonJS package's named
 * exports; a bundle's dynamic import gives the module object as `default` instead.
 */
async function loadAjv(schema: unknown): Promise<typeof Ajv> {
  type Exports = Record<string, unknown> & { default?: Record<string, unknown> };
  const draft = typeof schema === 'object' && schema !== null ? String((schema as { $schema?: unknown }).$schema ?? '') : '';
  const [module, name] = draft.includes('2020-12')
    ? [(await import('ajv/dist/2020.js')) as unknown as Exports, 'Ajv2020']
    : draft.includes('2019-09')
      ? [(await import('ajv/dist/2019.js')) as unknown as Exports, 'Ajv2019']
      : [(await import('ajv')) as unknown as Exports, 'Ajv'];
  const AjvClass = module[name] ?? module.default?.[name];
  if (typeof AjvClass !== 'function') throw new Error(`ajv did not export ${name}`);
  return AjvClass as typeof Ajv;
}
