export { ksTwoSample, ksSorted, ksStatistic, KS_EXACT_MAX_N, type KsResult } from './ks.ts';
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
export { numericSample, categoricalSample, weightedSample, observations, type ColumnSample, type NumericSample, type CategoricalSample } from './column-sample.ts';
export { STAT_TESTS, DEFAULT_THRESHOLDS, TEST_NAMES, P_VALUE_TESTS, isStatTest, type StatTest } from './stattest.ts';
export { chooseTest, SMALL_SAMPLE_MAX, type AutoChoice } from './auto-select.ts';
export { columnDrift, type ColumnDrift, type ColumnDriftOptions, type Distribution } from './column-drift.ts';
export { datasetDrift, severity, type DatasetDrift, type DatasetDriftOptions } from './dataset-drift.ts';
export { readCsvColumns, type CsvColumns } from './csv-columns.ts';
export { readCsvColumnsInParallel, PARALLEL_MIN_BYTES, type ParallelReadOptions } from './parallel/csv-ranges.ts';
export { DecimalGrid } from './decimal-grid.ts';
export { saveReference, loadReference, REFERENCE_FORMAT, type DriftReference } from './reference-cache.ts';
export { compareDatasets, readDataset, type CompareOptions, type Comparison } from './compare.ts';
export {
  parseGate,
  parseMetricsHistory,
  evaluatePerformance,
  type MetricGate,
  type MetricPoint,
  type PerformanceTrigger,
} from './metrics-history.ts';
export { fileContentHash, retrainKey, retrainRef } from './retrain-key.ts';
export { sortFloat64 } from './sort.ts';
export { ValueCounter } from './value-counter.ts';
