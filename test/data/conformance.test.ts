/**
 * Great Expectations' own test definitions (release 1.2.0, Apache-2.0; see the NOTICE.md next to them) run
 * through our engine: every applicable test must give the same `success`, and the same number of unexpected
 * values and the same row numbers where GE states them. Each dataset is written as JSON Lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSuite, validateDataset } from '@mlci/data';

const dir = new URL('../fixtures/conformance/great_expectations/', import.meta.url);
const EXCLUDED_KWARGS = ['parse_strings_as_datetimes', 'result_format', 'allow_cross_type_comparisons', 'catch_exceptions', 'include_config', 'row_condition', 'condition_parser'];

interface GeTest {
  title: string;
  in: Record<string, unknown>;
  out: { success?: boolean; unexpected_list?: unknown[]; unexpected_index_list?: unknown[]; error?: unknown };
  suppress_test_for?: string[];
  only_for?: string[];
  error?: unknown;
}

function applies(t: GeTest): boolean {
  if (t.error !== undefined || t.out.error !== undefined) return false;
  if (t.suppress_test_for?.includes('pandas')) return false;
  if (t.only_for && !t.only_for.includes('pandas')) return false;
  if (EXCLUDED_KWARGS.some((k) => k in t.in)) return false;
  return 'success' in t.out;
}

const work = mkdtempSync(join(tmpdir(), 'mlci-ge-'));
const cases: Array<{ type: string; file: string; t: GeTest }> = [];
for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const spec = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as { expectation_type: string; datasets: Array<{ data: Record<string, unknown[]>; tests: GeTest[] }> };
  spec.datasets.forEach((dataset, d) => {
    const columns = Object.keys(dataset.data);
    const n = Math.max(0, ...columns.map((c) => dataset.data[c].length));
    const lines = Array.from({ length: n }, (_, i) => JSON.stringify(Object.fromEntries(columns.map((c) => [c, dataset.data[c][i] ?? null]))));
    const file = join(work, `${spec.expectation_type}_${d}.jsonl`);
    writeFileSync(file, lines.join('\n') + '\n');
    for (const t of dataset.tests) if (applies(t)) cases.push({ type: spec.expectation_type, file, t });
  });
}

test('175 of the Great Expectations tests apply (as NOTICE.md counts them)', () => {
  assert.equal(cases.length, 175);
});

for (const { type, file, t } of cases) {
  test(`GE ${type}: ${t.title}`, async () => {
    // Through the suite parser, as a GE suite file would come in.
    const suite = parseSuite(JSON.stringify({ expectation_suite_name: 'ge', expectations: [{ expectation_type: type, kwargs: t.in }] }));
    const outcome = await validateDataset([file], suite, { profile: false });
    const result = outcome.results[0];
    assert.equal(result.success, t.out.success, JSON.stringify(result.result));
    if (t.out.unexpected_list) assert.equal(result.result.unexpected_count, t.out.unexpected_list.length);
    if (t.out.unexpected_index_list) {
      const rows = (t.out.unexpected_index_list as Array<number | { pk_index: number }>).map((e) => (typeof e === 'number' ? e : e.pk_index));
      assert.deepEqual(result.result.partial_unexpected_list!.map((e) => e.row), rows.slice(0, 20));
    }
  });
}
