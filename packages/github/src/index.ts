export { readGitHubContext, type GitHubContext } from './context.ts';
export { createGitHubClient, httpStatus, type GitHubClient, type ClientOptions, type ClientLog } from './client.ts';
export { upsertStickyComment, findReportComments, type UpsertOptions, type UpsertResult, type StickyCommentTarget } from './sticky-comment.ts';
