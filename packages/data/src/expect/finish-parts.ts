/**
 * Running one part of a check's finish (Check.finishParts) on a worker thread. A part names what it needs
 * (files on disk, shifts) and returns a structured-clonable result for the check's `finishPartsDone`; the
 * files it read are deleted after the result is sent (`cleanFinishPart`), while the main thread carries on.
 */
import type { FinishPart } from './check.ts';
import { DuplicateFinder } from './duplicates.ts';

export function runFinishPart(part: FinishPart): unknown {
  switch (part.kind) {
    case 'duplicates': return DuplicateFinder.runPart(part.part);
  }
}

/** What is left to do once the part's result is sent: deleting the files it read (see DuplicateFinder.cleanPart). */
export function cleanFinishPart(part: FinishPart): void {
  switch (part.kind) {
    case 'duplicates': return DuplicateFinder.cleanPart(part.part);
  }
}
