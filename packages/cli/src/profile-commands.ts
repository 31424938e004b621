/**
 * The two commands of a sharded run's merge job (.github/workflows/ml-sharded.yml):
 *   mlci merge-profiles <profile.json>... --output <merged.json>
 *     merges data-validate profiles of shards into the profile of the whole (DatasetProfiler.merge: counts,
 *     nulls, min, max, sums and category counts exact; mean/stdev up to rounding; quantile and distinct
 *     sketches within their stated bounds).
 *   mlci validate --profile <merged.json> --expectations <suite> [--result-file FILE] [--reference FILE]
 *     evaluates a suite on that profile and writes a data-validate result file through the data-validate
 *     action's own result/report code and runAction (same envelope, same schema validation).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '@mlci/core';
import { isProfileFile, loadProfile, profileDataset, validateProfile, type DatasetProfiler, type Suite } from '@mlci/data';
import { runAction, writeJsonAtomic, type ActionDefinition } from '../../../actions/common/src/index.ts';
import { readSuite, validationResult } from '../../../actions/data-validate/src/data-validate.ts';
import type { Payload } from '../../../actions/data-validate/src/report.ts';
import payloadSchema from '../../../schemas/data-validate.schema.json' with { type: 'json' };
import { createCliHost } from './cli-host.ts';

export const MERGE_USAGE = `usage: mlci merge-profiles <profile.json>... --output <merged.json>
Merges data-validate profiles (profile-file) of shards of one dataset into the profile of the whole.
Every profile must have the same columns. Counts, nulls, min, max, sums and category counts are exact;
mean and stdev exact up to rounding; quantiles and distinct counts within their sketches' bounds.`;

export const VALIDATE_USAGE = `usage: mlci validate --profile <merged.json> --expectations <suite> [flags]
Evaluates an expectation suite on a (merged) profile and writes a data-validate result file.
Checks that need the rows (regex, per-value sets and ranges, types, uniqueness) are reported as not evaluated.

  --profile FILE        the profile (from data-validate or mlci merge-profiles)
  --expectations SUITE  the expectation suite: a YAML/JSON file or inline YAML
  --reference FILE      a reference dataset or profile, for the distribution checks
  --result-file FILE    where the result JSON is written (default: mlci-results/data-validate.json)
  --fail-on WHEN        error (failing checks exit 1; default), warning or never
  --report-id ID        the result's report id (default: mlci)
  --summary FILE        write the Markdown report there
  --quiet               print only the outputs`;

export function mergeProfiles(argv: string[]): number {
  const { values, positionals } = parse(argv, { output: { type: 'string' }, help: { type: 'boolean' } }, 'merge-profiles');
  if (values.help) {
    process.stdout.write(`${MERGE_USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UserError(`merge-profiles: give the profile files to merge.\n${MERGE_USAGE}`);
  if (typeof values.output !== 'string' || values.output === '') throw new UserError(`merge-profiles: give --output <merged.json>.\n${MERGE_USAGE}`);
  const [first, ...rest] = positionals;
  const merged = loadProfile(first);
  const columns = merged.toJSON().columns.map((c) => c.name);
  for (const file of rest) {
    const next = loadProfile(file);
    const theirs = next.toJSON().columns.map((c) => c.name);
    const extra = theirs.filter((c) => !columns.includes(c));
    const missing = columns.filter((c) => !theirs.includes(c));
    if (extra.length > 0 || missing.length > 0) {
      const what = [extra.length ? `has column${extra.length > 1 ? 's' : ''} ${list(extra)} that ${first} lacks` : '', missing.length ? `lacks column${missing.length > 1 ? 's' : ''} ${list(missing)} of ${first}` : ''];
      throw new UserError(`cannot merge profiles with different columns: ${file} ${what.filter(Boolean).join(' and ')}`, { file });
    }
    merged.merge(next);
  }
  const json = merged.toJSON();
  mkdirSync(path.dirname(path.resolve(values.output)), { recursive: true });
  writeJsonAtomic(values.output, json);
  process.stdout.write(`merged ${positionals.length} profile${positionals.length > 1 ? 's' : ''}: ${json.rows.toLocaleString('en-US')} rows, ${json.columns.length} columns -> ${values.output}\n`);
  return 0;
}

interface ProfileInputs {
  /** As given (named so in the result), and resolved (read). */
  profileFile: string;
  profilePath: string;
  suite: Suite;
  reference?: string;
}

/** data-validate on a profile: same name, schema and result code as the action, inputs from the flags. */
const profileDefinition: ActionDefinition<ProfileInputs, Payload> = {
  name: 'data-validate',
  payloadSchema,
  readInputs(input, context) {
    const profileFile = input.string('profile');
    const profilePath = input.file('profile');
    if (input.optionalString('expectations') === undefined) throw new UserError(`validate: give --expectations <suite>: there is nothing to check.`);
    const reference = input.optionalString('reference');
    return { profileFile, profilePath, suite: readSuite(input, context), reference: reference === undefined ? undefined : input.resolve(reference) };
  },
  async run(inputs, context) {
    const file = inputs.profileFile;
    let reference: DatasetProfiler | undefined;
    if (inputs.reference) {
      reference = isProfileFile(inputs.reference)
        ? loadProfile(inputs.reference)
        : await context.log.group('Profiling the reference', () => profileDataset([inputs.reference!]));
    }
    const outcome = await validateProfile(loadProfile(inputs.profilePath), inputs.suite, { reference, file });
    return validationResult(outcome, inputs.suite, file, { 'profile-file': file });
  },
};

export async function validateCommand(argv: string[]): Promise<number> {
  const flags = ['profile', 'expectations', 'reference', 'result-file', 'fail-on', 'report-id', 'summary'] as const;
  const options: Record<string, { type: 'string' | 'boolean' }> = { quiet: { type: 'boolean' }, help: { type: 'boolean' } };
  for (const f of flags) options[f] = { type: 'string' };
  const { values } = parse(argv, options, 'validate');
  if (values.help) {
    process.stdout.write(`${VALIDATE_USAGE}\n`);
    return 0;
  }
  if (typeof values.profile !== 'string') throw new UserError(`validate: give --profile <profile.json> (to validate data files, run 'mlci data-validate').\n${VALIDATE_USAGE}`);
  const inputs: Record<string, string> = { 'fail-on': 'error', comment: 'never', 'save-baseline': 'never', 'report-id': 'mlci', 'result-file': 'mlci-results/data-validate.json' };
  for (const f of flags) if (typeof values[f] === 'string' && f !== 'summary') inputs[f] = values[f];
  const host = createCliHost({ inputs, summaryFile: values.summary as string | undefined, quiet: Boolean(values.quiet) });
  process.exitCode = 0;
  await runAction(profileDefinition, host);
  for (const [output, value] of Object.entries(host.outputs)) process.stdout.write(`${output}: ${value}\n`);
  return process.exitCode ?? 0;
}

function list(names: string[]): string {
  return names.map((n) => `'${n}'`).join(', ');
}

function parse(argv: string[], options: Record<string, { type: 'string' | 'boolean' }>, command: string): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, strict: true, allowPositionals: command === 'merge-profiles' });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new UserError(`${(error as Error).message}\nRun 'mlci ${command} --help' for its flags.`);
  }
}
