// Population count of 32-bit words through a 64 Ki-entry table: two loads per word, the
// cheapest way in JS to count register toggles (popcount of old XOR new) every cycle.
export const POP16: Uint8Array = (() => {
  const t = new Uint8Array(65536);
  for (let i = 1; i < 65536; i++) t[i] = (i & 1) + t[i >>> 1];
  return t;
})();

export function popcount32(x: number): number {
  return POP16[x & 0xffff] + POP16[(x >>> 16) & 0xffff];
}

/** Mask of the low `bits` bits as an int32 (bits >= 32 gives all ones). */
export function lowMask(bits: number): number {
  return bits >= 32 ? -1 : (1 << bits) - 1;
}
