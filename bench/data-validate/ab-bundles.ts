/**
 * A/B of the shipped scan's wall time: two builds of the dv-measure + data-worker bundles (each a directory
 * holding both, as bench/.data/bundle/ after run.ts), run alternately (old, new, new, old, …) as separate
 * processes over the same file, so both see the same machine load. Prints each run's wall and CPU seconds and
 * peak RSS, then the median and minimum per side, and fails if any run's 20 results differ (beyond 1e-9).
 * Each pair waits for the machine to look quiet first (see below).
 * Usage: node bench/data-validate/ab-bundles.ts <old-dir> <new-dir> [data.csv=bench/.data/bench-2000000.csv] [pairs=5]
 * Build a side: node -e "(await import('./scripts/bundle.mjs')).bundle('dv-measure','bench/data-validate/mlci.ts',DIR)"
 * (and the same for 'data-worker', 'packages/data/src/parallel/worker.ts').
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [oldDir, newDir, file = join(import.meta.dirname, '..', '.data', 'bench-2000000.csv'), pairs = '5'] = process.argv.slice(2);
const suite = join(import.meta.dirname, 'suite.yml');
interface Run { seconds: number; cpuSeconds: number; peakRssMB: number; results: unknown }
const sides: Record<string, string> = { old: oldDir, new: newDir };
const runs: Record<string, Run[]> = { old: [], new: [] };
/** Fraction of CPU time idle over `ms` (from /proc/stat; 1 where it is not available). */
function idleFraction(ms: number): number {
  const read = (): number[] => {
    try {
      return readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    } catch {
      return [];
    }
  };
  const a = read();
  execFileSync('sleep', [String(ms / 1000)]);
  const b = read();
  if (a.length < 4 || b.length < 4) return 1;
  const total = b.reduce((x, y) => x + y, 0) - a.reduce((x, y) => x + y, 0);
  return total > 0 ? (b[3] - a[3]) / total : 1;
}

for (let i = 0; i < Number(pairs); i++) {
  // A pair starts when the machine looks quiet (other jobs share it): at least 85% idle over 0.5 s, waiting
  // up to 60 s; the pair's figures are kept either way, the wait is printed.
  let waited = 0;
  while (idleFraction(500) < 0.85 && waited < 120) waited++;
  if (waited > 0) console.log(`(waited ${(waited / 2).toFixed(1)} s for a quiet machine)`);
  for (const name of i % 2 ? ['new', 'old'] : ['old', 'new']) {
    const out = execFileSync(process.execPath, [join(sides[name], 'dv-measure', 'index.js'), file, suite], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const run = JSON.parse(out.trim().split('\n').pop()!) as Run;
    runs[name].push(run);
    console.log(`${name}: ${run.seconds.toFixed(2)} s wall, ${run.cpuSeconds.toFixed(2)} s CPU, ${run.peakRssMB.toFixed(0)} MB`);
  }
}
const stat = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[s.length >> 1].toFixed(2)}, min ${s[0].toFixed(2)}`;
};
for (const name of ['old', 'new']) {
  const r = runs[name];
  console.log(`${name}: wall ${stat(r.map((x) => x.seconds))}; CPU ${stat(r.map((x) => x.cpuSeconds))}; RSS ${stat(r.map((x) => x.peakRssMB))}`);
}
// Numbers agree to 1e-9 relative: builds before moment-sums.ts summed means per byte range, in other last bits.
const agree = (a: unknown, b: unknown): boolean =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : JSON.stringify(a) === JSON.stringify(b);
const results = [...runs.old, ...runs.new].map((r) => r.results as unknown[]);
const same = results.every((r) => r.length === results[0].length && r.every((v, i) => agree(v, results[0][i])));
console.log(same ? 'all runs agree on the 20 results' : `RESULTS DIFFER\n${results.map((r) => JSON.stringify(r)).join('\n')}`);
if (!same) process.exitCode = 1;
