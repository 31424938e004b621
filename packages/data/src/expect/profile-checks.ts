/**
 * Expectations evaluated on a (merged) profile instead of rows: the merge job of a sharded run holds the
 * profile of every shard, not the data.
 *
 * Each answerable expectation is compiled exactly as on rows (`compileChecks`, same kwargs errors) and fed the
 * state a scan of the rows would have reached, rebuilt from the profile, so its result has the same shape and
 * formula as a row scan's:
 * - exact: row count, column count/existence/set/order, null counts (`mostly` included), min, max, sum; mean
 *   and stdev (from the profile's double-double Σx and Σx², see profile/moment-sums.ts: the figures of a row
 *   scan, except within ~n·ε² of a rounding boundary; for profiles saved before those sums, up to a rounding);
 *   distinct values, unique value count and proportion while the column has ≤ MAX_CATEGORIES distinct values;
 *   distribution against a reference: against an exact reference histogram (see profile/column.ts) the row
 *   scan bins each value itself, which the profile's exact category counts reproduce while the column has
 *   ≤ MAX_CATEGORIES distinct values; against a sketch-derived reference histogram the row scan bins each
 *   value by its DDSketch representative, which is exactly what the profile's sketch buckets hold.
 * - approximate, and the result's `note` says so with its bound: median and quantiles (DDSketch, relative
 *   error α of the value at the rank), unique value count/proportion above MAX_CATEGORIES distinct values
 *   (HyperLogLog, 1.04/√4096 ≈ 1.6% standard error).
 * - not evaluated: checks that need each value (regex, set membership and ranges per value, lengths, types,
 *   uniqueness). They stay in the results with `success: false`, `details.evaluated: false` and the reason in
 *   `note`; they count in neither `statistics.evaluated` nor the verdict (see `isNotEvaluated`).
 */
import { UserError } from '@mlci/core';
import { binOf, binSketch, MAX_CATEGORIES, numericSums, type ColumnProfileJSON } from '../profile/column.ts';
import { emptySums } from '../profile/moment-sums.ts';
import type { DatasetProfiler, DatasetProfileJSON } from '../profile/dataset.ts';
import { QuantileSketch } from '../sketch/quantiles.ts';
import type { Value } from '../values.ts';
import type { Check, TableFacts } from './check.ts';
import { inRange, Kwargs, type ExpectationConfig } from './kwargs.ts';
import type { ExpectationResult } from './result.ts';
import type { Suite } from './suite.ts';
import { compileChecks, type ValidationOutcome } from './validate.ts';

export const NEEDS_ROWS = 'needs rows: checked per shard by data-validate';

type Outcome = ExpectationResult['result'] & { success: boolean };
/** An outcome, or the reason the profile cannot answer. */
type Answer = Outcome | { notEvaluated: string };
type Answerer = (check: Check, column: ColumnProfileJSON | undefined, ctx: AnswerContext) => Answer | Promise<Answer>;

interface AnswerContext {
  facts: TableFacts;
  expectation: ExpectationConfig;
  reference?: DatasetProfiler;
}

const NO_SHIFT = { rows: 0, lines: 0 };

/** True for a result that the profile could not answer (kept in the results, not counted). */
export function isNotEvaluated(r: ExpectationResult): boolean {
  const d = r.result.details as { evaluated?: unknown } | undefined;
  return d !== null && typeof d === 'object' && d.evaluated === false;
}

const table: Answerer = (check, _c, ctx) => check.finish(ctx.facts);

/** Booleans count as 0/1 in row aggregates, but a profile's numeric summary leaves them out. */
function numericOnly(c: ColumnProfileJSON): string | undefined {
  return c.types.boolean ? `${NEEDS_ROWS} (column '${c.name}' has booleans, which count as 0/1 on rows but are not in the profile's numeric summary)` : undefined;
}

function aggregate(check: Check, c: ColumnProfileJSON, state: unknown): Promise<Outcome> | Outcome {
  check.absorb({ elements: c.count, missing: c.nulls, state }, NO_SHIFT);
  return check.finish({ rows: c.count, columns: [c.name] });
}

const moments: Answerer = (check, c) => {
  const why = numericOnly(c!);
  if (why) return { notEvaluated: why };
  const n = c!.numeric;
  return aggregate(check, c!, n ? numericSums(n) : emptySums());
};

const extreme = (which: 'min' | 'max'): Answerer => (check, c) => {
  const why = numericOnly(c!);
  if (why) return { notEvaluated: why };
  if (c!.numeric) return aggregate(check, c!, c!.numeric[which]);
  if (c!.types.string) return { notEvaluated: `${NEEDS_ROWS} (the ${which} of text values is not in a profile)` };
  return aggregate(check, c!, undefined);
};

