import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsvColumns, readCsvColumnsInParallel, type ColumnSample } from '@mlci/drift';
import { uniforms } from './samples.ts';

const dir = mkdtempSync(join(tmpdir(), 'mlci-drift-precision-test-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** Every observation of a numeric sample, ascending (counted values expanded; −0 before +0). */
function expand(s: ColumnSample): Float64Array {
  assert.ok(s.kind === 'numeric' && s.runs === undefined);
  if (!s.weights) return Float64Array.from(s.values).sort();
  const out: number[] = [];
  s.values.forEach((v, i) => {
    for (let k = 0; k < s.weights![i]; k++) out.push(v);
  });
  return Float64Array.from(out).sort();
}

test('full-precision floats read from the bytes are the doubles Number() gives for their text, in both CSV readers', async () => {
  // Shortest round-trip texts (String), 17 significant digits (toPrecision), 16-19 digit decimals that are not
  // shortest texts, negative, tiny and huge magnitudes, and the last field of a line. Column e: zeros before and
  // after the point and 0–22 digits on either side, across the byte loop's 15-digit limit and the exact division's
  // 20 places (never all zeros: the grid counts "-0.0" as 0, a sign the drift statistics cannot see).
  const u = uniforms(7);
  const texts: string[][] = [];
  for (let i = 0; i < 90000; i++) {
    const x = (u() - 0.3) * 10 ** Math.floor(u() * 12 - 6);
    const digits = `${Math.floor(u() * 1e9)}${String(Math.floor(u() * 1e9)).padStart(9, '0')}`.replace(/^0+/, '') || '0';
    const many = (k: number) => Array.from({ length: k }, () => Math.floor(u() * 10)).join('');
    const shape = `${u() < 0.3 ? '-' : ''}${'0'.repeat(Math.floor(u() * 3))}${many(Math.floor(u() * 12))}.${'0'.repeat(Math.floor(u() * 6))}${many(Math.floor(u() * 22))}`;
    texts.push([String(x), x.toPrecision(17), `${u() < 0.5 ? '-' : ''}${digits.slice(0, 3)}.${digits.slice(3)}`, String(u() * 1e300), /[1-9]/.test(shape) ? shape : '0.5']);
  }
  const file = join(dir, 'precision.csv');
  writeFileSync(file, 'a,b,c,d,e\n' + texts.map((t) => t.join(',')).join('\n') + '\n');
  const sequential = await readCsvColumns(file);
  const parallel = await readCsvColumnsInParallel(file, undefined, { workers: 2, minBytes: 0 });
  assert.ok(parallel && parallel.threads === 2);
  for (const [j, name] of ['a', 'b', 'c', 'd', 'e'].entries()) {
    const expected = Float64Array.from(texts, (t) => Number(t[j])).sort();
    for (const [reader, read] of [['sequential', sequential], ['parallel', parallel]] as const) {
      const got = expand(read.columns.get(name)!);
      assert.equal(got.length, expected.length, `${reader} ${name}`);
      const wrong = got.findIndex((v, i) => !Object.is(v, expected[i]));
      assert.equal(wrong, -1, `${reader} ${name}: ${got[wrong]} where Number() gives ${expected[wrong]}`);
    }
  }
});
