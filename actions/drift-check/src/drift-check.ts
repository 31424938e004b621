/** drift-check: reference vs current data drift, a production-metric trigger, and an at-most-once retrain. */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { UserError } from '@mlci/core';
import {
  compareDatasets,
  evaluatePerformance,
  isStatTest,
  parseGate,
  parseMetricsHistory,
  readDataset,
  retrainKey,
  STAT_TESTS,
  type Comparison,
  type PerformanceTrigger,
  type StatTest,
} from '@mlci/drift';
import type { ActionDefinition, InputReader } from '../../common/src/index.ts';
import payloadSchema from '../../../schemas/drift-check.schema.json' with { type: 'json' };
import { renderReport, headline } from './report.ts';
import { requestRetraining, type RetrainOutcome } from './retrain.ts';
import { isAutoReference, profileForNextRuns, restoreReference, type ReferenceBaseline } from './reference-baseline.ts';

interface Inputs {
  /** The reference file, or undefined with `reference: auto` (the default branch's saved data profile). */
  reference?: string;
  referenceAuto: boolean;
  /** save-baseline: auto — profile the current data on default-branch pushes for the next runs. */
  saveBaseline: boolean;
  current: string;
  columns: string[];
  excludeColumns: string[];
  stattest: StatTest | 'auto';
  perColumnTest: Map<string, StatTest | 'auto'>;
  thresholds: Partial<Record<StatTest, number>>;
  driftShare: number;
  bins: number;
  onDrift: 'warn' | 'fail' | 'retrain';
  retrainWorkflow?: string;
  retrainEvent?: string;
  metricsHistory?: string;
  minMetric?: string;
  metricsWindow: number;
  maxDecline: number;
  saveReference?: string;
}

function testName(text: string, input: string): StatTest | 'auto' {
  const t = text.trim().toLowerCase();
  if (t === 'auto' || isStatTest(t)) return t as StatTest | 'auto';
  throw new UserError(`${input}: unknown test '${text.trim()}'; expected auto or one of ${STAT_TESTS.join(', ')}`);
}

function readStattest(input: InputReader): { stattest: StatTest | 'auto'; perColumn: Map<string, StatTest | 'auto'> } {
  const entries = input.list('stattest');
  const perColumn = new Map<string, StatTest | 'auto'>();
  let stattest: StatTest | 'auto' = 'auto';
  for (const entry of entries) {
    const colon = entry.lastIndexOf(':');
    if (colon < 0) {
      if (entries.length > 1) throw new UserError(`stattest: '${entry}' needs the form 'column: test' when several entries are given`);
      stattest = testName(entry, 'stattest');
    } else {
      const column = entry.slice(0, colon).trim();
      const test = testName(entry.slice(colon + 1), 'stattest');
      if (column === '*') stattest = test;
      else perColumn.set(column, test);
    }
  }
  return { stattest, perColumn };
}

function readThresholds(input: InputReader, stattest: StatTest | 'auto'): Partial<Record<StatTest, number>> {
  const out: Partial<Record<StatTest, number>> = {};
  const entries = input.list('threshold');
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    const [name, text] = colon < 0 ? [stattest, entry] : [entry.slice(0, colon).trim().toLowerCase(), entry.slice(colon + 1).trim()];
    if (name === 'auto') throw new UserError(`threshold: '${entry}' must name its test ('ks: 0.01'), because stattest is auto`);
    if (!isStatTest(name)) throw new UserError(`threshold: unknown test '${name}'; expected one of ${STAT_TESTS.join(', ')}`);
    const value = Number(text);
    if (text === '' || !Number.isFinite(value) || value < 0) throw new UserError(`threshold: '${entry}' needs a non-negative number`);
    out[name] = value;
  }
  return out;
}

