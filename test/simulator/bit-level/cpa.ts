// Carry-propagate adder: resolves (sum, carry) to binary, modulo 2^width, and reads the result
// as two's complement when signed.
export interface CpaResult {
  readonly value: bigint;
  readonly counts: { readonly width: number };
}

export function cpa(sum: bigint, carry: bigint, width: number, signed: boolean): CpaResult {
  const mod = 1n << BigInt(width);
  let v = (sum + carry) % mod;
  if (signed && v >= mod >> 1n) v -= mod;
  return { value: v, counts: { width } };
}

/** A ripple-carry adder bit by bit (what a CPA computes; used to check the fast add). */
export function rippleAdd(x: bigint, y: bigint, width: number): { value: bigint; carries: number } {
  let c = 0n,
    out = 0n,
    carries = 0;
  for (let i = 0n; i < BigInt(width); i++) {
    const a = (x >> i) & 1n,
      b = (y >> i) & 1n;
    out |= (a ^ b ^ c) << i;
    c = (a & b) | (a & c) | (b & c);
    if (c) carries++;
  }
  return { value: out, carries };
}
