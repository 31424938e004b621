// The model-eval action through its bundle, as the runner runs it. Build it first: npm run bundle -- model-eval
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, repoPath } from '../support/runner.ts';
import { pullRequestEvent, pushEvent } from '../support/events.ts';
import { GitHubEmulator } from '../support/github-emulator.ts';

const workspace = mkdtempSync(join(tmpdir(), 'mlci-model-eval-'));
before(() => cpSync(repoPath('test/fixtures/model-eval'), workspace, { recursive: true }));
after(() => rmSync(workspace, { recursive: true, force: true }));

/** label, prediction, score of a fixture CSV (written by scripts/golden/metrics_onnx_fixture.py). */
function readPredictions(file: string) {
  const [, ...lines] = readFileSync(join(workspace, file), 'utf8').trim().split('\n');
  return lines.map((line) => {
    const [label, prediction, score] = line.split(',');
    return { label: Number(label), prediction: Number(prediction), score: Number(score) };
  });
}

const binary = { predictions: 'predictions.csv', 'score-columns': 'score', 'bootstrap-samples': '200', seed: '1' };

test('gates that hold pass: exit 0, passed=true, metrics output as JSON', async () => {
  const run = await runAction('model-eval', { inputs: { ...binary, thresholds: 'accuracy: ">= 0.7"\nroc_auc: ">= 0.8"' }, event: pushEvent(), workspace });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.passed, 'true');
  assert.equal(run.outputs.task, 'binary');
  const rows = readPredictions('predictions.csv');
  const metrics = JSON.parse(run.outputs.metrics);
  assert.equal(metrics.accuracy, rows.filter((r) => r.label === r.prediction).length / rows.length);
  assert.deepEqual(run.result.payload.gates.map((g: { status: string }) => g.status), ['pass', 'pass']);
  assert.equal(run.result.payload.mode, 'predictions');
});

test('a gate that does not hold fails the step with an error annotation at its line in the thresholds file', async () => {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(workspace, 'gates.yml'), '# quality bar\naccuracy: ">= 0.7"\nf1: ">= 0.99"\n');
  const run = await runAction('model-eval', { inputs: { ...binary, thresholds: 'gates.yml' }, event: pushEvent(), workspace });
  assert.equal(run.exitCode, 1, run.stdout);
  assert.equal(run.outputs.passed, 'false');
  const errors = run.annotations.filter((a) => a.level === 'error');
  assert.ok(errors.some((a) => /f1 = .*required >= 0\.99/.test(a.message) && a.file === 'gates.yml' && a.line === 3), JSON.stringify(run.annotations));
  assert.equal(run.result.payload.failed, 1);
});

