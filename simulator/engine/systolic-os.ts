// Output-stationary systolic array (CYCLES.md): the row operand enters row r at cycle k+r and
// moves east one PE per cycle, the column operand enters column c at cycle k+c and moves south;
// PE(r,c) multiplies at k+r+c, accumulates P cycles later; results are valid the cycle after
// the last accumulation, then the drain CPA runs.
//
// Cycle by cycle, but each cycle only visits the PEs whose registers can change: PE(r,c) holds
// the operands of k = t - r - c (kw below), so it is live for kw in [0, K + P] (the operand
// streams, the step back to 0 after them, and the P-cycle product pipeline); outside that
// window both operands are 0 and nothing toggles. The operands a PE holds are a function of
// (r, c, kw), so they are read from the packed tile edges (zero padded) instead of being
// shifted through register arrays, and the previous cycle's operands (for toggles) are the
// entries before them. Accumulators are stationary, so they are updated in place.
//
// Without a trace the tile is first run PE by PE (osTilePerPe): a PE's registers depend only
// on its own two operand streams, so its whole window is one tight loop over k with its
// multiplier and accumulator state in locals, and the operand-register toggles, equal for
// every PE of a row (column) up to where its window ends, come from prefix sums of the row's
// (column's) operand stream. Values, toggles and the tile length are the stepped loop's; only
// the order of work differs, which matters for overflow records alone, so a tile in which an
// accumulator leaves its range is run cycle by cycle instead.
import { POP16 } from '../arith/popcount.js';
import type { SimContext, Problem } from './context.js';
import { AccBank, multiplierActivity, type MultiplierActivity } from './pe.js';
import type { EngineSpec } from './spec.js';
import { drainOutputs, packColOperand, packRowOperand } from './tiles.js';
import { stationaryToggles, stationaryValues, type StationaryTile } from './per-pe.js';

