/**
 * runAction: everything an action does besides its own work. It reads the common inputs, calls the action's
 * `readInputs` and `run`, validates and writes the result file, sets the outputs, writes the job summary and the
 * PR comment section, emits annotations, and fails the step as `fail-on` says.
 *
 * A user's mistake (UserError) becomes ONE `::error` annotation with file/line/column and exit code 1, with no
 * stack trace and no result file. Anything else is a bug: its stack is printed with a request to report it.
 */
import path from 'node:path';
import { isUserError, type SourceLocation } from '@mlci/core';
import { readGitHubContext, type GitHubContext } from '@mlci/github/context';
import { envelopeErrors, schemaErrors, type CommentSection } from '@mlci/report';
import { InputReader } from './inputs.ts';
import { runnerHost, type ActionHost } from './host.ts';
import { RESULT_SCHEMA_VERSION, runInfo, writeJsonAtomic, type ResultEnvelope } from './result.ts';
import { postComment, writeJobSummary } from './report-step.ts';
import { baselineSavingAvailable, restoreBaseline, saveBaseline, type BaselineRestore } from './baseline/index.ts';

export interface Annotation extends SourceLocation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
}

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export interface ActionContext {
  log: Logger;
  github: GitHubContext;
  /** GITHUB_WORKSPACE: relative paths in inputs are relative to it. */
  workspace: string;
  /** The folder of the result file, for files the action writes beside it (profiles, reports). */
  resultDir: string;
  /** The github-token input (masked), for actions that call the API themselves. */
  token: string | undefined;
  reportId: string;
  /**
   * The newest baseline of the base branch (pull requests) or of this branch, saved by a default-branch run of
   * `scope` (default: this action). `{ found: false, reason }` when there is none yet: report it, do not fail.
   */
  restoreBaseline(scope?: string): Promise<BaselineRestore>;
}

export interface ActionResult<P> {
  passed: boolean;
  /** Warnings count for `fail-on: warning`. */
  warnings?: number;
  /** One sentence: '18 of 20 checks passed'. */
  headline: string;
  payload: P;
  /** Outputs besides `passed` and `result-file`, which runAction sets. Objects are written as JSON. */
  outputs?: Record<string, string | number | boolean | object>;
  report: {
    /** Markdown of this action's section in the PR comment: short, verdict first. */
    comment: string;
    /** Longer Markdown for the job summary and the HTML report; the comment is used when absent. */
    details?: string;
    /** Several comment sections instead of one section named after the action (the root action's report). */
    sections?: CommentSection[];
  };
  annotations?: Annotation[];
  /**
   * Files saved with the result file as this action's baseline on pushes to the default branch (the data
   * profile, predictions.json.gz, trend.json), under the scope `scope` (default: the action's name).
   */
  baseline?: { files?: string[]; scope?: string };
}

export interface ActionDefinition<I, P> {
  /** The action's name: `model-eval`. Result file default: mlci-results/<name>.json. */
  name: string;
  /** JSON Schema of the payload (schemas/<name>.schema.json). */
  payloadSchema: object;
  readInputs(input: InputReader, context: ActionContext): I | Promise<I>;
  run(inputs: I, context: ActionContext): Promise<ActionResult<P>>;
}

/** At most this many annotations per step; the rest are counted in one notice. */
export const ANNOTATION_LIMIT = 20;

export type FailOn = 'error' | 'warning' | 'never';

