/**
 * Row-wise ("column map") expectations: each non-null value passes or fails a test on its own.
 *
 * As in Great Expectations: nulls are neither tested nor counted (so `mostly` is the fraction of non-null
 * values that must pass, and a column of nulls passes vacuously), except in expect_column_values_to_not_be_null
 * and _to_be_null, which test every row. unexpected_percent = unexpected / tested × 100.
 */
import { typeOf, valueKey, type Value } from '../values.ts';
import { FALSE, MISSING, NUMBER, TEXT, TRUE, type ColumnBatch, type ColumnView } from '../read/column-batch.ts';
import { ColumnCheck, type RowContext, type Shift } from './check.ts';
import { compileRegex, inRange, type Kwargs, type Range } from './kwargs.ts';
import { UnexpectedTracker, passesMostly, percent, type ExpectationResult } from './result.ts';
import { asciiBytes, asciiTexts } from '../profile/ascii-texts.ts';
import { ByteRegex } from './byte-regex.ts';

type Outcome = ExpectationResult['result'] & { success: boolean };
/** Distinct strings in a batch from which they are decoded a batch at a time (see ascii-texts.ts). */
const MANY_TEXTS = 256;
const span = new Int32Array(2);

/** What a map check knows beyond its test of a value (see the fields of MapCheck). */
interface MapOptions {
  includeNulls?: boolean;
  range?: Range;
  numbersPass?: boolean;
  asciiTest?: AsciiTest;
}

/**
 * The test of each of a batch's `count` strings, given by their bytes (code c's are bytes[starts[c],
 * starts[c] + lengths[c]), all ASCII, so one byte is one UTF-16 unit): memo[c] = 1 when it passes, 2 when not.
 */
type AsciiTest = (bytes: Uint8Array, starts: Int32Array, lengths: Int32Array, count: number, memo: Uint8Array) => void;

export class MapCheck extends ColumnCheck {
  private readonly test: (value: Value) => boolean;
  private readonly mostly: number | undefined;
  /** Whether nulls are tested (the null checks) rather than skipped. */
  private readonly includeNulls: boolean;
  private readonly unexpected = new UnexpectedTracker();
  private elements = 0;
  private missing = 0;
  /** For a range with numeric (or no) bounds: the bounds, so numbers are tested inline in `addColumn`. */
  private readonly bounds: { min: number; max: number; strictMin: boolean; strictMax: boolean } | undefined;
  /** Whether every number passes (true) or fails (false) when that does not depend on the number (the null checks). */
  private readonly numbersPass: boolean | undefined;
  /**
   * `test` of a string from its bytes, for a batch whose strings are all ASCII: nothing is decoded (the regex
   * checks as a DFA, expect/byte-regex.ts; the length checks by byte counts).
   */
  private readonly asciiTest: AsciiTest | undefined;
  /** A batch's strings by code, when decoded a batch at a time (only the test reads them; replaced each batch). */
  private readonly texts: string[] = [];

  constructor(column: string, mostly: number | undefined, test: (value: Value) => boolean, options: MapOptions = {}) {
    super(column);
    this.test = test;
    this.mostly = mostly;
    this.includeNulls = options.includeNulls === true;
    this.numbersPass = options.numbersPass;
    this.asciiTest = options.asciiTest;
    const range = options.range;
    if (range && (range.min === undefined || typeof range.min === 'number') && (range.max === undefined || typeof range.max === 'number')) {
      this.bounds = { min: range.min ?? -Infinity, max: range.max ?? Infinity, strictMin: range.strictMin === true, strictMax: range.strictMax === true };
    }
  }

  addValue(value: Value, at: RowContext): void {
    this.elements++;
    if (value === null || value === undefined) {
      this.missing++;
      if (!this.includeNulls) return;
    }
    if (!this.test(value)) this.unexpected.add(at.row, at.file, at.line, value ?? null);
  }

  /** Numbers tested row by row; strings and booleans once per distinct value of the batch. */
  override addColumn(view: ColumnView, batch: ColumnBatch, firstRow: number): void {
    const { kinds, numbers, codes } = view;
    const length = view.length;
    const lines = batch.lines;
    const test = this.test;
    // Per code: 0 not tested yet, 1 passes, 2 fails.
    const memo = new Uint8Array(view.size);
    let nullPasses: boolean | undefined;
    let truePasses: boolean | undefined;
    let falsePasses: boolean | undefined;
    const bounds = this.bounds;
    const min = bounds?.min ?? 0;
    const max = bounds?.max ?? 0;
    const strictMin = bounds?.strictMin ?? false;
    const strictMax = bounds?.strictMax ?? false;
    const numbersPass = this.numbersPass;
    const texts = this.testBytes(view, memo) || view.size < MANY_TEXTS || !asciiTexts(view, this.texts) ? undefined : this.texts;
    this.elements += length;
    const failing = this.failingKinds(view, memo, texts);
    if (failing === 0 || failing === 1 << MISSING) {
      // Nothing fails, or only the nulls (the null checks): those rows are found without a walk of the others.
      const missing = view.summary().missing;
      this.missing += missing;
      if (failing === 0) return;
      for (let r = kinds.indexOf(MISSING); r !== -1 && r < length; r = kinds.indexOf(MISSING, r + 1)) this.unexpected.add(firstRow + r, batch.file, lines[r], null);
      return;
    }
    for (let r = 0; r < length; r++) {
      const kind = kinds[r];
      let ok: boolean;
      if (kind === NUMBER) {
        if (numbersPass === true) continue;
        const x = numbers[r];
        ok = numbersPass === false ? false : bounds === undefined ? test(x) : (strictMin ? x > min : x >= min) && (strictMax ? x < max : x <= max);
      } else if (kind === TEXT) {
        const code = codes[r];
        let m = memo[code];
        if (m === 0) memo[code] = m = test(texts === undefined ? view.text(code) : texts[code]) ? 1 : 2;
        ok = m === 1;
      } else if (kind === MISSING) {
        this.missing++;
        if (!this.includeNulls) continue;
        ok = nullPasses ??= test(null);
      } else if (kind === TRUE) ok = truePasses ??= test(true);
      else ok = falsePasses ??= test(false);
      if (!ok) this.unexpected.add(firstRow + r, batch.file, lines[r], view.value(r));
    }
  }

