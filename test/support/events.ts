/**
 * Webhook payloads in the shapes GitHub sends (the fields our code and @actions/* read, with realistic values),
 * for GITHUB_EVENT_PATH.
 */
export const REPOSITORY = { owner: 'octo-org', repo: 'churn-model', fullName: 'octo-org/churn-model', defaultBranch: 'main' };

function repository() {
  return {
    id: 123456,
    node_id: 'R_kgDOAB4hQA',
    name: REPOSITORY.repo,
    full_name: REPOSITORY.fullName,
    private: false,
    owner: { login: REPOSITORY.owner, id: 9919, type: 'Organization' },
    html_url: `https://github.com/${REPOSITORY.fullName}`,
    default_branch: REPOSITORY.defaultBranch,
  };
}

export interface PullRequestOptions {
  number?: number;
  action?: 'opened' | 'synchronize' | 'reopened';
  headSha?: string;
  baseRef?: string;
  fork?: boolean;
}

export function pullRequestEvent(options: PullRequestOptions = {}) {
  const number = options.number ?? 7;
  const headSha = options.headSha ?? 'a'.repeat(40);
  const repo = repository();
  const headRepo = options.fork ? { ...repo, full_name: `contributor/${REPOSITORY.repo}`, owner: { login: 'contributor', id: 4242, type: 'User' }, fork: true } : repo;
  return {
    name: 'pull_request',
    env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: `refs/pull/${number}/merge`, GITHUB_SHA: 'b'.repeat(40), GITHUB_BASE_REF: options.baseRef ?? 'main', GITHUB_HEAD_REF: 'feature' },
    payload: {
      action: options.action ?? 'synchronize',
      number,
      pull_request: {
        id: 1000 + number,
        number,
        state: 'open',
        title: 'Retrain with more data',
        html_url: `https://github.com/${REPOSITORY.fullName}/pull/${number}`,
        head: { ref: 'feature', sha: headSha, repo: headRepo },
        base: { ref: options.baseRef ?? 'main', sha: 'c'.repeat(40), repo },
      },
      repository: repo,
      sender: { login: 'octocat', id: 1, type: 'User' },
    },
  };
}

export function pushEvent(options: { ref?: string; sha?: string } = {}) {
  const sha = options.sha ?? 'd'.repeat(40);
  const ref = options.ref ?? `refs/heads/${REPOSITORY.defaultBranch}`;
  return {
    name: 'push',
    env: { GITHUB_EVENT_NAME: 'push', GITHUB_REF: ref, GITHUB_SHA: sha },
    payload: {
      ref,
      before: '0'.repeat(40),
      after: sha,
      repository: repository(),
      pusher: { name: 'octocat' },
      sender: { login: 'octocat', id: 1, type: 'User' },
      head_commit: { id: sha, message: 'Merge pull request #7', timestamp: '2026-11-30T12:00:00Z' },
    },
  };
}

export type GitHubEvent = ReturnType<typeof pullRequestEvent> | ReturnType<typeof pushEvent> | { name: string; env: Record<string, string>; payload: Record<string, unknown> };
