/**
 * The `thresholds` input: YAML (inline or a file) mapping metric names to gates.
 *
 *   accuracy: ">= 0.90"                  # absolute bound on the candidate's value
 *   log_loss: "<= 0.35"
 *   roc_auc:
 *     value: ">= 0.85"                   # the same, in the long form
 *     max-drop: 0.01                     # may fall at most 0.01 below the baseline (absolute)
 *     max-relative-drop: 0.02            # ... or at most 2% of |baseline|
 *     require-significant-improvement: true
 *   "accuracy_gap[sex]": "<= 0.05"       # slice gap metrics gate like any metric
 *
 * "Drop" means getting worse in the metric's own direction (a rise for log_loss, mae, ...). Every mistake is a
 * UserError carrying the file, line and column of the offending YAML node.
 */
import { UserError, type SourceLocation } from '@mlci/core';
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';

export type Comparison = '>=' | '>' | '<=' | '<';

export interface Bound {
  op: Comparison;
  value: number;
  /** As the user wrote it, for the report. */
  text: string;
}

export interface GateSpec {
  metric: string;
  bound?: Bound;
  maxDrop?: number;
  maxRelativeDrop?: number;
  requireSignificantImprovement?: boolean;
  location: SourceLocation;
}

const LONG_FORM_KEYS = ['value', 'max-drop', 'max-relative-drop', 'require-significant-improvement'];

/** `file` is the path the YAML came from, or undefined for inline text (then errors say "thresholds"). */
export function parseThresholds(text: string, file?: string): GateSpec[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const where = (offset: number | undefined): SourceLocation => {
    const at = offset === undefined ? undefined : lineCounter.linePos(offset);
    return { file, line: at?.line, column: at?.col };
  };
  const label = file ?? 'thresholds';
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new UserError(`${label}: invalid YAML: ${error.message.split('\n')[0]}`, where(error.pos[0]));
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return [];
  if (!isMap(root)) throw new UserError(`${label}: expected a mapping of metric names to gates, e.g. accuracy: ">= 0.9"`, where(root.range?.[0]));
  const gates: GateSpec[] = [];
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const metric = isScalar(keyNode) ? String(keyNode.value) : '';
    const location = where(keyNode?.range?.[0]);
    const value = pair.value as Node | null;
    if (isScalar(value)) {
      gates.push({ metric, bound: parseBound(value.value, label, metric, where(value.range?.[0])), location });
      continue;
    }
    if (!isMap(value)) {
      throw new UserError(`${label}: the gate of '${metric}' must be a condition such as ">= 0.9" or a mapping with ${LONG_FORM_KEYS.join(', ')}`, location);
    }
    const gate: GateSpec = { metric, location };
    for (const item of value.items) {
      const k = item.key as Node | null;
      const key = isScalar(k) ? String(k.value) : '';
      const v = item.value as Node | null;
      const at = where(v?.range?.[0] ?? k?.range?.[0]);
      const raw = isScalar(v) ? v.value : undefined;
      if (key === 'value') gate.bound = parseBound(raw, label, metric, at);
      else if (key === 'max-drop') gate.maxDrop = nonNegative(raw, label, metric, key, at);
      else if (key === 'max-relative-drop') gate.maxRelativeDrop = nonNegative(raw, label, metric, key, at);
      else if (key === 'require-significant-improvement') {
        if (typeof raw !== 'boolean') throw new UserError(`${label}: ${metric}.${key} must be true or false, got ${JSON.stringify(raw)}`, at);
        gate.requireSignificantImprovement = raw;
      } else {
        throw new UserError(`${label}: unknown key '${key}' in the gate of '${metric}'; expected one of ${LONG_FORM_KEYS.join(', ')}`, where(k?.range?.[0]));
      }
    }
    gates.push(gate);
  }
  return gates;
}

function parseBound(raw: unknown, label: string, metric: string, at: SourceLocation): Bound {
  const text = typeof raw === 'string' ? raw.trim() : String(raw);
  const match = /^(>=|<=|>|<)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)$/.exec(text);
  if (!match) {
    throw new UserError(`${label}: the bound of '${metric}' must be a comparison such as ">= 0.9" or "<= 0.2", got ${JSON.stringify(raw)}`, at);
  }
  return { op: match[1] as Comparison, value: Number(match[2]), text: `${match[1]} ${match[2]}` };
}

function nonNegative(raw: unknown, label: string, metric: string, key: string, at: SourceLocation): number {
  if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) {
    throw new UserError(`${label}: ${metric}.${key} must be a non-negative number, got ${JSON.stringify(raw)}`, at);
  }
  return raw;
}

export function satisfies(value: number, bound: Bound): boolean {
  switch (bound.op) {
    case '>=': return value >= bound.value;
    case '>': return value > bound.value;
    case '<=': return value <= bound.value;
    case '<': return value < bound.value;
  }
}
