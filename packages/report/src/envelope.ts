/** The result file every action writes: the envelope of schemas/result.schema.json around the action's payload. */
export const RESULT_SCHEMA_VERSION = 1;

export interface ResultEnvelope<P = unknown> {
  schemaVersion: typeof RESULT_SCHEMA_VERSION;
  action: string;
  reportId: string;
  passed: boolean;
  headline: string;
  warnings: number;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  run: {
    repository: string;
    sha: string;
    ref: string;
    eventName: string;
    runId: string;
    runUrl?: string;
    pullRequest?: number;
  };
  report: { comment: string; details: string };
  payload: P;
}

