/**
 * mulberry32: a 32-bit seeded generator, small and fast, good enough to draw sample days for a Monte
 * Carlo forecast (not for anything security related). The same seed always gives the same sequence,
 * which is what makes a forecast repeatable.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
