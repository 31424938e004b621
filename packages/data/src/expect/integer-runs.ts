/**
 * Integers that arrive as runs of consecutive values on consecutive rows — a row id: 0, 1, 2, … on lines 2, 3,
 * 4, … — kept as one entry per run instead of one spilled record per row, for the uniqueness checks
 * (duplicates.ts). A run is (first value v₀, first row r₀, first line l₀, length n, file): row r₀ + i holds
 * v₀ + i on line l₀ + i (line 0 throughout when the rows have no line). A value that does not continue the
 * open run starts a new one, so any sequence of integers is represented; only the number of runs is capped
 * (`MAX_RUNS`): past it the finder turns every run back into records and stops using runs.
 *
 * Duplicates among runs (exact, no hashing): a value is repeated iff at least two runs cover it. Sorting the
 * runs' end points cuts the value line into elementary segments with a coverage c (runs containing it); every
 * row of a segment with c ≥ 2 is a duplicate, c × (segment length) rows in all (pandas' `duplicated(keep=False)`
 * counts every occurrence). A run's rows grow with its values, so its first duplicate rows are those of its
 * lowest covered-twice segments: at most `MAX_EXAMPLES` are visited per run.
 */
import { MAX_EXAMPLES, type UnexpectedTracker } from './result.ts';

/** Runs a scan keeps before falling back to records (40 bytes each). */
export const MAX_RUNS = 4096;
/** Fields per run: first value, first row, first line (0: none), length, file id. */
export const RUN_FIELDS = 5;

export class IntegerRuns {
  /** Runs [0, count), RUN_FIELDS numbers each. */
  data = new Float64Array(RUN_FIELDS * 64);
  count = 0;

  /**
   * Row `row` (on line `line`, 0 when none, of file `fileId`) holds the safe integer x (−0 given as 0). False
   * when x starts a new run and `MAX_RUNS` are already kept: nothing is added, the caller falls back.
   */
  add(x: number, row: number, line: number, fileId: number): boolean {
    const d = this.data;
    if (this.count > 0) {
      const at = (this.count - 1) * RUN_FIELDS;
      const n = d[at + 3];
      const line0 = d[at + 2];
      if (x === d[at] + n && row === d[at + 1] + n && line === (line0 === 0 ? 0 : line0 + n) && fileId === d[at + 4]) {
        d[at + 3] = n + 1;
        return true;
      }
    }
    if (this.count === MAX_RUNS) return false;
    if ((this.count + 1) * RUN_FIELDS > d.length) {
      const bigger = new Float64Array(d.length * 2);
      bigger.set(d);
      this.data = bigger;
    }
    const at = this.count++ * RUN_FIELDS;
    const e = this.data;
    e[at] = x;
    e[at + 1] = row;
    e[at + 2] = line;
    e[at + 3] = 1;
    e[at + 4] = fileId;
    return true;
  }

  /**
   * `add` of values[from, to), row r holding values[r] on line lines[r] (rows numbered from row0 at `from`),
   * while each continues the open run: returns the index of the first value that does not (`to` when all do),
   * for the caller to `add`. A column of row ids then costs one comparison a row.
   */
  extend(values: Float64Array, lines: Int32Array, from: number, to: number, row0: number, fileId: number): number {
    if (this.count === 0) return from;
    const d = this.data;
    const at = (this.count - 1) * RUN_FIELDS;
    if (d[at + 4] !== fileId) return from;
    const v0 = d[at];
    const first = d[at + 1];
    const line0 = d[at + 2];
    let n = d[at + 3];
    let i = from;
    for (; i < to; i++, n++) {
      const x = values[i];
      // x = v0 + n is an integer; `add` takes only safe ones (a larger one is recorded by its bits).
      if (x !== v0 + n || x > Number.MAX_SAFE_INTEGER || row0 + (i - from) !== first + n || lines[i] !== (line0 === 0 ? 0 : line0 + n)) break;
    }
    d[at + 3] = n;
    return i;
  }

  /** The runs, structured-clonable (a copy of the used part). */
  snapshot(): Float64Array {
    return this.data.slice(0, this.count * RUN_FIELDS);
  }
}

/** The runs of one scan as `IntegerRuns.snapshot` gives them, with where its rows sit in the whole. */
export interface RunSource {
  runs: Float64Array;
  shift: { rows: number; lines: number };
  files: ReadonlyMap<number, string>;
}

/**
 * Counts the rows of repeated values among all runs of `sources` into `into` (count and examples; the caller
 * has made sure no other record can hold an integer, see DuplicateFinder).
 */
export function findRunDuplicates(sources: readonly RunSource[], into: UnexpectedTracker): void {
  let total = 0;
  for (const s of sources) total += s.runs.length / RUN_FIELDS;
  if (total < 2) return;
  // End points of every run [v₀, v₀ + n), sorted and distinct; coverage changes only there.
  const points = new Float64Array(2 * total);
  let p = 0;
  for (const s of sources) {
    const d = s.runs;
    for (let at = 0; at < d.length; at += RUN_FIELDS) {
      points[p++] = d[at];
      points[p++] = d[at] + d[at + 3];
    }
  }
  points.sort();
  let distinct = 0;
  for (let i = 0; i < points.length; i++) if (i === 0 || points[i] !== points[distinct - 1]) points[distinct++] = points[i];
  const change = new Int32Array(distinct);
  for (const s of sources) {
    const d = s.runs;
    for (let at = 0; at < d.length; at += RUN_FIELDS) {
      change[indexOf(points, distinct, d[at])]++;
      change[indexOf(points, distinct, d[at] + d[at + 3])]--;
    }
  }
  // Segments [points[i], points[i + 1]) covered twice or more, in value order.
  const repeated: number[] = [];
  let coverage = 0;
  for (let i = 0; i + 1 < distinct; i++) {
    coverage += change[i];
    if (coverage < 2) continue;
    into.count += coverage * (points[i + 1] - points[i]);
    repeated.push(points[i], points[i + 1]);
  }
  if (repeated.length === 0) return;
  for (const s of sources) {
    const d = s.runs;
    for (let at = 0; at < d.length; at += RUN_FIELDS) {
      const v0 = d[at];
      const end = v0 + d[at + 3];
      const file = s.files.get(d[at + 4])!;
      const row0 = d[at + 1] + s.shift.rows;
      const line0 = d[at + 2] === 0 ? 0 : d[at + 2] + s.shift.lines;
      // First repeated segment ending after v₀ (segments are elementary: one that starts before `end` lies inside).
      let lo = 0;
      let hi = repeated.length / 2;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (repeated[2 * mid + 1] <= v0) lo = mid + 1;
        else hi = mid;
      }
      let taken = 0;
      for (let k = lo; k < repeated.length / 2 && repeated[2 * k] < end && taken < MAX_EXAMPLES; k++) {
        for (let v = repeated[2 * k]; v < repeated[2 * k + 1] && taken < MAX_EXAMPLES; v++, taken++) {
          into.example(row0 + (v - v0), file, line0 === 0 ? undefined : line0 + (v - v0), v);
        }
      }
    }
  }
}

/** The index of x in the sorted distinct points[0, n) (x is one of them). */
function indexOf(points: Float64Array, n: number, x: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
