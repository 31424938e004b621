/**
 * Drift of one column: pick the test (auto or the user's), run it, compare with the threshold, and keep the
 * binned reference/current shares for the report's chart.
 */
import { UserError } from '@mlci/core';
import { chooseTest } from './auto-select.ts';
import { alignCategories, binCountsSorted, binCounts, quantileEdges, DEFAULT_BIN_COUNT } from './binning.ts';
import { chiSquareTest } from './chisquare.ts';
import { asCategorical, distinctSorted, ensureSorted, sampleSize, type BinnedSample, type ColumnSample, type NumericSample } from './column-sample.ts';
import { hellingerDistance, jensenShannonDistance, klDivergence, populationStabilityIndex } from './divergence.ts';
import { collapse, forEachDistinct } from './distinct-stream.ts';
import { ksResult, ksSorted } from './ks.ts';
import { distinctStream, summarizeStreamed, type StreamedSummary } from './streamed-tests.ts';
import { DEFAULT_THRESHOLDS, NEEDS_VALUES, P_VALUE_TESTS, type StatTest } from './stattest.ts';
import { normalizeByStd, normalizedWassersteinSorted } from './wasserstein.ts';
import { proportionsZTest } from './ztest.ts';

export interface ColumnDriftOptions {
  /** 'auto' or a named test. */
  test?: StatTest | 'auto';
  /** Overrides the default threshold of the chosen test. */
  thresholds?: Partial<Record<StatTest, number>>;
  /** Bins for PSI/KL/JS/Hellinger on numeric columns. */
  bins?: number;
}

export interface Distribution {
  /** Bin labels ("≤ 1.5", "(1.5, 2.1]", "> 9") or category names (the HTML report's `categories`). */
  categories: string[];
  reference: number[];
  current: number[];
}

export interface ColumnDrift {
  column: string;
  kind: 'numeric' | 'categorical';
  test: StatTest;
  /** Why this test: the auto rule, or "chosen in stattest". */
  reason: string;
  statistic: number;
  /** For ks, chisquare and z. */
  pValue?: number;
  threshold: number;
  drifted: boolean;
  referenceCount: number;
  currentCount: number;
  referenceMissing: number;
  currentMissing: number;
  /** Categories present in the current data and absent from the reference (first 20). */
  unseenValues: string[];
  distribution: Distribution;
}