  /**
   * The kinds of the batch's rows that may fail (bit 1 << kind each; 0 when every row passes), known without a
   * loop over its rows: from the view's counts by kind, its numbers' least and greatest (against numeric bounds),
   * one test of null, true and false each, and the strings' memo, filled here (each code is some row's string)
   * up to the first that fails. The usual batch of a passing column passes this way, and only a batch with a
   * failure is walked row by row.
   */
  private failingKinds(view: ColumnView, memo: Uint8Array, texts: string[] | undefined): number {
    const s = view.summary();
    const test = this.test;
    let failing = 0;
    if (s.numbers > 0 && this.numbersPass !== true) {
      const bounds = this.bounds;
      const inBounds = bounds !== undefined && this.numbersPass === undefined && s.finite === s.numbers &&
        (bounds.strictMin ? s.min > bounds.min : s.min >= bounds.min) && (bounds.strictMax ? s.max < bounds.max : s.max <= bounds.max);
      if (!inBounds) failing |= 1 << NUMBER;
    }
    if (s.missing > 0 && this.includeNulls && !test(null)) failing |= 1 << MISSING;
    if (s.trues > 0 && !test(true)) failing |= 1 << TRUE;
    if (s.falses > 0 && !test(false)) failing |= 1 << FALSE;
    if (s.texts > 0) {
      for (let code = 0; code < view.size; code++) {
        let m = memo[code];
        if (m === 0) memo[code] = m = test(texts === undefined ? view.text(code) : texts[code]) ? 1 : 2;
        if (m !== 1) {
          failing |= 1 << TEXT;
          break;
        }
      }
    }
    return failing;
  }

  /** Every code's memo from its bytes, when there is an ASCII test and the batch's strings are all ASCII. */
  private testBytes(view: ColumnView, memo: Uint8Array): boolean {
    const asciiTest = this.asciiTest;
    if (asciiTest === undefined) return false;
    if (asciiBytes(view, span) === undefined) return false;
    const { bytes, starts, lengths } = view.spans();
    asciiTest(bytes, starts, lengths, view.size, memo);
    return true;
  }

  snapshot(): unknown {
    return { elements: this.elements, missing: this.missing, unexpected: this.unexpected.snapshot() };
  }

  absorb(state: unknown, shift: Shift): void {
    const s = state as { elements: number; missing: number; unexpected: ReturnType<UnexpectedTracker['snapshot']> };
    this.elements += s.elements;
    this.missing += s.missing;
    this.unexpected.absorb(s.unexpected, shift);
  }

  finish(): Outcome {
    const tested = this.includeNulls ? this.elements : this.elements - this.missing;
    return {
      success: passesMostly(this.unexpected.count, tested, this.mostly),
      element_count: this.elements,
      missing_count: this.missing,
      unexpected_count: this.unexpected.count,
      unexpected_percent: percent(this.unexpected.count, tested),
      partial_unexpected_list: this.unexpected.examples,
    };
  }
}

const isNull = (v: Value): boolean => v === null || v === undefined;

