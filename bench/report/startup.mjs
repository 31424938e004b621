#!/usr/bin/env node
// Start-up of the root action's bundle on a small result set (3 results, a push event: no API calls), against
// the floor of starting Node 24 with an empty script. Prints median and p90 wall time over --runs runs.
// Usage: node bench/report/startup.mjs [--runs 15]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const node = path.join(root, 'node_modules/.bin/node');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;

const workspace = mkdtempSync(path.join(os.tmpdir(), 'mlci-bench-'));
mkdirSync(path.join(workspace, 'mlci-results'));
for (const action of ['data-validate', 'model-eval', 'drift-check']) {
  writeFileSync(path.join(workspace, 'mlci-results', `${action}.json`), JSON.stringify({
    schemaVersion: 1, action, reportId: 'mlci', passed: true, headline: `${action} passed`, warnings: 0,
    startedAt: '2026-11-30T12:00:00.000Z', finishedAt: '2026-11-30T12:00:01.000Z', durationMs: 1000,
    run: { repository: 'o/r', sha: 'a'.repeat(40), ref: 'refs/heads/main', eventName: 'push', runId: '1' },
    report: { comment: `### ${action}\n\nok`, details: `### ${action}\n\nok` }, payload: {},
  }));
}
const event = path.join(workspace, 'event.json');
writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'o/r', default_branch: 'main' } }));
const summary = path.join(workspace, 'summary.md');
const output = path.join(workspace, 'output');
const env = {
  PATH: process.env.PATH, GITHUB_WORKSPACE: workspace, GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: 'o/r', GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output,
  'INPUT_RESULTS': 'mlci-results/*.json', 'INPUT_REPORT-ID': 'mlci', 'INPUT_FAIL-ON': 'error', INPUT_COMMENT: 'auto',
};

function time(args) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const started = process.hrtime.bigint();
    const run = spawnSync(node, args, { env, cwd: workspace, encoding: 'utf8' });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stdout}${run.stderr}`);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)], p90: samples[Math.floor(runs * 0.9)] };
}

const floor = time(['-e', '']);
const action = time([path.join(root, 'dist/main/index.js')]);
const cpus = os.loadavg()[0].toFixed(1);
console.log(`root action start-up, ${runs} runs, load average ${cpus}, ${os.cpus().length} cores`);
console.log('| | median ms | p90 ms |');
console.log('| --- | ---: | ---: |');
console.log(`| node -e '' (floor) | ${floor.median.toFixed(0)} | ${floor.p90.toFixed(0)} |`);
console.log(`| root action, 3 results | ${action.median.toFixed(0)} | ${action.p90.toFixed(0)} |`);
console.log(`| own time (action - floor) | ${(action.median - floor.median).toFixed(0)} | |`);
