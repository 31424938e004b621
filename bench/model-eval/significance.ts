/**
 * Benchmark: significance on paired predictions — every binary metric's paired bootstrap (1000 replicates,
 * Poisson weights) plus DeLong's test and McNemar's test, through `evaluate()`. Goal: 1M rows in under 10 s.
 *
 *   node bench/model-eval/significance.ts [rows=1000000] [replicates=1000]
 */
import { evaluate, tableFromColumns } from '@mlci/metrics';
import { binaryArrays } from './data.ts';

const rows = Number(process.argv[2] ?? 1_000_000);
const samples = Number(process.argv[3] ?? 1000);
const a = binaryArrays(rows, 1, 'a');
const b = binaryArrays(rows, 1, 'b-' + rows); // same labels (same label seed), different scores
const baselineScore = new Float64Array(rows);
for (let i = 0; i < rows; i++) baselineScore[i] = Math.min(1, Math.max(0, b.score[i] + (i % 7 === 0 ? 0.05 : -0.01)));

const candidate = tableFromColumns('candidate', { label: a.label, score: a.score });
const baseline = tableFromColumns('baseline', { label: a.label, score: baselineScore });
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const result = evaluate(candidate, baseline, {
  task: 'binary', labelColumn: 'label', predictionColumn: 'prediction', scoreColumns: ['score'], sliceColumns: [],
  minSliceSize: 30, confidence: 0.95, bootstrapSamples: samples, seed: 1, gates: [],
});
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`model-eval significance benchmark: ${rows.toLocaleString('en-US')} paired rows, ${samples} bootstrap replicates + DeLong + McNemar (shared 2-core machine)`);
console.log('| metric | candidate | baseline | delta | 95% CI | method | p |');
console.log('|---|---:|---:|---:|---|---|---:|');
for (const [name, c] of Object.entries(result.comparisons)) {
  const f = (x: number | null) => (x === null ? 'n/a' : x.toFixed(5));
  console.log(`| ${name} | ${f(result.metrics[name])} | ${f(c.baseline)} | ${f(c.delta)} | [${f(c.low)}, ${f(c.high)}] | ${c.method} | ${c.pValue === null ? '' : c.pValue.toExponential(2)} |`);
}
console.log(`\n| | wall time | process CPU time | goal | wall / goal |\n|---|---:|---:|---:|---:|\n| evaluate() with significance | ${seconds.toFixed(2)} s | ${cpuSeconds.toFixed(2)} s | 10 s | ${(seconds / 10).toFixed(2)} |`);
console.log(`load average at the end: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(', ')} on ${(await import('node:os')).availableParallelism()} cores`);
