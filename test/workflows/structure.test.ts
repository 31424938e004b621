// What each reusable workflow promises in its header, checked on its structure: the order of the CI steps,
// one comment, deploys that never overlap per environment, and a fork-comment workflow that runs nothing
// from the fork and does not trust the artifact for the PR number.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { NODE24 } from '../support/runner.ts';
import { loadWorkflow, repoRoot, workflowDir, type Job } from './files.ts';

const load = (name: string) => loadWorkflow(join(workflowDir, name)).workflow;
const actionOf = (uses: string | undefined) => (uses ?? '').replace(/^\.\/\.mlci\/actions\//, '').replace(/@.*$/, '');

test('ml-ci runs data-validate, training, tests, model-eval, drift-check, then one report', () => {
  const steps = load('ml-ci.yml').jobs['ml-ci'].steps ?? [];
  const order = steps
    .map((s) => (s.uses ? actionOf(s.uses) : (s.id as string | undefined) ?? ''))
    .filter((s) => ['data-validate', 'train', 'tests', 'model-eval', 'drift-check', './.mlci'].includes(s));
  assert.deepEqual(order, ['data-validate', 'train', 'tests', 'model-eval', 'drift-check', './.mlci']);
  // the actions only record; the report step alone comments and applies fail-on
  for (const step of steps.filter((s) => s.uses?.startsWith('./.mlci/actions/'))) {
    assert.equal(step.with?.comment, 'never', `${step.uses} must not comment itself`);
    assert.equal(step.with?.['fail-on'], 'never', `${step.uses} must not fail the job before the report`);
  }
  // baseline: auto is model-eval's own (it saves on default-branch pushes and restores on PRs)
  assert.equal(steps.find((s) => s.id === 'eval')!.with?.baseline, '${{ inputs.baseline }}');
  assert.ok(!steps.some((s) => s.uses?.startsWith('actions/cache')), 'no second baseline cache beside model-eval\'s');
  const report = steps.find((s) => s.uses === './.mlci')!;
  assert.equal(report.if, '${{ !cancelled() }}');
  assert.equal(report.with?.['fail-on'], '${{ inputs.fail-on }}');
  assert.match(String(report.with?.comment), /head\.repo\.full_name == github\.repository/);
  const upload = steps.at(-1)!;
  assert.match(upload.uses ?? '', /^actions\/upload-artifact@/);
  assert.equal(upload.with?.name, 'mlci-results-${{ inputs.report-id }}');
});

test('ml-cd packages once, then staging, then production, each deploy job alone in its environment', () => {
  const { jobs } = load('ml-cd.yml');
  assert.deepEqual(jobs.staging.needs, 'package');
  assert.deepEqual(jobs.production.needs, ['package', 'staging']);
  const writers = Object.entries(jobs).filter(([, j]) => (j.permissions as Record<string, string>).packages === 'write');
  assert.deepEqual(writers.map(([name]) => name), ['package']);
  for (const name of ['staging', 'production']) {
    const job: Job = jobs[name];
    const environment = (job.environment as { name: string }).name;
    const concurrency = job.concurrency as { group: string; 'cancel-in-progress': boolean };
    assert.ok(concurrency.group.includes(environment), `${name}: the group names the environment ${environment}`);
    assert.equal(concurrency['cancel-in-progress'], false, `${name}: a running deploy is never cancelled`);
    const deploy = (job.steps ?? []).find((s) => s.uses === './.mlci/actions/deploy-endpoint')!;
    assert.equal(deploy.with?.image, '${{ needs.package.outputs.image }}', `${name} deploys the packaged digest`);
    assert.equal(deploy.with?.environment, environment);
  }
});

test('ml-ct dispatches retraining through drift-check only when a target is configured', () => {
  const job = load('ml-ct.yml').jobs.monitor;
  const drift = (job.steps ?? []).find((s) => s.uses === './.mlci/actions/drift-check')!;
  assert.equal(drift.with?.['on-drift'], "${{ (inputs.retrain-workflow != '' || inputs.retrain-event != '') && 'retrain' || 'warn' }}");
  assert.equal(drift.with?.['metrics-history'], '${{ inputs.metrics-history }}');
  assert.equal(drift.with?.['min-metric'], '${{ inputs.min-metric }}');
  assert.deepEqual(job.permissions, { contents: 'write', actions: 'write' });
});

test('ml-sharded profiles every shard in a matrix and merges once', () => {
  const { jobs } = load('ml-sharded.yml');
  const strategy = jobs.profile.strategy as { matrix: { shard: string }; 'fail-fast': boolean };
  assert.equal(strategy.matrix.shard, '${{ fromJSON(inputs.shards) }}');
  assert.equal(strategy['fail-fast'], false);
  assert.equal(jobs.merge.needs, 'profile');
  const runs = (jobs.merge.steps ?? []).map((s) => s.run ?? '').join('\n');
  assert.match(runs, /node \.mlci\/dist\/cli\/index\.js merge-profiles /);
  assert.match(runs, /node \.mlci\/dist\/cli\/index\.js validate --profile /);
});

test('ml-report-comment never checks out the fork and finds the PR before touching the artifact', () => {
  const job = load('ml-report-comment.yml').jobs.comment;
  const steps = job.steps ?? [];
  const checkouts = steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
  assert.deepEqual(checkouts.map((s) => s.with?.repository), ['${{ inputs.mlci-repository }}']);
  const find = steps.findIndex((s) => s.id === 'pr');
  const download = steps.findIndex((s) => s.uses?.startsWith('actions/download-artifact@'));
  assert.ok(find === 0 && download > find);
  assert.equal(steps[download].with?.['run-id'], '${{ github.event.workflow_run.id }}');
  const report = steps.find((s) => s.uses === './.mlci')!;
  assert.equal(report.with?.['pull-request'], '${{ steps.pr.outputs.number }}');
  assert.deepEqual(job.permissions, { actions: 'read', 'pull-requests': 'write' });
});

test('the CLI subcommands ml-sharded runs exist in the committed CLI bundle', () => {
  for (const command of ['merge-profiles', 'validate']) {
    const run = spawnSync(NODE24, [join(repoRoot, 'dist/cli/index.js'), command, '--help'], { encoding: 'utf8' });
    assert.equal(run.status, 0, `mlci ${command} --help: ${run.stdout}${run.stderr}`);
  }
});
