/**
 * parseDecimal gives, bit for bit, what Number(text) gives for every text of the decimal grammar, and NaN for
 * every other text. Texts come from doubles printed every way JS prints them, from random digit strings, and from
 * the exact decimal expansions of the midpoints between adjacent doubles (where a wrong carry or a wrong
 * round-half-even decision would show).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDecimal } from '../../packages/data/src/read/decimal.ts';
import { fromBits, midpoints, toBits } from '../support/doubles.ts';

const GRAMMAR = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function parse(text: string): number {
  const bytes = Buffer.from(text, 'latin1');
  return parseDecimal(bytes, 0, bytes.length);
}

/** The reference: Number(text) for the grammar, NaN otherwise. */
function reference(text: string): number {
  return GRAMMAR.test(text) ? Number(text) : NaN;
}

function assertSame(text: string): void {
  const got = parse(text);
  const want = reference(text);
  if (!Object.is(got, want)) assert.fail(`parseDecimal(${JSON.stringify(text)}) = ${got}, Number gives ${want}`);
}


/** Any finite double, uniformly over bit patterns (subnormals, huge and tiny values included), and its sign flipped. */
const anyDouble = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map(fromBits).filter(Number.isFinite);
const doubles = fc.oneof(anyDouble, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));

test('String(x) of any double parses back to x', () => {
  fc.assert(fc.property(doubles, (x) => {
    assertSame(String(x));
    assert.ok(Object.is(parse(String(x)), x === 0 ? 0 : x)); // String(-0) is "0"
  }), { numRuns: 40_000 });
});

test('toPrecision(1..21), toExponential(0..20) and toFixed forms give what Number gives', () => {
  fc.assert(fc.property(doubles, fc.integer({ min: 1, max: 21 }), fc.integer({ min: 0, max: 20 }), (x, p, f) => {
    assertSame(x.toPrecision(p));
    assertSame(x.toExponential(f));
    assertSame(x.toExponential(f).toUpperCase());
    if (Math.abs(x) < 1e21) assertSame(x.toFixed(f));
  }), { numRuns: 30_000 });
});

test('the 16- and 17-digit forms pandas and Python write give what Number gives', () => {
  fc.assert(fc.property(doubles, (x) => {
    assertSame(x.toPrecision(16));
    assertSame(x.toPrecision(17));
    assertSame(x.toPrecision(17).replace(/e\+?/, 'e')); // Python writes 1e-07 and 1e+22
  }), { numRuns: 40_000 });
});

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), minLength: min, maxLength: max });

/** Sign, 1–40 digits with a point anywhere (or none), optional leading/trailing zeros, optional exponent. */
const decimalText = fc.record({
  sign: fc.constantFrom('', '-', '+'),
  body: digits(1, 40),
  point: fc.option(fc.nat({ max: 40 })),
  leadingZeros: fc.nat({ max: 6 }),
  trailingZeros: fc.nat({ max: 6 }),
  e: fc.constantFrom('e', 'E'),
  exponentSign: fc.constantFrom('', '-', '+'),
  exponent: fc.option(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 400 }), fc.nat())),
}).map(({ sign, body, point, leadingZeros, trailingZeros, e, exponentSign, exponent }) => {
  let mantissa = '0'.repeat(leadingZeros) + body + '0'.repeat(trailingZeros);
  if (point !== null) {
    const at = Math.min(point, mantissa.length);
    mantissa = mantissa.slice(0, at) + '.' + mantissa.slice(at);
  }
  return sign + mantissa + (exponent === null ? '' : e + exponentSign + exponent);
});

test('random digit strings of 1–40 digits with any point position and exponent give what Number gives', () => {
  fc.assert(fc.property(decimalText, assertSame), { numRuns: 60_000 });
});

