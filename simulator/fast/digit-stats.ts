// Digit statistics for the zero-skip cycle formulas. From data (exact): the nonzero digit
// counts the sparse encoders will see. From a distribution (estimate): per-position nonzero
// probabilities and nonzero-count histograms of one value.
import type { Design, IntMatrix, IntType } from '../../ir/index.js';
import { digitTable, type DigitTable } from '../arith/encode.js';
import { distPmf, type Dist } from '../data/dist.js';
import { engineSpec } from '../engine/design-spec.js';

/**
 * Exact counts from the operands. `X` is the encoded operand as X[x][k] (A, or B transposed
 * when B is encoded); `pos[(x * G + grp) * d + p]` = number of k in group grp whose digit p is
 * nonzero (G = ceil(K / g)). Bit-slice baseline: `nnzX[x * K + k]`, `nnzY[k * Y + y]` per value.
 */
export interface DataDigitStats {
  readonly kind: 'data';
  readonly X: number;
  readonly Y: number;
  readonly K: number;
  readonly d: number;
  readonly G: number;
  readonly pos?: Uint8Array;
  readonly nnzX?: Uint8Array;
  readonly nnzY?: Uint8Array;
}

/** Operand value distributions (expected-value estimate). */
export interface DistDigitStats {
  readonly kind: 'dist';
  readonly a: Dist;
  readonly b: Dist;
}

export type DigitStats = DataDigitStats | DistDigitStats;

export function digitStatsFromData(design: Design, a: IntMatrix, b: IntMatrix): DataDigitStats {
  const spec = engineSpec(design);
  const encA = spec.encOperand === 'A';
  const K = a.cols;
  const X = encA ? a.rows : b.cols,
    Y = encA ? b.cols : a.rows;
  const xv = (x: number, k: number) => (encA ? a.data[x * K + k] : b.data[k * b.cols + x]);
  const yv = (k: number, y: number) => (encA ? b.data[k * b.cols + y] : a.data[y * K + k]);
  const tab = spec.encTab,
    d = tab.count;
  const g = spec.group;
  const G = Math.ceil(K / g);
  if (spec.encTab2) {
    const t2 = spec.encTab2;
    const nnzX = new Uint8Array(X * K),
      nnzY = new Uint8Array(K * Y);
    for (let x = 0; x < X; x++) for (let k = 0; k < K; k++) nnzX[x * K + k] = tab.nonzero[xv(x, k) - tab.min];
    for (let k = 0; k < K; k++) for (let y = 0; y < Y; y++) nnzY[k * Y + y] = t2.nonzero[yv(k, y) - t2.min];
    return { kind: 'data', X, Y, K, d, G, nnzX, nnzY };
  }
  const pos = new Uint8Array(X * G * d);
  for (let x = 0; x < X; x++) {
    for (let k = 0; k < K; k++) {
      const base = (xv(x, k) - tab.min) * d,
        o = (x * G + Math.floor(k / g)) * d;
      for (let p = 0; p < d; p++) if (tab.digits[base + p] !== 0) pos[o + p]++;
    }
  }
  return { kind: 'data', X, Y, K, d, G, pos };
}

/** P(digit p of a value is nonzero) for each position, under the value pmf. */
export function positionNonzeroProb(tab: DigitTable, pmf: Float64Array): Float64Array {
  const q = new Float64Array(tab.count);
  for (let v = 0; v < pmf.length; v++) {
    if (pmf[v] === 0) continue;
    for (let p = 0; p < tab.count; p++) if (tab.digits[v * tab.count + p] !== 0) q[p] += pmf[v];
  }
  return q;
}

/** Histogram of the number of nonzero digits of one value (index 0..count). */
export function nonzeroHistogram(tab: DigitTable, pmf: Float64Array): Float64Array {
  const h = new Float64Array(tab.count + 1);
  for (let v = 0; v < pmf.length; v++) h[tab.nonzero[v]] += pmf[v];
  return h;
}

/** Mean nonzero digits per value of type t under dist (DESIGN.md: EN-T ~2.1 on normal(0,20)). */
export function meanNonzeroDigits(t: IntType, scheme: DigitTable['scheme'], dist: Dist): number {
  const tab = digitTable(t, scheme);
  const h = nonzeroHistogram(tab, distPmf(dist, t));
  let m = 0;
  for (let i = 0; i < h.length; i++) m += i * h[i];
  return m;
}
