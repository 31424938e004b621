/**
 * A decimal literal in bytes to the nearest double, exactly as `Number(text)` would give it, without making the
 * string. CSV readers call this for every numeric field; the string + Number() path it replaces cost about a
 * third of a reader thread on full-precision floats (`0.836593765612024`, `11.931948118030451`).
 *
 * Grammar (anything else is NaN): `^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$` over bytes [start, end).
 * The value is w · 10^q where w is the significand of the first 19 significant digits and q the decimal exponent
 * (explicit exponent, minus the fraction digits kept, plus the integer digits dropped). Four ways, fastest first:
 *
 * 1. Clinger's fast path (W. D. Clinger, "How to Read Floating Point Numbers Accurately", PLDI 1990): when w < 2^53
 *    (always with at most 15 significant digits, often with 16) and |q| ≤ 22, w and 10^|q| are exact doubles, so
 *    the one IEEE division or multiplication w / 10^-q or w · 10^q is correctly rounded.
 * 2. The exact division (divideExact below) for 2^53 ≤ w < 2^64 and −20 ≤ q ≤ 0, nothing dropped: full-precision
 *    floats as pandas and String() write them ("11.931948118030451").
 * 3. Eisel–Lemire (D. Lemire, "Number Parsing at a Gigabyte per Second", Software: Practice and Experience 51(8),
 *    2021; as in Go's strconv eiselLemire64 and N. Tao's write-up https://nigeltao.github.io/blog/2020/eisel-lemire.html)
 *    for w < 2^64 and -342 ≤ q ≤ 308: normalise w to 64 bits, multiply by the 128-bit truncation of 5^q (10^q's
 *    significand; the power of two goes into the exponent, ⌊217706·q / 2^16⌋ ≈ q·log2 10), keep the top 54 bits and
 *    round half-even to 53. It gives up ("cannot decide") when
 *      - the low bits of the 128-bit product are all ones, and the wider 192-bit product still cannot rule out a
 *        carry from the truncated table entry;
 *      - the product looks like an exact halfway point (low bits all zero, rounding bit set, result even), where
 *        truncation of 5^q could hide which side it is on;
 *      - the result is subnormal or overflows (exponent field ≤ 0 or ≥ 0x7FF);
 *      - more than 19 significant digits with a non-zero digit dropped, and w and w + 1 round differently.
 * 4. Otherwise `Number(latin1 text)` — correctness first. Rare: none of the 16–17-digit numbers of
 *    bench/decimal/run.ts, 0.004% of its exponent forms (where the truncated 5^q makes an exact product look
 *    ambiguous and the division does not apply), and subnormal results.
 *
 * Edge cases: every significand digit zero → ±0 (so "-0", "-0.0", "-0e5" are -0); q > 308 with w ≥ 1 is at least
 * 10^309 → ±Infinity; q < -342 with w < 10^19 is below 10^-324 < MIN_VALUE / 2 → ±0. Explicit exponents saturate
 * at 10^12, far beyond either bound. Any number of digits is read; digits after the 19th only set `truncated`.
 *
 * The per-number path uses only Number arithmetic, Math.imul and 32-bit integer operations: 64-bit values are
 * hi/lo 32-bit halves, and the 32×32→64 products take their low word from Math.imul and their high word from the
 * double product (its error is < 2^12, far below the 2^32 step). BigInt is used only to build the table at load.
 */

const MIN_Q = -348;
const MAX_Q = 347;
const TWO32 = 4294967296;
const INV_TWO32 = 1 / TWO32;
const TWO53 = 9007199254740992;

/** Per power q in [MIN_Q, MAX_Q]: 4 words, most significant first, of ⌊5^q · 2^k⌋ with bit 127 set. */
const POW5 = new Uint32Array((MAX_Q - MIN_Q + 1) * 4);
{
  // Built at load in every thread that parses: 5^k by one multiplication per k, its bit length from log₂ 5
  // (5^k is never a power of two, and no k·log₂ 5 up to 348 comes within 1e-6 of an integer). With 5n ** q and
  // a binary string for the length, this took ~8 ms of each thread's start; now ~3 ms.
  const mask = 0xffffffffn;
  let p = 1n; // 5^k
  for (let k = 0; k <= Math.max(-MIN_Q, MAX_Q); k++, p *= 5n) {
    const bits = Math.floor(k * Math.log2(5)) + 1;
    for (const q of k === 0 ? [0] : [k, -k]) {
      if (q < MIN_Q || q > MAX_Q) continue;
      const v = q >= 0
        ? (bits <= 128 ? p << BigInt(128 - bits) : p >> BigInt(bits - 128))
        : (1n << BigInt(bits + 127)) / p; // in (2^127, 2^128) since 2^(bits-1) < p < 2^bits
      const at = (q - MIN_Q) * 4;
      POW5[at] = Number((v >> 96n) & mask);
      POW5[at + 1] = Number((v >> 64n) & mask);
      POW5[at + 2] = Number((v >> 32n) & mask);
      POW5[at + 3] = Number(v & mask);
    }
  }
}

