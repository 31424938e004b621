// Reads the reusable workflows (.github/workflows/ml-*.yml) and the starter templates (workflows-templates/)
// into plain objects, keeping the source position of every `uses:` and `run:` so a failing check can say
// file:line. Only what the checks need; GitHub's own schema is actionlint's job.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, isMap, isPair, isScalar, parseDocument, visit } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const workflowDir = join(repoRoot, '.github', 'workflows');
export const templateDir = join(repoRoot, 'workflows-templates');

export type Step = { uses?: string; run?: string; with?: Record<string, unknown>; [key: string]: unknown };
export type Job = {
  permissions?: Record<string, string> | string;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | string;
  steps?: Step[];
  environment?: unknown;
  concurrency?: { group?: string; 'cancel-in-progress'?: unknown } | string;
  [key: string]: unknown;
};
export type Workflow = { name?: string; on?: Record<string, unknown> | string | string[]; permissions?: unknown; jobs: Record<string, Job> };

export type WorkflowFile = {
  path: string;        // absolute
  name: string;        // repository-relative, e.g. .github/workflows/ml-ci.yml
  text: string;
  workflow: Workflow;
  // 1-based line of the n-th (0-based `occurrence`) scalar `key: value` pair (`uses`, `run`), in document order
  lines: (key: string, value: string, occurrence?: number) => number;
};

export function loadWorkflow(path: string): WorkflowFile {
  const text = readFileSync(path, 'utf8');
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  if (document.errors.length > 0) throw document.errors[0];
  const positions = new Map<string, number[]>();
  visit(document, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && isScalar(pair.value) && pair.value.range) {
        const id = `${String(pair.key.value)}\u0000${String(pair.value.value)}`;
        positions.set(id, [...(positions.get(id) ?? []), lineCounter.linePos(pair.value.range[0]).line]);
      }
    },
  });
  const workflow = document.toJS() as Workflow;
  if (!isMap(document.contents) || workflow.jobs === undefined) {
    throw new Error(`${path}: not a workflow (no jobs:)`);
  }
  return {
    path,
    name: relative(repoRoot, path),
    text,
    workflow,
    lines: (key, value, occurrence = 0) => positions.get(`${key}\u0000${value}`)?.[occurrence] ?? 0,
  };
}

export function reusableWorkflowPaths(): string[] {
  return readdirSync(workflowDir)
    .filter((f) => /^ml-.*\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(workflowDir, f));
}

export function templatePaths(): string[] {
  return readdirSync(templateDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(templateDir, f));
}

export function allWorkflowPaths(): string[] {
  return [...reusableWorkflowPaths(), ...templatePaths()];
}

export function* stepsOf(workflow: Workflow): Generator<{ job: string; step: Step }> {
  for (const [job, definition] of Object.entries(workflow.jobs)) {
    for (const step of definition.steps ?? []) yield { job, step };
  }
}

// Every `uses:` of a workflow: job-level (reusable workflow calls) and step-level (actions).
export function* usesOf(workflow: Workflow): Generator<{ job: string; uses: string; with: Record<string, unknown> }> {
  for (const [job, definition] of Object.entries(workflow.jobs)) {
    if (definition.uses) yield { job, uses: definition.uses, with: definition.with ?? {} };
    for (const step of definition.steps ?? []) {
      if (step.uses) yield { job, uses: step.uses, with: step.with ?? {} };
    }
  }
}

// mlci's own reusable workflows, as users reference them: mlci-org/mlci/.github/workflows/<file>@<ref>.
// They are versioned together with the actions (mlci-ref), so a tag is accepted for them (see README).
export const ownWorkflowReference = /^mlci-org\/mlci\/(\.github\/workflows\/ml-[\w-]+\.ya?ml)@([\w.-]+)$/;

// A `uses: ./...` resolves in the caller's workspace. Our workflows check mlci out into .mlci/, so
// `./.mlci/actions/x` is this repository's actions/x (and `./.mlci` its root action).
export function localActionDirectory(uses: string): string | undefined {
  if (!uses.startsWith('./')) return undefined;
  const inWorkspace = uses.slice(2).replace(/\/$/, '');
  if (inWorkspace === '.mlci') return repoRoot;
  if (inWorkspace.startsWith('.mlci/')) return join(repoRoot, inWorkspace.slice('.mlci/'.length));
  return join(repoRoot, inWorkspace);
}
