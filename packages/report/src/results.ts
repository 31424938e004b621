/**
 * Reading result files (mlci JSON results and JUnit XML test reports) and combining them into one report:
 * a headline table, one comment section per result, and the long form for the job summary.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '@mlci/core';
import type { ResultEnvelope } from './envelope.ts';
import { parseJUnit, type JUnitSummary } from './junit.ts';
import { envelopeErrors } from './schema.ts';
import { markdownTable, mark, verdict } from './markdown.ts';
import type { CommentSection } from './comment.ts';

export type LoadedResult =
  | { kind: 'mlci'; file: string; envelope: ResultEnvelope }
  | { kind: 'junit'; file: string; junit: JUnitSummary };

export function loadResultFile(file: string, displayName = file): LoadedResult {
  const text = readFileSync(file, 'utf8');
  if (/\.xml$/i.test(file)) return { kind: 'junit', file: displayName, junit: parseJUnit(text, displayName) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${displayName} is not valid JSON: ${(error as Error).message}`, { file: displayName });
  }
  const problems = envelopeErrors(value);
  if (problems.length > 0) throw new UserError(`${displayName} is not an mlci result file (schemas/result.schema.json): ${problems.slice(0, 5).join('; ')}`, { file: displayName });
  return { kind: 'mlci', file: displayName, envelope: value as ResultEnvelope };
}

/** The root action's own result: it reports the others and is never reported itself (a re-run would read it). */
export const REPORT_ACTION = 'report';

export function withoutReportResults(results: LoadedResult[]): LoadedResult[] {
  return results.filter((r) => !(r.kind === 'mlci' && r.envelope.action === REPORT_ACTION));
}

export interface CombinedReport {
  passed: boolean;
  headline: string;
  /** Comment sections: `summary` first, then one per result. */
  sections: CommentSection[];
  /** The long form, for the job summary. */
  summary: string;
  failedCount: number;
}

interface Row {
  id: string;
  title: string;
  passed: boolean;
  headline: string;
  comment: string;
  details: string;
}

function junitRow(result: Extract<LoadedResult, { kind: 'junit' }>): Row {
  const j = result.junit;
  const bad = j.failed + j.errors;
  const headline = `${j.passed} of ${j.tests} tests passed${bad ? `, ${bad} failed` : ''}${j.skipped ? `, ${j.skipped} skipped` : ''}`;
  const table = markdownTable(['passed', 'failed', 'errors', 'skipped', 'time (s)'], [[j.passed, j.failed, j.errors, j.skipped, Number(j.timeSeconds.toFixed(2))]], { align: ['right', 'right', 'right', 'right', 'right'] });
  const failures = j.failures.slice(0, 20).map((f) => [f.classname ? `${f.classname}.${f.name}` : f.name, f.kind, f.message]);
  const failureTable = failures.length ? `\n\n${markdownTable(['test', 'kind', 'message'], failures)}${j.failures.length > 20 ? `\n\n…and ${j.failures.length - 20} more.` : ''}` : '';
  const body = `### Tests (${path.basename(result.file)})\n\n${verdict(bad === 0, headline)}\n\n${table}${failureTable}`;
  return { id: `tests:${path.basename(result.file)}`, title: `tests (${path.basename(result.file)})`, passed: bad === 0, headline, comment: body, details: body };
}

/** Combine results in the order given. Two results of one action get distinct section ids (by file name). */
export function combineResults(results: LoadedResult[]): CombinedReport {
  const rows: Row[] = [];
  const perAction = new Map<string, number>();
  for (const result of results) {
    if (result.kind === 'mlci') perAction.set(result.envelope.action, (perAction.get(result.envelope.action) ?? 0) + 1);
  }
  for (const result of results) {
    if (result.kind === 'junit') {
      rows.push(junitRow(result));
      continue;
    }
    const e = result.envelope;
    const id = (perAction.get(e.action) ?? 0) > 1 ? `${e.action}:${path.basename(result.file)}` : e.action;
    rows.push({ id, title: id, passed: e.passed, headline: e.headline, comment: e.report.comment, details: e.report.details });
  }
  const failed = rows.filter((r) => !r.passed);
  const passed = failed.length === 0;
  const headline = passed ? `All ${rows.length} result${rows.length === 1 ? '' : 's'} passed` : `${failed.length} of ${rows.length} results failed`;
  const overview = `${verdict(passed, headline)}\n\n${markdownTable(['step', 'verdict', ''], rows.map((r) => [r.title, r.headline, mark(r.passed)]), { align: ['left', 'left', 'center'] })}`;
  return {
    passed,
    headline,
    failedCount: failed.length,
    sections: [{ id: 'summary', markdown: overview }, ...rows.map((r) => ({ id: r.id, markdown: r.comment }))],
    summary: [`## mlci report`, overview, ...rows.map((r) => r.details)].join('\n\n'),
  };
}
