/**
 * Cache keys of baselines. A key is immutable once saved, so every default-branch run saves under its own key
 * (`…-<run id>-<attempt>`), and a restore asks for the key prefix: the cache service then returns the NEWEST entry
 * whose key starts with it, searching the run's own ref first and then the base branch — which is how a pull
 * request finds the baseline its base branch saved (GitHub docs, "Restrictions for accessing a cache":
 * a pull request can restore caches created on its base branch).
 *
 *   mlci-baseline-<report id>-<scope>-<branch>-<run id>-<run attempt>
 *
 * The scope is the action that saved it (`model-eval`, `drift-check`, `report`), so actions never read each
 * other's baselines. Cache keys may not contain commas and are at most 512 characters.
 */
export const BASELINE_KEY_PREFIX = 'mlci-baseline';

/** Letters, digits, `.`, `_` and `-` stay; anything else (`/` of branch names, commas, spaces) becomes `_`. */
export function keyPart(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100);
}

export interface BaselineKeyParts {
  reportId: string;
  scope: string;
  /** Branch name without refs/heads/: `main`. */
  branch: string;
}

/** The prefix every baseline of (report id, scope, branch) starts with; restore asks for the newest with it. */
export function baselineKeyPrefix(parts: BaselineKeyParts): string {
  return `${BASELINE_KEY_PREFIX}-${keyPart(parts.reportId)}-${keyPart(parts.scope)}-${keyPart(parts.branch)}-`;
}

export function baselineKey(parts: BaselineKeyParts & { runId: string; runAttempt: string }): string {
  return `${baselineKeyPrefix(parts)}${keyPart(parts.runId || 'local')}-${keyPart(parts.runAttempt || '1')}`;
}

/** The artifact holding a run's baseline files, for people to download (cache entries are not browsable). */
export function baselineArtifactName(reportId: string, scope: string): string {
  return `${BASELINE_KEY_PREFIX}-${keyPart(reportId)}-${keyPart(scope)}`;
}

/** `refs/heads/main` -> `main`; other refs are returned unchanged. */
export function branchOf(ref: string): string {
  return ref.replace(/^refs\/heads\//, '');
}
