// Tile packing and result drain shared by the engines of the output-stationary family
// (ir/architectures.ts): copy the operand slices of one tile into dense edge buffers (zeros past
// M/N, i.e. idle PEs), and move resolved accumulators into C.
import type { SimContext, Problem } from './context.js';
import type { AccBank } from './pe.js';
import type { EngineSpec } from './spec.js';

/**
 * Row operand of the tile, [r * K + k]: A[x0 + r][k] when rows index m, else B[k][x0 + r].
 */
export function packRowOperand(p: Problem, rowsAreM: boolean, x0: number, _R: number, rowsReal: number, out: Int32Array): void {
  const K = p.K;
  out.fill(0);
  for (let r = 0; r < rowsReal; r++) {
    if (rowsAreM) out.set(p.a.data.subarray((x0 + r) * K, (x0 + r + 1) * K), r * K);
    else for (let k = 0; k < K; k++) out[r * K + k] = p.b.data[k * p.N + x0 + r];
  }
}

/** Column operand of the tile, [k * C + c]: B[k][y0 + c] when rows index m, else A[y0 + c][k]. */
export function packColOperand(p: Problem, rowsAreM: boolean, y0: number, C: number, colsReal: number, out: Int32Array): void {
  const K = p.K;
  out.fill(0);
  for (let k = 0; k < K; k++) {
    for (let c = 0; c < colsReal; c++) {
      out[k * C + c] = rowsAreM ? p.b.data[k * p.N + y0 + c] : p.a.data[(y0 + c) * K + k];
    }
  }
}

/**
 * The drain: resolve every PE's accumulator (the final CPA: per PE, or one per row streaming
 * the columns out one per cycle) and store the real ones into C.
 */
export function drainOutputs(
  _ctx: SimContext,
  p: Problem,
  acc: AccBank,
  s: EngineSpec,
  rowsAreM: boolean,
  x0: number,
  y0: number,
  rowsReal: number,
  colsReal: number,
): void {
  const C = s.C;
  for (let c = 0; c < colsReal; c++) {
    for (let r = 0; r < rowsReal; r++) {
      const v = acc.resolve(r * C + c);
      const m = rowsAreM ? x0 + r : y0 + c,
        n = rowsAreM ? y0 + c : x0 + r;
      p.c[m * p.N + n] = v;
    }
  }
}
