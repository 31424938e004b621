/**
 * The regex checks' DFA over ASCII bytes (expect/byte-regex.ts) answers as RegExp.prototype.test does: on
 * patterns drawn from the syntax it translates (anchors anywhere, so also where it must decline), on the
 * patterns users write, and it declines what it does not translate.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ByteRegex } from '../../packages/data/src/expect/byte-regex.ts';

/**
 * The strings' answers by the DFA, all walked in one call (four at a time, then the rest one by one). Their
 * bytes are their characters (the strings here are ASCII), laid out with other bytes before, between and after.
 */
function dfaTests(dfa: ByteRegex, strings: string[]): boolean[] {
  const starts = new Int32Array(strings.length);
  const lengths = new Int32Array(strings.length);
  let text = '';
  strings.forEach((s, c) => {
    text += '@a\n';
    starts[c] = text.length;
    lengths[c] = s.length;
    text += s;
  });
  const out = new Uint8Array(strings.length + 1).fill(7);
  dfa.testAll(Buffer.from(`${text}b@`, 'latin1'), starts, lengths, strings.length, out, 1, 2);
  assert.equal(out[strings.length], 7, 'testAll writes only the answers asked');
  return [...out.subarray(0, strings.length)].map((answer) => {
    assert.ok(answer === 1 || answer === 2, `answer ${answer}`);
    return answer === 1;
  });
}

const ascii = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 12 });
/**
 * Mostly characters the drawn patterns name, so that matches are common; at most 8 (RegExp, the oracle,
 * backtracks exponentially in the length on drawn patterns such as `(?:(.*(…)*)|…)+x`: minutes at 11).
 */
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', 'c', '@', '.', '-', '1', '_', ' ', '\n', '\r', 'A', 'B', 'C', '\t'), maxLength: 8 }),
  fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 8 }),
);

const inner: fc.Arbitrary<string> = fc.letrec<{ pattern: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    { maxDepth: 2, withCrossShrink: true },
    fc.constantFrom('a', 'b', 'c', '@', '-', '.', '\\d', '\\w', '\\s', '\\D', '\\W', '\\S', '\\.', '\\n', '\\t', '\\0'),
    fc.constantFrom('[a-c]', '[^a]', '[^A]', '[B-Z]', '[^\\W]', '[^\\S]', 'C', '[^@]', '[\\d.]', '[a-]', '[-b]', '[^]', '[]', '[\\w-]', '[--a]', '[a-b-c]', '[\\s\\S]', '[^\\d\\s]', '[.]', '[\\]]', '[\\b]'),
    tie('pattern').map((p) => `(${p})`),
    tie('pattern').map((p) => `(?:${p})`),
  ),
  pattern: fc.array(
    fc.array(fc.oneof(
      { arbitrary: fc.tuple(tie('atom'), fc.constantFrom('', '', '', '*', '+', '?', '{2}', '{1,3}', '{0,}', '{0}', '*?', '+?', '??')).map(([a, q]) => a + q), weight: 40 },
      { arbitrary: fc.constantFrom('^', '$'), weight: 1 }, // inside: the DFA must decline
    ), { maxLength: 3 }).map((items) => items.join('')),
    { minLength: 1, maxLength: 3 },
  ).map((alternatives) => alternatives.join('|')),
})).pattern;
/** Drawn patterns, anchored at either end or not (an alternation in a group, mostly: `^a|b` anchors only `a`). */
const pattern = fc.tuple(fc.constantFrom('', '^'), fc.oneof(inner, inner.map((p) => `(?:${p})`), inner.map((p) => `(${p})`)), fc.constantFrom('', '$'))
  .map((parts) => parts.join(''));

