/**
 * Automatic choice of the drift test of a column, by type, cardinality and sample size — the Evidently rule:
 *
 * | reference size | numeric with > 5 distinct values | 3 or more categories / ≤ 5 numeric values | 2 categories |
 * | ≤ 1 000        | ks                               | chisquare                                  | z            |
 * | > 1 000        | wasserstein (normed)             | jensenshannon                              | jensenshannon|
 *
 * Small samples get exact tests with p-values; on large samples every p-value test finds "significant" drift
 * in differences too small to matter, so an effect size with a threshold is used instead.
 * Distinct values are counted over reference and current together.
 */
import type { StatTest } from './stattest.ts';

export const SMALL_SAMPLE_MAX = 1000;
export const FEW_VALUES_MAX = 5;

export interface AutoChoice {
  test: StatTest;
  /** The reason in words, shown in the report for every column. */
  reason: string;
}

export function chooseTest(kind: 'numeric' | 'categorical', referenceSize: number, distinct: number): AutoChoice {
  const small = referenceSize <= SMALL_SAMPLE_MAX;
  const size = `${referenceSize.toLocaleString('en-US')} reference values (${small ? '≤' : '>'} ${SMALL_SAMPLE_MAX.toLocaleString('en-US')})`;
  if (kind === 'numeric' && distinct > FEW_VALUES_MAX) {
    return small
      ? { test: 'ks', reason: `numeric, ${distinct} distinct values, ${size}: exact KS test` }
      : { test: 'wasserstein', reason: `numeric, ${size}: Wasserstein distance normed by the reference stdev` };
  }
  const what = kind === 'numeric' ? `numeric with ${distinct} distinct values (≤ ${FEW_VALUES_MAX}), treated as categories` : `categorical, ${distinct} categories`;
  if (!small) return { test: 'jensenshannon', reason: `${what}, ${size}: Jensen-Shannon distance` };
  if (distinct <= 2) return { test: 'z', reason: `${what}, ${size}: Z-test for proportions` };
  return { test: 'chisquare', reason: `${what}, ${size}: chi-square test` };
}
