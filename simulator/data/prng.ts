// Deterministic PRNG (mulberry32): same seed, same stream on every platform. Period 2^32 is
// plenty for test matrices; not for cryptography.
/** Largest seed a command accepts: the PRNG keeps 32 bits and B is drawn with seed + 1. */
export const MAX_SEED = 2 ** 32 - 2;

export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
