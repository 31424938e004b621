/**
 * data-validate benchmark: the same 20 checks (suite.yml) over the same generated CSV with @mlci/data,
 * pandas (read_csv + vectorised checks) and DuckDB (one SQL query over read_csv), plus `wc -l` as the floor.
 * Each tool runs in its own process so its peak RSS is its own. All three must agree on every result.
 * @mlci/data is measured as the action ships: bundled (bench/.data/bundle/dv-measure with the data-worker bundle
 * beside it, built by scripts/bundle.mjs), so its worker threads load one bundle instead of type-stripping the
 * TypeScript sources at start-up; the run from sources is printed on a second line, and the bundle without the
 * profile (--no-profile: the 20 checks alone, the work pandas and DuckDB do; the action always profiles) on a third.
 *
 * Each tool runs REPEATS times, the tools taking turns (mlci, pandas, DuckDB, mlci, …), and the table shows each
 * one's fastest run (its CPU seconds the least, its peak RSS the largest of its runs): on a machine shared with
 * other jobs the least disturbed run is the most faithful figure, and taking turns gives every tool the same
 * chances. The median wall time of each is printed below the table.
 *
 * Usage: node bench/data-validate/run.ts [rows=2000000] [--scale] [--repeats=3]   (--scale: also mlci on 10× the rows)
 * Data goes to bench/.data/ (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './generate.ts';

const rows = Number(process.argv.find((a, i) => i >= 2 && /^\d+$/.test(a)) ?? 2_000_000);
const REPEATS = Number(process.argv.find((a) => a.startsWith('--repeats='))?.slice('--repeats='.length) ?? 3);
if (!(Number.isInteger(REPEATS) && REPEATS >= 1)) throw new Error('--repeats must be a positive integer');
const here = import.meta.dirname;
const dataDir = join(here, '..', '.data');

interface Run { seconds: number; cpuSeconds: number; peakRssMB: number; results: unknown }

function run(command: string, args: string[]): Run {
  return JSON.parse(execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').pop()!) as Run;
}

/** A tool's runs as one: the fastest run, with the least CPU, the largest peak RSS and the median wall time. */
function best(runs: Run[]): Run & { medianSeconds: number } {
  const fastest = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const walls = runs.map((r) => r.seconds).sort((a, b) => a - b);
  return {
    ...fastest,
    cpuSeconds: Math.min(...runs.map((r) => r.cpuSeconds)),
    peakRssMB: Math.max(...runs.map((r) => r.peakRssMB)),
    medianSeconds: walls.length % 2 ? walls[walls.length >> 1] : (walls[walls.length / 2 - 1] + walls[walls.length / 2]) / 2,
  };
}

function wc(file: string): number {
  const start = performance.now();
  execFileSync('wc', ['-l', file]);
  return (performance.now() - start) / 1000;
}

const root = join(here, '..', '..');
const bundleDir = join(dataDir, 'bundle');
const { bundle } = (await import(join(root, 'scripts/bundle.mjs') as string)) as { bundle: (name: string, entry: string, outDir: string) => Promise<string> };
await bundle('dv-measure', 'bench/data-validate/mlci.ts', bundleDir);
await bundle('data-worker', 'packages/data/src/parallel/worker.ts', bundleDir);
const suite = join(here, 'suite.yml');

const file = await generate(rows, dataDir);
const mb = statSync(file).size / 1e6;
console.log(`data: ${file} (${rows.toLocaleString()} rows, ${mb.toFixed(1)} MB); 20 expectations; machine shared with other jobs, figures are noisy`);
const node = process.execPath;
const tools = {
  floor: () => ({ seconds: wc(file), cpuSeconds: NaN, peakRssMB: NaN, results: undefined }),
  mlci: () => run(node, [join(bundleDir, 'dv-measure', 'index.js'), file, suite]),
  fromSources: () => run(node, [join(here, 'mlci.ts'), file, suite]),
  checksOnly: () => run(node, [join(bundleDir, 'dv-measure', 'index.js'), file, suite, '--no-profile']),
  pandas: () => run('/usr/bin/python3', [join(here, 'pandas_checks.py'), file]),
  duck: () => run(node, [join(here, 'duckdb.ts'), file]),
};
type Tool = keyof typeof tools;
const names = Object.keys(tools) as Tool[];
const all = Object.fromEntries(names.map((name) => [name, [] as Run[]])) as Record<Tool, Run[]>;
for (let r = 0; r < REPEATS; r++) for (const name of names) all[name].push(tools[name]());
const { floor: floorRun, mlci, fromSources, checksOnly, pandas, duck } = Object.fromEntries(names.map((name) => [name, best(all[name])])) as Record<Tool, ReturnType<typeof best>>;
const floor = floorRun.seconds;

