// The job runner the end-to-end tests use, on a small job of its own: run: steps with outputs passed on through
// the steps context, a failure that skips the next default step but not an `if: always()` one, the root
// action's bundle reading the example's real pytest JUnit XML and commenting on the emulated PR.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { reportMarker } from '@mlci/report';
import { pullRequestEvent } from '../support/events.ts';
import { GitHubEmulator } from '../support/github-emulator.ts';
import { TEST_TOKEN } from '../support/runner.ts';
import { repoRoot, type Job } from './files.ts';
import { runJob } from './job-runner.ts';

let gh: GitHubEmulator;
before(async () => {
  gh = await GitHubEmulator.start({ token: TEST_TOKEN });
});
after(async () => {
  await gh.stop();
});

const job: Job = {
  outputs: { count: '${{ steps.count.outputs.n }}', report: '${{ steps.report.outputs.passed }}' },
  steps: [
    {
      id: 'tests',
      run: 'eval "$COMMAND"',
      env: { COMMAND: '/usr/bin/python3 -m pytest -q -p no:cacheprovider examples/tests --junitxml=mlci-results/junit/pytest.xml' },
    },
    { id: 'count', run: 'echo "n=$(ls mlci-results/junit | wc -l)" >> "$GITHUB_OUTPUT"' },
    { id: 'fails', run: 'echo "failing on purpose, after ${N} file(s)"; exit 3', env: { N: '${{ steps.count.outputs.n }}' } },
    { id: 'skipped', run: 'echo never' },
    {
      id: 'report',
      if: '${{ always() }}',
      uses: './.mlci',
      with: { results: '${{ inputs.junit }}', 'result-file': 'mlci-report/report.json', 'report-id': 'runner-test' },
    },
  ],
};

test('the job runner passes outputs on, honours if:, and runs the root action bundle on real JUnit XML', { timeout: 120_000 }, async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'mlci-job-'));
  cpSync(join(repoRoot, 'examples'), join(workspace, 'examples'), { recursive: true });
  const event = pullRequestEvent({ number: 31 });
  const { steps, outputs, status } = await runJob(job, {
    inputs: { junit: 'mlci-results/junit/*.xml' },
    github: { event: event.payload, repository: event.payload.repository.full_name },
    event,
    workspace,
    apiUrl: gh.url,
    token: TEST_TOKEN,
    thirdParty: {},
  });
  assert.deepEqual(steps.map((s) => [s.id, s.outcome]), [
    ['tests', 'success'], ['count', 'success'], ['fails', 'failure'], ['skipped', 'skipped'], ['report', 'success'],
  ], steps.map((s) => s.log).join('\n'));
  assert.equal(status, 'failure');
  assert.match(steps[2].log, /failing on purpose, after 1 file\(s\)/);
  assert.deepEqual(outputs, { count: '1', report: 'true' });
  const comments = gh.commentsOn(31).filter((c) => String(c.body).startsWith(reportMarker('runner-test')));
  assert.equal(comments.length, 1);
  assert.match(String(comments[0].body), /5 of 5 tests passed/);
});

test('a third-party action without an emulation is an error, not a skipped step', async () => {
  const event = pullRequestEvent();
  await assert.rejects(
    runJob({ steps: [{ uses: 'actions/cache@0400d5f644dc74513175e3cd8d07132dd4860809' }] }, {
      inputs: {}, github: {}, event, workspace: tmpdir(), apiUrl: gh.url, token: TEST_TOKEN, thirdParty: {},
    }),
    /no emulation for actions\/cache@/,
  );
});
