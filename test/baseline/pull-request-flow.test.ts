/**
 * The "done": a pull-request run with no baseline, then a push to main that saves one, then a second
 * pull-request run that shows deltas against it — the model-eval and root action bundles, the real
 * @actions/cache and @actions/artifact clients, the Actions results service emulator with Azurite, and the GitHub
 * REST emulator. Build the bundles first: npm run bundle -- model-eval main
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reportMarker } from '@mlci/report';
import { ActionsResultsEmulator, type RunIdentity } from '../support/actions-results-emulator.ts';
import { GitHubEmulator } from '../support/github-emulator.ts';
import { pullRequestEvent, pushEvent, type GitHubEvent } from '../support/events.ts';
import { repoPath, runAction, TEST_TOKEN, type RunResult } from '../support/runner.ts';

const MAIN_SHA = 'd'.repeat(40);
const MAIN_RUN_URL = 'https://github.com/octo-org/churn-model/actions/runs/2002';

/** Cache scopes as the runner grants them: a PR writes its merge ref and reads its base; a push writes its branch. */
function pullRequestRun(id: string, number: number): RunIdentity {
  return { runBackendId: `run-${id}`, jobBackendId: `job-${id}`, cacheScopes: [{ scope: `refs/pull/${number}/merge`, permission: 3 }, { scope: 'refs/heads/main', permission: 1 }] };
}
const pushRun = (id: string): RunIdentity => ({ runBackendId: `run-${id}`, jobBackendId: `job-${id}`, cacheScopes: [{ scope: 'refs/heads/main', permission: 3 }] });