/** POW2[e] = 2^(e − 1075): a 53-bit integer significand times this is the double with biased exponent e. */
const POW2 = new Float64Array(2047);
{
  let x = Number.MIN_VALUE; // 2^-1074, exact; doubling is exact up to 2^971
  for (let e = 1; e < 2047; e++, x *= 2) POW2[e] = x;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

// Values between the functions of the per-number path go through typed arrays: a double (or an integer above
// 2^30) passed to, returned from or kept by a function that is not inlined would be boxed, one allocation each.
const P = new Uint32Array(4); // the 128-bit product of mul64, most significant word first
const W = new Uint32Array(2); // eiselLemire's w: high and low 32 bits
const RESULT = new Float64Array(1); // eiselLemire's answer

/** (aH·2^32 + aL) × (bH·2^32 + bL) into P[0..3]; all inputs are unsigned 32-bit values. */
function mul64(aH: number, aL: number, bH: number, bL: number): void {
  const llLo = Math.imul(aL, bL) >>> 0;
  const llHi = Math.round((aL * bL - llLo) * INV_TWO32);
  const lhLo = Math.imul(aL, bH) >>> 0;
  const lhHi = Math.round((aL * bH - lhLo) * INV_TWO32);
  const hlLo = Math.imul(aH, bL) >>> 0;
  const hlHi = Math.round((aH * bL - hlLo) * INV_TWO32);
  const hhLo = Math.imul(aH, bH) >>> 0;
  const hhHi = Math.round((aH * bH - hhLo) * INV_TWO32);
  const t1 = llHi + lhLo + hlLo; // < 3·2^32, exact
  const w1 = t1 >>> 0;
  const t2 = hhLo + lhHi + hlHi + (t1 - w1) * INV_TWO32;
  const w2 = t2 >>> 0;
  P[0] = hhHi + (t2 - w2) * INV_TWO32;
  P[1] = w2;
  P[2] = w1;
  P[3] = llLo;
}

/** Whether the 64-bit sum (aH, aL) + (bH, bL) carries out of 64 bits (Go's `a + b < b`). */
function carries(aH: number, aL: number, bH: number, bL: number): boolean {
  return aH + bH + (aL + bL >= TWO32 ? 1 : 0) >= TWO32;
}

/**
 * Eisel–Lemire: the double nearest w · 10^q into RESULT[0], for 0 < w < 2^64 (in W) and q in [MIN_Q, MAX_Q];
 * false when it cannot decide (see the module comment). The sign is the caller's.
 */
function eiselLemire(q: number): boolean {
  let wH = W[0];
  let wL = W[1];
  let clz: number;
  if (wH !== 0) {
    clz = Math.clz32(wH);
    if (clz !== 0) {
      wH = ((wH << clz) | (wL >>> (32 - clz))) >>> 0;
      wL = (wL << clz) >>> 0;
    }
  } else {
    const s = Math.clz32(wL);
    clz = 32 + s;
    wH = (wL << s) >>> 0;
    wL = 0;
  }
  let e2 = ((217706 * q) >> 16) + 64 + 1023 - clz;
  const at = (q - MIN_Q) * 4;
  mul64(wH, wL, POW5[at], POW5[at + 1]);
  let x3 = P[0];
  let x2 = P[1];
  let x1 = P[2];
  let x0 = P[3];
  if ((x2 & 0x1ff) === 0x1ff && carries(x1, x0, wH, wL)) {
    // Wider approximation: add the product with the table entry's low 64 bits.
    mul64(wH, wL, POW5[at + 2], POW5[at + 3]);
    const s0 = x0 + P[1];
    const m0 = s0 >>> 0;
    const s1 = x1 + P[0] + (s0 >= TWO32 ? 1 : 0);
    const m1 = s1 >>> 0;
    let n2 = x2 + (s1 >= TWO32 ? 1 : 0);
    let n3 = x3;
    if (n2 >= TWO32) { n2 = 0; n3++; }
    if ((n2 & 0x1ff) === 0x1ff && m1 === 0xffffffff && m0 === 0xffffffff && carries(P[2], P[3], wH, wL)) return false;
    x3 = n3; x2 = n2; x1 = m1; x0 = m0;
  }
  // The top 54 bits of the product, as a 53-bit integer m and the bit below it (r).
  const msb = x3 >>> 31;
  const shift = msb + 10;
  let m = x3 * (4194304 >>> msb) + (x2 >>> shift); // x3 · 2^(32 − shift), without a branch (msb is a coin toss)
  const r = (x2 >>> (shift - 1)) & 1;
  e2 -= 1 ^ msb;
  // Halfway ambiguity: the bits below r all zero, r set, m even — truncation of 5^q may hide the true side.
  if (x1 === 0 && x0 === 0 && (x2 & 0x1ff) === 0 && r === 1 && ((x2 >>> shift) & 1) === 0) return false;
  m += r; // round half up here; the exact halfway case was excluded above, so this is round-to-nearest
  if (m === TWO53) { m = TWO53 / 2; e2++; }
  if (e2 <= 0 || e2 >= 0x7ff) return false;
  RESULT[0] = m * POW2[e2];
  return true;
}

/**
 * The exact division, for 2^53 ≤ w < 2^64 and q = −k with 0 ≤ k ≤ 20 — full-precision floats as they are written
 * ("11.931948118030451": w = 11931948118030451, k = 15) — in a few double operations instead of Eisel–Lemire's
 * emulated 64×128-bit product:
 * - w = s + t exactly, s the double nearest w (Fast2Sum of w's two 32-bit halves);
 * - x = s / p with p = 10^k exact, so x is within 1.5 ulp of w / p (|t / p| < ulp(x));
 * - r = w − x·p exactly: x·p = h + l by Dekker's product (T. J. Dekker, "A floating-point technique for extending
 *   the available precision", Numer. Math. 18, 1971; x split by Veltkamp's 2^27 + 1, p's halves from a table),
 *   s − h is exact by Sterbenz's lemma, and every partial sum is a multiple of 2^min(0, e_x − 52 + k) below
 *   5^k · 2^2 of them, so it fits 53 bits for k ≤ 20;
 * - w / p − x = r / p against half of x's spacing u (u · p / 2, exact): above it x + u, below its negative x − u,
 *   equal to it the neighbour with the even significand, else x.
 * x a power of two has a spacing of u / 2 below it, so it is left to Eisel–Lemire (NaN here).
 */
const DIVIDE_MAX = 20;
const P10 = new Float64Array(DIVIDE_MAX + 1);
const P10_HIGH = new Float64Array(DIVIDE_MAX + 1);
const P10_LOW = new Float64Array(DIVIDE_MAX + 1);
for (let k = 0; k <= DIVIDE_MAX; k++) {
  const p = POW10[k];
  const c = 134217729 * p;
  P10[k] = p;
  P10_HIGH[k] = c - (c - p);
  P10_LOW[k] = p - P10_HIGH[k];
}
const BITS = new Float64Array(1);
const BITS32 = new Uint32Array(BITS.buffer); // [1] is the high word (little-endian, as every platform Node runs on)

function divideExact(wH: number, wL: number, k: number): number {
  const a = wH * TWO32;
  const s = a + wL;
  const t = wL - (s - a);
  const p = P10[k];
  const x = s / p;
  const c = 134217729 * x;
  const xh = c - (c - x);
  const xl = x - xh;
  const h = x * p;
  const ph = P10_HIGH[k];
  const pl = P10_LOW[k];
  const l = xh * ph - h + xh * pl + xl * ph + xl * pl;
  const r = s - h - l + t;
  BITS[0] = x;
  const high = BITS32[1];
  const low = BITS32[0];
  if ((high & 0xfffff) === 0 && low === 0) return NaN;
  const u = POW2[high >>> 20];
  const half = u * p * 0.5;
  if (r > half || (r === half && (low & 1) === 1)) return x + u;
  if (r < -half || (r === -half && (low & 1) === 1)) return x - u;
  return x;
}

/** How many numbers went to Number(text) since load (for the benchmark's fallback rate). */
let fallbacks = 0;
export function decimalFallbacks(): number {
  return fallbacks;
}

function viaNumber(data: Uint8Array, start: number, end: number): number {
  fallbacks++;
  return Number(Buffer.from(data.buffer, data.byteOffset + start, end - start).toString('latin1'));
}

/** The double `Number(text)` gives for the decimal literal in data[start, end), or NaN when it is not one. */
export function parseDecimal(data: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (i < end) {
    const c = data[i];
    if (c === 0x2d) { negative = true; i++; } else if (c === 0x2b) i++;
  }
  let head = 0; // the first 15 significant digits
  let tail = 0; // significant digits 16..19
  let tailDigits = 0;
  let significant = 0; // digits from the first non-zero one
  let q = 0; // decimal exponent of the kept digits
  let truncated = false; // a non-zero digit after the 19th
  const intStart = i;
  for (; i < end; i++) {
    const d = data[i] - 0x30;
    if (d < 0 || d > 9) break;
    if (significant < 15) {
      head = head * 10 + d;
      if (head !== 0) significant++;
    } else if (significant < 19) {
      tail = tail * 10 + d;
      tailDigits++;
      significant++;
    } else {
      q++;
      if (d !== 0) truncated = true;
    }
  }
  let sawDigit = i > intStart;
  if (i < end && data[i] === 0x2e) {
    const fracStart = ++i;
    for (; i < end; i++) {
      // Two digits per step while both go into head: half as many dependent multiply-adds, which bound the loop.
      if (significant !== 0) {
        while (significant < 14 && i + 1 < end) {
          const d1 = data[i] - 0x30;
          const d2 = data[i + 1] - 0x30;
          if (d1 >>> 0 > 9 || d2 >>> 0 > 9) break;
          head = head * 100 + (d1 * 10 + d2);
          significant += 2;
          q -= 2;
          i += 2;
        }
        if (i === end) break;
      }
      const d = data[i] - 0x30;
      if (d < 0 || d > 9) break;
      if (significant < 15) {
        head = head * 10 + d;
        if (head !== 0) significant++;
        q--;
      } else if (significant < 19) {
        tail = tail * 10 + d;
        tailDigits++;
        significant++;
        q--;
      } else if (d !== 0) {
        truncated = true;
      }
    }
    if (i > fracStart) sawDigit = true;
  }
  if (!sawDigit) return NaN;
  if (i < end && (data[i] | 0x20) === 0x65) {
    i++;
    let negativeExponent = false;
    if (i < end) {
      const c = data[i];
      if (c === 0x2d) { negativeExponent = true; i++; } else if (c === 0x2b) i++;
    }
    const expStart = i;
    let e = 0;
    for (; i < end; i++) {
      const d = data[i] - 0x30;
      if (d < 0 || d > 9) break;
      if (e < 1e12) e = e * 10 + d;
    }
    if (i === expStart) return NaN;
    q += negativeExponent ? -e : e;
  }
  if (i !== end) return NaN;
  if (significant === 0) return negative ? -0 : 0;
  if (significant <= 16 && q >= -22 && q <= 22) {
    // Clinger: w < 2^53 and 10^|q| ≤ 10^22 are exact doubles, so the one division or product rounds correctly.
    // 16 digits qualify when w < 2^53 (computed below 2^53 means exact: rounding is monotonic).
    const w = tailDigits === 0 ? head : head * 10 + tail;
    if (w < TWO53) {
      const v = q < 0 ? w / POW10[-q] : w * POW10[q];
      return negative ? -v : v;
    }
  }
  if (q > 308) return negative ? -Infinity : Infinity;
  if (q < -342) return negative ? -0 : 0;
  // w = head · 10^tailDigits + tail as 32-bit halves (head < 10^15, tail < 10^4, so w < 10^19 < 2^64).
  let wH = Math.floor(head * INV_TWO32);
  let wL = head - wH * TWO32;
  if (tailDigits !== 0) {
    const scale = POW10[tailDigits];
    const low = wL * scale + tail; // < 2^46, exact
    const carry = Math.floor(low * INV_TWO32);
    wL = low - carry * TWO32;
    wH = wH * scale + carry;
  }
  if (!truncated && q <= 0 && q >= -DIVIDE_MAX) {
    const v = divideExact(wH, wL, -q);
    if (v === v) return negative ? -v : v;
  }
  W[0] = wH;
  W[1] = wL;
  if (!eiselLemire(q)) return viaNumber(data, start, end);
  const v = RESULT[0];
  if (truncated) {
    // The digits dropped put the value strictly between w and w + 1 (times 10^q): decided only if both agree.
    if (wL === 0xffffffff) { W[0] = wH + 1; W[1] = 0; } else W[1] = wL + 1;
    if (!eiselLemire(q) || RESULT[0] !== v) return viaNumber(data, start, end);
  }
  return negative ? -v : v;
}
