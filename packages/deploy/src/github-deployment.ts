/**
 * A GitHub Deployment for the `environment` input, moved through its states as the deploy progresses:
 * created -> in_progress -> success | failure (REST: POST /repos/{owner}/{repo}/deployments and
 * POST .../deployments/{id}/statuses; https://docs.github.com/en/rest/deployments). `environment_url` is the
 * service URL; `log_url` the workflow run. `auto_merge: false` and `required_contexts: []` because the
 * workflow itself already decided to deploy this commit.
 */
import type { GitHubClient } from '@mlci/github';

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error';

export interface GitHubDeploymentTarget {
  owner: string;
  repo: string;
  ref: string;
  environment: string;
  description: string;
  logUrl?: string;
}

export class GitHubDeployment {
  readonly id: number;
  readonly states: DeploymentState[] = [];
  readonly #client: GitHubClient;
  readonly #target: GitHubDeploymentTarget;

  private constructor(client: GitHubClient, target: GitHubDeploymentTarget, id: number) {
    this.#client = client;
    this.#target = target;
    this.id = id;
  }

  static async create(client: GitHubClient, target: GitHubDeploymentTarget): Promise<GitHubDeployment> {
    const response = await client.rest.repos.createDeployment({
      owner: target.owner, repo: target.repo, ref: target.ref, environment: target.environment,
      description: target.description.slice(0, 140), auto_merge: false, required_contexts: [],
      production_environment: /^prod/i.test(target.environment),
    });
    const id = (response.data as { id?: number }).id;
    if (typeof id !== 'number') throw new Error(`GitHub did not create the deployment: ${JSON.stringify(response.data)}`);
    return new GitHubDeployment(client, target, id);
  }

  async setState(state: DeploymentState, details: { environmentUrl?: string | null; description?: string } = {}) {
    await this.#client.rest.repos.createDeploymentStatus({
      owner: this.#target.owner, repo: this.#target.repo, deployment_id: this.id, state,
      environment: this.#target.environment,
      ...(details.environmentUrl ? { environment_url: details.environmentUrl } : {}),
      ...(this.#target.logUrl ? { log_url: this.#target.logUrl } : {}),
      description: (details.description ?? '').slice(0, 140),
      auto_inactive: state === 'success',
    });
    this.states.push(state);
  }
}