describe('baseline from main through the bundles', { timeout: 180_000 }, () => {
  let results: ActionsResultsEmulator;
  let gh: GitHubEmulator;
  before(async () => {
    [results, gh] = await Promise.all([ActionsResultsEmulator.start(), GitHubEmulator.start({ token: TEST_TOKEN })]);
  });
  after(async () => {
    await Promise.all([results?.stop(), gh?.stop()]);
  });

  /** One job: model-eval on `predictions` with baseline: auto, then the root action, in a fresh workspace. */
  async function job(predictions: string, event: GitHubEvent, identity: RunIdentity, runId: string): Promise<{ evaluation: RunResult; report: RunResult }> {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'mlci-baseline-ws-'));
    cpSync(repoPath('test/fixtures/model-eval'), workspace, { recursive: true });
    if (predictions === 'fewer-rows.csv') writeFileSync(path.join(workspace, predictions), readFileSync(path.join(workspace, 'predictions.csv'), 'utf8').split(/\r?\n/).slice(0, 301).join('\n'));
    const env = { ...results.env(identity), GITHUB_RUN_ID: runId };
    const inputs = { predictions, 'score-columns': 'score', baseline: 'auto', thresholds: 'accuracy: ">= 0.5"', 'bootstrap-samples': '100', seed: '1' };
    const evaluation = await runAction('model-eval', { inputs, event, apiUrl: gh.url, workspace, env });
    const report = await runAction('main', { event, apiUrl: gh.url, workspace, env });
    return { evaluation, report };
  }
  const comment = (pr: number) => gh.commentsOn(pr).find((c) => c.body.startsWith(reportMarker('mlci')))?.body as string;

  test('no baseline yet, then main saves one, then the pull request shows deltas against it', async () => {
    // 1. A pull request before any run on main: model-eval and the report say so, and nothing fails.
    const first = await job('predictions.csv', pullRequestEvent({ number: 21 }), pullRequestRun('1', 21), '1001');
    assert.equal(first.evaluation.exitCode, 0, first.evaluation.stdout + first.evaluation.stderr);
    assert.equal(first.evaluation.result.payload.baseline, null);
    assert.ok(first.evaluation.annotations.some((a) => a.message === 'no baseline yet: no model-eval run on main has saved one'), JSON.stringify(first.evaluation.annotations));
    assert.equal(first.report.exitCode, 0, first.report.stdout + first.report.stderr);
    assert.equal(first.report.result.payload.baseline, null);
    assert.equal(first.report.result.payload.baselineReason, 'no baseline yet: no report run on main has saved one');
    assert.match(comment(21), /\*\*Baseline:\*\* no baseline yet: no report run on main has saved one\./);
    assert.equal(results.cacheEntries.length, 0, 'pull requests do not save baselines');
    const html = results.artifacts.find((a) => a.name === 'mlci-report-mlci' && a.runBackendId === 'run-1');
    assert.ok(html?.finalized, 'the HTML report was uploaded as an artifact');
    const htmlUrl = `https://github.com/octo-org/churn-model/actions/runs/1001/artifacts/${html.id}`;
    assert.equal(first.report.result.payload.htmlUrl, htmlUrl);
    assert.ok(comment(21).includes(`[Full report (HTML)](${htmlUrl})`), 'the comment links the artifact');
    assert.ok(first.report.summary.includes(`[Full report (HTML)](${htmlUrl})`), 'the summary links the artifact');
    assert.ok(existsSync(first.report.outputs['html-file']));
    const downloaded = await results.download(pullRequestRun('1', 21), html.id);
    assert.equal(readFileSync(path.join(downloaded, 'report.html'), 'utf8'), readFileSync(first.report.outputs['html-file'], 'utf8'), 'the artifact holds the HTML report');
    assert.deepEqual(results.calls.slice(-2), ['ArtifactService/ListArtifacts', 'ArtifactService/GetSignedArtifactURL']);

    // 2. A push to main (the baseline model's predictions) saves both baselines, in the cache and as artifacts.
    const main = await job('baseline.csv', pushEvent({ sha: MAIN_SHA }), pushRun('2'), '2002');
    assert.equal(main.evaluation.exitCode, 0, main.evaluation.stdout + main.evaluation.stderr);
    assert.equal(main.report.exitCode, 0, main.report.stdout + main.report.stderr);
    assert.deepEqual(
      results.cacheEntries.map((e) => [e.key, e.scope, e.finalized]),
      [
        ['mlci-baseline-mlci-model-eval-main-2002-1', 'refs/heads/main', true],
        ['mlci-baseline-mlci-report-main-2002-1', 'refs/heads/main', true],
      ],
    );
    assert.deepEqual(results.artifacts.filter((a) => a.runBackendId === 'run-2').map((a) => a.name).sort(), ['mlci-baseline-mlci-model-eval', 'mlci-baseline-mlci-report', 'mlci-report-mlci']);
    assert.match(main.report.summary, /### Trend over the last 1 run on the default branch/);
    assert.match(main.report.summary, /title "model-eval\.accuracy"/);
    const mainMetrics = main.evaluation.result.payload.metrics;

    // 3. The next pull request pairs with main's predictions (same rows) and the report shows the deltas.
    const second = await job('predictions.csv', pullRequestEvent({ number: 21 }), pullRequestRun('3', 21), '3003');
    assert.equal(second.evaluation.exitCode, 0, second.evaluation.stdout + second.evaluation.stderr);
    const p = second.evaluation.result.payload;
    assert.equal(p.baseline.kind, 'paired');
    assert.equal(p.baseline.source, 'baseline of main @ ddddddd (run 2002)');
    assert.deepEqual(p.baseline.metrics, mainMetrics, 'the baseline metrics are main\'s, recomputed from its saved predictions');
    assert.equal(p.comparisons.roc_auc.method, 'DeLong');
    assert.equal(second.report.exitCode, 0, second.report.stdout + second.report.stderr);
    assert.deepEqual(second.report.result.payload.baseline, { commit: MAIN_SHA, ref: 'refs/heads/main', runId: '2002', runUrl: MAIN_RUN_URL, createdAt: second.report.result.payload.baseline.createdAt });
    const body = comment(21);
    assert.ok(body.includes(`**Baseline:** main @ \`ddddddd\` ([run 2002](${MAIN_RUN_URL}))`), body);
    const accuracy = p.metrics.accuracy;
    const row = `| model-eval | accuracy | ${String(Number(mainMetrics.accuracy.toFixed(4)))} | ${String(Number(accuracy.toFixed(4)))} |`;
    assert.ok(body.includes(row), `${row} in\n${body}`);
    assert.equal(gh.commentsOn(21).length, 1, 'one sticky comment across both pull-request runs');
    assert.equal(results.cacheEntries.length, 2, 'still only main saved baselines');
    const page = readFileSync(second.report.outputs['html-file'], 'utf8');
    assert.match(page, /<h2>Baseline comparison<\/h2>/);
    assert.match(page, /main @ <code>ddddddd<\/code>/);
    assert.match(page, /class="chart chart-heatmap"/, 'the confusion matrix is drawn');
  });

  /**
   * model-eval alone with id-column under report id 'ids' (its own baseline keys): a fixture with an `id` column
   * added (row i -> "u<i>"), rows optionally shuffled by a fixed permutation.
   */
  async function evaluateWithIds(file: 'baseline.csv' | 'predictions.csv', order: 'as-is' | 'shuffled', event: GitHubEvent, identity: RunIdentity, runId: string, idColumn: string | undefined, reportId = 'ids'): Promise<RunResult> {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'mlci-baseline-ids-'));
    const [header, ...rows] = readFileSync(repoPath('test/fixtures/model-eval', file), 'utf8').trim().split(/\r?\n/);
    const withIds = rows.map((row, i) => `u${i},${row}`);
    // A fixed permutation (i -> 7i mod n with n = 400 coprime to 7), so the shuffle is the same on every run.
    const shuffled = order === 'as-is' ? withIds : withIds.map((_, i) => withIds[(7 * i) % withIds.length]);
    writeFileSync(path.join(workspace, 'data.csv'), [`id,${header}`, ...shuffled].join('\n'));
    const inputs = { predictions: 'data.csv', 'score-columns': 'score', baseline: 'auto', 'report-id': reportId, 'bootstrap-samples': '0', comment: 'never', ...(idColumn ? { 'id-column': idColumn } : {}) };
    return runAction('model-eval', { inputs, event, apiUrl: gh.url, workspace, env: { ...results.env(identity), GITHUB_RUN_ID: runId } });
  }

  test('with id-column, main\'s predictions are paired by row id, so the same rows in another order pair; without it, a clear error', async () => {
    const main = await evaluateWithIds('baseline.csv', 'as-is', pushEvent({ sha: MAIN_SHA }), pushRun('11'), '1111', 'id');
    assert.equal(main.exitCode, 0, main.stdout + main.stderr);
    assert.ok(results.cacheEntries.some((e) => e.key === 'mlci-baseline-ids-model-eval-main-1111-1'));

    const inOrder = await evaluateWithIds('predictions.csv', 'as-is', pullRequestEvent({ number: 23 }), pullRequestRun('12', 23), '1212', 'id');
    const shuffled = await evaluateWithIds('predictions.csv', 'shuffled', pullRequestEvent({ number: 23 }), pullRequestRun('13', 23), '1313', 'id');
    for (const run of [inOrder, shuffled]) {
      assert.equal(run.exitCode, 0, run.stdout + run.stderr);
      assert.equal(run.result.payload.baseline.kind, 'paired');
      assert.deepEqual(run.result.payload.baseline.metrics, main.result.payload.metrics, 'the baseline is main\'s rows, whatever this run\'s order');
    }
    // Paired row by row by id: the paired tests see the same pairs in both orders.
    assert.deepEqual(shuffled.result.payload.mcnemar, inOrder.result.payload.mcnemar);
    // DeLong sums over rows: another order changes the last bits of the floating-point sums only.
    const rounded = (result: Record<string, unknown>) => Object.fromEntries(Object.entries(result).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toPrecision(12)) : v]));
    assert.deepEqual(rounded(shuffled.result.payload.delong), rounded(inOrder.result.payload.delong));
    assert.equal(typeof inOrder.result.payload.delong.pValue, 'number');

    const noIds = await evaluateWithIds('predictions.csv', 'as-is', pullRequestEvent({ number: 23 }), pullRequestRun('14', 23), '1414', undefined);
    assert.equal(noIds.exitCode, 1);
    const errors = noIds.annotations.filter((a) => a.level === 'error');
    assert.equal(errors.length, 1, noIds.stdout);
    assert.match(errors[0].message, /^The baseline of main @ ddddddd \(run 1111\) predictions were made on other evaluation rows than this run \(the baseline of main @ ddddddd \(run 1111\) predictions were saved with row ids, this run has none: set id-column to the column of row ids; row identity [0-9a-f]{12} there, [0-9a-f]{12} here\)/);

    // Under a report id with no baseline yet: a named id column that is absent is an error on every run.
    const missingColumn = await evaluateWithIds('predictions.csv', 'as-is', pullRequestEvent({ number: 23 }), pullRequestRun('15', 23), '1515', 'row_id', 'no-baseline');
    assert.equal(missingColumn.exitCode, 1);
    assert.match(missingColumn.annotations.find((a) => a.level === 'error')?.message ?? '', /^id-column: column 'row_id' not found in data\.csv; columns are: /);
  });

  // Runs after the first test above, which left main's baseline in the cache.
  test('predictions on other rows than the baseline\'s are a clear error, not an unpaired comparison', async () => {
    const run = await job('fewer-rows.csv', pullRequestEvent({ number: 22 }), pullRequestRun('4', 22), '4004');
    assert.equal(run.evaluation.exitCode, 1);
    const errors = run.evaluation.annotations.filter((a) => a.level === 'error');
    assert.equal(errors.length, 1, run.evaluation.stdout);
    assert.match(errors[0].message, /^The baseline of main @ ddddddd \(run 2002\) predictions were made on other evaluation rows than this run \(the evaluation has 300 rows, the baseline of main @ ddddddd \(run 2002\) predictions 400;/);
    assert.equal(run.evaluation.result, undefined, 'no result file on a user error');
  });
});
