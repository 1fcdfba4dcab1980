// Partial-product generation with hardware-style sign extension. Each digit d_j of the encoded
// operand x selects pp_j = d_j * y (one of 0, ±y, ±2y), a signed word of wp = bits(y) + 2 bits.
// Instead of sign-extending every row to the full width, hardware inverts each row's sign bit
// (u_j = pp_j + 2^(wp-1), always non-negative) and adds one constant row that cancels the
// biases: sum_j pp_j 2^(s_j) = sum_j u_j 2^(s_j) - sum_j 2^(wp-1+s_j)  (mod 2^W).
import type { DigitEncoding, IntType } from '../../../ir/types.js';
import { encodeDigits } from '../../../simulator/arith/encode.js';

export interface PartialProductRow {
  /** Biased row value u_j (non-negative, wp bits) and its left shift s_j = j * log2(radix). */
  readonly value: bigint;
  readonly shift: number;
  readonly width: number;
  /** The digit that selected it (0 rows are still wired in a parallel multiplier). */
  readonly digit: number;
}

export interface PartialProducts {
  readonly rows: readonly PartialProductRow[];
  /** The sign-extension constant row (mod 2^width). */
  readonly constant: bigint;
  /** Output width W: results are exact modulo 2^W. */
  readonly width: number;
  readonly counts: { readonly rows: number; readonly digits: number; readonly nonzeroDigits: number; readonly rowWidth: number };
}

/** Product width: a + b bits hold every product of an a-bit and a b-bit value. */
export function productWidth(tx: IntType, ty: IntType): number {
  return tx.bits + ty.bits;
}

export function partialProducts(
  x: number,
  tx: IntType,
  scheme: DigitEncoding,
  y: number,
  ty: IntType,
  width = productWidth(tx, ty),
): PartialProducts {
  const e = encodeDigits(x, tx, scheme);
  const step = e.radix === 4 ? 2 : 1;
  const wp = ty.bits + 2;
  const W = BigInt(width);
  const mod = 1n << W;
  const bias = 1n << BigInt(wp - 1);
  const rows: PartialProductRow[] = [];
  let constant = 0n;
  e.digits.forEach((d, j) => {
    const pp = BigInt(d) * BigInt(y);
    rows.push({ value: pp + bias, shift: j * step, width: wp, digit: d });
    constant -= bias << BigInt(j * step);
  });
  constant = ((constant % mod) + mod) % mod;
  return { rows, constant, width, counts: { rows: rows.length, digits: e.digits.length, nonzeroDigits: e.nonzero, rowWidth: wp } };
}

/** The rows (and the constant) as a bit matrix: columns[i] lists the bits of weight 2^i. */
export function toBitMatrix(pp: PartialProducts): number[][] {
  const cols: number[][] = Array.from({ length: pp.width }, () => []);
  const put = (v: bigint, shift: number, w: number) => {
    for (let b = 0; b < w && b + shift < pp.width; b++) cols[b + shift].push(Number((v >> BigInt(b)) & 1n));
  };
  for (const r of pp.rows) put(r.value, r.shift, r.width);
  // The constant contributes only its one bits (hardwired), as a real multiplier does.
  for (let b = 0; b < pp.width; b++) if ((pp.constant >> BigInt(b)) & 1n) cols[b].push(1);
  return cols;
}

/** Column heights of the multiplier's bit matrix (data independent except the constant). */
export function partialProductHeights(tx: IntType, ty: IntType, scheme: DigitEncoding): number[] {
  return toBitMatrix(partialProducts(0, tx, scheme, 0, ty)).map((c) => c.length);
}

/** Addends (any values, reduced mod 2^width) as a bit matrix: a multi-operand adder's input. */
export function addendsToBitMatrix(values: readonly bigint[], width: number): number[][] {
  const mod = 1n << BigInt(width);
  const cols: number[][] = Array.from({ length: width }, () => []);
  for (const v of values) {
    const u = ((v % mod) + mod) % mod;
    for (let b = 0; b < width; b++) cols[b].push(Number((u >> BigInt(b)) & 1n));
  }
  return cols;
}
