/**
 * Table-level and multi-column expectations: columns present, row count, uniqueness (single and compound),
 * and the distribution check against a reference profile.
 *
 * Uniqueness hashes and spills to disk (see duplicates.ts), so memory stays bounded whatever the file size.
 * As in pandas' `duplicated(keep=False)`, every row of a repeated value is unexpected, the first occurrence
 * included.
 */
import { valueKey, type Value } from '../values.ts';
import { MISSING, NUMBER, type ColumnBatch, type ColumnView } from '../read/column-batch.ts';
import { binOf, type ColumnProfileJSON } from '../profile/column.ts';
import { QuantileSketch } from '../sketch/quantiles.ts';
import { ColumnCheck, type Check, type FinishPart, type RowContext, type Shift, type TableFacts } from './check.ts';
import { inRange, type Kwargs } from './kwargs.ts';
import { DuplicateFinder, type DuplicatesPartResult, type FinderState } from './duplicates.ts';
import { passesMostly, percent, type ExpectationResult } from './result.ts';

type Outcome = ExpectationResult['result'] & { success: boolean };
const UNIQUENESS_NOTE = 'exact up to 64-bit hash collisions (≈ n²/2⁶⁵): values hashed and spilled to disk in 64 partitions, except runs of consecutive integers on consecutive rows (row ids), compared exactly as ranges';

class TableCheck implements Check {
  readonly columns: readonly string[] = [];
  private readonly evaluate: (table: TableFacts) => Outcome;

  constructor(evaluate: (table: TableFacts) => Outcome) {
    this.evaluate = evaluate;
  }

  add(): void {}

  snapshot(): unknown {
    return null;
  }

  absorb(): void {}

  finish(table: TableFacts): Outcome {
    return this.evaluate(table);
  }
}

/** The state both uniqueness checks keep: rows seen, and the duplicate finder over their keys. */
class DuplicateTally {
  private readonly finder = new DuplicateFinder();
  private readonly mostly: number | undefined;
  private elements = 0;

  constructor(mostly: number | undefined) {
    this.mostly = mostly;
  }

  /** A row was seen; `key` undefined when its value does not take part (missing). */
  add(key: string | undefined, value: Value, at: RowContext): void {
    this.elements++;
    if (key !== undefined) this.finder.add(key, value, at.row, at.file, at.line);
  }

  /** A row whose value is a number (hashed from its bits: no key string). */
  addNumber(x: number, row: number, file: string, line: number | undefined): void {
    this.elements++;
    this.finder.addNumber(x, row, file, line);
  }

  /** addNumber of values[0, n), row firstRow + r on line lines[r] of `file`. */
  addNumbers(values: Float64Array, lines: Int32Array, n: number, firstRow: number, file: string): void {
    this.elements += n;
    this.finder.addNumbers(values, lines, n, firstRow, file);
  }

  /** Rows that do not take part (missing values). */
  skip(rows: number): void {
    this.elements += rows;
  }

  snapshot(): unknown {
    return { elements: this.elements, finder: this.finder.snapshot() };
  }

  absorb(state: unknown, shift: Shift): void {
    const s = state as { elements: number; finder: FinderState };
    this.elements += s.elements;
    this.finder.absorb(s.finder, shift);
  }

  finishParts(count: number): FinishPart[] | undefined {
    return this.finder.parts(count)?.map((part) => ({ kind: 'duplicates', part }));
  }

  close(): void {
    this.finder.close();
  }

  discard(state: unknown): void {
    DuplicateFinder.discard((state as { finder: FinderState }).finder);
  }

  finishPartsDone(results: unknown[]): void {
    this.finder.partsDone(results as DuplicatesPartResult[]);
  }

  finish(): Outcome {
    this.finder.finish();
    const { unexpected, considered } = this.finder;
    return {
      success: passesMostly(unexpected.count, considered, this.mostly),
      element_count: this.elements,
      missing_count: this.elements - considered,
      unexpected_count: unexpected.count,
      unexpected_percent: percent(unexpected.count, considered),
      partial_unexpected_list: unexpected.examples,
      note: UNIQUENESS_NOTE,
    };
  }
}

/**
 * The Check methods a uniqueness check leaves to its DuplicateTally — the same for one column and for several;
 * a mixin because the one-column check must stay a ColumnCheck (the columnar path) and the other cannot be one.
 */
function tallied<Base extends abstract new (...args: any[]) => object>(base: Base) {
  abstract class Tallied extends base {
    protected abstract readonly tally: DuplicateTally;

    snapshot(): unknown {
      return this.tally.snapshot();
    }

    absorb(state: unknown, shift: Shift): void {
      this.tally.absorb(state, shift);
    }

    finishParts(count: number): FinishPart[] | undefined {
      return this.tally.finishParts(count);
    }

    finishPartsDone(results: unknown[]): void {
      this.tally.finishPartsDone(results);
    }

    close(): void {
      this.tally.close();
    }

    discard(state: unknown): void {
      this.tally.discard(state);
    }

    finish(): Outcome {
      return this.tally.finish();
    }
  }
  return Tallied;
}

