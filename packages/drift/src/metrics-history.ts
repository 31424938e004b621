/**
 * The performance trigger: production metrics over time (JSON Lines, one dated record per line) against a gate.
 *
 * Each line is an object with a date (`date`, `timestamp` or `time`) and either the metric as a key
 * (`{"date": "2026-01-05", "accuracy": 0.91}`) or `{"date": …, "metric": "accuracy", "value": 0.91}`.
 * Points are ordered by date. Over the last N points (default 5):
 * - gate: the mean of the window must satisfy the gate (`accuracy >= 0.85`); a failing mean fires;
 * - decline: the window's mean is lower (for ≥/> gates; higher for ≤/<) than the mean of the N points before
 *   it by more than `maxDecline` (default 0.02, in metric units); needs 2N points, otherwise not evaluated.
 * The mean smooths one noisy labelled batch; the comparison of consecutive windows sees a slow decay before
 * it crosses the gate.
 */
import { UserError } from '@mlci/core';

export type Comparator = '>=' | '>' | '<=' | '<';

export interface MetricGate {
  metric: string;
  comparator: Comparator;
  value: number;
}

export interface MetricPoint {
  date: string;
  value: number;
  line: number;
}

export interface PerformanceTrigger {
  metric: string;
  gate: string;
  window: number;
  points: number;
  windowMean: number | null;
  previousMean: number | null;
  gateFailed: boolean;
  declined: boolean;
  fired: boolean;
  reason: string;
}

export function parseGate(text: string, source = 'min-metric'): MetricGate {
  const m = /^\s*([A-Za-z_][\w.-]*)\s*(>=|<=|>|<)\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*$/.exec(text);
  if (!m) throw new UserError(`${source}: expected a gate like 'accuracy >= 0.85', got '${text}'`);
  return { metric: m[1], comparator: m[2] as Comparator, value: Number(m[3]) };
}

export function parseMetricsHistory(text: string, metric: string, file: string): MetricPoint[] {
  const points: MetricPoint[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (raw === '') continue;
    let rec: unknown;
    try {
      rec = JSON.parse(raw);
    } catch (e) {
      throw new UserError(`${file}:${i + 1}: not a JSON object: ${(e as Error).message}`, { file, line: i + 1, column: 1 });
    }
    if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
      throw new UserError(`${file}:${i + 1}: expected a JSON object with a date and '${metric}'`, { file, line: i + 1, column: 1 });
    }
    const r = rec as Record<string, unknown>;
    const date = r.date ?? r.timestamp ?? r.time;
    if (typeof date !== 'string' || Number.isNaN(Date.parse(date))) {
      throw new UserError(`${file}:${i + 1}: missing or unreadable 'date' (ISO 8601 expected)`, { file, line: i + 1, column: 1 });
    }
    let value: unknown;
    if (metric in r) value = r[metric];
    else if (r.metric === metric) value = r.value;
    else continue; // another metric's line
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new UserError(`${file}:${i + 1}: '${metric}' must be a number, got ${JSON.stringify(value)}`, { file, line: i + 1, column: 1 });
    }
    points.push({ date, value, line: i + 1 });
  }
  points.sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  return points;
}

function passes(value: number, gate: MetricGate): boolean {
  switch (gate.comparator) {
    case '>=': return value >= gate.value;
    case '>': return value > gate.value;
    case '<=': return value <= gate.value;
    case '<': return value < gate.value;
  }
}

const mean = (xs: MetricPoint[]): number => xs.reduce((s, p) => s + p.value, 0) / xs.length;

export function evaluatePerformance(points: MetricPoint[], gate: MetricGate, window = 5, maxDecline = 0.02): PerformanceTrigger {
  const gateText = `${gate.metric} ${gate.comparator} ${gate.value}`;
  const base = { metric: gate.metric, gate: gateText, window, points: points.length };
  if (points.length === 0) {
    return { ...base, windowMean: null, previousMean: null, gateFailed: false, declined: false, fired: false, reason: `no '${gate.metric}' points in the metrics history` };
  }
  const last = points.slice(-window);
  const windowMean = mean(last);
  const prev = points.length >= 2 * window ? points.slice(-2 * window, -window) : [];
  const previousMean = prev.length ? mean(prev) : null;
  const gateFailed = !passes(windowMean, gate);
  const higherIsBetter = gate.comparator === '>=' || gate.comparator === '>';
  const change = previousMean === null ? 0 : (higherIsBetter ? previousMean - windowMean : windowMean - previousMean);
  const declined = previousMean !== null && change > maxDecline;
  const parts: string[] = [];
  if (gateFailed) parts.push(`mean ${gate.metric} of the last ${last.length} points is ${windowMean.toFixed(4)}, failing ${gateText}`);
  if (declined) parts.push(`${gate.metric} declined by ${change.toFixed(4)} (> ${maxDecline}) from the previous ${window} points`);
  return {
    ...base,
    windowMean,
    previousMean,
    gateFailed,
    declined,
    fired: gateFailed || declined,
    reason: parts.length ? parts.join('; ') : `mean ${gate.metric} ${windowMean.toFixed(4)} over the last ${last.length} points passes ${gateText}`,
  };
}
