// Multiplier-adder tree (CYCLES.md): rows index k (Kp of them), columns n. Per tile (k-tiles
// outer, n-tiles inner) Kp cycles shift the weight tile in, then row m of A is broadcast at
// cycle Kp+m; each column's tree reduces its Kp products into the column output register P
// cycles later; the output buffer adds k-tiles at accumulator width.
// Without a trace, a tile is stepped through its weight load and then finished per PE and per
// column (treePerPe: each multiplier's pairs, WebAssembly with toggle counting; each column's
// tree outputs in m order); a tile whose tree output or output buffer leaves the range is
// stepped cycle by cycle from its start instead (overflow records come in cycle order).
import type { SimContext, Problem } from './context.js';
import { multiplierActivity, ProductPipe, regToggles, type MultiplierActivity } from './pe.js';
import { PeRuntime } from '../wasm/pe.js';
import type { EngineSpec } from './spec.js';

export function runAdderTree(ctx: SimContext, p: Problem, s: EngineSpec): void {
  const { P } = s;
  const R = s.rowVar === 'k' ? s.R : s.C; // Kp
  const C = s.rowVar === 'k' ? s.C : s.R;
  const { M, N, K } = p;
  const n = R * C;
  let wCur = new Int32Array(n),
    wNext = new Int32Array(n);
  let aCur = new Int32Array(R),
    aNext = new Int32Array(R); // broadcast registers, one per row
  const outReg = new Float64Array(C);
  const pipe = new ProductPipe(P, C);
  const aIsEnc = s.encOperand === 'A';
  const mult = ctx.activity ? multiplierActivity(ctx, n, s) : undefined;
  const act = ctx.activity,
    busy = ctx.peBusy,
    tg = ctx.toggles;
  const A = p.a.data,
    B = p.b.data;
  const kRows = s.rowVar === 'k';
  const perPe = !ctx.trace && (!act || mult!.W === 2);
  const colOut = new Float64Array(perPe ? C * M : 0);

  for (let k0 = 0; k0 < K; k0 += R) {
    const kReal = Math.min(R, K - k0);
    for (let n0 = 0; n0 < N; n0 += C) {
      const colsReal = Math.min(C, N - n0);
      wCur.fill(0);
      aCur.fill(0);
      outReg.fill(0);
      pipe.reset();
      mult?.reset();
      let pending = C * M;
      let t = 0;
      let stopAt = perPe ? R : Infinity;
      const op0 = tg.operandRegs;
      for (;;) {
        for (; pending > 0 && t < stopAt; t++) {
          if (t < R) {
            const kw = k0 + R - 1 - t;
            for (let c = 0; c < C; c++) wNext[c] = kw - k0 < kReal && c < colsReal ? B[kw * N + n0 + c] : 0;
            for (let i = C; i < n; i++) wNext[i] = wCur[i - C];
            if (act) for (let i = 0; i < n; i++) tg.operandRegs += regToggles(wCur[i], wNext[i], s.maskB);
            {
              const t_ = wCur;
              wCur = wNext;
              wNext = t_;
            }
          }
          const m = t - R; // the A row broadcast this cycle
          const issuing = m >= 0 && m < M;
          for (let r = 0; r < R; r++) aNext[r] = issuing && r < kReal ? A[m * K + k0 + r] : 0;
          if (act) for (let r = 0; r < R; r++) tg.operandRegs += regToggles(aCur[r], aNext[r], s.maskA);
          for (let c = 0; c < C; c++) {
            let sum = 0;
            for (let r = 0; r < R; r++) {
              const i = r * C + c;
              const a = aNext[r],
                w = wCur[i];
              const prod = a * w;
              sum += prod;
              if (act) {
                if (aIsEnc) mult!.step(i, a, w, prod);
                else mult!.step(i, w, a, prod);
              }
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
                p.c[o] = k0 === 0 && !p.accumulate ? v : ctx.fix(p.c[o] + v, mo, n0 + c, t + 1, 'output-buffer');
              }
            }
          }
          {
            const t_ = aCur;
            aCur = aNext;
            aNext = t_;
          }
          if (ctx.trace) {
            ctx.traceCycle({ tile: ctx.tiles.length, cycle: ctx.cycleBase + t, pending }, (row, col) => {
              const r = kRows ? row : col,
                c = kRows ? col : row,
                i = r * C + c;
              const a = aCur[r],
                b = wCur[i];
              return { a, b, product: a * b, acc: outReg[c] };
            });
          }
        }
        if (pending === 0 || stopAt === Infinity) break;
        // The weight tile is in: finish the tile per PE and per column, or step it from its start.
        if (treePerPe(ctx, p, mult, aIsEnc, R, C, M, K, N, P, k0, n0, kReal, colsReal, wCur, colOut, s.maskA)) {
          for (let r = 0; r < kReal; r++) for (let c = 0; c < colsReal; c++) busy[kRows ? r * C + c : c * R + r] += M;
          t = R + M - 1 + P + 1;
          pending = 0;
          break;
        }
        tg.operandRegs = op0;
        if (mult) {
          mult.ppToggles = 0;
          mult.prodToggles = 0;
        }
        wCur.fill(0);
        aCur.fill(0);
        outReg.fill(0);
        pipe.reset();
        mult?.reset();
        t = 0;
        stopAt = Infinity;
      }
      const compute = t + 1;
      ctx.pushTile({ m0: 0, n0, k0, fill: R, steady: M, drain: compute - R - M + s.drainCycles, stalls: 0 });
    }
  }
  mult?.flush();
}

