/**
 * A regular expression run as a DFA over the bytes of ASCII strings, so the regex checks of a column batch
 * whose strings are all ASCII (profile/ascii-texts.ts) test each distinct string from the batch's bytes,
 * without decoding it into a JavaScript string first. Decoding the benchmark's emails for their regex was the
 * scan's largest allocation (23 MB of 32.5 MB per 40 MB scanned). Measured on 40 MB of the benchmark's file in
 * one process, old and new alternating, 12 pairs: a scan checking only the email regex took 193 → 175 ms of
 * CPU; with the whole suite and the profile the difference was within the noise (~5%). The DFA walks four
 * strings at a time, ~1.1 ns a byte (see testAll).
 *
 * The DFA gives RegExp.prototype.test's answer for every ASCII string: it is built from the RegExp's own
 * source and flags, for the part of JavaScript's syntax whose meaning on ASCII text is plain sets of strings —
 * characters, classes (`[…]`, `.`, `\d \w \s` and their complements), groups, alternation, the quantifiers
 * (greedy or lazy: test() only asks whether some match exists), `^` at the start and `$` at the end of the
 * pattern — with the flags `u`, `s` and `i`. Anything else (the flags `m`, `y`, `g` or no `u`; lookaround,
 * back-references, `\b`, anchors elsewhere, Unicode escapes, non-ASCII characters in the pattern, more than
 * MAX_POSITIONS characters once counted repetitions are spelled out, more than MAX_STATES states) gives no DFA,
 * and the check tests decoded strings with the RegExp as before.
 *
 * Construction: Glushkov's automaton (one NFA state per character position of the pattern: which positions
 * may come first, last, and after each one), then the subset construction over the 128 ASCII bytes. A pattern
 * without `^` may match from any position: the first positions are added to every state. Without `$`, a state
 * holding a last position has found a match and keeps it (its transitions lead to itself).
 */
import { isAscii } from 'node:buffer';

/** Character positions at most (after `{m,n}` are spelled out): beyond, the RegExp is used. */
const MAX_POSITIONS = 512;
/** DFA states at most (each a row of 128 Int32 transitions): beyond, the RegExp is used. */
const MAX_STATES = 2048;

type Node =
  | { kind: 'chars'; set: Uint8Array }
  | { kind: 'cat'; items: Node[] }
  | { kind: 'alt'; items: Node[] }
  | { kind: 'repeat'; item: Node; min: number; max: number }
  | { kind: 'start' }
  | { kind: 'end' };

/** Thrown by the parser on syntax it does not translate (never escapes this module). */
class Unsupported extends Error {}

function unsupported(): never {
  throw new Unsupported();
}

function charSet(test: (c: number) => boolean): Uint8Array {
  const set = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (test(c)) set[c] = 1;
  return set;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWord = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** JavaScript's \s on ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
const isSpace = (c: number): boolean => (c >= 9 && c <= 13) || c === 32;
const CLASS_ESCAPES: Record<string, (c: number) => boolean> = {
  d: isDigit, D: (c) => !isDigit(c), w: isWord, W: (c) => !isWord(c), s: isSpace, S: (c) => !isSpace(c),
};
const CONTROL_ESCAPES: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };
/** What `\x` may escape to the character itself with the `u` flag (`-` only inside a class). */
const SYNTAX = '^$\\.*+?()[]{}|/';

class Parser {
  private at = 0;
  private readonly source: string;
  private readonly dotAll: boolean;
  private readonly ignoreCase: boolean;

  constructor(source: string, dotAll: boolean, ignoreCase: boolean) {
    this.source = source;
    this.dotAll = dotAll;
    this.ignoreCase = ignoreCase;
  }

  /**
   * The set as it matches: with the `i` flag, closed under ASCII case (JavaScript compares case-folded
   * characters; the non-ASCII characters that fold to ASCII letters, U+017F and U+212A, never occur here).
   */
  private chars(set: Uint8Array): Node {
    if (this.ignoreCase) {
      for (let upper = 65; upper <= 90; upper++) if (set[upper] === 1 || set[upper + 32] === 1) set[upper] = set[upper + 32] = 1;
    }
    return { kind: 'chars', set };
  }

