/**
 * @mlci/data — streaming readers, mergeable profiles and Great Expectations-compatible checks.
 *
 * READER API (stable; used by metrics and drift):
 *   readRows(file, options?)      AsyncGenerator<RowBatch>  one file, streamed in batches
 *   readDataset(files, options?)  AsyncGenerator<RowBatch>  several files one after another
 *   RowBatch = { file, columns: readonly string[], rows: Value[][], lines: (number | undefined)[] }
 *     rows[i][j] is the value of columns[j] (missing trailing entries read as null); lines[i] is the 1-based
 *     line where row i starts (undefined for Parquet). Keep no reference to `columns`' identity beyond a
 *     batch: JSON sources append columns as new keys appear (the array is replaced, never mutated).
 *   Value = string | number | boolean | null (JSON may also give arrays/objects, Parquet bigint)
 *   ReadOptions = { schema?: JSON Schema of a record (its property types drive CSV parsing),
 *                   columnTypes?: Map<column, 'string'|'number'|'integer'|'boolean'|'auto'>,
 *                   batchRows?: number (8192), maxRecordBytes?: number (1 MiB) }
 *   readBatches(file, options?) / readDatasetBatches(files, options?)  AsyncGenerator<RowBatch | ColumnBatch>
 *     the same, but CSV/TSV comes as ColumnBatch (isColumnBatch): per column a ColumnView of kind bytes
 *     (MISSING, NUMBER, TEXT, TRUE, FALSE), numbers in a Float64Array and text as codes of the batch's
 *     dictionary — no value per cell; batchRows(batch) turns one into rows.
 *   Formats by extension: .csv .tsv .jsonl .ndjson .json (array of objects) .parquet; .csv.gz .tsv.gz
 *   .jsonl.gz. Every malformed input is one UserError with file/line/column.
 *
 * PROFILE API:
 *   new DatasetProfiler(); .addBatch(batch); .merge(other); .toJSON(): DatasetProfileJSON (schemaVersion 2)
 *   DatasetProfiler.fromJSON(json) / loadProfile(file); .get(column): ColumnProfiler
 *   profileDataset(files, options) — one pass, returns the DatasetProfiler
 *   Per column (ColumnProfileJSON): count, nulls, types, numeric { min, max, sum, mean, stdev,
 *   quantiles { probabilities, values, relativeError }, histogram { edges, counts, exact } (exact: from the exact
 *   category counts, each value in its own bin; false or absent: from the sketch buckets), sketch, m2, sums
 *   (Σx and Σx² in double-double, plus the rows of a column of ≤ 1,024 rows: see profile/moment-sums.ts) },
 *   strings { minLength, maxLength }, distinct { estimate, exact }, categories { complete, counts },
 *   topValues. Category count keys are `valueKey(value)` ('s' + text, 'n' + number, 'btrue'/'bfalse').
 *
 * VALIDATION API:
 *   loadSuiteFile(file) / parseSuite(text, file?) -> Suite
 *   validateDataset(files, suite, { schema?, reference?, profile?, workers?, parallelMinBytes?, parallelMinSplitBytes? }) -> ValidationOutcome
 *     { success, suite, rows, columns, statistics, results: ExpectationResult[] (GE names and fields, plus
 *     row/file/line for each example), workers, profile }. A single uncompressed CSV/TSV of 32 MB or more is
 *     scanned by one worker thread per core over byte ranges and merged (same outcome as a sequential scan,
 *     means and standard deviations included). Sum, mean and stdev are pandas' own for columns of ≤ 1,024
 *     rows, correctly rounded (stdev within an ulp) beyond.
 *   supportedExpectations() -> the expectation types the engine knows.
 *   validateProfile(profiler, suite, { reference?, file? }) -> ValidationOutcome evaluated on a (merged) profile:
 *     profile-answerable checks exact or approximate (said in `note`), row-level ones kept as not evaluated
 *     (isNotEvaluated(result); reason NEEDS_ROWS) and left out of `statistics` and `success`.
 *
 * MEMORY: readers stream (bounded by batch size and the longest record, 1 MiB by default); uniqueness hashes
 * values to 64 bits and spills them to 64 partition files (exact up to hash collisions, ≈ n²/2⁶⁵); median
 * and quantile expectations keep 65,536 numbers in memory and spill the rest to a temporary file, then find
 * the exact values by radix selection; profiles are fixed-size sketches plus ≤ 1000 categories.
 * CSV/TSV is read into column batches (typed arrays, strings interned per batch) that the checks and the
 * profiler take a column at a time.
 */
export type { Value, ColumnType } from './values.ts';
export { columnTypesFromSchema, typeOf, valueKey, showValue } from './values.ts';
export { readRows, readDataset, readBatches, readDatasetBatches, detectFormat, type RowBatch, type ReadOptions, type DataFormat } from './read/reader.ts';
export { ColumnView, isColumnBatch, batchRows, MISSING, NUMBER, TEXT, TRUE, FALSE, type ColumnBatch } from './read/column-batch.ts';
export { QuantileSketch, DEFAULT_RELATIVE_ACCURACY, type QuantileSketchJSON } from './sketch/quantiles.ts';
export { DistinctSketch } from './sketch/distinct.ts';
export { ColumnProfiler, MAX_CATEGORIES, PROFILE_QUANTILES, type ColumnProfileJSON } from './profile/column.ts';
export { DatasetProfiler, loadProfile, isProfileFile, PROFILE_SCHEMA_VERSION, type DatasetProfileJSON } from './profile/dataset.ts';
export { profileDataset } from './profile/profile-dataset.ts';
export { loadSuiteFile, parseSuite, type Suite } from './expect/suite.ts';
export type { ExpectationConfig } from './expect/kwargs.ts';
export { MAX_EXAMPLES, type ExpectationResult, type UnexpectedExample } from './expect/result.ts';
export { validateDataset, supportedExpectations, type ValidateOptions, type ValidationOutcome } from './expect/validate.ts';
export { validateProfile, isNotEvaluated, profileAnswerableExpectations, NEEDS_ROWS } from './expect/profile-checks.ts';
