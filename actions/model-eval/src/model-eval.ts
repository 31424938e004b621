/**
 * model-eval: is this model good enough, and better than the baseline? Exact metrics (scikit-learn semantics),
 * confidence intervals, paired significance against a baseline, slices, and gates — see @mlci/metrics.
 *
 * Two modes: `predictions` (a file with the label, the predicted label and/or scores), or `model` (ONNX) +
 * `data` + `feature-columns`, where the action scores the data itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '@mlci/core';
import { evaluate, parseThresholds, type Evaluation, type GateSpec, type StoredMetrics, type Table, type TaskKind } from '@mlci/metrics';
import { restoreEvaluationBaseline, savedPredictionsFor, type ActionDefinition, type InputReader } from '../../common/src/index.ts';
import payloadSchema from '../../../schemas/model-eval.schema.json' with { type: 'json' };
import { readStoredResult, readTable, shownPath } from './load.ts';
import { scoreWithOnnx, withColumns } from './onnx.ts';
import { headline, renderReport } from './report.ts';

interface Inputs {
  predictions?: string;
  model?: string;
  data?: string;
  featureColumns: string[];
  labelColumn: string;
  /** id-column: row ids, part of the row identity checked before pairing with baseline predictions. */
  idColumn?: string;
  predictionColumn: string;
  scoreColumns: string[];
  task: 'auto' | TaskKind;
  positiveLabel?: string;
  gates: GateSpec[];
  baseline?: string;
  /** baseline: auto — the newest baseline saved by model-eval on the default branch. */
  baselineAuto: boolean;
  sliceColumns: string[];
  minSliceSize: number;
  confidence: number;
  bootstrapSamples: number;
  seed: number;
}

export interface Payload extends Evaluation {
  mode: 'predictions' | 'onnx';
  source: string;
  model: string | null;
}

/** Inline YAML, or the path of a YAML file (a single line naming an existing file). */
function readThresholds(input: InputReader): GateSpec[] {
  const text = input.optionalString('thresholds');
  if (text === undefined) return [];
  if (!text.includes('\n') && !text.includes(':') && !text.trim().startsWith('{')) {
    const file = input.resolve(text);
    if (!existsSync(file)) throw new UserError(`thresholds: file ${text} not found (give inline YAML such as 'accuracy: ">= 0.9"' or a path to a YAML file)`);
    return parseThresholds(readFileSync(file, 'utf8'), text);
  }
  return parseThresholds(text);
}

