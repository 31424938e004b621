import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isUserError } from '@mlci/core';
import { readGitHubContext } from '@mlci/github';
import {
  appendTrend,
  deltaMarkdown,
  metricDeltas,
  pairPredictions,
  readPredictions,
  restoreBaseline,
  rowIdentity,
  trendPoint,
  writePredictions,
  type TrendPoint,
} from '../../actions/common/src/index.ts';
import { baselineKey, baselineKeyPrefix } from '../../actions/common/src/baseline/keys.ts';
import { resultEnvelope } from '../support/results.ts';

const temp = () => mkdtempSync(path.join(os.tmpdir(), 'mlci-baseline-unit-'));

describe('baseline keys', () => {
  test('one key per run under a prefix per report, scope and branch; branch slashes and commas are replaced', () => {
    assert.equal(baselineKey({ reportId: 'mlci', scope: 'model-eval', branch: 'release/1,2', runId: '99', runAttempt: '2' }), 'mlci-baseline-mlci-model-eval-release_1_2-99-2');
    assert.ok(baselineKey({ reportId: 'mlci', scope: 'model-eval', branch: 'main', runId: '99', runAttempt: '1' }).startsWith(baselineKeyPrefix({ reportId: 'mlci', scope: 'model-eval', branch: 'main' })));
    assert.ok(!baselineKey({ reportId: 'mlci', scope: 'model-eval-x', branch: 'main', runId: '1', runAttempt: '1' }).startsWith(baselineKeyPrefix({ reportId: 'mlci', scope: 'model-eval', branch: 'main' })), 'a scope is not a prefix of another');
  });
});

