// The exact reference: a plain integer GEMM in k order. Values are accumulated in float64 while
// that is exact (|sum| < 2^53 guaranteed by K * max|product|) and in BigInt otherwise.
import { intRange, type IntMatrix, type IntType, type Result, type WideMatrix } from '../ir/index.js';
import { simError } from './diagnostics.js';

/**
 * C = A * B exactly. With `wrap`, every element is reduced to the two's-complement `acc` range
 * (what hardware with an acc.bits register yields); without it, an element whose running sum
 * (k ascending) leaves the range is an error naming the element and k.
 */
export function referenceGemm(a: IntMatrix, b: IntMatrix, acc: IntType, wrap: boolean): Result<WideMatrix> {
  if (a.cols !== b.rows) return { diagnostics: [simError('S0101', `A is ${a.rows}x${a.cols} but B is ${b.rows}x${b.cols}`)] };
  const M = a.rows,
    K = a.cols,
    N = b.cols;
  const r = intRange(acc);
  const lo = r.min,
    hi = r.max;
  const mod = 1n << BigInt(acc.bits);
  let maxA = 0,
    maxB = 0;
  for (const v of a.data) maxA = Math.max(maxA, Math.abs(v));
  for (const v of b.data) maxB = Math.max(maxB, Math.abs(v));
  const floatOk = K * maxA * maxB < 2 ** 53;
  const out = new BigInt64Array(M * N);
  const loN = Number(lo),
    hiN = Number(hi);
  const row = new Float64Array(N);
  for (let m = 0; m < M; m++) {
    if (floatOk) {
      row.fill(0);
      for (let k = 0; k < K; k++) {
        const av = a.data[m * K + k];
        if (av === 0) continue;
        const bo = k * N;
        for (let n = 0; n < N; n++) row[n] += av * b.data[bo + n];
        if (!wrap) {
          for (let n = 0; n < N; n++) {
            if (row[n] > hiN || row[n] < loN) return overflow(m, n, k, acc);
          }
        }
      }
      for (let n = 0; n < N; n++) out[m * N + n] = fit(BigInt(row[n]), lo, hi, mod, wrap);
    } else {
      for (let n = 0; n < N; n++) {
        let s = 0n;
        for (let k = 0; k < K; k++) {
          s += BigInt(a.data[m * K + k]) * BigInt(b.data[k * N + n]);
          if (!wrap && (s > hi || s < lo)) return overflow(m, n, k, acc);
        }
        out[m * N + n] = fit(s, lo, hi, mod, wrap);
      }
    }
  }
  return { value: { rows: M, cols: N, data: out }, diagnostics: [] };
}

function fit(s: bigint, lo: bigint, hi: bigint, mod: bigint, wrap: boolean): bigint {
  if (!wrap || (s >= lo && s <= hi)) return s;
  const w = ((((s - lo) % mod) + mod) % mod) + lo;
  return w;
}

function overflow(m: number, n: number, k: number, acc: IntType): Result<WideMatrix> {
  return {
    diagnostics: [
      simError('S0103', `C[${m}][${n}] leaves the ${acc.signed ? 'int' : 'uint'}${acc.bits} range at k = ${k}`, {
        hint: 'widen the accumulator or wrap',
      }),
    ],
  };
}
