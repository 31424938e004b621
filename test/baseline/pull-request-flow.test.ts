/**
 * The "done": a pull-request run with no baseline, then a push to main that saves one, then a second
 * pull-request run that shows deltas against it — the root action's bundle, the real @actions/cache and
 * @actions/artifact clients, the Actions results service emulator with Azurite, and the GitHub REST emulator.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reportMarker } from '@mlci/report';
import { ActionsResultsEmulator, type RunIdentity } from '../support/actions-results-emulator.ts';
import { GitHubEmulator } from '../support/github-emulator.ts';
import { pullRequestEvent, pushEvent } from '../support/events.ts';
import { resultEnvelope, writeResults } from '../support/results.ts';
import { runAction, TEST_TOKEN } from '../support/runner.ts';

const MAIN_SHA = 'd'.repeat(40);

function evalResult(accuracy: number, rocAuc: number) {
  return resultEnvelope('model-eval', true, {
    headline: `accuracy ${accuracy}`,
    details: `### model-eval\n\naccuracy ${accuracy}`,
    payload: { metrics: { accuracy, roc_auc: rocAuc, log_loss: 0.3 }, gates: [{ metric: 'accuracy', check: 'value', status: 'pass' }], confusion: { labels: ['no', 'yes'], matrix: [[40, 5], [4, 51]] } },
  });
}

function workspace(accuracy: number, rocAuc: number): string {
  return writeResults(mkdtempSync(path.join(os.tmpdir(), 'mlci-baseline-ws-')), [evalResult(accuracy, rocAuc), resultEnvelope('data-validate', true, { payload: { rows: 1000 } })]);
}

/** Cache scopes as the runner grants them: a PR writes its merge ref and reads its base; a push writes its branch. */
function pullRequestRun(id: string, number: number): RunIdentity {
  return { runBackendId: `run-${id}`, jobBackendId: `job-${id}`, cacheScopes: [{ scope: `refs/pull/${number}/merge`, permission: 3 }, { scope: 'refs/heads/main', permission: 1 }] };
}
const pushRun = (id: string): RunIdentity => ({ runBackendId: `run-${id}`, jobBackendId: `job-${id}`, cacheScopes: [{ scope: 'refs/heads/main', permission: 3 }] });

describe('baseline from main through the bundles', { timeout: 120_000 }, () => {
  let results: ActionsResultsEmulator;
  let gh: GitHubEmulator;
  before(async () => {
    [results, gh] = await Promise.all([ActionsResultsEmulator.start(), GitHubEmulator.start({ token: TEST_TOKEN })]);
  });
  after(async () => {
    await Promise.all([results?.stop(), gh?.stop()]);
  });

  test('no baseline yet, then main saves one, then the pull request shows deltas against it', async () => {
    const comment = (pr: number) => gh.commentsOn(pr).find((c) => c.body.startsWith(reportMarker('mlci')))?.body as string;

    // 1. A pull request before any run on main: the report says so and does not fail.
    const first = await runAction('main', { apiUrl: gh.url, event: pullRequestEvent({ number: 21 }), workspace: workspace(0.9, 0.95), env: { ...results.env(pullRequestRun('1', 21)), GITHUB_RUN_ID: '1001' } });
    assert.equal(first.exitCode, 0, first.stdout + first.stderr);
    assert.equal(first.result.payload.baseline, null);
    assert.match(first.result.payload.baselineReason, /^no baseline yet: no report run on main has saved one$/);
    assert.match(comment(21), /\*\*Baseline:\*\* no baseline yet/);
    assert.equal(results.cacheEntries.length, 0, 'pull requests do not save baselines');
    const html = results.artifacts.find((a) => a.name === 'mlci-report-mlci' && a.runBackendId === 'run-1');
    assert.ok(html?.finalized, 'the HTML report was uploaded as an artifact');
    const htmlUrl = `https://github.com/octo-org/churn-model/actions/runs/1001/artifacts/${html.id}`;
    assert.equal(first.result.payload.htmlUrl, htmlUrl);
    assert.ok(comment(21).includes(`[Full report (HTML)](${htmlUrl})`), 'the comment links the artifact');
    assert.ok(first.summary.includes(`[Full report (HTML)](${htmlUrl})`), 'the summary links the artifact');
    assert.ok(existsSync(first.outputs['html-file']));

    // 2. A push to main saves the results as the baseline (cache + artifact) and starts the trend.
    const push = await runAction('main', { apiUrl: gh.url, event: pushEvent({ sha: MAIN_SHA }), workspace: workspace(0.88, 0.93), env: { ...results.env(pushRun('2')), GITHUB_RUN_ID: '2002' } });
    assert.equal(push.exitCode, 0, push.stdout + push.stderr);
    assert.deepEqual(
      results.cacheEntries.map((e) => [e.key, e.scope, e.finalized]),
      [['mlci-baseline-mlci-report-main-2002-1', 'refs/heads/main', true]],
    );
    assert.ok(results.cacheEntries[0].sizeBytes > 0);
    const baselineArtifact = results.artifacts.find((a) => a.name === 'mlci-baseline-mlci-report');
    assert.ok(baselineArtifact?.finalized && baselineArtifact.runBackendId === 'run-2', 'the baseline was uploaded as an artifact of the push run');
    assert.match(push.summary, /### Trend over the last 1 run on the default branch/);
    assert.match(push.summary, /model-eval\.accuracy/);

    // 3. The next pull request restores main's baseline and reports deltas, recording which baseline it used.
    const second = await runAction('main', { apiUrl: gh.url, event: pullRequestEvent({ number: 21 }), workspace: workspace(0.91, 0.94), env: { ...results.env(pullRequestRun('3', 21)), GITHUB_RUN_ID: '3003' } });
    assert.equal(second.exitCode, 0, second.stdout + second.stderr);
    assert.deepEqual(second.result.payload.baseline, {
      commit: MAIN_SHA,
      ref: 'refs/heads/main',
      runId: '2002',
      runUrl: 'https://github.com/octo-org/churn-model/actions/runs/2002',
      createdAt: second.result.payload.baseline.createdAt,
    });
    const body = comment(21);
    assert.match(body, /\*\*Baseline:\*\* main @ `ddddddd` \(\[run 2002\]\(https:\/\/github\.com\/octo-org\/churn-model\/actions\/runs\/2002\)\)/);
    assert.match(body, /\| model-eval \| accuracy \| 0\.88 \| 0\.91 \| \+0\.03 \| ▲ better \|/);
    assert.match(body, /\| model-eval \| roc_auc \| 0\.93 \| 0\.94 \| \+0\.01 \| ▲ better \|/);
    assert.match(body, /\| model-eval \| log_loss \| 0\.3 \| 0\.3 \| 0 \| = \|/);
    assert.match(body, /\| data-validate \| rows \| 1000 \| 1000 \| 0 \| = \|/);
    assert.equal(gh.commentsOn(21).length, 1, 'one sticky comment across both pull-request runs');
    assert.equal(results.cacheEntries.length, 1, 'still only main saved a baseline');
    const page = readFileSync(second.outputs['html-file'], 'utf8');
    assert.match(page, /<h2>Baseline comparison<\/h2>/);
    assert.match(page, /main @ <code>ddddddd<\/code>/);
    assert.match(page, /class="chart chart-heatmap"/, 'the confusion matrix is drawn');
  });
});
