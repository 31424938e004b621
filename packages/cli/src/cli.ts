/**
 * mlci — the actions' engines on a laptop. `mlci <action> --<input> VALUE ...` runs the same definition the
 * GitHub Action runs (flags are named like the action's inputs, defaults come from its action.yml), and
 * `mlci report` combines result files into one Markdown report.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { formatUserError, isUserError, UserError } from '@mlci/core';
import { combineResults, loadResultFile, withoutReportResults, renderHtmlReport } from '@mlci/report';
import { glob } from 'tinyglobby';
import { runAction, type ActionDefinition } from '../../../actions/common/src/index.ts';
import { createCliHost } from './cli-host.ts';
import { ACTIONS } from './actions.ts';
import { mergeProfiles, validateCommand } from './profile-commands.ts';

const USAGE = `usage: mlci <command> [flags]

commands:
  report --results GLOB [--out FILE] [--html FILE]
                                         combine result files (JSON results, JUnit XML) into one Markdown report,
                                         and with --html into one self-contained HTML report
  merge-profiles PROFILE... --output FILE
                                         merge data-validate profiles of shards into the profile of the whole
  validate --profile FILE --expectations SUITE [--result-file FILE]
                                         evaluate an expectation suite on a (merged) profile; writes a
                                         data-validate result (checks that need rows: not evaluated)
${Object.keys(ACTIONS)
  .map((name) => `  ${name.padEnd(38)} run the ${name} action locally; flags are its inputs (mlci ${name} --help)`)
  .join('\n')}

Every action command also takes --summary FILE (write the job summary there) and --quiet.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return command ? 0 : 2;
    }
    if (command === 'report') return await report(rest);
    if (command === 'merge-profiles') return mergeProfiles(rest);
    if (command === 'validate') return await validateCommand(rest);
    const load = ACTIONS[command];
    if (!load) throw new UserError(`Unknown command '${command}'.\n${USAGE}`);
    return await runActionCommand(command, await load(), rest);
  } catch (error) {
    if (isUserError(error)) {
      process.stderr.write(`error: ${formatUserError(error)}\n`);
      return 1;
    }
    throw error;
  }
}

async function report(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { results: { type: 'string', default: 'mlci-results/*.json' }, out: { type: 'string' }, html: { type: 'string' }, help: { type: 'boolean' } }, strict: true });
  if (values.help) {
    process.stdout.write('usage: mlci report [--results GLOB] [--out report.md] [--html report.html]\n');
    return 0;
  }
  const patterns = String(values.results).split(',').map((p) => p.trim()).filter(Boolean);
  const files = (await glob(patterns, { absolute: false, onlyFiles: true })).sort();
  if (files.length === 0) throw new UserError(`No result files match '${values.results}'.`);
  const results = withoutReportResults(files.map((file) => loadResultFile(file)));
  const combined = combineResults(results);
  if (values.html) {
    // The same file the root action writes (html-file), without the baseline comparison: that needs the runner.
    mkdirSync(path.dirname(path.resolve(values.html)), { recursive: true });
    writeFileSync(values.html, renderHtmlReport({ results }));
    process.stdout.write(`HTML report written to ${values.html}\n`);
  }
  if (values.out) {
    mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
    writeFileSync(values.out, `${combined.summary}\n`);
    process.stdout.write(`${combined.headline}; report written to ${values.out}\n`);
  } else process.stdout.write(`${combined.summary}\n`);
  return combined.passed ? 0 : 1;
}

interface ActionYaml {
  description?: string;
  inputs?: Record<string, { description?: string; default?: string }>;
}

/** The action.yml of an action, found beside the CLI in a checkout or package of mlci. */
function actionYaml(name: string): ActionYaml {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.resolve(here, '../../actions', name, 'action.yml'), path.resolve(here, '../../../actions', name, 'action.yml')]) {
    if (existsSync(candidate)) return parseYaml(readFileSync(candidate, 'utf8')) as ActionYaml;
  }
  throw new Error(`action.yml of ${name} not found beside the CLI`);
}

async function runActionCommand(name: string, definition: ActionDefinition<unknown, unknown>, argv: string[]): Promise<number> {
  const spec = actionYaml(name);
  const inputNames = Object.keys(spec.inputs ?? {});
  const options: Record<string, { type: 'string' | 'boolean' }> = { summary: { type: 'string' }, quiet: { type: 'boolean' }, help: { type: 'boolean' } };
  for (const input of inputNames) options[input] ??= { type: 'string' };
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UserError(`${(error as Error).message}\nRun 'mlci ${name} --help' for its flags.`);
  }
  if (values.help) {
    const lines = inputNames.map((input) => `  --${input.padEnd(22)} ${spec.inputs?.[input]?.description ?? ''}${spec.inputs?.[input]?.default !== undefined ? ` (default: ${spec.inputs[input].default})` : ''}`);
    process.stdout.write(`usage: mlci ${name} [flags]\n${spec.description ?? ''}\n\n${lines.join('\n')}\n`);
    return 0;
  }
  const inputs: Record<string, string> = {};
  for (const input of inputNames) {
    const fallback = spec.inputs?.[input]?.default;
    // `${{ github.token }}` means nothing locally; a token comes from --github-token or GITHUB_TOKEN.
    const local = fallback !== undefined && fallback.includes('${{') ? (input === 'github-token' ? (process.env.GITHUB_TOKEN ?? '') : '') : fallback;
    const value = values[input] ?? local;
    if (value !== undefined) inputs[input] = String(value);
  }
  const host = createCliHost({ inputs, summaryFile: values.summary as string | undefined, quiet: Boolean(values.quiet) });
  process.exitCode = 0;
  await runAction(definition, host);
  for (const [output, value] of Object.entries(host.outputs)) process.stdout.write(`${output}: ${value}\n`);
  return process.exitCode ?? 0;
}
