// Weight-stationary systolic array (CYCLES.md): rows index k (R of them), columns n. Per tile
// (k-tiles outer, n-tiles inner) the weight tile shifts in one row per cycle (R cycles), then
// A[m][k0+r] enters row r at cycle R+m+r and moves east; PE(r,c) multiplies at R+m+r+c and
// adds the partial sum from the PE above P cycles later; C[m][c] leaves the bottom of column c
// the cycle after PE(R-1,c) adds, into the output buffer that sums k-tiles at acc width.
//
// Cycle by cycle, but each cycle only visits the PEs whose registers can change: PE(r,c) sees
// the operand of m = t - R - r - c (mw below), so it is live for mw in [0, M + P] (the A stream,
// the step back to 0 after it, and the P-cycle product pipeline). Before that window it holds
// a = 0 with an all-zero product and partial products (no toggles); after it nothing changes.
// The A value a PE holds is a function of (r, mw), so it is read from a per-k-tile column of A
// (zero padded) instead of being shifted through register arrays, and the previous cycle's
// operand (for toggles) is the entry before it.
//
// Without a trace, after the weight load the tile runs column by column, PE by PE down each
// column (wsTilePerPe): a PE's registers depend only on its A stream, its weight and the
// partial sums the PE above made for the same m, so each PE's window is one loop over m
// (WebAssembly with toggle counting, simulator/wasm/pe-module.ts; plain JavaScript without).
// Values, toggles and the tile length are the stepped loop's; a tile in which a partial sum
// or the output buffer leaves the range is stepped cycle by cycle (overflow records come in
// cycle order).
import { POP16 } from '../arith/popcount.js';
import type { SimContext, Problem } from './context.js';
import { multiplierActivity, regToggles } from './pe.js';
import { PeRuntime, accMask64 } from '../wasm/pe.js';
import type { EngineSpec } from './spec.js';

