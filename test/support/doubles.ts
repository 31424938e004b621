/**
 * Exact decimal texts around doubles, for the tests of the decimal parsers (decimal.ts and the readers'
 * WebAssembly loops): the bits of a double, and the midpoint between a double and the next one up written out
 * exactly, with a unit of its last digit above and below — the texts where a wrong carry or a wrong
 * round-half-even decision shows.
 */
const bits = new BigUint64Array(1);
const float = new Float64Array(bits.buffer);

export function fromBits(b: bigint): number {
  bits[0] = b;
  return float[0];
}

export function toBits(x: number): bigint {
  float[0] = x;
  return bits[0];
}

/** The exact decimal text of n / 2^k (n ≥ 0). */
function binaryFraction(n: bigint, k: number): string {
  while (k > 0 && (n & 1n) === 0n) { n >>= 1n; k--; }
  const text = (n * 5n ** BigInt(k)).toString().padStart(k + 1, '0');
  return k === 0 ? text : `${text.slice(0, -k)}.${text.slice(-k)}`;
}

/** a·2^1075 as an exact integer, for a finite non-negative double. */
function scaled(a: number): bigint {
  const b = toBits(a);
  const exponent = Number(b >> 52n);
  const fraction = b & ((1n << 52n) - 1n);
  return exponent === 0 ? fraction << 1n : (fraction | (1n << 52n)) << BigInt(exponent);
}

/**
 * For a finite positive double a whose next double up b is finite: the exact midpoint of a and b (it rounds to
 * the one whose significand is even), the midpoint with a digit 1 appended (rounds to b), and the midpoint less
 * a unit of its last digit with a 9 appended (rounds to a). Undefined when b is not finite.
 */
export function midpoints(a: number): { b: number; mid: string; above: string; below: string } | undefined {
  const b = fromBits(toBits(a) + 1n);
  if (!Number.isFinite(b)) return undefined;
  const mid = binaryFraction(scaled(a) + scaled(b), 1076);
  const point = mid.includes('.') ? '' : '.';
  const below = mid.includes('.') ? `${mid.slice(0, -1)}${Number(mid.at(-1)) - 1}9` : `${BigInt(mid) - 1n}.9`;
  return { b, mid, above: mid + point + '1', below };
}
