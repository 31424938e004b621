/**
 * Property-based tests of the CSV reader against a reference RFC 4180 encoder: any table of strings,
 * encoded and fed to the parser in arbitrary chunk splits, comes back unchanged with the right line numbers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CsvParser, type ParsedRows } from '../../packages/data/src/read/csv.ts';
import { parseDecimal } from '../../packages/data/src/read/decimal.ts';

/** Reference encoder: quote a field when it holds the delimiter, a quote, CR or LF, or is empty. */
function encodeField(text: string): string {
  return text === '' || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é', '😀', '\t', '1'), maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    header: fc.uniqueArray(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 5 }), { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 }),
    crlf: fc.boolean(),
    cuts: fc.array(fc.nat(), { maxLength: 6 }),
  }),
);

test('CSV round trip: parse(encode(table)) === table, whatever the chunking', () => {
  fc.assert(
    fc.property(table, ({ header, rows, crlf, cuts }) => {
      const eol = crlf ? '\r\n' : '\n';
      // Fields with their own CR LF inside quotes are fine; a blank single-field row is not encodable apart.
      const records = [header, ...rows].map((r) => r.map(encodeField).join(','));
      const bytes = Buffer.from(records.join(eol) + eol, 'utf8');
      const parser = new CsvParser('t.csv', { delimiter: ',', typeOf: () => 'string' });
      const out: ParsedRows = { rows: [], lines: [] };
      const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
      let at = 0;
      for (const p of [...points, bytes.length]) {
        parser.push(bytes.subarray(at, p), out);
        at = p;
      }
      parser.end(out);
      assert.deepEqual(parser.header, header);
      assert.deepEqual(out.rows, rows);
      // Row i starts after the header and the line breaks of every earlier record.
      let line = 1 + (header.join(',').match(/\n/g)?.length ?? 0) + 1;
      rows.forEach((r, i) => {
        assert.equal(out.lines[i], line);
        line += (r.map(encodeField).join(',').match(/\n/g)?.length ?? 0) + 1;
      });
    }),
    { numRuns: 300 },
  );
});

test('numbers parsed from bytes equal JavaScript Number() of the same text', () => {
  const decimal = fc.tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^\d{1,20}$/), fc.option(fc.stringMatching(/^\d{0,25}$/)), fc.option(fc.integer({ min: -320, max: 320 })))
    .map(([sign, int, frac, exp]) => `${sign}${int}${frac === null ? '' : '.' + frac}${exp === null ? '' : 'e' + exp}`);
  fc.assert(fc.property(fc.oneof(decimal, fc.double({ noNaN: true, noDefaultInfinity: true }).map(String)), (text) => {
    const bytes = Buffer.from(text, 'latin1');
    const expected = /^[+-]?\d/.test(text) && !/[a-zA-Z]/.test(text.replace(/e/, '')) ? Number(text) : NaN;
    assert.ok(Object.is(parseDecimal(bytes, 0, bytes.length), expected) || (parseDecimal(bytes, 0, bytes.length) === 0 && expected === 0), text);
  }), { numRuns: 2000 });
});
