// Tiles of the output-stationary engines (systolic OS, 2D-Matrix, cube) run PE by PE instead of
// cycle by cycle. PE (r, c) multiplies row r of the tile's west operand with column c of its
// north operand, `lanes` products per step (cube depth; 1 otherwise), and accumulates each
// step's sum in k order; its registers depend on nothing else, so its whole window is one loop:
// the values, toggle counts and tile length are the stepped loop's, only the order of work
// differs. That order matters for overflow records alone, so these return false when an
// accumulator would leave its range and the engine steps that tile cycle by cycle instead.
// With toggle counting the loops run in WebAssembly (simulator/wasm/pe-module.ts, native
// popcount); without, a range-checked dot product per PE.
import { PeRuntime, accMask64 } from '../wasm/pe.js';
import type { SimContext } from './context.js';
import type { AccBank, MultiplierActivity } from './pe.js';

export interface StationaryTile {
  readonly R: number;
  readonly C: number;
  readonly K: number;
  readonly lanes: number;
  /** Cycle of the tile's last accumulation (the stepped loop stops after it). */
  readonly tEnd: number;
  /** 1: PE (r, c) runs r + c cycles late (systolic); 0: broadcast. */
  readonly skew: 0 | 1;
  /** Row operand [r * K + k] and column operand [k * C + c] of the tile (zeros past M / N). */
  readonly west: Int32Array;
  readonly north: Int32Array;
}

/** Without activity: each PE's step sums accumulated in k order, range-checked after each step. */
export function stationaryValues(ctx: SimContext, acc: AccBank, t: StationaryTile): boolean {
  const { R, C, K, lanes, west, north } = t;
  const accv = acc.val,
    lo = ctx.accMin,
    hi = ctx.accMax;
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      let o = 0;
      if (lanes === 1) {
        for (let k = 0; k < K; k++) {
          o += west[r * K + k] * north[k * C + c];
          if (o > hi || o < lo) return false;
        }
      } else {
        for (let k0 = 0; k0 < K; k0 += lanes) {
          const k1 = Math.min(K, k0 + lanes);
          let q = 0;
          for (let k = k0; k < k1; k++) q += west[r * K + k] * north[k * C + c];
          o += q;
          if (o > hi || o < lo) return false;
        }
      }
      accv[r * C + c] = o;
    }
  }
  return true;
}

/**
 * With activity (the multiplier's two-word table, mult.W === 2): the WebAssembly kernel.
 * sums[0..2] = accumulator, partial-product and product toggles of the tile.
 */
export function stationaryToggles(
  ctx: SimContext,
  acc: AccBank,
  mult: MultiplierActivity,
  westIsEnc: boolean,
  t: StationaryTile,
  sums: Float64Array,
): boolean {
  const { R, C, K, lanes, west, north } = t;
  const S = Math.ceil(K / lanes);
  const rt = PeRuntime.get();
  const pt = rt.table(mult.packed);
  rt.reset();
  // Stream entry k at pad + k: `lanes` zeros before (the multipliers' reset state), the data,
  // then zeros through the step after the last (the operands returning to zero).
  const pad = lanes,
    LS = pad + (S + 1) * lanes;
  const wv = rt.alloc(R * LS * 4),
    wk = rt.alloc(R * LS * 4),
    nv = rt.alloc(C * LS * 4),
    nk = rt.alloc(C * LS * 4);
  const accOut = rt.alloc(R * C * 8),
    sOut = rt.alloc(R * C * 4),
    cOut = rt.alloc(R * C * 4),
    res = rt.alloc(24);
  const m = rt.i32;
  const xMin = mult.tab.min,
    yMin = mult.yMin,
    ySize = mult.ySize;
  const wx = westIsEnc ? ySize * 2 : 2,
    wo = westIsEnc ? -xMin * ySize * 2 : -yMin * 2;
  const nx = westIsEnc ? 2 : ySize * 2,
    no = westIsEnc ? -yMin * 2 : -xMin * ySize * 2;
  for (let r = 0; r < R; r++) {
    const v0 = wv / 4 + r * LS,
      k0 = wk / 4 + r * LS;
    m.fill(0, v0, v0 + LS);
    m.fill(wo, k0, k0 + LS);
    for (let k = 0; k < K; k++) {
      const v = west[r * K + k];
      m[v0 + pad + k] = v;
      m[k0 + pad + k] = v * wx + wo;
    }
  }
  for (let c = 0; c < C; c++) {
    const v0 = nv / 4 + c * LS,
      k0 = nk / 4 + c * LS;
    m.fill(0, v0, v0 + LS);
    m.fill(no, k0, k0 + LS);
    for (let k = 0; k < K; k++) {
      const v = north[k * C + c];
      m[v0 + pad + k] = v;
      m[k0 + pad + k] = v * nx + no;
    }
  }
  const status = rt.stationary({
    R,
    C,
    K,
    lanes,
    nSteps: S,
    tEnd: t.tEnd,
    skew: t.skew,
    LS,
    pad,
    wv,
    wk,
    nv,
    nk,
    pt,
    prodMask: mult.prodMask,
    cs: acc.csBits ? 1 : 0,
    csMask: acc.csMask,
    mask64: accMask64(ctx.loMask, ctx.hiMask),
    lo: BigInt(ctx.accMin),
    hi: BigInt(ctx.accMax),
    accOut,
    sOut,
    cOut,
    res,
  });
  if (status !== 0) return false;
  acc.val.set(rt.f64.subarray(accOut / 8, accOut / 8 + R * C));
  if (acc.csBits) {
    acc.s.set(rt.i32.subarray(sOut / 4, sOut / 4 + R * C));
    acc.c.set(rt.i32.subarray(cOut / 4, cOut / 4 + R * C));
  }
  const [pp, pr, ac] = rt.counts(res);
  sums[0] = ac;
  sums[1] = pp;
  sums[2] = pr;
  return true;
}
