// Weight-stationary systolic array (CYCLES.md): rows index k (R of them), columns n. Per tile
// (k-tiles outer, n-tiles inner) the weight tile shifts in one row per cycle (R cycles), then
// A[m][k0+r] enters row r at cycle R+m+r and moves east; PE(r,c) multiplies at R+m+r+c and
// adds the partial sum from the PE above P cycles later; C[m][c] leaves the bottom of column c
// the cycle after PE(R-1,c) adds, into the output buffer that sums k-tiles at acc width.
import { POP16 } from '../arith/popcount.js';
import type { SimContext, Problem } from './context.js';
import { multiplierActivity, ProductPipe, regToggles } from './pe.js';
import type { EngineSpec } from './spec.js';

export function runSystolicWs(ctx: SimContext, p: Problem, s: EngineSpec): void {
  const { P } = s;
  const R = s.rowVar === 'k' ? s.R : s.C; // k extent
  const C = s.rowVar === 'k' ? s.C : s.R; // n extent
  const { M, N, K } = p;
  const n = R * C;
  let wCur = new Int32Array(n), wNext = new Int32Array(n);
  let aCur = new Int32Array(n), aNext = new Int32Array(n);
  let amCur = new Int32Array(n), amNext = new Int32Array(n); // m carried with A (-1: bubble)
  let psCur = new Float64Array(n), psNext = new Float64Array(n);
  const csa = s.carrySave && ctx.activity && ctx.accBits <= 32;
  let sCur = new Int32Array(csa ? n : 0), sNext = new Int32Array(csa ? n : 0);
  let cCur = new Int32Array(csa ? n : 0), cNext = new Int32Array(csa ? n : 0);
  const pipe = new ProductPipe(P, n);
  const aIsEnc = s.encOperand === 'A';
  const mult = ctx.activity ? multiplierActivity(ctx, n, s) : undefined;
  const w2 = mult !== undefined && mult.W === 2;
  const PT = mult?.packed ?? new Int32Array(0), prevKey = mult?.prevKey ?? new Int32Array(0), prevProd = mult?.prevProd ?? new Int32Array(0);
  const xMin = mult?.tab.min ?? 0, yMin = mult?.yMin ?? 0, ySize = mult?.ySize ?? 0, prodMask = mult?.prodMask ?? 0;
  const act = ctx.activity, busy = ctx.peBusy, tg = ctx.toggles, mask = ctx.loMask;
  const A = p.a.data, B = p.b.data;
  const kRows = s.rowVar === 'k';

  for (let k0 = 0; k0 < K; k0 += R) {
    const kReal = Math.min(R, K - k0);
    for (let n0 = 0; n0 < N; n0 += C) {
      const colsReal = Math.min(C, N - n0);
      for (const arr of [wCur, aCur, psCur, sCur, cCur]) arr.fill(0);
      amCur.fill(-1);
      pipe.reset(); mult?.reset();
      let pending = n * M;
      let t = 0;
      let opT = 0, accT = 0, ppT = 0, prT = 0; // toggles of this tile, added to the shared records at its end
      const maskA = s.maskA, hiAcc = ctx.hiMask !== 0, lo = ctx.accMin, hi = ctx.accMax;
      for (; pending > 0; t++) {
        // Weight load: row 0 takes B row k0+R-1-t, every other row takes the row above.
        if (t < R) {
          const kw = k0 + R - 1 - t;
          for (let c = 0; c < C; c++) wNext[c] = kw - k0 < kReal && c < colsReal ? B[kw * N + n0 + c] : 0;
          for (let i = C; i < n; i++) wNext[i] = wCur[i - C];
          if (act) for (let i = 0; i < n; i++) tg.operandRegs += regToggles(wCur[i], wNext[i], s.maskB);
          { const t_ = wCur; wCur = wNext; wNext = t_; }
        }
        for (let r = 0; r < R; r++) {
          const mw = t - R - r; // the m entering row r this cycle
          const westOk = mw >= 0 && mw < M;
          const westV = westOk && r < kReal ? A[mw * K + k0 + r] : 0;
          for (let c = 0; c < C; c++) {
            const i = r * C + c;
            let a: number, am: number;
            if (c === 0) { a = westV; am = westOk ? mw : -1; } else { a = aCur[i - 1]; am = amCur[i - 1]; }
            aNext[i] = a; amNext[i] = am;
            const w = wCur[i];
            const prod = a * w;
            if (act) {
              opT += regToggles(aCur[i], a, maskA);
              if (w2) {
                // mult.step inlined for two packed words (int8-class operands): the hot path.
                const key = ((aIsEnc ? a : w) - xMin) * ySize + ((aIsEnc ? w : a) - yMin);
                const k2 = key * 2, pk = prevKey[i] * 2;
                const z0 = PT[k2] ^ PT[pk], z1 = PT[k2 + 1] ^ PT[pk + 1], zp = (prod ^ prevProd[i]) & prodMask;
                ppT += POP16[z0 & 0xffff] + POP16[z0 >>> 16] + POP16[z1 & 0xffff] + POP16[z1 >>> 16];
                prT += POP16[zp & 0xffff] + POP16[zp >>> 16];
                prevKey[i] = key; prevProd[i] = prod;
              } else if (aIsEnc) mult!.step(i, a, w, prod); else mult!.step(i, w, a, prod);
            }
            if (am >= 0 && r < kReal && c < colsReal) busy[kRows ? i : c * R + r]++;
            const q = P === 0 ? (am >= 0 ? prod : NaN) : pipe.push(i, t, am >= 0 ? prod : NaN);
            if (q === q) {
              // The add of m = t - P - R - r - c: partial sum from above plus this product.
              const m = t - P - R - r - c;
              pending--;
              const above = r === 0 ? 0 : psCur[i - C];
              let v = above + q;
              if (v > hi || v < lo) v = ctx.overflow(v, m, n0 + c, t, 'partial-sum');
              if (act) {
                if (csa) {
                  const sa = r === 0 ? 0 : sCur[i - C], ca = r === 0 ? 0 : cCur[i - C], x = q | 0;
                  const ns = (sa ^ ca ^ x) & mask, nc = (((sa & ca) | (sa & x) | (ca & x)) << 1) & mask;
                  const y1 = (sCur[i] ^ ns) & mask, y2 = (cCur[i] ^ nc) & mask;
                  accT += POP16[y1 & 0xffff] + POP16[y1 >>> 16] + POP16[y2 & 0xffff] + POP16[y2 >>> 16];
                  sNext[i] = ns; cNext[i] = nc;
                } else if (!hiAcc) {
                  const z = (psCur[i] ^ v) & mask;
                  accT += POP16[z & 0xffff] + POP16[z >>> 16];
                } else accT += ctx.accToggles(psCur[i], v);
              }
              psNext[i] = v;
              if (r === R - 1 && c < colsReal) {
                // Column CPA (combinational) into the output buffer.
                if (csa && (((sNext[i] + cNext[i]) | 0) & mask) !== ((v | 0) & mask)) throw new Error(`carry-save partial sum of column ${c} does not resolve to ${v}`);
                const o = m * N + n0 + c;
                p.c[o] = k0 === 0 ? v : ctx.fix(p.c[o] + v, m, n0 + c, t + 1, 'output-buffer');
              }
            } else {
              psNext[i] = psCur[i];
              if (csa) { sNext[i] = sCur[i]; cNext[i] = cCur[i]; }
            }
          }
        }
        { const t_ = aCur; aCur = aNext; aNext = t_; } { const t_ = amCur; amCur = amNext; amNext = t_; } { const t_ = psCur; psCur = psNext; psNext = t_; }
        if (csa) { { const t_ = sCur; sCur = sNext; sNext = t_; } { const t_ = cCur; cCur = cNext; cNext = t_; } }
        if (ctx.trace) ctx.trace(JSON.stringify({ tile: ctx.tiles.length, cycle: ctx.cycleBase + t, pending }));
      }
      tg.operandRegs += opT;
      tg.accumulatorRegs += accT;
      if (mult) { mult.ppToggles += ppT; mult.prodToggles += prT; }
      const compute = t + 1;
      const fill = R + R + C - 2;
      ctx.pushTile({ m0: 0, n0, k0, fill, steady: M, drain: compute - fill - M + s.drainCycles, stalls: 0 });
    }
  }
  mult?.flush();
}