export function runSystolicWs(ctx: SimContext, p: Problem, s: EngineSpec): void {
  const { P } = s;
  const R = s.rowVar === 'k' ? s.R : s.C; // k extent
  const C = s.rowVar === 'k' ? s.C : s.R; // n extent
  const { M, N, K } = p;
  const n = R * C;
  // Skipping the cycles before a PE's window relies on a = 0 giving all-zero partial products.
  if (s.encOperand === 'A' && s.encTab.nonzero[-s.encTab.min] !== 0) throw new Error('systolic-ws: the encoding of 0 has nonzero digits');
  let wCur = new Int32Array(n),
    wNext = new Int32Array(n);
  // Partial sums (and carry-save words) of cycle t - 1 / t; both are cleared per tile because a
  // PE writes them only inside its window.
  let psCur = new Float64Array(n),
    psNext = new Float64Array(n);
  const csa = s.carrySave && ctx.activity && ctx.accBits <= 32;
  let sCur = new Int32Array(csa ? n : 0),
    sNext = new Int32Array(csa ? n : 0);
  let cCur = new Int32Array(csa ? n : 0),
    cNext = new Int32Array(csa ? n : 0);
  const aIsEnc = s.encOperand === 'A';
  const mult = ctx.activity ? multiplierActivity(ctx, n, s) : undefined;
  const w2 = mult !== undefined && mult.W === 2;
  const xMin = mult?.tab.min ?? 0,
    yMin = mult?.yMin ?? 0,
    ySize = mult?.ySize ?? 0,
    prodMask = mult?.prodMask ?? 0;
  const xSize = mult?.tab.nonzero.length ?? 0;
  // The two-word table with A's index minor: a PE's weight is fixed, so the entries it reads
  // for the A stream lie close together (the shared table has the encoded operand major).
  const PT = w2 ? (aIsEnc ? transposedTable(mult!.packed, xSize, ySize) : mult!.packed) : new Int32Array(0);
  const POP = POP16; // a local: the module binding may be read through a getter per access
  const act = ctx.activity,
    busy = ctx.peBusy,
    tg = ctx.toggles,
    mask = ctx.loMask;
  const maskA = s.maskA,
    hiAcc = ctx.hiMask !== 0,
    lo = ctx.accMin,
    hi = ctx.accMax;
  const A = p.a.data,
    B = p.b.data;
  const kRows = s.rowVar === 'k';
  // Column k0 + r of A at [r * L + 1 + mw] for mw in [-1, M + P] (zero outside 0..M-1), and
  // for the two-word multiplier table A's part of the table key (doubled) alongside it.
  const MP = M + P,
    L = MP + 2;
  const av = new Int32Array(R * L),
    aKey = new Int32Array(w2 ? R * L : 0),
    wKey = new Int32Array(w2 ? n : 0);
  const aKeyOf = (a: number) => (aIsEnc ? a - xMin : a - yMin) * 2;
  const perPe = !ctx.trace && (!act || w2);
  const aPre = new Float64Array(perPe && act ? R * (L + 1) : 0);
  const colOut = new Float64Array(perPe ? C * M : 0);
  const sums = new Float64Array(3);

  for (let k0 = 0; k0 < K; k0 += R) {
    const kReal = Math.min(R, K - k0);
    av.fill(0);
    for (let r = 0; r < kReal; r++) for (let m = 0; m < M; m++) av[r * L + 1 + m] = A[m * K + k0 + r];
    if (w2) for (let j = 0; j < av.length; j++) aKey[j] = aKeyOf(av[j]);
    for (let n0 = 0; n0 < N; n0 += C) {
      const colsReal = Math.min(C, N - n0);
      for (const arr of [wCur, psCur, psNext, sCur, sNext, cCur, cNext]) arr.fill(0);
      mult?.reset();
      let pending = n * M;
      let t = 0;
      let opT = 0,
        accT = 0,
        ppT = 0,
        prT = 0; // toggles of this tile, added to the shared records at its end
      if (perPe) {
        // The weight load (no PE window opens before cycle R), then the PEs.
        let wT = 0;
        for (; t < R; t++) {
          const kw = k0 + R - 1 - t;
          for (let c = 0; c < C; c++) wNext[c] = kw - k0 < kReal && c < colsReal ? B[kw * N + n0 + c] : 0;
          for (let i = C; i < n; i++) wNext[i] = wCur[i - C];
          if (act) for (let i = 0; i < n; i++) wT += regToggles(wCur[i], wNext[i], s.maskB);
          {
            const t_ = wCur;
            wCur = wNext;
            wNext = t_;
          }
        }
        if (w2) for (let i = 0; i < n; i++) wKey[i] = (aIsEnc ? (wCur[i] - yMin) * xSize : (wCur[i] - xMin) * ySize) * 2;
        const tEnd = R + M - 1 + P + R - 1 + C - 1;
        if (wsTilePerPe(ctx, sums, R, C, M, P, L, tEnd, av, aKey, wCur, wKey, PT, mult?.prodMask ?? 0, csa, colOut, act)) {
          // The output buffer (checked before anything is stored).
          const first = k0 === 0 && !p.accumulate;
          let ok = true;
          if (!first)
            for (let c = 0; c < colsReal && ok; c++)
              for (let m = 0; m < M; m++) {
                const v = p.c[m * N + n0 + c] + colOut[c * M + m];
                if (v > hi || v < lo) {
                  ok = false;
                  break;
                }
              }
          if (ok) {
            for (let c = 0; c < colsReal; c++)
              for (let m = 0; m < M; m++) {
                const o = m * N + n0 + c;
                p.c[o] = first ? colOut[c * M + m] : p.c[o] + colOut[c * M + m];
              }
            if (act) {
              // A registers: every PE of row r sees the row's stream up to where its window ends.
              for (let r = 0; r < R; r++) {
                const o = r * (L + 1),
                  w = r * L;
                aPre[o] = 0;
                for (let j = 1; j < L; j++) aPre[o + j] = aPre[o + j - 1] + POP[(av[w + j] ^ av[w + j - 1]) & maskA];
              }
              let opT = 0;
              for (let r = 0; r < R; r++) for (let c = 0; c < C; c++) opT += aPre[r * (L + 1) + Math.min(MP, tEnd - R - r - c) + 1];
              tg.operandRegs += wT + opT;
              tg.accumulatorRegs += sums[0];
              mult!.ppToggles += sums[1];
              mult!.prodToggles += sums[2];
            }
            pending = 0;
            t = tEnd + 1;
          }
        }
        if (pending > 0) {
          // Step the tile from its start.
          t = 0;
          for (const arr of [wCur, psCur, psNext, sCur, sNext, cCur, cNext]) arr.fill(0);
          mult?.reset();
        }
      }
      for (; pending > 0; t++) {
        // Weight load: row 0 takes B row k0+R-1-t, every other row takes the row above. No PE
        // window opens before cycle R, so the weights are constant inside every window.
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
          if (w2 && t === R - 1) for (let i = 0; i < n; i++) wKey[i] = (aIsEnc ? (wCur[i] - yMin) * xSize : (wCur[i] - xMin) * ySize) * 2;
        }
        for (let r = 0; r < R; r++) {
          const d = t - R - r; // mw of column 0
          const cLo = Math.max(0, d - MP),
            cHi = Math.min(C - 1, d);
          const row = r * L + 1;
          for (let c = cLo; c <= cHi; c++) {
            const i = r * C + c,
              mw = d - c;
            const a = av[row + mw];
            const w = wCur[i];
            const prod = a * w;
            if (act) {
              const ap = av[row + mw - 1]; // the operand of the previous cycle
              opT += POP[(ap ^ a) & maskA];
              if (w2) {
                // mult.step inlined for two packed words (int8-class operands): the hot path.
                const wk = wKey[i],
                  k2 = aKey[row + mw] + wk,
                  pk = aKey[row + mw - 1] + wk;
                const z0 = PT[k2] ^ PT[pk],
                  z1 = PT[k2 + 1] ^ PT[pk + 1],
                  zp = (prod ^ (ap * w)) & prodMask;
                ppT += POP[z0 & 0xffff] + POP[z0 >>> 16] + POP[z1 & 0xffff] + POP[z1 >>> 16];
                prT += POP[zp & 0xffff] + POP[zp >>> 16];
              } else if (aIsEnc) mult!.step(i, a, w, prod);
              else mult!.step(i, w, a, prod);
            }
            if (mw >= P && mw < MP) {
              // The add of m = mw - P: partial sum from above plus the product made P cycles ago.
              const m = mw - P;
              const q = P === 0 ? prod : av[row + m] * w;
              pending--;
              const above = r === 0 ? 0 : psCur[i - C];
              let v = above + q;
              if (v > hi || v < lo) v = ctx.overflow(v, m, n0 + c, t, 'partial-sum');
              if (act) {
                if (csa) {
                  const sa = r === 0 ? 0 : sCur[i - C],
                    ca = r === 0 ? 0 : cCur[i - C],
                    x = q | 0;
                  const ns = (sa ^ ca ^ x) & mask,
                    nc = (((sa & ca) | (sa & x) | (ca & x)) << 1) & mask;
                  const y1 = (sCur[i] ^ ns) & mask,
                    y2 = (cCur[i] ^ nc) & mask;
                  accT += POP[y1 & 0xffff] + POP[y1 >>> 16] + POP[y2 & 0xffff] + POP[y2 >>> 16];
                  sNext[i] = ns;
                  cNext[i] = nc;
                } else if (!hiAcc) {
                  const z = (psCur[i] ^ v) & mask;
                  accT += POP[z & 0xffff] + POP[z >>> 16];
                } else accT += ctx.accToggles(psCur[i], v);
              }
              psNext[i] = v;
              if (r === R - 1 && c < colsReal) {
                // Column CPA (combinational) into the output buffer.
                if (csa && (((sNext[i] + cNext[i]) | 0) & mask) !== ((v | 0) & mask))
                  throw new Error(`carry-save partial sum of column ${c} does not resolve to ${v}`);
                const o = m * N + n0 + c;
                p.c[o] = k0 === 0 && !p.accumulate ? v : ctx.fix(p.c[o] + v, m, n0 + c, t + 1, 'output-buffer');
              }
            } else {
              psNext[i] = psCur[i];
              if (csa) {
                sNext[i] = sCur[i];
                cNext[i] = cCur[i];
              }
            }
          }
        }
        {
          const t_ = psCur;
          psCur = psNext;
          psNext = t_;
        }
        if (csa) {
          {
            const t_ = sCur;
            sCur = sNext;
            sNext = t_;
          }
          {
            const t_ = cCur;
            cCur = cNext;
            cNext = t_;
          }
        }
        if (ctx.trace) {
          // The array's (row, col) are (k, n) when its rows index k, else (n, k).
          ctx.traceCycle({ tile: ctx.tiles.length, cycle: ctx.cycleBase + t, pending }, (row, col) => {
            const r = kRows ? row : col,
              c = kRows ? col : row,
              i = r * C + c;
            const mw = t - R - r - c,
              a = mw >= -1 && mw <= MP ? av[r * L + 1 + mw] : 0,
              b = wCur[i];
            return { a, b, product: a * b, acc: psCur[i], ...(csa ? { sum: sCur[i], carry: cCur[i] } : {}) };
          });
        }
      }
      // Each real PE (a real k row and n column) is busy for the M cycles its A stream passes.
      for (let r = 0; r < kReal; r++) for (let c = 0; c < colsReal; c++) busy[kRows ? r * C + c : c * R + r] += M;
      tg.operandRegs += opT;
      tg.accumulatorRegs += accT;
      if (mult) {
        mult.ppToggles += ppT;
        mult.prodToggles += prT;
      }
      const compute = t + 1;
      const fill = R + R + C - 2;
      ctx.pushTile({ m0: 0, n0, k0, fill, steady: M, drain: compute - fill - M + s.drainCycles, stalls: 0 });
    }
  }
  mult?.flush();
}