export function columnDrift(column: string, reference: ColumnSample, current: ColumnSample, options: ColumnDriftOptions = {}): ColumnDrift {
  if (reference.kind === 'binned' || current.kind === 'binned') return binnedDrift(column, reference, current, options);
  const referenceCount = sampleSize(reference);
  const currentCount = sampleSize(current);
  if (referenceCount === 0 || currentCount === 0) {
    const which = referenceCount === 0 ? 'reference' : 'current';
    throw new UserError(`column '${column}' has no non-missing values in the ${which} data; drift cannot be measured`);
  }
  const numeric = reference.kind === 'numeric' && current.kind === 'numeric';
  // Spilled runs (spill.ts): the same statistics by streaming over both samples' sorted values (streamed-tests.ts).
  const spilled = numeric && (reference.runs !== undefined || current.runs !== undefined);
  const refSorted = numeric ? ensureSorted(reference) : undefined;
  const curSorted = numeric ? ensureSorted(current) : undefined;
  const refWeights = reference.kind === 'numeric' ? reference.weights : undefined;
  const curWeights = current.kind === 'numeric' ? current.weights : undefined;
  const bins = options.bins ?? DEFAULT_BIN_COUNT;

  let distinct: number;
  let cats: ReturnType<typeof alignCategories> | undefined;
  if (numeric) {
    distinct = spilled
      ? Math.max(distinctStream(reference, 6), distinctStream(current, 6))
      : Math.max(distinctSorted(refSorted!, 6), distinctSorted(curSorted!, 6));
    // Few distinct values: as (value, count) pairs in memory, the sample is small whatever its size.
    if (spilled && distinct <= 6) return columnDrift(column, collapse(reference), collapse(current as NumericSample), options);
    if (distinct <= 6) distinct = alignCategories(asCategorical(reference).counts, asCategorical(current).counts).categories.length;
  } else {
    cats = alignCategories(asCategorical(reference).counts, asCategorical(current).counts);
    distinct = cats.categories.length;
  }
  let test: StatTest;
  let reason: string;
  if (!options.test || options.test === 'auto') {
    ({ test, reason } = chooseTest(numeric ? 'numeric' : 'categorical', referenceCount, distinct));
  } else {
    test = options.test;
    reason = `${test} chosen in stattest`;
    if (NEEDS_VALUES.has(test) && !numeric) {
      throw new UserError(`stattest '${test}' needs a numeric column, but column '${column}' is categorical; use chisquare, z, jensenshannon, psi, kl_div or hellinger`);
    }
  }
  const threshold = options.thresholds?.[test] ?? DEFAULT_THRESHOLDS[test];

  // Binned view (also the chart): numeric by reference quantiles, categorical by category.
  let distribution: Distribution;
  let refCounts: Float64Array;
  let curCounts: Float64Array;
  let unseen: string[] = [];
  // Spilled samples: every numeric statistic from one merged walk over the runs (streamed-tests.ts); KS and
  // Wasserstein never take the categorical view, so a spilled column has it when they need it.
  let streamed: StreamedSummary | undefined;
  const categoricalView = !numeric || (test !== 'ks' && test !== 'wasserstein' && distinct <= 5) || test === 'z' || test === 'chisquare';
  if (categoricalView) {
    cats ??= alignCategories(asCategorical(reference).counts, asCategorical(current).counts);
    refCounts = cats.reference;
    curCounts = cats.current;
    unseen = cats.unseen.slice(0, 20);
    distribution = { categories: cats.categories, reference: shares(refCounts), current: shares(curCounts) };
  } else if (spilled) {
    streamed = summarizeStreamed(reference as NumericSample, current as NumericSample, bins);
    refCounts = streamed.referenceCounts;
    curCounts = streamed.currentCounts;
    distribution = { categories: binLabels(streamed.edges), reference: shares(refCounts), current: shares(curCounts) };
  } else {
    const edges = quantileEdges(refSorted!, bins, refWeights);
    refCounts = binCountsSorted(edges, refSorted!, refWeights);
    curCounts = curSorted ? binCountsSorted(edges, curSorted, curWeights) : binCounts(edges, []);
    distribution = { categories: binLabels(edges), reference: shares(refCounts), current: shares(curCounts) };
  }

  let statistic: number;
  let pValue: number | undefined;
  switch (test) {
    case 'ks': {
      const r = streamed ? ksResult(streamed.ks.d, streamed.ks.location, referenceCount, currentCount) : ksSorted(refSorted!, refWeights, curSorted!, curWeights);
      statistic = r.statistic;
      pValue = r.pValue;
      break;
    }
    case 'wasserstein':
      statistic = streamed
        ? normalizeByStd(streamed.wasserstein, streamed.referenceStd)
        : normalizedWassersteinSorted(refSorted!, curSorted!, refWeights, curWeights);
      break;
    case 'chisquare': {
      const r = chiSquareTest(refCounts, curCounts);
      statistic = r.statistic;
      pValue = r.pValue;
      break;
    }
    case 'z': {
      if (refCounts.length > 2) {
        throw new UserError(`stattest 'z' needs a column with at most 2 values, but column '${column}' has ${refCounts.length}; use chisquare`);
      }
      const r = proportionsZTest(refCounts[0], referenceCount, curCounts[0], currentCount);
      statistic = r.statistic;
      pValue = r.pValue;
      break;
    }
    case 'jensenshannon':
      statistic = jensenShannonDistance(refCounts, curCounts);
      break;
    case 'psi':
      statistic = populationStabilityIndex(refCounts, curCounts);
      break;
    case 'kl_div':
      statistic = klDivergence(refCounts, curCounts);
      break;
    case 'hellinger':
      statistic = hellingerDistance(refCounts, curCounts);
      break;
  }
  const drifted = P_VALUE_TESTS.has(test) ? (pValue as number) < threshold : statistic >= threshold;
  return {
    column,
    kind: numeric ? 'numeric' : 'categorical',
    test,
    reason,
    statistic,
    ...(pValue === undefined ? {} : { pValue }),
    threshold,
    drifted,
    referenceCount,
    currentCount,
    referenceMissing: reference.missing,
    currentMissing: current.missing,
    unseenValues: unseen,
    distribution,
  };
}

