#!/usr/bin/env node
// npm run demo: the whole mlci loop on the example project, locally, through the `mlci` CLI (the same action
// definitions the GitHub Actions run): validate -> evaluate against the baseline -> drift -> package and deploy
// when a Docker engine answers -> one report in out/report.md and out/report.html.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli/index.js');
const out = path.join(root, 'out');
const results = path.join(out, 'results');
const started = Date.now();

if (!existsSync(cli)) {
  console.error(`demo: ${path.relative(root, cli)} is missing; run npm run bundle first`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** Run one CLI command; returns its exit code. A failed gate is part of the story, not an error of the demo. */
function mlci(title, args) {
  process.stdout.write(`\n▶ ${title}\n  mlci ${args.join(' ')}\n`);
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } });
  const lines = `${run.stdout}${run.stderr}`.trim().split('\n').filter(Boolean);
  for (const line of lines.slice(-12)) process.stdout.write(`  ${line}\n`);
  process.stdout.write(`  ${run.status === 0 ? '✔ passed' : '✖ gate failed (exit 1)'} · ${seconds()}\n`);
  return run.status;
}

const result = (name) => ['--result-file', path.join(results, `${name}.json`), '--quiet'];

mlci('Validate the evaluation data against the expectation suite', ['data-validate', '--data', 'examples/data/eval.csv', '--schema', 'examples/config/schema.json', '--expectations', 'examples/config/expectations.yml', ...result('data-validate')]);
mlci('Evaluate the candidate model against the baseline (thresholds, significance, slices)', ['model-eval', '--predictions', 'examples/predictions/candidate.csv', '--baseline', 'examples/predictions/baseline.csv', '--score-columns', 'score', '--positive-label', '1', '--thresholds', 'examples/config/thresholds.yml', '--slice-columns', 'size_group', ...result('model-eval')]);
mlci('Check current production data for drift, and the production accuracy trend', ['drift-check', '--reference', 'examples/data/train.csv', '--current', 'examples/data/current.csv', '--exclude-columns', 'label,size_group', '--metrics-history', 'examples/monitoring/metrics-history.jsonl', '--min-metric', 'accuracy >= 0.97', ...result('drift-check')]);

const docker = spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], { encoding: 'utf8' });
if (docker.status === 0) {
  process.stdout.write(`\n▶ Docker engine ${docker.stdout.trim()} answers: packaging and deploying the model\n`);
  const base = spawnSync('bash', [path.join(root, 'scripts/test-base-image.sh')], { encoding: 'utf8' });
  const baseImage = base.status === 0 ? base.stdout.trim().split('\n').pop() : undefined;
  if (!baseImage) process.stdout.write('  (no local base image could be built; package-image uses its public default)\n');
  const packaged = mlci('Package the model into an image and smoke-test it', ['package-image', '--model', 'examples/models/model.onnx', '--model-name', 'breast-cancer', '--image', 'mlci-demo/breast-cancer', '--tags', 'demo', '--push', 'false', '--sample-request', 'examples/models/sample-request.json', ...(baseImage ? ['--base-image', baseImage] : []), ...result('package-image')]);
  if (packaged === 0) mlci('Deploy the image behind a health-gated router', ['deploy-endpoint', '--image', 'mlci-demo/breast-cancer:demo', '--name', 'mlci-demo', '--port', '18080', '--smoke-request', 'examples/models/sample-request.json', '--model', 'breast-cancer', ...(baseImage ? ['--router-image', baseImage] : []), ...result('deploy-endpoint')]);
  else process.stdout.write('\n▶ Deploy skipped: packaging failed\n');
} else {
  process.stdout.write('\n▶ Package and deploy skipped: no Docker engine answers here (start one with bash scripts/docker-up.sh)\n');
}

mlci('Combine every result into one report', ['report', '--results', `${path.relative(root, results)}/*.json`, '--out', 'out/report.md', '--html', 'out/report.html']);
process.stdout.write(`\nDone in ${seconds()}. The report: ${path.join(out, 'report.md')} and ${path.join(out, 'report.html')}\n`);
