import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { markdownToHtml, mermaidToSvg, payloadCharts, renderHtmlReport, barChart, type LoadedResult } from '@mlci/report';
import { main } from '../../packages/cli/src/cli.ts';
import { resultEnvelope, writeResults } from '../support/results.ts';

describe('markdown to HTML', () => {
  test('tables keep alignment and escaped pipes; bold, code and links become tags', () => {
    const html = markdownToHtml('**ok** `a<b` [run](https://github.com/o/r)\n\n| name | value |\n| --- | ---: |\n| a\\|b | 0.5 |');
    assert.equal(
      html,
      '<p><strong>ok</strong> <code>a&lt;b</code> <a href="https://github.com/o/r">run</a></p>\n<div class="table"><table><thead><tr><th>name</th><th class="right">value</th></tr></thead><tbody><tr><td>a|b</td><td class="right">0.5</td></tr></tbody></table></div>',
    );
  });

  test('script tags and javascript: links from result text are not markup', () => {
    const html = markdownToHtml('<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>');
    assert.doesNotMatch(html, /<script|<img|href="javascript/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  test('details blocks from the report helpers stay collapsible', () => {
    assert.equal(markdownToHtml('<details><summary>More **rows**</summary>\n\ntext\n\n</details>'), '<details><summary>More <strong>rows</strong></summary>\n<p>text</p>\n</details>');
  });
});

describe('charts', () => {
  test('a Mermaid bar chart from barChart() becomes an SVG with one bar per value (the helper writes NaN as 0), quoted labels unquoted', () => {
    const markdown = barChart({ title: 'f1, by class', categories: ['a, b', 'c'], series: [{ name: 'f1', values: [0.8, Number.NaN] }] });
    const source = /```mermaid\n([\s\S]*?)```/.exec(markdown)![1];
    const svg = mermaidToSvg(source)!;
    assert.equal(svg.match(/<rect class="bar"/g)?.length, 2, 'NaN is written as 0 by the Mermaid helper and drawn as such');
    assert.match(svg, />a, b<\/text>/);
    assert.match(svg, /<title>a, b — series 1: 0\.8<\/title>/);
  });

  test('in a document, series take their names from the table the chart helper writes after the chart', () => {
    const html = markdownToHtml(barChart({ title: 't', categories: ['x'], series: [{ name: 'candidate', values: [0.7] }, { name: 'baseline', values: [0.6] }] }));
    assert.match(html, /<title>x — candidate: 0\.7<\/title>/);
    assert.match(html, /<title>x — baseline: 0\.6<\/title>/);
  });

  test('payload aggregates found by shape: confusion matrix, histogram, reference/current distributions', () => {
    const charts = payloadCharts({
      confusion: { labels: ['n', 'y'], matrix: [[5, 1], [2, 7]] },
      columns: [{ name: 'age', histogram: { edges: [0, 1, 2], counts: [3, 4] } }, { name: 'city', categories: ['x', 'y'], reference: [0.5, 0.5], current: [0.9, 0.1] }],
      predictions: [1, 2, 3],
    });
    assert.deepEqual(charts.map((c) => [c.path, c.kind]), [['confusion', 'confusion'], ['columns[age].histogram', 'histogram'], ['columns[city]', 'distributions']]);
  });
});

describe('report size', () => {
  const result = (rows: number): LoadedResult => ({
    kind: 'mlci',
    file: 'r.json',
    // A payload as an action writes it: aggregates, plus the row count and any raw per-row data an engine kept.
    envelope: resultEnvelope('data-validate', true, { payload: { rows, columns: [{ name: 'x', histogram: { edges: [0, 1, 2, 3], counts: [rows / 4, rows / 2, rows / 4] } }], sample: Array.from({ length: Math.min(rows, 100_000) }, (_, i) => i) } }) as never,
  });
  test('the HTML of a 10M-row run is within a few bytes of a 10k-row run (aggregates only, no raw rows)', () => {
    const small = renderHtmlReport({ results: [result(10_000)], generatedAt: new Date(0) });
    const large = renderHtmlReport({ results: [result(10_000_000)], generatedAt: new Date(0) });
    assert.ok(Math.abs(large.length - small.length) < 100, `${small.length} vs ${large.length} bytes`);
    assert.ok(large.length < 30_000);
  });
});

describe('mlci report --html', () => {
  test('writes the same self-contained report the root action writes', async () => {
    const workspace = writeResults(mkdtempSync(path.join(os.tmpdir(), 'mlci-cli-html-')), [resultEnvelope('model-eval', true, { details: '### model-eval\n\nall good' }), resultEnvelope('drift-check', false)]);
    const out = path.join(workspace, 'out', 'report.html');
    const code = await main(['report', '--results', path.join(workspace, 'mlci-results', '*.json'), '--html', out]);
    assert.equal(code, 1, 'a failed result still fails the command');
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"/);
    assert.match(html, /<title>mlci report — 1 of 2 results failed<\/title>/);
    assert.match(html, /<p>all good<\/p>/);
  });
});
