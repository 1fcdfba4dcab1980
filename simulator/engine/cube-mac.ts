// 3D-Cube of MAC PEs (published style, CYCLES.md): rows m, columns n, depth Kp along k. At
// cycle s the k-step s (Kp elements of A's rows and B's columns) is issued; element e enters k
// layer e at s + e (skewed at the edge) and is broadcast to the layer's PEs; PE(r, c, e)
// multiplies and, P cycles later, adds its product to the partial sum arriving from layer e - 1
// into its own register; the last layer's register feeds the accumulator of (r, c), which takes
// step s at s + Kp + P. Results are valid the cycle after the last accumulation.
//
// Cycle by cycle: at cycle t layer e adds step t - e - P and the accumulator takes step
// t - Kp - P. Within a cycle the accumulator reads the last layer before it is written, and the
// layers are written from the last to the first, so each reads the value its upstream layer
// held in the previous cycle (two-phase update done in place). After the stream a layer takes
// zero operands and a zero partial sum: it returns to 0 once and then holds.
import type { SimContext, Problem } from './context.js';
import { AccBank, multiplierActivity, regToggles } from './pe.js';
import type { EngineSpec } from './spec.js';
import { drainOutputs, packColOperand, packRowOperand } from './tiles.js';

export function runCubeMac(ctx: SimContext, p: Problem, s: EngineSpec): void {
  const { R, C, P } = s;
  const Kp = s.depth;
  const K = p.K;
  const S = Math.ceil(K / Kp);
  const rowsAreM = s.rowVar === 'm';
  const X = rowsAreM ? p.M : p.N,
    Y = rowsAreM ? p.N : p.M;
  const n = R * C;
  const west = new Int32Array(R * K),
    north = new Int32Array(K * C);
  const acc = new AccBank(ctx, n, s.carrySave);
  // Partial-sum register of every layer (value, and its sum / carry words when carry-save).
  const ps = new Float64Array(n * Kp);
  const csa = s.carrySave && ctx.activity && ctx.accBits <= 32;
  const psS = new Int32Array(csa ? n * Kp : 0),
    psC = new Int32Array(csa ? n * Kp : 0);
  const rowIsEnc = (s.encOperand === 'A') === rowsAreM;
  const mult = ctx.activity ? multiplierActivity(ctx, n * Kp, s) : undefined;
  const maskW = rowsAreM ? s.maskA : s.maskB,
    maskN = rowsAreM ? s.maskB : s.maskA;
  const act = ctx.activity,
    busy = ctx.peBusy,
    tg = ctx.toggles,
    mask = ctx.loMask,
    hiAcc = ctx.hiMask !== 0;
  // Operand of lane e of row r (column c) at k-step st: zero outside the stream and past K.
  const aOf = (r: number, st: number, e: number) => {
    const k = st * Kp + e;
    return st >= 0 && st < S && k < K ? west[r * K + k] : 0;
  };
  const bOf = (c: number, st: number, e: number) => {
    const k = st * Kp + e;
    return st >= 0 && st < S && k < K ? north[k * C + c] : 0;
  };

  for (let x0 = 0; x0 < X; x0 += R) {
    for (let y0 = 0; y0 < Y; y0 += C) {
      const rowsReal = Math.min(R, X - x0),
        colsReal = Math.min(C, Y - y0);
      packRowOperand(p, rowsAreM, x0, R, rowsReal, west);
      packColOperand(p, rowsAreM, y0, C, colsReal, north);
      acc.reset();
      mult?.reset();
      ps.fill(0);
      psS.fill(0);
      psC.fill(0);
      let pending = n * S;
      let t = 0;
      let accT = 0;
      for (; pending > 0; t++) {
        // Edge registers of the lanes: lane e of row r holds step t - e (its skew line's end).
        if (act) {
          for (let e = 0; e < Kp; e++) {
            const st = t - e;
            if (st < 0 || st > S) continue;
            for (let r = 0; r < R; r++) tg.operandRegs += regToggles(aOf(r, st - 1, e), aOf(r, st, e), maskW);
            for (let c = 0; c < C; c++) tg.operandRegs += regToggles(bOf(c, st - 1, e), bOf(c, st, e), maskN);
          }
        }
        // The accumulators take the last layer's step t - Kp - P.
        const sa = t - Kp - P;
        if (sa >= 0 && sa < S) {
          for (let r = 0; r < R; r++)
            for (let c = 0; c < C; c++) {
              const i = r * C + c;
              pending--;
              const q = ps[i * Kp + Kp - 1];
              if (q !== 0) acc.add(i, q, rowsAreM ? x0 + r : y0 + c, rowsAreM ? y0 + c : x0 + r, t);
              if (r < rowsReal && c < colsReal) busy[i]++;
            }
        }
        for (let r = 0; r < R; r++)
          for (let c = 0; c < C; c++) {
            const i = r * C + c;
            for (let e = Kp - 1; e >= 0; e--) {
              const j = i * Kp + e;
              // Multiplier activity: layer e holds the operands of step t - e.
              const so = t - e;
              if (mult && so >= 0 && so <= S) {
                const a = aOf(r, so, e),
                  b = bOf(c, so, e);
                if (rowIsEnc) mult.step(j, a, b, a * b);
                else mult.step(j, b, a, a * b);
              }
              const st = t - e - P;
              if (st < 0 || st > S) continue;
              // The add of step st (st == S: zeros after the stream).
              const q = aOf(r, st, e) * bOf(c, st, e);
              const above = e === 0 ? 0 : ps[j - 1];
              // The partial sums are as wide as the accumulator and wrap with it (the same modulus),
              // so, as in the dot-product cube, the range is checked on the accumulator after each
              // k-step (docs/CYCLES.md) and the chain holds the exact step sum.
              const v = above + q;
              if (act) {
                if (csa) {
                  // The carry-save partial sum: a 3:2 of the words from above and the product.
                  const s0 = e === 0 ? 0 : psS[j - 1],
                    c0 = e === 0 ? 0 : psC[j - 1],
                    x = q | 0;
                  const ns = (s0 ^ c0 ^ x) & mask,
                    nc = (((s0 & c0) | (s0 & x) | (c0 & x)) << 1) & mask;
                  const y1 = (psS[j] ^ ns) & mask,
                    y2 = (psC[j] ^ nc) & mask;
                  accT += regToggles32(y1) + regToggles32(y2);
                  psS[j] = ns;
                  psC[j] = nc;
                } else accT += hiAcc ? ctx.accToggles(ps[j], v) : regToggles32((ps[j] ^ v) & mask);
              }
              ps[j] = v;
            }
          }
        if (ctx.trace) ctx.trace(JSON.stringify({ tile: ctx.tiles.length, cycle: ctx.cycleBase + t, pending }));
      }
      tg.accumulatorRegs += accT;
      const compute = t + 1;
      drainOutputs(ctx, p, acc, s, rowsAreM, x0, y0, rowsReal, colsReal);
      ctx.pushTile({
        m0: rowsAreM ? x0 : y0,
        n0: rowsAreM ? y0 : x0,
        k0: 0,
        fill: Kp,
        steady: S,
        drain: compute - Kp - S + s.drainCycles,
        stalls: 0,
      });
    }
  }
  mult?.flush();
}

/** Set bits of a 32-bit word. */
function regToggles32(z: number): number {
  return regToggles(z & 0xffff, 0, 0xffff) + regToggles(z >>> 16, 0, 0xffff);
}
