// Laconic-class bit-slice engine (CYCLES.md laconic): both operands as digit terms; each PE has L
// lanes along k. Step s covers k in [s*L, (s+1)*L); lane l takes k = s*L + l in every PE. Lane l
// steps its counters (ci over the most nonzero A digits of the tile's rows at that k, cj over the
// most nonzero B digits of its columns), one term pair per cycle, and then waits; the step ends
// when every lane is done, so it takes max(1, max_l maxA_l * maxB_l) cycles — found by stepping
// until every lane is done, not by formula. A PE adds the terms of all its lanes each cycle (the
// histogram and its combination) into one carry-save accumulator.
import { POP16 } from '../arith/popcount.js';
import type { DigitTable } from '../arith/encode.js';
import type { SimContext, Problem } from './context.js';
import { AccBank } from './pe.js';
import type { EngineSpec } from './spec.js';
import { nonzeroTerms } from './terms.js';

export function runLaconic(ctx: SimContext, p: Problem, s: EngineSpec): void {
  const rowsAreM = s.rowVar === 'm';
  const mExt = rowsAreM ? s.R : s.C,
    nExt = rowsAreM ? s.C : s.R;
  const { M, N, K } = p;
  const L = Math.max(1, s.depth);
  const pes = s.R * s.C;
  const tabA = s.encTab,
    tabB = s.encTab2 as DigitTable;
  const termsA = nonzeroTerms(tabA),
    termsB = nonzeroTerms(tabB);
  const dA = tabA.count,
    dB = tabB.count;
  const acc = new AccBank(ctx, pes, true);
  const prevTerm = new Int32Array(pes * L),
    prevA = new Int32Array(pes * L),
    prevB = new Int32Array(pes * L);
  // Per (row or column, lane): nonzero count and the offset of its terms.
  const cntA = new Int32Array(mExt * L),
    offA = new Int32Array(mExt * L);
  const cntB = new Int32Array(nExt * L),
    offB = new Int32Array(nExt * L);
  const maxA = new Int32Array(L),
    maxB = new Int32Array(L);
  const A = p.a.data,
    B = p.b.data;
  const act = ctx.activity,
    busy = ctx.peBusy,
    tg = ctx.toggles;
  const pe = (mi: number, ni: number) => (rowsAreM ? mi * s.C + ni : ni * s.C + mi);

  for (let m0 = 0; m0 < M; m0 += mExt) {
    const mReal = Math.min(mExt, M - m0);
    for (let n0 = 0; n0 < N; n0 += nExt) {
      const nReal = Math.min(nExt, N - n0);
      acc.reset();
      prevTerm.fill(0);
      prevA.fill(0);
      prevB.fill(0);
      let t = 0,
        stalls = 0;
      for (let ks = 0; ks < K; ks += L) {
        maxA.fill(0);
        maxB.fill(0);
        for (let l = 0; l < L; l++) {
          const k = ks + l;
          for (let mi = 0; mi < mReal; mi++) {
            const v = k < K ? A[(m0 + mi) * K + k] - tabA.min : -tabA.min;
            const c = k < K ? tabA.nonzero[v] : 0;
            cntA[mi * L + l] = c;
            offA[mi * L + l] = v * dA;
            if (c > maxA[l]) maxA[l] = c;
          }
          for (let ni = 0; ni < nReal; ni++) {
            const v = k < K ? B[k * N + n0 + ni] - tabB.min : -tabB.min;
            const c = k < K ? tabB.nonzero[v] : 0;
            cntB[ni * L + l] = c;
            offB[ni * L + l] = v * dB;
            if (c > maxB[l]) maxB[l] = c;
          }
        }
        if (act) {
          // Each PE lane loads its A and B for this step.
          for (let mi = 0; mi < mReal; mi++)
            for (let ni = 0; ni < nReal; ni++)
              for (let l = 0; l < L; l++) {
                const k = ks + l;
                const i = pe(mi, ni) * L + l;
                const av = k < K ? A[(m0 + mi) * K + k] : 0,
                  bv = k < K ? B[k * N + n0 + ni] : 0;
                const x = (av ^ prevA[i]) & s.maskA,
                  y = (bv ^ prevB[i]) & s.maskB;
                tg.operandRegs += POP16[x & 0xffff] + POP16[y & 0xffff];
                prevA[i] = av;
                prevB[i] = bv;
              }
        }
        // Step cycles until every lane has issued its pairs (at least one cycle per step).
        let tau = 0;
        for (let more = true; more || tau === 0; tau++) {
          more = false;
          for (let l = 0; l < L; l++) if (tau + 1 < maxA[l] * maxB[l]) more = true;
          for (let mi = 0; mi < mReal; mi++) {
            for (let ni = 0; ni < nReal; ni++) {
              const i = pe(mi, ni);
              let sum = 0,
                issued = false;
              for (let l = 0; l < L; l++) {
                if (tau >= maxA[l] * maxB[l]) continue;
                const ci = (tau / maxB[l]) | 0,
                  cj = tau - ci * maxB[l];
                const qa = mi * L + l,
                  qb = ni * L + l;
                if (ci >= cntA[qa] || cj >= cntB[qb]) continue;
                const term = termsA[offA[qa] + ci] * termsB[offB[qb] + cj];
                sum += term;
                issued = true;
                if (act) {
                  const z = (term | 0) ^ prevTerm[i * L + l];
                  tg.partialProducts += POP16[z & 0xffff] + POP16[z >>> 16];
                  prevTerm[i * L + l] = term | 0;
                }
              }
              if (issued) {
                acc.add(i, sum, m0 + mi, n0 + ni, t + tau, false);
                busy[i]++;
              }
            }
          }
          if (ctx.trace) ctx.trace(JSON.stringify({ tile: ctx.tiles.length, cycle: ctx.cycleBase + t + tau, k0: ks }));
        }
        // A PE waits for the slowest lane of the array; its own need is its slowest lane.
        let least = Infinity;
        for (let mi = 0; mi < mReal; mi++)
          for (let ni = 0; ni < nReal; ni++) {
            acc.check(pe(mi, ni), m0 + mi, n0 + ni, t + tau - 1);
            let own = 1;
            for (let l = 0; l < L; l++) own = Math.max(own, cntA[mi * L + l] * cntB[ni * L + l]);
            least = Math.min(least, own);
          }
        stalls += tau - (least === Infinity ? tau : least);
        t += tau;
      }
      for (let mi = 0; mi < mReal; mi++) for (let ni = 0; ni < nReal; ni++) p.c[(m0 + mi) * N + n0 + ni] = acc.resolve(pe(mi, ni));
      ctx.pushTile({ m0, n0, k0: 0, fill: 0, steady: t - stalls, drain: 1 + s.P + s.drainCycles, stalls });
    }
  }
}
