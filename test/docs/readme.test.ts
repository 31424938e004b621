import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { repoPath } from '../support/runner.ts';

test('the README reference of action inputs and outputs is generated from the current action.yml files', () => {
  const run = spawnSync(process.execPath, ['scripts/docs.mjs', '--check'], { cwd: repoPath(), encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});
