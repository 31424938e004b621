/**
 * mergeSortedParts pools sorted parts (plain, or distinct values with counts) into one sorted sample whose
 * observations are exactly all the parts' observations: checked against concatenating and sorting.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeSortedParts, type SortedPart } from '../../packages/drift/src/sorted-merge.ts';

/** Every observation, ascending, with −0 written as 0 (the merge treats them as one value). */
function observations(part: SortedPart): number[] {
  const out: number[] = [];
  part.values.forEach((v, i) => {
    for (let k = 0; k < (part.weights ? part.weights[i] : 1); k++) out.push(v + 0);
  });
  return out;
}

const value = fc.oneof(fc.integer({ min: -20, max: 20 }).map((n) => n / 4), fc.constantFrom(-0, 0), fc.double({ min: -1e6, max: 1e6, noNaN: true }));

/** A weighted part: distinct values (−0 and 0 are one), ascending, counts 1–5. */
const weighted = fc.array(fc.tuple(value, fc.integer({ min: 1, max: 5 })), { maxLength: 60 }).map((pairs) => {
  const byValue = new Map<number, number>();
  for (const [v, w] of pairs) byValue.set(v + 0, (byValue.get(v + 0) ?? 0) + w);
  const sorted = [...byValue].sort((p, q) => p[0] - q[0]);
  return { values: Float64Array.from(sorted, (p) => p[0]), weights: Float64Array.from(sorted, (p) => p[1]) } as SortedPart;
});

/** A plain part: values ascending, repeats allowed. */
const plain = fc.array(value, { maxLength: 60 }).map((vs) => ({ values: Float64Array.from(vs).sort() }) as SortedPart);

test('merging sorted parts keeps every observation, in ascending order, and combines equal values of weighted parts', () => {
  fc.assert(fc.property(fc.array(fc.oneof(weighted, plain), { minLength: 1, maxLength: 5 }), (parts) => {
    const merged = mergeSortedParts(parts);
    const expected = parts.flatMap(observations).sort((p, q) => p - q);
    assert.deepStrictEqual(observations(merged), expected);
    for (let i = 1; i < merged.values.length; i++) assert.ok(merged.values[i - 1] <= merged.values[i], 'ascending');
    assert.equal(merged.weights !== undefined, parts.some((p) => p.weights !== undefined && p.values.length > 0), 'weighted iff a weighted part has values');
    if (parts.every((p) => p.weights !== undefined)) {
      // Distinct values in, distinct values out.
      for (let i = 1; i < merged.values.length; i++) assert.ok(merged.values[i - 1] < merged.values[i], 'distinct');
    }
  }), { numRuns: 3000 });
});
