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

export function headline(cmp: Comparison, perf: PerformanceTrigger | null): string {
  const drift = `${cmp.driftedColumns.length} of ${cmp.columns.length} columns drifted (share ${formatNumber(cmp.driftShare, 3)}, dataset drift at ≥ ${cmp.threshold})`;
  const verdictText = cmp.driftDetected ? `Dataset drift detected: ${drift}` : `No dataset drift: ${drift}`;
  return perf?.fired ? `${verdictText}; metric trigger fired: ${perf.reason}` : verdictText;
}

export function renderReport(cmp: Comparison, perf: PerformanceTrigger | null, retrain: RetrainOutcome | null, passed: boolean): { comment: string; details: string } {
  const lines: string[] = [];
  const alarm = cmp.driftDetected || perf?.fired === true;
  // An alarm that does not fail the step (on-drift: warn) is a warning, not a failure.
  lines.push(alarm && passed ? `**${WARN_MARK} ${headline(cmp, perf)}**` : verdict(!alarm, headline(cmp, perf)));
  if (cmp.driftedColumns.length) {
    const worst = cmp.columns.filter((c) => c.drifted).map((c) => `\`${escapeCell(c.column)}\` (${c.test}, ${pOrDistance(c)})`);
    lines.push(`**Drifted columns:** ${worst.join(', ')}`);
  }
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
  const src = `Reference: \`${escapeCell(cmp.reference.file)}\` (${cmp.reference.rows.toLocaleString('en-US')} rows${cmp.reference.fromCache ? ', from a saved drift reference' : ''}); current: \`${escapeCell(cmp.current.file)}\` (${cmp.current.rows.toLocaleString('en-US')} rows).`;
  parts.push(src);
  if (cmp.skippedColumns.length) parts.push(`Not compared: ${cmp.skippedColumns.map((s) => `\`${escapeCell(s.column)}\` (${s.reason})`).join(', ')}`);
  return { comment: summary + '\n\n' + details('Columns', table), details: parts.join('\n\n') };
}
