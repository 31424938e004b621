import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ksStatistic } from '../../packages/drift/src/ks.ts';
import { populationStd, wassersteinSorted } from '../../packages/drift/src/wasserstein.ts';
import { binCountsSorted, quantileEdges } from '../../packages/drift/src/binning.ts';
import { createSpillDir, removeSpillDir, writeRun } from '../../packages/drift/src/spill.ts';
import { mergedWalkTuning, summarizeStreamed } from '../../packages/drift/src/streamed-tests.ts';
import type { NumericSample } from '../../packages/drift/src/column-sample.ts';
import { uniforms } from './samples.ts';

/**
 * A sample as the readers leave it: `runs` sorted runs on disk (each a random share of the values) and the rest
 * in memory, sorted — as (distinct value, count) pairs when `weighted`.
 */
function spilled(values: number[], runs: number, weighted: boolean, dir: string, u: () => number): NumericSample {
  const parts: number[][] = Array.from({ length: runs + 1 }, () => []);
  for (const v of values) parts[Math.floor(u() * (runs + 1))].push(v);
  const sorted = (p: number[]): Float64Array => Float64Array.from(p).sort();
  const files = parts.slice(1).filter((p) => p.length > 0).map((p) => writeRun(dir, sorted(p)));
  const count = parts.slice(1).reduce((n, p) => n + p.length, 0);
  const rest = sorted(parts[0]);
  if (!weighted) return { kind: 'numeric', values: rest, sorted: true, missing: 0, runs: { files, count } };
  const distinct: number[] = [];
  const weights: number[] = [];
  for (const v of rest) {
    if (distinct.length > 0 && distinct[distinct.length - 1] === v) weights[weights.length - 1]++;
    else {
      distinct.push(v);
      weights.push(1);
    }
  }
  return { kind: 'numeric', values: Float64Array.from(distinct), weights: Float64Array.from(weights), sorted: true, missing: 0, runs: { files, count } };
}

/** Values with long groups of ties (longer than the smallest blocks), zeros of both signs and plain floats. */
function values(u: () => number, n: number, shift: number): number[] {
  const out: number[] = [];
  while (out.length < n) {
    const r = u();
    if (r < 0.05) out.push(...Array.from({ length: 1 + Math.floor(u() * 40) }, () => 3.25 + shift));
    else if (r < 0.1) out.push(u() < 0.5 ? -0 : 0);
    else if (r < 0.4) out.push(Math.floor(u() * 20) - 10 + shift);
    else out.push((u() - 0.5) * 30 + shift);
  }
  return out.slice(0, n);
}

/**
 * Numbers with −0 read as 0: where a group holds both zeros, the walk has the group's first value (−0) and the
 * in-memory edges the order statistic's (possibly 0), as the JavaScript walk did; both label and count alike.
 */
const num = (a: ArrayLike<number>): number[] => Array.from(a, (v) => v + 0);

test('the WebAssembly merged walk equals the in-memory tests bit for bit, at every block size (groups across blocks, ties, ±0, counted parts)', () => {
  const dir = createSpillDir();
  const block = mergedWalkTuning.block;
  try {
    const u = uniforms(2026);
    let cases = 0;
    for (const size of [1, 2, 3, 7, 64, block]) {
      mergedWalkTuning.block = size;
      for (let round = 0; round < 6; round++) {
        const a = values(u, 200 + Math.floor(u() * 1500), 0);
        const b = values(u, 1 + Math.floor(u() * 1500), round % 2 === 0 ? 0 : 0.5);
        const bins = [10, 3, 25][round % 3];
        const ra = spilled(a, 1 + Math.floor(u() * 5), round % 3 === 1, dir, u);
        const rb = spilled(b, Math.floor(u() * 4), round % 3 === 2, dir, u);
        const sa = Float64Array.from(a).sort();
        const sb = Float64Array.from(b).sort();
        const what = `block ${size}, round ${round}`;
        const walked = summarizeStreamed(ra, rb, bins);
        const ks = ksStatistic(sa, sb);
        assert.ok(Object.is(walked.ks.d, ks.d) && walked.ks.location === ks.location, `${what}: KS ${walked.ks.d} at ${walked.ks.location}, in memory ${ks.d} at ${ks.location}`);
        assert.ok(Object.is(walked.wasserstein, wassersteinSorted(sa, sb)), `${what}: Wasserstein`);
        assert.ok(Object.is(walked.referenceStd, populationStd(sa)), `${what}: std`);
        const edges = quantileEdges(sa, bins);
        assert.deepEqual(num(walked.edges), num(edges), `${what}: edges`);
        assert.deepEqual(num(walked.referenceCounts), num(binCountsSorted(edges, sa)), `${what}: reference bins`);
        assert.deepEqual(num(walked.currentCounts), num(binCountsSorted(edges, sb)), `${what}: current bins`);
        cases++;
      }
    }
    assert.equal(cases, 36);
  } finally {
    mergedWalkTuning.block = block;
    removeSpillDir(dir);
  }
});

test('a group of equal values longer than several blocks is counted once, whole, whichever source holds it', () => {
  const dir = createSpillDir();
  const block = mergedWalkTuning.block;
  try {
    mergedWalkTuning.block = 4;
    const a = [...Array.from({ length: 30 }, () => 1), 2, 3, ...Array.from({ length: 17 }, () => 5)];
    const b = [0.5, ...Array.from({ length: 23 }, () => 1), 6];
    const run = (v: number[]): string => writeRun(dir, Float64Array.from(v).sort());
    const ra: NumericSample = { kind: 'numeric', values: Float64Array.from([1, 5]), weights: Float64Array.from([9, 3]), sorted: true, missing: 0, runs: { files: [run(a)], count: a.length } };
    const rb: NumericSample = { kind: 'numeric', values: new Float64Array(0), sorted: true, missing: 0, runs: { files: [run(b)], count: b.length } };
    const all = Float64Array.from([...a, ...Array.from({ length: 9 }, () => 1), 5, 5, 5]).sort();
    const sb = Float64Array.from(b).sort();
    const walked = summarizeStreamed(ra, rb, 4);
    const ks = ksStatistic(all, sb);
    assert.deepEqual([walked.ks.d, walked.ks.location], [ks.d, ks.location]);
    assert.equal(walked.wasserstein, wassersteinSorted(all, sb));
    assert.equal(walked.referenceStd, populationStd(all));
    // 39 ones of 64 reference values: the first edge is 1; 2 and 3 are below the next quantile; 5 is the maximum.
    assert.deepEqual(num(walked.edges), num(quantileEdges(all, 4)));
    assert.deepEqual(Array.from(walked.referenceCounts), Array.from(binCountsSorted(walked.edges, all)));
    assert.deepEqual(Array.from(walked.currentCounts), Array.from(binCountsSorted(walked.edges, sb)));
    assert.equal(walked.referenceCounts[0], 39);
  } finally {
    mergedWalkTuning.block = block;
    removeSpillDir(dir);
  }
});
