/**
 * Charts drawn from the aggregated structures in result payloads, found by shape wherever they are:
 * - a confusion matrix: `{ labels: [...], matrix: number[][] }` (k × k) -> a heatmap;
 * - a histogram: `{ edges: number[], counts: number[] }` with counts.length = edges.length - 1 -> bars
 *   (per-column profiles);
 * - a pair of distributions: `{ edges | categories, reference: number[], current: number[] }` -> grouped bars
 *   (drift distributions).
 * Only aggregates are drawn — their size depends on bins and classes, not on rows — and at most
 * `MAX_PAYLOAD_CHARTS` per result, so the HTML of a 10M-row run is as small as that of a 10k-row run.
 */
import { formatNumber } from '../markdown.ts';
import { barChartSvg, heatmapSvg } from './svg-charts.ts';

export const MAX_PAYLOAD_CHARTS = 60;
const MAX_DEPTH = 6;

export interface PayloadChart {
  /** Where in the payload: `columns.age.histogram`. */
  path: string;
  kind: 'confusion' | 'histogram' | 'distributions';
  svg: string;
}

const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');

function binLabels(edges: number[]): string[] {
  return edges.slice(0, -1).map((e, i) => `${formatNumber(e, 3)}–${formatNumber(edges[i + 1], 3)}`);
}

function chartOf(value: Record<string, unknown>, where: string): PayloadChart | undefined {
  const { labels, matrix, edges, counts, reference, current, categories } = value;
  if (Array.isArray(labels) && Array.isArray(matrix) && matrix.length === labels.length && matrix.every((r) => isNumbers(r) && r.length === labels.length) && labels.length > 0) {
    const names = labels.map(String);
    return { path: where, kind: 'confusion', svg: heatmapSvg({ title: `Confusion matrix (${where})`, rowLabels: names, columnLabels: names, matrix: matrix as number[][], rowAxis: 'true', columnAxis: 'predicted' }) };
  }
  if (isNumbers(edges) && isNumbers(counts) && counts.length === edges.length - 1 && counts.length > 0) {
    return { path: where, kind: 'histogram', svg: barChartSvg({ title: where, categories: binLabels(edges), series: [{ name: 'rows', values: counts }], yLabel: 'rows' }) };
  }
  if (isNumbers(reference) && isNumbers(current) && reference.length === current.length && reference.length > 0) {
    const names = isNumbers(edges) && edges.length === reference.length + 1 ? binLabels(edges) : Array.isArray(categories) && categories.length === reference.length ? categories.map(String) : reference.map((_, i) => String(i + 1));
    return { path: where, kind: 'distributions', svg: barChartSvg({ title: where, categories: names, series: [{ name: 'reference', values: reference }, { name: 'current', values: current }] }) };
  }
  return undefined;
}

/** Charts found in a payload, in document order, at most `limit`. */
export function payloadCharts(payload: unknown, limit = MAX_PAYLOAD_CHARTS): PayloadChart[] {
  const found: PayloadChart[] = [];
  const visit = (value: unknown, where: string, depth: number) => {
    if (found.length >= limit || depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      // Arrays of numbers are data, not containers; arrays of objects are walked (columns: [{ name, ... }]).
      if (value.length > 0 && typeof value[0] === 'object') value.slice(0, limit).forEach((item, i) => visit(item, `${where}[${nameOf(item) ?? i}]`, depth + 1));
      return;
    }
    const chart = chartOf(value as Record<string, unknown>, where || 'payload');
    if (chart) {
      found.push(chart);
      return;
    }
    for (const [key, child] of Object.entries(value)) visit(child, where ? `${where}.${key}` : key, depth + 1);
  };
  visit(payload, '', 0);
  return found;
}

function nameOf(item: unknown): string | undefined {
  if (item && typeof item === 'object') {
    const { name, column } = item as { name?: unknown; column?: unknown };
    if (typeof name === 'string') return name;
    if (typeof column === 'string') return column;
  }
  return undefined;
}