// Agreement: the 20 results (DuckDB's named columns mapped to the suite order).
const m = mlci.results as unknown[];
const p = pandas.results as unknown[];
const d = duck.results as Record<string, unknown>;
const duckOrdered = [d.rows, d.columns, d.id_null, d.age_null, d.age_range, d.score_range, d.ratio_range, d.income_range, d.category_set, d.active_set, d.country_not_in, d.email_regex, d.country_len, d.id_dupes, d.income_mean, d.ratio_std, d.balance_min, d.visits_max, d.score_median, d.country_distinct];
const same = (a: unknown, b: unknown): boolean => {
  if (Array.isArray(a) || typeof a === 'boolean' || Array.isArray(b)) return true; // column set: checked by each tool
  const x = Number(a);
  const y = Number(b);
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
};
const sources = fromSources.results as unknown[];
const disagreements = m.map((v, i) => (same(v, p[i]) && same(v, duckOrdered[i]) ? '' : `#${i + 1}: mlci ${JSON.stringify(v)}, pandas ${JSON.stringify(p[i])}, duckdb ${JSON.stringify(duckOrdered[i])}`)).filter(Boolean);
for (const [label, results] of [['from sources', sources], ['without the profile', checksOnly.results as unknown[]]] as const) {
  results.forEach((v, i) => { if (!same(v, m[i])) disagreements.push(`#${i + 1}: mlci bundled ${JSON.stringify(m[i])}, ${label} ${JSON.stringify(v)}`); });
}
// Every run of a tool gives the results of its first run (to 1e-9 relative: DuckDB's mean or standard deviation
// summed in parallel parts depends on where its threads cut them, in its last bits; mlci's does not).
for (const name of names.filter((n) => n !== 'floor')) {
  const first = all[name][0].results as unknown[] | Record<string, unknown>;
  for (const r of all[name]) {
    const results = r.results as typeof first;
    const keys = Object.keys(first) as Array<keyof typeof first>;
    const differ = keys.filter((k) => !same(results[k], first[k]));
    if (differ.length > 0) disagreements.push(`${name}: runs disagree at ${differ.join(', ')} (${differ.map((k) => `${JSON.stringify(results[k])} vs ${JSON.stringify(first[k])}`).join('; ')})`);
  }
}

// CPU seconds beside wall seconds: on a machine shared with other jobs, wall time depends on what else runs,
// CPU time much less so (it still grows a little under contention: caches, frequency).
const rowsOut = [
  ['wc -l (floor)', floor, NaN, NaN],
  ['@mlci/data (bundle, as shipped)', mlci.seconds, mlci.cpuSeconds, mlci.peakRssMB],
  ['@mlci/data (TypeScript sources)', fromSources.seconds, fromSources.cpuSeconds, fromSources.peakRssMB],
  ['@mlci/data (bundle, checks only: no profile)', checksOnly.seconds, checksOnly.cpuSeconds, checksOnly.peakRssMB],
  ['pandas 1.5.3', pandas.seconds, pandas.cpuSeconds, pandas.peakRssMB],
  ['DuckDB', duck.seconds, duck.cpuSeconds, duck.peakRssMB],
] as Array<[string, number, number, number]>;
const show = (x: number, digits: number): string => (Number.isNaN(x) ? '–' : x.toFixed(digits));
console.log('\n| tool | seconds | MB/s | CPU seconds | peak RSS (MB) | mlci speed ÷ tool speed | tool CPU ÷ mlci CPU |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [name, s, cpu, rss] of rowsOut) {
  console.log(`| ${name} | ${s.toFixed(2)} | ${(mb / s).toFixed(1)} | ${show(cpu, 2)} | ${show(rss, 0)} | ${(s / mlci.seconds).toFixed(2)}× | ${show(cpu / mlci.cpuSeconds, 2)}${Number.isNaN(cpu) ? '' : '×'} |`);
}
console.log(`\nFastest of ${REPEATS} runs per tool, the tools taking turns; median wall seconds: ${([['@mlci/data bundle', mlci], ['sources', fromSources], ['checks only', checksOnly], ['pandas', pandas], ['DuckDB', duck]] as const).map(([label, r]) => `${label} ${r.medianSeconds.toFixed(2)}`).join(', ')} (mlci ÷ pandas by medians: ${(pandas.medianSeconds / mlci.medianSeconds).toFixed(2)}×; checks only: ${(pandas.medianSeconds / checksOnly.medianSeconds).toFixed(2)}×).`);
console.log(disagreements.length === 0 ? '\nall 20 results agree across the three tools (and between mlci bundled, from sources and without the profile)' : `\nDISAGREEMENTS:\n${disagreements.join('\n')}`);

if (process.argv.includes('--scale')) {
  const big = await generate(rows * 10, dataDir);
  const r = run(node, [join(bundleDir, 'dv-measure', 'index.js'), big, suite]);
  console.log(`\n10× rows (${(statSync(big).size / 1e6).toFixed(0)} MB): @mlci/data ${r.seconds.toFixed(1)} s (${r.cpuSeconds.toFixed(1)} s CPU), peak RSS ${r.peakRssMB.toFixed(0)} MB (vs ${mlci.peakRssMB.toFixed(0)} MB at 1×)`);
}
