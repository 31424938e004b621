// ml-ct.yml end to end on the example project, through the drift-check bundle and the GitHub emulator: the
// scheduled run sees the device drift and the falling production accuracy, dispatches the retraining workflow
// once, and a second scheduled run on the same data dispatches nothing more.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { REPOSITORY } from '../support/events.ts';
import { GitHubEmulator } from '../support/github-emulator.ts';
import { TEST_TOKEN } from '../support/runner.ts';
import { loadWorkflow, repoRoot, workflowDir } from './files.ts';
import { runJob } from './job-runner.ts';

type CallInputs = Record<string, { default?: string | number | boolean }>;
const workflow = loadWorkflow(join(workflowDir, 'ml-ct.yml')).workflow;
const call = (workflow.on as { workflow_call: { inputs: CallInputs } }).workflow_call;
const inputs = {
  ...Object.fromEntries(Object.entries(call.inputs).map(([name, spec]) => [name, spec.default ?? ''])),
  reference: 'examples/data/train.csv',
  current: 'examples/data/current.csv',
  'exclude-columns': 'label,size_group',
  'metrics-history': 'examples/monitoring/metrics-history.jsonl',
  'min-metric': 'accuracy >= 0.97',
  'retrain-workflow': 'train.yml',
};

// A scheduled run on the default branch, as GitHub describes it (the payload of `schedule` is just the cron).
const schedule = {
  name: 'schedule',
  env: { GITHUB_EVENT_NAME: 'schedule', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: 'e'.repeat(40) },
  payload: { schedule: '17 5 * * 1', repository: { full_name: REPOSITORY.fullName, default_branch: 'main' } },
};

let gh: GitHubEmulator;
before(async () => {
  gh = await GitHubEmulator.start({ token: TEST_TOKEN });
});
after(async () => {
  await gh.stop();
});

async function scheduledRun() {
  const workspace = mkdtempSync(join(tmpdir(), 'mlci-ct-e2e-'));
  return runJob(workflow.jobs.monitor, {
    inputs,
    github: { event: schedule.payload, event_name: 'schedule', repository: REPOSITORY.fullName },
    event: schedule,
    workspace,
    apiUrl: gh.url,
    token: TEST_TOKEN,
    thirdParty: {
      'actions/checkout': async (with_) => {
        if (with_.path !== '.mlci') cpSync(join(repoRoot, 'examples'), join(workspace, 'examples'), { recursive: true });
        return {};
      },
    },
  });
}

test('ml-ct dispatches train.yml once for the drifted data and the falling accuracy, and not again', { timeout: 180_000 }, async () => {
  const first = await scheduledRun();
  assert.deepEqual(first.steps.map((s) => `${s.name}: ${s.outcome}`), [
    'Check out the repository: success',
    'Check out mlci: success',
    'Fetch production data: skipped',
    'Check drift and the metrics history: success',
    'Summary: success',
  ], first.steps.map((s) => s.log).join('\n'));
  assert.equal(first.status, 'success');
  assert.equal(first.outputs['retrain-triggered'], 'true');
  assert.equal(first.outputs['drift-detected'], 'false'); // 4 of 30 columns: below drift-share 0.5; the metrics gate fired
  assert.deepEqual((JSON.parse(first.outputs['drifted-columns']) as string[]).sort(),
    ['mean_smoothness', 'mean_texture', 'worst_smoothness', 'worst_texture']);
  assert.match(first.steps[4].log, /^Retraining dispatched/);
  assert.equal(gh.dispatches.length, 1);
  assert.equal(gh.dispatches[0].workflowId, 'train.yml');
  assert.match(gh.dispatches[0].inputs.reason, /mean accuracy of the last 5 points is 0\.9633, failing accuracy >= 0\.97/);
  assert.equal(gh.dispatches[0].ref, 'refs/heads/main'); // the run's ref; workflow_dispatch takes a branch or a full ref

  const second = await scheduledRun();
  assert.equal(second.status, 'success');
  assert.equal(second.outputs['retrain-triggered'], 'false');
  assert.equal(gh.dispatches.length, 1, 'the same data must not dispatch twice');
});
