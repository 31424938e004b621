/**
 * One measured drift run in its own process (so peak RSS is this run's): the whole drift report from the two
 * CSV files, then — on the columns already in memory — the KS + Wasserstein pair per numeric column, the
 * workload SciPy is timed on. Prints one JSON line.
 * Usage: node bench/drift-check/measure.ts <reference.csv> <current.csv>
 */
import { performance } from 'node:perf_hooks';
import { compareDatasets, readCsvColumns, ksSorted, wassersteinSorted, sortFloat64 } from '@mlci/drift';

const [refFile, curFile] = process.argv.slice(2);
const t0 = performance.now();
const c0 = process.cpuUsage();
const report = await compareDatasets(refFile, curFile);
const reportSeconds = (performance.now() - t0) / 1000;
const c1 = process.cpuUsage(c0);
const reportCpuSeconds = (c1.user + c1.system) / 1e6;
const reportRss = process.resourceUsage().maxRSS * 1024;

const [ref, cur] = await Promise.all([readCsvColumns(refFile), readCsvColumns(curFile)]);
let testSeconds = 0;
let testCpuSeconds = 0;
let numeric = 0;
for (const [name, r] of ref.columns) {
  const c = cur.columns.get(name);
  if (r.kind !== 'numeric' || c?.kind !== 'numeric') continue;
  numeric++;
  const t = performance.now();
  const tc = process.cpuUsage();
  // From the in-memory column form: plain arrays are sorted here; counted distinct values come sorted.
  const a = r.weights ? r.values : sortFloat64(r.values.slice());
  const b = c.weights ? c.values : sortFloat64(c.values.slice());
  ksSorted(a, r.weights, b, c.weights);
  wassersteinSorted(a, b, r.weights, c.weights);
  testSeconds += (performance.now() - t) / 1000;
  const dc = process.cpuUsage(tc);
  testCpuSeconds += (dc.user + dc.system) / 1e6;
}
console.log(JSON.stringify({
  reportSeconds,
  reportCpuSeconds,
  testCpuSecondsPerNumericColumn: testCpuSeconds / numeric,
  reportRss,
  numericColumns: numeric,
  testSecondsPerNumericColumn: testSeconds / numeric,
  drifted: report.driftedColumns,
  columns: report.columns.length,
}));
