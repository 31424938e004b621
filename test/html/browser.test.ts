/**
 * The HTML report in a real headless Chromium: it renders with no console errors and no network request besides
 * the file itself, and every chart is drawn (non-empty SVG boxes). A screenshot is kept under test-artifacts/.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { barChart, details, lineChart, markdownTable, pieChart, renderHtmlReport, type LoadedResult } from '@mlci/report';
import { resultEnvelope } from '../support/results.ts';
import { ROOT } from '../support/runner.ts';

const ARTIFACTS = path.join(ROOT, 'test-artifacts');

function sampleResults(): LoadedResult[] {
  const evalDetails = [
    '### model-eval',
    '**✅ 2 of 2 gates passed**',
    markdownTable(['metric', 'value', 'baseline', 'Δ'], [['accuracy', 0.91, 0.88, '+0.03'], ['roc_auc', 0.94, 0.93, '+0.01']], { align: ['left', 'right', 'right', 'right'] }),
    barChart({ title: 'candidate vs baseline', categories: ['accuracy', 'f1', 'roc_auc'], series: [{ name: 'candidate', values: [0.91, 0.9, 0.94] }, { name: 'baseline', values: [0.88, 0.87, 0.93] }], yLabel: 'value' }),
    details('Slices', markdownTable(['slice', 'rows', 'accuracy'], [['region=north', 120, 0.93], ['region=south', 80, 0.86]])),
  ].join('\n\n');
  const driftDetails = ['### drift-check', '**❌ 1 of 3 columns drifted**', pieChart({ title: 'columns', slices: [{ label: 'drifted', value: 1 }, { label: 'stable', value: 2 }] }), lineChart({ title: 'PSI by run', categories: ['r1', 'r2', 'r3'], series: [{ name: 'psi', values: [0.02, 0.05, 0.31] }] }), '<script>window.injected = true</script>'].join('\n\n');
  return [
    { kind: 'mlci', file: 'mlci-results/model-eval.json', envelope: resultEnvelope('model-eval', true, { details: evalDetails, payload: { metrics: { accuracy: 0.91 }, confusion: { labels: ['churn', 'stay'], matrix: [[41, 9], [6, 144]], baseline: null } } }) as never },
    {
      kind: 'mlci',
      file: 'mlci-results/drift-check.json',
      envelope: resultEnvelope('drift-check', false, { details: driftDetails, payload: { columns: [{ name: 'age', edges: [18, 30, 45, 60, 90], reference: [0.2, 0.3, 0.3, 0.2], current: [0.1, 0.2, 0.3, 0.4] }] } }) as never,
    },
    { kind: 'mlci', file: 'mlci-results/data-validate.json', envelope: resultEnvelope('data-validate', true, { payload: { columns: [{ name: 'income', histogram: { edges: [0, 1e4, 5e4, 1e5], counts: [310, 540, 150] } }] } }) as never },
  ];
}

describe('HTML report in headless Chromium', { timeout: 90_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  });
  after(async () => {
    await browser?.close();
  });

  test('renders every section and chart offline: no console errors, no requests but the file, no script run', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, 'report.html');
    writeFileSync(file, renderHtmlReport({ results: sampleResults(), extraSections: [{ id: 'baseline', title: 'Baseline comparison', markdown: '**Baseline:** main @ `ddddddd` (run 2002)' }], generatedAt: new Date('2026-11-30T12:00:00Z') }));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

    assert.deepEqual(problems, []);
    assert.deepEqual(requests, [pathToFileURL(file).href], 'the page loads nothing but itself');
    assert.equal(await page.evaluate(() => (globalThis as { injected?: boolean }).injected), undefined, 'markup in results is text, not script');
    assert.deepEqual(await page.locator('main > section > h2').allInnerTexts(), ['Overview', 'Baseline comparison', '✓ model-eval', '✗ drift-check', '✓ data-validate']);

    // Charts: bar (candidate vs baseline), pie, line, heatmap (confusion), grouped bars (drift), bars (histogram).
    const charts = await page.locator('svg.chart').evaluateAll((nodes) =>
      nodes.map((n) => {
        const box = n.getBoundingClientRect();
        return { kind: n.getAttribute('class'), width: box.width, height: box.height, marks: n.querySelectorAll('rect.bar, path.slice, circle.slice, circle.point, rect.cell').length };
      }),
    );
    assert.deepEqual(
      charts.map((c) => [c.kind, c.marks]),
      [
        ['chart chart-bar', 6],
        ['chart chart-heatmap', 4],
        ['chart chart-pie', 2],
        ['chart chart-line', 3],
        ['chart chart-bar', 8],
        ['chart chart-bar', 3],
      ],
    );
    for (const c of charts) assert.ok(c.width > 100 && c.height > 50, `${c.kind} is drawn at ${c.width}x${c.height}`);
    assert.equal(await page.locator('details summary').innerText(), 'Slices');
    await page.screenshot({ path: path.join(ARTIFACTS, 'report.png'), fullPage: true });
  });
});
