/**
 * The model-eval report. PR section: verdict, a loud notice when there are no gates, every metric with its
 * interval, baseline, delta with its interval and test, and the gate marks; a Mermaid chart of candidate vs
 * baseline; the confusion matrix; the worst slices. The job summary adds every gate and every slice.
 */
import { barChart, details, escapeCell, formatNumber, markdownTable, PASS_MARK, FAIL_MARK, WARN_MARK, verdict } from '@mlci/report';
import { higherIsBetter, metricNames, type GateResult } from '@mlci/metrics';
import type { Payload } from './model-eval.ts';

export function headline(p: Payload): string {
  const what = `${p.task}, ${p.rows.toLocaleString('en-US')} rows`;
  if (p.noGates) return `No gates configured: metrics reported, nothing checked (${what})`;
  const passed = p.gates.filter((g) => g.status === 'pass').length;
  const extra = p.warnings > 0 ? `, ${p.warnings} warning${p.warnings === 1 ? '' : 's'}` : '';
  return `${passed} of ${p.gates.length} gates passed${extra} (${what})`;
}

function statusMark(status: GateResult['status']): string {
  return status === 'pass' ? PASS_MARK : status === 'fail' ? FAIL_MARK : WARN_MARK;
}

const n = (x: number | null | undefined, digits = 4) => formatNumber(x ?? null, digits);
/** p-values: 3 significant digits, and "< 0.001" style below, never a misleading "0". */
export const pValueText = (p: number) => (p === 0 ? 'p < 1e-16' : `p = ${p < 0.001 ? p.toExponential(1) : String(Number(p.toPrecision(3)))}`);
const signed = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${x > 0 ? '+' : ''}${formatNumber(x)}`);

function metricTable(p: Payload, names: readonly string[]): string {
  const paired = p.baseline !== null;
  const headers = ['metric', 'value', `${Math.round(p.confidence * 100)}% CI`];
  if (paired) headers.push('baseline', 'delta', 'delta CI', 'test');
  headers.push('gate');
  const rows = names.map((name) => {
    const interval = p.intervals[name];
    const gates = p.gates.filter((g) => g.metric === name);
    const gateCell = gates.length === 0 ? '' : gates.map((g) => `${statusMark(g.status)} ${g.check}`).join('<br>');
    const row: (string | number | null)[] = [`${name}${higherIsBetter(name) ? ' ↑' : ' ↓'}`, n(p.metrics[name]), interval && interval.low !== null ? `${n(interval.low)} – ${n(interval.high)}` : '—'];
    if (paired) {
      const c = p.comparisons[name];
      row.push(n(c?.baseline ?? p.baseline?.metrics[name] ?? null), signed(c?.delta), c && c.low !== null ? `${signed(c.low)} to ${signed(c.high)}${c.significant ? ' *' : ''}` : '—',
        c ? `${c.method}${c.pValue !== null ? `, ${pValueText(c.pValue)}` : ''}` : '—');
    }
    row.push(gateCell);
    return row;
  });
  return markdownTable(headers, rows, { align: headers.map((h, i) => (i === 0 || h === 'gate' || h === 'test' ? 'left' : 'right')) });
}

function confusionTable(p: Payload): string {
  if (!p.confusion) return '';
  const labels = p.confusion.labels.map(String);
  const shown = labels.length > 12 ? 12 : labels.length;
  const rows = p.confusion.matrix.slice(0, shown).map((row, t) => [`**${labels[t]}**`, ...row.slice(0, shown)]);
  const table = markdownTable(['true \\ predicted', ...labels.slice(0, shown)], rows);
  return `**Confusion matrix** (rows: true label, columns: predicted${shown < labels.length ? `; first ${shown} of ${labels.length} classes` : ''})\n\n${table}`;
}

function primaryMetric(p: Payload): string {
  return p.task === 'regression' ? 'rmse' : 'accuracy';
}

function sliceTables(p: Payload, all: boolean): string {
  if (p.slices.length === 0) return '';
  const metric = primaryMetric(p);
  const better = higherIsBetter(metric);
  const parts: string[] = [];
  for (const column of [...new Set(p.slices.map((s) => s.column))]) {
    const slices = p.slices.filter((s) => s.column === column);
    const scored = slices.filter((s) => s.metrics).sort((a, b) => ((a.metrics![metric] ?? 0) - (b.metrics![metric] ?? 0)) * (better ? 1 : -1));
    const shown = all ? scored : scored.slice(0, 3);
    const worst = scored[0];
    const rows = shown.map((s) => [
      s === worst ? `**${escapeCell(s.value)}** (worst)` : escapeCell(s.value), s.rows, n(s.metrics?.[metric]),
      ...(p.baseline?.kind === 'paired' ? [n(s.baseline?.[metric])] : []),
    ]);
    const small = slices.filter((s) => !s.eligible);
    const gap = p.metrics[`${metric}_gap[${column}]`];
    parts.push(`**Slices by \`${escapeCell(column)}\`** — ${metric} gap (max − min) ${n(gap)}${small.length ? `; ${small.length} slice${small.length === 1 ? '' : 's'} below the minimum size not scored` : ''}\n\n` +
      markdownTable(['slice', 'rows', metric, ...(p.baseline?.kind === 'paired' ? [`baseline ${metric}`] : [])], rows, { align: ['left', 'right', 'right', 'right'] }));
  }
  return parts.join('\n\n');
}