/**
 * An adder-tree tile after its weight load (cycle R on): the multipliers' pairs (each PE's A
 * element per m with its fixed weight) and each column's tree outputs in m order, into the
 * output-register toggles and the output buffer. Returns false, with nothing stored, when a
 * tree output or an output-buffer sum leaves the range.
 */
function treePerPe(
  ctx: SimContext,
  p: Problem,
  mult: MultiplierActivity | undefined,
  aIsEnc: boolean,
  R: number,
  C: number,
  M: number,
  K: number,
  N: number,
  P: number,
  k0: number,
  n0: number,
  kReal: number,
  colsReal: number,
  w: Int32Array,
  colOut: Float64Array,
  maskA: number,
): boolean {
  const A = p.a.data,
    lo = ctx.accMin,
    hi = ctx.accMax;
  // Tree outputs q[c][m] = sum_r A[m][k0 + r] * w[r][c], checked as the stepped loop does.
  for (let c = 0; c < C; c++) {
    const o = c * M;
    for (let m = 0; m < M; m++) {
      let q = 0;
      for (let r = 0; r < kReal; r++) q += A[m * K + k0 + r] * w[r * C + c];
      if (q > hi || q < lo) return false;
      colOut[o + m] = q;
    }
  }
  const first = k0 === 0 && !p.accumulate;
  if (!first)
    for (let c = 0; c < colsReal; c++)
      for (let m = 0; m < M; m++) {
        const v = p.c[m * N + n0 + c] + colOut[c * M + m];
        if (v > hi || v < lo) return false;
      }
  for (let c = 0; c < colsReal; c++)
    for (let m = 0; m < M; m++) {
      const o = m * N + n0 + c;
      p.c[o] = first ? colOut[c * M + m] : p.c[o] + colOut[c * M + m];
    }
  if (!mult) return true;
  const tg = ctx.toggles;
  // Entries m = 0 .. vis - 1 after the load (the entry M returns A to zero when P > 0).
  const vis = Math.min(M, M - 1 + P) + 1;
  let accT = 0,
    opT = 0;
  for (let c = 0; c < C; c++) {
    let prev = 0;
    for (let m = 0; m < M; m++) {
      const v = colOut[c * M + m];
      accT += ctx.accToggles(prev, v);
      prev = v;
    }
  }
  const rt = PeRuntime.get();
  const pt = rt.table(mult.packed);
  rt.reset();
  const LS = M + 2;
  const av = rt.alloc(R * LS * 4),
    ak = rt.alloc(R * LS * 4),
    wv = rt.alloc(R * C * 4),
    wk = rt.alloc(R * C * 4),
    res = rt.alloc(16);
  const m32 = rt.i32;
  const xMin = mult.tab.min,
    yMin = mult.yMin,
    ySize = mult.ySize;
  const aKey = (a: number) => (aIsEnc ? (a - xMin) * ySize : a - yMin) * 2,
    wKey = (x: number) => (aIsEnc ? x - yMin : (x - xMin) * ySize) * 2;
  for (let r = 0; r < R; r++) {
    const v0 = av / 4 + r * LS,
      k1 = ak / 4 + r * LS;
    let prev = 0;
    for (let j = 0; j < LS; j++) {
      const m = j - 1,
        a = m >= 0 && m < M && r < kReal ? A[m * K + k0 + r] : 0;
      m32[v0 + j] = a;
      m32[k1 + j] = aKey(a);
      if (m >= 0 && m < vis) opT += regToggles(prev, a, maskA);
      prev = a;
    }
  }
  for (let i = 0; i < R * C; i++) {
    m32[wv / 4 + i] = w[i];
    m32[wk / 4 + i] = wKey(w[i]);
  }
  rt.pairsConst({ R, C, vis, LS, pad: 1, av, ak, wv, wk, pt, prodMask: mult.prodMask, res });
  const [pp, pr] = rt.counts(res);
  tg.operandRegs += opT;
  tg.accumulatorRegs += accT;
  mult.ppToggles += pp;
  mult.prodToggles += pr;
  return true;
}
