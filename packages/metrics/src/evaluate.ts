/**
 * One evaluation: the candidate's metrics with confidence intervals, the paired comparison with a baseline,
 * slices, and the gates. The output is plain JSON (undefined metrics are null).
 *
 * Significance per metric (see gates.ts for how gates use it):
 *   accuracy — McNemar's exact test decides significance; the interval shown is the paired bootstrap one;
 *   roc_auc (binary) — DeLong's test and its normal-theory interval;
 *   every other metric, gaps included — the paired bootstrap percentile interval, significant when it
 *   excludes zero.
 * A baseline given as an earlier result file has no rows to pair: its comparison uses the two runs' bootstrap
 * standard errors as independent (se = sqrt(se_c^2 + se_b^2), normal interval) — conservative, since the same
 * test set makes the two estimates positively correlated.
 */
import { UserError } from '@mlci/core';
import { binaryReplicates, metricsFromStats, rankingOf } from './binary.ts';
import { pairedBootstrap, type Interval } from './bootstrap.ts';
import { checkGateMetrics, evaluateGates, type GateResult, type MetricComparison } from './gates.ts';
import type { Label } from './labels.ts';
import { delongTest, discordantPairs, twoSidedCritical, type DeLongResult, type McNemarResult } from './significance.ts';
import { buildSlices, gapMetrics, sliceMetrics } from './slices.ts';
import { STATS } from './replicates.ts';
import { metricNames, metricsOf, prepareEvaluation, type Prepared, type TaskKind, type TaskOptions } from './task.ts';
import type { Table } from './table.ts';
import type { GateSpec } from './thresholds.ts';

export interface EvaluateOptions extends TaskOptions {
  sliceColumns: readonly string[];
  minSliceSize: number;
  confidence: number;
  bootstrapSamples: number;
  seed: number;
  gates: readonly GateSpec[];
}

/** What an earlier run stored (its result payload), usable as a baseline without rows. */
export interface StoredMetrics {
  source: string;
  task: TaskKind;
  metrics: Record<string, number | null>;
  intervals: Record<string, { standardError: number | null }>;
}

export interface SliceReport {
  column: string;
  value: string;
  rows: number;
  eligible: boolean;
  metrics: Record<string, number | null> | null;
  baseline: Record<string, number | null> | null;
}

export interface Evaluation {
  task: TaskKind;
  rows: number;
  classes: Label[];
  positiveLabel: Label | null;
  confidence: number;
  bootstrapSamples: number;
  seed: number;
  metrics: Record<string, number | null>;
  intervals: Record<string, { low: number | null; high: number | null; standardError: number | null }>;
  baseline: { source: string; kind: 'paired' | 'result-file'; metrics: Record<string, number | null> } | null;
  comparisons: Record<string, { baseline: number | null; delta: number | null; low: number | null; high: number | null; method: string; pValue: number | null; significant: boolean }>;
  mcnemar: McNemarResult | null;
  delong: { [K in keyof DeLongResult]: number | null } | null;
  confusion: { labels: Label[]; matrix: number[][]; baseline: number[][] | null } | null;
  slices: SliceReport[];
  gates: GateResult[];
  noGates: boolean;
  passed: boolean;
  failed: number;
  warnings: number;
}

