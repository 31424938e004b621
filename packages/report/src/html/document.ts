/**
 * The full report as one self-contained HTML file: every section of every result (its long-form Markdown, with
 * Mermaid charts redrawn as inline SVG), charts drawn from the aggregates in the payloads (confusion matrices,
 * per-column histograms, drift distributions), and any extra sections (baseline comparison, trend).
 *
 * Self-contained means: no script, no external stylesheet, font or image — a Content-Security-Policy of
 * `default-src 'none'` makes the browser refuse any request the file might still contain, so it opens the same
 * from an artifact zip on a plane.
 */
import { combineResults, type LoadedResult } from '../results.ts';
import { escapeHtml } from './escape.ts';
import { htmlMark, markdownToHtml } from './markdown-html.ts';
import { payloadCharts } from './payload-charts.ts';
import { STYLE } from './style.ts';

export interface HtmlSection {
  id: string;
  title: string;
  markdown: string;
}

export interface HtmlReportOptions {
  title?: string;
  results: LoadedResult[];
  /** Sections after the overview (baseline comparison, trend), in order. */
  extraSections?: HtmlSection[];
  generatedAt?: Date;
  /** The workflow run the report belongs to. */
  runUrl?: string;
}

function anchor(id: string): string {
  return `s-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function renderHtmlReport(options: HtmlReportOptions): string {
  const combined = combineResults(options.results);
  const title = options.title ?? 'mlci report';
  const entries = options.results.map((result, i) => {
    const section = combined.sections[i + 1];
    if (result.kind === 'junit') {
      return { id: section.id, title: section.id, passed: result.junit.failed + result.junit.errors === 0, body: markdownToHtml(section.markdown), charts: [] as string[] };
    }
    const e = result.envelope;
    const charts = payloadCharts(e.payload).map((c) => `<figure class="chart" data-kind="${c.kind}">${c.svg}<figcaption>${escapeHtml(c.path)}</figcaption></figure>`);
    return { id: section.id, title: section.id, passed: e.passed, body: markdownToHtml(e.report.details), charts };
  });
  const extra = options.extraSections ?? [];
  const nav = [
    `<li><a href="#s-overview">Overview</a></li>`,
    ...extra.map((s) => `<li><a href="#${anchor(s.id)}">${escapeHtml(s.title)}</a></li>`),
    ...entries.map((e) => `<li><a href="#${anchor(e.id)}">${htmlMark(e.passed)} ${escapeHtml(e.title)}</a></li>`),
  ];
  const sections = [
    `<section id="s-overview"><h2>Overview</h2>${markdownToHtml(combined.sections[0].markdown)}</section>`,
    ...extra.map((s) => `<section id="${anchor(s.id)}"><h2>${escapeHtml(s.title)}</h2>${markdownToHtml(s.markdown)}</section>`),
    ...entries.map(
      (e) =>
        `<section id="${anchor(e.id)}" class="${e.passed ? 'passed' : 'failed'}"><h2>${htmlMark(e.passed)} ${escapeHtml(e.title)}</h2>${e.body}${
          e.charts.length ? `<h3>Distributions and matrices</h3><div class="charts">${e.charts.join('')}</div>` : ''
        }</section>`,
    ),
  ];
  const generated = (options.generatedAt ?? new Date()).toISOString();
  const run = options.runUrl ? ` · <a href="${escapeHtml(options.runUrl)}">workflow run</a>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — ${escapeHtml(combined.headline)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p class="headline ${combined.passed ? 'passed' : 'failed'}">${htmlMark(combined.passed)} ${escapeHtml(combined.headline)}</p><p class="meta">Generated ${escapeHtml(generated)}${run}</p></header>
<nav><ul>${nav.join('')}</ul></nav>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
