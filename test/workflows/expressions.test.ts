// The `${{ }}` expressions of the workflows, evaluated by GitHub's own evaluator (@actions/expressions) in the
// situations they are written for: a fork or not, metrics present or not, a retrain target or not.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { pullRequestEvent } from '../support/events.ts';
import { loadWorkflow, workflowDir } from './files.ts';
import { ExpressionScope } from './job-runner.ts';

const ci = loadWorkflow(join(workflowDir, 'ml-ci.yml')).workflow.jobs['ml-ci'];
const ct = loadWorkflow(join(workflowDir, 'ml-ct.yml')).workflow.jobs.monitor;
const scope = (contexts: Record<string, unknown>, status: 'success' | 'failure' = 'success') =>
  new ExpressionScope(contexts as never, () => status);

test('if: gets the implicit success(), and !cancelled() runs after a failure', () => {
  assert.equal(scope({}, 'failure').condition("inputs.x == ''"), false);
  assert.equal(scope({ inputs: { x: '' } }).condition("${{ inputs.x == '' }}"), true);
  assert.equal(scope({}, 'failure').condition('${{ !cancelled() }}'), true);
  assert.equal(scope({}, 'failure').condition(undefined), false);
});

test('ml-ci comments itself on a same-repository PR and leaves a fork PR to the workflow_run', () => {
  const report = ci.steps!.find((s) => s.id === 'report')!;
  for (const [fork, expected] of [[false, 'auto'], [true, 'never']] as const) {
    const payload = pullRequestEvent({ fork }).payload;
    const github = { event: payload, repository: payload.repository.full_name };
    assert.equal(scope({ github }).interpolate(report.with!.comment), expected, `fork: ${fork}`);
  }
  const push = { event: { ref: 'refs/heads/main' }, repository: 'octo-org/churn-model' };
  assert.equal(scope({ github: push }).interpolate(report.with!.comment), 'never');
});

test('ml-ci key-metric-value picks the metric from the metrics JSON, and is empty without one', () => {
  const template = (ci.outputs as Record<string, string>)['key-metric-value'];
  const metrics = JSON.stringify({ accuracy: 0.9766, roc_auc: 0.9951 });
  assert.equal(scope({ steps: { eval: { outputs: { metrics } } }, inputs: { 'key-metric': 'roc_auc' } }).interpolate(template), '0.9951');
  assert.equal(scope({ steps: { eval: { outputs: {} } }, inputs: { 'key-metric': 'accuracy' } }).interpolate(template), '');
});

test('ml-ci drift-check compares `current`, or the validated data when current is empty', () => {
  const drift = ci.steps!.find((s) => s.id === 'drift')!;
  assert.equal(scope({ inputs: { current: '', data: 'data/new.csv' } }).interpolate(drift.with!.current), 'data/new.csv');
  assert.equal(scope({ inputs: { current: 'prod.csv', data: 'data/new.csv' } }).interpolate(drift.with!.current), 'prod.csv');
});

test('ml-ci gives reference auto to drift-check only: data-validate then runs without a reference', () => {
  const validate = ci.steps!.find((s) => s.id === 'validate')!;
  const drift = ci.steps!.find((s) => s.id === 'drift')!;
  const both = (reference: string) => [validate, drift].map((step) => scope({ inputs: { reference } }).interpolate(step.with!.reference));
  assert.deepEqual(both('auto'), ['', 'auto']);
  assert.deepEqual(both('data/train.csv'), ['data/train.csv', 'data/train.csv']);
  assert.deepEqual(both(''), ['', '']);
  assert.equal(scope({ inputs: { reference: 'auto' } }).condition(drift.if), true);
});

test('ml-ct asks drift-check to retrain only when a workflow or an event is configured', () => {
  const drift = ct.steps!.find((s) => s.id === 'drift')!;
  const onDrift = (workflow: string, event: string) =>
    scope({ inputs: { 'retrain-workflow': workflow, 'retrain-event': event } }).interpolate(drift.with!['on-drift']);
  assert.equal(onDrift('', ''), 'warn');
  assert.equal(onDrift('train.yml', ''), 'retrain');
  assert.equal(onDrift('', 'retrain-model'), 'retrain');
});

test('a multi-line with: keeps its lines and fills each expression in', () => {
  const report = ci.steps!.find((s) => s.id === 'report')!;
  assert.equal(
    scope({ inputs: { 'junit-files': 'mlci-results/junit/*.xml' } }).interpolate(report.with!.results),
    'mlci-results/*.json\nmlci-results/junit/*.xml\n',
  );
});
