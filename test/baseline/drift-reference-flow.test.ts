/**
 * drift-check `reference: auto` end to end: a pull request with no reference yet (a notice, never a failure),
 * then a push to main that saves main's data profile (drift-check) and data-validate's profile with its result,
 * then a pull request whose drifted data is judged against main's profile — the drift-check and data-validate
 * bundles, the real @actions/cache and @actions/artifact clients, the Actions results service emulator with
 * Azurite, and the GitHub REST emulator. Build the bundles first: npm run bundle -- drift-check data-validate
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reportMarker } from '@mlci/report';
import { DRIFTED, writeTable } from '../../bench/drift-check/synthetic.ts';
import { ActionsResultsEmulator, type RunIdentity } from '../support/actions-results-emulator.ts';
import { GitHubEmulator } from '../support/github-emulator.ts';
import { pullRequestEvent, pushEvent, type GitHubEvent } from '../support/events.ts';
import { runAction, TEST_TOKEN } from '../support/runner.ts';

const MAIN_SHA = 'e'.repeat(40);
const MAIN_RUN_URL = 'https://github.com/octo-org/churn-model/actions/runs/2002';
const ROWS = 2000;

/** Cache scopes as the runner grants them: a PR writes its merge ref and reads its base; a push writes its branch. */
function pullRequestRun(id: string, number: number): RunIdentity {
  return { runBackendId: `run-${id}`, jobBackendId: `job-${id}`, cacheScopes: [{ scope: `refs/pull/${number}/merge`, permission: 3 }, { scope: 'refs/heads/main', permission: 1 }] };
}
const pushRun = (id: string): RunIdentity => ({ runBackendId: `run-${id}`, jobBackendId: `job-${id}`, cacheScopes: [{ scope: 'refs/heads/main', permission: 3 }] });

