/**
 * A numeric sample walked in ascending order as (distinct value, count) pairs without holding it in memory:
 * a k-way merge of its in-memory sorted part (values, optionally with counts) and its spilled runs (spill.ts),
 * each run read in blocks. Equal values from any source are one pair (−0 and +0 too: they are equal), so the
 * pairs give exactly the sample's ECDF — what KS, Wasserstein and the quantile bins are functions of.
 * The sources are few (one per spilled run), so the smallest head is found by a linear scan.
 */
import type { NumericSample } from './column-sample.ts';
import { RunReader } from './spill.ts';

export class DistinctStream {
  /** The current distinct value and how many observations have it (valid after next() returned true). */
  value = NaN;
  count = NaN; // a double from the start: counts summed from weights are doubles, and a field changing kind deoptimises
  /**
   * The live sources — the in-memory part first, if any, then the runs — with each one's current value in a
   * Float64Array: the smallest head is found by a scan of plain numbers (no reader objects on the way), and
   * only the sources holding it are touched. A source is dropped from the arrays when it runs out.
   */
  private readonly heads: Float64Array;
  private readonly sources: Source[];
  private live: number;

  constructor(sample: NumericSample) {
    if (!sample.sorted) throw new Error('DistinctStream needs a sorted sample');
    const runs = (sample.runs?.files ?? []).map((f) => new RunReader(f)).filter((r) => r.size > 0);
    this.sources = [];
    if (sample.values.length > 0) this.sources.push({ block: sample.values, weights: sample.weights, at: 0, size: sample.values.length, run: undefined });
    for (const run of runs) this.sources.push({ block: run.block, weights: undefined, at: 0, size: run.size, run });
    this.live = this.sources.length;
    this.heads = new Float64Array(this.live);
    this.sources.forEach((s, r) => (this.heads[r] = s.block[0]));
  }

  /** Moves to the next distinct value; false at the end. */
  next(): boolean {
    const heads = this.heads;
    if (this.live === 0) return false;
    let m = heads[0];
    for (let r = 1; r < this.live; r++) if (heads[r] < m) m = heads[r];
    let c = 0;
    for (let r = 0; r < this.live; ) {
      if (heads[r] !== m) {
        r++;
        continue;
      }
      const s = this.sources[r];
      const w = s.weights;
      // Every entry of this source equal to m (−0 and 0 too), refilling the block as it runs out.
      for (;;) {
        c += w !== undefined ? w[s.at] : 1;
        if (++s.at === s.size && !this.refill(s)) break;
        if (s.block[s.at] !== m) break;
      }
      if (s.at < s.size) {
        heads[r] = s.block[s.at];
        r++;
      } else {
        // Exhausted: the last live source takes its place (order among sources does not matter).
        const last = --this.live;
        this.sources[r] = this.sources[last];
        heads[r] = heads[last];
      }
    }
    this.value = m;
    this.count = c;
    return true;
  }

  /** The next block of a run source; false when there is none (an in-memory source has one block). */
  private refill(s: Source): boolean {
    const run = s.run;
    if (run === undefined || !run.fill()) return false;
    s.block = run.block;
    s.at = 0;
    s.size = run.size;
    return true;
  }

  /** Releases the run files' descriptors (needed only when stopping before the end). */
  close(): void {
    for (const s of this.sources) s.run?.close();
  }
}

interface Source {
  block: Float64Array;
  weights: Float64Array | undefined;
  at: number;
  size: number;
  run: RunReader | undefined;
}

/** Calls f(value, count) for every distinct value in ascending order. */
export function forEachDistinct(sample: NumericSample, f: (value: number, count: number) => void): void {
  const s = new DistinctStream(sample);
  while (s.next()) f(s.value, s.count);
}

/** The sample as sorted distinct values with counts, in memory (for samples known to have few distinct values). */
export function collapse(sample: NumericSample): NumericSample {
  const values: number[] = [];
  const weights: number[] = [];
  forEachDistinct(sample, (v, c) => {
    values.push(v);
    weights.push(c);
  });
  return { kind: 'numeric', values: Float64Array.from(values), weights: Float64Array.from(weights), sorted: true, missing: sample.missing };
}
