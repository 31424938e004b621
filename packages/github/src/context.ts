/**
 * What the runner tells a step about its run, read from the environment it sets
 * (https://docs.github.com/en/actions/reference/variables-reference) and the event payload file.
 */
import { readFileSync } from 'node:fs';

export interface GitHubContext {
  /** `owner/name`, empty when not running on GitHub. */
  repository: string;
  owner: string;
  repo: string;
  eventName: string;
  /** The webhook payload of the event, `{}` when there is none. */
  payload: Record<string, any>;
  sha: string;
  ref: string;
  /** The pull request number on pull_request / pull_request_target (and issue_comment on a PR) events. */
  pullRequestNumber: number | undefined;
  /** The repository's default branch, from the payload. */
  defaultBranch: string | undefined;
  /** True on a push to the default branch. */
  isDefaultBranchPush: boolean;
  /** The base branch of a pull request. */
  baseRef: string | undefined;
  apiUrl: string;
  serverUrl: string;
  runId: string;
  runAttempt: string;
  workflow: string;
  job: string;
  actor: string;
  workspace: string;
  /** Link to this workflow run, where the full job summary and the artifacts are. */
  runUrl: string | undefined;
}

export function readGitHubContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const repository = env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const ref = env.GITHUB_REF ?? '';
  const defaultBranch: string | undefined = payload.repository?.default_branch;
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = env.GITHUB_RUN_ID ?? '';
  const pullRequestNumber: number | undefined =
    payload.pull_request?.number ?? (payload.issue?.pull_request ? payload.issue.number : undefined);
  return {
    repository,
    owner,
    repo,
    eventName,
    payload,
    sha: env.GITHUB_SHA ?? '',
    ref,
    pullRequestNumber,
    defaultBranch,
    isDefaultBranchPush: eventName === 'push' && defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`,
    baseRef: payload.pull_request?.base?.ref ?? env.GITHUB_BASE_REF ?? undefined,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl,
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
  };
}

function readPayload(path: string | undefined): Record<string, any> {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
}
