/**
 * Ascending sort of finite float64 values by LSD radix sort on their bit patterns — O(n), about 10x faster
 * than TypedArray#sort on a million values, which matters because KS, Wasserstein and the bin edges all need
 * every numeric column sorted.
 *
 * Order-preserving key (Herf, "Radix tricks", 2001): for a non-negative double flip the sign bit, for a
 * negative one flip every bit; then unsigned order of the 64-bit keys is numeric order (−0 sorts before +0,
 * as with TypedArray#sort). Four passes of 16 bits; a pass whose digit is the same for every value is skipped.
 * Values must not contain NaN (callers drop missing values first).
 */
const SMALL = 4096;

export function sortFloat64(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < SMALL) return values.sort();
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2); // little-endian: [lo, hi] per value
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + 1];
    const mask = h & 0x80000000 ? 0xffffffff : 0x80000000;
    hi[i] = (h ^ mask) >>> 0;
    lo[i] = (words[2 * i] ^ (mask === 0xffffffff ? 0xffffffff : 0)) >>> 0;
  }
  let lo2 = new Uint32Array(n);
  let hi2 = new Uint32Array(n);
  const count = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const src = pass < 2 ? lo : hi;
    const shift = (pass % 2) * 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(src[i] >>> shift) & 0xffff]++;
    if (count[(src[0] >>> shift) & 0xffff] === n) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const d = (src[i] >>> shift) & 0xffff;
      const to = count[d]++;
      lo2[to] = lo[i];
      hi2[to] = hi[i];
    }
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
  }
  for (let i = 0; i < n; i++) {
    const h = hi[i];
    const negative = !(h & 0x80000000);
    words[2 * i + 1] = (negative ? ~h : h ^ 0x80000000) >>> 0;
    words[2 * i] = (negative ? ~lo[i] : lo[i]) >>> 0;
  }
  return values;
}
