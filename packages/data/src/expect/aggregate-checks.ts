/**
 * Column aggregate expectations: one observed value per column, tested against [min_value, max_value].
 *
 * Nulls are excluded; booleans count as 0/1 in numeric aggregates (pandas does). Formulas:
 * - mean = Σx / n; stdev = √(Σ(x − mean)² / (n − 1)) (sample, pandas' `std()`), from Σx and Σx² kept in
 *   double-double (see profile/moment-sums.ts): the same figures however the rows were cut into ranges;
 * - median = middle value, or the mean of the two middle values (pandas' `median()`);
 * - quantile q = the value at sorted position round_half_even(q·(n − 1)) (NumPy's "nearest", which GE's
 *   pandas backend uses);
 * - unique_value_count = number of distinct non-null values; proportion = that / non-null count.
 * Median and quantiles are exact at any size: the numbers are kept in a buffer that spills to a temporary
 * file, and the values of the ranks asked are found by radix selection (see spilled-numbers.ts).
 */
import { valueKey, type Value } from '../values.ts';
import { MISSING, NUMBER, TEXT, TRUE, type ColumnView } from '../read/column-batch.ts';
import { ColumnCheck } from './check.ts';
import { SpilledNumbers, type SpilledState } from './spilled-numbers.ts';
import { QuantileSketch, type QuantileSketchJSON } from '../sketch/quantiles.ts';
import { inRange, type Kwargs, type Range } from './kwargs.ts';
import { addNumber, addNumbers, emptySums, keepsHead, keepViewRows, meanOf, mergeSums, stdevOf, sumOf, type MomentSums } from '../profile/moment-sums.ts';
import type { ExpectationResult } from './result.ts';

type Outcome = ExpectationResult['result'] & { success: boolean };

/** Numbers and booleans as numbers; anything else undefined. */
function numeric(v: Value): number | undefined {
  if (typeof v === 'number') return Number.isNaN(v) ? undefined : v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  return undefined;
}

abstract class Aggregate extends ColumnCheck {
  protected elements = 0;
  protected missing = 0;

  addValue(value: Value): void {
    this.elements++;
    if (value === null || value === undefined) { this.missing++; return; }
    this.observe(value);
  }

  /** Whether only numbers (and booleans as 0/1) count: strings are then skipped without being decoded. */
  protected numericOnly = false;

  /** The numbers of a batch (booleans as 0/1), in row order, handed over in one call. */
  private scratch = new Float64Array(0);

  /** A column batch: numbers straight from the Float64Array; text decoded only when it counts. */
  override addColumn(view: ColumnView): void {
    const { kinds, numbers, codes } = view;
    const length = view.length;
    const summary = view.summary();
    if (summary.finite === length) {
      // Every row a finite number: the numbers as they are, without a copy.
      this.elements += length;
      this.observeNumbers(numbers, length);
      return;
    }
    if (this.scratch.length < length) this.scratch = new Float64Array(length);
    const scratch = this.scratch;
    let m = 0;
    this.elements += length;
    for (let r = 0; r < length; r++) {
      const kind = kinds[r];
      if (kind === NUMBER) {
        const x = numbers[r];
        if (x === x) scratch[m++] = x;
      } else if (kind === MISSING) this.missing++;
      else if (kind === TEXT) {
        if (!this.numericOnly) this.observe(view.text(codes[r]));
      } else scratch[m++] = kind === TRUE ? 1 : 0;
    }
    this.observeNumbers(scratch, m);
  }

  /** values[0, m), in order; a subclass loops over them itself rather than taking a call per value. */
  protected observeNumbers(values: Float64Array, m: number): void {
    for (let i = 0; i < m; i++) this.observe(values[i]);
  }

  protected abstract observe(value: Value): void;
  protected abstract state(): unknown;
  protected abstract merge(state: unknown): void;

  snapshot(): unknown {
    return { elements: this.elements, missing: this.missing, state: this.state() };
  }