export function runSystolicOs(ctx: SimContext, p: Problem, s: EngineSpec): void {
  const { R, C, P } = s;
  const K = p.K;
  const rowsAreM = s.rowVar === 'm';
  const X = rowsAreM ? p.M : p.N; // problem extent along the rows
  const Y = rowsAreM ? p.N : p.M;
  const n = R * C;
  const west = new Int32Array(R * K);
  const north = new Int32Array(K * C);
  // The tile edges padded for kw in [-1, K + P]: westPad[r * L + 1 + kw], northPad[(1 + kw) * C + c].
  const KP = K + P,
    L = KP + 2;
  const westPad = new Int32Array(R * L),
    northPad = new Int32Array(L * C);
  const acc = new AccBank(ctx, n, s.carrySave);
  const westIsEnc = (s.encOperand === 'A') === rowsAreM;
  const mult = ctx.activity ? multiplierActivity(ctx, n, s) : undefined;
  const w2 = mult !== undefined && mult.W === 2;
  const PT = mult?.packed ?? new Int32Array(0);
  const xMin = mult?.tab.min ?? 0,
    yMin = mult?.yMin ?? 0,
    ySize = mult?.ySize ?? 0,
    prodMask = mult?.prodMask ?? 0;
  // Two-word multiplier table: each edge's part of the table key (doubled), alongside the edges.
  const westKey = new Int32Array(w2 ? westPad.length : 0),
    northKey = new Int32Array(w2 ? northPad.length : 0);
  const keyPart = (v: number, isEnc: boolean) => (isEnc ? (v - xMin) * ySize : v - yMin) * 2;
  const maskW = rowsAreM ? s.maskA : s.maskB,
    maskN = rowsAreM ? s.maskB : s.maskA;
  const POP = POP16; // a local: the module binding may be read through a getter per access
  const act = ctx.activity;
  const busy = ctx.peBusy;
  const tg = ctx.toggles;
  // The PE-by-PE path: no trace, and either no activity or the two-word multiplier table.
  const perPe = !ctx.trace && (!act || w2);
  const westT = perPe ? new PerPeBuffers(R, C, L) : undefined;
  const sums = new Float64Array(4);

  for (let x0 = 0; x0 < X; x0 += R) {
    for (let y0 = 0; y0 < Y; y0 += C) {
      const rowsReal = Math.min(R, X - x0),
        colsReal = Math.min(C, Y - y0);
      packRowOperand(p, rowsAreM, x0, R, rowsReal, west);
      packColOperand(p, rowsAreM, y0, C, colsReal, north);
      westPad.fill(0);
      northPad.fill(0);
      for (let r = 0; r < R; r++) westPad.set(west.subarray(r * K, (r + 1) * K), r * L + 1);
      northPad.set(north, C);
      if (w2) {
        for (let j = 0; j < westPad.length; j++) westKey[j] = keyPart(westPad[j], westIsEnc);
        for (let j = 0; j < northPad.length; j++) northKey[j] = keyPart(northPad[j], !westIsEnc);
      }
      acc.reset();
      mult?.reset();
      let pending = n * K;
      let t = 0;
      if (westT && osTilePerPe(ctx, acc, mult, westIsEnc, westT, sums, R, C, K, P, L, west, north, westPad, northPad, maskW, maskN)) {
        pending = 0;
        t = K - 1 + P + R + C - 2 + 1; // the loop below would end after the last accumulation
        if (mult) {
          tg.operandRegs += sums[0];
          tg.accumulatorRegs += sums[1];
          mult.ppToggles += sums[2];
          mult.prodToggles += sums[3];
        }
      } else if (westT) {
        acc.reset();
        mult?.reset();
      }
      // Hot loop: the accumulate is acc.add written out (range check, wrap), its toggles and
      // carry-save words from acc.toggles; toggles are summed locally per tile.
      const accv = acc.val,
        lo = ctx.accMin,
        hi = ctx.accMax;
      let opT = 0,
        accT = 0,
        ppT = 0,
        prT = 0; // toggles of this tile, added to the shared records at its end
      for (; pending > 0; t++) {
        for (let r = 0; r < R; r++) {
          const d = t - r; // kw of column 0
          const cLo = Math.max(0, d - KP),
            cHi = Math.min(C - 1, d);
          const row = r * L + 1;
          for (let c = cLo; c <= cHi; c++) {
            const i = r * C + c,
              kw = d - c;
            const wj = row + kw,
              nj = (kw + 1) * C + c; // this cycle's operands; the previous ones at wj - 1, nj - C
            const a = westPad[wj],
              b = northPad[nj];
            const prod = a * b;
            if (act) {
              const ap = westPad[wj - 1],
                bp = northPad[nj - C];
              opT += POP[(ap ^ a) & maskW] + POP[(bp ^ b) & maskN];
              if (w2) {
                // mult.step inlined for two packed words (int8-class operands): the hot path.
                const k2 = westKey[wj] + northKey[nj],
                  pk = westKey[wj - 1] + northKey[nj - C];
                const z0 = PT[k2] ^ PT[pk],
                  z1 = PT[k2 + 1] ^ PT[pk + 1],
                  zp = (prod ^ (ap * bp)) & prodMask;
                ppT += POP[z0 & 0xffff] + POP[z0 >>> 16] + POP[z1 & 0xffff] + POP[z1 >>> 16];
                prT += POP[zp & 0xffff] + POP[zp >>> 16];
              } else if (westIsEnc) mult!.step(i, a, b, prod);
              else mult!.step(i, b, a, prod);
            }
            if (kw >= P && kw < KP) {
              // The accumulation of the product made P cycles ago (k = kw - P).
              const q = P === 0 ? prod : westPad[wj - P] * northPad[nj - P * C];
              pending--;
              if (q !== 0) {
                const o = accv[i];
                let v = o + q;
                if (v > hi || v < lo) v = ctx.overflow(v, rowsAreM ? x0 + r : y0 + c, rowsAreM ? y0 + c : x0 + r, t, 'accumulator');
                accv[i] = v;
                if (act) accT += acc.toggles(i, o, v, q);
              }
            }
          }
        }
        if (ctx.trace) {
          ctx.traceCycle({ tile: ctx.tiles.length, cycle: ctx.cycleBase + t, pending }, (r, c) => {
            const i = r * C + c,
              kw = t - r - c,
              live = kw >= -1 && kw <= KP;
            const a = live ? westPad[r * L + 1 + kw] : 0,
              b = live ? northPad[(kw + 1) * C + c] : 0;
            return { a, b, product: a * b, acc: accv[i], ...(acc.csBits ? { sum: acc.s[i], carry: acc.c[i] } : {}) };
          });
        }
      }
      // Each real PE is busy for the K cycles its operand streams pass.
      for (let r = 0; r < rowsReal; r++) for (let c = 0; c < colsReal; c++) busy[r * C + c] += K;
      tg.operandRegs += opT;
      tg.accumulatorRegs += accT;
      if (mult) {
        mult.ppToggles += ppT;
        mult.prodToggles += prT;
      }
      // t = cycles up to the last accumulation; results are valid in the next cycle.
      const compute = t + 1;
      drainOutputs(ctx, p, acc, s, rowsAreM, x0, y0, rowsReal, colsReal);
      ctx.pushTile({
        m0: rowsAreM ? x0 : y0,
        n0: rowsAreM ? y0 : x0,
        k0: 0,
        fill: R + C - 2,
        steady: K,
        drain: compute - (R + C - 2) - K + s.drainCycles,
        stalls: 0,
      });
    }
  }
  mult?.flush();
}

