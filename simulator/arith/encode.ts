// Digit encoders: decompose an integer into signed digits d_j with weights radix^j so that
// value = sum_j d_j * radix^j. binary: radix 2, digits {0,1} (the top one {0,-1} when signed,
// i.e. the MSB weighted negatively); booth4: radix-4 modified Booth {-2..2} from overlapping
// 3-bit windows; ent: EN-T (sign-magnitude, radix-4 groups with an upward carry, digits
// {-1,0,1,2} of the magnitude, then the sign applied).
import { digitCount, digitRadix, intRange } from '../../ir/derive.js';
import type { DigitEncoding, IntType } from '../../ir/types.js';

export interface Encoded {
  /** Signed digits, least significant first (length = digitCount(type, scheme)). */
  readonly digits: number[];
  readonly radix: 2 | 4;
  /** Digits that are not zero (what a zero-skipping design must issue). */
  readonly nonzero: number;
  /** EN-T only: the sign applied to the magnitude digits (-1 or 1). */
  readonly sign?: number;
}

export function encodeDigits(value: number, t: IntType, scheme: DigitEncoding): Encoded {
  const n = digitCount(t, scheme);
  const digits: number[] = new Array<number>(n).fill(0);
  let sign: number | undefined;
  switch (scheme) {
    case 'binary': {
      // Two's complement bits; |value| < 2^16 so 32-bit ops are exact.
      for (let j = 0; j < n; j++) digits[j] = (value >> j) & 1;
      if (t.signed) digits[n - 1] = -digits[n - 1];
      break;
    }
    case 'booth4': {
      // Unsigned values get a zero prepended (treated as signed w+1 bits): digitCount covers it.
      let prev = 0;
      for (let j = 0; j < n; j++) {
        const b0 = (value >> (2 * j)) & 1;
        const b1 = (value >> (2 * j + 1)) & 1;
        digits[j] = -2 * b1 + b0 + prev;
        prev = b1;
      }
      break;
    }
    case 'ent': {
      // Sign-magnitude; the most negative value has magnitude 2^(w-1), still representable.
      sign = value < 0 ? -1 : 1;
      let mag = Math.abs(value);
      let carry = 0;
      for (let j = 0; j < n; j++) {
        const g = (mag & 3) + carry;
        mag >>>= 2;
        if (g >= 3) {
          digits[j] = g - 4;
          carry = 1;
        } else {
          digits[j] = g;
          carry = 0;
        }
      }
      if (carry !== 0 || mag !== 0) throw new Error(`EN-T: ${value} does not fit ${n} digits`);
      for (let j = 0; j < n; j++) digits[j] = sign * digits[j] + 0; // +0: no negative zero
      break;
    }
  }
  let nonzero = 0;
  for (const d of digits) if (d !== 0) nonzero++;
  return { digits, radix: digitRadix(scheme), nonzero, ...(sign !== undefined ? { sign } : {}) };
}

/** sum_j d_j * radix^j (exact; for checking encoders). */
export function decodeDigits(e: Encoded): number {
  let v = 0;
  for (let j = e.digits.length - 1; j >= 0; j--) v = v * e.radix + e.digits[j];
  return v;
}

/**
 * Every value of a type encoded once: digits of value v at [(v - min) * count + j]. Engines
 * look digits up here instead of encoding per cycle (types are at most 16 bits: <= 64 Ki values).
 */
export interface DigitTable {
  readonly type: IntType;
  readonly scheme: DigitEncoding;
  readonly count: number;
  readonly radix: 2 | 4;
  readonly min: number;
  readonly digits: Int8Array;
  /** Nonzero digits per value, at [v - min]. */
  readonly nonzero: Uint8Array;
}

const tableCache = new Map<string, DigitTable>();

export function digitTable(t: IntType, scheme: DigitEncoding): DigitTable {
  const key = `${t.signed ? 's' : 'u'}${t.bits}:${scheme}`;
  const hit = tableCache.get(key);
  if (hit) return hit;
  const r = intRange(t);
  const min = Number(r.min);
  const size = Number(r.max - r.min) + 1;
  const count = digitCount(t, scheme);
  const digits = new Int8Array(size * count);
  const nonzero = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const e = encodeDigits(min + i, t, scheme);
    digits.set(e.digits, i * count);
    nonzero[i] = e.nonzero;
  }
  const tab: DigitTable = { type: t, scheme, count, radix: digitRadix(scheme), min, digits, nonzero };
  tableCache.set(key, tab);
  return tab;
}
