/**
 * Gates: absolute bounds and changes against a baseline, with explicit statistical semantics.
 *
 * Direction: a "drop" is a change for the worse — a fall for metrics where higher is better (accuracy, auc,
 * r2, ...), a rise for losses and errors (log_loss, mae, mse, rmse, mape, max_error, median_absolute_error)
 * and for slice gaps.
 *
 * The drop rule (max-drop d, or max-relative-drop r with d = r * |baseline|):
 *   FAIL  when the point drop exceeds d AND the drop is significant at the chosen confidence
 *         (the confidence interval of the delta excludes zero on the worse side; for accuracy McNemar's exact
 *         p < 1 - confidence, for binary ROC AUC DeLong's p < 1 - confidence);
 *   WARN  when the point drop exceeds d but is not significant ("inconclusive": the test set cannot tell);
 *   PASS  otherwise.
 * Why: a drop gate should neither fail on noise (a worse point value that resampling cannot distinguish from
 * zero) nor on a real but tolerated drop (within d). Requiring the CI to lie entirely beyond -d would let
 * large, certain drops pass whenever the interval is wide; requiring only significance would fail on tiny
 * real drops. The warning keeps the inconclusive case visible; `fail-on: warning` makes it blocking.
 *
 * require-significant-improvement: PASS only when the candidate is better and the improvement is significant.
 * Without a baseline, change gates are "no-baseline" (a warning, never a silent pass). An undefined metric
 * (e.g. ROC AUC with one class present) fails its absolute bound: the bound cannot be shown to hold.
 */
import { UserError } from '@mlci/core';
import { satisfies, type GateSpec } from './thresholds.ts';

const LOWER_IS_BETTER = new Set(['log_loss', 'mae', 'mse', 'rmse', 'mape', 'max_error', 'median_absolute_error']);

export function higherIsBetter(metric: string): boolean {
  if (/_gap(\[.*\])?$/.test(metric)) return false;
  const base = metric.replace(/_worst_slice(\[.*\])?$/, '');
  return !LOWER_IS_BETTER.has(base);
}

export interface MetricComparison {
  baseline: number;
  /** candidate - baseline */
  delta: number;
  /** Confidence interval of the delta. */
  low: number;
  high: number;
  method: 'paired bootstrap' | 'DeLong' | 'McNemar exact + paired bootstrap' | 'unpaired (standard errors of the two runs)';
  pValue?: number;
  /** The delta differs from zero at the chosen confidence. */
  significant: boolean;
}

export type GateCheck = 'value' | 'max-drop' | 'max-relative-drop' | 'require-significant-improvement';
export type GateStatus = 'pass' | 'fail' | 'warn' | 'no-baseline';

export interface GateResult {
  metric: string;
  check: GateCheck;
  status: GateStatus;
  message: string;
  line?: number;
  column?: number;
  file?: string;
}

/** A gate on a metric this evaluation does not have is a user error, reported before any heavy work. */
export function checkGateMetrics(specs: readonly GateSpec[], metrics: readonly string[]): void {
  const known = new Set(metrics);
  for (const spec of specs) {
    if (!known.has(spec.metric)) {
      throw new UserError(`${spec.location.file ?? 'thresholds'}: unknown metric '${spec.metric}'; this evaluation has: ${metrics.join(', ')}`, spec.location);
    }
  }
}

export function evaluateGates(
  specs: readonly GateSpec[],
  values: Record<string, number>,
  comparisons: Record<string, MetricComparison> | undefined,
): GateResult[] {
  const results: GateResult[] = [];
  checkGateMetrics(specs, Object.keys(values));
  for (const spec of specs) {
    const at = { file: spec.location.file, line: spec.location.line, column: spec.location.column };
    const value = values[spec.metric];
    const add = (check: GateCheck, status: GateStatus, message: string) => results.push({ metric: spec.metric, check, status, message, ...at });
    if (spec.bound) {
      if (Number.isNaN(value)) add('value', 'fail', `${spec.metric} is undefined for this data, so ${spec.bound.text} cannot hold`);
      else add('value', satisfies(value, spec.bound) ? 'pass' : 'fail', `${spec.metric} = ${show(value)}, required ${spec.bound.text}`);
    }
    const comparison = comparisons?.[spec.metric];
    const dropBounds: Array<[GateCheck, number | undefined]> = [
      ['max-drop', spec.maxDrop],
      ['max-relative-drop', spec.maxRelativeDrop],
    ];
    for (const [check, limit] of dropBounds) {
      if (limit === undefined) continue;
      if (!comparison) {
        add(check, 'no-baseline', `${spec.metric}: no baseline to compare with, ${check} not checked`);
        continue;
      }
      const allowed = check === 'max-drop' ? limit : limit * Math.abs(comparison.baseline);
      add(check, ...dropVerdict(spec.metric, comparison, allowed, check === 'max-drop' ? `${limit}` : `${limit} x |${show(comparison.baseline)}| = ${show(allowed)}`));
    }
    if (spec.requireSignificantImprovement) {
      if (!comparison) add('require-significant-improvement', 'no-baseline', `${spec.metric}: no baseline to compare with, improvement not checked`);
      else {
        const better = worsening(spec.metric, comparison.delta) < 0;
        const ok = better && comparison.significant;
        add('require-significant-improvement', ok ? 'pass' : 'fail',
          `${spec.metric}: change ${signed(comparison.delta)} ${interval(comparison)}, ${ok ? 'a significant improvement' : better ? 'better but not significantly' : 'not an improvement'}`);
      }
    }
  }
  return results;
}

/** Positive when the candidate is worse than the baseline, in the metric's units. */
export function worsening(metric: string, delta: number): number {
  return higherIsBetter(metric) ? -delta : delta;
}

function dropVerdict(metric: string, c: MetricComparison, allowed: number, allowedText: string): [GateStatus, string] {
  const drop = worsening(metric, c.delta);
  const head = `${metric}: change ${signed(c.delta)} ${interval(c)}, allowed drop ${allowedText}`;
  if (Number.isNaN(drop)) return ['fail', `${head}; the change is undefined for this data`];
  if (!(drop > allowed)) return ['pass', head];
  if (c.significant) return ['fail', `${head}; the drop exceeds the bound and is significant`];
  return ['warn', `${head}; the drop exceeds the bound but is not significant (inconclusive)`];
}

function interval(c: MetricComparison): string {
  const p = c.pValue !== undefined ? `, p = ${c.pValue.toPrecision(3)}` : '';
  return `(CI ${signed(c.low)} to ${signed(c.high)}, ${c.method}${p})`;
}

function show(x: number): string {
  return Number.isNaN(x) ? 'undefined' : Number(x.toPrecision(6)).toString();
}

function signed(x: number): string {
  return (x > 0 ? '+' : '') + show(x);
}