interface Payload {
  driftDetected: boolean;
  driftShare: number;
  driftShareThreshold: number;
  driftedColumns: string[];
  triggers: string[];
  /** null when there is no reference yet (reference: auto before any default-branch run saved one). */
  reference: Comparison['reference'] | null;
  current: Comparison['current'];
  /** The default-branch baseline whose data profile was the reference (reference: auto), else null. */
  referenceBaseline: ReferenceBaseline | null;
  /** Why drift was not judged ('no reference yet: …'), else null. */
  noReference: string | null;
  /** The current data's profile, saved as the next reference on default-branch pushes, else null. */
  profileFile: string | null;
  columns: Array<Record<string, unknown>>;
  skippedColumns: Comparison['skippedColumns'];
  performance: PerformanceTrigger | null;
  retrain: (RetrainOutcome & { requested: boolean }) | null;
  savedReference: string | null;
}

export const definition: ActionDefinition<Inputs, Payload> = {
  name: 'drift-check',
  payloadSchema,
  readInputs(input) {
    const { stattest, perColumn } = readStattest(input);
    const onDrift = input.choice('on-drift', ['warn', 'fail', 'retrain'] as const);
    const retrainWorkflow = input.optionalString('retrain-workflow');
    const retrainEvent = input.optionalString('retrain-event');
    if (onDrift === 'retrain' && !retrainWorkflow && !retrainEvent) {
      throw new UserError('on-drift is retrain: set retrain-workflow (a workflow file with workflow_dispatch) or retrain-event (a repository_dispatch type)');
    }
    if (retrainWorkflow && retrainEvent) throw new UserError('set either retrain-workflow or retrain-event, not both');
    const metricsHistory = input.optionalFile('metrics-history');
    const minMetric = input.optionalString('min-metric');
    if (metricsHistory && !minMetric) throw new UserError("metrics-history needs min-metric, a gate such as 'accuracy >= 0.85'");
    if (minMetric && !metricsHistory) throw new UserError('min-metric needs metrics-history, the JSON Lines file of production metric values');
    const save = input.optionalString('save-reference');
    const referenceAuto = isAutoReference(input.optionalString('reference'));
    return {
      ...(referenceAuto ? {} : { reference: input.file('reference') }),
      referenceAuto,
      saveBaseline: input.choice('save-baseline', ['auto', 'never'] as const) === 'auto',
      current: input.file('current'),
      columns: input.list('columns'),
      excludeColumns: input.list('exclude-columns'),
      stattest,
      perColumnTest: perColumn,
      thresholds: readThresholds(input, stattest),
      driftShare: input.number('drift-share', { min: 0, max: 1, fallback: 0.5 }),
      bins: input.number('bins', { min: 2, max: 1000, integer: true, fallback: 10 }),
      onDrift,
      ...(retrainWorkflow ? { retrainWorkflow } : {}),
      ...(retrainEvent ? { retrainEvent } : {}),
      ...(metricsHistory ? { metricsHistory } : {}),
      ...(minMetric ? { minMetric } : {}),
      metricsWindow: input.number('metrics-window', { min: 1, integer: true, fallback: 5 }),
      maxDecline: input.number('max-decline', { min: 0, fallback: 0.02 }),
      ...(save ? { saveReference: input.resolve(save) } : {}),
    };
  },
  async run(inputs, context) {
    const gate = inputs.minMetric ? parseGate(inputs.minMetric) : undefined;
    let reference = inputs.reference;
    let referenceBaseline: ReferenceBaseline | null = null;
    let baselineDescription: string | undefined;
    let noReference: string | null = null;
    if (inputs.referenceAuto) {
      const auto = await restoreReference(context);
      if (auto.found) [reference, referenceBaseline, baselineDescription] = [auto.file, auto.baseline, auto.description];
      else noReference = auto.reason;
    }
    const nextReference = inputs.saveBaseline ? await profileForNextRuns(context, inputs.current) : [];
    const cmp = reference === undefined ? undefined : await compareDatasets(reference, inputs.current, {
      columns: inputs.columns,
      excludeColumns: inputs.excludeColumns,
      stattest: inputs.stattest,
      perColumnTest: inputs.perColumnTest,
      thresholds: inputs.thresholds,
      driftShare: inputs.driftShare,
      bins: inputs.bins,
      ...(inputs.saveReference ? { saveReferenceTo: inputs.saveReference } : {}),
    });
    let perf: PerformanceTrigger | null = null;
    if (gate && inputs.metricsHistory) {
      const rel = path.relative(context.workspace, inputs.metricsHistory);
      perf = evaluatePerformance(parseMetricsHistory(readFileSync(inputs.metricsHistory, 'utf8'), gate.metric, rel), gate, inputs.metricsWindow, inputs.maxDecline);
    }
    // Without a reference only the current data's identity is needed (the retraining key, the result): its rows
    // and content hash, read without keeping any column.
    const current = cmp?.current ?? { ...(await readDataset(inputs.current, () => false)).source, file: inputs.current };
    const triggers = [...(cmp?.driftDetected ? ['drift'] : []), ...(perf?.fired ? ['performance'] : [])];
    let retrain: Payload['retrain'] = null;
    if (inputs.onDrift === 'retrain' && triggers.length) {
      const reason = headline(cmp, perf);
      const outcome = await requestRetraining(
        {
          key: retrainKey({ referenceHash: cmp?.reference.contentHash ?? 'no reference', currentHash: current.contentHash, triggers }),
          reason,
          driftedColumns: cmp?.driftedColumns ?? [],
          ...(inputs.retrainWorkflow ? { workflow: inputs.retrainWorkflow } : {}),
          ...(inputs.retrainEvent ? { event: inputs.retrainEvent } : {}),
        },
        context.github,
        context.token,
        context.log,
      );
      retrain = { requested: true, ...outcome };
    }
    const alarm = triggers.length > 0;
    const passed = !(alarm && inputs.onDrift === 'fail');
    const report = renderReport(cmp, perf, retrain, passed, { current, ...(baselineDescription ? { baseline: baselineDescription } : {}), ...(noReference ? { noReference } : {}) });
    const payload: Payload = {
      driftDetected: cmp?.driftDetected ?? false,
      driftShare: cmp?.driftShare ?? 0,
      driftShareThreshold: cmp?.threshold ?? inputs.driftShare,
      driftedColumns: cmp?.driftedColumns ?? [],
      triggers,
      reference: cmp?.reference ?? null,
      current,
      referenceBaseline,
      noReference,
      profileFile: nextReference.length ? path.relative(context.workspace, nextReference[0]) : null,
      columns: (cmp?.columns ?? []).map((c) => ({
        column: c.column,
        kind: c.kind,
        test: c.test,
        reason: c.reason,
        statistic: Number.isFinite(c.statistic) ? c.statistic : null,
        pValue: c.pValue ?? null,
        threshold: c.threshold,
        drifted: c.drifted,
        referenceCount: c.referenceCount,
        currentCount: c.currentCount,
        referenceMissing: c.referenceMissing,
        currentMissing: c.currentMissing,
        unseenValues: c.unseenValues,
        distribution: c.distribution,
      })),
      skippedColumns: cmp?.skippedColumns ?? [],
      performance: perf,
      retrain,
      savedReference: inputs.saveReference ? path.relative(context.workspace, inputs.saveReference) : null,
    };
    return {
      passed,
      warnings: alarm && inputs.onDrift === 'warn' ? 1 : 0,
      headline: headline(cmp, perf),
      payload,
      outputs: {
        'drift-detected': payload.driftDetected,
        'drift-share': payload.driftShare,
        'drifted-columns': payload.driftedColumns,
        'retrain-triggered': retrain?.triggered ?? false,
      },
      report,
      annotations: [
        ...(noReference ? [{ level: 'notice' as const, title: 'drift-check reference', message: `${noReference}. Drift cannot be judged on this run; a push to the default branch saves the data profile later runs compare with.` }] : []),
        ...(alarm && inputs.onDrift !== 'retrain' ? [{ level: inputs.onDrift === 'fail' ? ('error' as const) : ('warning' as const), message: headline(cmp, perf), file: path.relative(context.workspace, inputs.current) }] : []),
      ],
      baseline: { files: nextReference },
    };
  },
};
