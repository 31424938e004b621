/**
 * Starting retraining at most once per verdict on the same data. The retrain key (from the data hashes and
 * the triggers that fired) is claimed first by creating the git ref refs/mlci/retrain/<key> — ref creation is
 * atomic on GitHub and answers 422 when the ref exists, so a re-run of the same data, or two concurrent runs,
 * dispatch once. Then one workflow_dispatch (or repository_dispatch) carries why.
 */
import { UserError } from '@mlci/core';
import { createGitHubClient, httpStatus, type GitHubContext } from '@mlci/github';
import { retrainRef } from '@mlci/drift';

export interface RetrainRequest {
  key: string;
  reason: string;
  driftedColumns: string[];
  workflow?: string;
  event?: string;
}

export interface RetrainOutcome {
  triggered: boolean;
  key: string;
  ref: string;
  target: string;
  note: string;
}

function permissionError(what: string, status: number, error: unknown, permission: string): UserError {
  const message = (error as { message?: string }).message ?? '';
  return new UserError(
    `GitHub refused ${what} (HTTP ${status}${message ? `: ${message}` : ''}); the github-token needs '${permission}' permission — add it under 'permissions:' in the job`,
  );
}

export async function requestRetraining(req: RetrainRequest, github: GitHubContext, token: string | undefined, log: { info(m: string): void; warning(m: string): void; debug(m: string): void }): Promise<RetrainOutcome> {
  if (!token) throw new UserError('on-drift is retrain but no github-token is available to start the retraining');
  if (!github.owner || !github.repo) throw new UserError('on-drift is retrain but GITHUB_REPOSITORY is not set; retraining can only be started on GitHub');
  const client = createGitHubClient({ token, apiUrl: github.apiUrl, log });
  const ref = retrainRef(req.key);
  const target = req.workflow ? `workflow ${req.workflow}` : `repository_dispatch '${req.event}'`;
  try {
    await client.rest.git.createRef({ owner: github.owner, repo: github.repo, ref, sha: github.sha });
  } catch (error) {
    const status = httpStatus(error);
    if (status === 422) {
      return { triggered: false, key: req.key, ref, target, note: `retraining was already requested for this data (${ref} exists)` };
    }
    if (status === 403 || status === 404) throw permissionError(`to record the retrain key ${ref}`, status, error, 'contents: write');
    throw error;
  }
  try {
    if (req.workflow) {
      const branch = github.ref.startsWith('refs/heads/') ? github.ref : `refs/heads/${github.defaultBranch ?? 'main'}`;
      await client.rest.actions.createWorkflowDispatch({
        owner: github.owner,
        repo: github.repo,
        workflow_id: req.workflow,
        ref: branch,
        inputs: { reason: req.reason, 'drifted-columns': req.driftedColumns.join(','), 'retrain-key': req.key },
      });
    } else {
      await client.rest.repos.createDispatchEvent({
        owner: github.owner,
        repo: github.repo,
        event_type: req.event!,
        client_payload: { reason: req.reason, driftedColumns: req.driftedColumns, retrainKey: req.key },
      });
    }
  } catch (error) {
    const status = httpStatus(error);
    const undo = `the retrain key ${ref} was recorded; delete it to let a re-run try again`;
    if (status === 403) {
      const e = permissionError(`the retraining dispatch to ${target}`, status, error, req.workflow ? 'actions: write' : 'contents: write');
      throw new UserError(`${e.message}; ${undo}`);
    }
    if (status === 404 || status === 422) {
      throw new UserError(`GitHub rejected the retraining dispatch to ${target} (HTTP ${status}: ${(error as Error).message}); check that the workflow exists, has a workflow_dispatch trigger and declares the inputs reason, drifted-columns and retrain-key; ${undo}`);
    }
    throw error;
  }
  log.info(`Retraining requested: ${target} (${req.reason})`);
  return { triggered: true, key: req.key, ref, target, note: `dispatched ${target}` };
}