export async function runAction<I, P>(definition: ActionDefinition<I, P>, host: ActionHost = runnerHost): Promise<void> {
  const startedAt = new Date();
  try {
    const eventContext = readGitHubContext();
    const input = new InputReader(eventContext.workspace, host.getInput);
    // `pull-request` names the PR where the event has none (a workflow_run that reports a fork's PR).
    const pullRequest = input.optionalNumber('pull-request', { integer: true, min: 1 });
    const github = pullRequest === undefined ? eventContext : { ...eventContext, pullRequestNumber: pullRequest };
    const token = input.optionalString('github-token');
    if (token) host.setSecret(token);
    const reportId = input.optionalString('report-id') ?? 'mlci';
    const failOn = input.choice('fail-on', ['error', 'warning', 'never'] as const);
    const commentMode = input.choice('comment', ['auto', 'always', 'never'] as const);
    const resultFile = input.resolve(input.optionalString('result-file') ?? `mlci-results/${definition.name}.json`);
    const saveMode = input.choice('save-baseline', ['auto', 'never'] as const);
    const context: ActionContext = {
      log: loggerFor(host),
      github,
      workspace: github.workspace,
      resultDir: path.dirname(resultFile),
      token,
      reportId,
      restoreBaseline: (scope = definition.name) => restoreBaseline({ github, reportId, scope }),
    };

    const inputs = await definition.readInputs(input, context);
    const result = await definition.run(inputs, context);

    const finishedAt = new Date();
    const envelope: ResultEnvelope<P> = {
      schemaVersion: RESULT_SCHEMA_VERSION,
      action: definition.name,
      reportId,
      passed: result.passed,
      headline: result.headline,
      warnings: result.warnings ?? 0,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      run: runInfo(github),
      report: { comment: result.report.comment, details: result.report.details ?? result.report.comment },
      payload: result.payload,
    };
    const problems = [...envelopeErrors(envelope), ...schemaErrors(definition.payloadSchema, result.payload).map((e) => `payload${e}`)];
    if (problems.length > 0) throw new Error(`The ${definition.name} result does not match its schema:\n${problems.join('\n')}`);
    writeJsonAtomic(resultFile, envelope);
    // Results of pushes to the default branch become the baseline of every pull request (save-baseline: auto).
    if (saveMode === 'auto' && github.isDefaultBranchPush && !baselineSavingAvailable()) {
      host.info('Baseline not saved: the Actions cache and artifact services are not available here (not on a GitHub runner).');
    } else if (saveMode === 'auto' && github.isDefaultBranchPush) {
      const scope = result.baseline?.scope ?? definition.name;
      const saved = await saveBaseline({ github, reportId, scope, files: [resultFile, ...(result.baseline?.files ?? [])] });
      host.info(`Baseline ${scope}: ${saved.cached ? `saved to the Actions cache as ${saved.key}` : 'not saved to the Actions cache (see the warnings above)'}`);
      if (saved.artifact.uploaded) host.info(`Baseline ${scope}: artifact ${saved.artifact.name} (${saved.artifact.url ?? `id ${saved.artifact.id}`})`);
      else host.info(`Baseline ${scope}: no artifact (${saved.artifact.reason})`);
    }

    host.setOutput('passed', String(result.passed));
    host.setOutput('result-file', resultFile);
    for (const [name, value] of Object.entries(result.outputs ?? {})) {
      host.setOutput(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
    emitAnnotations(host, result.annotations ?? []);
    writeJobSummary(host, envelope.report.details);
    const commentUrl = await postComment(host, {
      mode: commentMode,
      token,
      reportId,
      github,
      sections: result.report.sections ?? [{ id: definition.name, markdown: envelope.report.comment }],
    });
    if (commentUrl) host.setOutput('comment-url', commentUrl);

    const failed = !result.passed || (failOn === 'warning' && envelope.warnings > 0);
    if (failed && failOn !== 'never') host.setFailed(`${definition.name}: ${result.headline}`);
    else if (failed) host.annotate('warning', `${definition.name}: ${result.headline} (not failing: fail-on is never)`);
    else host.info(`${definition.name}: ${result.headline}`);
  } catch (error) {
    reportError(host, error);
  }
}

function loggerFor(host: ActionHost): Logger {
  return {
    info: (message) => host.info(message),
    warning: (message) => host.annotate('warning', message),
    debug: (message) => host.debug(message),
    group: (name, fn) => host.group(name, fn),
  };
}

export function emitAnnotations(host: ActionHost, annotations: Annotation[]): void {
  for (const a of annotations.slice(0, ANNOTATION_LIMIT)) {
    host.annotate(a.level, a.message, { title: a.title, file: a.file, line: a.line, column: a.column });
  }
  const rest = annotations.length - ANNOTATION_LIMIT;
  if (rest > 0) host.annotate('notice', `${rest} more finding${rest === 1 ? '' : 's'} not annotated; the result file lists them all.`);
}

/** A user's mistake: one annotation and exit 1. A bug: the stack and a request to report it. */
export function reportError(host: ActionHost, error: unknown): void {
  process.exitCode = 1;
  if (isUserError(error)) {
    host.annotate('error', error.message, error.location);
    return;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  host.annotate('error', `mlci hit a bug; please report it with this log: ${detail}`);
}