  absorb(snapshot: unknown): void {
    const s = snapshot as { elements: number; missing: number; state: unknown };
    this.elements += s.elements;
    this.missing += s.missing;
    this.merge(s.state);
  }

  protected outcome(observed: unknown, success: boolean, note?: string): Outcome {
    const out: Outcome = { success, observed_value: observed, element_count: this.elements, missing_count: this.missing };
    if (note) out.note = note;
    return out;
  }
}

class Moments extends Aggregate {
  /** Count, Σx and Σx² in double-double (moment-sums.ts): the same figures however the rows were cut. */
  private sums = emptySums();
  private readonly statistic: 'mean' | 'stdev' | 'sum';
  private readonly range: Range;

  constructor(column: string, statistic: 'mean' | 'stdev' | 'sum', range: Range) {
    super(column);
    this.statistic = statistic;
    this.range = range;
    this.numericOnly = true;
  }

  // A small column's rows are kept for pandas' figures (moment-sums.ts): each row's number, or null.
  override addValue(value: Value): void {
    if (keepsHead(this.sums, 1)) this.sums.head!.push(numeric(value) ?? null);
    super.addValue(value);
  }

  override addColumn(view: ColumnView): void {
    keepViewRows(this.sums, view, true, false);
    super.addColumn(view);
  }

  protected observe(value: Value): void {
    const x = numeric(value);
    if (x !== undefined) addNumber(this.sums, x);
  }

  protected override observeNumbers(values: Float64Array, count: number): void {
    addNumbers(this.sums, values, count);
  }

  protected state(): unknown {
    return { ...this.sums, head: this.sums.head?.slice() };
  }

  protected merge(state: unknown): void {
    mergeSums(this.sums, state as MomentSums);
  }

  finish(): Outcome {
    const observed = this.statistic === 'sum' ? sumOf(this.sums)
      : this.statistic === 'mean' ? meanOf(this.sums)
      : stdevOf(this.sums);
    return this.outcome(observed, observed !== null && inRange(observed, this.range));
  }
}

class Extreme extends Aggregate {
  private best: number | string | undefined;
  private readonly which: 'min' | 'max';
  private readonly range: Range;

  constructor(column: string, which: 'min' | 'max', range: Range) {
    super(column);
    this.which = which;
    this.range = range;
  }

  protected observe(value: Value): void {
    const x = numeric(value) ?? (typeof value === 'string' ? value : undefined);
    if (x === undefined) return;
    if (this.best === undefined || typeof this.best !== typeof x) {
      // Numbers win over strings when a column mixes them.
      if (this.best === undefined || typeof x === 'number') this.best = x;
      return;
    }
    if (this.which === 'min' ? x < this.best : x > this.best) this.best = x;
  }

  /** The batch's extreme first (ties keep the earliest, as value by value), then one comparison. */
  protected override observeNumbers(values: Float64Array, count: number): void {
    if (count === 0) return;
    let best = values[0];
    if (this.which === 'min') {
      for (let i = 1; i < count; i++) if (values[i] < best) best = values[i];
    } else {
      for (let i = 1; i < count; i++) if (values[i] > best) best = values[i];
    }
    this.observe(best);
  }

  protected state(): unknown {
    return this.best;
  }

  protected merge(state: unknown): void {
    if (state !== undefined) this.observe(state as number | string);
  }

  finish(): Outcome {
    const observed = this.best ?? null;
    return this.outcome(observed, observed !== null && inRange(observed, this.range));
  }
}

/**
 * Keeps every numeric value for exact order statistics, spilling to disk beyond a buffer (spilled-numbers.ts).
 * A merged profile has no values, only its quantile sketch: `absorb` then takes `{ sketch, n }`, and the order
 * statistics come from the sketch (validateProfile says they are approximate, with the sketch's bound).
 */
class OrderStatistics extends Aggregate {
  private readonly numbers = new SpilledNumbers();
  private sketch: QuantileSketch | undefined;
  private readonly evaluate: (order: Order) => { observed: unknown; success: boolean };

  constructor(column: string, evaluate: (order: Order) => { observed: unknown; success: boolean }) {
    super(column);
    this.evaluate = evaluate;
    this.numericOnly = true;
  }