test('leading and trailing zeros do not change the value', () => {
  for (const text of ['0000.000123', '000123.4500000', '0.000000000000000000000000000000000000001', '-00.0', '-0', '-0.0',
    '-0e5', '0e99999999999', '.0', '0.', '100000000000000000000000', '1000000000000000000000000000000e-30']) assertSame(text);
  fc.assert(fc.property(doubles, fc.nat({ max: 30 }), fc.nat({ max: 30 }), (x, lead, trail) => {
    const [mantissa, exponent] = Math.abs(x).toExponential(16).split('e');
    const sign = x < 0 || Object.is(x, -0) ? '-' : '';
    const text = sign + '0'.repeat(lead) + mantissa + '0'.repeat(trail) + 'e' + exponent;
    assertSame(text);
    assert.ok(Object.is(parse(text), x));
  }), { numRuns: 20_000 });
});

/**
 * The midpoint between a finite positive double a and the next one up, exactly, and a digit above and below it:
 * the midpoint rounds to the one of the two whose significand is even, just above to the upper, just below to a.
 */
function checkMidpoint(a: number): void {
  const m = midpoints(a);
  if (m === undefined) return;
  const { b, mid, above, below } = m;
  const even = (toBits(a) & 1n) === 0n ? a : b;
  for (const [text, want] of [[mid, even], [above, b], [below, a]] as const) {
    assertSame(text);
    assert.ok(Object.is(parse(text), want), `${text} should be ${want}`);
    assert.ok(Object.is(parse(`-${text}`), -want));
  }
}

test('exact midpoints between adjacent doubles round half to even; a digit above or below decides', () => {
  const positive = anyDouble.map(Math.abs);
  fc.assert(fc.property(positive, checkMidpoint), { numRuns: 3_000 });
  // Integers between 2^53 and 2^64: midpoints of at most 20 digits, the case Eisel–Lemire must refuse or get right.
  const big = fc.bigInt({ min: 1n << 53n, max: 1n << 64n }).map((n) => Number(n));
  fc.assert(fc.property(big, checkMidpoint), { numRuns: 20_000 });
  // Typical magnitudes of data.
  fc.assert(fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), checkMidpoint), { numRuns: 3_000 });
  for (const a of [Number.MIN_VALUE, 2.2250738585072009e-308, 2.2250738585072014e-308, 1, 2 ** 53, 9007199254740992, Number.MAX_VALUE / 2]) checkMidpoint(a);
});

/**
 * The exact division (16–19 significant digits, at most 20 after the point, no exponent beyond that): every
 * decision of it — x, x ± one spacing, and half-even ties — against Number(). Ties are reachable only where a
 * midpoint between doubles has at most 20 fraction digits and 19 significant ones: doubles from 2^47 up.
 */
test('16–19 significant digits with at most 20 after the point (the exact division) give what Number gives', () => {
  const text = fc.record({ body: digits(15, 18), lead: fc.constantFrom('1', '2', '5', '9'), point: fc.nat({ max: 19 }), sign: fc.constantFrom('', '-') })
    .map(({ body, lead, point, sign }) => {
      const all = lead + body;
      const at = all.length - Math.min(point, all.length);
      return `${sign}${at === 0 ? '0' : all.slice(0, at)}.${all.slice(at)}`;
    });
  fc.assert(fc.property(text, assertSame), { numRuns: 60_000 });
  // Midpoints of doubles between 2^47 and 2^62, and one unit of their last digit above and below (same length).
  const large = fc.double({ min: 2 ** 47, max: 2 ** 62, noNaN: true });
  fc.assert(fc.property(large, (a) => {
    const { b, mid } = midpoints(a)!;
    const fraction = mid.includes('.') ? mid.length - mid.indexOf('.') - 1 : 0;
    const unit = BigInt(mid.replace('.', ''));
    const write = (n: bigint) => {
      const t = n.toString();
      return fraction === 0 ? t : `${t.slice(0, -fraction)}.${t.slice(-fraction)}`;
    };
    const even = (toBits(a) & 1n) === 0n ? a : b;
    for (const [t, want] of [[mid, even], [write(unit + 1n), b], [write(unit - 1n), a]] as const) {
      assertSame(t);
      assert.ok(Object.is(parse(t), want), `${t} should be ${want}`);
    }
  }), { numRuns: 20_000 });
});

