export { runAction, reportError, emitAnnotations, ANNOTATION_LIMIT, type ActionDefinition, type ActionResult, type ActionContext, type Annotation, type Logger, type FailOn } from './run-action.ts';
export { InputReader, parseYaml, type YamlValue } from './inputs.ts';
export { writeJsonAtomic, runInfo, RESULT_SCHEMA_VERSION, type ResultEnvelope } from './result.ts';
export { postComment, writeJobSummary, type CommentMode, type CommentRequest } from './report-step.ts';
export { runnerHost, type ActionHost, type AnnotationProperties } from './host.ts';
