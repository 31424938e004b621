/**
 * drift-check `reference: auto` where no baseline can exist (no Actions cache service: a local run, the CLI), and
 * the production-metric trigger, which needs no reference. The PR -> main -> PR flow against the Actions results
 * emulator is test/baseline/drift-reference-flow.test.ts. Build the bundle first: npm run bundle -- drift-check
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTable } from '../../bench/drift-check/synthetic.ts';
import { pullRequestEvent, pushEvent } from '../support/events.ts';
import { runAction } from '../support/runner.ts';

const workspace = mkdtempSync(join(tmpdir(), 'mlci-drift-auto-'));
before(() => writeTable(join(workspace, 'current.csv'), 500, true));
after(() => rmSync(workspace, { recursive: true, force: true }));

test('reference auto without the Actions cache: no reference yet, a notice, the step passes even with on-drift fail', async () => {
  const run = await runAction('drift-check', { inputs: { reference: 'auto', current: 'current.csv', 'on-drift': 'fail', 'fail-on': 'warning', comment: 'never' }, event: pullRequestEvent(), workspace });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  const p = run.result.payload;
  assert.equal(p.noReference, 'no reference yet: the Actions cache service is not available here (not on a GitHub runner)');
  assert.deepEqual([p.reference, p.referenceBaseline, p.profileFile, p.driftDetected, p.columns], [null, null, null, false, []]);
  assert.deepEqual(p.current, { file: join(workspace, 'current.csv'), contentHash: p.current.contentHash, rows: 500 });
  assert.match(p.current.contentHash, /^[0-9a-f]{64}$/);
  assert.equal(run.result.headline, 'No reference yet: drift cannot be judged on this run');
  assert.deepEqual(run.annotations.map((a) => a.level), ['notice']);
  assert.match(run.summary, /\*\*ℹ️ No reference yet: drift cannot be judged on this run\*\*/);
  assert.match(run.summary, /Current: `.*current\.csv` \(500 rows\)\./);
});

test('without a reference the production-metric trigger still fires, and on-drift fail fails on it', async () => {
  const history = Array.from({ length: 10 }, (_, i) => JSON.stringify({ date: `2026-11-${String(i + 1).padStart(2, '0')}`, accuracy: i < 5 ? 0.9 : 0.8 })).join('\n');
  writeFileSync(join(workspace, 'metrics.jsonl'), `${history}\n`);
  const run = await runAction('drift-check', {
    inputs: { reference: 'auto', current: 'current.csv', 'on-drift': 'fail', 'metrics-history': 'metrics.jsonl', 'min-metric': 'accuracy >= 0.85', comment: 'never' },
    event: pullRequestEvent(),
    workspace,
  });
  assert.equal(run.exitCode, 1);
  assert.deepEqual(run.result.payload.triggers, ['performance']);
  assert.equal(run.result.payload.reference, null);
  assert.match(run.result.headline, /^No reference yet: drift cannot be judged on this run; metric trigger fired: mean accuracy of the last 5 points is 0\.8000/);
  assert.match(run.summary, /on-drift is `fail`: this step fails\./);
});

test('a push to the default branch off a runner profiles nothing: there is nowhere to keep it', async () => {
  const run = await runAction('drift-check', { inputs: { reference: 'auto', current: 'current.csv' }, event: pushEvent(), workspace });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.result.payload.profileFile, null);
  assert.equal(existsSync(join(workspace, 'mlci-results', 'profiles', 'drift-check-reference.json')), false);
  assert.match(run.stdout, /Baseline not saved: the Actions cache and artifact services are not available here/);
});
