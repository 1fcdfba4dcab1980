// 2D-Matrix (outer-product style, CYCLES.md): A[r][k] is broadcast along row r and B[k][c]
// along column c at cycle k; every PE multiplies at k and accumulates P cycles later. Operand
// activity is counted on the broadcast edge registers (one per row, one per column).
// Every PE sees this cycle's and last cycle's broadcast values, so the multiplier activity of
// the two-word table case and the accumulator update are computed inline from them (no per-PE
// previous-key state, no method call per PE-cycle).
// Without a trace, tiles run PE by PE (per-pe.ts) with the edge registers' toggles counted
// per cycle here; a tile that overflows is stepped cycle by cycle.
import { POP16 } from '../arith/popcount.js';
import type { SimContext, Problem } from './context.js';
import { AccBank, multiplierActivity, regToggles } from './pe.js';
import type { EngineSpec } from './spec.js';
import { stationaryToggles, stationaryValues, type StationaryTile } from './per-pe.js';
import { drainOutputs, packColOperand, packRowOperand } from './tiles.js';

export function runMatrix2d(ctx: SimContext, p: Problem, s: EngineSpec): void {
  const { R, C, P } = s;
  const K = p.K;
  const rowsAreM = s.rowVar === 'm';
  const X = rowsAreM ? p.M : p.N,
    Y = rowsAreM ? p.N : p.M;
  const n = R * C;
  const west = new Int32Array(R * K),
    north = new Int32Array(K * C);
  // Broadcast registers at the edges: current and next (two-phase).
  let rowCur = new Int32Array(R),
    rowNext = new Int32Array(R);
  let colCur = new Int32Array(C),
    colNext = new Int32Array(C);
  const acc = new AccBank(ctx, n, s.carrySave);
  const rowIsEnc = (s.encOperand === 'A') === rowsAreM;
  const mult = ctx.activity ? multiplierActivity(ctx, n, s) : undefined;
  const w2 = mult !== undefined && mult.W === 2;
  const PT = mult?.packed ?? new Int32Array(0);
  const xMin = mult?.tab.min ?? 0,
    yMin = mult?.yMin ?? 0,
    ySize = mult?.ySize ?? 0,
    prodMask = mult?.prodMask ?? 0;
  // Two-word multiplier table: the column values' part of the table key (doubled), this cycle and last.
  let colKeyCur = new Int32Array(w2 ? C : 0),
    colKeyNext = new Int32Array(w2 ? C : 0);
  const keyPart = (v: number, isEnc: boolean) => (isEnc ? (v - xMin) * ySize : v - yMin) * 2;
  const maskW = rowsAreM ? s.maskA : s.maskB,
    maskN = rowsAreM ? s.maskB : s.maskA;
  const POP = POP16; // a local: the module binding may be read through a getter per access
  const act = ctx.activity,
    busy = ctx.peBusy,
    tg = ctx.toggles;
  const accv = acc.val,
    lo = ctx.accMin,
    hi = ctx.accMax;
  const perPe = !ctx.trace && (!act || w2);
  const sums = new Float64Array(3);

  for (let x0 = 0; x0 < X; x0 += R) {
    for (let y0 = 0; y0 < Y; y0 += C) {
      const rowsReal = Math.min(R, X - x0),
        colsReal = Math.min(C, Y - y0);
      packRowOperand(p, rowsAreM, x0, R, rowsReal, west);
      packColOperand(p, rowsAreM, y0, C, colsReal, north);
      rowCur.fill(0);
      colCur.fill(0);
      if (w2) colKeyCur.fill(keyPart(0, !rowIsEnc));
      acc.reset();
      mult?.reset();
      let pending = n * K;
      let t = 0;
      let accT = 0,
        ppT = 0,
        prT = 0; // toggles of this tile, added to the shared records at its end
      if (perPe) {
        const tile: StationaryTile = { R, C, K, lanes: 1, tEnd: K - 1 + P, skew: 0, west, north };
        if (mult ? stationaryToggles(ctx, acc, mult, rowIsEnc, tile, sums) : stationaryValues(ctx, acc, tile)) {
          pending = 0;
          t = tile.tEnd + 1;
          if (act) {
            accT = sums[0];
            ppT = sums[1];
            prT = sums[2];
            // The broadcast edge registers over the tile's cycles 0..tEnd (0 after the data).
            let opT = 0;
            for (let r = 0; r < R; r++) {
              let prev = 0;
              for (let k = 0; k <= Math.min(K, tile.tEnd); k++) {
                const v = k < K ? west[r * K + k] : 0;
                opT += regToggles(prev, v, maskW);
                prev = v;
              }
            }
            for (let c = 0; c < C; c++) {
              let prev = 0;
              for (let k = 0; k <= Math.min(K, tile.tEnd); k++) {
                const v = k < K ? north[k * C + c] : 0;
                opT += regToggles(prev, v, maskN);
                prev = v;
              }
            }
            tg.operandRegs += opT;
          }
        } else {
          acc.reset();
          mult?.reset();
        }
      }
      for (; pending > 0; t++) {
        const issuing = t < K; // the broadcast step k = t
        const kq = t - P,
          adding = kq >= 0 && kq < K; // the accumulation of the product of step kq
        for (let r = 0; r < R; r++) rowNext[r] = issuing ? west[r * K + t] : 0;
        for (let c = 0; c < C; c++) colNext[c] = issuing ? north[t * C + c] : 0;
        if (act) {
          for (let r = 0; r < R; r++) tg.operandRegs += regToggles(rowCur[r], rowNext[r], maskW);
          for (let c = 0; c < C; c++) tg.operandRegs += regToggles(colCur[c], colNext[c], maskN);
          if (w2) for (let c = 0; c < C; c++) colKeyNext[c] = keyPart(colNext[c], !rowIsEnc);
        }
        for (let r = 0; r < R; r++) {
          const a = rowNext[r],
            ap = rowCur[r];
          const rk = w2 ? keyPart(a, rowIsEnc) : 0,
            rkp = w2 ? keyPart(ap, rowIsEnc) : 0;
          for (let c = 0; c < C; c++) {
            const i = r * C + c;
            const b = colNext[c];
            const prod = a * b;
            if (act) {
              if (w2) {
                // mult.step inlined for two packed words (int8-class operands): the hot path.
                const k2 = rk + colKeyNext[c],
                  pk = rkp + colKeyCur[c];
                const z0 = PT[k2] ^ PT[pk],
                  z1 = PT[k2 + 1] ^ PT[pk + 1],
                  zp = (prod ^ (ap * colCur[c])) & prodMask;
                ppT += POP[z0 & 0xffff] + POP[z0 >>> 16] + POP[z1 & 0xffff] + POP[z1 >>> 16];
                prT += POP[zp & 0xffff] + POP[zp >>> 16];
              } else if (rowIsEnc) mult!.step(i, a, b, prod);
              else mult!.step(i, b, a, prod);
            }
            if (adding) {
              const q = P === 0 ? prod : west[r * K + kq] * north[kq * C + c];
              pending--;
              if (q !== 0) {
                // acc.add written out (same range check and wrap; toggles from acc.toggles).
                const o = accv[i];
                let v = o + q;
                if (v > hi || v < lo) v = ctx.overflow(v, rowsAreM ? x0 + r : y0 + c, rowsAreM ? y0 + c : x0 + r, t, 'accumulator');
                accv[i] = v;
                if (act) accT += acc.toggles(i, o, v, q);
              }
            }
          }
        }
        {
          const t_ = rowCur;
          rowCur = rowNext;
          rowNext = t_;
        }
        {
          const t_ = colCur;
          colCur = colNext;
          colNext = t_;
        }
        {
          const t_ = colKeyCur;
          colKeyCur = colKeyNext;
          colKeyNext = t_;
        }
        if (ctx.trace) {
          ctx.traceCycle({ tile: ctx.tiles.length, cycle: ctx.cycleBase + t, pending }, (r, c) => {
            const i = r * C + c,
              a = rowCur[r],
              b = colCur[c];
            return { a, b, product: a * b, acc: accv[i], ...(acc.csBits ? { sum: acc.s[i], carry: acc.c[i] } : {}) };
          });
        }
      }
      // Each real PE is busy in the K issuing cycles.
      for (let r = 0; r < rowsReal; r++) for (let c = 0; c < colsReal; c++) busy[r * C + c] += K;
      tg.accumulatorRegs += accT;
      if (mult) {
        mult.ppToggles += ppT;
        mult.prodToggles += prT;
      }
      const compute = t + 1;
      drainOutputs(ctx, p, acc, s, rowsAreM, x0, y0, rowsReal, colsReal);
      ctx.pushTile({
        m0: rowsAreM ? x0 : y0,
        n0: rowsAreM ? y0 : x0,
        k0: 0,
        fill: 0,
        steady: K,
        drain: compute - K + s.drainCycles,
        stalls: 0,
      });
    }
  }
  mult?.flush();
}
