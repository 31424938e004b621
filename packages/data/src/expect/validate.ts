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
import { readDataset, type ReadOptions, type RowBatch } from '../read/reader.ts';
import { DatasetProfiler, type DatasetProfileJSON } from '../profile/dataset.ts';
import type { Value } from '../values.ts';
import { AGGREGATE_CHECKS } from './aggregate-checks.ts';
import { ColumnCheck, type Check, type RowContext } from './check.ts';
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
}

export interface ValidationOutcome {
  success: boolean;
  suite: string;
  rows: number;
  columns: string[];
  statistics: { evaluated: number; successful: number; unsuccessful: number };
  results: ExpectationResult[];
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

export async function validateDataset(files: readonly string[], suite: Suite, options: ValidateOptions = {}): Promise<ValidationOutcome> {
  const checks = compileChecks(suite.expectations, options.reference);
  // ajv is loaded only when there is a schema (it costs ~100 ms to load).
  const AjvClass = options.schema === undefined ? undefined : (await import('ajv')).Ajv;
  const profiler = options.profile === false ? undefined : new DatasetProfiler();
  let schemaCheck: SchemaCheck | undefined;
  let columns: readonly string[] | undefined;
  let rows = 0;
  let lastColumns: readonly string[] | undefined;
  let plans: Array<{ check: Check; indexes: number[] }> = [];
  const at: RowContext = { row: 0, file: '', line: undefined };

  const plan = (batch: RowBatch): void => {
    const index = new Map(batch.columns.map((c, i) => [c, i]));
    if (columns === undefined) {
      columns = batch.columns;
      suite.expectations.forEach((e, i) => {
        if (TABLE_LEVEL.has(e.type)) return;
        for (const c of checks[i].columns) {
          if (!index.has(c)) {
            throw new UserError(`${e.type}${e.line ? ` (line ${e.line}${e.file ? ` of ${e.file}` : ''})` : ''}: column '${c}' not found in ${batch.file}; columns are: ${batch.columns.join(', ')}`, { file: e.file, line: e.line });
          }
        }
      });
      if (options.schema !== undefined) schemaCheck = new SchemaCheck(AjvClass!, options.schema, batch.columns);
    }
    plans = checks.map((check) => ({ check, indexes: check.columns.map((c) => index.get(c) ?? -1) }));
    if (schemaCheck) plans.push({ check: schemaCheck, indexes: schemaCheck.columns.map((c) => index.get(c) ?? -1) });
  };

  for await (const batch of readDataset(files, options)) {
    if (batch.columns !== lastColumns) {
      plan(batch);
      lastColumns = batch.columns;
    }
    profiler?.addBatch(batch);
    at.file = batch.file;
    const columnPlans = plans.filter((p) => p.check instanceof ColumnCheck) as Array<{ check: ColumnCheck; indexes: number[] }>;
    const rowPlans = plans.filter((p) => !(p.check instanceof ColumnCheck) && p.check.columns.length > 0);
    const { rows: batchRows, lines } = batch;
    for (let r = 0; r < batchRows.length; r++) {
      const row = batchRows[r];
      at.row = rows + r;
      at.line = lines[r];
      for (let p = 0; p < columnPlans.length; p++) {
        const i = columnPlans[p].indexes[0];
        const v = i >= 0 && i < row.length ? row[i] : null;
        columnPlans[p].check.addValue(v, at);
      }
      for (let p = 0; p < rowPlans.length; p++) {
        const values = rowPlans[p].indexes.map((i) => (i >= 0 && i < row.length ? row[i] : null));
        rowPlans[p].check.add(values, at);
      }
    }
    rows += batchRows.length;
  }

  const facts = { rows, columns: columns ?? [] };
  const results: ExpectationResult[] = [];
  for (let i = 0; i < checks.length; i++) {
    const e = suite.expectations[i];
    const { success, ...result } = await checks[i].finish(facts);
    results.push({ expectation_type: e.type, kwargs: e.kwargs, success, ...(e.line ? { suiteLine: e.line } : {}), result });
  }
  if (schemaCheck) {
    const { success, ...result } = schemaCheck.finish();
    results.push({ expectation_type: 'json_schema', kwargs: {}, success, result });
  }
  const successful = results.filter((r) => r.success).length;
  return {
    success: successful === results.length,
    suite: suite.name,
    rows,
    columns: [...(columns ?? [])],
    statistics: { evaluated: results.length, successful, unsuccessful: results.length - successful },
    results,
    ...(profiler ? { profile: profiler.toJSON() } : {}),
  };
}
