// Multiplier-adder tree (CYCLES.md): rows index k (Kp of them), columns n. Per tile (k-tiles
// outer, n-tiles inner) Kp cycles shift the weight tile in, then row m of A is broadcast at
// cycle Kp+m; each column's tree reduces its Kp products into the column output register P
// cycles later; the output buffer adds k-tiles at accumulator width.
import type { SimContext, Problem } from './context.js';
import { multiplierActivity, ProductPipe, regToggles } from './pe.js';
import type { EngineSpec } from './spec.js';

export function runAdderTree(ctx: SimContext, p: Problem, s: EngineSpec): void {
  const { P } = s;
  const R = s.rowVar === 'k' ? s.R : s.C; // Kp
  const C = s.rowVar === 'k' ? s.C : s.R;
  const { M, N, K } = p;
  const n = R * C;
  let wCur = new Int32Array(n), wNext = new Int32Array(n);
  let aCur = new Int32Array(R), aNext = new Int32Array(R); // broadcast registers, one per row
  const outReg = new Float64Array(C);
  const pipe = new ProductPipe(P, C);
  const aIsEnc = s.encOperand === 'A';
  const mult = ctx.activity ? multiplierActivity(ctx, n, s) : undefined;
  const act = ctx.activity, busy = ctx.peBusy, tg = ctx.toggles;
  const A = p.a.data, B = p.b.data;
  const kRows = s.rowVar === 'k';

  for (let k0 = 0; k0 < K; k0 += R) {
    const kReal = Math.min(R, K - k0);
    for (let n0 = 0; n0 < N; n0 += C) {
      const colsReal = Math.min(C, N - n0);
      wCur.fill(0); aCur.fill(0); outReg.fill(0);
      pipe.reset(); mult?.reset();
      let pending = C * M;
      let t = 0;
      for (; pending > 0; t++) {
        if (t < R) {
          const kw = k0 + R - 1 - t;
          for (let c = 0; c < C; c++) wNext[c] = kw - k0 < kReal && c < colsReal ? B[kw * N + n0 + c] : 0;
          for (let i = C; i < n; i++) wNext[i] = wCur[i - C];
          if (act) for (let i = 0; i < n; i++) tg.operandRegs += regToggles(wCur[i], wNext[i], s.maskB);
          { const t_ = wCur; wCur = wNext; wNext = t_; }
        }
        const m = t - R; // the A row broadcast this cycle
        const issuing = m >= 0 && m < M;
        for (let r = 0; r < R; r++) aNext[r] = issuing && r < kReal ? A[m * K + k0 + r] : 0;
        if (act) for (let r = 0; r < R; r++) tg.operandRegs += regToggles(aCur[r], aNext[r], s.maskA);
        for (let c = 0; c < C; c++) {
          let sum = 0;
          for (let r = 0; r < R; r++) {
            const i = r * C + c;
            const a = aNext[r], w = wCur[i];
            const prod = a * w;
            sum += prod;
            if (act) { if (aIsEnc) mult!.step(i, a, w, prod); else mult!.step(i, w, a, prod); }
            if (issuing && r < kReal && c < colsReal) busy[kRows ? i : c * R + r]++;
          }
          const q = P === 0 ? (issuing ? sum : NaN) : pipe.push(c, t, issuing ? sum : NaN);
          if (q === q) {
            pending--;
            const mo = t - P - R;
            const v = ctx.fix(q, mo, n0 + c, t, 'tree-output');
            if (act) tg.accumulatorRegs += ctx.accToggles(outReg[c], v);
            outReg[c] = v;
            if (c < colsReal) {
              const o = mo * N + n0 + c;
              p.c[o] = k0 === 0 ? v : ctx.fix(p.c[o] + v, mo, n0 + c, t + 1, 'output-buffer');
            }
          }
        }
        { const t_ = aCur; aCur = aNext; aNext = t_; }
        if (ctx.trace) {
          ctx.traceCycle({ tile: ctx.tiles.length, cycle: ctx.cycleBase + t, pending }, (row, col) => {
            const r = kRows ? row : col, c = kRows ? col : row, i = r * C + c;
            const a = aCur[r], b = wCur[i];
            return { a, b, product: a * b, acc: outReg[c] };
          });
        }
      }
      const compute = t + 1;
      ctx.pushTile({ m0: 0, n0, k0, fill: R, steady: M, drain: compute - R - M + s.drainCycles, stalls: 0 });
    }
  }
  mult?.flush();
}
