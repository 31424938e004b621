/** Result files as actions write them, for tests of the report and the root action. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function resultEnvelope(action: string, passed: boolean, options: { comment?: string; details?: string; headline?: string; warnings?: number; payload?: object } = {}) {
  const headline = options.headline ?? (passed ? `${action} passed` : `${action} failed`);
  return {
    schemaVersion: 1,
    action,
    reportId: 'mlci',
    passed,
    headline,
    warnings: options.warnings ?? 0,
    startedAt: '2026-11-30T12:00:00.000Z',
    finishedAt: '2026-11-30T12:00:01.500Z',
    durationMs: 1500,
    run: { repository: 'octo-org/churn-model', sha: 'b'.repeat(40), ref: 'refs/pull/7/merge', eventName: 'pull_request', runId: '4242' },
    report: { comment: options.comment ?? `### ${action}\n\n${headline}`, details: options.details ?? `### ${action}\n\n${headline}\n\nall the details` },
    payload: options.payload ?? {},
  };
}

/** Write result files into `<workspace>/mlci-results/` and return the workspace. */
export function writeResults(workspace: string, results: Array<ReturnType<typeof resultEnvelope>>): string {
  mkdirSync(path.join(workspace, 'mlci-results'), { recursive: true });
  results.forEach((r, i) => writeFileSync(path.join(workspace, 'mlci-results', `${String(i).padStart(2, '0')}-${r.action}.json`), JSON.stringify(r)));
  return workspace;
}
