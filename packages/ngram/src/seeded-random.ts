/**
 * A small deterministic PRNG (mulberry32) so that the same seed gives the same samples in
 * every runtime. Seeds may be any safe integer, negative included (OpenAI's `seed` is 64-bit).
 *
 * @example
 * const random = seededRandom(42);
 * random(); // a number in [0, 1)
 */
export function seededRandom(seed: number): () => number {
  let state = (Math.trunc(seed) ^ Math.trunc(seed / 2 ** 32)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
