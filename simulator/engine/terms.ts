// Nonzero digit terms of every value of a type: for value v, its nonzero digits times their
// weights (d_j * radix^j), packed at [(v - min) * count + idx], idx < nonzero[v - min].
// Zero-skipping engines issue exactly these, in order of increasing weight.
import type { DigitTable } from '../arith/encode.js';

const cache = new WeakMap<DigitTable, Int32Array>();

export function nonzeroTerms(tab: DigitTable): Int32Array {
  const hit = cache.get(tab);
  if (hit) return hit;
  const size = tab.nonzero.length,
    d = tab.count;
  const out = new Int32Array(size * d);
  for (let v = 0; v < size; v++) {
    let idx = 0;
    for (let j = 0; j < d; j++) {
      const dig = tab.digits[v * d + j];
      if (dig !== 0) out[v * d + idx++] = dig * tab.radix ** j;
    }
  }
  cache.set(tab, out);
  return out;
}
