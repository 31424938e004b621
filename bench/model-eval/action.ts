/**
 * Benchmark: the whole model-eval action (the bundle, as the runner starts it) on a CSV of binary predictions:
 * process start, reading and parsing the CSV with @mlci/data, every metric, the report and the result file.
 * Goal: 5,000,000 rows in under 5 s (metrics only, bootstrap-samples 0). Build the bundle first:
 *   npm run bundle -- model-eval && node bench/model-eval/action.ts [rows=5000000] [bootstrap-samples=0] [labels=numbers|strings]
 * `strings` writes the labels and predictions as "yes"/"no" (positive-label yes) instead of 1/0.
 */
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { runAction, repoPath } from '../../test/support/runner.ts';
import { pushEvent } from '../../test/support/events.ts';
import { binaryArrays, DATA_DIR } from './data.ts';

const rows = Number(process.argv[2] ?? 5_000_000);
const samples = process.argv[3] ?? '0';
const strings = process.argv[4] === 'strings';
if (!existsSync(repoPath('dist/model-eval/index.js'))) throw new Error('build the bundle first: npm run bundle -- model-eval');

const csv = join(DATA_DIR, `model-eval-${rows}${strings ? '-strings' : ''}.csv`);
const labelText = (y: number) => (strings ? (y ? 'yes' : 'no') : String(y));
if (!existsSync(csv)) {
  const { label, prediction, score } = binaryArrays(rows);
  const out = createWriteStream(csv);
  out.write('label,prediction,score\n');
  const chunk = 100_000;
  for (let start = 0; start < rows; start += chunk) {
    let text = '';
    for (let i = start; i < Math.min(rows, start + chunk); i++) text += `${labelText(label[i])},${labelText(prediction[i])},${score[i]}\n`;
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const t0 = performance.now();
const run = await runAction('model-eval', {
  inputs: { predictions: csv, 'score-columns': 'score', 'bootstrap-samples': samples, thresholds: 'roc_auc: ">= 0.9"', comment: 'never', ...(strings ? { 'positive-label': 'yes' } : {}) },
  event: pushEvent(),
  timeoutMs: 600_000,
});
const seconds = (performance.now() - t0) / 1000;
if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.stdout}\n${run.stderr}`);
const metrics = JSON.parse(run.outputs.metrics) as Record<string, number>;
console.log(`model-eval action benchmark: ${rows.toLocaleString('en-US')}-row CSV (${(statSync(csv).size / 1e6).toFixed(0)} MB, ${strings ? 'string' : 'numeric'} labels), bootstrap-samples ${samples} (shared 2-core machine)`);
console.log('| | wall time (process start to exit) | goal |');
console.log('|---|---:|---:|');
console.log(`| model-eval bundle | ${seconds.toFixed(2)} s | ${rows === 5_000_000 && samples === '0' ? '5 s' : '—'} |`);
console.log(`roc_auc ${metrics.roc_auc}, accuracy ${metrics.accuracy}; load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(', ')}`);
