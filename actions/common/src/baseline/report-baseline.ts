/**
 * The root action's use of baselines: on pull requests, compare every result with the same action's result in
 * the newest default-branch report baseline ("no baseline yet" when there is none); on pushes to the default
 * branch, extend the trend of gated metrics kept in that baseline and hand back the files to save as the next one.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ResultEnvelope } from '@mlci/report';
import type { GitHubContext } from '@mlci/github';
import { appendTrend, deltaMarkdown, metricDeltas, trendMarkdown, trendPoint, TREND_FILE, type MetricDelta, type TrendPoint } from './compare.ts';
import { baselineFile, BASELINE_MANIFEST, type BaselineRestore, type BaselineSource } from './store.ts';

export interface ReportComparison {
  /** The baseline used, or null with the reason there is none. */
  source: BaselineSource | null;
  reason?: string;
  deltas: MetricDelta[];
  /** Markdown of the comparison (which baseline, and the deltas table). */
  comparison: string;
  /** Markdown of the trend on default-branch runs, '' elsewhere. */
  trend: string;
  trendPoints: TrendPoint[];
  /** Files to save with the report's baseline (trend.json), on default-branch pushes. */
  baselineFiles: string[];
}

function baselineResults(restore: BaselineRestore, scope: string): ResultEnvelope[] {
  if (!restore.found) return [];
  return restore.source.files
    .filter((name) => name.endsWith('.json') && name !== TREND_FILE && name !== BASELINE_MANIFEST)
    .map((name) => JSON.parse(readFileSync(path.join(restore.dir, name), 'utf8')) as ResultEnvelope)
    .filter((e) => e && typeof e === 'object' && typeof e.action === 'string' && e.action !== scope);
}

export function compareReport(restore: BaselineRestore, current: readonly ResultEnvelope[], github: GitHubContext, resultDir: string, scope: string): ReportComparison {
  const source = restore.found ? restore.source : null;
  const reason = restore.found ? undefined : restore.reason;
  const deltas = restore.found ? metricDeltas(current, baselineResults(restore, scope)) : [];
  const comparison = deltaMarkdown(deltas, source ?? undefined, reason);
  if (!github.isDefaultBranchPush) return { source, reason, deltas, comparison, trend: '', trendPoints: [], baselineFiles: [] };

  const previousFile = baselineFile(restore, TREND_FILE);
  const previous = previousFile ? (JSON.parse(readFileSync(previousFile, 'utf8')) as TrendPoint[]) : [];
  const point = trendPoint(current, { commit: github.sha, runId: github.runId, ...(github.runUrl ? { runUrl: github.runUrl } : {}), at: new Date().toISOString() });
  const trendPoints = appendTrend(previous, point);
  // In a folder of its own: beside the results, a re-run's `mlci-results/*.json` would read it as a result.
  const trendDir = path.join(resultDir, 'trend');
  mkdirSync(trendDir, { recursive: true });
  const trendFile = path.join(trendDir, TREND_FILE);
  writeFileSync(trendFile, `${JSON.stringify(trendPoints, null, 2)}\n`);
  return { source, reason, deltas, comparison, trend: trendMarkdown(trendPoints), trendPoints, baselineFiles: [trendFile] };
}