  protected observe(value: Value): void {
    const x = numeric(value);
    if (x !== undefined) this.numbers.add(x);
  }

  protected override observeNumbers(values: Float64Array, count: number): void {
    this.numbers.addMany(values, count);
  }

  protected state(): unknown {
    return this.numbers.snapshot();
  }

  close(): void {
    this.numbers.close();
  }

  discard(snapshot: unknown): void {
    const state = (snapshot as { state: SpilledState | { sketch: unknown } }).state;
    if ('count' in state) SpilledNumbers.discard(state);
  }

  protected merge(state: unknown): void {
    const profile = state as { sketch?: QuantileSketchJSON };
    if (profile.sketch !== undefined) {
      const sketch = QuantileSketch.fromJSON(profile.sketch);
      if (this.sketch) this.sketch.merge(sketch);
      else this.sketch = sketch;
      return;
    }
    this.numbers.absorb(state as SpilledState);
  }

  finish(): Outcome {
    const sketch = this.sketch;
    if (sketch !== undefined) {
      if (this.numbers.count > 0) throw new Error('order statistics from both values and a profile sketch');
      const { observed, success } = this.evaluate({ nearest: (qs) => qs.map((q) => sketch.quantile(q) ?? null), median: () => sketch.quantile(0.5) ?? null });
      return this.outcome(observed, success);
    }
    const numbers = this.numbers;
    const n = numbers.count;
    try {
      const { observed, success } = this.evaluate({
        // All the quantiles asked at once: select shares its passes over the numbers among the ranks.
        nearest: (qs) => (n === 0 ? qs.map(() => null) : numbers.select(qs.map((q) => roundHalfEven(q * (n - 1))))),
        median: () => {
          if (n === 0) return null;
          const [a, b] = numbers.select([Math.floor((n - 1) / 2), Math.ceil((n - 1) / 2)]);
          return (a + b) / 2;
        },
      });
      return this.outcome(observed, success);
    } finally {
      numbers.close();
    }
  }
}

interface Order {
  /** The "nearest" quantile for each of qs. */
  nearest(qs: readonly number[]): (number | null)[];
  median(): number | null;
}

/** NumPy's `around`: halves go to the even neighbour. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

class Distinct extends Aggregate {
  readonly seen = new Map<string, { value: Value; count: number }>();
  private readonly evaluate: (distinct: Map<string, { value: Value; count: number }>, nonNull: number) => { observed: unknown; success: boolean; extra?: Partial<Outcome> };

  constructor(column: string, evaluate: Distinct['evaluate']) {
    super(column);
    this.evaluate = evaluate;
  }

  protected observe(value: Value): void {
    const key = valueKey(value);
    const entry = this.seen.get(key);
    if (entry) entry.count++;
    else this.seen.set(key, { value, count: 1 });
  }

  /** Strings counted once per distinct value of the batch. */
  override addColumn(view: ColumnView): void {
    const { kinds, numbers } = view;
    const length = view.length;
    this.elements += length;
    let texts = 0;
    for (let r = 0; r < length; r++) {
      const kind = kinds[r];
      if (kind === NUMBER) this.observe(numbers[r]);
      else if (kind === MISSING) this.missing++;
      else if (kind === TEXT) texts++;
      else this.observe(kind === TRUE);
    }
    if (texts === 0) return;
    const counts = view.codeCounts();
    for (let code = 0; code < counts.length; code++) {
      const text = view.text(code);
      const key = valueKey(text);
      const entry = this.seen.get(key);
      if (entry) entry.count += counts[code];
      else this.seen.set(key, { value: text, count: counts[code] });
    }
  }

  protected state(): unknown {
    return [...this.seen.entries()];
  }

  protected merge(state: unknown): void {
    for (const [key, e] of state as Array<[string, { value: Value; count: number }]>) {
      const mine = this.seen.get(key);
      if (mine) mine.count += e.count;
      else this.seen.set(key, { value: e.value, count: e.count });
    }
  }

  finish(): Outcome {
    const { observed, success, extra } = this.evaluate(this.seen, this.elements - this.missing);
    return { ...this.outcome(observed, success), ...extra };
  }
}