/** Scratch of the PE-by-PE path: operand-toggle prefix sums per row and column. */
class PerPeBuffers {
  readonly rowPre: Float64Array;
  readonly colPre: Float64Array;
  constructor(
    R: number,
    C: number,
    readonly L: number,
  ) {
    this.rowPre = new Float64Array(R * (L + 1));
    this.colPre = new Float64Array(C * (L + 1));
  }
}

/**
 * One tile PE by PE (see the header and per-pe.ts). sums: operand, accumulator,
 * partial-product and product toggles of the tile. Returns false when an accumulator would
 * leave its range (the caller resets and steps the tile).
 */
function osTilePerPe(
  ctx: SimContext,
  acc: AccBank,
  mult: MultiplierActivity | undefined,
  westIsEnc: boolean,
  bf: PerPeBuffers,
  sums: Float64Array,
  R: number,
  C: number,
  K: number,
  P: number,
  L: number,
  west: Int32Array,
  north: Int32Array,
  westPad: Int32Array,
  northPad: Int32Array,
  maskW: number,
  maskN: number,
): boolean {
  const tile: StationaryTile = { R, C, K, lanes: 1, tEnd: K - 1 + P + R + C - 2, skew: 1, west, north };
  if (!mult) return stationaryValues(ctx, acc, tile);
  if (!stationaryToggles(ctx, acc, mult, westIsEnc, tile, sums.subarray(1))) return false;
  // Operand registers: every PE of row r sees the row's stream up to where its window ends.
  const POP = POP16;
  const { rowPre, colPre } = bf;
  for (let r = 0; r < R; r++) {
    const o = r * (L + 1),
      w = r * L;
    rowPre[o] = 0;
    for (let j = 1; j < L; j++) rowPre[o + j] = rowPre[o + j - 1] + POP[(westPad[w + j] ^ westPad[w + j - 1]) & maskW];
  }
  for (let c = 0; c < C; c++) {
    const o = c * (L + 1);
    colPre[o] = 0;
    for (let j = 1; j < L; j++) colPre[o + j] = colPre[o + j - 1] + POP[(northPad[j * C + c] ^ northPad[(j - 1) * C + c]) & maskN];
  }
  let opT = 0;
  for (let r = 0; r < R; r++)
    for (let c = 0; c < C; c++) {
      const kEnd = Math.min(K + P, tile.tEnd - r - c); // last kw the stepped loop visits for this PE
      opT += rowPre[r * (L + 1) + kEnd + 1] + colPre[c * (L + 1) + kEnd + 1];
    }
  sums[0] = opT;
  return true;
}
