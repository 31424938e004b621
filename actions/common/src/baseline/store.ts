/**
 * Baselines: the result files (and the data profile, predictions, trend history) of the newest default-branch
 * run, kept in the Actions cache so pull requests can compare against the model on main without any wiring.
 *
 * Save (pushes to the default branch): the files are copied into `.mlci-baseline/<report id>-<scope>/` in the
 * workspace with a manifest (`baseline.json`: commit, run, time, files), saved with @actions/cache under a key
 * unique to the run (see keys.ts), and uploaded as an artifact with @actions/artifact for people to download.
 * Restore: the newest entry of the base branch (pull requests) or of the current branch (other events) is
 * extracted and moved to `.mlci-baseline/restored-<report id>-<scope>/`, so a save later in the same job does not
 * overwrite what was restored. No entry is not an error: the caller reports "no baseline yet".
 *
 * The cache path is given relative to the workspace: the cache version hashes the path strings, and the
 * workspace's absolute path differs between runners.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GitHubContext } from '@mlci/github';
import { baselineArtifactName, baselineKey, baselineKeyPrefix, branchOf, keyPart } from './keys.ts';
import { artifactServiceAvailable, uploadArtifact, type ArtifactUpload } from './artifact.ts';

export const BASELINE_MANIFEST = 'baseline.json';
export const BASELINE_ROOT = '.mlci-baseline';

/** Which run a baseline came from; recorded in results that used it. */
export interface BaselineSource {
  reportId: string;
  scope: string;
  commit: string;
  ref: string;
  runId: string;
  runAttempt: string;
  runUrl?: string;
  createdAt: string;
  /** Base names of the saved files, besides the manifest. */
  files: string[];
}

export type BaselineRestore =
  | { found: true; source: BaselineSource; key: string; dir: string }
  | { found: false; reason: string };

export interface SavedBaseline {
  key: string;
  /** True when the cache entry was written (the cache client turns its failures into warnings). */
  cached: boolean;
  artifact: ArtifactUpload;
  source: BaselineSource;
}

interface Where {
  github: GitHubContext;
  reportId: string;
  scope: string;
}

function cachePath(reportId: string, scope: string): string {
  return `${BASELINE_ROOT}/${keyPart(reportId)}-${keyPart(scope)}`;
}

/** The branch whose baseline a run compares with: a pull request's base, otherwise the run's own branch. */
export function baselineBranch(github: GitHubContext): string {
  return github.pullRequestNumber !== undefined && github.baseRef ? github.baseRef : branchOf(github.ref);
}

/**
 * @actions/cache's isFeatureAvailable rule (cache service v2 needs ACTIONS_RESULTS_URL, v1 ACTIONS_CACHE_URL),
 * read from the environment so that a run which saves nothing never loads the library and the Azure SDK behind it.
 */
export function baselineCacheAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_CACHE_SERVICE_V2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL);
}

const loadCache = () => import('@actions/cache');

/** A baseline can be kept somewhere: the Actions cache or the artifact service (both absent off a runner). */
export function baselineSavingAvailable(): boolean {
  return baselineCacheAvailable() || artifactServiceAvailable();
}

export async function saveBaseline(where: Where & { files: string[]; retentionDays?: number }): Promise<SavedBaseline> {
  const { github, reportId, scope } = where;
  const relative = cachePath(reportId, scope);
  const dir = path.join(github.workspace, relative);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (const file of where.files) {
    // Files from different folders may share a base name (the result data-validate.json and the profile
    // profiles/data-validate.json): the later one is named after its folder too, then numbered.
    const base = path.basename(file);
    let name = base;
    if (name === BASELINE_MANIFEST || names.includes(name)) name = `${keyPart(path.basename(path.dirname(file)))}-${base}`;
    for (let n = 2; name === BASELINE_MANIFEST || names.includes(name); n++) name = `${n}-${base}`;
    copyFileSync(file, path.join(dir, name));
    names.push(name);
  }
  const source: BaselineSource = {
    reportId,
    scope,
    commit: github.sha,
    ref: github.ref,
    runId: github.runId,
    runAttempt: github.runAttempt,
    ...(github.runUrl ? { runUrl: github.runUrl } : {}),
    createdAt: new Date().toISOString(),
    files: names,
  };
  writeFileSync(path.join(dir, BASELINE_MANIFEST), `${JSON.stringify(source, null, 2)}\n`);
  const key = baselineKey({ reportId, scope, branch: branchOf(github.ref), runId: github.runId, runAttempt: github.runAttempt });
  const cacheId = baselineCacheAvailable() ? await (await loadCache()).saveCache([relative], key) : -1;
  const artifact = await uploadArtifact(github, baselineArtifactName(reportId, scope), [BASELINE_MANIFEST, ...names].map((n) => path.join(dir, n)), dir, where.retentionDays);
  return { key, cached: cacheId !== -1, artifact, source };
}

export async function restoreBaseline(where: Where): Promise<BaselineRestore> {
  const { github, reportId, scope } = where;
  if (!baselineCacheAvailable()) return { found: false, reason: 'the Actions cache service is not available here (not on a GitHub runner)' };
  const relative = cachePath(reportId, scope);
  const dir = path.join(github.workspace, relative);
  rmSync(dir, { recursive: true, force: true });
  const prefix = baselineKeyPrefix({ reportId, scope, branch: baselineBranch(github) });
  const key = await (await loadCache()).restoreCache([relative], prefix, [prefix]);
  if (!key || !existsSync(path.join(dir, BASELINE_MANIFEST))) return { found: false, reason: `no baseline yet: no ${scope} run on ${baselineBranch(github)} has saved one` };
  const restored = path.join(github.workspace, BASELINE_ROOT, `restored-${keyPart(reportId)}-${keyPart(scope)}`);
  rmSync(restored, { recursive: true, force: true });
  renameSync(dir, restored);
  const source = JSON.parse(readFileSync(path.join(restored, BASELINE_MANIFEST), 'utf8')) as BaselineSource;
  return { found: true, source, key, dir: restored };
}

/** The path of a restored baseline file, or undefined when the baseline does not hold it. */
export function baselineFile(restore: BaselineRestore, name: string): string | undefined {
  if (!restore.found || !restore.source.files.includes(name)) return undefined;
  return path.join(restore.dir, name);
}
