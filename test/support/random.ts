/** A seeded xorshift32 generator of numbers in [0, 1): the same sequence on every run, for test data. */
export function seededRandom(seed = 12345): () => number {
  let state = seed >>> 0;
  return () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state / 4294967296;
  };
}