  parse(): Node {
    const node = this.alternation();
    if (this.at !== this.source.length) unsupported();
    return node;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  private alternation(): Node {
    const items = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      items.push(this.sequence());
    }
    return items.length === 1 ? items[0] : { kind: 'alt', items };
  }

  private sequence(): Node {
    const items: Node[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) items.push(this.quantified());
    return { kind: 'cat', items };
  }

  private quantified(): Node {
    const item = this.atom();
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) unsupported();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (min > max || min > MAX_POSITIONS || (max !== Infinity && max > MAX_POSITIONS)) unsupported();
      this.at += m[0].length - 1;
    } else return item;
    this.at++;
    if (this.peek() === '?') this.at++;
    if (item.kind === 'start' || item.kind === 'end') unsupported();
    return { kind: 'repeat', item, min, max };
  }

  private atom(): Node {
    const c = this.source[this.at++];
    switch (c) {
      case '^': return { kind: 'start' };
      case '$': return { kind: 'end' };
      case '.': return this.chars(charSet((x) => this.dotAll || (x !== 10 && x !== 13)));
      case '[': return this.characterClass();
      case '(': {
        if (this.source.startsWith('?:', this.at)) this.at += 2;
        else if (/^\?<[A-Za-z_$][\w$]*>/.test(this.source.slice(this.at))) this.at = this.source.indexOf('>', this.at) + 1;
        else if (this.peek() === '?') unsupported();
        const node = this.alternation();
        if (this.source[this.at++] !== ')') unsupported();
        return node;
      }
      case '\\': {
        const escaped = this.escape(false);
        return this.chars(typeof escaped === 'number' ? charSet((x) => x === escaped) : escaped);
      }
      case ')': case ']': case '{': case '}': case '*': case '+': case '?': case '|': case undefined:
        return unsupported();
      default: {
        const code = c.charCodeAt(0);
        return this.chars(charSet((x) => x === code));
      }
    }
  }

  /** After a backslash: one character's code, or a set (\d, \w, \s and their complements). */
  private escape(inClass: boolean): number | Uint8Array {
    const c = this.source[this.at++];
    if (c === undefined) unsupported();
    if (c in CLASS_ESCAPES) return charSet(CLASS_ESCAPES[c]);
    if (c in CONTROL_ESCAPES) return CONTROL_ESCAPES[c];
    if (c === '0' && !isDigit(this.source.charCodeAt(this.at))) return 0;
    if (SYNTAX.includes(c) || (inClass && c === '-')) return c.charCodeAt(0);
    if (inClass && c === 'b') return 8;
    return unsupported();
  }

  /** A class: with `i`, a negated one is the complement of its members' case closure (as JavaScript matches it). */
  private characterClass(): Node {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const set = new Uint8Array(128);
    for (;;) {
      const c = this.peek();
      if (c === undefined) unsupported();
      if (c === ']') {
        this.at++;
        break;
      }
      const from = this.classAtom();
      if (this.peek() === '-' && this.source[this.at + 1] !== ']' && this.at + 1 < this.source.length) {
        this.at++;
        const to = this.classAtom();
        if (typeof from !== 'number' || typeof to !== 'number' || from > to) unsupported();
        set.fill(1, from, to + 1);
      } else if (typeof from === 'number') set[from] = 1;
      else for (let x = 0; x < 128; x++) set[x] |= from[x];
    }
    const node = this.chars(set);
    if (negated) for (let x = 0; x < 128; x++) set[x] ^= 1;
    return node;
  }

  private classAtom(): number | Uint8Array {
    const c = this.source[this.at++];
    return c === '\\' ? this.escape(true) : c.charCodeAt(0);
  }
}

/** Glushkov's automaton of a pattern (without its anchors): positions, their characters and what follows each. */
class Positions {
  readonly sets: Uint8Array[] = [];
  readonly follow: Array<Set<number>> = [];