const orderStatistic: Answerer = async (check, c) => {
  const why = numericOnly(c!);
  if (why) return { notEvaluated: why };
  const n = c!.numeric;
  if (!n) return aggregate(check, c!, { values: new Float64Array(0), n: 0 });
  const out = await aggregate(check, c!, { sketch: n.sketch, n: n.count });
  out.note = `approximate: from the merged profile's quantile sketch (DDSketch), within ${n.sketch.relativeAccuracy * 100}% relative error of the value at that rank`;
  return out;
};

/** A category key (`valueKey`) back to its value. */
function keyValue(key: string): Value {
  const body = key.slice(1);
  switch (key[0]) {
    case 's': return body;
    case 'n': return Number(body);
    case 'b': return body === 'true';
    case 'o': return JSON.parse(body) as Value;
    default: return null;
  }
}

/** Distinct-value checks: exact from the category counts while complete, else the HyperLogLog estimate. */
const distinct = (estimated?: (estimate: number, nonNull: number, k: Kwargs) => Outcome): Answerer => (check, c, ctx) => {
  const col = c!;
  if (col.categories.complete) {
    const entries = Object.entries(col.categories.counts).map(([key, count]) => [key, { value: keyValue(key), count }]);
    return aggregate(check, col, entries);
  }
  if (!estimated) return { notEvaluated: `${NEEDS_ROWS} (column '${col.name}' has more than ${MAX_CATEGORIES} distinct values; a profile keeps the value set only up to that)` };
  const out = estimated(col.distinct.estimate, col.count - col.nulls, new Kwargs(ctx.expectation));
  return { ...out, element_count: col.count, missing_count: col.nulls, note: `approximate: HyperLogLog distinct estimate (≈1.6% standard error), the column has more than ${MAX_CATEGORIES} distinct values (the exact threshold)` };
};

/** Counts of the profiled column in the reference's bins, as the row scan's DistributionCheck makes them. */
const distribution: Answerer = (check, c, ctx) => {
  const col = c!;
  const column = ctx.expectation.kwargs.column as string;
  const ref = ctx.reference?.get(column)?.toJSON();
  if (!ref) return check.finish(ctx.facts); // the compiled check already rejected a missing reference
  const total = col.count - col.nulls;
  let counts: number[];
  let note: string | undefined;
  if (ref.numeric) {
    const edges = ref.numeric.histogram.edges;
    counts = new Array<number>(ref.numeric.histogram.counts.length).fill(0);
    if (col.numeric && ref.numeric.histogram.exact && col.categories.complete) {
      for (const [key, count] of Object.entries(col.categories.counts)) {
        const x = key[0] === 'n' ? Number(key.slice(1)) : NaN;
        if (x - x === 0) counts[binOf(edges, x)] += count;
      }
    } else if (col.numeric) {
      if (col.numeric.sketch.relativeAccuracy !== ref.numeric.sketch.relativeAccuracy) {
        return { notEvaluated: `${NEEDS_ROWS} (the profile's sketch accuracy differs from the reference's)` };
      }
      counts = binSketch(QuantileSketch.fromJSON(col.numeric.sketch), edges);
      if (ref.numeric.histogram.exact) note = `approximate: the reference's bins are exact, but column '${col.name}' has more than ${MAX_CATEGORIES} distinct values, so its values are binned by their DDSketch bucket (within ${col.numeric.sketch.relativeAccuracy * 100}% of the value), and a value near a bin edge may fall into the neighbouring bin`;
    }
  } else {
    if (!col.categories.complete) return { notEvaluated: `${NEEDS_ROWS} (column '${col.name}' has more than ${MAX_CATEGORIES} distinct values; a profile counts categories only up to that)` };
    const keys = Object.keys(ref.categories.counts);
    counts = keys.map((k) => col.categories.counts[k] ?? 0);
    counts.push(total - counts.reduce((a, b) => a + b, 0));
  }
  check.absorb({ total, counts }, NO_SHIFT);
  const out = check.finish(ctx.facts);
  return note ? { ...out, note } : out;
};

const nulls = (which: 'not-null' | 'null'): Answerer => (check, c) => {
  const col = c!;
  const unexpected = which === 'not-null' ? col.nulls : col.count - col.nulls;
  check.absorb({ elements: col.count, missing: col.nulls, unexpected: { count: unexpected, examples: [] } }, NO_SHIFT);
  return check.finish({ rows: col.count, columns: [col.name] });
};

