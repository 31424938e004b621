/**
 * Charts as inline SVG, drawn here so the HTML report renders offline (no Mermaid from a CDN, no script).
 * Bars and lines share one frame: a y axis with "nice" ticks (1, 2, 5 × 10^k steps, as in Heckbert,
 * "Nice numbers for graph labels", Graphics Gems 1990) that always includes zero for bars, category labels
 * on the x axis, a legend when there is more than one series, and a <title> on every mark for the exact value.
 * Non-finite values are skipped (a gap in a line, no bar), never drawn as zero.
 */
import { formatNumber } from '../markdown.ts';
import { escapeHtml } from './escape.ts';

export interface SvgSeries {
  name: string;
  values: number[];
}

export interface SvgXYChart {
  title: string;
  categories: string[];
  series: SvgSeries[];
  yLabel?: string;
}

export const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

const WIDTH = 640;
const HEIGHT = 300;
const MARGIN = { top: 34, right: 16, bottom: 64, left: 60 };

/** Heckbert's nice number: the closest (round) or next larger of 1, 2, 5, 10 times a power of ten. */
function niceNumber(range: number, round: boolean): number {
  const exponent = Math.floor(Math.log10(range));
  const fraction = range / 10 ** exponent;
  const nice = round ? (fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10) : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * 10 ** exponent;
}

export function niceTicks(min: number, max: number, count = 5): number[] {
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const step = niceNumber(niceNumber(max - min, false) / (count - 1), true);
  const low = Math.floor(min / step) * step;
  const high = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = low; v <= high + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attributes}>${escapeHtml(content)}</text>`;
}

function frame(chart: SvgXYChart, includeZero: boolean) {
  const all = chart.series.flatMap((s) => s.values.filter(Number.isFinite));
  const lo = all.length ? Math.min(...all, ...(includeZero ? [0] : [])) : 0;
  const hi = all.length ? Math.max(...all, ...(includeZero ? [0] : [])) : 1;
  const ticks = niceTicks(lo, hi);
  const y0 = ticks[0];
  const y1 = ticks[ticks.length - 1];
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (v: number) => MARGIN.top + plotH - ((v - y0) / (y1 - y0)) * plotH;
  const band = plotW / Math.max(1, chart.categories.length);
  const parts: string[] = [text(WIDTH / 2, 20, chart.title, 'class="chart-title" text-anchor="middle"')];
  for (const t of ticks) {
    parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}"/>`);
    parts.push(text(MARGIN.left - 6, y(t) + 4, formatNumber(t, 4), 'text-anchor="end"'));
  }
  const rotate = chart.categories.length > 8 || chart.categories.some((c) => c.length > 10);
  chart.categories.forEach((c, i) => {
    const x = MARGIN.left + band * (i + 0.5);
    const label = c.length > 18 ? `${c.slice(0, 17)}…` : c;
    parts.push(rotate ? text(x, HEIGHT - MARGIN.bottom + 12, label, `text-anchor="end" transform="rotate(-35 ${x.toFixed(1)} ${(HEIGHT - MARGIN.bottom + 12).toFixed(1)})"`) : text(x, HEIGHT - MARGIN.bottom + 16, label, 'text-anchor="middle"'));
  });
  if (chart.yLabel) parts.push(text(14, MARGIN.top + plotH / 2, chart.yLabel, `text-anchor="middle" transform="rotate(-90 14 ${(MARGIN.top + plotH / 2).toFixed(1)})"`));
  parts.push(`<line class="axis" x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}"/>`);
  parts.push(`<line class="axis" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(Math.max(y0, Math.min(0, y1))).toFixed(1)}" y2="${y(Math.max(y0, Math.min(0, y1))).toFixed(1)}"/>`);
  return { parts, y, band, zeroY: y(Math.max(y0, Math.min(0, y1))) };
}

function legend(series: SvgSeries[]): string {
  if (series.length < 2) return '';
  return series
    .map((s, i) => `<rect x="${MARGIN.left + i * 130}" y="${HEIGHT - 16}" width="10" height="10" fill="${PALETTE[i % PALETTE.length]}"/>${text(MARGIN.left + i * 130 + 14, HEIGHT - 7, s.name.length > 16 ? `${s.name.slice(0, 15)}…` : s.name)}`)
    .join('');
}

function svg(kind: string, title: string, body: string): string {
  return `<svg class="chart chart-${kind}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(title)}">${body}</svg>`;
}

export function barChartSvg(chart: SvgXYChart): string {
  const { parts, y, band, zeroY } = frame(chart, true);
  const n = Math.max(1, chart.series.length);
  const barW = (band * 0.8) / n;
  chart.series.forEach((s, si) => {
    s.values.forEach((v, i) => {
      if (!Number.isFinite(v)) return;
      const x = MARGIN.left + band * i + band * 0.1 + barW * si;
      const top = Math.min(y(v), zeroY);
      const h = Math.max(0.5, Math.abs(y(v) - zeroY));
      parts.push(`<rect class="bar" x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${PALETTE[si % PALETTE.length]}"><title>${escapeHtml(`${chart.categories[i] ?? ''} — ${s.name}: ${formatNumber(v, 6)}`)}</title></rect>`);
    });
  });
  return svg('bar', chart.title, parts.join('') + legend(chart.series));
}

