// ml-ct's last step: one line in the job summary saying what happened — retraining dispatched, drift without
// a retrain target, a quiet run, or a check that did not complete. Run in bash through the job runner, with
// the drift step's outcome and outputs as drift-check would set them.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pushEvent } from '../support/events.ts';
import { loadWorkflow, workflowDir } from './files.ts';
import { runJob } from './job-runner.ts';

const summary = loadWorkflow(join(workflowDir, 'ml-ct.yml')).workflow.jobs.monitor.steps!.find((s) => s.name === 'Summary')!;

async function lineFor(outcome: 'success' | 'failure', outputs: Record<string, string>): Promise<string> {
  // a first step stands in for drift-check: it sets the outputs (and fails when the check did not complete)
  const setOutputs = Object.entries(outputs).map(([k, v]) => `printf '%s\\n' '${k}=${v}' >> "$GITHUB_OUTPUT"`).join('\n');
  const event = pushEvent();
  const { steps } = await runJob({
    steps: [{ id: 'drift', run: `${setOutputs}\n${outcome === 'failure' ? 'exit 1' : 'true'}` }, summary],
  }, { inputs: {}, github: {}, event, workspace: mkdtempSync(join(tmpdir(), 'mlci-ct-')), apiUrl: 'http://127.0.0.1:9', token: 't', thirdParty: {} });
  assert.equal(steps[1].outcome, 'success', steps[1].log);
  return steps[1].log.trim();
}

test('retraining dispatched', async () => {
  assert.equal(
    await lineFor('success', { 'drift-detected': 'true', 'drift-share': '0.6', 'drifted-columns': '["a","b"]', 'retrain-triggered': 'true' }),
    'Retraining dispatched: drift=true (share 0.6; columns: ["a","b"]) or the metrics gate fired.',
  );
});

test('drift without a retraining target', async () => {
  assert.equal(
    await lineFor('success', { 'drift-detected': 'true', 'drift-share': '0.6', 'drifted-columns': '["a","b"]', 'retrain-triggered': 'false' }),
    'Drift found (share 0.6; columns: ["a","b"]); no retraining target is configured.',
  );
});

test('a quiet run', async () => {
  assert.equal(
    await lineFor('success', { 'drift-detected': 'false', 'drift-share': '0.1', 'drifted-columns': '', 'retrain-triggered': 'false' }),
    'No drift (share 0.1) and the metrics gate held: nothing to do.',
  );
});

test('a check that did not complete still leaves a line (the summary step runs always())', async () => {
  assert.equal(await lineFor('failure', {}), 'The drift check did not complete (failure); see the step log.');
});
