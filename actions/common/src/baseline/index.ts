export { baselineKey, baselineKeyPrefix, baselineArtifactName, branchOf, keyPart, BASELINE_KEY_PREFIX, type BaselineKeyParts } from './keys.ts';
export { saveBaseline, restoreBaseline, baselineFile, baselineBranch, baselineCacheAvailable, baselineSavingAvailable, BASELINE_MANIFEST, BASELINE_ROOT, type BaselineSource, type BaselineRestore, type SavedBaseline } from './store.ts';
export { uploadArtifact, artifactUrl, artifactServiceAvailable, type ArtifactUpload } from './artifact.ts';
export { writePredictions, readPredictions, pairPredictions, rowIdentity, PREDICTIONS_FILE, type SavedPredictions, type EvaluationRows } from './predictions.ts';
export { keyMetrics, gatedMetrics, metricDeltas, deltaMarkdown, describeBaseline, trendPoint, appendTrend, trendMarkdown, shortSha, TREND_FILE, TREND_LIMIT, type MetricDelta, type TrendPoint } from './compare.ts';
export { compareReport, type ReportComparison } from './report-baseline.ts';
export { restoreEvaluationBaseline, savedPredictionsFor, type AutoBaseline, type EvaluationColumns } from './evaluation-baseline.ts';