describe('drift-check reference: auto through the bundles', { timeout: 180_000 }, () => {
  let results: ActionsResultsEmulator;
  let gh: GitHubEmulator;
  let data: string;
  before(async () => {
    data = mkdtempSync(path.join(os.tmpdir(), 'mlci-drift-baseline-data-'));
    await Promise.all([writeTable(path.join(data, 'main.csv'), ROWS, false), writeTable(path.join(data, 'drifted.csv'), ROWS, true)]);
    [results, gh] = await Promise.all([ActionsResultsEmulator.start(), GitHubEmulator.start({ token: TEST_TOKEN })]);
  });
  after(async () => {
    await Promise.all([results?.stop(), gh?.stop()]);
  });

  /** A fresh workspace holding the day's data as `data.csv`. */
  function workspace(file: 'main.csv' | 'drifted.csv'): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mlci-drift-baseline-ws-'));
    copyFileSync(path.join(data, file), path.join(dir, 'data.csv'));
    return dir;
  }
  const driftInputs = { reference: 'auto', current: 'data.csv', 'drift-share': '0.1', 'on-drift': 'fail', 'fail-on': 'warning' };
  const drift = (event: GitHubEvent, identity: RunIdentity, runId: string, ws: string) =>
    runAction('drift-check', { inputs: driftInputs, event, apiUrl: gh.url, workspace: ws, env: { ...results.env(identity), GITHUB_RUN_ID: runId } });
  const section = (pr: number) => gh.commentsOn(pr).find((c) => c.body.startsWith(reportMarker('mlci')))?.body as string;


  test('no reference yet passes with a notice, main saves its data profile, then the pull request is judged against it', async () => {
    // 1. A pull request before any run on main: drifted data, on-drift fail, fail-on warning — and still no failure.
    const firstWs = workspace('drifted.csv');
    const first = await drift(pullRequestEvent({ number: 31 }), pullRequestRun('1', 31), '1001', firstWs);
    assert.equal(first.exitCode, 0, first.stdout + first.stderr);
    const none = first.result.payload;
    assert.equal(none.reference, null);
    assert.equal(none.referenceBaseline, null);
    assert.equal(none.noReference, 'no reference yet: no drift-check run on main has saved a data profile');
    assert.deepEqual([none.driftDetected, none.driftShare, none.driftedColumns, none.columns, none.triggers], [false, 0, [], [], []]);
    assert.equal(none.current.rows, ROWS);
    assert.equal(none.profileFile, null, 'pull requests do not profile for the next runs');
    assert.equal(first.result.warnings, 0);
    assert.equal(first.outputs['drift-detected'], 'false');
    assert.deepEqual(
      first.annotations.map((a) => [a.level, a.message]),
      [['notice', 'no reference yet: no drift-check run on main has saved a data profile. Drift cannot be judged on this run; a push to the default branch saves the data profile later runs compare with.']],
    );
    assert.match(section(31), /\*\*ℹ️ No reference yet: drift cannot be judged on this run\*\*/);
    assert.match(section(31), /\*\*Reference:\*\* no reference yet: no drift-check run on main has saved a data profile\. The next push to the default branch saves its data's profile as the reference/);
    assert.equal(results.cacheEntries.length, 0, 'pull requests do not save baselines');
    // The root action's report (comment section and HTML) carries the notice of a result without a reference.
    const firstReport = await runAction('main', { event: pullRequestEvent({ number: 31 }), apiUrl: gh.url, workspace: firstWs, env: { ...results.env(pullRequestRun('1', 31)), GITHUB_RUN_ID: '1001' } });
    assert.equal(firstReport.exitCode, 0, firstReport.stdout + firstReport.stderr);
    assert.match(readFileSync(firstReport.outputs['html-file'], 'utf8'), /No reference yet: drift cannot be judged on this run/);

    // 2. A push to main: data-validate and drift-check save their baselines; drift-check has none of its own yet.
    const mainWs = workspace('main.csv');
    const env = { ...results.env(pushRun('2')), GITHUB_RUN_ID: '2002' };
    const validate = await runAction('data-validate', { inputs: { data: 'data.csv', expectations: '- expect_column_to_exist: {column: num_0}' }, event: pushEvent({ sha: MAIN_SHA }), apiUrl: gh.url, workspace: mainWs, env });
    assert.equal(validate.exitCode, 0, validate.stdout + validate.stderr);
    const onMain = await drift(pushEvent({ sha: MAIN_SHA }), pushRun('2'), '2002', mainWs);
    assert.equal(onMain.exitCode, 0, onMain.stdout + onMain.stderr);
    assert.equal(onMain.result.payload.noReference, 'no reference yet: no drift-check run on main has saved a data profile');
    assert.equal(onMain.result.payload.profileFile, path.join('mlci-results', 'profiles', 'drift-check-reference.json'));
    assert.deepEqual(
      results.cacheEntries.map((e) => [e.key, e.scope, e.finalized]),
      [
        ['mlci-baseline-mlci-data-validate-main-2002-1', 'refs/heads/main', true],
        ['mlci-baseline-mlci-drift-check-main-2002-1', 'refs/heads/main', true],
      ],
    );
    // data-validate's baseline holds its result and the data profile (named after its folder: both are data-validate.json).
    const dvArtifact = results.artifacts.find((a) => a.name === 'mlci-baseline-mlci-data-validate' && a.runBackendId === 'run-2');
    assert.ok(dvArtifact?.finalized);
    const dv = await results.download(pushRun('2'), dvArtifact.id);
    assert.deepEqual(readdirSync(dv).sort(), ['baseline.json', 'data-validate.json', 'profiles-data-validate.json']);
    assert.equal(JSON.parse(readFileSync(path.join(dv, 'profiles-data-validate.json'), 'utf8')).kind, 'mlci-data-profile');
    assert.deepEqual(JSON.parse(readFileSync(path.join(dv, 'baseline.json'), 'utf8')).files, ['data-validate.json', 'profiles-data-validate.json']);
    assert.equal(JSON.parse(readFileSync(path.join(dv, 'data-validate.json'), 'utf8')).action, 'data-validate');

    // 3. The pull request again: its drifted data against main's saved profile; drift found, on-drift fail fails.
    const secondWs = workspace('drifted.csv');
    const second = await drift(pullRequestEvent({ number: 31 }), pullRequestRun('3', 31), '3003', secondWs);
    assert.equal(second.exitCode, 1, 'on-drift fail with drift judged against main fails the step');
    const judged = second.result.payload;
    assert.deepEqual(judged.referenceBaseline, { commit: MAIN_SHA, ref: 'refs/heads/main', runId: '2002', runUrl: MAIN_RUN_URL, createdAt: judged.referenceBaseline.createdAt });
    assert.equal(judged.noReference, null);
    assert.equal(judged.reference.rows, ROWS);
    assert.equal(judged.reference.fromCache, true, 'the reference is a saved profile');
    assert.match(judged.reference.file, /\.mlci-baseline\/restored-mlci-drift-check\/drift-check-reference\.json$/);
    assert.equal(judged.driftDetected, true);
    assert.deepEqual([...judged.driftedColumns].sort(), [...DRIFTED].sort());
    assert.equal(judged.columns.length, 20);
    const body = section(31);
    assert.match(body, /\*\*❌ Dataset drift detected: 3 of 20 columns drifted/);
    assert.ok(body.includes(`**Reference:** the data profile saved by main @ \`eeeeeee\` ([run 2002](${MAIN_RUN_URL}))`), body);
    assert.equal(gh.commentsOn(31).length, 1, 'one sticky comment across both pull-request runs');
    assert.equal(results.cacheEntries.length, 2, 'still only main saved baselines');
    const secondReport = await runAction('main', { event: pullRequestEvent({ number: 31 }), apiUrl: gh.url, workspace: secondWs, env: { ...results.env(pullRequestRun('3', 31)), GITHUB_RUN_ID: '3003' } });
    assert.equal(secondReport.exitCode, 1, 'the report fails with the failed drift-check result');
    const page = readFileSync(secondReport.outputs['html-file'], 'utf8');
    assert.match(page, /the data profile saved by main @ <code>eeeeeee<\/code>/);
    assert.match(page, /Dataset drift detected: 3 of 20 columns drifted/);
  });
});