function sortedValues(seen: Map<string, { value: Value; count: number }>): Value[] {
  return [...seen.values()].map((e) => e.value).sort((a, b) => (typeof a === typeof b ? ((a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0) : typeof a < typeof b ? -1 : 1));
}

export const AGGREGATE_CHECKS: Record<string, (k: Kwargs) => ColumnCheck> = {
  expect_column_mean_to_be_between: (k) => new Moments(k.column(), 'mean', k.range(true)),
  expect_column_stdev_to_be_between: (k) => new Moments(k.column(), 'stdev', k.range(true)),
  expect_column_sum_to_be_between: (k) => new Moments(k.column(), 'sum', k.range(true)),
  expect_column_min_to_be_between: (k) => new Extreme(k.column(), 'min', k.range(true)),
  expect_column_max_to_be_between: (k) => new Extreme(k.column(), 'max', k.range(true)),
  expect_column_median_to_be_between: (k) => {
    const r = k.range(true);
    return new OrderStatistics(k.column(), (order) => {
      const m = order.median();
      return { observed: m, success: m !== null && inRange(m, r) };
    });
  },
  expect_column_quantile_values_to_be_between: (k) => {
    const spec = k.raw('quantile_ranges') as { quantiles?: unknown; value_ranges?: unknown } | undefined;
    const quantiles = spec?.quantiles;
    const ranges = spec?.value_ranges;
    if (!Array.isArray(quantiles) || !Array.isArray(ranges) || quantiles.length !== ranges.length || quantiles.some((q) => typeof q !== 'number' || q < 0 || q > 1)) {
      k.fail(`'quantile_ranges' must be { quantiles: [numbers in 0..1], value_ranges: [[min, max], ...] } of the same length`);
    }
    return new OrderStatistics(k.column(), (order) => {
      const values = order.nearest(quantiles as number[]);
      const success = values.every((v, i) => {
        const [min, max] = (ranges as unknown[])[i] as [number | null, number | null];
        return v !== null && inRange(v, { min: min ?? undefined, max: max ?? undefined, strictMin: false, strictMax: false });
      });
      return { observed: { quantiles, values }, success };
    });
  },
  expect_column_unique_value_count_to_be_between: (k) => {
    const r = k.range(true);
    return new Distinct(k.column(), (seen) => ({ observed: seen.size, success: inRange(seen.size, r) }));
  },
  expect_column_proportion_of_unique_values_to_be_between: (k) => {
    const r = k.range(true);
    return new Distinct(k.column(), (seen, nonNull) => {
      const p = nonNull === 0 ? null : seen.size / nonNull;
      return { observed: p, success: p !== null && inRange(p, r) };
    });
  },
  expect_column_distinct_values_to_be_in_set: (k) => distinctVersusSet(k, 'subset'),
  expect_column_distinct_values_to_contain_set: (k) => distinctVersusSet(k, 'superset'),
  expect_column_distinct_values_to_equal_set: (k) => distinctVersusSet(k, 'equal'),
};

function distinctVersusSet(k: Kwargs, relation: 'subset' | 'superset' | 'equal'): ColumnCheck {
  const raw = k.list('value_set');
  const expected = raw === undefined ? undefined : new Set(raw.map((v) => valueKey(v as Value)));
  return new Distinct(k.column(), (seen) => {
    const observed = sortedValues(seen);
    let success = true;
    if (expected) {
      const inExpected = [...seen.keys()].every((key) => expected.has(key));
      const coversExpected = [...expected].every((key) => seen.has(key));
      success = relation === 'subset' ? inExpected : relation === 'superset' ? coversExpected : inExpected && coversExpected;
    }
    const counts = observed.map((value) => ({ value, count: seen.get(valueKey(value))!.count }));
    return { observed, success, extra: { details: { value_counts: counts } } };
  });
}
