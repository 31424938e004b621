/**
 * Run an action's bundle the way the GitHub runner does: a Node 24 process (the `node@24` devDependency) with
 * INPUT_* (action.yml defaults applied, `${{ github.token }}` included), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
 * GITHUB_EVENT_PATH and the other GITHUB_* variables; then read back the outputs, the summary, the annotations and
 * the result file.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { pullRequestEvent, REPOSITORY, type GitHubEvent } from './events.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const NODE24 = path.join(ROOT, 'node_modules', '.bin', 'node');
export const TEST_TOKEN = 'ghs_TestToken0000000000000000000000000';

/** Absolute path of a file in the repository (fixtures). */
export function repoPath(...parts: string[]): string {
  return path.join(ROOT, ...parts);
}

export interface RunOptions {
  inputs?: Record<string, string | number | boolean | undefined>;
  event?: GitHubEvent;
  /** GITHUB_API_URL, e.g. the emulator's URL. */
  apiUrl?: string;
  /** GITHUB_WORKSPACE; a fresh temporary folder when absent. */
  workspace?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  token?: string;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

export interface RunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  workspace: string;
  resultFile: string | undefined;
  /** The parsed result file, when the action wrote one. */
  result: any;
  durationMs: number;
}

interface ActionYaml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; main: string };
}

export function actionYamlPath(action: string): string {
  return action === 'main' ? repoPath('action.yml') : repoPath('actions', action, 'action.yml');
}

export function readActionYaml(action: string): ActionYaml {
  return parseYaml(readFileSync(actionYamlPath(action), 'utf8')) as ActionYaml;
}

/** The env the runner gives a step for `with:` inputs: defaults from action.yml, then the given values. */
export function inputEnv(action: string, inputs: RunOptions['inputs'], token: string): Record<string, string> {
  const definition = readActionYaml(action);
  const env: Record<string, string> = {};
  const key = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  for (const [name, spec] of Object.entries(definition.inputs ?? {})) {
    if (spec.default === undefined) continue;
    const value = String(spec.default);
    if (value.includes('${{')) {
      if (value.replace(/\s/g, '') !== '${{github.token}}') throw new Error(`runner: cannot evaluate default of ${action}.${name}: ${value}`);
      env[key(name)] = token;
    } else env[key(name)] = value;
  }
  for (const [name, value] of Object.entries(inputs ?? {})) if (value !== undefined) env[key(name)] = String(value);
  return env;
}

export async function runAction(action: string, options: RunOptions = {}): Promise<RunResult> {
  const definition = readActionYaml(action);
  if (definition.runs.using !== 'node24') throw new Error(`${action}: runs.using is ${definition.runs.using}, expected node24`);
  const bundle = path.resolve(path.dirname(actionYamlPath(action)), definition.runs.main);
  if (!existsSync(bundle)) throw new Error(`${action}: bundle ${bundle} is missing; run npm run bundle`);

  const temp = mkdtempSync(path.join(os.tmpdir(), `mlci-run-${action}-`));
  const workspace = options.workspace ?? path.join(temp, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const files = { output: path.join(temp, 'output'), summary: path.join(temp, 'summary'), event: path.join(temp, 'event.json'), state: path.join(temp, 'state'), env: path.join(temp, 'env'), path: path.join(temp, 'path') };
  for (const file of [files.output, files.summary, files.state, files.env, files.path]) writeFileSync(file, '');
  const event = options.event ?? pullRequestEvent();
  writeFileSync(files.event, JSON.stringify(event.payload));
  const token = options.token ?? TEST_TOKEN;

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? temp,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: REPOSITORY.fullName,
    GITHUB_REPOSITORY_OWNER: REPOSITORY.owner,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${options.apiUrl ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'ml-ci',
    GITHUB_JOB: 'evaluate',
    GITHUB_ACTION: action,
    GITHUB_ACTOR: 'octocat',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: path.join(temp, 'runner-temp'),
    RUNNER_TOOL_CACHE: path.join(temp, 'tool-cache'),
    ...event.env,
    ...inputEnv(action, options.inputs, token),
    ...options.env,
  };
  mkdirSync(env.RUNNER_TEMP, { recursive: true });

  const started = Date.now();
  const { exitCode, stdout, stderr } = await spawnNode(bundle, env, workspace, options.timeoutMs ?? 120_000);
  const outputs = parseOutputFile(readFileSync(files.output, 'utf8'));
  const resultFile = outputs['result-file'] ?? path.join(workspace, 'mlci-results', `${action}.json`);
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(files.summary, 'utf8'),
    annotations: parseAnnotations(stdout),
    workspace,
    resultFile: existsSync(resultFile) ? resultFile : undefined,
    result: existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : undefined,
    durationMs: Date.now() - started,
  };
}

function spawnNode(script: string, env: Record<string, string>, cwd: string, timeoutMs: number) {
  return new Promise<{ exitCode: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(NODE24, [script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code, stdout, stderr });
    });
  });
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks (and `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      outputs[name] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Workflow commands `::error file=f,line=3,col=1::message` printed on stdout. */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const annotation: Annotation = { level: match[1] as Annotation['level'], message: unescapeData(match[3]) };
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      const key = pair.slice(0, at);
      const value = unescapeProperty(pair.slice(at + 1));
      if (key === 'file' || key === 'title') annotation[key] = value;
      else if (key === 'line' || key === 'col') annotation[key] = Number(value);
    }
    annotations.push(annotation);
  }
  return annotations;
}