  /** Adds the positions of `node`; returns whether it matches the empty string and its first and last positions. */
  build(node: Node): { nullable: boolean; first: number[]; last: number[] } {
    switch (node.kind) {
      case 'chars': {
        const p = this.sets.length;
        if (p === MAX_POSITIONS) unsupported();
        this.sets.push(node.set);
        this.follow.push(new Set());
        return { nullable: false, first: [p], last: [p] };
      }
      case 'cat': return this.sequence(node.items.map((item) => () => this.build(item)));
      case 'alt': {
        const parts = node.items.map((item) => this.build(item));
        return { nullable: parts.some((p) => p.nullable), first: parts.flatMap((p) => p.first), last: parts.flatMap((p) => p.last) };
      }
      case 'repeat': {
        // item{min,max} as min copies, then one starred copy (max infinite) or max − min optional copies.
        const copies: Array<() => { nullable: boolean; first: number[]; last: number[] }> = [];
        for (let k = 0; k < node.min; k++) copies.push(() => this.build(node.item));
        if (node.max === Infinity) {
          copies.push(() => {
            const part = this.build(node.item);
            for (const l of part.last) for (const f of part.first) this.follow[l].add(f);
            return { ...part, nullable: true };
          });
        } else for (let k = node.min; k < node.max; k++) copies.push(() => ({ ...this.build(node.item), nullable: true }));
        return this.sequence(copies);
      }
      default: return unsupported(); // an anchor not at the pattern's ends
    }
  }

  private sequence(parts: Array<() => { nullable: boolean; first: number[]; last: number[] }>): { nullable: boolean; first: number[]; last: number[] } {
    let nullable = true;
    let first: number[] = [];
    let last: number[] = [];
    for (const make of parts) {
      const part = make();
      for (const l of last) for (const f of part.first) this.follow[l].add(f);
      if (nullable) first = first.concat(part.first);
      last = part.nullable ? last.concat(part.last) : part.last;
      nullable &&= part.nullable;
    }
    return { nullable, first, last };
  }
}

/** A DFA over ASCII bytes: `testAll` answers as the RegExp it was built from does on the strings of those bytes. */
export class ByteRegex {
  /**
   * table[state + byte]: the next state, states numbered by the first cell of their row (state index · 128), so
   * a step is one load and an or; accepting[state >> 7]: whether the string so far matches.
   */
  private readonly table: Int32Array;
  private readonly accepting: Uint8Array;

  constructor(table: Int32Array, accepting: Uint8Array) {
    this.table = table;
    this.accepting = accepting;
  }

  /**
   * The DFA of a RegExp, or undefined when its syntax or flags are beyond what is translated (see above) or
   * its automaton is too large.
   */
  static of(regex: RegExp): ByteRegex | undefined {
    const flags = regex.flags.replace('s', '').replace('i', '');
    if (flags !== 'u' || !isAscii(Buffer.from(regex.source))) return undefined;
    try {
      const tree = new Parser(regex.source, regex.dotAll, regex.ignoreCase).parse();
      // ^ only as the first item and $ only as the last of the whole pattern: Positions declines any other.
      const items = tree.kind === 'cat' ? [...tree.items] : [tree];
      const anchoredStart = items[0]?.kind === 'start';
      if (anchoredStart) items.shift();
      const anchoredEnd = items.at(-1)?.kind === 'end';
      if (anchoredEnd) items.pop();
      const positions = new Positions();
      return build(positions, positions.build({ kind: 'cat', items }), anchoredStart, anchoredEnd);
    } catch (error) {
      if (error instanceof Unsupported) return undefined;
      throw error;
    }
  }

