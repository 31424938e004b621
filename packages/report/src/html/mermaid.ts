/**
 * The Mermaid charts the report's Markdown carries (written by ../charts.ts: `xychart-beta` with bar and line
 * series, and `pie`), redrawn as inline SVG for the offline HTML report. Other diagrams are shown as their
 * source in a code block: drawing them would need Mermaid itself, which needs the network or a large script.
 */
import { barChartSvg, lineChartSvg, pieChartSvg, type SvgSeries } from './svg-charts.ts';

function unquote(text: string): string {
  return text.trim().replace(/^"(.*)"$/, '$1');
}

function numberList(text: string): number[] {
  return text
    .replace(/[[\]]/g, '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .map(Number);
}

/** `["a", "b, c", d]` -> ['a', 'b, c', 'd']: quoted items may hold commas. */
function stringList(text: string): string[] {
  const items: string[] = [];
  for (const match of text.replace(/^\[|\]$/g, '').matchAll(/\s*(?:"([^"]*)"|([^,]+))\s*(?:,|$)/g)) {
    const value = (match[1] ?? match[2] ?? '').trim();
    if (value !== '' || match[1] !== undefined) items.push(value);
  }
  return items;
}

/**
 * SVG for a Mermaid block, or undefined when it is not a chart this module draws. Mermaid xycharts carry no
 * series names; `seriesNames` (the header of the table ../charts.ts writes after each chart) supplies them.
 */
export function mermaidToSvg(source: string, seriesNames: readonly string[] = []): string | undefined {
  const lines = source.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines[0] === 'xychart-beta' || lines[0] === 'xychart') {
    let title = '';
    let categories: string[] = [];
    let yLabel: string | undefined;
    const bars: SvgSeries[] = [];
    const lineSeries: SvgSeries[] = [];
    for (const line of lines.slice(1)) {
      let m: RegExpExecArray | null;
      if ((m = /^title\s+(.*)$/.exec(line))) title = unquote(m[1]);
      else if ((m = /^x-axis\s+(\[.*\])$/.exec(line))) categories = stringList(m[1]);
      else if ((m = /^y-axis\s+"([^"]*)"/.exec(line))) yLabel = m[1] || undefined;
      else if ((m = /^bar\s+(\[.*\])$/.exec(line))) bars.push({ name: seriesNames[bars.length] ?? `series ${bars.length + 1}`, values: numberList(m[1]) });
      else if ((m = /^line\s+(\[.*\])$/.exec(line))) lineSeries.push({ name: seriesNames[lineSeries.length] ?? `series ${lineSeries.length + 1}`, values: numberList(m[1]) });
    }
    if (categories.length === 0) return undefined;
    if (bars.length > 0) return barChartSvg({ title, categories, series: bars, yLabel });
    if (lineSeries.length > 0) return lineChartSvg({ title, categories, series: lineSeries, yLabel });
    return undefined;
  }
  const pie = /^pie(?:\s+showData)?(?:\s+title\s+(.*))?$/.exec(lines[0] ?? '');
  if (pie) {
    const slices: Array<{ label: string; value: number }> = [];
    let title = pie[1] ?? '';
    for (const line of lines.slice(1)) {
      const t = /^title\s+(.*)$/.exec(line);
      if (t) title = t[1];
      const s = /^"([^"]*)"\s*:\s*(\S+)$/.exec(line);
      if (s) slices.push({ label: s[1], value: Number(s[2]) });
    }
    return pieChartSvg({ title, slices });
  }
  return undefined;
}
