export { runAction, reportError, emitAnnotations, ANNOTATION_LIMIT, type ActionDefinition, type ActionResult, type ActionContext, type Annotation, type Logger, type FailOn } from './run-action.ts';
export { InputReader, parseYaml, type YamlValue } from './inputs.ts';
export { writeJsonAtomic, runInfo, RESULT_SCHEMA_VERSION, type ResultEnvelope } from './result.ts';
export { postComment, writeJobSummary, type CommentMode, type CommentRequest } from './report-step.ts';
export { runnerHost, type ActionHost, type AnnotationProperties } from './host.ts';
export {
  restoreBaseline,
  saveBaseline,
  baselineFile,
  uploadArtifact,
  artifactUrl,
  writePredictions,
  readPredictions,
  pairPredictions,
  rowIdentity,
  keyMetrics,
  gatedMetrics,
  metricDeltas,
  deltaMarkdown,
  describeBaseline,
  trendPoint,
  appendTrend,
  trendMarkdown,
  PREDICTIONS_FILE,
  TREND_FILE,
  compareReport,
  restoreEvaluationBaseline,
  savedPredictionsFor,
  type ReportComparison,
  type BaselineRestore,
  type BaselineSource,
  type SavedPredictions,
  type MetricDelta,
  type TrendPoint,
} from './baseline/index.ts';
