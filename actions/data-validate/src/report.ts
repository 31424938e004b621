/** The data-validate report: verdict and failing checks first (PR comment); full table and profile in details. */
import { details, formatNumber, markdownTable, mark, verdict } from '@mlci/report';
import { isNotEvaluated, NEEDS_ROWS, type ExpectationResult, type ValidationOutcome } from '@mlci/data';

export type Payload = Omit<ValidationOutcome, 'profile'> & {
  profileFile: string;
  profileSummary: Array<{
    name: string; count: number; nulls: number; types: Record<string, number>; distinct: number; distinctExact: boolean;
    min?: number; max?: number; mean?: number; stdev?: number | null; median?: number;
    topValues: Array<{ value: string; count: number }>;
  }>;
};

export function headline(p: Payload): string {
  const { evaluated, successful } = p.statistics;
  // Checks a merged profile cannot answer (mlci validate --profile) are counted apart, never as passed.
  const skipped = p.results.filter(isNotEvaluated).length;
  const line = `${successful} of ${evaluated} checks passed on ${p.rows.toLocaleString('en-US')} rows`;
  return skipped === 0 ? line : `${line}; ${skipped} not evaluated (${NEEDS_ROWS})`;
}

function target(r: ExpectationResult): string {
  const k = r.kwargs;
  if (typeof k.column === 'string') return k.column;
  if (Array.isArray(k.column_list)) return k.column_list.join(', ');
  return r.expectation_type === 'json_schema' ? 'every record' : 'table';
}

function observed(r: ExpectationResult): string {
  const res = r.result;
  if (res.unexpected_count !== undefined) return `${res.unexpected_count.toLocaleString('en-US')} unexpected (${formatNumber(res.unexpected_percent ?? 0, 3)}%)`;
  const v = res.observed_value;
  if (typeof v === 'number') return formatNumber(v);
  return v === undefined ? '' : JSON.stringify(v).slice(0, 80);
}

function examples(r: ExpectationResult): string {
  return (r.result.partial_unexpected_list ?? []).slice(0, 3)
    .map((e) => `${JSON.stringify(e.value)?.slice(0, 40)} (${e.line !== undefined ? `${e.file}:${e.line}` : `row ${e.row}`})`).join(', ');
}

export function renderReport(p: Payload): { comment: string; details: string } {
  const failed = p.results.filter((r) => !r.success && !isNotEvaluated(r));
  const lead = verdict(p.success, `data-validate: ${headline(p)}`);
  const failing = failed.length === 0 ? '' : markdownTable(
    ['Check', 'Column', 'Observed', 'Examples'],
    failed.map((r) => [r.expectation_type, target(r), observed(r), examples(r)]),
  );
  const comment = [lead, failing].filter(Boolean).join('\n\n');
  const all = markdownTable(
    ['', 'Check', 'Column', 'Observed', 'Note'],
    p.results.map((r) => [isNotEvaluated(r) ? '–' : mark(r.success), r.expectation_type, target(r), observed(r), r.result.note ?? '']),
  );
  const profile = markdownTable(
    ['Column', 'Rows', 'Nulls', 'Types', 'Distinct', 'Min', 'Median', 'Mean', 'Stdev', 'Max', 'Top values'],
    p.profileSummary.map((c) => [
      c.name, c.count, c.nulls, Object.entries(c.types).map(([t, n]) => `${t} ${n}`).join(', '),
      `${c.distinctExact ? '' : '≈'}${c.distinct}`, c.min, c.median, c.mean, c.stdev ?? undefined, c.max,
      c.topValues.map((t) => `${t.value} (${t.count})`).join(', '),
    ]),
    { align: ['left', 'right', 'right', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'left'] },
  );
  const body = [
    comment,
    details(`All ${p.results.length} checks`, all),
    details(`Profile of ${p.columns.length} columns (saved to ${p.profileFile}; medians from a sketch within 0.5%)`, profile),
  ].join('\n\n');
  return { comment, details: body };
}
