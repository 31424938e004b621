/**
 * Benchmark: the whole drift report (file reading included) on 20 columns (10 numeric, 10 categorical) of
 * N reference vs N current rows, against SciPy's KS + Wasserstein on pre-loaded NumPy arrays.
 * Usage: node bench/drift-check/run.ts [rows=1000000] [--off-grid]
 * --off-grid: the non-integer numeric columns (8 of 10) written at full precision (17 significant digits, as
 * pandas writes floats), so they lie on no decimal grid and the reader keeps (or spills, see
 * packages/drift/src/spill.ts) every value.
 * --rss-rows=N[,M…]: the row counts at which peak RSS is also measured (default: rows / 4). Numeric columns
 * spill sorted runs past 2^18 values per column and reader, so RSS is flat only above that.
 * Runs the bundled code (as the action does; bundles under bench/.data/bundle/). Data is generated once under bench/.data/drift-check/ (git-ignored). Memory: the report's peak RSS is also
 * measured at N/4 rows to show how it grows with the row count.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { writeTable } from './synthetic.ts';

const args = process.argv.slice(2);
const offGrid = args.includes('--off-grid');
const positional = args.filter((a) => !a.startsWith('--'));
const rssFlag = args.find((a) => a.startsWith('--rss-rows='));
const rows = Number(positional[0] ?? 1_000_000);
if (!Number.isInteger(rows) || rows < 100) throw new Error(`rows must be an integer ≥ 100, got ${positional[0]}`);
const root = new URL('../..', import.meta.url).pathname;
const dataDir = join(root, 'bench/.data/drift-check');
mkdirSync(dataDir, { recursive: true });

async function tables(n: number): Promise<[string, string]> {
  const suffix = offGrid ? '-offgrid' : '';
  const ref = join(dataDir, `reference-${n}${suffix}.csv`);
  const cur = join(dataDir, `current-${n}${suffix}.csv`);
  if (!existsSync(ref)) await writeTable(ref, n, false, offGrid);
  if (!existsSync(cur)) await writeTable(cur, n, true, offGrid);
  return [ref, cur];
}

// What ships is a bundle: the action's bundle with the `drift-worker` bundle beside it. Measure the same, built
// with the project's bundler into bench/.data/bundle/ (from sources, the worker threads would spend most of
// their start-up type-stripping TypeScript).
const bundleDir = join(root, 'bench/.data/bundle');
const { bundle } = (await import(join(root, 'scripts/bundle.mjs') as string)) as { bundle: (name: string, entry: string, outDir: string) => Promise<string> };
await bundle('drift-measure', 'bench/drift-check/measure.ts', bundleDir);
await bundle('drift-worker', 'packages/drift/src/parallel/drift-worker.ts', bundleDir);

function measure(ref: string, cur: string): { reportSeconds: number; reportCpuSeconds: number; testCpuSecondsPerNumericColumn: number; reportRss: number; testSecondsPerNumericColumn: number; numericColumns: number; drifted: string[]; columns: number } {
  const out = execFileSync(process.execPath, [join(bundleDir, 'drift-measure/index.js'), ref, cur], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const [ref, cur] = await tables(rows);
const rssRows = rssFlag ? rssFlag.slice('--rss-rows='.length).split(',').map(Number) : [Math.max(100, Math.floor(rows / 4))];
if (rssRows.some((n) => !Number.isInteger(n) || n < 100)) throw new Error(`--rss-rows must list integers ≥ 100, got ${rssFlag}`);
// Best of REPEATS runs on both sides (SciPy repeats its tests on the loaded arrays): on a shared machine the
// least disturbed run is the most faithful figure. Peak RSS is the largest of the runs.
const REPEATS = 3;
function best(refFile: string, curFile: string): ReturnType<typeof measure> {
  const runs = Array.from({ length: REPEATS }, () => measure(refFile, curFile));
  const fastest = runs.reduce((a, b) => (b.reportSeconds < a.reportSeconds ? b : a));
  return { ...fastest, reportCpuSeconds: Math.min(...runs.map((r) => r.reportCpuSeconds)), reportRss: Math.max(...runs.map((r) => r.reportRss)) };
}
const ours = best(ref, cur);
const others: { n: number; run: ReturnType<typeof measure> }[] = [];
for (const n of rssRows) others.push({ n, run: best(...(await tables(n))) });
let scipy: { testSeconds: number; testSecondsPerNumericColumn: number; testCpuSeconds: number; testCpuSecondsPerNumericColumn: number } | undefined;
try {
  scipy = JSON.parse(execFileSync('/usr/bin/python3', [join(root, 'bench/drift-check/scipy_baseline.py'), ref, cur, String(REPEATS)], { encoding: 'utf8' }).trim());
} catch (e) {
  console.error(`SciPy baseline unavailable: ${(e as Error).message.split('\n')[0]}`);
}

const f = (s: number): string => (s < 0.1 ? `${(s * 1000).toFixed(1)} ms` : `${s.toFixed(2)} s`);
const mb = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MiB`;
console.log(`\ndrift-check benchmark: ${rows.toLocaleString('en-US')} reference vs ${rows.toLocaleString('en-US')} current rows, ${ours.columns} columns (${ours.numericColumns} numeric${offGrid ? ', 8 of them full-precision floats off any decimal grid' : ''})`);
console.log(`drifted columns found: ${ours.drifted.join(', ')}\n`);
console.log('| workload | clock | mlci | SciPy 1.10 | SciPy / mlci |');
console.log('| --- | --- | --- | --- | --- |');
const row = (name: string, clock: string, a: number, b: number | undefined): void =>
  console.log(`| ${name} | ${clock} | ${f(a)} | ${b === undefined ? 'n/a' : f(b)} | ${b === undefined ? 'n/a' : `${(b / a).toFixed(1)}x`} |`);
const perColumn = 'KS + Wasserstein, one numeric column, arrays in memory';
const whole = `whole drift report incl. reading both CSVs (mlci) vs KS + Wasserstein on ${ours.numericColumns} pre-loaded columns (SciPy)`;
row(perColumn, 'wall', ours.testSecondsPerNumericColumn, scipy?.testSecondsPerNumericColumn);
row(perColumn, 'CPU', ours.testCpuSecondsPerNumericColumn, scipy?.testCpuSecondsPerNumericColumn);
row(whole, 'wall', ours.reportSeconds, scipy?.testSeconds);
row(whole, 'CPU', ours.reportCpuSeconds, scipy?.testCpuSeconds);
console.log(`\nBest of ${REPEATS} runs on each side. Measured on a shared 2-core machine: wall times vary with the other load; CPU seconds (user + system of the measured process, all its threads) are the steadier figure, but mlci reads on every core, so its wall time is the one the goal is about.`);
const atOthers = others.map(({ n, run }) => `${mb(run.reportRss)} at ${n.toLocaleString('en-US')} rows (report ${f(run.reportSeconds)})`);
console.log(`\npeak RSS of the report: ${mb(ours.reportRss)} at ${rows.toLocaleString('en-US')} rows, ${atOthers.join(', ')}`);
