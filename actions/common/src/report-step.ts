/**
 * Reporting a step's result: the job summary, and the action's section of the sticky PR comment.
 * A token that cannot comment (fork pull requests: 403 "Resource not accessible by integration") gives a warning;
 * the report still reaches the job summary and the step does not fail because of it.
 */
import { UserError } from '@mlci/core';
import { composeSummary, type CommentSection } from '@mlci/report';
import type { ActionHost } from './host.ts';
import type { GitHubContext } from '@mlci/github/context';

export type CommentMode = 'auto' | 'always' | 'never';

export function writeJobSummary(host: ActionHost, markdown: string): void {
  host.appendSummary(composeSummary(markdown));
}

export interface CommentRequest {
  mode: CommentMode;
  token: string | undefined;
  reportId: string;
  github: GitHubContext;
  sections: CommentSection[];
}

/** Returns the comment's URL, or undefined when no comment was written. */
export async function postComment(host: ActionHost, request: CommentRequest): Promise<string | undefined> {
  const { github, mode } = request;
  const warning = (message: string) => host.annotate('warning', message);
  if (mode === 'never') return undefined;
  if (github.pullRequestNumber === undefined) {
    if (mode === 'always') warning('comment: always, but this run is not for a pull request; the report is in the job summary.');
    return undefined;
  }
  if (!request.token) {
    warning('No github-token: the report is in the job summary only.');
    return undefined;
  }
  // Octokit is loaded only when there is a comment to write: most of the bundle, and most of its start-up.
  const { createGitHubClient, httpStatus, upsertStickyComment } = await import('@mlci/github');
  const client = createGitHubClient({
    token: request.token,
    apiUrl: github.apiUrl,
    log: { debug: host.debug, info: host.info, warning },
  });
  try {
    const result = await upsertStickyComment(client, {
      owner: github.owner,
      repo: github.repo,
      issueNumber: github.pullRequestNumber,
      reportId: request.reportId,
      sections: request.sections,
      fullReportUrl: github.runUrl,
    });
    host.info(`PR comment ${result.action}: ${result.url}`);
    return result.url;
  } catch (error) {
    const status = httpStatus(error);
    if (status === undefined) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    const hint =
      status === 403 || status === 404
        ? ' This is expected for pull requests from forks, whose token is read-only; to comment on them, use the ml-report-comment workflow_run workflow.'
        : '';
    const message = `Could not comment on pull request #${github.pullRequestNumber} (HTTP ${status}: ${reason}).${hint} The report is in the job summary.`;
    if (mode === 'always') throw new UserError(message);
    warning(message);
    return undefined;
  }
}