describe('baseline predictions', () => {
  const labels = ['yes', 'no', 'yes', 'no'];
  test('saved predictions round-trip compressed, with the identity of their rows', () => {
    const file = path.join(temp(), 'predictions.json.gz');
    writePredictions(file, { labels, predictions: ['yes', 'yes', 'yes', 'no'], scores: [0.9, 0.6, 0.8, 0.1] });
    const read = readPredictions(file);
    assert.deepEqual(read.predictions, ['yes', 'yes', 'yes', 'no']);
    assert.deepEqual(read.scores, [0.9, 0.6, 0.8, 0.1]);
    assert.equal(read.rowIdentity, rowIdentity({ labels }));
    assert.deepEqual(pairPredictions({ labels }, file, 'baseline').predictions, read.predictions);
  });

  test('the identity depends on row ids, labels and order', () => {
    const base = rowIdentity({ labels: [1, 0] });
    assert.notEqual(rowIdentity({ labels: [0, 1] }), base);
    assert.notEqual(rowIdentity({ labels: [1, 0], rowIds: ['a', 'b'] }), base);
    assert.equal(rowIdentity({ labels: [1, 0], rowIds: [0, 1] }), base, 'row ids equal to the indexes identify the same rows');
  });

  const attemptWith = (file: string) => (rows: { labels: string[]; rowIds?: string[] }) => {
    try {
      pairPredictions(rows, file, 'baseline of main @ ddddddd');
    } catch (error) {
      assert.ok(isUserError(error));
      return (error as Error).message;
    }
    assert.fail('paired rows that differ');
  };

  test('rows without ids: other rows are a user error that says how they differ and names both hashes', () => {
    const file = path.join(temp(), 'p.json.gz');
    writePredictions(file, { labels, predictions: labels });
    const attempt = attemptWith(file);
    const there = rowIdentity({ labels }).slice(0, 12);
    assert.match(attempt({ labels: labels.slice(0, 3) }), new RegExp(`\\(the evaluation has 3 rows, the baseline of main @ ddddddd predictions 4; row identity ${there} there, ${rowIdentity({ labels: labels.slice(0, 3) }).slice(0, 12)} here\\)`));
    assert.match(attempt({ labels: ['yes', 'no', 'no', 'no'] }), /row 3 \(id #2\) has label no here but yes in the baseline of main @ ddddddd/);
    assert.match(attempt({ labels, rowIds: ['r1', 'r2', 'r3', 'r4'] }), /this run identifies rows by id-column, the baseline of main @ ddddddd predictions were saved without row ids/);
  });

  test('rows with ids: the baseline is aligned by id, so the same rows in another order pair', () => {
    const file = path.join(temp(), 'p.json.gz');
    writePredictions(file, { labels, rowIds: ['r1', 'r2', 'r3', 'r4'], predictions: ['p1', 'p2', 'p3', 'p4'], scores: [0.1, 0.2, 0.3, 0.4], columns: { label: labels, prediction: ['p1', 'p2', 'p3', 'p4'] } });
    const paired = pairPredictions({ rowIds: ['r3', 'r1', 'r4', 'r2'], labels: ['yes', 'yes', 'no', 'no'] }, file, 'baseline');
    assert.deepEqual(paired.rowIds, ['r3', 'r1', 'r4', 'r2']);
    assert.deepEqual(paired.predictions, ['p3', 'p1', 'p4', 'p2']);
    assert.deepEqual(paired.scores, [0.3, 0.1, 0.4, 0.2]);
    assert.deepEqual(paired.columns, { label: ['yes', 'yes', 'no', 'no'], prediction: ['p3', 'p1', 'p4', 'p2'] });
  });

  test('rows with ids: missing, extra and repeated ids and a changed label are user errors that say which', () => {
    const file = path.join(temp(), 'p.json.gz');
    writePredictions(file, { labels, rowIds: ['r1', 'r2', 'r3', 'r4'], predictions: labels });
    const attempt = attemptWith(file);
    assert.match(attempt({ labels: labels.slice(0, 3), rowIds: ['r1', 'r2', 'r3'] }), /\(3 rows here, 4 in the baseline of main @ ddddddd predictions: 1 row id of the baseline of main @ ddddddd predictions not in this run \(first: r4\); row identity [0-9a-f]{12} there, [0-9a-f]{12} here\)/);
    assert.match(attempt({ labels, rowIds: ['r1', 'r2', 'r9', 'r4'] }), /1 row id of this run not in the baseline of main @ ddddddd predictions \(first: r9\); 1 row id of the baseline of main @ ddddddd predictions not in this run \(first: r3\)/);
    assert.match(attempt({ labels: ['no', 'no', 'yes', 'no'], rowIds: ['r2', 'r1', 'r3', 'r4'] }), /row id r1 has label no here but yes in the baseline of main @ ddddddd/);
    assert.match(attempt({ labels, rowIds: ['r1', 'r2', 'r1', 'r4'] }), /row id r1 appears twice in this run \(rows 1 and 3\): row ids must be unique/);
    assert.match(attempt({ labels }), /the baseline of main @ ddddddd predictions were saved with row ids, this run has none: set id-column/);
  });
});

describe('comparison and trend', () => {
  const withMetrics = (action: string, metrics: Record<string, number>, gates?: string[]) =>
    resultEnvelope(action, true, { payload: { metrics, ...(gates ? { gates: gates.map((metric) => ({ metric })) } : {}) } }) as never;

  test('deltas: higher is better for scores, lower for losses; unchanged is neither', () => {
    const deltas = metricDeltas([withMetrics('model-eval', { accuracy: 0.9, log_loss: 0.35, f1: 0.8 })], [withMetrics('model-eval', { accuracy: 0.88, log_loss: 0.3, f1: 0.8 })]);
    assert.deepEqual(
      deltas.map((d) => [d.metric, Number(d.delta.toFixed(6)), d.better]),
      [['accuracy', 0.02, true], ['log_loss', 0.05, false], ['f1', 0, null]],
    );
  });

  test('no baseline yet is said, with the reason', () => {
    assert.equal(deltaMarkdown([], undefined, 'no baseline yet: no report run on main has saved one'), '**Baseline:** no baseline yet: no report run on main has saved one. Deltas appear once a run on the default branch has saved one.');
    assert.equal(deltaMarkdown([], undefined, 'baseline: never'), '**Baseline:** no baseline yet (baseline: never). Deltas appear once a run on the default branch has saved one.');
  });

  test('the trend keeps gated metrics only, the newest 20 runs, and a re-run replaces its own point', () => {
    let points: TrendPoint[] = [];
    for (let run = 1; run <= 22; run++) points = appendTrend(points, trendPoint([withMetrics('model-eval', { accuracy: run / 100, f1: 1 }, ['accuracy'])], { commit: `c${run}`, runId: String(run), at: '' }));
    points = appendTrend(points, trendPoint([withMetrics('model-eval', { accuracy: 0.5 }, ['accuracy'])], { commit: 'c22', runId: '22', at: '' }));
    assert.equal(points.length, 20);
    assert.deepEqual(points[0].metrics, { 'model-eval.accuracy': 0.03 });
    assert.deepEqual(points.at(-1), { commit: 'c22', runId: '22', at: '', metrics: { 'model-eval.accuracy': 0.5 } });
  });
});

describe('restore outside a runner', () => {
  test('without the Actions cache service there is no baseline, and the reason says why', async () => {
    const github = readGitHubContext({ GITHUB_WORKSPACE: temp(), GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/1/merge' });
    const saved = { ACTIONS_RESULTS_URL: process.env.ACTIONS_RESULTS_URL, ACTIONS_CACHE_SERVICE_V2: process.env.ACTIONS_CACHE_SERVICE_V2 };
    delete process.env.ACTIONS_RESULTS_URL;
    process.env.ACTIONS_CACHE_SERVICE_V2 = 'true';
    try {
      assert.deepEqual(await restoreBaseline({ github, reportId: 'mlci', scope: 'model-eval' }), { found: false, reason: 'the Actions cache service is not available here (not on a GitHub runner)' });
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
});
