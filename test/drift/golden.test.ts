import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  ksTwoSample,
  kolmogorovSf,
  wassersteinDistance,
  chiSquareTest,
  jensenShannonDistance,
  hellingerDistance,
  populationStabilityIndex,
  klDivergence,
  proportionsZTest,
} from '@mlci/drift';
import { sample, type SampleSpec } from './samples.ts';
import { assertClose as close } from '../support/isclose.ts';

const golden = JSON.parse(readFileSync(new URL('../fixtures/golden/drift.json', import.meta.url), 'utf8'));

test('golden values come from SciPy 1.10.1', () => {
  assert.equal(golden.scipy, '1.10.1');
});

for (const c of golden.ks as { name: string; reference: SampleSpec; current: SampleSpec; statistic: number; pvalue: number }[]) {
  test(`KS statistic and p-value equal scipy.stats.ks_2samp: ${c.name}`, () => {
    const r = ksTwoSample(sample(c.reference), sample(c.current));
    close(r.statistic, c.statistic, 1e-12, 0, 'statistic');
    close(r.pValue, c.pvalue, 1e-9, 1e-300, 'p-value');
    assert.equal(r.method, Math.max(c.reference.n, c.current.n) <= 10000 ? 'exact' : 'asymptotic');
  });
}

test('Kolmogorov distribution survival function equals scipy.stats.kstwo.sf on a grid of n and x', () => {
  for (const g of golden.kstwo as { n: number; x: number; sf: number }[]) {
    close(kolmogorovSf(g.n, g.x), g.sf, 1e-9, 1e-300, `kstwo.sf(${g.x}, ${g.n})`);
  }
});

for (const c of golden.wasserstein as { name: string; reference: SampleSpec; current: SampleSpec; distance: number }[]) {
  test(`Wasserstein distance equals scipy.stats.wasserstein_distance: ${c.name}`, () => {
    close(wassersteinDistance(sample(c.reference), sample(c.current)), c.distance, 1e-11, 0, 'distance');
  });
}

for (const c of golden.chisquare as { name: string; reference: number[]; current: number[]; statistic: number; pvalue: number }[]) {
  test(`chi-square equals scipy.stats.chisquare with expected counts from the reference shares: ${c.name}`, () => {
    const r = chiSquareTest(c.reference, c.current);
    close(r.statistic, c.statistic, 1e-12, 0, 'statistic');
    close(r.pValue, c.pvalue, 1e-9, 1e-300, 'p-value');
  });
}

for (const c of golden.divergence as { name: string; reference: number[]; current: number[]; jensenshannon: number; hellinger: number; psi: number; kl_div: number }[]) {
  test(`Jensen-Shannon, Hellinger, PSI and KL equal the SciPy/NumPy formulas: ${c.name}`, () => {
    close(jensenShannonDistance(c.reference, c.current), c.jensenshannon, 1e-12, 1e-15, 'jensenshannon');
    close(hellingerDistance(c.reference, c.current), c.hellinger, 1e-12, 1e-15, 'hellinger');
    close(populationStabilityIndex(c.reference, c.current), c.psi, 1e-12, 1e-15, 'psi');
    close(klDivergence(c.reference, c.current), c.kl_div, 1e-12, 1e-15, 'kl_div');
  });
}

for (const c of golden.z as { name: string; referenceHits: number; referenceTotal: number; currentHits: number; currentTotal: number; statistic: number; pvalue: number }[]) {
  test(`two-proportion Z test equals the SciPy normal tail: ${c.name}`, () => {
    const r = proportionsZTest(c.referenceHits, c.referenceTotal, c.currentHits, c.currentTotal);
    close(r.statistic, c.statistic, 1e-12, 0, 'z');
    close(r.pValue, c.pvalue, 1e-10, 1e-300, 'p-value');
  });
}
