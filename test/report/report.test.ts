import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  barChart,
  composeComment,
  composeSummary,
  fairShares,
  formatNumber,
  markdownTable,
  mergeSections,
  parseComment,
  pieChart,
  reportMarker,
  truncateMarkdown,
  truncateMarkdownBytes,
  utf8Bytes,
} from '@mlci/report';

describe('markdown', () => {
  test('tables escape pipes and newlines and format numbers', () => {
    assert.equal(
      markdownTable(['name', 'value'], [['a|b', 0.123456789], ['line\nbreak', 12345], [null, true]], { align: ['left', 'right'] }),
      '| name | value |\n| --- | ---: |\n| a\\|b | 0.1235 |\n| line<br>break | 12,345 |\n| — | yes |',
    );
  });

  test('numbers: integers whole, small and huge values in exponent form, non-finite spelled out', () => {
    assert.deepEqual([formatNumber(3), formatNumber(0.5), formatNumber(1e-7), formatNumber(Infinity), formatNumber(NaN), formatNumber(null)], ['3', '0.5', '1.000e-7', '∞', 'NaN', '—']);
  });

  test('a bar chart is a Mermaid xychart followed by a table of the same numbers', () => {
    const chart = barChart({ title: 'AUC "now"', categories: ['candidate', 'baseline'], series: [{ name: 'roc_auc', values: [0.91, 0.88] }] });
    assert.match(chart, /^```mermaid\nxychart-beta\n  title "AUC 'now'"\n  x-axis \["candidate", "baseline"\]\n  y-axis "" 0 --> 0\.91\n  bar \[0\.91, 0\.88\]\n```/);
    assert.match(chart, /\| candidate \| 0\.91 \|\n\| baseline \| 0\.88 \|$/);
  });

  test('a pie chart leaves out empty slices but keeps them in the table', () => {
    const chart = pieChart({ title: 'checks', slices: [{ label: 'passed', value: 18 }, { label: 'failed', value: 0 }] });
    assert.match(chart, /pie title checks\n  "passed" : 18\n```/);
    assert.match(chart, /\| failed \| 0 \|/);
  });
});

describe('truncation', () => {
  test('text under the limit is returned as it is', () => {
    assert.equal(truncateMarkdown('short', 100, 'cut'), 'short');
  });

  test('a cut inside a code fence and a details block closes both, then adds the notice', () => {
    const text = `intro\n<details><summary>s</summary>\n\n\`\`\`\n${'line\n'.repeat(200)}\`\`\`\n</details>\n`;
    const cut = truncateMarkdown(text, 300, 'NOTICE');
    assert.ok(cut.length <= 300);
    assert.match(cut, /line\n```\n\n<\/details>\n\nNOTICE$/);
  });

  test('byte truncation counts UTF-8 bytes, not characters', () => {
    const text = '✅ '.repeat(1000);
    const cut = truncateMarkdownBytes(text, 1000, 'cut');
    assert.ok(utf8Bytes(cut) <= 1000);
    assert.ok(utf8Bytes(cut) > 900);
  });

  test('the job summary stays under 1 MiB', () => {
    const summary = composeSummary('é'.repeat(2 * 1024 * 1024));
    assert.ok(utf8Bytes(summary) <= 1024 * 1024);
  });
});

describe('sticky comment body', () => {
  test('parse(compose(sections)) gives the sections back, in pipeline order', () => {
    const body = composeComment(
      [
        { id: 'drift-check', markdown: 'drift' },
        { id: 'data-validate', markdown: 'data\nmore' },
      ].sort(() => 0),
      { reportId: 'nightly' },
    );
    assert.ok(body.startsWith(reportMarker('nightly')));
    assert.deepEqual(parseComment(body), [
      { id: 'drift-check', markdown: 'drift' },
      { id: 'data-validate', markdown: 'data\nmore' },
    ]);
    assert.deepEqual(
      mergeSections(body, []).map((s) => s.id),
      ['data-validate', 'drift-check'],
    );
  });

  test('merging replaces only the updated section', () => {
    const body = composeComment([{ id: 'data-validate', markdown: 'old data' }, { id: 'model-eval', markdown: 'old eval' }], { reportId: 'mlci' });
    const merged = mergeSections(body, [{ id: 'model-eval', markdown: 'new eval' }]);
    assert.deepEqual(merged, [
      { id: 'data-validate', markdown: 'old data' },
      { id: 'model-eval', markdown: 'new eval' },
    ]);
  });

  test('fair shares: small demands are met in full, the rest split the remainder', () => {
    assert.deepEqual(fairShares([10, 1000, 500], 610), [10, 300, 300]);
    assert.deepEqual(fairShares([10, 20], 100), [10, 20]);
  });

  test('an oversize comment keeps small sections whole and cuts the large one to the limit', () => {
    const body = composeComment([{ id: 'a', markdown: 'keep me' }, { id: 'b', markdown: 'x'.repeat(100_000) }], { reportId: 'mlci', limit: 5000, fullReportUrl: 'https://example.test/run' });
    assert.ok(body.length <= 5000, String(body.length));
    assert.match(body, /keep me/);
    assert.match(body, /\[Full report\]\(https:\/\/example\.test\/run\)/);
    assert.equal(parseComment(body).length, 2);
  });
});
