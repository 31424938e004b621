// Runs one job of a workflow on this machine the way the GitHub runner runs it, for end-to-end tests:
// steps in order; `if:` with the implicit success() and the status functions; `${{ }}` in with:, env: and job
// outputs evaluated by GitHub's own expression evaluator (npm @actions/expressions); run: steps through
// `bash --noprofile --norc -eo pipefail` (GitHub's bash) with GITHUB_OUTPUT; our actions through their
// bundles (test/support/runner.ts); the `steps` context fed from each step's outputs and outcome.
//
// Third-party actions (actions/checkout, actions/upload-artifact, ...) cannot run here; the caller passes an
// emulation for each one the job uses, and a step with no emulation is an error, never a silent skip.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Evaluator, Lexer, Parser, data, type Expr } from '@actions/expressions';
import type { GitHubEvent } from '../support/events.ts';
import { NODE24, parseOutputFile, runAction, type RunResult } from '../support/runner.ts';
import type { Job, Step } from './files.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface StepRecord {
  id: string;
  name: string;
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  with: Record<string, string>;
  action?: RunResult;
  log: string;
}

export interface JobContext {
  inputs: Record<string, Json>;
  github: Record<string, Json>;
  event: GitHubEvent;
  workspace: string;
  apiUrl: string;
  token: string;
  /** Emulations of third-party actions, by `owner/name` (the part of `uses:` before `@`). */
  thirdParty: Record<string, (inputs: Record<string, string>, workspace: string) => Promise<Record<string, string>>>;
}

const STATUS = ['success', 'failure', 'always', 'cancelled'];
const CONTEXTS = ['inputs', 'github', 'steps', 'env', 'job', 'runner', 'secrets', 'matrix', 'strategy', 'needs', 'vars'];

function toData(value: Json): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

// GitHub's truthiness: false, 0, -0, NaN, '' and null are false; everything else (objects, arrays) is true.
function truthy(value: data.ExpressionData): boolean {
  if (value instanceof data.Null) return false;
  if (value instanceof data.BooleanData) return value.value;
  if (value instanceof data.NumberData) return value.value !== 0 && !Number.isNaN(value.value);
  if (value instanceof data.StringData) return value.value !== '';
  return true;
}

export class ExpressionScope {
  private readonly contexts: Record<string, Json>;
  private readonly status: () => 'success' | 'failure';

  constructor(contexts: Record<string, Json>, status: () => 'success' | 'failure') {
    this.contexts = contexts;
    this.status = status;
  }

  evaluate(expression: string): data.ExpressionData {
    const lexed = new Lexer(expression).lex();
    const statusInfo = STATUS.map((name) => ({ name, minArgs: 0, maxArgs: 0 }));
    const tree: Expr = new Parser(lexed.tokens, CONTEXTS, statusInfo).parse();
    const functions = new Map(STATUS.map((name) => [name, {
      name, minArgs: 0, maxArgs: 0,
      call: () => new data.BooleanData(
        name === 'always' ? true : name === 'cancelled' ? false : this.status() === name),
    }]));
    const context = new data.Dictionary(...CONTEXTS.map((key) => ({ key, value: toData(this.contexts[key] ?? {}) })));
    return new Evaluator(tree, context, functions).evaluate();
  }

  /** A string with `${{ }}` parts, as in with:, env:, outputs:. */
  interpolate(template: unknown): string {
    return String(template ?? '').replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => this.evaluate(expression).coerceString());
  }

  /** An if: — `${{ }}` optional; without a status function GitHub evaluates `success() && (...)`. */
  condition(text: unknown): boolean {
    if (text === undefined) return this.status() === 'success';
    let expression = String(text).trim();
    const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(expression);
    if (wrapped) expression = wrapped[1];
    if (!new RegExp(`\\b(${STATUS.join('|')})\\s*\\(`).test(expression)) expression = `success() && (${expression})`;
    return truthy(this.evaluate(expression));
  }
}

async function bash(script: string, env: Record<string, string>, cwd: string): Promise<{ code: number | null; log: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-step-'));
  const file = join(dir, 'step.sh');
  writeFileSync(file, script);
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, log }));
  });
}

function localAction(uses: string): string | undefined {
  if (uses === './.mlci') return 'main';
  const match = /^\.\/\.mlci\/actions\/([\w-]+)$/.exec(uses);
  return match?.[1];
}

export async function runJob(job: Job, context: JobContext): Promise<{ steps: StepRecord[]; outputs: Record<string, string>; status: 'success' | 'failure' }> {
  let status: 'success' | 'failure' = 'success';
  const stepsContext: Record<string, Json> = {};
  const scope = new ExpressionScope(
    { inputs: context.inputs, github: context.github, steps: stepsContext, env: {}, job: {}, runner: { os: 'Linux', temp: tmpdir() }, secrets: {}, vars: {} },
    () => status,
  );
  const records: StepRecord[] = [];
  for (const [index, step] of (job.steps ?? []).entries()) {
    const id = (step.id as string | undefined) ?? `__${index}`;
    const record: StepRecord = { id, name: String(step.name ?? step.uses ?? step.run), outcome: 'skipped', outputs: {}, with: {}, log: '' };
    records.push(record);
    if (scope.condition(step.if)) {
      await runStep(step, record, scope, context);
      if (record.outcome === 'failure') status = 'failure';
    }
    stepsContext[id] = { outputs: record.outputs, outcome: record.outcome, conclusion: record.outcome };
  }
  const outputs = Object.fromEntries(Object.entries((job.outputs ?? {}) as Record<string, string>)
    .map(([name, template]) => [name, scope.interpolate(template)]));
  return { steps: records, outputs, status };
}

async function runStep(step: Step, record: StepRecord, scope: ExpressionScope, context: JobContext): Promise<void> {
  const env = Object.fromEntries(Object.entries((step.env ?? {}) as Record<string, unknown>).map(([k, v]) => [k, scope.interpolate(v)]));
  record.with = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, scope.interpolate(v)]));
  if (step.run !== undefined) {
    const outputFile = join(mkdtempSync(join(tmpdir(), 'mlci-out-')), 'output');
    writeFileSync(outputFile, '');
    const { code, log } = await bash(String(step.run), {
      PATH: `${join(NODE24, '..')}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      HOME: process.env.HOME ?? tmpdir(),
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: context.workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: join(outputFile, '..', 'summary'),
      ...context.event.env,
      ...env,
    }, context.workspace);
    record.log = log;
    record.outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
    record.outcome = code === 0 ? 'success' : 'failure';
    return;
  }
  const uses = String(step.uses);
  const action = localAction(uses);
  if (action) {
    const result = await runAction(action, {
      inputs: record.with,
      workspace: context.workspace,
      apiUrl: context.apiUrl,
      token: context.token,
      event: context.event,
      env,
    });
    record.action = result;
    record.log = result.stdout + result.stderr;
    record.outputs = result.outputs;
    record.outcome = result.exitCode === 0 ? 'success' : 'failure';
    return;
  }
  const emulate = context.thirdParty[uses.replace(/@.*$/, '')];
  if (!emulate) throw new Error(`no emulation for ${uses} (step "${record.name}")`);
  record.outputs = await emulate(record.with, context.workspace);
  record.outcome = 'success';
}
