// Output-stationary systolic array (CYCLES.md): the row operand enters row r at cycle k+r and
// moves east one PE per cycle, the column operand enters column c at cycle k+c and moves south;
// PE(r,c) multiplies at k+r+c, accumulates P cycles later; results are valid the cycle after
// the last accumulation, then the drain CPA runs. Two-phase update: every register's next
// value is computed from the current ones (double buffers), then the buffers swap.
import { POP16 } from '../arith/popcount.js';
import type { SimContext, Problem } from './context.js';
import { AccBank, multiplierActivity, ProductPipe, regToggles } from './pe.js';
import type { EngineSpec } from './spec.js';
import { drainOutputs, packColOperand, packRowOperand } from './tiles.js';

export function runSystolicOs(ctx: SimContext, p: Problem, s: EngineSpec): void {
  const { R, C, P } = s;
  const K = p.K;
  const rowsAreM = s.rowVar === 'm';
  const X = rowsAreM ? p.M : p.N; // problem extent along the rows
  const Y = rowsAreM ? p.N : p.M;
  const n = R * C;
  const west = new Int32Array(R * K);
  const north = new Int32Array(K * C);
  let aCur = new Int32Array(n), aNext = new Int32Array(n);
  let bCur = new Int32Array(n), bNext = new Int32Array(n);
  // k index carried with each operand (-1: bubble) = the valid bits of the systolic flow.
  let akCur = new Int32Array(n), akNext = new Int32Array(n);
  const acc = new AccBank(ctx, n, s.carrySave);
  const pipe = new ProductPipe(P, n);
  const westIsEnc = (s.encOperand === 'A') === rowsAreM;
  const mult = ctx.activity ? multiplierActivity(ctx, n, s) : undefined;
  const w2 = mult !== undefined && mult.W === 2;
  const PT = mult?.packed ?? new Int32Array(0), prevKey = mult?.prevKey ?? new Int32Array(0), prevProd = mult?.prevProd ?? new Int32Array(0);
  const xMin = mult?.tab.min ?? 0, yMin = mult?.yMin ?? 0, ySize = mult?.ySize ?? 0, prodMask = mult?.prodMask ?? 0;
  const maskW = rowsAreM ? s.maskA : s.maskB, maskN = rowsAreM ? s.maskB : s.maskA;
  const act = ctx.activity;
  const busy = ctx.peBusy;
  const tg = ctx.toggles;

  for (let x0 = 0; x0 < X; x0 += R) {
    for (let y0 = 0; y0 < Y; y0 += C) {
      const rowsReal = Math.min(R, X - x0), colsReal = Math.min(C, Y - y0);
      packRowOperand(p, rowsAreM, x0, R, rowsReal, west);
      packColOperand(p, rowsAreM, y0, C, colsReal, north);
      aCur.fill(0); bCur.fill(0); akCur.fill(-1);
      acc.reset(); pipe.reset(); mult?.reset();
      let pending = n * K;
      let t = 0;
      // Hot loop: binary accumulators are updated inline (acc.add only for carry-save
      // activity, which models the sum/carry words bit for bit).
      const accv = acc.val, lo = ctx.accMin, hi = ctx.accMax;
      const csBits = acc.csBits, S = acc.s, Cw = acc.c, mk = acc.csMask, loMask = ctx.loMask, wideAcc = ctx.hiMask !== 0;
      let opT = 0, accT = 0, ppT = 0, prT = 0; // toggles of this tile, added to the shared records at its end
      for (; pending > 0; t++) {
        for (let r = 0; r < R; r++) {
          const kw = t - r;
          const westOk = kw >= 0 && kw < K;
          const rowReal = r < rowsReal;
          for (let c = 0; c < C; c++) {
            const i = r * C + c;
            let a: number, ak: number, b: number;
            if (c === 0) { a = westOk ? west[r * K + kw] : 0; ak = westOk ? kw : -1; } else { a = aCur[i - 1]; ak = akCur[i - 1]; }
            if (r === 0) { const kn = t - c; b = kn >= 0 && kn < K ? north[kn * C + c] : 0; } else b = bCur[i - C];
            aNext[i] = a; akNext[i] = ak; bNext[i] = b;
            // The valid bit travels with A; B's bubbles are aligned with it by the skew.
            const valid = ak >= 0;
            const prod = a * b;
            if (act) {
              opT += regToggles(aCur[i], a, maskW) + regToggles(bCur[i], b, maskN);
              if (w2) {
                // mult.step inlined for two packed words (int8-class operands): the hot path.
                const key = ((westIsEnc ? a : b) - xMin) * ySize + ((westIsEnc ? b : a) - yMin);
                const k2 = key * 2, pk = prevKey[i] * 2;
                const z0 = PT[k2] ^ PT[pk], z1 = PT[k2 + 1] ^ PT[pk + 1], zp = (prod ^ prevProd[i]) & prodMask;
                ppT += POP16[z0 & 0xffff] + POP16[z0 >>> 16] + POP16[z1 & 0xffff] + POP16[z1 >>> 16];
                prT += POP16[zp & 0xffff] + POP16[zp >>> 16];
                prevKey[i] = key; prevProd[i] = prod;
              } else if (westIsEnc) mult!.step(i, a, b, prod); else mult!.step(i, b, a, prod);
            }
            const q = P === 0 ? (valid ? prod : NaN) : pipe.push(i, t, valid ? prod : NaN);
            if (q === q) {
              pending--;
              if (q !== 0) {
                const o = accv[i];
                let v = o + q;
                if (v > hi || v < lo) v = ctx.overflow(v, rowsAreM ? x0 + r : y0 + c, rowsAreM ? y0 + c : x0 + r, t, 'accumulator');
                accv[i] = v;
                if (act) {
                  if (csBits) {
                    // 3:2 compression of (sum, carry, product) into the carry-save accumulator.
                    const s0 = S[i], c0 = Cw[i], x = q | 0;
                    const ns = (s0 ^ c0 ^ x) & mk, nc = (((s0 & c0) | (s0 & x) | (c0 & x)) << 1) & mk;
                    const y1 = s0 ^ ns, y2 = c0 ^ nc;
                    accT += POP16[y1 & 0xffff] + POP16[y1 >>> 16] + POP16[y2 & 0xffff] + POP16[y2 >>> 16];
                    S[i] = ns; Cw[i] = nc;
                  } else if (!wideAcc) {
                    const z = (o ^ v) & loMask;
                    accT += POP16[z & 0xffff] + POP16[z >>> 16];
                  } else accT += ctx.accToggles(o, v);
                }
              }
            }
            if (valid && rowReal && c < colsReal) busy[i]++;
          }
        }
        // Commit: the next values become current.
        let tmp = aCur; aCur = aNext; aNext = tmp;
        tmp = bCur; bCur = bNext; bNext = tmp;
        tmp = akCur; akCur = akNext; akNext = tmp;
        if (ctx.trace) ctx.trace(JSON.stringify({ tile: ctx.tiles.length, cycle: ctx.cycleBase + t, pending }));
      }
      tg.operandRegs += opT;
      tg.accumulatorRegs += accT;
      if (mult) { mult.ppToggles += ppT; mult.prodToggles += prT; }
      // t = cycles up to the last accumulation; results are valid in the next cycle.
      const compute = t + 1;
      drainOutputs(ctx, p, acc, s, rowsAreM, x0, y0, rowsReal, colsReal);
      ctx.pushTile({ m0: rowsAreM ? x0 : y0, n0: rowsAreM ? y0 : x0, k0: 0, fill: R + C - 2, steady: K, drain: compute - (R + C - 2) - K + s.drainCycles, stalls: 0 });
    }
  }
  mult?.flush();
}
