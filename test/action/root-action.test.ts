import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMMENT_LIMIT, reportMarker } from '@mlci/report';
import { GitHubEmulator } from '../support/github-emulator.ts';
import { runAction, TEST_TOKEN } from '../support/runner.ts';
import { pullRequestEvent, pushEvent } from '../support/events.ts';
import { resultEnvelope, writeResults } from '../support/results.ts';

function workspaceWith(results: Array<ReturnType<typeof resultEnvelope>>): string {
  return writeResults(mkdtempSync(path.join(os.tmpdir(), 'mlci-ws-')), results);
}

const marker = reportMarker('mlci');

describe('root action (report) through its bundle and the GitHub emulator', () => {
  let gh: GitHubEmulator;
  before(async () => {
    gh = await GitHubEmulator.start({ token: TEST_TOKEN });
  });
  after(async () => {
    await gh.stop();
  });

  test('the first run creates exactly one comment; a second run edits it even behind 250 other comments', async () => {
    const pr = 11;
    const first = await runAction('main', {
      apiUrl: gh.url,
      event: pullRequestEvent({ number: pr }),
      workspace: workspaceWith([resultEnvelope('data-validate', true, { comment: 'first data section' }), resultEnvelope('model-eval', true, { comment: 'first eval section' })]),
    });
    assert.equal(first.exitCode, 0, first.stdout + first.stderr);
    assert.equal(first.outputs.passed, 'true');
    const mine = () => gh.commentsOn(pr).filter((c) => c.body.startsWith(marker));
    assert.equal(mine().length, 1);
    assert.match(mine()[0].body, /first eval section/);
    assert.equal(first.outputs['comment-url'], mine()[0].html_url);

    gh.seedComments(pr, 250);
    const second = await runAction('main', {
      apiUrl: gh.url,
      event: pullRequestEvent({ number: pr }),
      workspace: workspaceWith([resultEnvelope('data-validate', true, { comment: 'first data section' }), resultEnvelope('model-eval', false, { comment: 'second eval section' })]),
    });
    assert.equal(second.exitCode, 1, 'a failed result fails the step');
    assert.equal(second.outputs.passed, 'false');
    assert.equal(mine().length, 1, 'still one report comment');
    assert.equal(gh.commentsOn(pr).length, 251);
    assert.match(mine()[0].body, /second eval section/);
    assert.doesNotMatch(mine()[0].body, /first eval section/);
    const pagesRead = gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/issues/${pr}/comments`) && r.status === 200 && r.query.page === '3');
    assert.ok(pagesRead.length >= 1, 'the third page of comments was read');
    assert.equal(gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/issues/${pr}/comments`)).length, 1, 'only the first run created');
  });

  test('an unchanged report is not rewritten', async () => {
    const pr = 12;
    const workspace = workspaceWith([resultEnvelope('drift-check', true)]);
    await runAction('main', { apiUrl: gh.url, event: pullRequestEvent({ number: pr }), workspace });
    const patchesBefore = gh.requests.filter((r) => r.method === 'PATCH').length;
    const again = await runAction('main', { apiUrl: gh.url, event: pullRequestEvent({ number: pr }), workspace });
    assert.equal(again.exitCode, 0);
    assert.equal(gh.requests.filter((r) => r.method === 'PATCH').length, patchesBefore);
  });

  test('an oversize report is cut below 65,536 characters with a pointer to the full report', async () => {
    const pr = 13;
    const huge = `### model-eval\n\n<details><summary>rows</summary>\n\n\`\`\`\n${'x'.repeat(120)}\n`.concat(`${'row '.repeat(40)}\n`.repeat(1500));
    const run = await runAction('main', {
      apiUrl: gh.url,
      event: pullRequestEvent({ number: pr }),
      workspace: workspaceWith([resultEnvelope('data-validate', true, { comment: 'small section stays whole' }), resultEnvelope('model-eval', true, { comment: huge })]),
    });
    assert.equal(run.exitCode, 0, run.stdout);
    const [comment] = gh.commentsOn(pr);
    assert.ok(huge.length > COMMENT_LIMIT);
    assert.ok(comment.body.length <= COMMENT_LIMIT, `body has ${comment.body.length} characters`);
    assert.ok(comment.body.length > COMMENT_LIMIT - 2000, 'the budget is used, not wasted');
    assert.match(comment.body, /small section stays whole/);
    assert.match(comment.body, /\[Full report\]\(https:\/\/github\.com\/octo-org\/churn-model\/actions\/runs\/4242\)/);
    const fences = comment.body.split('\n').filter((l: string) => l.startsWith('```')).length;
    assert.equal(fences % 2, 0, 'code fences are closed');
    assert.equal((comment.body.match(/<details>/g) ?? []).length, (comment.body.match(/<\/details>/g) ?? []).length);
  });

  test('a 403 on commenting (fork PR token) leaves the step green with a warning and the summary written', async () => {
    gh.canComment = false;
    try {
      const run = await runAction('main', { apiUrl: gh.url, event: pullRequestEvent({ number: 14, fork: true }), workspace: workspaceWith([resultEnvelope('model-eval', true, { details: 'the long details' })]) });
      assert.equal(run.exitCode, 0, run.stdout);
      const warnings = run.annotations.filter((a) => a.level === 'warning');
      assert.equal(warnings.length, 1);
      assert.match(warnings[0].message, /403: Resource not accessible by integration/);
      assert.match(run.summary, /the long details/);
      assert.equal(gh.commentsOn(14).length, 0);
    } finally {
      gh.canComment = true;
    }
  });

  test('transient 502s, a 429 and a secondary rate limit are retried and the comment is written', async () => {
    const pr = 15;
    gh.inject('GET', new RegExp(`/issues/${pr}/comments$`), [{ status: 502 }, { status: 502 }]);
    gh.inject('POST', new RegExp(`/issues/${pr}/comments$`), [{ status: 429, retryAfter: 1 }, { status: 403, secondary: true, retryAfter: 1 }]);
    const run = await runAction('main', { apiUrl: gh.url, event: pullRequestEvent({ number: pr }), workspace: workspaceWith([resultEnvelope('model-eval', true)]) });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(gh.commentsOn(pr).length, 1);
    const attempts = gh.requests.filter((r) => r.path.endsWith(`/issues/${pr}/comments`)).map((r) => `${r.method} ${r.status}`);
    assert.deepEqual(attempts.slice(0, 6), ['GET 502', 'GET 502', 'GET 200', 'POST 429', 'POST 403', 'POST 201']);
  });

  test('two jobs reporting at once end with one comment holding both sections', async () => {
    const pr = 16;
    const [a, b] = await Promise.all([
      runAction('main', { apiUrl: gh.url, event: pullRequestEvent({ number: pr }), inputs: { 'report-id': 'mlci' }, workspace: workspaceWith([resultEnvelope('data-validate', true, { comment: 'section from job A' })]) }),
      runAction('main', { apiUrl: gh.url, event: pullRequestEvent({ number: pr }), inputs: { 'report-id': 'mlci' }, workspace: workspaceWith([resultEnvelope('drift-check', true, { comment: 'section from job B' })]) }),
    ]);
    assert.equal(a.exitCode, 0);
    assert.equal(b.exitCode, 0);
    const comments = gh.commentsOn(pr);
    assert.equal(comments.length, 1, JSON.stringify(comments.map((c) => c.id)));
    // Both jobs' result sections survive when the loser merged into the winner.
    assert.match(comments[0].body, /section from job [AB]/);
  });

  test('on a push there is no comment, but the summary is written and the token never appears in the log', async () => {
    const requestsBefore = gh.requests.length;
    const run = await runAction('main', { apiUrl: gh.url, event: pushEvent(), workspace: workspaceWith([resultEnvelope('model-eval', true, { details: 'push details' })]) });
    assert.equal(run.exitCode, 0);
    assert.equal(gh.requests.length, requestsBefore);
    assert.match(run.summary, /push details/);
    // The token is only handed to the runner to mask (`::add-mask::`), never printed otherwise.
    const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l.includes(TEST_TOKEN));
    assert.deepEqual(lines, [`::add-mask::${TEST_TOKEN}`]);
    assert.equal(run.result.action, 'report');
    assert.deepEqual(run.result.payload.results.map((r: { action: string }) => r.action), ['model-eval']);
  });

  test('on the default branch a second run reads the same results again (nothing it wrote is taken for a result)', async () => {
    const workspace = workspaceWith([resultEnvelope('model-eval', true, { payload: { metrics: { accuracy: 0.9 } } })]);
    const first = await runAction('main', { apiUrl: gh.url, event: pushEvent(), workspace });
    assert.equal(first.exitCode, 0, first.stdout);
    const second = await runAction('main', { apiUrl: gh.url, event: pushEvent(), workspace });
    assert.equal(second.exitCode, 0, second.stdout);
    assert.deepEqual(second.result.payload.results.map((r: { file: string }) => r.file), ['mlci-results/00-model-eval.json']);
  });

  test('JUnit XML test reports are results too', async () => {
    const workspace = workspaceWith([resultEnvelope('model-eval', true)]);
    writeFileSync(
      path.join(workspace, 'mlci-results', 'pytest.xml'),
      `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" tests="3" failures="1"><testcase classname="tests.test_model" name="test_shape" time="0.01"/><testcase classname="tests.test_model" name="test_monotonic" time="0.02"><failure message="assert 0.91 &gt; 0.95">trace</failure></testcase><testcase classname="tests.test_model" name="test_gpu"><skipped/></testcase></testsuite></testsuites>`,
    );
    const run = await runAction('main', { apiUrl: gh.url, event: pushEvent(), workspace, inputs: { results: 'mlci-results/*.json, mlci-results/*.xml' } });
    assert.equal(run.exitCode, 1);
    assert.match(run.summary, /1 of 3 tests passed, 1 failed, 1 skipped/);
    assert.match(run.summary, /tests\.test_model\.test_monotonic \| failure \| assert 0\.91 > 0\.95/);
  });

  test('a file that is not a result gives one clear error naming it, and exit 1', async () => {
    const workspace = workspaceWith([]);
    writeFileSync(path.join(workspace, 'mlci-results', 'broken.json'), '{"schemaVersion": 1,');
    const run = await runAction('main', { apiUrl: gh.url, event: pushEvent(), workspace });
    assert.equal(run.exitCode, 1);
    assert.equal(run.annotations.length, 1);
    assert.equal(run.annotations[0].level, 'error');
    assert.equal(run.annotations[0].file, 'mlci-results/broken.json');
    assert.match(run.annotations[0].message, /is not valid JSON/);
    assert.doesNotMatch(run.stdout + run.stderr, /at .*\.js:\d+/, 'no stack trace');
    assert.equal(run.resultFile, undefined);
  });

  test('fail-on: never keeps a failed report green', async () => {
    const run = await runAction('main', { apiUrl: gh.url, event: pushEvent(), workspace: workspaceWith([resultEnvelope('model-eval', false)]), inputs: { 'fail-on': 'never' } });
    assert.equal(run.exitCode, 0);
    assert.equal(run.outputs.passed, 'false');
  });
});
