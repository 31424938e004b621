import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../support/runner.ts';
import { GitHubEmulator } from '../support/github-emulator.ts';
import { pushEvent } from '../support/events.ts';
import { writeTable, DRIFTED } from '../../bench/drift-check/synthetic.ts';

// Run `npm run bundle -- drift-check` first: these tests run the bundle as the GitHub runner would.
const workspace = mkdtempSync(join(tmpdir(), 'mlci-drift-check-'));
let gh: GitHubEmulator;

before(async () => {
  await writeTable(join(workspace, 'reference.csv'), 3000, false);
  await writeTable(join(workspace, 'current.csv'), 3000, true);
  await writeTable(join(workspace, 'current-ok.csv'), 3000, false);
});
after(() => rmSync(workspace, { recursive: true, force: true }));

async function withEmulator<T>(fn: (gh: GitHubEmulator) => Promise<T>): Promise<T> {
  gh = await GitHubEmulator.start();
  try {
    return await fn(gh);
  } finally {
    await gh.stop();
  }
}

const retrainInputs = {
  reference: 'reference.csv',
  current: 'current.csv',
  'drift-share': '0.1',
  'on-drift': 'retrain',
  'retrain-workflow': 'retrain.yml',
};

test('drift dispatches the retraining workflow once with why, and a re-run of the same data does not dispatch again', async () => {
  await withEmulator(async (gh) => {
    const first = await runAction('drift-check', { inputs: retrainInputs, event: pushEvent(), apiUrl: gh.url, workspace });
    assert.equal(first.exitCode, 0, first.stderr + first.stdout);
    assert.equal(first.outputs['drift-detected'], 'true');
    assert.equal(first.outputs['retrain-triggered'], 'true');
    assert.deepEqual(JSON.parse(first.outputs['drifted-columns']).sort(), [...DRIFTED].sort());
    assert.equal(Number(first.outputs['drift-share']), 3 / 20);
    assert.equal(gh.dispatches.length, 1);
    const d = gh.dispatches[0];
    assert.equal(d.workflowId, 'retrain.yml');
    assert.equal(d.ref, 'refs/heads/main');
    assert.match(d.inputs.reason, /^Dataset drift detected: 3 of 20 columns drifted/);
    assert.deepEqual(d.inputs['drifted-columns'].split(',').sort(), [...DRIFTED].sort());
    assert.match(d.inputs['retrain-key'], /^[0-9a-f]{40}$/);
    assert.ok(gh.refs.has(`refs/mlci/retrain/${d.inputs['retrain-key']}`));
    assert.deepEqual(first.result.payload.triggers, ['drift']);

    const again = await runAction('drift-check', { inputs: retrainInputs, event: pushEvent(), apiUrl: gh.url, workspace });
    assert.equal(again.exitCode, 0, again.stderr);
    assert.equal(again.outputs['retrain-triggered'], 'false');
    assert.equal(gh.dispatches.length, 1);
    assert.match(again.result.payload.retrain.note, /already requested for this data/);
  });
});

test('a 403 on the dispatch is a clear error naming the missing permission', async () => {
  await withEmulator(async (gh) => {
    gh.inject('POST', /\/actions\/workflows\/[^/]+\/dispatches$/, [{ status: 403, message: 'Resource not accessible by integration' }]);
    const run = await runAction('drift-check', { inputs: retrainInputs, event: pushEvent(), apiUrl: gh.url, workspace });
    assert.equal(run.exitCode, 1);
    assert.equal(gh.dispatches.length, 0);
    const errors = run.annotations.filter((a) => a.level === 'error');
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /GitHub refused the retraining dispatch to workflow retrain\.yml \(HTTP 403: Resource not accessible by integration.*'actions: write' permission/);
  });
});

