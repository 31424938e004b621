// `baseline: auto` in ml-ci.yml: a push to the default branch keeps its predictions in the Actions cache; a pull
// request restores the newest of them and hands the file to model-eval; with no cache entry, no baseline.
// The conditions run on GitHub's evaluator and the shell steps in bash, through the job runner.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pullRequestEvent, pushEvent } from '../support/events.ts';
import { loadWorkflow, workflowDir } from './files.ts';
import { ExpressionScope, runJob } from './job-runner.ts';

const steps = loadWorkflow(join(workflowDir, 'ml-ci.yml')).workflow.jobs['ml-ci'].steps!;
const step = (id: string) => steps.find((s) => s.id === id)!;

function githubFor(event: ReturnType<typeof pushEvent> | ReturnType<typeof pullRequestEvent>) {
  return { event: event.payload, event_name: event.name, ref: event.env.GITHUB_REF, sha: event.env.GITHUB_SHA };
}

test('the predictions are kept only on a push to the default branch with baseline: auto and a successful eval', () => {
  const keep = (event: ReturnType<typeof pushEvent> | ReturnType<typeof pullRequestEvent>, baseline: string, eval_ = 'success') =>
    new ExpressionScope({ github: githubFor(event), inputs: { baseline }, steps: { eval: { outcome: eval_ } } } as never, () => 'success')
      .condition(step('keep-baseline').if);
  assert.equal(keep(pushEvent(), 'auto'), true);
  assert.equal(keep(pushEvent({ ref: 'refs/heads/feature' }), 'auto'), false);
  assert.equal(keep(pullRequestEvent(), 'auto'), false);
  assert.equal(keep(pushEvent(), 'models/baseline.csv'), false);
  assert.equal(keep(pushEvent(), 'auto', 'failure'), false);
});

test('a pull request restores the baseline only with baseline: auto', () => {
  const restore = (event: ReturnType<typeof pushEvent> | ReturnType<typeof pullRequestEvent>, baseline: string) =>
    new ExpressionScope({ github: githubFor(event), inputs: { baseline } } as never, () => 'success').condition(step('restore-baseline').if);
  assert.equal(restore(pullRequestEvent(), 'auto'), true);
  assert.equal(restore(pullRequestEvent(), 'b.csv'), false);
  assert.equal(restore(pushEvent(), 'auto'), false);
});

async function locate(baseline: string, cached: string[]): Promise<string> {
  const workspace = mkdtempSync(join(tmpdir(), 'mlci-baseline-'));
  if (cached.length > 0) mkdirSync(join(workspace, '.mlci-baseline'));
  for (const file of cached) writeFileSync(join(workspace, '.mlci-baseline', file), 'label,prediction\n1,1\n');
  const event = pullRequestEvent();
  const { steps: [record] } = await runJob({ steps: [step('baseline')] }, {
    inputs: { baseline }, github: githubFor(event), event, workspace, apiUrl: 'http://127.0.0.1:9', token: 't', thirdParty: {},
  });
  assert.equal(record.outcome, 'success', record.log);
  return record.outputs.path;
}

test('model-eval gets the restored file, the given path, or nothing on a cache miss', async () => {
  assert.equal(await locate('auto', ['predictions.csv']), '.mlci-baseline/predictions.csv');
  assert.equal(await locate('auto', []), '');
  assert.equal(await locate('models/baseline.csv', ['predictions.csv']), 'models/baseline.csv');
});
