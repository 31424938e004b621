/**
 * Column batches built by hand, for the tests that compare the profile fed column batch by column batch with
 * the profile fed value by value (`add`), the figures both must agree on to the bit.
 */
import { ColumnProfiler, ColumnView, type ColumnProfileJSON, type Value } from '@mlci/data';

/** The values (numbers, strings, booleans, nulls) as column views of `batch` rows each. */
export function columnViews(values: readonly Value[], batch: number): ColumnView[] {
  const out: ColumnView[] = [];
  const slot = new Float64Array(1);
  for (let at = 0; at < values.length; at += batch) {
    const view = new ColumnView(batch);
    for (const v of values.slice(at, at + batch)) {
      if (v === null) view.pushMissing();
      else if (typeof v === 'number') {
        slot[0] = v;
        view.pushNumberFrom(slot);
      } else if (typeof v === 'boolean') view.pushBoolean(v);
      else view.pushText(v as string);
    }
    out.push(view);
  }
  return out;
}

/** The profile of a column fed one value at a time. */
export function profileByValues(values: readonly Value[]): ColumnProfileJSON {
  const p = new ColumnProfiler('c');
  for (const v of values) p.add(v);
  return p.toJSON();
}

/** The profiler of a column fed column views of `batch` rows. */
export function profilerByColumns(values: readonly Value[], batch: number): ColumnProfiler {
  const p = new ColumnProfiler('c');
  for (const view of columnViews(values, batch)) p.addColumn(view);
  return p;
}
