/**
 * Upsert the ONE sticky report comment of a pull request: find it by its hidden marker across all pages of
 * comments, replace only the given sections, and write only when the body changed.
 *
 * Two jobs of one PR may both find no comment and both create one. After creating, we list again: the oldest
 * marked comment wins, our sections are merged into it, and our twin is deleted. (Concurrent PATCHes of the same
 * comment can still lose a section: GitHub offers no conditional update for comments.)
 */
import { composeComment, hasMarker, mergeSections, type CommentSection } from '@mlci/report';
import type { GitHubClient } from './client.ts';

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  reportId: string;
}

export interface UpsertOptions extends StickyCommentTarget {
  sections: CommentSection[];
  fullReportUrl?: string;
  title?: string;
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'unchanged';
  commentId: number;
  url: string;
}

interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
}

export async function findReportComments(client: GitHubClient, target: StickyCommentTarget): Promise<IssueComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return comments.filter((c) => hasMarker(c.body, target.reportId)).sort((a, b) => a.id - b.id);
}

export async function upsertStickyComment(client: GitHubClient, options: UpsertOptions): Promise<UpsertResult> {
  const { owner, repo, issueNumber } = options;
  const compose = (previous: string | undefined) =>
    composeComment(mergeSections(previous, options.sections), {
      reportId: options.reportId,
      title: options.title,
      fullReportUrl: options.fullReportUrl,
    });

  const existing = await findReportComments(client, options);
  if (existing.length > 0) return updateComment(client, options, existing[0], compose(existing[0].body));

  const { data: created } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: compose(undefined) });
  const after = await findReportComments(client, options);
  const oldest = after[0];
  if (!oldest || oldest.id === created.id) return { action: 'created', commentId: created.id, url: created.html_url };

  // Another job created one first: keep the oldest, carry our sections into it, remove ours.
  const result = await updateComment(client, options, oldest, compose(oldest.body));
  await client.rest.issues.deleteComment({ owner, repo, comment_id: created.id });
  return result;
}

async function updateComment(client: GitHubClient, target: StickyCommentTarget, comment: IssueComment, body: string): Promise<UpsertResult> {
  if (comment.body === body) return { action: 'unchanged', commentId: comment.id, url: comment.html_url };
  const { data } = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: comment.id, body });
  return { action: 'updated', commentId: data.id, url: data.html_url };
}
