// 2D-Matrix (outer-product style, CYCLES.md): A[r][k] is broadcast along row r and B[k][c]
// along column c at cycle k; every PE multiplies at k and accumulates P cycles later. Operand
// activity is counted on the broadcast edge registers (one per row, one per column).
import type { SimContext, Problem } from './context.js';
import { AccBank, multiplierActivity, ProductPipe, regToggles } from './pe.js';
import type { EngineSpec } from './spec.js';
import { drainOutputs, packColOperand, packRowOperand } from './tiles.js';

export function runMatrix2d(ctx: SimContext, p: Problem, s: EngineSpec): void {
  const { R, C, P } = s;
  const K = p.K;
  const rowsAreM = s.rowVar === 'm';
  const X = rowsAreM ? p.M : p.N, Y = rowsAreM ? p.N : p.M;
  const n = R * C;
  const west = new Int32Array(R * K), north = new Int32Array(K * C);
  // Broadcast registers at the edges: current and next (two-phase).
  let rowCur = new Int32Array(R), rowNext = new Int32Array(R);
  let colCur = new Int32Array(C), colNext = new Int32Array(C);
  const acc = new AccBank(ctx, n, s.carrySave);
  const pipe = new ProductPipe(P, n);
  const rowIsEnc = (s.encOperand === 'A') === rowsAreM;
  const mult = ctx.activity ? multiplierActivity(ctx, n, s) : undefined;
  const maskW = rowsAreM ? s.maskA : s.maskB, maskN = rowsAreM ? s.maskB : s.maskA;
  const act = ctx.activity, busy = ctx.peBusy, tg = ctx.toggles;

  for (let x0 = 0; x0 < X; x0 += R) {
    for (let y0 = 0; y0 < Y; y0 += C) {
      const rowsReal = Math.min(R, X - x0), colsReal = Math.min(C, Y - y0);
      packRowOperand(p, rowsAreM, x0, R, rowsReal, west);
      packColOperand(p, rowsAreM, y0, C, colsReal, north);
      rowCur.fill(0); colCur.fill(0);
      acc.reset(); pipe.reset(); mult?.reset();
      let pending = n * K;
      let t = 0;
      for (; pending > 0; t++) {
        const issuing = t < K; // the broadcast step k = t
        for (let r = 0; r < R; r++) rowNext[r] = issuing ? west[r * K + t] : 0;
        for (let c = 0; c < C; c++) colNext[c] = issuing ? north[t * C + c] : 0;
        if (act) {
          for (let r = 0; r < R; r++) tg.operandRegs += regToggles(rowCur[r], rowNext[r], maskW);
          for (let c = 0; c < C; c++) tg.operandRegs += regToggles(colCur[c], colNext[c], maskN);
        }
        for (let r = 0; r < R; r++) {
          const a = rowNext[r];
          const rowReal = r < rowsReal;
          for (let c = 0; c < C; c++) {
            const i = r * C + c;
            const b = colNext[c];
            const prod = a * b;
            if (act) { if (rowIsEnc) mult!.step(i, a, b, prod); else mult!.step(i, b, a, prod); }
            const q = P === 0 ? (issuing ? prod : NaN) : pipe.push(i, t, issuing ? prod : NaN);
            if (q === q) {
              pending--;
              if (q !== 0) acc.add(i, q, rowsAreM ? x0 + r : y0 + c, rowsAreM ? y0 + c : x0 + r, t);
            }
            if (issuing && rowReal && c < colsReal) busy[i]++;
          }
        }
        { const t_ = rowCur; rowCur = rowNext; rowNext = t_; } { const t_ = colCur; colCur = colNext; colNext = t_; }
        if (ctx.trace) ctx.trace(JSON.stringify({ tile: ctx.tiles.length, cycle: ctx.cycleBase + t, pending }));
      }
      const compute = t + 1;
      drainOutputs(ctx, p, acc, s, rowsAreM, x0, y0, rowsReal, colsReal);
      ctx.pushTile({ m0: rowsAreM ? x0 : y0, n0: rowsAreM ? y0 : x0, k0: 0, fill: 0, steady: K, drain: compute - K + s.drainCycles, stalls: 0 });
    }
  }
  mult?.flush();
}