function chart(p: Payload, names: readonly string[]): string {
  const bounded = names.filter((m) => p.metrics[m] !== null && !['log_loss', 'mae', 'mse', 'rmse', 'mape', 'max_error', 'median_absolute_error'].includes(m));
  if (bounded.length === 0) return '';
  const series = [{ name: 'candidate', values: bounded.map((m) => p.metrics[m] ?? 0) }];
  if (p.baseline) series.push({ name: 'baseline', values: bounded.map((m) => p.baseline!.metrics[m] ?? 0) });
  return barChart({ title: p.baseline ? 'candidate vs baseline' : 'candidate', categories: bounded, series, yLabel: 'value' });
}

export function renderReport(p: Payload): { comment: string; details: string } {
  const names = metricNames(p.task);
  // No gates is not a pass: the headline carries the warning mark, not the check mark.
  const head: string[] = [p.noGates ? `**${WARN_MARK} ${headline(p)}**` : verdict(p.passed, headline(p))];
  if (p.noGates) {
    head.push(`> [!WARNING]\n> **No gates are configured**, so this check cannot fail on model quality. Set \`thresholds\`, e.g. \`accuracy: ">= 0.9"\` or \`roc_auc: { max-drop: 0.01 }\`.`);
  }
  const source = p.mode === 'onnx' ? `model \`${escapeCell(p.model ?? '')}\` scored on \`${escapeCell(p.source)}\`` : `\`${escapeCell(p.source)}\``;
  const against = p.baseline ? ` against baseline \`${escapeCell(p.baseline.source)}\` (${p.baseline.kind === 'paired' ? 'paired, same rows' : 'earlier result, unpaired'})` : ' — no baseline given, so no deltas';
  head.push(`Evaluated ${source}${against}. Intervals: ${p.bootstrapSamples} bootstrap replicates (seed ${p.seed}); * = significant at ${Math.round(p.confidence * 100)}%.`);
  const failing = p.gates.filter((g) => g.status !== 'pass');
  if (failing.length) head.push(failing.map((g) => `- ${statusMark(g.status)} ${escapeCell(g.message)}`).join('\n'));

  // Slice metrics (gaps, worst slices) join the table when gated; the slice section shows the rest.
  const gated = [...new Set(p.gates.map((g) => g.metric))].filter((m) => !names.includes(m));
  const body = [metricTable(p, [...names, ...gated]), chart(p, names), confusionTable(p), sliceTables(p, false)].filter(Boolean);
  const comment = [...head, ...body].join('\n\n');

  const gateTable = p.gates.length === 0 ? '' : markdownTable(['', 'metric', 'check', 'result', 'where'],
    p.gates.map((g) => [statusMark(g.status), g.metric, g.check, g.message, g.line ? `${g.file ?? 'thresholds'}:${g.line}` : '']));
  const detailsParts = [...head, ...body.slice(0, 3), gateTable && details('All gates', gateTable, { open: true }), p.slices.length ? details('All slices', sliceTables(p, true)) : '']
    .filter(Boolean);
  return { comment, details: detailsParts.join('\n\n') };
}
