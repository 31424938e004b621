/**
 * `reference: auto`: the reference is the data profile that drift-check saved with its baseline on the newest
 * push to the default branch (a pull request restores its base branch's; a push restores its own branch's
 * previous one). The profile is data-validate's format (`mlci-data-profile`), which compareDatasets reads as a
 * reference: categorical columns keep their exact counts, numeric columns their histogram (binned tests only).
 *
 * When no run has saved one yet there is nothing to compare with: the caller reports "no reference yet" and
 * passes — drift cannot be judged, which is not a failure of the data.
 *
 * On pushes to the default branch, the current data's profile is written beside the result and handed to
 * runAction, which saves it with the result as the baseline of the next runs (whatever the reference mode, so
 * switching to `reference: auto` later finds one).
 */
import path from 'node:path';
import { isProfileFile, profileDataset } from '@mlci/data';
import { writeJsonAtomic, type ActionContext } from '../../common/src/index.ts';
import { baselineSavingAvailable, describeBaseline, type BaselineSource } from '../../common/src/baseline/index.ts';

/** The profile's file name in the result folder and in the saved baseline. */
export const REFERENCE_PROFILE = 'drift-check-reference.json';

/** Which baseline a run compared with: recorded in the result (schemas/drift-check.schema.json, referenceBaseline). */
export interface ReferenceBaseline {
  commit: string;
  ref: string;
  runId: string;
  runUrl?: string;
  createdAt: string;
}

export type AutoReference = { found: true; file: string; baseline: ReferenceBaseline; description: string } | { found: false; reason: string };

export function isAutoReference(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === 'auto';
}

/** "no reference yet: …" — the same wording whatever the reason, so the report and the annotation say it alike. */
function noReferenceYet(reason: string): string {
  const why = reason.replace(/^no baseline yet:\s*/, '');
  return `no reference yet: ${why.replace(/has saved one$/, 'has saved a data profile')}`;
}

export async function restoreReference(context: ActionContext): Promise<AutoReference> {
  const restored = await context.restoreBaseline('drift-check');
  if (!restored.found) return { found: false, reason: noReferenceYet(restored.reason) };
  // Found by content, not by name: a profile saved under another base name (numbered on a clash) still counts.
  const names = [...restored.source.files].sort((a, b) => Number(b === REFERENCE_PROFILE) - Number(a === REFERENCE_PROFILE));
  const profile = names.map((name) => path.join(restored.dir, name)).find((file) => isProfileFile(file));
  if (!profile) return { found: false, reason: `no reference yet: the drift-check baseline of ${plain(restored.source)} holds no data profile` };
  return { found: true, file: profile, baseline: recorded(restored.source), description: describeBaseline(restored.source) };
}

function recorded(source: BaselineSource): ReferenceBaseline {
  return { commit: source.commit, ref: source.ref, runId: source.runId, ...(source.runUrl ? { runUrl: source.runUrl } : {}), createdAt: source.createdAt };
}

/** describeBaseline without Markdown: `main @ 1a2b3c4 (run 42)`. */
function plain(source: BaselineSource): string {
  return describeBaseline(source).replace(/\[(run \d+)\]\([^)]*\)/, '$1').replace(/`/g, '');
}

/**
 * On pushes to the default branch where a baseline can be kept: the current data's profile, written to
 * `<result dir>/profiles/drift-check-reference.json` (out of the report's `mlci-results/*.json` glob).
 * Returns the files to save with the baseline (none elsewhere).
 */
export async function profileForNextRuns(context: ActionContext, currentFile: string): Promise<string[]> {
  if (!context.github.isDefaultBranchPush || !baselineSavingAvailable()) return [];
  const profile = await context.log.group('Profiling the current data as the next reference', () => profileDataset([currentFile]));
  const file = path.join(context.resultDir, 'profiles', REFERENCE_PROFILE);
  writeJsonAtomic(file, profile);
  return [file];
}
