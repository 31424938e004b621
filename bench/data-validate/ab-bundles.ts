/**
 * A/B of the shipped scan's wall time: two builds of the dv-measure + data-worker bundles (each a directory
 * holding both, as bench/.data/bundle/ after run.ts), run alternately (old, new, new, old, …) as separate
 * processes over the same file, so both see the same machine load. Prints each run's wall and CPU seconds and
 * peak RSS, then the median and minimum per side, and fails if the 20 results differ between the sides.
 * Usage: node bench/data-validate/ab-bundles.ts <old-dir> <new-dir> [data.csv=bench/.data/bench-2000000.csv] [pairs=5]
 * Build a side: node -e "(await import('./scripts/bundle.mjs')).bundle('dv-measure','bench/data-validate/mlci.ts',DIR)"
 * (and the same for 'data-worker', 'packages/data/src/parallel/worker.ts').
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const [oldDir, newDir, file = join(import.meta.dirname, '..', '.data', 'bench-2000000.csv'), pairs = '5'] = process.argv.slice(2);
const suite = join(import.meta.dirname, 'suite.yml');
interface Run { seconds: number; cpuSeconds: number; peakRssMB: number; results: unknown }
const sides: Record<string, string> = { old: oldDir, new: newDir };
const runs: Record<string, Run[]> = { old: [], new: [] };
for (let i = 0; i < Number(pairs); i++) {
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
const same = JSON.stringify(runs.old[0].results) === JSON.stringify(runs.new[0].results);
console.log(same ? 'identical results' : `RESULTS DIFFER\nold ${JSON.stringify(runs.old[0].results)}\nnew ${JSON.stringify(runs.new[0].results)}`);
if (!same) process.exitCode = 1;
