/**
 * Uploading files as a workflow-run artifact (@actions/artifact, artifacts v4), and the link people open.
 * Uploads are best-effort: a report must not fail because the artifact service is unreachable, so failures come
 * back as a reason the caller logs as a warning.
 */
import type { GitHubContext } from '@mlci/github';

export type ArtifactUpload = { uploaded: true; id: number; name: string; url: string | undefined; size: number | undefined } | { uploaded: false; reason: string };

/** True where the runner provides the results service (ACTIONS_RESULTS_URL and a runtime token). */
export function artifactServiceAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_RESULTS_URL && env.ACTIONS_RUNTIME_TOKEN);
}

/**
 * The page of an artifact: https://github.com/<owner>/<repo>/actions/runs/<run id>/artifacts/<artifact id>
 * (the address the run's Artifacts list links to; it downloads the zip for anyone who can read the repository).
 */
export function artifactUrl(github: Pick<GitHubContext, 'serverUrl' | 'repository' | 'runId'>, id: number): string | undefined {
  if (!github.repository || !github.runId) return undefined;
  return `${github.serverUrl}/${github.repository}/actions/runs/${github.runId}/artifacts/${id}`;
}

export async function uploadArtifact(github: GitHubContext, name: string, files: string[], rootDirectory: string, retentionDays?: number): Promise<ArtifactUpload> {
  if (!artifactServiceAvailable()) return { uploaded: false, reason: 'the Actions artifact service is not available (ACTIONS_RESULTS_URL/ACTIONS_RUNTIME_TOKEN unset: not on a GitHub runner)' };
  try {
    // Loaded only for an upload: the artifact client brings the Azure storage SDK.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const response = await client.uploadArtifact(name, files, rootDirectory, retentionDays ? { retentionDays } : {});
    if (response.id === undefined) return { uploaded: false, reason: `the artifact service gave no id for ${name}` };
    return { uploaded: true, id: response.id, name, url: artifactUrl(github, response.id), size: response.size };
  } catch (error) {
    return { uploaded: false, reason: `uploading artifact ${name} failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
