import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { pushEvent } from '../support/events.ts';
import { readActionYaml, repoPath, runAction } from '../support/runner.ts';

const actions = ['main', ...readdirSync(repoPath('actions')).filter((name) => existsSync(repoPath('actions', name, 'action.yml')))];

test('every action declares runs.using node24 and a bundle in dist/', () => {
  for (const action of actions) {
    const yaml = readActionYaml(action);
    assert.equal(yaml.runs.using, 'node24', action);
    assert.match(yaml.runs.main, /(^|\/)dist\/[a-z-]+\/index\.js$/, action);
  }
});

for (const action of actions) {
  const declared = Object.keys(readActionYaml(action).inputs ?? {});
  test(`${action}: run with none of its required inputs, it prints one clear error naming one and exits 1`, async () => {
    const run = await runAction(action, { event: pushEvent(), inputs: action === 'main' ? { results: '' } : {} });
    assert.equal(run.exitCode, 1, run.stdout + run.stderr);
    const errors = run.annotations.filter((a) => a.level === 'error');
    assert.equal(errors.length, 1, run.stdout);
    const named = /^Input '([a-z-]+)' is required/.exec(errors[0].message);
    assert.ok(named, errors[0].message);
    assert.ok(declared.includes(named[1]), `${named[1]} is an input of ${action}`);
    assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(run.resultFile, undefined, 'no result file is written');
  });
}