test('a paired baseline gives deltas with intervals (DeLong for AUC, McNemar for accuracy) and a chart in the PR comment', async () => {
  const gh = await GitHubEmulator.start();
  try {
    const run = await runAction('model-eval', {
      inputs: { ...binary, baseline: 'baseline.csv', 'slice-columns': 'segment', thresholds: 'roc_auc:\n  max-drop: 0.01\naccuracy:\n  require-significant-improvement: true' },
      event: pullRequestEvent({ number: 7 }), apiUrl: gh.url, workspace,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const p = run.result.payload;
    assert.equal(p.baseline.kind, 'paired');
    assert.equal(p.comparisons.roc_auc.method, 'DeLong');
    assert.ok(Math.abs(p.comparisons.roc_auc.delta - (p.metrics.roc_auc - p.baseline.metrics.roc_auc)) < 1e-15);
    assert.ok(p.comparisons.roc_auc.delta > 0 && p.comparisons.roc_auc.significant, 'the fixture candidate is the better model');
    assert.equal(p.comparisons.accuracy.method, 'McNemar exact + paired bootstrap');
    assert.equal(p.mcnemar.candidateOnly + p.mcnemar.baselineOnly > 0, true);
    assert.deepEqual(p.slices.map((s: { value: string }) => s.value), ['desktop', 'mobile']);
    const comment = gh.commentsOn(7).map((c) => String(c.body)).join('\n');
    assert.match(comment, /```mermaid\nxychart-beta/);
    assert.match(comment, /Confusion matrix/);
    assert.match(comment, /Slices by `segment`/);
    assert.match(run.summary, /roc_auc ↑/);
  } finally {
    await gh.stop();
  }
});

test('the ONNX mode gives the same metrics as the predictions mode for the same model', async () => {
  const onnx = await runAction('model-eval', {
    inputs: { model: 'logreg.onnx', data: 'eval-data.csv', 'feature-columns': 'f1, f2, f3', 'bootstrap-samples': '0' },
    event: pushEvent(), workspace,
  });
  assert.equal(onnx.exitCode, 0, onnx.stdout + onnx.stderr);
  const viaFile = await runAction('model-eval', { inputs: { ...binary, 'bootstrap-samples': '0' }, event: pushEvent(), workspace });
  assert.equal(onnx.result.payload.mode, 'onnx');
  const a = onnx.result.payload.metrics;
  const b = viaFile.result.payload.metrics;
  assert.deepEqual(Object.keys(a), Object.keys(b));
  for (const name of ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'mcc', 'roc_auc', 'average_precision']) assert.equal(a[name], b[name], name);
  // Scores are float32 in both; onnxruntime's and numpy's sigmoid may differ in the last float32 bit.
  assert.ok(Math.abs(a.log_loss - b.log_loss) < 1e-6, `log_loss ${a.log_loss} vs ${b.log_loss}`);
  assert.deepEqual(onnx.result.payload.confusion.matrix, viaFile.result.payload.confusion.matrix);
});

test('the ONNX mode with a 3-class softmax model gives the same metrics as its predictions file', async () => {
  const onnx = await runAction('model-eval', {
    inputs: { model: 'softmax3.onnx', data: 'eval-data-3class.csv', 'feature-columns': 'f1,f2,f3', 'bootstrap-samples': '0' },
    event: pushEvent(), workspace,
  });
  assert.equal(onnx.exitCode, 0, onnx.stdout + onnx.stderr);
  const viaFile = await runAction('model-eval', { inputs: { predictions: 'predictions-3class.csv', 'score-columns': 'p_*', 'bootstrap-samples': '0' }, event: pushEvent(), workspace });
  assert.equal(viaFile.exitCode, 0, viaFile.stdout + viaFile.stderr);
  assert.equal(onnx.result.payload.task, 'multiclass');
  assert.deepEqual(onnx.result.payload.classes, ['a', 'b', 'c']);
  const a = onnx.result.payload.metrics;
  const b = viaFile.result.payload.metrics;
  for (const name of ['accuracy', 'balanced_accuracy', 'f1_macro', 'f1_weighted', 'mcc', 'roc_auc_ovr']) assert.equal(a[name], b[name], name);
  assert.ok(Math.abs(a.log_loss - b.log_loss) < 1e-6, `log_loss ${a.log_loss} vs ${b.log_loss}`);
});

test('no gates: the run passes but says so loudly (warning annotation and summary)', async () => {
  const run = await runAction('model-eval', { inputs: { ...binary }, event: pushEvent(), workspace });
  assert.equal(run.exitCode, 0);
  assert.ok(run.annotations.some((a) => a.level === 'warning' && /No gates configured/.test(a.message)));
  assert.match(run.summary, /No gates are configured/);
  assert.match(run.summary, /^\*\*⚠️ No gates configured/);
  assert.equal(run.result.payload.noGates, true);
});

test('an earlier result file as baseline compares unpaired; change gates work against it', async () => {
  const first = await runAction('model-eval', { inputs: { predictions: 'baseline.csv', 'score-columns': 'score', 'bootstrap-samples': '200', 'result-file': 'old/model-eval.json' }, event: pushEvent(), workspace });
  assert.equal(first.exitCode, 0, first.stdout);
  const run = await runAction('model-eval', { inputs: { ...binary, baseline: 'old/model-eval.json', thresholds: 'accuracy:\n  max-drop: 0.0' }, event: pushEvent(), workspace });
  assert.equal(run.exitCode, 0, run.stdout);
  assert.equal(run.result.payload.baseline.kind, 'result-file');
  assert.equal(run.result.payload.comparisons.accuracy.method, 'unpaired (standard errors of the two runs)');
});

test('regression and multiclass (score prefix) files evaluate with their own metrics', async () => {
  const reg = await runAction('model-eval', { inputs: { predictions: 'regression.csv', 'label-column': 'target', 'prediction-column': 'predicted', 'bootstrap-samples': '100', thresholds: 'rmse: "<= 5"' }, event: pushEvent(), workspace });
  assert.equal(reg.exitCode, 0, reg.stdout);
  assert.equal(reg.outputs.task, 'regression');
  assert.ok(JSON.parse(reg.outputs.metrics).rmse > 0);
  const multi = await runAction('model-eval', { inputs: { predictions: 'multiclass.csv', 'score-columns': 'proba_*', 'bootstrap-samples': '100', thresholds: 'f1_macro: ">= 0.2"' }, event: pushEvent(), workspace });
  assert.equal(multi.exitCode, 0, multi.stdout);
  assert.deepEqual(multi.result.payload.classes, ['bird', 'cat', 'dog']);
  assert.equal(typeof JSON.parse(multi.outputs.metrics).roc_auc_ovr, 'number');
});

for (const [what, inputs, message] of [
  ['a missing label column', { ...binary, 'label-column': 'target' }, /column 'target' not found in predictions\.csv; columns are: label, prediction, score, segment/],
  ['an unknown metric in thresholds', { ...binary, thresholds: 'accuracy: ">= 0.5"\nauc: ">= 0.5"' }, /unknown metric 'auc'/],
  ['a malformed bound', { ...binary, thresholds: 'accuracy: "at least 0.9"' }, /must be a comparison such as ">= 0\.9"/],
  ['neither predictions nor model', { 'score-columns': 'score' }, /'predictions' is required/],
  ['a missing predictions file', { predictions: 'nope.csv' }, /nope\.csv/],
] as const) {
  test(`bad input (${what}): one clear error, exit 1, no result file`, async () => {
    const run = await runAction('model-eval', { inputs: inputs as Record<string, string>, event: pushEvent(), workspace: mkdtempCopy() });
    assert.equal(run.exitCode, 1, run.stdout);
    const errors = run.annotations.filter((a) => a.level === 'error');
    assert.equal(errors.length, 1, JSON.stringify(run.annotations));
    assert.match(errors[0].message, message);
    assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(run.resultFile === undefined || !existsSync(run.resultFile), true);
  });
}

function mkdtempCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-model-eval-bad-'));
  cpSync(repoPath('test/fixtures/model-eval'), dir, { recursive: true });
  return dir;
}
