export { ksTwoSample, ksStatistic, KS_EXACT_MAX_N, type KsResult } from './ks.ts';
export { kolmogorovSf, smirnovSf } from './kolmogorov.ts';
export { wassersteinDistance, wassersteinSorted, normalizedWassersteinSorted, populationStd } from './wasserstein.ts';
export { chiSquareTest, type ChiSquareResult } from './chisquare.ts';
export { proportionsZTest, type ZTestResult } from './ztest.ts';
export {
  jensenShannonDistance,
  hellingerDistance,
  populationStabilityIndex,
  klDivergence,
  EMPTY_BIN_SHARE,
} from './divergence.ts';
export { quantileEdges, binIndex, binCounts, binCountsSorted, alignCategories, DEFAULT_BIN_COUNT } from './binning.ts';
