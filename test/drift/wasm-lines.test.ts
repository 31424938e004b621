/**
 * The WebAssembly loop over plain lines (wasm-lines.ts, wasm/plain-lines.wat) against the JavaScript one it
 * stands in for (plain-lines.ts): for any block of lines — numbers of 1 to 22 digits (full-precision floats,
 * exact midpoints between doubles, leading zeros), signs, points, exponents, missing markers, empty fields, edge
 * spaces, CRLF line ends, empty lines, lines with too few or too many fields, columns not read — every builder
 * ends with the same sample and the same counts, and a bad line gives the same error. And the committed module
 * is what scripts/build-wasm.mjs makes of the .wat.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { ColumnBuilder } from '../../packages/drift/src/column-builder.ts';
import { scanPlainLines } from '../../packages/drift/src/plain-lines.ts';
import { scanPlainLinesWasm } from '../../packages/drift/src/wasm-lines.ts';
import { createSpillDir, readRun, removeSpillDir } from '../../packages/drift/src/spill.ts';
import { midpoints } from '../support/doubles.ts';

/** The midpoint between a positive double and the next one up, and a unit of its last digit above and below. */
function midpointTexts(a: number): string[] {
  const m = midpoints(a);
  return m ? [m.mid, m.above, m.below] : [];
}

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom('0', '1', '2', '5', '7', '9'), minLength: min, maxLength: max });
const number = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
  fc.double({ min: 1e-3, max: 1e3, noNaN: true }).chain((x) => fc.integer({ min: 15, max: 19 }).map((p) => x.toPrecision(p))),
  // Exact midpoints with 16–19 significant digits (and their neighbours): the exact division's ties.
  fc.double({ min: 2 ** 47, max: 2 ** 60, noNaN: true }).chain((x) => fc.constantFrom(...midpointTexts(x))).filter((t) => t.replace(/[-.]/g, '').replace(/^0+/, '').length <= 19),
  fc.tuple(fc.boolean(), digits(0, 12), fc.boolean(), digits(0, 12)).map(([neg, i, point, f]) => `${neg ? '-' : ''}${i}${point ? '.' : ''}${f}`),
  fc.constantFrom('0', '-0', '1.', '.5', '-.5', '+1', '1e5', '1.5E-3', '-', '.', '', '12a', '1-2', '1.2.3', '00012', '0.000000000000000000012'),
);
const text = fc.oneof(fc.constantFrom('a', 'b', 'yes', 'no', 'NA', 'nan', 'N/A', 'NaN', 'null', 'n', '', ' a', 'a ', 'é', 'c0_a', '7', '1.5'), fc.string({ unit: fc.constantFrom('a', 'b', 'x', '1', '.', '-'), minLength: 1, maxLength: 6 }));
const block = fc.integer({ min: 1, max: 5 }).chain((width) => fc.record({
  width: fc.constant(width),
  read: fc.array(fc.boolean(), { minLength: width, maxLength: width }),
  lines: fc.array(fc.oneof(
    { weight: 20, arbitrary: fc.array(fc.oneof(number, text), { minLength: width, maxLength: width }) },
    { weight: 20, arbitrary: fc.array(number, { minLength: width, maxLength: width }) },
    { weight: 1, arbitrary: fc.array(fc.oneof(number, text), { minLength: 0, maxLength: width + 2 }) },
  ), { minLength: 1, maxLength: 60 }),
  crlf: fc.array(fc.nat(), { maxLength: 3 }),
  maxRows: fc.integer({ min: 1, max: 9 }),
  spill: fc.constantFrom(Infinity, 8),
}));

