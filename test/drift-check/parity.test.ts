/**
 * SciPy parity through the bundle: every golden case of test/fixtures/golden/drift.json (SciPy 1.10.1, written by
 * scripts/golden/drift_golden.py) becomes a column of one reference and one current CSV, the drift-check bundle
 * runs on them as the runner runs it with the case's test named in `stattest`, and the result file's statistic
 * and p-value must be SciPy's, at the tolerances of the engine's golden test (test/drift/golden.test.ts). So the
 * reading of the files (numbers written as JavaScript prints them, shorter columns padded with empty fields),
 * the choice of test and the result file all stand between the data and the figures here.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../support/runner.ts';
import { pushEvent } from '../support/events.ts';
import { sample, type SampleSpec } from '../drift/samples.ts';
import { assertClose } from '../support/isclose.ts';

const golden = JSON.parse(readFileSync(new URL('../fixtures/golden/drift.json', import.meta.url), 'utf8'));
const workspace = mkdtempSync(join(tmpdir(), 'mlci-drift-parity-'));
after(() => rmSync(workspace, { recursive: true, force: true }));

interface Expected { statistic: number; pValue?: number; rtol: number; atol: number; pRtol?: number }
interface Column { name: string; test: string; reference: string[]; current: string[]; expected: Expected }

/** Category k repeated counts[k] times, in category order. */
const categories = (counts: number[]): string[] => counts.flatMap((n, k) => Array.from({ length: n }, () => `c${k}`));
const numbers = (spec: SampleSpec): string[] => Array.from(sample(spec), String);

const columns: Column[] = [];
golden.ks.forEach((c: { reference: SampleSpec; current: SampleSpec; statistic: number; pvalue: number }, i: number) => {
  columns.push({ name: `ks_${i}`, test: 'ks', reference: numbers(c.reference), current: numbers(c.current), expected: { statistic: c.statistic, pValue: c.pvalue, rtol: 1e-12, atol: 0, pRtol: 1e-9 } });
});
golden.wasserstein.forEach((c: { reference: SampleSpec; current: SampleSpec; distance: number; referenceStd: number }, i: number) => {
  // The action reports Wasserstein normalised by the reference's standard deviation (the Evidently convention).
  columns.push({ name: `wasserstein_${i}`, test: 'wasserstein', reference: numbers(c.reference), current: numbers(c.current), expected: { statistic: c.distance / c.referenceStd, rtol: 1e-11, atol: 0 } });
});
golden.chisquare.forEach((c: { reference: number[]; current: number[]; statistic: number; pvalue: number }, i: number) => {
  columns.push({ name: `chisquare_${i}`, test: 'chisquare', reference: categories(c.reference), current: categories(c.current), expected: { statistic: c.statistic, pValue: c.pvalue, rtol: 1e-12, atol: 0, pRtol: 1e-9 } });
});
golden.z.forEach((c: { referenceHits: number; referenceTotal: number; currentHits: number; currentTotal: number; statistic: number; pvalue: number }, i: number) => {
  const reference = categories([c.referenceHits, c.referenceTotal - c.referenceHits]);
  const current = categories([c.currentHits, c.currentTotal - c.currentHits]);
  columns.push({ name: `z_${i}`, test: 'z', reference, current, expected: { statistic: c.statistic, pValue: c.pvalue, rtol: 1e-12, atol: 0, pRtol: 1e-10 } });
});
golden.divergence.forEach((c: { reference: number[]; current: number[]; jensenshannon: number; hellinger: number; psi: number; kl_div: number }, i: number) => {
  for (const t of ['jensenshannon', 'hellinger', 'psi', 'kl_div'] as const) {
    columns.push({ name: `${t}_${i}`, test: t, reference: categories(c.reference), current: categories(c.current), expected: { statistic: c[t], rtol: 1e-12, atol: 1e-15 } });
  }
});

/** One CSV of the columns' `side` values, shorter columns padded with empty (missing) fields. */
function csv(side: 'reference' | 'current'): string {
  const rows = Math.max(...columns.map((c) => c[side].length));
  const lines = [columns.map((c) => c.name).join(',')];
  for (let r = 0; r < rows; r++) lines.push(columns.map((c) => c[side][r] ?? '').join(','));
  return lines.join('\n') + '\n';
}

/** A figure of the result file (null where the action wrote none) close to SciPy's. */
function close(actual: number | null, expected: number, rtol: number, atol: number, what: string): void {
  assert.equal(typeof actual, 'number', `${what}: no value in the result file`);
  assertClose(actual!, expected, rtol, atol, what);
}

test(`the drift-check bundle reports SciPy's statistics and p-values for all ${columns.length} golden cases`, async () => {
  writeFileSync(join(workspace, 'reference.csv'), csv('reference'));
  writeFileSync(join(workspace, 'current.csv'), csv('current'));
  const run = await runAction('drift-check', {
    inputs: { reference: 'reference.csv', current: 'current.csv', stattest: columns.map((c) => `${c.name}: ${c.test}`).join(', ') },
    event: pushEvent(), workspace,
  });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  const reported = new Map<string, { test: string; statistic: number | null; pValue: number | null; referenceCount: number; currentCount: number }>(
    run.result.payload.columns.map((c: { column: string }) => [c.column, c]),
  );
  assert.equal(reported.size, columns.length);
  for (const c of columns) {
    const r = reported.get(c.name);
    assert.ok(r, `${c.name} is in the result file`);
    assert.equal(r.test, c.test, `${c.name}: the test named in stattest`);
    assert.equal(r.referenceCount, c.reference.length, `${c.name}: reference values (padding is missing, not values)`);
    assert.equal(r.currentCount, c.current.length, `${c.name}: current values`);
    close(r.statistic, c.expected.statistic, c.expected.rtol, c.expected.atol, `${c.name} (${c.test}) statistic`);
    if (c.expected.pValue !== undefined) close(r.pValue, c.expected.pValue, c.expected.pRtol!, 1e-300, `${c.name} (${c.test}) p-value`);
  }
});
