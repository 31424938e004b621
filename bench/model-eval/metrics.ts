/**
 * Benchmark: the nine binary metrics (+ confusion matrix), scikit-learn 1.2.1 vs @mlci/metrics on the same
 * arrays, file reading outside the timings. Goal: at least 10x faster than scikit-learn.
 *
 *   node bench/model-eval/metrics.ts [rows=5000000]
 *
 * Ours computes all metrics together (one pass over the rows for the confusion matrix and the log loss; the
 * positives' and negatives' scores sorted separately, on two threads, and merged for ROC AUC and average
 * precision), so the comparison that matters is the total; the per-metric sklearn times show where its time goes.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { BINARY_METRICS, binaryMetrics, prepareBinary } from '@mlci/metrics';
import { binaryArrays } from './data.ts';

const rows = Number(process.argv[2] ?? 5_000_000);
const data = binaryArrays(rows);

const sklearnOut = execFileSync('/usr/bin/python3', [join(import.meta.dirname, 'sklearn_metrics.py'), data.files.label, data.files.score, data.files.prediction], { encoding: 'utf8', maxBuffer: 1 << 20 });
const sklearn = JSON.parse(sklearnOut) as Record<string, { seconds: number; cpu: number; value: number | number[][] }>;

// Warm up the JIT on a small slice, then time the full run (best of 3).
const warm = 10_000;
binaryMetrics(prepareBinary(data.label.subarray(0, warm), data.prediction.subarray(0, warm), data.score.subarray(0, warm)));
let best = Infinity;
let bestCpu = 0;
let ours: ReturnType<typeof binaryMetrics> | undefined;
for (let run = 0; run < 3; run++) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  ours = binaryMetrics(prepareBinary(data.label, data.prediction, data.score));
  const t1 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  if (t1 - t0 < best) {
    best = t1 - t0;
    bestCpu = (cpu.user + cpu.system) / 1000;
  }
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
console.log(`model-eval metrics benchmark: ${rows.toLocaleString('en-US')} binary predictions (shared 2-core machine)`);
console.log('| metric | scikit-learn 1.2.1 | value (sklearn) | value (ours) | |diff| |');
console.log('|---|---:|---:|---:|---:|');
let sklearnTotal = 0;
let sklearnCpu = 0;
for (const name of BINARY_METRICS) {
  const s = sklearn[name];
  sklearnTotal += s.seconds * 1000;
  sklearnCpu += s.cpu * 1000;
  const mine = ours![name];
  console.log(`| ${name} | ${fmt(s.seconds * 1000)} | ${(s.value as number).toFixed(12)} | ${mine.toFixed(12)} | ${Math.abs(mine - (s.value as number)).toExponential(1)} |`);
}
const cm = sklearn.confusion_matrix;
sklearnTotal += cm.seconds * 1000;
sklearnCpu += cm.cpu * 1000;
const sameMatrix = JSON.stringify(cm.value) === JSON.stringify([[ours!.tn, ours!.fp], [ours!.fn, ours!.tp]]);
console.log(`| confusion_matrix | ${fmt(cm.seconds * 1000)} | ${JSON.stringify(cm.value)} | ${sameMatrix ? 'same' : 'DIFFERENT'} | |`);
console.log('');
console.log('| | scikit-learn (sum of the 10 calls) | @mlci/metrics (all at once) | ratio |');
console.log('|---|---:|---:|---:|');
console.log(`| total, wall time | ${fmt(sklearnTotal)} | ${fmt(best)} | ${(sklearnTotal / best).toFixed(1)}x |`);
console.log(`| total, process CPU time | ${fmt(sklearnCpu)} | ${fmt(bestCpu)} | ${(sklearnCpu / bestCpu).toFixed(1)}x |`);
console.log(`load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(', ')} on ${(await import('node:os')).availableParallelism()} cores (CPU time is the fairer comparison under contention)`);