/** The value as Python's `str()` would print it, for regex and length checks on non-strings. */
function text(v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** Set membership with GE's typing (2 and "2" differ): strings and numbers looked up without building keys. */
function membership(values: unknown[] | undefined): (v: Value) => boolean {
  const strings = new Set<string>();
  const numbers = new Set<number>();
  const others = new Set<string>();
  for (const v of values ?? []) {
    if (typeof v === 'string') strings.add(v);
    else if (typeof v === 'number') numbers.add(v);
    else others.add(valueKey(v as Value));
  }
  return (v) => (typeof v === 'string' ? strings.has(v) : typeof v === 'number' ? numbers.has(v) : others.has(valueKey(v)));
}

/** GE type names (Python, NumPy, pandas and JSON Schema spellings) -> the value types that satisfy them. */
const TYPE_NAMES: Record<string, ReadonlyArray<string>> = {
  int: ['integer'], int8: ['integer'], int16: ['integer'], int32: ['integer'], int64: ['integer'], integer: ['integer'], long: ['integer'],
  Int64: ['integer'], Int32: ['integer'], IntegerType: ['integer'], LongType: ['integer'],
  float: ['number', 'integer'], float32: ['number', 'integer'], float64: ['number', 'integer'], double: ['number', 'integer'],
  number: ['number', 'integer'], DoubleType: ['number', 'integer'], FloatType: ['number', 'integer'],
  str: ['string'], string: ['string'], object: ['string', 'object'], unicode: ['string'], StringType: ['string'],
  bool: ['boolean'], boolean: ['boolean'], BooleanType: ['boolean'],
};

export function columnValueTypes(name: string, kwargs: Kwargs): ReadonlyArray<string> {
  const types = TYPE_NAMES[name];
  if (!types) kwargs.fail(`unknown type '${name}'; known types are: ${Object.keys(TYPE_NAMES).join(', ')}`);
  return types;
}

/** The row-wise expectations by GE name. */
export const MAP_CHECKS: Record<string, (k: Kwargs) => MapCheck> = {
  expect_column_values_to_not_be_null: (k) => new MapCheck(k.column(), k.mostly(), (v) => !isNull(v), { includeNulls: true, numbersPass: true }),
  expect_column_values_to_be_null: (k) => new MapCheck(k.column(), k.mostly(), isNull, { includeNulls: true, numbersPass: false }),
  expect_column_values_to_be_between: (k) => {
    const r: Range = k.range();
    return new MapCheck(k.column(), k.mostly(), (v) => inRange(v, r), { range: r });
  },
  expect_column_values_to_be_in_set: (k) => {
    const inSet = membership(k.list('value_set'));
    return new MapCheck(k.column(), k.mostly(), inSet);
  },
  expect_column_values_to_not_be_in_set: (k) => {
    const inSet = membership(k.list('value_set'));
    return new MapCheck(k.column(), k.mostly(), (v) => !inSet(v));
  },
  expect_column_values_to_match_regex: (k) => {
    const re = compileRegex(k.string('regex'), k);
    const dfa = ByteRegex.of(re);
    return new MapCheck(k.column(), k.mostly(), (v) => re.test(text(v)), { asciiTest: dfa && ((b, s, l, n, memo) => dfa.testAll(b, s, l, n, memo, 1, 2)) });
  },
  expect_column_values_to_not_match_regex: (k) => {
    const re = compileRegex(k.string('regex'), k);
    const dfa = ByteRegex.of(re);
    return new MapCheck(k.column(), k.mostly(), (v) => !re.test(text(v)), { asciiTest: dfa && ((b, s, l, n, memo) => dfa.testAll(b, s, l, n, memo, 2, 1)) });
  },
  expect_column_values_to_match_regex_list: (k) => {
    const res = (k.list('regex_list') ?? []).map((p) => compileRegex(String(p), k));
    const any = k.string('match_on' in k.config.kwargs ? 'match_on' : 'column') !== 'all';
    const dfas = res.map((re) => ByteRegex.of(re));
    const all = dfas.every((dfa) => dfa !== undefined) ? (dfas as ByteRegex[]) : undefined;
    return new MapCheck(k.column(), k.mostly(), (v) => (any ? res.some((re) => re.test(text(v))) : res.every((re) => re.test(text(v)))), {
      // Each DFA's answers (1 matches, 0 not) settle a string that one match passes (any) or one miss fails (all).
      asciiTest: all && ((b, s, l, n, memo) => {
        memo.fill(any ? 2 : 1, 0, n);
        const matches = new Uint8Array(n);
        for (const dfa of all) {
          dfa.testAll(b, s, l, n, matches, 1, 0);
          for (let c = 0; c < n; c++) if (matches[c] === (any ? 1 : 0)) memo[c] = any ? 1 : 2;
        }
      }),
    });
  },
  expect_column_value_lengths_to_be_between: (k) => {
    const r = k.range();
    return new MapCheck(k.column(), k.mostly(), (v) => inRange(text(v).length, r), { asciiTest: (_b, _s, lengths, n, memo) => {
      for (let c = 0; c < n; c++) memo[c] = inRange(lengths[c], r) ? 1 : 2;
    } });
  },
  expect_column_value_lengths_to_equal: (k) => {
    const n = k.optionalNumber('value');
    return new MapCheck(k.column(), k.mostly(), (v) => text(v).length === n, { asciiTest: (_b, _s, lengths, count, memo) => {
      for (let c = 0; c < count; c++) memo[c] = lengths[c] === n ? 1 : 2;
    } });
  },
  expect_column_values_to_be_of_type: (k) => {
    const types = columnValueTypes(k.string('type_'), k);
    return new MapCheck(k.column(), k.mostly(), (v) => types.includes(typeOf(v)));
  },
  expect_column_values_to_be_in_type_list: (k) => {
    const types = (k.list('type_list') ?? []).flatMap((t) => columnValueTypes(String(t), k));
    return new MapCheck(k.column(), k.mostly(), (v) => types.includes(typeOf(v)));
  },
};
