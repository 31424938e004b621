/**
 * The CSV parser fills column views while it splits a record; a record cut by a chunk boundary is taken back
 * out (`ColumnView.truncate`), string codes it created included, so a batch holds exactly the strings of its
 * rows whatever the chunking.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CsvParser } from '../../packages/data/src/read/csv.ts';
import { ColumnView, TEXT, type ColumnBatch } from '../../packages/data/src/read/column-batch.ts';

const bytes = Buffer.from('name,n\nab,1\nab,2\ncd,3\n"e""f",4\nab,5\n', 'utf8');

test('a record cut anywhere by a chunk boundary leaves no string code behind', () => {
  for (let cut = 1; cut < bytes.length; cut++) {
    const parser = new CsvParser('t.csv', { delimiter: ',', typeOf: () => 'auto', columnar: { batchRows: 100 } });
    parser.push(bytes.subarray(0, cut));
    parser.push(bytes.subarray(cut));
    parser.end();
    const batch: ColumnBatch = parser.takeBatch();
    const names = batch.views[0];
    assert.equal(names.size, 3, `cut at byte ${cut}`);
    assert.deepEqual([0, 1, 2].map((c) => names.text(c)), ['ab', 'cd', 'e"f'], `cut at byte ${cut}`);
    assert.deepEqual([...names.codeCounts()], [3, 1, 1], `cut at byte ${cut}`);
    assert.deepEqual([...batch.views[1].numbers.subarray(0, batch.length)], [1, 2, 3, 4, 5], `cut at byte ${cut}`);
  }
});

test('truncate forgets a code only the dropped row used, and keeps one an earlier row used', () => {
  const view = new ColumnView(8);
  const text = (s: string): void => view.pushText(s);
  text('x');
  text('y');
  view.truncate(1); // 'y' was new in the dropped row: forgotten
  assert.equal(view.size, 1);
  text('x');
  view.truncate(1); // 'x' was used by row 0: kept
  assert.equal(view.size, 1);
  text('z');
  assert.equal(view.codes[1], 1);
  assert.equal(view.text(1), 'z');
  assert.deepEqual([view.kinds[0], view.kinds[1]], [TEXT, TEXT]);
  assert.deepEqual([...view.codeCounts()], [1, 1]);
});

test('interning tells strings apart by their bytes, whatever their hash: every length, differing anywhere', () => {
  // Strings of 0–40 bytes and the same strings with one byte changed (first, middle, last), all interned under
  // one hash, so each look-up compares bytes with every string before it; then each string again.
  const strings: string[] = [];
  for (let n = 0; n <= 40; n++) {
    const s = Array.from({ length: n }, (_, i) => String.fromCharCode(97 + ((i * 7 + n) % 26))).join('');
    strings.push(s);
    for (const at of new Set([0, n >> 1, n - 1])) if (n > 0) strings.push(s.slice(0, at) + 'Z' + s.slice(at + 1));
  }
  const view = new ColumnView(8);
  const data = Buffer.from(`#${strings.join('#')}#`, 'latin1');
  const spans: Array<[number, number]> = [];
  let at = 1;
  for (const s of strings) {
    spans.push([at, at + s.length]);
    at += s.length + 1;
  }
  const codes = spans.map(([s, e]) => view.internHashed(data, s, e, 12345));
  assert.deepEqual(codes, strings.map((_, i) => i), 'each string a new code');
  // Again, from other bytes (a copy laid out differently): the same codes.
  const again = Buffer.from(`--${strings.join('|')}`, 'latin1');
  let from = 2;
  for (const [i, s] of strings.entries()) {
    assert.equal(view.internHashed(again, from, from + s.length, 12345), i, JSON.stringify(s));
    from += s.length + 1;
  }
  assert.deepEqual(strings.map((_, c) => view.text(c)), strings, 'each code keeps its own bytes');
});
