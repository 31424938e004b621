/**
 * Benchmark: decimal text in bytes to doubles — parseDecimal against what it replaces in the CSV readers, a latin1
 * string per field and Number() (the peer: V8's own string-to-double, which is correct and in C++).
 * Usage: node bench/decimal/run.ts [count=2000000] [--repeat=7]
 * The numbers are generated into one Buffer (newline-separated, offsets kept aside), in kinds a CSV carries:
 *   unit     String(Math.random())                  shortest round trip, 15–17 digits ("0.836593765612024")
 *   wide     String(x), x over 10^-9 … 10^9, signed shortest round trip, plain and exponent ("1.2e-7")
 *   p17      x.toPrecision(17), x in [0, 100)        as pandas/numpy write full precision ("11.931948118030451")
 *   short    2-decimal values and integers           the Clinger fast path ("37.42", "-1250")
 *   exp      x.toExponential(1..16), Python's style  exponent forms ("6.0221e+23", "1.2e-07")
 * Each kind is timed on its own and all together, best of --repeat passes per side, the sides alternating (the least
 * disturbed pass on a shared machine); every result is checked to be identical (Object.is) to Number()'s. Also printed: how many
 * numbers parseDecimal handed to Number(text) because Eisel–Lemire could not decide.
 */
import { decimalFallbacks, parseDecimal } from '../../packages/data/src/read/decimal.ts';

const args = process.argv.slice(2);
const count = Number(args.find((a) => !a.startsWith('--')) ?? 2_000_000);
const repeatFlag = args.find((a) => a.startsWith('--repeat='));
const repeat = repeatFlag ? Number(repeatFlag.slice('--repeat='.length)) : 7;
if (!Number.isInteger(count) || count < 1000) throw new Error(`count must be an integer ≥ 1000, got ${count}`);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat must be a positive integer, got ${repeatFlag}`);

// A seeded generator (mulberry32, two draws per 53-bit double), so runs compare the same inputs.
let seed = 0x9e3779b9;
function draw32(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (t ^ (t >>> 14)) >>> 0;
}
function random(): number {
  return ((draw32() >>> 5) * 67108864 + (draw32() >>> 6)) / 9007199254740992;
}
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

const KINDS: Array<[string, () => string]> = [
  ['unit', () => String(random())],
  ['wide', () => String((random() - 0.5) * 10 ** int(-9, 9))],
  ['p17', () => (random() * 100).toPrecision(17)],
  ['short', () => (random() < 0.5 ? (Math.round(random() * 1e5) / 100).toFixed(2) : String(int(-5000, 5000)))],
  ['exp', () => {
    const text = (random() * 10 ** int(-30, 30)).toExponential(int(1, 16));
    return random() < 0.5 ? text : text.replace(/e([+-])(\d)$/, 'e$10$2'); // Python pads the exponent: 1.2e-07
  }],
];

const perKind = Math.floor(count / KINDS.length);
const texts: string[] = [];
const kindStart: number[] = [];
for (const [, make] of KINDS) {
  kindStart.push(texts.length);
  for (let i = 0; i < perKind; i++) texts.push(make());
}
kindStart.push(texts.length);
const n = texts.length;
const data = Buffer.from(texts.join('\n') + '\n', 'latin1');
const starts = new Uint32Array(n);
const ends = new Uint32Array(n);
{
  let at = 0;
  for (let i = 0; i < n; i++) {
    starts[i] = at;
    at += texts[i].length;
    ends[i] = at;
    at++;
  }
}
texts.length = 0;

const viaNumber = new Float64Array(n);
const viaBytes = new Float64Array(n);

function runNumber(from: number, to: number): void {
  for (let i = from; i < to; i++) viaNumber[i] = Number(data.toString('latin1', starts[i], ends[i]));
}
function runBytes(from: number, to: number): void {
  for (let i = from; i < to; i++) viaBytes[i] = parseDecimal(data, starts[i], ends[i]);
}

/** Best ns/number of each side over `repeat` passes, the sides alternating so a burst of load hits both alike. */
function best(from: number, to: number): [number, number] {
  let peer = Infinity;
  let ours = Infinity;
  for (let r = 0; r < repeat; r++) {
    let t = process.hrtime.bigint();
    runNumber(from, to);
    peer = Math.min(peer, Number(process.hrtime.bigint() - t));
    t = process.hrtime.bigint();
    runBytes(from, to);
    ours = Math.min(ours, Number(process.hrtime.bigint() - t));
  }
  return [peer / (to - from), ours / (to - from)];
}

// Warm both paths over everything once (JIT), and count the fallbacks of one full pass.
runNumber(0, n);
const before = decimalFallbacks();
runBytes(0, n);
const fallbacks = decimalFallbacks() - before;
const fallbackByKind = KINDS.map((_, k) => {
  const f0 = decimalFallbacks();
  runBytes(kindStart[k], kindStart[k + 1]);
  return decimalFallbacks() - f0;
});

let mismatches = 0;
for (let i = 0; i < n; i++) {
  if (!Object.is(viaNumber[i], viaBytes[i])) {
    if (mismatches++ < 5) console.error(`MISMATCH ${data.toString('latin1', starts[i], ends[i])}: Number ${viaNumber[i]}, parseDecimal ${viaBytes[i]}`);
  }
}

const rows: string[][] = [];
for (let k = 0; k <= KINDS.length; k++) {
  const all = k === KINDS.length;
  const from = all ? 0 : kindStart[k];
  const to = all ? n : kindStart[k + 1];
  const [peer, ours] = best(from, to);
  const fb = all ? fallbacks : fallbackByKind[k];
  rows.push([all ? 'all' : KINDS[k][0], String(to - from), peer.toFixed(1), ours.toFixed(1), `${(peer / ours).toFixed(2)}×`, `${fb} (${((100 * fb) / (to - from)).toFixed(3)}%)`]);
}

const header = ['kind', 'numbers', 'latin1 + Number() ns/number', 'parseDecimal ns/number', 'speed-up', 'fallbacks to Number()'];
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
console.log(`decimal parsing, ${n} numbers in ${(data.length / 2 ** 20).toFixed(1)} MiB, best of ${repeat} passes per side (node ${process.version})`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
console.log(mismatches === 0 ? `identical: all ${n} results equal Number()'s (Object.is)` : `MISMATCHES: ${mismatches}`);
if (mismatches !== 0) process.exitCode = 1;