export function lineChartSvg(chart: SvgXYChart): string {
  const { parts, y, band } = frame(chart, false);
  chart.series.forEach((s, si) => {
    const color = PALETTE[si % PALETTE.length];
    let path = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (!Number.isFinite(v)) {
        pen = false;
        return;
      }
      const x = MARGIN.left + band * (i + 0.5);
      path += `${pen ? 'L' : 'M'}${x.toFixed(1)} ${y(v).toFixed(1)} `;
      pen = true;
      parts.push(`<circle class="point" cx="${x.toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${color}"><title>${escapeHtml(`${chart.categories[i] ?? ''} — ${s.name}: ${formatNumber(v, 6)}`)}</title></circle>`);
    });
    if (path) parts.unshift(`<path class="line" d="${path.trim()}" stroke="${color}" fill="none" stroke-width="2"/>`);
  });
  return svg('line', chart.title, parts.join('') + legend(chart.series));
}

export interface SvgPieChart {
  title: string;
  slices: Array<{ label: string; value: number }>;
}

/** Slices clockwise from twelve o'clock; a single slice is a full circle (an arc cannot close on itself). */
export function pieChartSvg(chart: SvgPieChart): string {
  const slices = chart.slices.filter((s) => Number.isFinite(s.value) && s.value > 0);
  const total = slices.reduce((sum, s) => sum + s.value, 0);
  const cx = 150;
  const cy = 160;
  const r = 110;
  const parts = [text(WIDTH / 2, 20, chart.title, 'class="chart-title" text-anchor="middle"')];
  let angle = -Math.PI / 2;
  slices.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length];
    const tip = `<title>${escapeHtml(`${s.label}: ${formatNumber(s.value, 6)} (${formatNumber((100 * s.value) / total, 3)}%)`)}</title>`;
    if (slices.length === 1) parts.push(`<circle class="slice" cx="${cx}" cy="${cy}" r="${r}" fill="${color}">${tip}</circle>`);
    else {
      const end = angle + (2 * Math.PI * s.value) / total;
      const large = end - angle > Math.PI ? 1 : 0;
      const p = (a: number) => `${(cx + r * Math.cos(a)).toFixed(2)} ${(cy + r * Math.sin(a)).toFixed(2)}`;
      parts.push(`<path class="slice" d="M${cx} ${cy} L${p(angle)} A${r} ${r} 0 ${large} 1 ${p(end)} Z" fill="${color}">${tip}</path>`);
      angle = end;
    }
    parts.push(`<rect x="300" y="${50 + i * 22}" width="12" height="12" fill="${color}"/>`);
    parts.push(text(318, 61 + i * 22, `${s.label.length > 30 ? `${s.label.slice(0, 29)}…` : s.label} — ${formatNumber((100 * s.value) / total, 3)}%`));
  });
  return svg('pie', chart.title, parts.join(''));
}

/**
 * A matrix of counts as a heatmap (confusion matrices: rows are true labels, columns predicted). Cell shade is
 * the count's share of its row, so per-class recall reads at a glance whatever the class sizes.
 */
export function heatmapSvg(options: { title: string; rowLabels: string[]; columnLabels: string[]; matrix: number[][]; rowAxis: string; columnAxis: string }): string {
  const k = options.rowLabels.length;
  const m = options.columnLabels.length;
  const cell = Math.max(18, Math.min(56, Math.floor(440 / Math.max(k, m, 1))));
  const left = 110;
  const top = 60;
  const width = left + cell * m + 20;
  const height = top + cell * k + 30;
  const parts = [text(width / 2, 18, options.title, 'class="chart-title" text-anchor="middle"'), text(left + (cell * m) / 2, 40, options.columnAxis, 'text-anchor="middle"')];
  options.columnLabels.forEach((label, j) => parts.push(text(left + cell * (j + 0.5), top - 6, label.slice(0, 8), 'text-anchor="middle"')));
  options.matrix.forEach((row, i) => {
    const rowTotal = row.reduce((a, b) => a + b, 0);
    parts.push(text(left - 8, top + cell * (i + 0.6), options.rowLabels[i].slice(0, 14), 'text-anchor="end"'));
    row.forEach((count, j) => {
      const share = rowTotal > 0 ? count / rowTotal : 0;
      const fill = `rgba(78,121,167,${(0.08 + 0.92 * share).toFixed(3)})`;
      parts.push(
        `<rect class="cell" x="${left + cell * j}" y="${top + cell * i}" width="${cell}" height="${cell}" fill="${fill}"><title>${escapeHtml(`${options.rowAxis} ${options.rowLabels[i]}, ${options.columnAxis} ${options.columnLabels[j]}: ${formatNumber(count)}`)}</title></rect>`,
      );
      if (cell >= 26) parts.push(text(left + cell * (j + 0.5), top + cell * (i + 0.6), formatNumber(count), `text-anchor="middle" fill="${share > 0.55 ? '#fff' : '#222'}"`));
    });
  });
  parts.push(text(16, top + (cell * k) / 2, options.rowAxis, `text-anchor="middle" transform="rotate(-90 16 ${(top + (cell * k) / 2).toFixed(1)})"`));
  return `<svg class="chart chart-heatmap" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" style="max-width:${width}px" role="img" aria-label="${escapeHtml(options.title)}">${parts.join('')}</svg>`;
}
