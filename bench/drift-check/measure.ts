/**
 * One measured drift run in its own process (so peak RSS is this run's): the whole drift report from the two
 * CSV files, then — on the arrays already in memory — the KS + Wasserstein pair per numeric column, the
 * workload SciPy is timed on. Prints one JSON line.
 * Usage: node bench/drift-check/measure.ts <reference.csv> <current.csv>
 */
import { performance } from 'node:perf_hooks';
import { compareDatasets, readCsvColumns, ksTwoSample, wassersteinSorted } from '@mlci/drift';

const [refFile, curFile] = process.argv.slice(2);
const t0 = performance.now();
const report = await compareDatasets(refFile, curFile);
const reportSeconds = (performance.now() - t0) / 1000;
const reportRss = process.resourceUsage().maxRSS * 1024;

const [ref, cur] = await Promise.all([readCsvColumns(refFile), readCsvColumns(curFile)]);
let testSeconds = 0;
let numeric = 0;
for (const [name, r] of ref.columns) {
  const c = cur.columns.get(name);
  if (r.kind !== 'numeric' || c?.kind !== 'numeric') continue;
  numeric++;
  const t = performance.now();
  const a = r.values.slice().sort();
  const b = c.values.slice().sort();
  ksTwoSample(a, b, { sorted: true });
  wassersteinSorted(a, b);
  testSeconds += (performance.now() - t) / 1000;
}
console.log(JSON.stringify({
  reportSeconds,
  reportRss,
  numericColumns: numeric,
  testSecondsPerNumericColumn: testSeconds / numeric,
  drifted: report.driftedColumns,
  columns: report.columns.length,
}));
