// The security and hygiene rules every workflow and template keeps (issue 9):
// - no `${{` inside a run: script (expressions reach scripts through env:, never by text substitution);
// - permissions: on every job, and `permissions: {}` at the top so nothing is granted by default;
// - every third-party action pinned to a full 40-hex commit SHA (a tag can be moved; a SHA cannot);
// - checkouts do not leave the token in .git/config (persist-credentials: false);
// - nothing runs on pull_request_target (it would run a fork's code with a write token).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  allWorkflowPaths,
  loadWorkflow,
  ownWorkflowReference,
  stepsOf,
  usesOf,
  type WorkflowFile,
} from './files.ts';

const files: WorkflowFile[] = allWorkflowPaths().map(loadWorkflow);
const fullSha = /^[\w.-]+\/[\w.-]+(\/[^@]+)?@[0-9a-f]{40}$/;

function unpinned(file: WorkflowFile): string[] {
  const found: string[] = [];
  for (const { uses } of usesOf(file.workflow)) {
    if (uses.startsWith('./')) continue; // this repository (see actions.test.ts)
    if (ownWorkflowReference.test(uses)) continue; // mlci's own reusable workflows, versioned with mlci-ref
    if (!fullSha.test(uses)) found.push(`${file.name}:${file.lines('uses', uses)}: ${uses}`);
  }
  return found;
}

function expressionsInRun(file: WorkflowFile): string[] {
  const found: string[] = [];
  for (const { job, step } of stepsOf(file.workflow)) {
    if (typeof step.run === 'string' && step.run.includes('${{')) {
      found.push(`${file.name}:${file.lines('run', step.run)}: job ${job}, step "${String(step.name ?? step.run)}"`);
    }
  }
  return found;
}

test('the pin check rejects tags, branches and short SHAs and accepts a full SHA', () => {
  const file = loadFromText([
    'jobs:',
    '  a:',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/checkout@34e1148',
    '      - uses: actions/checkout@34e114876b0b11c390a56381ad16ebd13914f8d5',
    '      - uses: github/codeql-action/init@main',
    '      - uses: ./.mlci/actions/drift-check',
  ]);
  assert.deepEqual(unpinned(file), [
    'inline.yml:4: actions/checkout@v4',
    'inline.yml:5: actions/checkout@34e1148',
    'inline.yml:7: github/codeql-action/init@main',
  ]);
});

test('the run: check finds an expression in a script and ignores one in env:', () => {
  const file = loadFromText([
    'jobs:',
    '  a:',
    '    steps:',
    '      - run: echo "$TITLE"',
    '        env: { TITLE: "${{ github.event.pull_request.title }}" }',
    '      - name: leaky',
    '        run: |',
    '          echo "${{ inputs.data }}"',
  ]);
  assert.deepEqual(expressionsInRun(file), ['inline.yml:7: job a, step "leaky"']);
});

for (const file of files) {
  test(`${file.name}: no run: script contains \${{`, () => {
    assert.deepEqual(expressionsInRun(file), []);
  });

  test(`${file.name}: every third-party uses: is pinned to a full commit SHA`, () => {
    assert.deepEqual(unpinned(file), []);
  });

  test(`${file.name}: permissions are {} at the top and set on every job`, () => {
    assert.deepEqual(file.workflow.permissions, {}, 'top-level permissions: {}');
    const without = Object.entries(file.workflow.jobs)
      .filter(([, job]) => job.permissions === undefined || typeof job.permissions !== 'object')
      .map(([name]) => name);
    assert.deepEqual(without, [], 'jobs without a permissions: map');
    for (const [name, job] of Object.entries(file.workflow.jobs)) {
      for (const [scope, level] of Object.entries(job.permissions as Record<string, string>)) {
        assert.ok(['read', 'write', 'none'].includes(level), `job ${name}: ${scope}: ${level}`);
      }
    }
  });

  test(`${file.name}: checkouts do not persist credentials`, () => {
    const persisting = [...stepsOf(file.workflow)]
      .filter(({ step }) => step.uses?.startsWith('actions/checkout@'))
      .filter(({ step }) => step.with?.['persist-credentials'] !== false)
      .map(({ job }) => job);
    assert.deepEqual(persisting, []);
  });

  test(`${file.name}: does not run on pull_request_target`, () => {
    const on = file.workflow.on;
    const triggers = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on ?? {});
    assert.ok(triggers.length > 0, 'no on: triggers');
    assert.ok(!triggers.includes('pull_request_target'), `triggers: ${triggers.join(', ')}`);
  });
}

function loadFromText(lines: string[]): WorkflowFile {
  return loadWorkflowText(`${lines.join('\n')}\n`);
}

function loadWorkflowText(text: string): WorkflowFile {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-wf-'));
  const path = join(dir, 'inline.yml');
  writeFileSync(path, text);
  return { ...loadWorkflow(path), name: 'inline.yml' };
}
