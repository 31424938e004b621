// Starter templates (workflows-templates/): each is a thin caller of one of our reusable workflows, with a
// <name>.properties.json beside it, as GitHub reads them from an organization's .github/workflow-templates/
// (https://docs.github.com/en/actions/sharing-automations/creating-workflow-templates-for-your-organization).
// The caller is checked against the workflow it calls: inputs exist, required inputs are given, secrets are
// declared (or inherited), and the caller grants at least the permissions the called jobs ask for — GitHub
// refuses to start a called workflow whose jobs ask for more.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import {
  loadWorkflow,
  ownWorkflowReference,
  repoRoot,
  templateDir,
  templatePaths,
  type Job,
  type Workflow,
} from './files.ts';

type Properties = { name?: unknown; description?: unknown; iconName?: unknown; categories?: unknown; filePatterns?: unknown };
type CallInputs = Record<string, { required?: boolean; default?: unknown; type?: string }>;

const level: Record<string, number> = { none: 0, read: 1, write: 2 };

// The scopes a caller must grant for a called job: the max level over all called jobs, scope by scope.
function requiredPermissions(called: Workflow): Record<string, string> {
  const needed: Record<string, string> = {};
  for (const job of Object.values(called.jobs)) {
    for (const [scope, value] of Object.entries((job.permissions ?? {}) as Record<string, string>)) {
      if ((level[value] ?? 0) > (level[needed[scope] ?? 'none'] ?? 0)) needed[scope] = value;
    }
  }
  return needed;
}

function missingPermissions(caller: Job, called: Workflow): string[] {
  const granted = (caller.permissions ?? {}) as Record<string, string>;
  return Object.entries(requiredPermissions(called))
    .filter(([scope, value]) => (level[granted[scope] ?? 'none'] ?? 0) < (level[value] ?? 0))
    .map(([scope, value]) => `${scope}: ${value}`);
}

test('the permission check finds a scope the caller does not grant', () => {
  const called = { jobs: { a: { permissions: { contents: 'read' } }, b: { permissions: { packages: 'write' } } } };
  assert.deepEqual(missingPermissions({ permissions: { contents: 'write', packages: 'read' } }, called), ['packages: write']);
  assert.deepEqual(missingPermissions({ permissions: { contents: 'read', packages: 'write' } }, called), []);
});

test('every template has a properties file and every properties file a template', () => {
  const files = readdirSync(templateDir);
  const templates = files.filter((f) => f.endsWith('.yml')).map((f) => basename(f, '.yml'));
  const properties = files.filter((f) => f.endsWith('.properties.json')).map((f) => basename(f, '.properties.json'));
  assert.ok(templates.length >= 5, `templates: ${templates.join(', ')}`);
  assert.deepEqual(properties.sort(), templates.sort());
});

for (const path of templatePaths()) {
  const file = loadWorkflow(path);
  const stem = basename(path, '.yml');

  test(`${file.name}: ${stem}.properties.json has a name, description, icon and categories`, () => {
    const properties = JSON.parse(readFileSync(join(templateDir, `${stem}.properties.json`), 'utf8')) as Properties;
    assert.equal(typeof properties.name, 'string');
    assert.ok((properties.name as string).length > 0);
    assert.equal(typeof properties.description, 'string');
    assert.ok((properties.description as string).length > 20);
    assert.equal(typeof properties.iconName, 'string');
    const icon = properties.iconName as string;
    // either an Octicon ("octicon <name>") or an SVG file of that name next to the template
    assert.ok(/^octicon [a-z0-9-]+$/.test(icon) || existsSync(join(templateDir, `${icon}.svg`)), `iconName ${icon}`);
    assert.ok(Array.isArray(properties.categories) && properties.categories.length > 0);
    assert.ok((properties.categories as unknown[]).every((c) => typeof c === 'string' && c.length > 0));
    if (properties.filePatterns !== undefined) {
      assert.ok(Array.isArray(properties.filePatterns));
      for (const pattern of properties.filePatterns as string[]) new RegExp(pattern); // throws when invalid
    }
  });

  test(`${file.name}: is a thin caller of our reusable workflows, and calls them correctly`, () => {
    const jobs = Object.entries(file.workflow.jobs);
    assert.ok(jobs.length > 0);
    for (const [name, job] of jobs) {
      const match = ownWorkflowReference.exec(job.uses ?? '');
      assert.ok(match, `job ${name} must call mlci-org/mlci/.github/workflows/ml-*.yml@<ref>, not ${job.uses}`);
      assert.equal(job.steps, undefined, `job ${name}: a caller has no steps`);
      const calledPath = join(repoRoot, match[1]);
      assert.ok(existsSync(calledPath), `job ${name}: ${match[1]} does not exist`);
      const called = loadWorkflow(calledPath).workflow;
      const call = (called.on as Record<string, { inputs?: CallInputs; secrets?: Record<string, unknown> }>)?.workflow_call;
      assert.ok(call, `${match[1]} is not a reusable workflow (on: workflow_call)`);

      const inputs = call.inputs ?? {};
      const given = job.with ?? {};
      assert.deepEqual(Object.keys(given).filter((k) => !(k in inputs)), [], `job ${name}: inputs ${match[1]} does not declare`);
      const missing = Object.entries(inputs).filter(([k, v]) => v.required === true && !(k in given)).map(([k]) => k);
      assert.deepEqual(missing, [], `job ${name}: required inputs of ${match[1]} not given`);

      if (job.secrets !== undefined && job.secrets !== 'inherit') {
        const declared = call.secrets ?? {};
        const unknown = Object.keys(job.secrets).filter((k) => !(k in declared));
        assert.deepEqual(unknown, [], `job ${name}: secrets ${match[1]} does not declare`);
      }
      assert.deepEqual(missingPermissions(job, called), [], `job ${name}: permissions the called jobs need`);
    }
  });
}

test('the fork comment template listens to the CI template by its workflow name', () => {
  const ci = loadWorkflow(join(templateDir, 'mlci-ci.yml')).workflow;
  const comment = loadWorkflow(join(templateDir, 'mlci-report-comment.yml')).workflow;
  const on = comment.on as { workflow_run?: { workflows?: string[]; types?: string[] } };
  assert.deepEqual(on.workflow_run?.workflows, [ci.name]);
  assert.deepEqual(on.workflow_run?.types, ['completed']);
});
