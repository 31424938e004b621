/** The drift report: verdict, drifted columns first, every column's test, and charts of the worst columns. */
import { TEST_NAMES, P_VALUE_TESTS, type Comparison, type PerformanceTrigger, type ColumnDrift } from '@mlci/drift';
import { barChart, details, escapeCell, formatNumber, markdownTable, verdict, WARN_MARK } from '@mlci/report';
import type { RetrainOutcome } from './retrain.ts';

const CHARTS = 3;

function value(c: ColumnDrift): string {
  if (!Number.isFinite(c.statistic)) return '∞';
  return formatNumber(c.statistic);
}

function pOrDistance(c: ColumnDrift): string {
  return P_VALUE_TESTS.has(c.test) ? `p = ${formatNumber(c.pValue ?? NaN)}` : `distance ${value(c)}`;
}

/** Where the reference came from, for the report: a default-branch baseline, or none yet (reference: auto). */
export interface ReferenceNote {
  current: Comparison['current'];
  /** Markdown naming the baseline whose data profile was the reference: main @ `1a2b3c4` (run 42). */
  baseline?: string;
  /** 'no reference yet: …' when reference: auto found none. */
  noReference?: string;
}

export const NOTICE_MARK = 'ℹ️';

/** Without a reference (cmp undefined) drift is not judged: the headline says so instead of a verdict. */
export function headline(cmp: Comparison | undefined, perf: PerformanceTrigger | null): string {
  if (!cmp) {
    const text = 'No reference yet: drift cannot be judged on this run';
    return perf?.fired ? `${text}; metric trigger fired: ${perf.reason}` : text;
  }
  const drift = `${cmp.driftedColumns.length} of ${cmp.columns.length} columns drifted (share ${formatNumber(cmp.driftShare, 3)}, dataset drift at ≥ ${cmp.threshold})`;
  const verdictText = cmp.driftDetected ? `Dataset drift detected: ${drift}` : `No dataset drift: ${drift}`;
  return perf?.fired ? `${verdictText}; metric trigger fired: ${perf.reason}` : verdictText;
}

export function renderReport(cmp: Comparison | undefined, perf: PerformanceTrigger | null, retrain: RetrainOutcome | null, passed: boolean, note: ReferenceNote): { comment: string; details: string } {
  if (!cmp) return renderNoReference(perf, retrain, passed, note);
  const lines: string[] = [];
  const alarm = cmp.driftDetected || perf?.fired === true;
  // An alarm that does not fail the step (on-drift: warn) is a warning, not a failure.
  lines.push(alarm && passed ? `**${WARN_MARK} ${headline(cmp, perf)}**` : verdict(!alarm, headline(cmp, perf)));
  if (cmp.driftedColumns.length) {
    const worst = cmp.columns.filter((c) => c.drifted).map((c) => `\`${escapeCell(c.column)}\` (${c.test}, ${pOrDistance(c)})`);
    lines.push(`**Drifted columns:** ${worst.join(', ')}`);
  }
  // Which run's data the reference is, when it is a default-branch baseline (reference: auto).
  if (note.baseline) lines.push(`**Reference:** the data profile saved by ${note.baseline}`);
  if (retrain) lines.push(`**Retraining:** ${retrain.triggered ? `started — ${retrain.note}` : retrain.note} (key \`${retrain.key.slice(0, 12)}\`)`);
  if (!passed) lines.push('on-drift is `fail`: this step fails.');
  const summary = lines.join('\n\n');

  const table = markdownTable(
    ['column', 'type', 'test', 'statistic', 'p-value', 'threshold', 'drifted', 'why this test'],
    cmp.columns.map((c) => [
      c.column,
      c.kind,
      TEST_NAMES[c.test],
      value(c),
      c.pValue === undefined ? '—' : formatNumber(c.pValue),
      `${P_VALUE_TESTS.has(c.test) ? 'p <' : '≥'} ${c.threshold}`,
      c.drifted ? '**yes**' : 'no',
      c.reason + (c.unseenValues.length ? `; unseen in reference: ${c.unseenValues.slice(0, 5).join(', ')}` : ''),
    ]),
    { align: ['left', 'left', 'left', 'right', 'right', 'right', 'center', 'left'] },
  );
  const charts = cmp.columns.slice(0, CHARTS).map((c) =>
    barChart({
      title: `${c.column}: reference vs current (${c.drifted ? 'drifted' : 'not drifted'})`,
      categories: c.distribution.categories.slice(0, 20),
      series: [
        { name: 'reference', values: c.distribution.reference.slice(0, 20) },
        { name: 'current', values: c.distribution.current.slice(0, 20) },
      ],
      yLabel: 'share of rows',
    }),
  );
  const parts = [summary, details(`All ${cmp.columns.length} columns`, table, { open: true })];
  if (charts.length) parts.push(`#### Distributions of the ${charts.length} worst columns\n\n${charts.join('\n\n')}`);
  if (perf) {
    parts.push(`#### Production metric\n\n${markdownTable(['metric', 'gate', 'window', 'window mean', 'previous mean', 'fired', 'why'], [[perf.metric, perf.gate, perf.window, perf.windowMean, perf.previousMean, perf.fired, perf.reason]])}`);
  }
  const reference = note.baseline
    ? `the data profile saved by ${note.baseline} (${rows(cmp.reference.rows)})`
    : `\`${escapeCell(cmp.reference.file)}\` (${rows(cmp.reference.rows)}${cmp.reference.fromCache ? ', from a saved drift reference' : ''})`;
  const src = `Reference: ${reference}; current: \`${escapeCell(cmp.current.file)}\` (${rows(cmp.current.rows)}).`;
  parts.push(src);
  if (cmp.skippedColumns.length) parts.push(`Not compared: ${cmp.skippedColumns.map((s) => `\`${escapeCell(s.column)}\` (${s.reason})`).join(', ')}`);
  return { comment: summary + '\n\n' + details('Columns', table), details: parts.join('\n\n') };
}

function rows(n: number): string {
  return `${n.toLocaleString('en-US')} rows`;
}

/**
 * reference: auto before any default-branch run saved a data profile: a notice, not a verdict — the step passes
 * (unless the production-metric trigger fired and on-drift is fail), and the report says how a reference appears.
 */
function renderNoReference(perf: PerformanceTrigger | null, retrain: RetrainOutcome | null, passed: boolean, note: ReferenceNote): { comment: string; details: string } {
  const lines = [`**${NOTICE_MARK} ${headline(undefined, perf)}**`];
  lines.push(`**Reference:** ${note.noReference ?? 'no reference yet'}. The next push to the default branch saves its data's profile as the reference; drift is judged from then on.`);
  if (retrain) lines.push(`**Retraining:** ${retrain.triggered ? `started — ${retrain.note}` : retrain.note} (key \`${retrain.key.slice(0, 12)}\`)`);
  if (!passed) lines.push('on-drift is `fail`: this step fails.');
  const summary = lines.join('\n\n');
  const parts = [summary];
  if (perf) {
    parts.push(`#### Production metric\n\n${markdownTable(['metric', 'gate', 'window', 'window mean', 'previous mean', 'fired', 'why'], [[perf.metric, perf.gate, perf.window, perf.windowMean, perf.previousMean, perf.fired, perf.reason]])}`);
  }
  parts.push(`Current: \`${escapeCell(note.current.file)}\` (${rows(note.current.rows)}).`);
  return { comment: summary, details: parts.join('\n\n') };
}