function run(scan: (buf: Buffer, bs: (ColumnBuilder | undefined)[], st: { file: string; line: number; rows: number }) => void, bytes: Buffer, read: boolean[], spill: number, dir: string): unknown {
  const bs = read.map((r) => (r ? new ColumnBuilder(Number.isFinite(spill) ? { dir, values: spill } : undefined) : undefined));
  const st = { file: 't.csv', line: 2, rows: 0 };
  try {
    scan(bytes, bs, st);
  } catch (error) {
    return { error: (error as Error).message, st };
  }
  return {
    st,
    columns: bs.map((b) => {
      if (!b) return undefined;
      const sample = b.finish();
      const runs = 'runs' in sample && sample.runs ? sample.runs.files.map((f) => [...readRun(f)]) : undefined;
      return { ...sample, ...(runs ? { runs } : {}), values: 'values' in sample ? [...sample.values] : undefined, weights: 'weights' in sample && sample.weights ? [...sample.weights] : undefined, counts: 'counts' in sample ? [...sample.counts] : undefined, converted: b.convertedNumbers };
    }),
  };
}

test('the WebAssembly loop gives every column the sample the JavaScript loop gives, and the same errors', () => {
  const dir = createSpillDir();
  try {
    fc.assert(fc.property(block, ({ read, lines, crlf, maxRows, spill }) => {
      const ends = lines.map(() => '\n');
      for (const c of crlf) ends[c % ends.length] = '\r\n';
      const bytes = Buffer.from(lines.map((l, i) => l.join(',') + ends[i]).join(''), 'utf8');
      const js = run((buf, bs, st) => scanPlainLines(buf, 0, buf.length, bs, st), bytes, read, spill, dir);
      const wasm = run((buf, bs, st) => scanPlainLinesWasm(buf, 0, buf.length, bs, st, { minBytes: 0, maxRows }), bytes, read, spill, dir);
      assert.deepStrictEqual(wasm, js);
    }), { numRuns: 1500 });
  } finally {
    removeSpillDir(dir);
  }
});

test('two categories with the same FNV-1a hash and length stay two keys in the module table', () => {
  // "bgrrrfn" and "gbof0mz" collide in 32-bit FNV-1a: only the bytes tell them apart.
  const rows = Array.from({ length: 300 }, (_, i) => `${i % 3 === 0 ? 'bgrrrfn' : 'gbof0mz'},${i}`);
  const bytes = Buffer.from(rows.join('\n') + '\n');
  const b = new ColumnBuilder();
  b.pushText('x'); // categorical from the start
  scanPlainLinesWasm(bytes, 0, bytes.length, [b, undefined], { file: 't.csv', line: 2, rows: 0 }, { minBytes: 0, maxRows: 7 });
  const sample = b.finish();
  assert.ok(sample.kind === 'categorical');
  assert.deepStrictEqual([...sample.counts].sort(), [['bgrrrfn', 100], ['gbof0mz', 200], ['x', 1]]);
});

test('numbers the builder takes as they are come out as the JavaScript loop gives them', () => {
  // Distinct decimals of up to 15 digits, both signs, then the same with a few 17-digit ones among them: past the
  // grid and the counting, wasm-lines.ts writes them into the builder's array itself (and spills runs).
  const u = fc.sample(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 6 })), { numRuns: 12_000, seed: 7 });
  const byValue = new Map(u.map(([neg, m, k]) => `${neg ? '-' : ''}${(m / 10 ** k).toFixed(k)}`).map((t) => [Number(t), t]));
  const plain = [...byValue.values()];
  const mixed = plain.map((t, i) => (i % 97 === 0 ? String(2 ** 60 + i * 1024) : t));
  const dir = createSpillDir();
  try {
    for (const texts of [plain, mixed]) {
      for (const spill of [undefined, { dir, values: 1000 }]) {
        const bytes = Buffer.from(texts.join('\n') + '\n');
        const read = (scan: (bs: ColumnBuilder[]) => void): number[] => {
          const b = new ColumnBuilder(spill);
          scan([b]);
          const sample = b.finish();
          assert.ok(sample.kind === 'numeric');
          return [...sample.values, ...(sample.runs?.files.flatMap((f) => [...readRun(f)]) ?? [])];
        };
        const js = read((bs) => scanPlainLines(bytes, 0, bytes.length, bs, { file: 't.csv', line: 2, rows: 0 }));
        const wasm = read((bs) => scanPlainLinesWasm(bytes, 0, bytes.length, bs, { file: 't.csv', line: 2, rows: 0 }, { minBytes: 0 }));
        assert.ok(texts.length > 8000);
        assert.deepStrictEqual(wasm, js);
      }
    }
  } finally {
    removeSpillDir(dir);
  }
});

