/** The result file every action writes: the envelope of schemas/result.schema.json around the action's payload. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GitHubContext } from '@mlci/github/context';
import type { ResultEnvelope } from '@mlci/report';
export { RESULT_SCHEMA_VERSION, type ResultEnvelope } from '@mlci/report';

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
