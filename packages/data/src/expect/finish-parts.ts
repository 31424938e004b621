/**
 * Running one part of a check's finish (Check.finishParts) on a worker thread. A part names what it needs
 * (files on disk, shifts) and returns a structured-clonable result for the check's `finishPartsDone`.
 */
import type { FinishPart } from './check.ts';
import { DuplicateFinder } from './duplicates.ts';

export function runFinishPart(part: FinishPart): unknown {
  switch (part.kind) {
    case 'duplicates': return DuplicateFinder.runPart(part.part);
  }
}
