/**
 * The benchmark suite through @mlci/data (one streaming pass, profile included). Prints JSON: wall seconds,
 * CPU seconds of the whole process (worker threads included), peak RSS and the 20 results.
 * Usage: node bench/data-validate/mlci.ts <data.csv> <suite.yml> [--no-profile]
 * run.ts runs it from sources and bundled (with the data-worker bundle beside it, as the action ships).
 */
import { loadSuiteFile, validateDataset } from '@mlci/data';

const [file, suite] = process.argv.slice(2);
const start = performance.now();
const cpuStart = process.cpuUsage();
const outcome = await validateDataset([file], loadSuiteFile(suite), { profile: !process.argv.includes('--no-profile') });
const seconds = (performance.now() - start) / 1000;
const results = outcome.results.map((r) => r.result.unexpected_count ?? r.result.observed_value);
const cpu = process.cpuUsage(cpuStart);
console.log(JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMB: process.resourceUsage().maxRSS / 1024, results }));
