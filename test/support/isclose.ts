import assert from 'node:assert/strict';

/** Asserts |actual − expected| ≤ atol + rtol·|expected| (numpy.isclose), against a SciPy golden value. */
export function assertClose(actual: number, expected: number, rtol: number, atol: number, what: string): void {
  if (expected === actual) return;
  assert.ok(
    Math.abs(actual - expected) <= atol + rtol * Math.abs(expected),
    `${what}: got ${actual}, SciPy ${expected} (rtol ${rtol}, atol ${atol})`,
  );
}
