/** The result file every action writes: the envelope of schemas/result.schema.json around the action's payload. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GitHubContext } from '@mlci/github';

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

export function runInfo(github: GitHubContext): ResultEnvelope['run'] {
  return {
    repository: github.repository,
    sha: github.sha,
    ref: github.ref,
    eventName: github.eventName,
    runId: github.runId,
    ...(github.runUrl ? { runUrl: github.runUrl } : {}),
    ...(github.pullRequestNumber !== undefined ? { pullRequest: github.pullRequestNumber } : {}),
  };
}

/** Write JSON atomically: a reader sees the old file or the whole new one, never half of it. */
export function writeJsonAtomic(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(temporary, file);
}