export function evaluate(candidate: Table, baseline: Table | StoredMetrics | undefined, options: EvaluateOptions): Evaluation {
  const pairedTable = baseline && 'rows' in baseline ? baseline : undefined;
  const stored = baseline && !('rows' in baseline) ? baseline : undefined;
  const prepared = prepareEvaluation(candidate, pairedTable, options);
  const names = metricNames(prepared.kind);
  const slices = buildSlices(candidate, options.sliceColumns, options.minSliceSize);

  // Without weights: the point estimate (every row once).
  const allMetrics = (model: Prepared, weights: Uint8Array | undefined): { all: Record<string, number>; perSlice: Array<Record<string, number> | undefined> } => {
    const base = metricsOf(model, weights);
    if (slices.length === 0) return { all: base, perSlice: [] };
    const perSlice = sliceMetrics(slices, weights ?? new Uint8Array(prepared.rows).fill(1), (w) => metricsOf(model, w));
    return { all: { ...base, ...gapMetrics(slices, perSlice, names, options.sliceColumns) }, perSlice };
  };

  const point = allMetrics(prepared.candidate, undefined);
  const basePoint = prepared.baseline ? allMetrics(prepared.baseline, undefined) : undefined;
  const allNames = Object.keys(point.all);
  checkGateMetrics(options.gates, allNames);

  // Binary models with scores and no slices: every replicate at once, by the sorted walks of replicates.ts
  // (the same weights as the row-weight path, drawn inside the walk).
  const models = [prepared.candidate, prepared.baseline].filter((p) => p !== undefined);
  const binaryWithScores = models.flatMap((p) => (p.kind === 'binary' && p.model.score ? [p.model] : []));
  const walked = slices.length === 0 && binaryWithScores.length === models.length && options.bootstrapSamples > 0
    ? binaryReplicates(binaryWithScores, options.seed, options.bootstrapSamples) : undefined;
  const replicate = (r: number, m: number) => {
    const metrics = metricsFromStats(walked!, (r * models.length + m) * STATS, true) as unknown as Record<string, number>;
    return Object.fromEntries(allNames.map((name) => [name, metrics[name]]));
  };
  const boot = pairedBootstrap(prepared.rows, allNames, (w, r) => ({
    candidate: walked ? replicate(r, 0) : allMetrics(prepared.candidate, w).all,
    baseline: prepared.baseline ? (walked ? replicate(r, 1) : allMetrics(prepared.baseline, w).all) : undefined,
  }), { samples: options.bootstrapSamples, seed: options.seed, confidence: options.confidence }, walked === undefined);

  const comparisons: Record<string, MetricComparison> = {};
  let mcnemar: McNemarResult | null = null;
  let delong: DeLongResult | null = null;
  const alpha = 1 - options.confidence;
  if (basePoint) {
    for (const name of allNames) {
      // Without replicates (bootstrap-samples 0) there is no interval: nothing is significant by bootstrap.
      const d = boot.delta?.[name];
      const low = d ? d.low : NaN;
      const high = d ? d.high : NaN;
      comparisons[name] = {
        baseline: basePoint.all[name], delta: point.all[name] - basePoint.all[name], low, high,
        method: 'paired bootstrap', significant: low > 0 || high < 0,
      };
    }
    if (prepared.kind !== 'regression' && prepared.truthClasses) {
      const c = prepared.predictedClasses[0];
      const b = prepared.predictedClasses[1];
      if (c && b) {
        mcnemar = discordantPairs(prepared.truthClasses, c, b);
        Object.assign(comparisons.accuracy, { method: 'McNemar exact + paired bootstrap', pValue: mcnemar.pValue, significant: mcnemar.pValue < alpha });
      }
    }
    const rankings = prepared.candidate.kind === 'binary' && prepared.baseline?.kind === 'binary'
      ? [rankingOf(prepared.candidate.model), rankingOf(prepared.baseline.model)] : [];
    if (rankings[0] && rankings[1] && prepared.candidate.kind === 'binary') {
      delong = delongTest(rankings[0], rankings[1], prepared.candidate.model.positive, options.confidence);
      if (!Number.isNaN(delong.pValue)) {
        Object.assign(comparisons.roc_auc, { low: delong.low, high: delong.high, method: 'DeLong', pValue: delong.pValue, significant: delong.pValue < alpha });
      }
    }
  } else if (stored) {
    if (stored.task !== prepared.kind) {
      throw new UserError(`baseline ${stored.source} is a ${stored.task} evaluation, but this one is ${prepared.kind}; compare like with like`, { file: stored.source });
    }
    const z = twoSidedCritical(options.confidence);
    for (const name of allNames) {
      const before = stored.metrics[name];
      if (before === undefined || before === null) continue;
      const se = Math.hypot(boot.candidate[name].standardError, stored.intervals[name]?.standardError ?? NaN);
      const delta = point.all[name] - before;
      const low = delta - z * se;
      const high = delta + z * se;
      comparisons[name] = { baseline: before, delta, low, high, method: 'unpaired (standard errors of the two runs)', significant: low > 0 || high < 0 };
    }
  }

  const gates = evaluateGates(options.gates, point.all, basePoint || stored ? comparisons : undefined);
  const failed = gates.filter((g) => g.status === 'fail').length;
  const warnings = gates.filter((g) => g.status === 'warn' || g.status === 'no-baseline').length + (options.gates.length === 0 ? 1 : 0);

  return {
    task: prepared.kind,
    rows: prepared.rows,
    classes: prepared.classes,
    positiveLabel: prepared.kind === 'binary' && prepared.positiveClass >= 0 ? prepared.classes[prepared.positiveClass] : null,
    confidence: options.confidence,
    bootstrapSamples: options.bootstrapSamples,
    seed: options.seed,
    metrics: nullable(point.all),
    intervals: Object.fromEntries(allNames.map((n) => [n, intervalJson(boot.candidate[n])])),
    baseline: basePoint ? { source: pairedTable!.source, kind: 'paired', metrics: nullable(basePoint.all) }
      : stored ? { source: stored.source, kind: 'result-file', metrics: stored.metrics } : null,
    comparisons: Object.fromEntries(Object.entries(comparisons).map(([n, c]) => [n, {
      baseline: num(c.baseline), delta: num(c.delta), low: num(c.low), high: num(c.high), method: c.method, pValue: c.pValue === undefined ? null : num(c.pValue), significant: c.significant,
    }])),
    mcnemar,
    delong: delong ? (Object.fromEntries(Object.entries(delong).map(([k, v]) => [k, num(v)])) as Evaluation['delong']) : null,
    confusion: confusionOf(prepared),
    slices: slices.map((s, k) => ({
      column: s.column, value: s.value, rows: s.rows, eligible: s.eligible,
      metrics: point.perSlice[k] ? nullable(point.perSlice[k]!) : null,
      baseline: basePoint?.perSlice[k] ? nullable(basePoint.perSlice[k]!) : null,
    })),
    gates,
    noGates: options.gates.length === 0,
    passed: failed === 0,
    failed,
    warnings,
  };
}

function confusionOf(prepared: ReturnType<typeof prepareEvaluation>): Evaluation['confusion'] {
  const truth = prepared.truthClasses;
  if (!truth) return null;
  const k = prepared.classes.length;
  const matrix = (predicted: Int32Array | undefined): number[][] | null => {
    if (!predicted) return null;
    const m = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (let i = 0; i < truth.length; i++) m[truth[i]][predicted[i]]++;
    return m;
  };
  const candidate = matrix(prepared.predictedClasses[0]);
  if (!candidate) return null;
  return { labels: prepared.classes, matrix: candidate, baseline: matrix(prepared.predictedClasses[1]) };
}

function num(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function nullable(values: Record<string, number>): Record<string, number | null> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, num(v)]));
}

function intervalJson(i: Interval): { low: number | null; high: number | null; standardError: number | null } {
  return { low: num(i.low), high: num(i.high), standardError: num(i.standardError) };
}
