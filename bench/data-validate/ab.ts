/**
 * A/B of @mlci/data's scan cost: the working tree against a git revision, in one process, runs alternating so
 * both sides see the same machine load; CPU milliseconds of validateDataset (suite.yml, profile on, one thread)
 * and a hash of the 20 results and the profile's columns (keys sorted), which must be the same on both sides.
 * On a shared machine the minimum and first quartile are the steadier figures.
 * Usage: node bench/data-validate/ab.ts <revision> [data.csv=bench/.data/bench-200000.csv] [runs=10]
 * The revision's packages/data sources are extracted under bench/.data/ab-<revision>/ (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as current from '@mlci/data';

const [revision = 'HEAD', file = 'bench/.data/bench-200000.csv', runs = '10'] = process.argv.slice(2);
const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'bench', '.data', `ab-${revision.replace(/[^\w.-]/g, '_')}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
execFileSync('sh', ['-c', `git -C "${root}" archive "${revision}" packages/data/src | tar -x -C "${dir}"`]);
const base = (await import(join(dir, 'packages/data/src/index.ts'))) as typeof current;
const sides: Record<string, typeof current> = { [revision]: base, 'working tree': current };
const times: Record<string, number[]> = {};
const hashes: Record<string, string> = {};
const canon = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(canon) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon((v as Record<string, unknown>)[k])])) : v;
const names = Object.keys(sides);
for (let i = 0; i < Number(runs); i++) {
  for (const name of i % 2 ? names : [...names].reverse()) {
    const m = sides[name];
    const suite = m.loadSuiteFile(join(import.meta.dirname, 'suite.yml'));
    const start = process.cpuUsage();
    const out = await m.validateDataset([file], suite, { profile: true, workers: 1 });
    const used = process.cpuUsage(start);
    (times[name] ??= []).push((used.user + used.system) / 1000);
    const summary = [out.results.map((r) => r.result.unexpected_count ?? r.result.observed_value), out.profile!.columns];
    hashes[name] = createHash('sha256').update(JSON.stringify(canon(summary))).digest('hex').slice(0, 12);
  }
}
for (const name of names) {
  const t = times[name].sort((a, b) => a - b);
  console.log(`${name.padEnd(14)} CPU ms: min ${t[0].toFixed(0)}, first quartile ${t[Math.floor(t.length / 4)].toFixed(0)}, median ${t[t.length >> 1].toFixed(0)}; results+profile ${hashes[name]}`);
}
console.log(hashes[names[0]] === hashes[names[1]] ? 'identical results and profile' : 'RESULTS OR PROFILE DIFFER');