test('the DFA answers as RegExp.test on drawn patterns, flags u, s and i, whenever it is built', () => {
  let built = 0;
  fc.assert(
    fc.property(pattern, fc.constantFrom('u', 'us', 'iu', 'isu'), fc.array(text, { minLength: 1, maxLength: 8 }), (source, flags, strings) => {
      let re: RegExp;
      try {
        re = new RegExp(source, flags);
      } catch {
        return; // not a pattern (a quantified anchor, say)
      }
      const dfa = ByteRegex.of(re);
      if (dfa === undefined) return;
      built++;
      const answers = dfaTests(dfa, strings);
      strings.forEach((s, c) => assert.equal(answers[c], re.test(s), `/${source}/${re.flags} on ${JSON.stringify(s)}`));
    }),
    { numRuns: 2000 },
  );
  // Most drawn patterns are translated (those with anchors inside are not).
  assert.ok(built > 1000, `only ${built} of 2000 patterns gave a DFA`);
});

test('the DFA answers as RegExp.test on the patterns of users\' suites and Great Expectations\' tests', () => {
  const patterns = [
    '^[^@]+@[^@]+$', '^[^@]+@[^@]+m$', '^user\\d*\\.ex', '(1|3)@ex|e\\.com', '^\\d{3}-\\d{2}-\\d{4}$', '[a-z]+', 'a', '^$', '',
    '^[A-Z]{2}$', '^\\s*$', '\\S', '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$', '^(?:[a-z0-9!#$%&\'*+/=?^_`{|}~-]+)@(?:[a-z0-9-]+\\.)+[a-z]{2,}$',
    '^https?://[^\\s/$.?#].[^\\s]*$', '.*', '^.+$', 'x{0}', '^a{2,}$', '^(ab|a)(bc|c)?$', '^\\+?[0-9 ()-]{7,}$', '\\.', '^\\w+$',
  ];
  const strings = ['', 'a', 'user1@example.com', 'user1.example.com', 'a@b@c', '123-45-6789', 'ab', 'abc', 'ES', 'es', ' \t', 'x\ny', 'http://a.b/c d',
    'https://example.com/x', 'User1@Example.COM', 'ABC', 'Es', '0123ABCD-0123-4567-89AB-0123456789AB', '0123abcd-0123-4567-89ab-0123456789ab', '+1 (555) 123-4567', 'a.b', 'aaa', '@', 'user\r@x', 'user3@ex'];
  fc.assert(fc.property(fc.array(ascii, { maxLength: 5 }), (extra) => {
    for (const flags of ['u', 'us', 'iu', 'isu']) {
      for (const source of patterns) {
        const re = new RegExp(source, flags);
        const dfa = ByteRegex.of(re);
        assert.ok(dfa, `/${source}/${flags} has a DFA`);
        const all = [...strings, ...extra];
        const answers = dfaTests(dfa, all);
        all.forEach((s, c) => assert.equal(answers[c], re.test(s), `/${source}/${flags} on ${JSON.stringify(s)}`));
      }
    }
  }), { numRuns: 50 });
});

test('patterns beyond the DFA\'s syntax, flags or size are left to RegExp', () => {
  const declined: Array<[string, string]> = [
    ['^a|b$', 'u'], ['a^b', 'u'], ['(^a)', 'u'], ['a$b', 'u'], ['(a$)|b', 'u'], // anchors not at the pattern's ends
    ['^a$', 'um'], ['^a$', 'ium'], ['abc', ''], ['abc', 'uy'], ['abc', 'gu'], // flags
    ['\\bword\\b', 'u'], ['(?=a)a', 'u'], ['(?!a)b', 'u'], ['(?<=a)b', 'u'], ['(?<!a)b', 'u'], ['(a)\\1', 'u'], ['(?<n>a)\\k<n>', 'u'],
    ['\\p{L}', 'u'], ['\\u0041', 'u'], ['\\x41', 'u'], ['\\cA', 'u'], ['é', 'u'], ['[à-ü]', 'u'],
    ['a{600}', 'u'], ['(?:a{20}){30}', 'u'], ['(a|b)*a(a|b){12}', 'u'], // too many positions or states
  ];
  for (const [source, flags] of declined) assert.equal(ByteRegex.of(new RegExp(source, flags)), undefined, `/${source}/${flags}`);
  // The size limits are the DFA's, not the pattern's: a long but small pattern is translated.
  const dfa = ByteRegex.of(/^a{500}$/u)!;
  assert.deepEqual(dfaTests(dfa, ['a'.repeat(500), 'a'.repeat(499)]), [true, false]);
});