  /**
   * Whether each of `count` strings matches, the c-th being bytes[starts[c], starts[c] + lengths[c]) (every byte
   * below 128): out[c] = `yes` when it does, else `no`. Four strings are walked at a time, byte by byte: a
   * step's load waits on the one before (the state), so four walks interleaved take little more than one
   * (measured over the benchmark's emails, 43 MB per 2M rows: 1.9–2.2 ns a byte one string at a time, 1.1 ns
   * four at a time; 2.6–2.8 ns before states were numbered by their row).
   */
  testAll(bytes: Uint8Array, starts: Int32Array, lengths: Int32Array, count: number, out: Uint8Array, yes: number, no: number): void {
    const table = this.table;
    const accepting = this.accepting;
    let c = 0;
    for (; c + 4 <= count; c += 4) {
      const p0 = starts[c];
      const p1 = starts[c + 1];
      const p2 = starts[c + 2];
      const p3 = starts[c + 3];
      const l0 = lengths[c];
      const l1 = lengths[c + 1];
      const l2 = lengths[c + 2];
      const l3 = lengths[c + 3];
      const both = Math.min(l0, l1, l2, l3);
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < both; i++) {
        s0 = table[s0 | bytes[p0 + i]];
        s1 = table[s1 | bytes[p1 + i]];
        s2 = table[s2 | bytes[p2 + i]];
        s3 = table[s3 | bytes[p3 + i]];
      }
      for (let i = both; i < l0; i++) s0 = table[s0 | bytes[p0 + i]];
      for (let i = both; i < l1; i++) s1 = table[s1 | bytes[p1 + i]];
      for (let i = both; i < l2; i++) s2 = table[s2 | bytes[p2 + i]];
      for (let i = both; i < l3; i++) s3 = table[s3 | bytes[p3 + i]];
      out[c] = accepting[s0 >> 7] === 1 ? yes : no;
      out[c + 1] = accepting[s1 >> 7] === 1 ? yes : no;
      out[c + 2] = accepting[s2 >> 7] === 1 ? yes : no;
      out[c + 3] = accepting[s3 >> 7] === 1 ? yes : no;
    }
    for (; c < count; c++) {
      let s = 0;
      for (let i = starts[c], end = i + lengths[c]; i < end; i++) s = table[s | bytes[i]];
      out[c] = accepting[s >> 7] === 1 ? yes : no;
    }
  }
}

/**
 * The subset construction; state 0 is the start (before any byte). Sets of positions are bitsets (a pattern has
 * up to MAX_POSITIONS): a state's successors are its positions' follow sets or'ed, and-ed with each byte's.
 */
function build(
  positions: Positions, root: { nullable: boolean; first: number[]; last: number[] }, anchoredStart: boolean, anchoredEnd: boolean,
): ByteRegex | undefined {
  const words = Math.max(1, Math.ceil(positions.sets.length / 32));
  const bitset = (members: Iterable<number>): Uint32Array => {
    const bits = new Uint32Array(words);
    for (const p of members) bits[p >>> 5] |= 1 << (p & 31);
    return bits;
  };
  const follow = positions.follow.map(bitset);
  const first = bitset(root.first);
  const last = bitset(root.last);
  const withByte = Array.from({ length: 128 }, (_, byte) => bitset(positions.sets.flatMap((set, p) => (set[byte] === 1 ? [p] : []))));
  const states: Uint32Array[] = [new Uint32Array(words)];
  const ids = new Map<string, number>([['start', 0]]);
  const rows: Int32Array[] = [];
  const accepting: number[] = [];
  const candidates = new Uint32Array(words);
  const next = new Uint32Array(words);
  for (let s = 0; s < states.length; s++) {
    const members = states[s];
    // A match found: at the start, the empty match; after a byte, a last position reached. Without ^ the
    // pattern may also match the empty string where the scan stands.
    const matched = ((s === 0 || !anchoredStart) && root.nullable) || members.some((w, i) => (w & last[i]) !== 0);
    accepting.push(matched ? 1 : 0);
    const row = new Int32Array(128);
    rows.push(row);
    if (matched && !anchoredEnd) {
      row.fill(s << 7);
      continue;
    }
    if (s === 0 || !anchoredStart) candidates.set(first);
    else candidates.fill(0);
    for (let p = 0; p < positions.sets.length; p++) {
      if ((members[p >>> 5] & (1 << (p & 31))) === 0) continue;
      const f = follow[p];
      for (let i = 0; i < words; i++) candidates[i] |= f[i];
    }
    for (let byte = 0; byte < 128; byte++) {
      const chars = withByte[byte];
      for (let i = 0; i < words; i++) next[i] = candidates[i] & chars[i];
      const key = next.join(',');
      let id = ids.get(key);
      if (id === undefined) {
        if (states.length === MAX_STATES) return undefined;
        id = states.length;
        ids.set(key, id);
        states.push(next.slice());
      }
      row[byte] = id << 7;
    }
  }
  const table = new Int32Array(128 * rows.length);
  rows.forEach((row, s) => table.set(row, s << 7));
  return new ByteRegex(table, Uint8Array.from(accepting));
}