class UniqueCheck extends tallied(ColumnCheck) {
  protected readonly tally: DuplicateTally;

  constructor(column: string, mostly: number | undefined) {
    super(column);
    this.tally = new DuplicateTally(mostly);
  }

  addValue(value: Value, at: RowContext): void {
    if (typeof value === 'number') this.tally.addNumber(value, at.row, at.file, at.line);
    else this.tally.add(value === null || value === undefined ? undefined : valueKey(value), value, at);
  }

  override addColumn(view: ColumnView, batch: ColumnBatch, firstRow: number): void {
    const { kinds, numbers } = view;
    const lines = batch.lines;
    const file = batch.file;
    if (view.summary().finite === view.length) {
      // Every row a finite number (a column of ids): as a stretch of numbers.
      this.tally.addNumbers(numbers, lines, view.length, firstRow, file);
      return;
    }
    const at: RowContext = { row: 0, file, line: undefined };
    for (let r = 0; r < view.length; r++) {
      const kind = kinds[r];
      if (kind === NUMBER) this.tally.addNumber(numbers[r], firstRow + r, file, lines[r]);
      else if (kind === MISSING) this.tally.skip(1);
      else {
        const value = view.value(r);
        at.row = firstRow + r;
        at.line = lines[r];
        this.tally.add(valueKey(value), value, at);
      }
    }
  }

}

class CompoundUniqueCheck extends tallied(Object) implements Check {
  readonly columns: readonly string[];
  protected readonly tally: DuplicateTally;
  private readonly ignore: 'all_values_are_missing' | 'any_value_is_missing' | 'never';

  constructor(columns: string[], mostly: number | undefined, ignore: CompoundUniqueCheck['ignore']) {
    super();
    this.columns = columns;
    this.tally = new DuplicateTally(mostly);
    this.ignore = ignore;
  }

  add(values: Value[], at: RowContext): void {
    let missing = 0;
    for (const v of values) if (v === null || v === undefined) missing++;
    const skipped = (this.ignore === 'all_values_are_missing' && missing === values.length) || (this.ignore === 'any_value_is_missing' && missing > 0);
    if (skipped) return this.tally.add(undefined, null, at);
    const record: Record<string, Value> = {};
    this.columns.forEach((c, i) => { record[c] = values[i] ?? null; });
    this.tally.add(values.map((v) => valueKey(v ?? null)).join('\u0000'), record, at);
  }

}

/**
 * Distribution against the reference profile. Numeric columns: the reference histogram's bins (values
 * outside its range go to the end bins), each value binned exactly as the reference histogram was built, so
 * identical data give identical counts: by the value itself when the reference histogram is exact (built from
 * exact counts, see profile/column.ts), else by its DDSketch representative; other columns: the reference's
 * categories plus "other".
 * Population stability index PSI = Σ (aᵢ − eᵢ) · ln(aᵢ / eᵢ) over bin proportions a (data) and e (reference),
 * each floored at 10⁻⁴ (Yurdakul, "Statistical properties of population stability index", 2018);
 * GE's expect_column_kl_divergence_to_be_less_than uses KL = Σ aᵢ · ln(aᵢ / eᵢ) with the same bins.
 */
class DistributionCheck extends ColumnCheck {
  private readonly reference: ColumnProfileJSON;
  private readonly measure: 'psi' | 'kl';
  private readonly threshold: number;
  private readonly counts: number[];
  private readonly categoryIndex = new Map<string, number>();
  private total = 0;
  private readonly sketch: QuantileSketch | undefined;

  constructor(column: string, reference: ColumnProfileJSON, measure: 'psi' | 'kl', threshold: number) {
    super(column);
    this.reference = reference;
    this.measure = measure;
    this.threshold = threshold;
    if (reference.numeric) {
      this.counts = new Array<number>(reference.numeric.histogram.counts.length).fill(0);
      if (!reference.numeric.histogram.exact) this.sketch = new QuantileSketch(reference.numeric.sketch.relativeAccuracy);
    }
    else {
      Object.keys(reference.categories.counts).forEach((k, i) => this.categoryIndex.set(k, i));
      this.counts = new Array<number>(this.categoryIndex.size + 1).fill(0);
    }
  }

  addValue(value: Value): void {
    if (value === null || value === undefined) return;
    this.total++;
    const numeric = this.reference.numeric;
    if (numeric) {
      if (typeof value !== 'number' || Number.isNaN(value)) return;
      // Binned as the reference histogram was: by the value itself or by its sketch representative (see ColumnProfiler).
      const x = this.sketch ? this.sketch.representative(value) : value;
      this.counts[binOf(numeric.histogram.edges, x)]++;
    } else {
      const i = this.categoryIndex.get(valueKey(value));
      this.counts[i ?? this.counts.length - 1]++;
    }
  }