test('no drift: the step passes, nothing is dispatched, and the report lists every column with its test and reason', async () => {
  await withEmulator(async (gh) => {
    const run = await runAction('drift-check', { inputs: { ...retrainInputs, current: 'current-ok.csv', 'drift-share': '0.5' }, event: pushEvent(), apiUrl: gh.url, workspace });
    assert.equal(run.exitCode, 0, run.stderr);
    assert.equal(run.outputs['drift-detected'], 'false');
    assert.equal(run.outputs['retrain-triggered'], 'false');
    assert.equal(gh.dispatches.length, 0);
    assert.equal(run.result.payload.columns.length, 20);
    assert.match(run.summary, /No dataset drift/);
    assert.match(run.summary, /Wasserstein distance normed by the reference stdev/);
    assert.match(run.summary, /xychart-beta/);
  });
});

test('on-drift fail fails the step with the drifted columns first in the report', async () => {
  const run = await runAction('drift-check', { inputs: { reference: 'reference.csv', current: 'current.csv', 'drift-share': '0.1', 'on-drift': 'fail' }, event: pushEvent(), workspace });
  assert.equal(run.exitCode, 1);
  assert.equal(run.outputs.passed, 'false');
  assert.deepEqual(run.result.payload.columns.slice(0, 3).map((c: { drifted: boolean }) => c.drifted), [true, true, true]);
  assert.match(run.summary, /Drifted columns:/);
});

test('a failing production metric fires a repository_dispatch that says which trigger fired', async () => {
  const history = Array.from({ length: 10 }, (_, i) => JSON.stringify({ date: `2026-11-${String(i + 1).padStart(2, '0')}`, accuracy: i < 5 ? 0.9 : 0.8 })).join('\n');
  writeFileSync(join(workspace, 'metrics.jsonl'), history + '\n');
  await withEmulator(async (gh) => {
    const run = await runAction('drift-check', {
      inputs: { reference: 'reference.csv', current: 'current-ok.csv', 'on-drift': 'retrain', 'retrain-event': 'retrain-model', 'metrics-history': 'metrics.jsonl', 'min-metric': 'accuracy >= 0.85' },
      event: pushEvent(),
      apiUrl: gh.url,
      workspace,
    });
    assert.equal(run.exitCode, 0, run.stderr);
    assert.deepEqual(run.result.payload.triggers, ['performance']);
    assert.equal(run.result.payload.performance.gateFailed, true);
    assert.equal(run.result.payload.performance.declined, true);
    assert.equal(gh.repositoryDispatches.length, 1);
    assert.equal(gh.repositoryDispatches[0].eventType, 'retrain-model');
    assert.match(gh.repositoryDispatches[0].clientPayload.reason, /metric trigger fired: mean accuracy of the last 5 points is 0\.8000, failing accuracy >= 0\.85/);
  });
});

test('a reference saved by one run is reused by the next with the same verdict', async () => {
  const first = await runAction('drift-check', { inputs: { reference: 'reference.csv', current: 'current.csv', 'save-reference': 'ref.drift.json' }, event: pushEvent(), workspace });
  assert.equal(first.exitCode, 0, first.stderr);
  assert.ok(existsSync(join(workspace, 'ref.drift.json')));
  const second = await runAction('drift-check', { inputs: { reference: 'ref.drift.json', current: 'current.csv' }, event: pushEvent(), workspace });
  assert.equal(second.exitCode, 0, second.stderr);
  assert.equal(second.result.payload.reference.fromCache, true);
  assert.deepEqual(second.result.payload.driftedColumns, first.result.payload.driftedColumns);
  assert.equal(second.result.payload.reference.contentHash, first.result.payload.reference.contentHash);
});

test('an unknown stattest is a user error that names the input and the choices', async () => {
  const run = await runAction('drift-check', { inputs: { reference: 'reference.csv', current: 'current.csv', stattest: 'num_0: anova', 'result-file': 'out/bad-stattest.json' }, event: pushEvent(), workspace });
  assert.equal(run.exitCode, 1);
  assert.equal(existsSync(join(workspace, 'out/bad-stattest.json')), false);
  assert.match(run.annotations[0].message, /stattest: unknown test 'anova'; expected auto or one of ks, chisquare, z, wasserstein/);
});
