/**
 * DDSketch's bucket index i = ceil(ln|x| / ln γ) (quantiles.ts) looked up by the top bits of the double
 * instead of computing a logarithm per value, with the same result as the formula for every double.
 *
 * The doubles with one biased exponent and one value of the top `CELL_BITS` mantissa bits form a cell, an
 * interval [L, U] of magnitudes. The formula's index is fixed for a whole cell when, for t(v) = ln v / ln γ
 * as computed, k − 1 + MARGIN < t(L) and t(U) < k − MARGIN for the integer k = ceil(t(U)): the true t is
 * increasing, and the computed one is within ε of it with ε ≤ |t|·4·2⁻⁵³ (Math.log is within 1 ulp, fdlibm's
 * bound, and the division adds half an ulp); |t| ≤ 710 / ln γ for finite doubles, so ε < 4·10⁻¹⁰ while
 * ln γ ≥ 10⁻⁵ (the sketch does not use the cells below that). So for every x in the cell the computed
 * t(x) lies in (k − 1 + MARGIN − 2ε, k − MARGIN + 2ε) ⊂ (k − 1, k) and its ceiling is k. A cell
 * that does not qualify (one lying across a bucket boundary, about ln(1 + 2⁻¹²) / ln γ ≈ 2.4% of cells at
 * α = 0.5%) is marked and its values take the formula. Cells are worked out when first met, per exponent
 * (a 16 KiB table for each exponent the data uses), and shared by every sketch of the same accuracy.
 */
const CELL_BITS = 12;
const CELLS = 1 << CELL_BITS;
/** The cell's mantissa bits sit just below the exponent in the high word (20 mantissa bits there). */
const CELL_SHIFT = 20 - CELL_BITS;
const MARGIN = 1e-7;
/** Table entries beyond any real index: not worked out yet, or values there take the formula. */
export const UNKNOWN_CELL = 0x7fffffff;
export const FORMULA_CELL = 0x7ffffffe;

export class BucketCells {
  private readonly logGamma: number;
  /** Per biased exponent (0 … 2047): the cells' indexes, or undefined before any value had it. */
  private readonly byExponent: Array<Int32Array | undefined> = new Array(2048).fill(undefined);
  private readonly bits = new Float64Array(1);
  private readonly words = new Uint32Array(this.bits.buffer);

  constructor(logGamma: number) {
    this.logGamma = logGamma;
  }

  /** The cell table of the high word's exponent (`high` without its sign bit). */
  table(high: number): Int32Array {
    const e = high >>> 20;
    let t = this.byExponent[e];
    if (t === undefined) {
      t = new Int32Array(CELLS).fill(UNKNOWN_CELL);
      this.byExponent[e] = t;
    }
    return t;
  }

  /** Position of the high word's cell in its table. */
  static cell(high: number): number {
    return (high >>> CELL_SHIFT) & (CELLS - 1);
  }

  /** Works out (and records) the entry of the high word's cell: its index, or FORMULA_CELL. */
  fill(table: Int32Array, high: number): number {
    const lowHigh = (high & ~((1 << CELL_SHIFT) - 1)) >>> 0;
    const tL = this.t(lowHigh, 0);
    const tU = this.t((lowHigh | ((1 << CELL_SHIFT) - 1)) >>> 0, 0xffffffff);
    const k = Math.ceil(tU);
    const entry = Math.ceil(tL) === k && tL > k - 1 + MARGIN && tU < k - MARGIN ? k : FORMULA_CELL;
    table[BucketCells.cell(high)] = entry;
    return entry;
  }

  /** ln v / ln γ as the sketch computes it, for the double with these words (little-endian: [low, high]). */
  private t(high: number, low: number): number {
    this.words[0] = low;
    this.words[1] = high;
    return Math.log(this.bits[0]) / this.logGamma;
  }
}

const shared = new Map<number, BucketCells>();

/** The cell tables for a ln γ (one per accuracy in a process). */
export function bucketCells(logGamma: number): BucketCells {
  let cells = shared.get(logGamma);
  if (cells === undefined) {
    cells = new BucketCells(logGamma);
    shared.set(logGamma, cells);
  }
  return cells;
}
