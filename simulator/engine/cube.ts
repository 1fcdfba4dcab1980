// 3D-Cube (Ascend-style, CYCLES.md): at cycle s the k-step s (Kp elements of A's rows and B's
// columns) is broadcast; each PE reduces its Kp products in a tree (exact here: the tree is
// as wide as it needs to be) and accumulates the tree output P cycles later.
// Without a trace, tiles run PE by PE (per-pe.ts; each of a PE's Kp multipliers sees every
// Kp-th element of the k stream) with the edge registers' toggles counted per cycle here; a
// tile that overflows is stepped cycle by cycle.
import type { SimContext, Problem } from './context.js';
import { AccBank, multiplierActivity, ProductPipe, regToggles } from './pe.js';
import type { EngineSpec } from './spec.js';
import { stationaryToggles, stationaryValues, type StationaryTile } from './per-pe.js';
import { drainOutputs, packColOperand, packRowOperand } from './tiles.js';

export function runCube(ctx: SimContext, p: Problem, s: EngineSpec): void {
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
  let rowCur = new Int32Array(R * Kp),
    rowNext = new Int32Array(R * Kp);
  let colCur = new Int32Array(Kp * C),
    colNext = new Int32Array(Kp * C);
  const acc = new AccBank(ctx, n, s.carrySave);
  const pipe = new ProductPipe(P, n);
  const rowIsEnc = (s.encOperand === 'A') === rowsAreM;
  const mult = ctx.activity ? multiplierActivity(ctx, n * Kp, s) : undefined;
  const maskW = rowsAreM ? s.maskA : s.maskB,
    maskN = rowsAreM ? s.maskB : s.maskA;
  const act = ctx.activity,
    busy = ctx.peBusy,
    tg = ctx.toggles;
  const perPe = !ctx.trace && (!act || mult!.W === 2);
  const sums = new Float64Array(3);

  for (let x0 = 0; x0 < X; x0 += R) {
    for (let y0 = 0; y0 < Y; y0 += C) {
      const rowsReal = Math.min(R, X - x0),
        colsReal = Math.min(C, Y - y0);
      packRowOperand(p, rowsAreM, x0, R, rowsReal, west);
      packColOperand(p, rowsAreM, y0, C, colsReal, north);
      rowCur.fill(0);
      colCur.fill(0);
      acc.reset();
      pipe.reset();
      mult?.reset();
      let pending = n * S;
      let t = 0;
      if (perPe) {
        const tile: StationaryTile = { R, C, K, lanes: Kp, tEnd: S - 1 + P, skew: 0, west, north };
        if (mult ? stationaryToggles(ctx, acc, mult, rowIsEnc, tile, sums) : stationaryValues(ctx, acc, tile)) {
          pending = 0;
          t = tile.tEnd + 1;
          for (let r = 0; r < rowsReal; r++) for (let c = 0; c < colsReal; c++) busy[r * C + c] += S;
          if (mult) {
            tg.accumulatorRegs += sums[0];
            mult.ppToggles += sums[1];
            mult.prodToggles += sums[2];
            // The broadcast edge registers over the tile's cycles 0..tEnd (0 after the data).
            let opT = 0;
            const last = Math.min(S, tile.tEnd);
            for (let r = 0; r < R; r++)
              for (let e = 0; e < Kp; e++) {
                let prev = 0;
                for (let st = 0; st <= last; st++) {
                  const k = st * Kp + e,
                    v = st < S && k < K ? west[r * K + k] : 0;
                  opT += regToggles(prev, v, maskW);
                  prev = v;
                }
              }
            for (let e = 0; e < Kp; e++)
              for (let c = 0; c < C; c++) {
                let prev = 0;
                for (let st = 0; st <= last; st++) {
                  const k = st * Kp + e,
                    v = st < S && k < K ? north[k * C + c] : 0;
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
        const issuing = t < S;
        const kBase = t * Kp;
        const lanes = issuing ? Math.min(Kp, K - kBase) : 0;
        for (let r = 0; r < R; r++) for (let e = 0; e < Kp; e++) rowNext[r * Kp + e] = e < lanes ? west[r * K + kBase + e] : 0;
        for (let e = 0; e < Kp; e++) for (let c = 0; c < C; c++) colNext[e * C + c] = e < lanes ? north[(kBase + e) * C + c] : 0;
        if (act) {
          for (let i = 0; i < R * Kp; i++) tg.operandRegs += regToggles(rowCur[i], rowNext[i], maskW);
          for (let i = 0; i < Kp * C; i++) tg.operandRegs += regToggles(colCur[i], colNext[i], maskN);
        }
        for (let r = 0; r < R; r++) {
          const rowReal = r < rowsReal;
          for (let c = 0; c < C; c++) {
            const i = r * C + c;
            let sum = 0;
            for (let e = 0; e < Kp; e++) {
              const a = rowNext[r * Kp + e],
                b = colNext[e * C + c];
              const prod = a * b;
              sum += prod;
              if (act) {
                if (rowIsEnc) mult!.step(i * Kp + e, a, b, prod);
                else mult!.step(i * Kp + e, b, a, prod);
              }
            }
            const q = P === 0 ? (issuing ? sum : NaN) : pipe.push(i, t, issuing ? sum : NaN);
            if (q === q) {
              pending--;
              if (q !== 0) acc.add(i, q, rowsAreM ? x0 + r : y0 + c, rowsAreM ? y0 + c : x0 + r, t);
            }
            if (issuing && rowReal && c < colsReal) busy[i]++;
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
        if (ctx.trace) {
          ctx.traceCycle({ tile: ctx.tiles.length, cycle: ctx.cycleBase + t, pending }, (r, c) => {
            const i = r * C + c;
            const a = Array.from(rowCur.subarray(r * Kp, (r + 1) * Kp)),
              b = a.map((_, e) => colCur[e * C + c]);
            return {
              a,
              b,
              product: a.reduce((s_, x, e) => s_ + x * b[e], 0),
              acc: acc.val[i],
              ...(acc.csBits ? { sum: acc.s[i], carry: acc.c[i] } : {}),
            };
          });
        }
      }
      const compute = t + 1;
      drainOutputs(ctx, p, acc, s, rowsAreM, x0, y0, rowsReal, colsReal);
      ctx.pushTile({
        m0: rowsAreM ? x0 : y0,
        n0: rowsAreM ? y0 : x0,
        k0: 0,
        fill: 0,
        steady: S,
        drain: compute - S + s.drainCycles,
        stalls: 0,
      });
    }
  }
  mult?.flush();
}
