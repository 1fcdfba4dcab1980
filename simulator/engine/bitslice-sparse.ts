// Bit-slice with bit-weight sparsity (OPT3, OPT4C, OPT4E; CYCLES.md). A is EN-T (or any)
// digits, B whole. The k loop runs in groups of g elements; for each group a column (one m)
// issues, digit position by position, the group's nonzero digits at that position one per
// cycle (a position with none still takes a cycle); every PE of the column adds digit * B[k][n]
// * radix^p into its carry-save accumulator. Columns sync at the group end, so a group takes
// as long as its slowest column — found by stepping until all columns are done.
// OPT4E: each PE has E lanes along k (a PE group sharing one wider compressor); lane e takes
// the e-th group of the step, and the step ends when the slowest lane of any column is done.
import { POP16 } from '../arith/popcount.js';
import type { SimContext, Problem } from './context.js';
import { AccBank } from './pe.js';
import type { EngineSpec } from './spec.js';

export function runBitsliceSparse(ctx: SimContext, p: Problem, s: EngineSpec, lanes: number): void {
  const rowsAreM = s.rowVar === 'm';
  const mExt = rowsAreM ? s.R : s.C,
    nExt = rowsAreM ? s.C : s.R;
  const { M, N, K } = p;
  const g = s.group,
    E = lanes;
  const tab = s.encTab,
    d = tab.count;
  const radixPow = Array.from({ length: d }, (_, j) => tab.radix ** j);
  const pes = s.R * s.C;
  const acc = new AccBank(ctx, pes, true);
  // Issue schedules: per (column, lane) up to d*g items; item = k * d + p, or -1 for a bubble.
  const maxItems = d * g;
  const sched = new Int32Array(mExt * E * maxItems);
  const len = new Int32Array(mExt * E);
  const prevPp = new Int32Array(pes);
  const prevB = new Int32Array(pes);
  const A = p.a.data,
    B = p.b.data;
  const act = ctx.activity,
    busy = ctx.peBusy,
    tg = ctx.toggles;
  const pe = (mi: number, ni: number) => (rowsAreM ? mi * s.C + ni : ni * s.C + mi);
  // The hot loop updates the carry-save accumulators inline (acc.add without range checks) and
  // counts toggles in locals, added to the shared record per tile.
  const POP = POP16,
    maskB = s.maskB,
    accv = acc.val;
  // A term fits 32 bits: above them an accumulator's bits are its sign extension.
  const loMask = ctx.loMask,
    hiBits = Math.max(0, ctx.accBits - 32);
  const peStep = rowsAreM ? 1 : s.C; // PE index step along n
  const stepK = E * g;

  for (let m0 = 0; m0 < M; m0 += mExt) {
    const mReal = Math.min(mExt, M - m0);
    for (let n0 = 0; n0 < N; n0 += nExt) {
      const nReal = Math.min(nExt, N - n0);
      acc.reset();
      prevPp.fill(0);
      prevB.fill(0);
      let t = 0,
        stalls = 0,
        steady = 0;
      let accT = 0,
        ppT = 0,
        opT = 0;
      for (let ks = 0; ks < K; ks += stepK) {
        // Sparse encoders: build each column's (and lane's) issue list for this step.
        let longest = 0,
          shortest = Infinity;
        for (let mi = 0; mi < mReal; mi++) {
          const row = (m0 + mi) * K;
          for (let e = 0; e < E; e++) {
            const q = mi * E + e,
              base = q * maxItems;
            const kLo = ks + e * g,
              kHi = Math.min(kLo + g, K);
            let l = 0;
            for (let pp = 0; pp < d; pp++) {
              const start = l;
              for (let k = kLo; k < kHi; k++) {
                if (tab.digits[(A[row + k] - tab.min) * d + pp] !== 0) sched[base + l++] = k * d + pp;
              }
              if (l === start) sched[base + l++] = -1;
            }
            len[q] = l;
            if (l > longest) longest = l;
          }
          let colLen = 0;
          for (let e = 0; e < E; e++) colLen = Math.max(colLen, len[mi * E + e]);
          shortest = Math.min(shortest, colLen);
        }
        // Step until every column has issued its list (sync at the step end).
        let tau = 0;
        for (let more = true; more; tau++) {
          more = false;
          for (let mi = 0; mi < mReal; mi++) {
            const row = (m0 + mi) * K;
            let colBusy = false;
            for (let e = 0; e < E; e++) {
              const q = mi * E + e;
              if (tau >= len[q]) continue;
              if (tau + 1 < len[q]) more = true;
              const item = sched[q * maxItems + tau];
              if (item < 0) continue; // a position with no nonzero digit: one idle cycle
              colBusy = true;
              const k = (item / d) | 0,
                pp = item - k * d;
              const digit = tab.digits[(A[row + k] - tab.min) * d + pp];
              const w = digit * radixPow[pp];
              const bRow = k * N + n0,
                i0 = pe(mi, 0);
              for (let ni = 0; ni < nReal; ni++) {
                const b = B[bRow + ni];
                const term = w * b;
                const i = i0 + ni * peStep;
                if (term !== 0) {
                  // acc.add(i, term, ..., false) written out: no range check here (acc.check per step).
                  const o = accv[i],
                    v = o + term;
                  accv[i] = v;
                  if (act) accT += acc.toggles(i, o, v, term);
                }
                if (act) {
                  // The term word the PE forms and the accumulator's 3:2 level takes: the digit
                  // product at its weight (shifted, sign-extended to the accumulator's width).
                  const x = (term | 0) ^ prevPp[i],
                    z = x & loMask,
                    y = (b ^ prevB[i]) & maskB;
                  ppT += POP[z & 0xffff] + POP[z >>> 16] + (x < 0 ? hiBits : 0);
                  opT += POP[y & 0xffff] + POP[y >>> 16];
                  prevPp[i] = term | 0;
                  prevB[i] = b;
                }
              }
            }
            if (colBusy) for (let ni = 0; ni < nReal; ni++) busy[pe(mi, ni)]++;
          }
          if (ctx.trace) ctx.trace(JSON.stringify({ tile: ctx.tiles.length, cycle: ctx.cycleBase + t + tau, k0: ks }));
        }
        if (mReal > 0 && tau !== longest) throw new Error(`sparse step took ${tau} cycles, schedule says ${longest}`);
        for (let mi = 0; mi < mReal; mi++) for (let ni = 0; ni < nReal; ni++) acc.check(pe(mi, ni), m0 + mi, n0 + ni, t + tau - 1);
        steady += shortest;
        stalls += tau - shortest;
        t += tau;
      }
      tg.accumulatorRegs += accT;
      tg.partialProducts += ppT;
      tg.operandRegs += opT;
      for (let mi = 0; mi < mReal; mi++) for (let ni = 0; ni < nReal; ni++) p.c[(m0 + mi) * N + n0 + ni] = acc.resolve(pe(mi, ni));
      ctx.pushTile({ m0, n0, k0: 0, fill: 0, steady, drain: 1 + s.P + s.drainCycles, stalls });
    }
  }
}
