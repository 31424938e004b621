/**
 * Charts as Mermaid blocks, which GitHub renders in comments and summaries without image hosting.
 * Only long-standing chart types are used (`xychart-beta` bars and lines, `pie`), and every chart is followed by
 * a table of the same numbers, so nothing is lost where a chart does not render (e-mail notifications, old GHES).
 */
import { formatNumber, markdownTable } from './markdown.ts';

export interface Series {
  name: string;
  values: number[];
}

export interface XYChart {
  title: string;
  categories: string[];
  series: Series[];
  yLabel?: string;
}

/** Mermaid strings are double-quoted; a quote or a newline inside would end them. */
function mermaidText(text: string): string {
  return text.replace(/["\n\r]/g, (c) => (c === '"' ? "'" : ' ')).replace(/[[\]]/g, '');
}

function finite(values: number[]): number[] {
  return values.map((v) => (Number.isFinite(v) ? v : 0));
}

function xyChart(kind: 'bar' | 'line', chart: XYChart): string {
  const all = chart.series.flatMap((s) => finite(s.values));
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidText(chart.title)}"`,
    `  x-axis [${chart.categories.map((c) => `"${mermaidText(c)}"`).join(', ')}]`,
  ];
  if (all.length > 0) {
    const min = Math.min(0, ...all);
    const max = Math.max(...all);
    lines.push(`  y-axis "${mermaidText(chart.yLabel ?? '')}" ${roundAxis(min)} --> ${roundAxis(max === min ? min + 1 : max)}`);
  }
  for (const series of chart.series) lines.push(`  ${kind} [${finite(series.values).map((v) => formatNumber(v, 6)).join(', ')}]`);
  lines.push('```');
  return `${lines.join('\n')}\n\n${chartTable(chart)}`;
}

function roundAxis(value: number): string {
  return formatNumber(Number(value.toPrecision(3)), 6);
}

function chartTable(chart: XYChart): string {
  return markdownTable(
    ['', ...chart.series.map((s) => s.name)],
    chart.categories.map((category, i) => [category, ...chart.series.map((s) => s.values[i])]),
    { align: ['left', ...chart.series.map(() => 'right' as const)] },
  );
}

/** Grouped bars (one bar series per `series`), then the numbers as a table. */
export function barChart(chart: XYChart): string {
  return xyChart('bar', chart);
}

/** Lines over the categories (e.g. runs in time order), then the numbers as a table. */
export function lineChart(chart: XYChart): string {
  return xyChart('line', chart);
}

export interface PieChart {
  title: string;
  slices: Array<{ label: string; value: number }>;
}

/** A pie of non-negative shares, then the numbers as a table. */
export function pieChart(chart: PieChart): string {
  const slices = chart.slices.filter((s) => Number.isFinite(s.value) && s.value > 0);
  const lines = ['```mermaid', `pie title ${mermaidText(chart.title)}`, ...slices.map((s) => `  "${mermaidText(s.label)}" : ${formatNumber(s.value, 6)}`), '```'];
  return `${lines.join('\n')}\n\n${markdownTable(['', 'value'], chart.slices.map((s) => [s.label, s.value]), { align: ['left', 'right'] })}`;
}