/** Two-word packed tables transposed to [(y * xSize + x) * 2], built once per table. */
const TRANSPOSED = new WeakMap<Int32Array, Int32Array>();

function transposedTable(packed: Int32Array, xSize: number, ySize: number): Int32Array {
  let t = TRANSPOSED.get(packed);
  if (!t) {
    t = new Int32Array(packed.length);
    for (let x = 0; x < xSize; x++)
      for (let y = 0; y < ySize; y++) {
        const from = (x * ySize + y) * 2,
          to = (y * xSize + x) * 2;
        t[to] = packed[from];
        t[to + 1] = packed[from + 1];
      }
    TRANSPOSED.set(packed, t);
  }
  return t;
}

/**
 * The PEs of one WS tile after its weight load (see the header). colOut[c * M + m]: the
 * column's result for row m. sums: accumulator, partial-product and product toggles. Returns
 * false when a partial sum leaves the range (or a carry-save pair does not resolve, which the
 * stepped loop then reports).
 */
function wsTilePerPe(
  ctx: SimContext,
  sums: Float64Array,
  R: number,
  C: number,
  M: number,
  P: number,
  L: number,
  tEnd: number,
  av: Int32Array,
  aKey: Int32Array,
  w: Int32Array,
  wKey: Int32Array,
  PT: Int32Array,
  prodMask: number,
  csa: boolean,
  colOut: Float64Array,
  act: boolean,
): boolean {
  const lo = ctx.accMin,
    hi = ctx.accMax;
  if (!act) {
    for (let c = 0; c < C; c++) {
      const o = c * M;
      for (let m = 0; m < M; m++) colOut[o + m] = 0;
      for (let r = 0; r < R; r++) {
        const wv = w[r * C + c],
          row = r * L + 1;
        for (let m = 0; m < M; m++) {
          const v = colOut[o + m] + av[row + m] * wv;
          if (v > hi || v < lo) return false;
          colOut[o + m] = v;
        }
      }
    }
    void P;
    void tEnd;
    return true;
  }
  const rt = PeRuntime.get();
  const pt = rt.table(PT);
  rt.reset();
  const avO = rt.alloc(R * L * 4),
    akO = rt.alloc(R * L * 4),
    wvO = rt.alloc(R * C * 4),
    wkO = rt.alloc(R * C * 4);
  const ps = rt.alloc(M * 8),
    sArr = rt.alloc(M * 4),
    cArr = rt.alloc(M * 4),
    out = rt.alloc(C * M * 8),
    res = rt.alloc(24);
  const m32 = rt.i32;
  m32.set(av.subarray(0, R * L), avO / 4);
  m32.set(aKey.subarray(0, R * L), akO / 4);
  m32.set(w, wvO / 4);
  m32.set(wKey, wkO / 4);
  const status = rt.wsTile({
    R,
    C,
    M,
    tEnd,
    LS: L,
    pad: 1,
    av: avO,
    ak: akO,
    wv: wvO,
    wk: wkO,
    pt,
    prodMask,
    cs: csa ? 1 : 0,
    csMask: ctx.loMask,
    mask64: accMask64(ctx.loMask, ctx.hiMask),
    lo: BigInt(lo),
    hi: BigInt(hi),
    ps,
    sArr,
    cArr,
    out,
    res,
  });
  if (status !== 0) return false;
  colOut.set(rt.f64.subarray(out / 8, out / 8 + C * M));
  const [pp, pr, ac] = rt.counts(res);
  sums[0] = ac;
  sums[1] = pp;
  sums[2] = pr;
  return true;
}