  snapshot(): unknown {
    return { total: this.total, counts: this.counts };
  }

  absorb(state: unknown): void {
    const s = state as { total: number; counts: number[] };
    this.total += s.total;
    s.counts.forEach((c, i) => { this.counts[i] += c; });
  }

  finish(): Outcome {
    const expected = this.reference.numeric ? this.reference.numeric.histogram.counts : [...Object.values(this.reference.categories.counts), 0];
    const expectedTotal = expected.reduce((a, b) => a + b, 0);
    let divergence = 0;
    for (let i = 0; i < expected.length; i++) {
      const a = Math.max(1e-4, this.total === 0 ? 0 : this.counts[i] / this.total);
      const e = Math.max(1e-4, expectedTotal === 0 ? 0 : expected[i] / expectedTotal);
      divergence += this.measure === 'psi' ? (a - e) * Math.log(a / e) : a * Math.log(a / e);
    }
    return {
      success: this.total === 0 || divergence < this.threshold,
      observed_value: divergence,
      element_count: this.total,
      details: { measure: this.measure, threshold: this.threshold, bins: expected.length, observed_counts: this.counts, reference_counts: expected },
    };
  }
}

export interface TableCheckOptions {
  /** The reference profile's column, for distribution checks. */
  referenceColumn?: (column: string, kwargs: Kwargs) => ColumnProfileJSON;
}

export function tableChecks(options: TableCheckOptions): Record<string, (k: Kwargs) => Check> {
  return {
    expect_table_row_count_to_be_between: (k) => {
      const r = k.range(true);
      return new TableCheck((t) => ({ success: inRange(t.rows, r), observed_value: t.rows }));
    },
    expect_table_row_count_to_equal: (k) => {
      const n = k.optionalNumber('value');
      return new TableCheck((t) => ({ success: t.rows === n, observed_value: t.rows }));
    },
    expect_table_column_count_to_equal: (k) => {
      const n = k.optionalNumber('value');
      return new TableCheck((t) => ({ success: t.columns.length === n, observed_value: t.columns.length }));
    },
    expect_column_to_exist: (k) => {
      const column = k.column();
      const index = k.optionalNumber('column_index');
      return new TableCheck((t) => {
        const at = t.columns.indexOf(column);
        return { success: at !== -1 && (index === undefined || at === index), observed_value: at === -1 ? null : at };
      });
    },
    expect_table_columns_to_match_set: (k) => {
      const set = k.list('column_set')?.map(String);
      const exact = k.boolean('exact_match', true);
      return new TableCheck((t) => {
        const expected = set ?? [];
        const unexpected = t.columns.filter((c) => !expected.includes(c));
        const missing = expected.filter((c) => !t.columns.includes(c));
        const mismatched: Record<string, string[]> = {};
        if (unexpected.length) mismatched.unexpected = unexpected;
        if (missing.length) mismatched.missing = missing;
        const success = set === undefined ? !exact : missing.length === 0 && (!exact || unexpected.length === 0);
        return { success, observed_value: [...t.columns], details: { mismatched } };
      });
    },
    expect_table_columns_to_match_ordered_list: (k) => {
      const list = k.columns('column_list');
      return new TableCheck((t) => ({ success: list.length === t.columns.length && list.every((c, i) => t.columns[i] === c), observed_value: [...t.columns] }));
    },
    expect_column_values_to_be_unique: (k) => new UniqueCheck(k.column(), k.mostly()),
    expect_compound_columns_to_be_unique: (k) => {
      const ignore = (k.raw('ignore_row_if') ?? 'all_values_are_missing') as string;
      if (ignore !== 'all_values_are_missing' && ignore !== 'any_value_is_missing' && ignore !== 'never') {
        k.fail(`'ignore_row_if' must be all_values_are_missing, any_value_is_missing or never, got '${ignore}'`);
      }
      return new CompoundUniqueCheck(k.columns('column_list'), k.mostly(), ignore as 'never');
    },
    expect_column_distribution_to_match_reference: (k) => {
      const column = k.column();
      return new DistributionCheck(column, reference(options, column, k), 'psi', k.optionalNumber('max_psi') ?? 0.2);
    },
    expect_column_kl_divergence_to_be_less_than: (k) => {
      const column = k.column();
      return new DistributionCheck(column, reference(options, column, k), 'kl', k.optionalNumber('threshold') ?? 0.1);
    },
  };
}

function reference(options: TableCheckOptions, column: string, k: Kwargs): ColumnProfileJSON {
  if (!options.referenceColumn) k.fail(`needs a reference dataset or profile (the 'reference' input)`);
  return options.referenceColumn(column, k);
}