function shares(counts: Float64Array): number[] {
  let total = 0;
  for (const c of counts) total += c;
  return Array.from(counts, (c) => (total > 0 ? c / total : 0));
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : Number(x.toPrecision(4)).toString();
}

function binLabels(edges: Float64Array): string[] {
  if (edges.length === 0) return ['all'];
  const labels = [`≤ ${fmt(edges[0])}`];
  for (let k = 1; k < edges.length; k++) labels.push(`(${fmt(edges[k - 1])}, ${fmt(edges[k])}]`);
  labels.push(`> ${fmt(edges[edges.length - 1])}`);
  return labels;
}

/** Bin of x among profile edges: bin i is [edges[i], edges[i+1]); values beyond either end go to the end bins. */
function profileBin(edges: readonly number[], x: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (x >= edges[mid]) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const BINNED_TESTS: ReadonlySet<StatTest> = new Set(['jensenshannon', 'psi', 'kl_div', 'hellinger', 'chisquare']);

/** A numeric column whose reference is a profile histogram: binned tests over the profile's bins. */
function binnedDrift(column: string, reference: ColumnSample, current: ColumnSample, options: ColumnDriftOptions): ColumnDrift {
  if (reference.kind !== 'binned' || current.kind !== 'numeric') {
    throw new UserError(`column '${column}' is numeric in the reference profile but ${current.kind} in the current data; it cannot be compared`);
  }
  const ref: BinnedSample = reference;
  const requested = options.test && options.test !== 'auto' ? options.test : undefined;
  if (requested && !BINNED_TESTS.has(requested)) {
    throw new UserError(`stattest '${requested}' needs the reference's values, but column '${column}' comes from a data-validate profile that keeps a histogram only; use jensenshannon, psi, kl_div, hellinger or chisquare, or give the reference dataset or a drift reference file (save-reference)`);
  }
  const test: StatTest = requested ?? 'jensenshannon';
  const refCounts = Float64Array.from(ref.counts);
  const curCounts = new Float64Array(ref.counts.length);
  if (current.runs) forEachDistinct(current, (v, c) => (curCounts[profileBin(ref.edges, v)] += c));
  else current.values.forEach((v, i) => (curCounts[profileBin(ref.edges, v)] += current.weights ? current.weights[i] : 1));
  const referenceCount = refCounts.reduce((a, b) => a + b, 0);
  const currentCount = sampleSize(current);
  if (referenceCount === 0 || currentCount === 0) {
    throw new UserError(`column '${column}' has no non-missing values in the ${referenceCount === 0 ? 'reference profile' : 'current data'}; drift cannot be measured`);
  }
  let statistic: number;
  let pValue: number | undefined;
  if (test === 'chisquare') ({ statistic, pValue } = chiSquareTest(refCounts, curCounts));
  else if (test === 'psi') statistic = populationStabilityIndex(refCounts, curCounts);
  else if (test === 'kl_div') statistic = klDivergence(refCounts, curCounts);
  else if (test === 'hellinger') statistic = hellingerDistance(refCounts, curCounts);
  else statistic = jensenShannonDistance(refCounts, curCounts);
  const threshold = options.thresholds?.[test] ?? DEFAULT_THRESHOLDS[test];
  const labels = ref.counts.map((_, i) => `[${fmt(ref.edges[i])}, ${fmt(ref.edges[i + 1])}${i === ref.counts.length - 1 ? ']' : ')'}`);
  return {
    column,
    kind: 'numeric',
    test,
    reason: requested
      ? `${test} chosen in stattest; reference from a data-validate profile (${ref.counts.length} histogram bins)`
      : `numeric, reference from a data-validate profile (histogram only, ${ref.counts.length} bins): Jensen-Shannon distance over its bins`,
    statistic,
    ...(pValue === undefined ? {} : { pValue }),
    threshold,
    drifted: P_VALUE_TESTS.has(test) ? (pValue as number) < threshold : statistic >= threshold,
    referenceCount,
    currentCount,
    referenceMissing: ref.missing,
    currentMissing: current.missing,
    unseenValues: [],
    distribution: { categories: labels, reference: shares(refCounts), current: shares(curCounts) },
  };
}
