// ml-ci.yml end to end on the example project: the job's steps in order, through the action bundles
// (dist/<name>/index.js), the user's real commands (examples/predict.py, pytest writing JUnit XML), step outputs
// passed on as the workflow passes them, `${{ }}` evaluated by GitHub's evaluator, against the GitHub emulator;
// then the one sticky PR comment and the workflow's outputs are checked.
//
// The only emulated steps are the third-party actions: actions/checkout (the workspace is a copy of this
// repository's examples/, as a user's checkout would be) and actions/upload-artifact (the files it would
// upload are recorded).
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { reportMarker } from '@mlci/report';
import { pullRequestEvent } from '../support/events.ts';
import { GitHubEmulator } from '../support/github-emulator.ts';
import { TEST_TOKEN } from '../support/runner.ts';
import { loadWorkflow, repoRoot, workflowDir } from './files.ts';
import { runJob } from './job-runner.ts';

type CallInputs = Record<string, { default?: string | number | boolean }>;

const workflow = loadWorkflow(join(workflowDir, 'ml-ci.yml')).workflow;
const call = (workflow.on as { workflow_call: { inputs: CallInputs } }).workflow_call;

// What a caller writes under `with:`; the rest are the workflow's defaults, as GitHub fills them in.
const given = {
  data: 'examples/data/eval.csv',
  schema: 'examples/config/schema.json',
  expectations: 'examples/config/expectations.yml',
  reference: 'examples/data/train.csv',
  current: 'examples/data/current.csv',
  'exclude-columns': 'label,size_group',
  'train-command': '/usr/bin/python3 examples/predict.py --out out/predictions.csv',
  'test-command': 'MLCI_PREDICTIONS=out/predictions.csv /usr/bin/python3 -m pytest -q -p no:cacheprovider examples/tests --junitxml=mlci-results/junit/pytest.xml',
  predictions: 'out/predictions.csv',
  'score-columns': 'score',
  'positive-label': '1',
  thresholds: 'examples/config/thresholds.yml',
  baseline: 'examples/predictions/baseline.csv',
  'slice-columns': 'size_group',
  'bootstrap-samples': '200',
};
const inputs = {
  ...Object.fromEntries(Object.entries(call.inputs).map(([name, spec]) => [name, spec.default ?? ''])),
  ...given,
};

let gh: GitHubEmulator;
before(async () => {
  gh = await GitHubEmulator.start({ token: TEST_TOKEN });
});
after(async () => {
  await gh.stop();
});

test('ml-ci on the example PR: one comment with the data, tests, model and drift sections; outputs set', { timeout: 240_000 }, async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'mlci-e2e-'));
  const event = pullRequestEvent({ number: 21 });
  const uploaded: string[] = [];
  const { steps, outputs, status } = await runJob(workflow.jobs['ml-ci'], {
    inputs,
    github: { event: event.payload, repository: event.payload.repository.full_name, token: TEST_TOKEN },
    event,
    workspace,
    apiUrl: gh.url,
    token: TEST_TOKEN,
    thirdParty: {
      'actions/checkout': async (with_) => {
        if (with_.path !== '.mlci') cpSync(join(repoRoot, 'examples'), join(workspace, 'examples'), { recursive: true });
        return {};
      },
      'actions/upload-artifact': async (with_) => {
        const root = join(workspace, with_.path);
        if (existsSync(root)) uploaded.push(...readdirSync(root, { recursive: true }).map(String).sort());
        return { 'artifact-id': '1' };
      },
    },
  });

  const failed = steps.filter((s) => s.outcome === 'failure');
  assert.deepEqual(failed.map((s) => `${s.name}:\n${s.log}`), []);
  assert.equal(status, 'success');
  assert.deepEqual(
    steps.map((s) => `${s.name}: ${s.outcome}`),
    [
      'Check out the repository: success',
      'Check out mlci: success',
      'Set up Python: skipped',
      'Install dependencies: skipped',
      'Validate data: success',
      'Train and predict: success',
      'Run tests: success',
      'Evaluate the model: success',
      'Check drift: success',
      'Report: success',
      'Upload the results for the comment workflow: success',
    ],
  );

  // outputs, as the caller sees them
  assert.equal(outputs.passed, 'true');
  assert.equal(outputs['data-passed'], 'true');
  assert.equal(Number(outputs['key-metric-value']).toFixed(4), (167 / 171).toFixed(4));
  // GitHub's expressions print numbers with 15 significant digits, so the output is the metric to 15 digits
  const accuracy = JSON.parse(outputs.metrics).accuracy as number;
  assert.equal(outputs['key-metric-value'], String(Number(accuracy.toPrecision(15))));
  assert.equal(outputs['drift-detected'], 'false'); // 4 of 30 columns < drift-share 0.5
  assert.equal(Number(outputs['drift-share']).toFixed(4), (4 / 30).toFixed(4));
  const drift = steps.find((s) => s.id === 'drift')!;
  assert.deepEqual((JSON.parse(drift.outputs['drifted-columns']) as string[]).sort(),
    ['mean_smoothness', 'mean_texture', 'worst_smoothness', 'worst_texture']);

  // exactly one mlci comment on the PR, with every section
  const comments = gh.commentsOn(21).filter((c) => String(c.body).startsWith(reportMarker('mlci')));
  assert.equal(comments.length, 1);
  assert.equal(outputs['comment-url'], comments[0].html_url);
  const body = String(comments[0].body);
  for (const section of [/data-validate/i, /model-eval/i, /drift-check/i, /5 of 5 tests passed/]) {
    assert.match(body, section);
  }
  assert.match(body, /mean_texture/);

  // what the fork-comment workflow would receive
  assert.ok(uploaded.includes('data-validate.json') && uploaded.includes('model-eval.json') && uploaded.includes('drift-check.json'), uploaded.join(', '));
  assert.ok(uploaded.some((f) => relative('junit', f) === 'pytest.xml'), uploaded.join(', '));
});
