// Bit-slice baseline (Laconic-style, CYCLES.md): both operands are decomposed into digits and
// each PE steps through the nonzero (A digit, B digit) term pairs of its product, one per
// cycle; all PEs move to the next k together, so k takes max(1, max pairs) cycles — found by
// stepping until every PE is done, not by formula. The accumulator is carry-save; its range is
// checked at each product boundary (a carry-save register may pass through out-of-range
// partial values of one product harmlessly).
import { POP16 } from '../arith/popcount.js';
import type { DigitTable } from '../arith/encode.js';
import type { SimContext, Problem } from './context.js';
import { AccBank } from './pe.js';
import type { EngineSpec } from './spec.js';
import { nonzeroTerms } from './terms.js';

export function runBitsliceBaseline(ctx: SimContext, p: Problem, s: EngineSpec): void {
  const rowsAreM = s.rowVar === 'm';
  const mExt = rowsAreM ? s.R : s.C,
    nExt = rowsAreM ? s.C : s.R;
  const { M, N, K } = p;
  const pes = s.R * s.C;
  const tabA = s.encTab,
    tabB = s.encTab2 as DigitTable;
  const termsA = nonzeroTerms(tabA),
    termsB = nonzeroTerms(tabB);
  const dA = tabA.count,
    dB = tabB.count;
  const acc = new AccBank(ctx, pes, true);
  const prevTerm = new Int32Array(pes),
    prevA = new Int32Array(pes),
    prevB = new Int32Array(pes);
  const cntA = new Int32Array(mExt),
    offA = new Int32Array(mExt);
  const cntB = new Int32Array(nExt),
    offB = new Int32Array(nExt);
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
      for (let k = 0; k < K; k++) {
        let minPairs = Infinity;
        for (let mi = 0; mi < mReal; mi++) {
          const v = A[(m0 + mi) * K + k] - tabA.min;
          cntA[mi] = tabA.nonzero[v];
          offA[mi] = v * dA;
        }
        for (let ni = 0; ni < nReal; ni++) {
          const v = B[k * N + n0 + ni] - tabB.min;
          cntB[ni] = tabB.nonzero[v];
          offB[ni] = v * dB;
        }
        if (act) {
          // Each PE loads A[m][k] and B[k][n] into its operand registers for this k.
          for (let mi = 0; mi < mReal; mi++)
            for (let ni = 0; ni < nReal; ni++) {
              const i = pe(mi, ni),
                av = A[(m0 + mi) * K + k],
                bv = B[k * N + n0 + ni];
              const x = (av ^ prevA[i]) & s.maskA,
                y = (bv ^ prevB[i]) & s.maskB;
              tg.operandRegs += POP16[x & 0xffff] + POP16[x >>> 16] + POP16[y & 0xffff] + POP16[y >>> 16];
              prevA[i] = av;
              prevB[i] = bv;
            }
        }
        // Step cycles until every PE has issued all its term pairs (at least one cycle per k).
        let tau = 0;
        for (let more = true; more || tau === 0; tau++) {
          more = false;
          for (let mi = 0; mi < mReal; mi++) {
            for (let ni = 0; ni < nReal; ni++) {
              const pairs = cntA[mi] * cntB[ni];
              if (tau >= pairs) continue;
              const i = pe(mi, ni);
              const jb = cntB[ni];
              const term = termsA[offA[mi] + ((tau / jb) | 0)] * termsB[offB[ni] + (tau % jb)];
              acc.add(i, term, m0 + mi, n0 + ni, t + tau, false);
              busy[i]++;
              if (act) {
                const z = (term | 0) ^ prevTerm[i];
                tg.partialProducts += POP16[z & 0xffff] + POP16[z >>> 16];
                prevTerm[i] = term | 0;
              }
              if (tau + 1 < pairs) more = true;
            }
          }
          if (ctx.trace) ctx.trace(JSON.stringify({ tile: ctx.tiles.length, cycle: ctx.cycleBase + t + tau, k }));
        }
        for (let mi = 0; mi < mReal; mi++)
          for (let ni = 0; ni < nReal; ni++) {
            acc.check(pe(mi, ni), m0 + mi, n0 + ni, t + tau - 1);
            minPairs = Math.min(minPairs, Math.max(1, cntA[mi] * cntB[ni]));
          }
        stalls += tau - minPairs;
        t += tau;
      }
      // P pipeline cycles flush, one cycle to make results valid, then the drain CPA.
      const steady = t - stalls;
      for (let mi = 0; mi < mReal; mi++) for (let ni = 0; ni < nReal; ni++) p.c[(m0 + mi) * N + n0 + ni] = acc.resolve(pe(mi, ni));
      ctx.pushTile({ m0, n0, k0: 0, fill: 0, steady, drain: 1 + s.P + s.drainCycles, stalls });
    }
  }
}
