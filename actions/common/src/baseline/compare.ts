/**
 * Comparing a run's results with its baseline, and the trend of gated metrics over default-branch runs.
 *
 * Key metrics of a result: `payload.metrics` when it is an object (numbers kept, null/undefined dropped; the
 * model-eval payload), otherwise the payload's top-level finite numbers. Gated metrics: the distinct
 * `payload.gates[].metric` names when the payload lists gates, otherwise every key metric.
 * Direction of "better" follows @mlci/metrics' higherIsBetter (losses and errors: lower is better).
 */
import { higherIsBetter } from '@mlci/metrics';
import { formatNumber, lineChart, markdownTable, type ResultEnvelope } from '@mlci/report';
import type { BaselineSource } from './store.ts';

export const TREND_FILE = 'trend.json';
/** Points kept in the trend: enough to see a direction, small enough for a summary. */
export const TREND_LIMIT = 20;

export function keyMetrics(envelope: ResultEnvelope): Record<string, number> {
  const payload = envelope.payload as Record<string, unknown> | null;
  if (!payload || typeof payload !== 'object') return {};
  const source = payload.metrics && typeof payload.metrics === 'object' && !Array.isArray(payload.metrics) ? (payload.metrics as Record<string, unknown>) : payload;
  const metrics: Record<string, number> = {};
  for (const [name, value] of Object.entries(source)) if (typeof value === 'number' && Number.isFinite(value)) metrics[name] = value;
  return metrics;
}

export function gatedMetrics(envelope: ResultEnvelope): string[] {
  const metrics = keyMetrics(envelope);
  const gates = (envelope.payload as { gates?: unknown } | null)?.gates;
  if (Array.isArray(gates)) {
    const names = gates.map((g) => (g && typeof g === 'object' ? (g as { metric?: unknown }).metric : undefined)).filter((m): m is string => typeof m === 'string' && m in metrics);
    return [...new Set(names)];
  }
  return Object.keys(metrics);
}

export interface MetricDelta {
  action: string;
  metric: string;
  baseline: number;
  current: number;
  /** current - baseline */
  delta: number;
  /** True when the change is for the better, false for the worse, null when unchanged. */
  better: boolean | null;
}

/** Deltas of every key metric present in both runs, matched by action name. */
export function metricDeltas(current: readonly ResultEnvelope[], baseline: readonly ResultEnvelope[]): MetricDelta[] {
  const rows: MetricDelta[] = [];
  for (const result of current) {
    const before = baseline.find((b) => b.action === result.action);
    if (!before) continue;
    const old = keyMetrics(before);
    for (const [metric, value] of Object.entries(keyMetrics(result))) {
      if (!(metric in old)) continue;
      const delta = value - old[metric];
      rows.push({ action: result.action, metric, baseline: old[metric], current: value, delta, better: delta === 0 ? null : delta > 0 === higherIsBetter(metric) });
    }
  }
  return rows;
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** "main @ 1a2b3c4 (run 4242)", linked to the run when its URL is known. */
export function describeBaseline(source: BaselineSource): string {
  const run = source.runUrl ? `[run ${source.runId}](${source.runUrl})` : `run ${source.runId}`;
  return `${source.ref.replace(/^refs\/heads\//, '')} @ \`${shortSha(source.commit)}\` (${run})`;
}

function signed(delta: number): string {
  return delta > 0 ? `+${formatNumber(delta)}` : formatNumber(delta);
}

/** The comparison section: which baseline, then a table of deltas (or why there is none). */
export function deltaMarkdown(deltas: readonly MetricDelta[], source: BaselineSource | undefined, reason?: string): string {
  if (!source) {
    const said = reason?.startsWith('no baseline yet') ? reason : `no baseline yet${reason ? ` (${reason})` : ''}`;
    return `**Baseline:** ${said}. Deltas appear once a run on the default branch has saved one.`;
  }
  if (deltas.length === 0) return `**Baseline:** ${describeBaseline(source)} — no metrics in common with this run.`;
  const table = markdownTable(
    ['step', 'metric', 'baseline', 'this run', 'Δ', ''],
    deltas.map((d) => [d.action, d.metric, d.baseline, d.current, signed(d.delta), d.better === null ? '=' : d.better ? '▲ better' : '▼ worse']),
    { align: ['left', 'left', 'right', 'right', 'right', 'left'] },
  );
  return `**Baseline:** ${describeBaseline(source)}\n\n${table}`;
}

export interface TrendPoint {
  commit: string;
  runId: string;
  runUrl?: string;
  at: string;
  /** `<action>.<metric>` -> value, gated metrics only. */
  metrics: Record<string, number>;
}

export function trendPoint(results: readonly ResultEnvelope[], run: { commit: string; runId: string; runUrl?: string; at: string }): TrendPoint {
  const metrics: Record<string, number> = {};
  for (const result of results) {
    const values = keyMetrics(result);
    for (const metric of gatedMetrics(result)) metrics[`${result.action}.${metric}`] = values[metric];
  }
  return { ...run, metrics };
}

/** The previous points (oldest first) with this run's appended; a re-run of the same run replaces its point. */
export function appendTrend(previous: readonly TrendPoint[], point: TrendPoint, limit = TREND_LIMIT): TrendPoint[] {
  return [...previous.filter((p) => p.runId !== point.runId), point].slice(-limit);
}

/** One line chart per gated metric over the runs (oldest first), each followed by its numbers. */
export function trendMarkdown(points: readonly TrendPoint[]): string {
  const names = [...new Set(points.flatMap((p) => Object.keys(p.metrics)))].sort();
  if (names.length === 0) return '';
  const categories = points.map((p) => shortSha(p.commit));
  const charts = names.map((name) =>
    lineChart({ title: name, categories, series: [{ name, values: points.map((p) => p.metrics[name] ?? Number.NaN) }], yLabel: name.split('.').pop() }),
  );
  return `### Trend over the last ${points.length} run${points.length === 1 ? '' : 's'} on the default branch\n\n${charts.join('\n\n')}`;
}
