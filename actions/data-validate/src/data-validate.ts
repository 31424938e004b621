/** data-validate: expectations, JSON Schema and a profile over data files, in one streaming pass. */
import path from 'node:path';
import { UserError } from '@mlci/core';
import {
  isProfileFile,
  loadProfile,
  loadSuiteFile,
  parseSuite,
  profileDataset,
  validateDataset,
  isNotEvaluated,
  type DatasetProfiler,
  type Suite,
  type ValidationOutcome,
} from '@mlci/data';
import { writeJsonAtomic, type ActionContext, type ActionDefinition, type ActionResult, type Annotation, type InputReader } from '../../common/src/index.ts';
import payloadSchema from '../../../schemas/data-validate.schema.json' with { type: 'json' };
import { renderReport, headline, type Payload } from './report.ts';

interface Inputs {
  data: string[];
  schema?: unknown;
  suite: Suite;
  reference?: string;
  profileFile?: string;
}

export const definition: ActionDefinition<Inputs, Payload> = {
  name: 'data-validate',
  payloadSchema,
  async readInputs(input, context) {
    const data = await input.files('data', { required: true });
    const schema = input.yamlOrFile('schema')?.value;
    if (schema !== undefined && (schema === null || typeof schema !== 'object')) throw new UserError(`Input 'schema' must be a JSON Schema object.`);
    const text = input.optionalString('expectations');
    const suite = readSuite(input, context);
    if (text === undefined && schema === undefined) throw new UserError(`Give 'expectations', 'schema' or both: there is nothing to check.`);
    const reference = input.optionalString('reference');
    return { data, schema, suite, reference: reference === undefined ? undefined : input.resolve(reference), profileFile: input.optionalString('profile-file') };
  },
  async run(inputs, context) {
    const rel = (file: string): string => relative(context.workspace, file);
    let reference: DatasetProfiler | undefined;
    if (inputs.reference) {
      reference = isProfileFile(inputs.reference)
        ? loadProfile(inputs.reference)
        : await context.log.group('Profiling the reference', () => profileDataset([rel(inputs.reference!)], { schema: inputs.schema }));
    }
    // Files are read by workspace-relative paths, so errors and annotations name them as the repository does.
    const outcome = await validateDataset(inputs.data.map(rel), inputs.suite, { schema: inputs.schema, reference });
    const profileFile = path.resolve(context.workspace, inputs.profileFile ?? path.join(context.resultDir, 'profiles', 'data-validate.json'));
    writeJsonAtomic(profileFile, outcome.profile);
    // On default-branch pushes runAction saves the result file and these as the baseline (issue 8: the data
    // profile is part of it, for later runs to compare with).
    return { ...validationResult(outcome, inputs.suite, rel(profileFile), { 'profile-file': profileFile }), baseline: { files: [profileFile] } };
  },
};

/** The `expectations` input: a suite file (YAML/JSON) or inline YAML; an empty suite when absent. */
export function readSuite(input: InputReader, context: ActionContext): Suite {
  const text = input.optionalString('expectations');
  if (text === undefined) return { name: 'data-validate', expectations: [] };
  const isPath = !text.includes('\n') && /\.(ya?ml|json)$/i.test(text);
  return isPath ? loadSuiteFile(relative(context.workspace, input.resolve(text))) : parseSuite(text);
}

/**
 * The action result of a validation outcome (rows scanned here, or a merged profile by `mlci validate
 * --profile`): payload, headline, report, outputs and one annotation per failing check or unexpected value.
 * Checks a profile could not evaluate are neither failures nor annotations.
 */
export function validationResult(outcome: ValidationOutcome, suite: Suite, profileFile: string, outputs: Record<string, string> = {}): ActionResult<Payload> {
  const { profile, ...rest } = outcome;
  const payload: Payload = { ...rest, profileFile, profileSummary: summarizeProfile(profile!) };
  const failed = outcome.results.filter((r) => !r.success && !isNotEvaluated(r));
  const annotations: Annotation[] = [];
  for (const r of failed) {
    const column = typeof r.kwargs.column === 'string' ? ` column '${r.kwargs.column}'` : '';
    const withLines = (r.result.partial_unexpected_list ?? []).filter((e) => e.line !== undefined);
    if (withLines.length === 0) {
      annotations.push({ level: 'error', title: r.expectation_type, message: `${r.expectation_type}${column} failed${r.result.observed_value !== undefined ? `: observed ${JSON.stringify(r.result.observed_value)}` : ''}`, ...(suite.file && r.suiteLine ? { file: suite.file, line: r.suiteLine } : {}) });
    }
    for (const e of withLines) {
      annotations.push({ level: 'error', title: r.expectation_type, message: `${r.expectation_type}${column}: unexpected value ${JSON.stringify(e.value)} (row ${e.row})`, file: e.file, line: e.line });
    }
  }
  return {
    passed: outcome.success,
    headline: headline(payload),
    payload,
    outputs: { rows: outcome.rows, 'failed-checks': failed.length, ...outputs },
    report: renderReport(payload),
    annotations,
  };
}

/** A workspace file as the repository names it (when we run in the workspace, as on a runner). */
function relative(workspace: string, file: string): string {
  if (path.resolve(process.cwd()) !== path.resolve(workspace)) return file;
  const r = path.relative(workspace, file);
  return r.startsWith('..') || path.isAbsolute(r) ? file : r;
}

function summarizeProfile(profile: NonNullable<ValidationOutcome['profile']>): Payload['profileSummary'] {
  return profile.columns.map((c) => ({
    name: c.name,
    count: c.count,
    nulls: c.nulls,
    types: c.types,
    distinct: c.distinct.estimate,
    distinctExact: c.distinct.exact,
    ...(c.numeric ? { min: c.numeric.min, max: c.numeric.max, mean: c.numeric.mean, stdev: c.numeric.stdev, median: c.numeric.quantiles.values[c.numeric.quantiles.probabilities.indexOf(0.5)] } : {}),
    topValues: c.topValues.slice(0, 3).map((t) => ({ value: String(t.value), count: t.count })),
  }));
}
