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
  count = 0;
  private readonly values: Float64Array;
  private readonly weights: Float64Array | undefined;
  private i = 0;
  private readonly runs: RunReader[];

  constructor(sample: NumericSample) {
    if (!sample.sorted) throw new Error('DistinctStream needs a sorted sample');
    this.values = sample.values;
    this.weights = sample.weights;
    this.runs = (sample.runs?.files ?? []).map((f) => new RunReader(f)).filter((r) => r.size > 0);
  }

  /** Moves to the next distinct value; false at the end. */
  next(): boolean {
    const values = this.values;
    const runs = this.runs;
    let found = this.i < values.length;
    let m = found ? values[this.i] : 0;
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r];
      if (run.size === 0) continue;
      const v = run.block[run.at];
      if (!found || v < m) {
        m = v;
        found = true;
      }
    }
    if (!found) return false;
    let c = 0;
    const w = this.weights;
    while (this.i < values.length && values[this.i] === m) c += w !== undefined ? w[this.i++] : (this.i++, 1);
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r];
      while (run.size > 0 && run.block[run.at] === m) {
        c++;
        if (++run.at === run.size) run.fill();
      }
    }
    this.value = m;
    this.count = c;
    return true;
  }

  /** Releases the run files' descriptors (needed only when stopping before the end). */
  close(): void {
    for (const r of this.runs) r.close();
  }
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