export const definition: ActionDefinition<Inputs, Payload> = {
  name: 'model-eval',
  payloadSchema,
  readInputs(input) {
    const predictions = input.optionalFile('predictions');
    const model = input.optionalFile('model');
    const data = input.optionalFile('data');
    if (predictions && model) throw new UserError("Give either 'predictions' or 'model' (with 'data'), not both.");
    if (!predictions && !model) throw new UserError("Input 'predictions' is required (or 'model' with 'data' and 'feature-columns' to score the data with an ONNX model).");
    if (model && !data) throw new UserError("Input 'data' is required with 'model': the rows to score and evaluate.");
    const bootstrapSamples = input.number('bootstrap-samples', { min: 0, max: 100_000, integer: true, fallback: 1000 });
    return {
      predictions,
      model,
      data,
      featureColumns: input.list('feature-columns'),
      labelColumn: input.optionalString('label-column') ?? 'label',
      idColumn: input.optionalString('id-column'),
      predictionColumn: input.optionalString('prediction-column') ?? 'prediction',
      scoreColumns: input.list('score-columns'),
      task: input.choice('task', ['auto', 'binary', 'multiclass', 'regression'] as const),
      positiveLabel: input.optionalString('positive-label'),
      gates: readThresholds(input),
      baselineAuto: input.optionalString('baseline')?.toLowerCase() === 'auto',
      baseline: input.optionalString('baseline')?.toLowerCase() === 'auto' ? undefined : input.optionalFile('baseline'),
      sliceColumns: input.list('slice-columns'),
      minSliceSize: input.number('min-slice-size', { min: 1, integer: true, fallback: 30 }),
      confidence: input.number('confidence', { min: 0.5, max: 0.9999, fallback: 0.95 }),
      bootstrapSamples,
      seed: input.number('seed', { min: 0, max: 4294967295, integer: true, fallback: 0 }),
    };
  },
  async run(inputs, context) {
    // Read only the columns the evaluation uses: the readers' rows are large, the columns small.
    const named = new Set([inputs.labelColumn, inputs.predictionColumn, ...inputs.scoreColumns, ...inputs.sliceColumns, ...inputs.featureColumns, ...(inputs.idColumn ? [inputs.idColumn] : [])]);
    const prefixes = inputs.scoreColumns.filter((c) => c.endsWith('*')).map((c) => c.slice(0, -1));
    const wanted = (column: string) => named.has(column) || prefixes.some((prefix) => column.startsWith(prefix));
    let table: Table;
    let scoreColumns = inputs.scoreColumns;
    if (inputs.model) {
      const dataTable = await readTable(inputs.data!, wanted);
      const scores = await context.log.group('Scoring the data with the ONNX model', () =>
        scoreWithOnnx(inputs.model!, shownPath(inputs.model!), dataTable, inputs.featureColumns, context.workspace));
      const names = scores.map((_, c) => `__onnx_score_${c}`);
      table = withColumns(dataTable, Object.fromEntries(names.map((n, c) => [n, scores[c]])));
      scoreColumns = names;
    } else {
      table = await readTable(inputs.predictions!, wanted);
    }
    let baseline: Table | StoredMetrics | undefined;
    if (inputs.baseline) baseline = readStoredResult(inputs.baseline) ?? (await readTable(inputs.baseline, wanted));
    const evaluationColumns = { labelColumn: inputs.labelColumn, idColumn: inputs.idColumn, columns: [inputs.predictionColumn, ...scoreColumns, ...inputs.sliceColumns] };
    let noBaselineYet: string | undefined;
    if (inputs.baselineAuto) {
      const auto = await restoreEvaluationBaseline(context, table, evaluationColumns);
      if (auto.baseline) baseline = auto.baseline;
      else noBaselineYet = auto.reason;
    }

    const evaluation = evaluate(table, baseline, {
      task: inputs.task,
      labelColumn: inputs.labelColumn,
      predictionColumn: inputs.predictionColumn,
      scoreColumns,
      positiveLabel: inputs.positiveLabel,
      sliceColumns: inputs.sliceColumns,
      minSliceSize: inputs.minSliceSize,
      confidence: inputs.confidence,
      bootstrapSamples: inputs.bootstrapSamples,
      seed: inputs.seed,
      gates: inputs.gates,
    });
    const payload: Payload = {
      mode: inputs.model ? 'onnx' : 'predictions',
      source: table.source,
      model: inputs.model ? shownPath(inputs.model) : null,
      ...evaluation,
    };
    const report = renderReport(payload);
    const annotations: Array<{ level: 'error' | 'warning' | 'notice'; title?: string; message: string; file?: string; line?: number; column?: number }> = evaluation.gates
      .filter((g) => g.status !== 'pass')
      .map((g) => ({
        level: g.status === 'fail' ? ('error' as const) : ('warning' as const),
        title: `model-eval gate ${g.metric} ${g.check}`,
        message: g.message,
        file: g.file && path.isAbsolute(g.file) ? shownPath(g.file) : g.file,
        line: g.line,
        column: g.column,
      }));
    if (noBaselineYet) annotations.push({ level: 'warning', title: 'model-eval baseline', message: noBaselineYet.startsWith('no baseline yet') ? noBaselineYet : `no baseline yet (${noBaselineYet})`, file: undefined, line: undefined, column: undefined });
    if (evaluation.noGates) annotations.push({ level: 'warning', title: 'model-eval', message: 'No gates configured (thresholds is empty): the metrics were reported but nothing was checked.', file: undefined, line: undefined, column: undefined });
    return {
      passed: evaluation.passed,
      warnings: evaluation.warnings,
      headline: headline(payload),
      payload,
      outputs: { metrics: evaluation.metrics, task: evaluation.task },
      report,
      annotations,
      baseline: { files: savedPredictionsFor(context, table, evaluationColumns) },
    };
  },
};