test('boundary values', () => {
  const cases: Array<[string, number]> = [
    ['1.7976931348623157e308', Number.MAX_VALUE],
    ['1.7976931348623158e308', Number.MAX_VALUE],
    ['1.7976931348623159e308', Infinity],
    ['-1.7976931348623159e308', -Infinity],
    ['5e-324', Number.MIN_VALUE],
    ['2.4703282292062327e-324', 0],
    ['2.4703282292062328e-324', Number.MIN_VALUE],
    ['-2.4703282292062327e-324', -0],
    ['9007199254740993', 9007199254740992],
    ['9007199254740991', 2 ** 53 - 1],
    ['9007199254740995', 9007199254740996],
    ['1e23', 1e23],
    ['8.98846567431158e307', 2 ** 1023],
    ['1e+99999999999', Infinity],
    ['1e-99999999999', 0],
    ['-1e-99999999999', -0],
    ['0.000001e+99999999999', Infinity],
    ['1' + '0'.repeat(400) + 'e-400', 1],
    ['0.' + '0'.repeat(400) + '1e400', 0.1],
    ['1.2e-07', 1.2e-7],
  ];
  for (const [text, want] of cases) {
    assertSame(text);
    assert.ok(Object.is(parse(text), want), `${text} should be ${want}, got ${parse(text)}`);
  }
  for (const text of [String(Number.MAX_VALUE), String(Number.MIN_VALUE), String(2 ** 53 + 1), String(2 ** 53 - 1),
    String(Number.EPSILON), '2.2250738585072011e-308', '2.2250738585072012e-308', '4.9406564584124654e-324',
    // 16 digits on either side of 2^53 = 9007199254740992 (below: the exact division; above: Eisel–Lemire)
    '0.9007199254740991', '0.9007199254740992', '0.9007199254740993', '900719925474099.3', '9.007199254740993e-5',
    '9007199254740993e22', '9007199254740991e-22', '9007199254740992e-23']) assertSame(text);
});

test('800-digit numbers give what Number gives', () => {
  fc.assert(fc.property(digits(700, 800), fc.nat({ max: 800 }), fc.integer({ min: -1200, max: 400 }), (body, point, exponent) => {
    assertSame(body);
    assertSame(`${body.slice(0, point)}.${body.slice(point)}e${exponent}`);
    assertSame(`0.${body}`);
  }), { numRuns: 300 });
  // 800 digits that are all but exactly a midpoint: the dropped digits decide.
  assertSame('9007199254740993' + '0'.repeat(780) + '1');
  assertSame('9007199254740993' + '0'.repeat(784));
  assertSame('9007199254740992' + '9'.repeat(784));
});

test('texts outside the grammar are NaN', () => {
  for (const text of ['', '-', '+', '.', 'e5', '1e', '1e+', '1e-', '1.2.3', ' 1', '1 ', '+.e1', '0x10', 'Infinity', '-Infinity',
    'NaN', '1_000', '1,5', '--1', '+-1', '1e5.5', '.e1', '-.', '1ee5', '1e5e5', '١', '\t1', '1\n', '1\u00a0', '0b1', '1d', '1f']) {
    assert.ok(Number.isNaN(parse(text)), `${JSON.stringify(text)} should be NaN, got ${parse(text)}`);
  }
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom('0', '1', '9', '.', 'e', 'E', '+', '-', ' ', 'x'), maxLength: 8 }), assertSame), { numRuns: 30_000 });
});

test('only bytes [start, end) are read', () => {
  fc.assert(fc.property(decimalText, digits(0, 5), digits(0, 5), (text, before, after) => {
    const bytes = Buffer.from(before + text + after, 'latin1');
    const got = parseDecimal(bytes, before.length, before.length + text.length);
    assert.ok(Object.is(got, reference(text)), `${text} inside ${before}…${after}: ${got}`);
    // a subarray view with its own byte offset
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset + before.length, text.length);
    assert.ok(Object.is(parseDecimal(view, 0, text.length), reference(text)));
  }), { numRuns: 20_000 });
});