test('numbers on a decimal grid come out counted as the JavaScript loop counts them', () => {
  // Two-decimal prices whose range widens as the rows go (the grid grows, and values past its end go to the
  // builder), with both signs: every count must land in the same slot, and none be lost. Then 2,000 values off
  // the grid, which the builder counts apart.
  const texts = Array.from({ length: 20_000 }, (_, i) => `${i % 7 === 0 ? '-' : ''}${((i * 7919) % (50 + i)) / 100}`);
  for (let i = 0; i < 2000; i++) texts.push(String(Math.PI * (i + 1)));
  const bytes = Buffer.from(texts.join('\n') + '\n');
  const read = (scan: (bs: ColumnBuilder[]) => void): unknown => {
    const b = new ColumnBuilder();
    scan([b]);
    const sample = b.finish();
    assert.ok(sample.kind === 'numeric' && sample.weights !== undefined, 'counted on the grid');
    return { values: [...sample.values], weights: [...sample.weights] };
  };
  const js = read((bs) => scanPlainLines(bytes, 0, bytes.length, bs, { file: 't.csv', line: 2, rows: 0 }));
  const wasm = read((bs) => scanPlainLinesWasm(bytes, 0, bytes.length, bs, { file: 't.csv', line: 2, rows: 0 }, { minBytes: 0, maxRows: 997 }));
  assert.deepStrictEqual(wasm, js);
  assert.equal((js as { weights: number[] }).weights.reduce((a, b) => a + b, 0), texts.length);
});

test('16–19 digit decimals read by the WebAssembly loop are the doubles Number() gives, into plain arrays and spilled runs', () => {
  // Distinct values, so that the builder soon takes them as they are (no grid, no counting): the loop then
  // writes them into its array itself, up to the array's end or the spill size.
  const byValue = new Map<number, string>();
  fc.assert(fc.property(fc.double({ min: 2 ** 47, max: 2 ** 62, noNaN: true }), fc.double({ min: 1e-4, max: 1e4, noNaN: true }), fc.integer({ min: 16, max: 19 }), (a, x, p) => {
    for (const t of [...midpointTexts(a), String(x), x.toPrecision(p)]) {
      if (/^\d+(\.\d+)?$/.test(t) && t.replace('.', '').replace(/^0+/, '').length <= 19 && !byValue.has(Number(t))) byValue.set(Number(t), t);
    }
  }), { numRuns: 5000 });
  const texts = [...byValue.values()];
  const bytes = Buffer.from(texts.join('\n') + '\n');
  const want = Float64Array.from(texts, Number).sort();
  const dir = createSpillDir();
  try {
    for (const spill of [undefined, { dir, values: 1000 }]) {
      const b = new ColumnBuilder(spill);
      scanPlainLinesWasm(bytes, 0, bytes.length, [b], { file: 't.csv', line: 2, rows: 0 }, { minBytes: 0 });
      const sample = b.finish();
      assert.ok(sample.kind === 'numeric');
      const got: number[] = [];
      sample.values.forEach((v, i) => { for (let k = 0; k < (sample.weights?.[i] ?? 1); k++) got.push(v); });
      for (const file of sample.runs?.files ?? []) got.push(...readRun(file));
      assert.ok(texts.length > 6000 && (spill === undefined || (sample.runs?.files.length ?? 0) > 5), `${texts.length} values, ${sample.runs?.files.length} runs`);
      assert.deepStrictEqual(Float64Array.from(got).sort(), want);
    }
  } finally {
    removeSpillDir(dir);
  }
});

test('the committed WebAssembly module is what scripts/build-wasm.mjs makes of the .wat', () => {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'build-wasm.mjs'), '--check']);
});