const ANSWERS: Record<string, Answerer> = {
  expect_table_row_count_to_be_between: table,
  expect_table_row_count_to_equal: table,
  expect_table_column_count_to_equal: table,
  expect_column_to_exist: table,
  expect_table_columns_to_match_set: table,
  expect_table_columns_to_match_ordered_list: table,
  expect_column_values_to_not_be_null: nulls('not-null'),
  expect_column_values_to_be_null: nulls('null'),
  expect_column_mean_to_be_between: moments,
  expect_column_stdev_to_be_between: moments,
  expect_column_sum_to_be_between: moments,
  expect_column_min_to_be_between: extreme('min'),
  expect_column_max_to_be_between: extreme('max'),
  expect_column_median_to_be_between: orderStatistic,
  expect_column_quantile_values_to_be_between: orderStatistic,
  expect_column_unique_value_count_to_be_between: distinct((estimate, _n, k) => ({ success: inRange(estimate, k.range(true)), observed_value: estimate })),
  expect_column_proportion_of_unique_values_to_be_between: distinct((estimate, nonNull, k) => {
    const p = nonNull === 0 ? null : Math.min(1, estimate / nonNull);
    return { success: p !== null && inRange(p, k.range(true)), observed_value: p };
  }),
  expect_column_distinct_values_to_be_in_set: distinct(),
  expect_column_distinct_values_to_contain_set: distinct(),
  expect_column_distinct_values_to_equal_set: distinct(),
  expect_column_distribution_to_match_reference: distribution,
  expect_column_kl_divergence_to_be_less_than: distribution,
};

/** The expectation types a profile can answer (the rest are reported as not evaluated). */
export function profileAnswerableExpectations(): string[] {
  return Object.keys(ANSWERS).sort();
}

const TABLE_LEVEL = new Set(['expect_column_to_exist', 'expect_table_columns_to_match_set', 'expect_table_columns_to_match_ordered_list']);

/**
 * Evaluates a suite on a profile. The outcome is a ValidationOutcome (so the data-validate result file and
 * report serve it unchanged), with `profile` the profile evaluated and `workers` 1.
 */
export async function validateProfile(profiler: DatasetProfiler, suite: Suite, options: { reference?: DatasetProfiler; file?: string } = {}): Promise<ValidationOutcome> {
  const profile: DatasetProfileJSON = profiler.toJSON();
  const names = profile.columns.map((c) => c.name);
  const byName = new Map(profile.columns.map((c) => [c.name, c]));
  const checks = compileChecks(suite.expectations, options.reference);
  // As on rows: a column named by an expectation must exist, except where reporting its absence is the check.
  suite.expectations.forEach((e, i) => {
    if (TABLE_LEVEL.has(e.type) || e.type.startsWith('expect_table_')) return;
    for (const c of checks[i].columns) {
      if (!byName.has(c)) {
        throw new UserError(`${e.type}${e.line ? ` (line ${e.line}${e.file ? ` of ${e.file}` : ''})` : ''}: column '${c}' not found in ${options.file ?? 'the profile'}; columns are: ${names.join(', ')}`, { file: e.file, line: e.line });
      }
    }
  });
  const facts: TableFacts = { rows: profile.rows, columns: names };
  const results: ExpectationResult[] = [];
  for (let i = 0; i < checks.length; i++) {
    const e = suite.expectations[i];
    const answer = ANSWERS[e.type];
    const column = typeof e.kwargs.column === 'string' ? byName.get(e.kwargs.column) : undefined;
    const got: Answer = answer ? await answer(checks[i], column, { facts, expectation: e, reference: options.reference }) : { notEvaluated: NEEDS_ROWS };
    const where = e.line ? { suiteLine: e.line } : {};
    if ('notEvaluated' in got) {
      results.push({ expectation_type: e.type, kwargs: e.kwargs, success: false, ...where, result: { details: { evaluated: false, reason: got.notEvaluated }, note: `not evaluated: ${got.notEvaluated}` } });
    } else {
      const { success, ...result } = got;
      results.push({ expectation_type: e.type, kwargs: e.kwargs, success, ...where, result });
    }
  }
  const evaluated = results.filter((r) => !isNotEvaluated(r));
  const successful = evaluated.filter((r) => r.success).length;
  return {
    success: successful === evaluated.length,
    suite: suite.name,
    rows: profile.rows,
    columns: names,
    statistics: { evaluated: evaluated.length, successful, unsuccessful: evaluated.length - successful },
    results,
    workers: 1,
    profile,
  };
}
