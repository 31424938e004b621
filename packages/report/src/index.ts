export { escapeCell, formatNumber, markdownTable, details, verdict, mark, PASS_MARK, FAIL_MARK, WARN_MARK, type Align, type Cell } from './markdown.ts';
export { barChart, lineChart, pieChart, type XYChart, type Series, type PieChart } from './charts.ts';
export { truncateMarkdown, truncateMarkdownBytes, utf8Bytes } from './truncate.ts';
export { COMMENT_LIMIT, composeComment, parseComment, mergeSections, reportMarker, hasMarker, fairShares, type CommentSection, type ComposeOptions } from './comment.ts';
export { SUMMARY_LIMIT_BYTES, composeSummary } from './summary.ts';
export { schemaErrors, envelopeErrors } from './schema.ts';
export { RESULT_SCHEMA_VERSION, type ResultEnvelope } from './envelope.ts';
export { parseJUnit, type JUnitSummary, type TestCaseFailure } from './junit.ts';
export { loadResultFile, combineResults, type LoadedResult, type CombinedReport } from './results.ts';
