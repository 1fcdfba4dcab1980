// The fast level's view of a run: the tiles the stepped engine would run, in its order
// (docs/CYCLES.md "Tile"), with each tile's cycles and breakdown, the per-PE busy cycles, and
// which tile an output element (and k) belongs to. Data-independent designs take the closed
// form per tile; the zero-skip bit-slice designs compute each tile's cycles from the operands'
// digits exactly as the engines step them (slowest PE per k, slowest column per group).
import { cdiv, architectureDef, lanesPerPe, loopOf, movementOf, zeroSkipping, type Design, type IntMatrix } from '../../ir/index.js';
import type { EngineSpec } from '../engine/spec.js';
import type { TileRecord } from '../types.js';
import { exactGemm } from './gemm.js';

/** A tile in the problem's own coordinates (not the engine's transposed view). */
export interface TileGeom {
  readonly m0: number;
  readonly n0: number;
  readonly k0: number;
  readonly mLen: number;
  readonly nLen: number;
  readonly kLen: number;
}

export interface TilePlan {
  readonly tiles: readonly TileGeom[];
  readonly records: readonly TileRecord[];
  readonly peBusy: Float64Array;
  /** Index of the tile holding output (m, n) at reduction index k. */
  tileOf(m: number, n: number, k: number): number;
  /** Extent of a k-tile for the designs that split k over tiles (WS, adder tree); K otherwise. */
  readonly kTile: number;
}

/**
 * How the engine that runs a design tiles and schedules it, from the IR alone: output-stationary
 * (tiles over m, n; a skew fill when the operands are systolic), k spatial with partial sums
 * chained down the columns or reduced by a tree per column, and the bit-slice family's three
 * (term pairs, sparse groups, term pairs on k lanes of each PE).
 */
export type EngineKind = 'output-stationary' | 'k-chain' | 'k-tree' | 'bitslice' | 'bitslice-sparse' | 'term-lanes';

export function engineKindOf(d: Design): { kind: EngineKind; lanes: number } {
  const family = architectureDef(d.architecture).family;
  if (family === 'output-stationary') return { kind: 'output-stationary', lanes: 1 };
  if (family === 'weight-stationary') return { kind: movementOf(d, 'C') === 'systolic' ? 'k-chain' : 'k-tree', lanes: 1 };
  if (zeroSkipping(d) === 'terms' && loopOf(d, 'k')?.mapping === 'spatial') return { kind: 'term-lanes', lanes: lanesPerPe(d) };
  return zeroSkipping(d) === 'terms' ? { kind: 'bitslice', lanes: 1 } : { kind: 'bitslice-sparse', lanes: lanesPerPe(d) };
}

/**
 * Bit-slice engines run on the transposed problem when B is the encoded operand (as
 * simulate() does); `swap` says so and the spec is the one the engine sees.
 */
export function tilePlan(
  design: Design,
  kind: EngineKind,
  lanes: number,
  spec: EngineSpec,
  swap: boolean,
  a: IntMatrix,
  b: IntMatrix,
  threads: number,
): TilePlan {
  const M = a.rows,
    K = a.cols,
    N = b.cols;
  const tail = 1 + spec.P + spec.drainCycles;
  const geoms: TileGeom[] = [];
  const recs: TileRecord[] = [];
  const busy = new Float64Array(spec.R * spec.C);
  let start = 0;
  const push = (g: TileGeom, f: { fill: number; steady: number; drain: number; stalls: number }) => {
    const cycles = f.fill + f.steady + f.drain + f.stalls;
    recs.push({ index: recs.length, start, cycles, m0: g.m0, n0: g.n0, k0: g.k0, ...f });
    geoms.push(g);
    start += cycles;
  };
  switch (kind) {
    case 'output-stationary': {
      const { R, C } = spec;
      const rowsAreM = spec.rowVar === 'm';
      const X = rowsAreM ? M : N,
        Y = rowsAreM ? N : M;
      // k spatial inside the PE (the cube's depth) divides the steps; systolic operands fill the array's skew.
      const steady = cdiv(K, spec.depth);
      // Partial sums chained through registered k layers (C systolic along k) fill the chain first.
      const fill = (movementOf(design, 'A') === 'systolic' ? R + C - 2 : 0) + (movementOf(design, 'C') === 'systolic' ? spec.depth : 0);
      const yTiles = cdiv(Y, C);
      for (let x0 = 0; x0 < X; x0 += R) {
        for (let y0 = 0; y0 < Y; y0 += C) {
          const rowsReal = Math.min(R, X - x0),
            colsReal = Math.min(C, Y - y0);
          push(
            rowsAreM
              ? { m0: x0, n0: y0, k0: 0, mLen: rowsReal, nLen: colsReal, kLen: K }
              : { m0: y0, n0: x0, k0: 0, mLen: colsReal, nLen: rowsReal, kLen: K },
            { fill, steady, drain: tail, stalls: 0 },
          );
          for (let r = 0; r < rowsReal; r++) for (let c = 0; c < colsReal; c++) busy[r * C + c] += steady;
        }
      }
      return {
        tiles: geoms,
        records: recs,
        peBusy: busy,
        kTile: K,
        tileOf: (m, n) => Math.floor((rowsAreM ? m : n) / R) * yTiles + Math.floor((rowsAreM ? n : m) / C),
      };
    }
    case 'k-chain':
    case 'k-tree': {
      const kRows = spec.rowVar === 'k';
      const R = kRows ? spec.R : spec.C,
        C = kRows ? spec.C : spec.R;
      const fill = kind === 'k-chain' ? 2 * R + C - 2 : R;
      const nTiles = cdiv(N, C);
      for (let k0 = 0; k0 < K; k0 += R) {
        const kReal = Math.min(R, K - k0);
        for (let n0 = 0; n0 < N; n0 += C) {
          const colsReal = Math.min(C, N - n0);
          push({ m0: 0, n0, k0, mLen: M, nLen: colsReal, kLen: kReal }, { fill, steady: M, drain: tail, stalls: 0 });
          for (let r = 0; r < kReal; r++) for (let c = 0; c < colsReal; c++) busy[kRows ? r * C + c : c * R + r] += M;
        }
      }
      return { tiles: geoms, records: recs, peBusy: busy, kTile: R, tileOf: (_m, n, k) => Math.floor(k / R) * nTiles + Math.floor(n / C) };
    }
    case 'bitslice':
    case 'bitslice-sparse':
      return bitslicePlan(design, kind, lanes, spec, swap, a, b, threads, push, geoms, recs, busy, tail);
    case 'term-lanes':
      return laconicPlan(spec, swap, a, b, push, geoms, recs, busy, tail);
  }
}

/**
 * The bit-slice family's view of the problem: X[x][k] is the encoded operand (A, or B
 * transposed when `swap`), Y[k][y] the other; tiles of mExt x nExt over (x, y); PE index of a
 * tile position.
 */
function engineView(s: EngineSpec, swap: boolean, a: IntMatrix, b: IntMatrix) {
  const K = a.cols;
  const rowsAreM = s.rowVar === 'm';
  return {
    K,
    eM: swap ? b.cols : a.rows,
    eN: swap ? a.rows : b.cols,
    xv: swap ? (x: number, k: number) => b.data[k * b.cols + x] : (x: number, k: number) => a.data[x * K + k],
    yv: swap ? (k: number, y: number) => a.data[y * K + k] : (k: number, y: number) => b.data[k * b.cols + y],
    mExt: rowsAreM ? s.R : s.C,
    nExt: rowsAreM ? s.C : s.R,
    pe: (mi: number, ni: number) => (rowsAreM ? mi * s.C + ni : ni * s.C + mi),
  };
}

/**
 * Laconic-class tiles (simulator/engine/laconic.ts), in the engine's view as for the bit-slice
 * designs: per step of L k-lanes the step lasts max(1, max_l maxA_l * maxB_l) cycles (maxima of
 * the nonzero digit counts over the tile's real rows / columns); a PE's own need is
 * max(1, max_l cntA * cntB), the tile's least need is its steady share. A PE is busy in a cycle
 * when one of its lanes issues a term pair: lane l issues at tau = ci * maxB_l + cj for
 * ci < cntA, cj < cntB; the union over lanes is counted with bit masks over tau.
 */
function laconicPlan(
  s: EngineSpec,
  swap: boolean,
  a: IntMatrix,
  b: IntMatrix,
  push: (g: TileGeom, f: { fill: number; steady: number; drain: number; stalls: number }) => void,
  geoms: TileGeom[],
  recs: TileRecord[],
  busy: Float64Array,
  tail: number,
): TilePlan {
  const { K, eM, eN, xv, yv, mExt, nExt, pe } = engineView(s, swap, a, b);
  const L = Math.max(1, s.depth);
  const tabA = s.encTab,
    tabB = s.encTab2!;
  const nA = new Uint8Array(eM * K),
    nB = new Uint8Array(K * eN);
  for (let x = 0; x < eM; x++) for (let k = 0; k < K; k++) nA[x * K + k] = tabA.nonzero[xv(x, k) - tabA.min];
  for (let k = 0; k < K; k++) for (let y = 0; y < eN; y++) nB[k * eN + y] = tabB.nonzero[yv(k, y) - tabB.min];
  // Issue masks over tau, words of 32 cycles: mask(maxB, cntA, cntB) has bit ci * maxB + cj.
  const dA = tabA.count,
    dB = tabB.count;
  const words = Math.max(1, Math.ceil((dA * dB) / 32));
  const maskIdx = (mb: number, ca: number, cb: number) => ((mb * (dA + 1) + ca) * (dB + 1) + cb) * words;
  const masks = new Uint32Array((dB + 1) * (dA + 1) * (dB + 1) * words);
  for (let mb = 1; mb <= dB; mb++)
    for (let ca = 0; ca <= dA; ca++)
      for (let cb = 0; cb <= Math.min(mb, dB); cb++) {
        const o = maskIdx(mb, ca, cb);
        for (let ci = 0; ci < ca; ci++)
          for (let cj = 0; cj < cb; cj++) {
            const t = ci * mb + cj;
            masks[o + (t >>> 5)] |= 1 << (t & 31);
          }
      }
  const popcount = (v: number) => {
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  };
  const maxA = new Int32Array(L),
    maxB = new Int32Array(L);
  const acc = new Uint32Array(words);
  const nTiles = Math.ceil(eN / nExt);
  for (let m0 = 0; m0 < eM; m0 += mExt) {
    const mReal = Math.min(mExt, eM - m0);
    for (let n0 = 0; n0 < eN; n0 += nExt) {
      const nReal = Math.min(nExt, eN - n0);
      let t = 0,
        stalls = 0;
      for (let ks = 0; ks < K; ks += L) {
        const lanes = Math.min(L, K - ks);
        maxA.fill(0);
        maxB.fill(0);
        let T = 1;
        for (let l = 0; l < lanes; l++) {
          const k = ks + l;
          for (let mi = 0; mi < mReal; mi++) {
            const c = nA[(m0 + mi) * K + k];
            if (c > maxA[l]) maxA[l] = c;
          }
          for (let ni = 0; ni < nReal; ni++) {
            const c = nB[k * eN + n0 + ni];
            if (c > maxB[l]) maxB[l] = c;
          }
          T = Math.max(T, maxA[l] * maxB[l]);
        }
        let least = Infinity;
        for (let mi = 0; mi < mReal; mi++) {
          for (let ni = 0; ni < nReal; ni++) {
            let own = 1;
            acc.fill(0);
            for (let l = 0; l < lanes; l++) {
              const k = ks + l;
              const ca = nA[(m0 + mi) * K + k],
                cb = nB[k * eN + n0 + ni];
              if (ca * cb > own) own = ca * cb;
              if (ca === 0 || cb === 0) continue;
              const o = maskIdx(maxB[l], ca, cb);
              for (let w = 0; w < words; w++) acc[w] |= masks[o + w];
            }
            let nb = 0;
            for (let w = 0; w < words; w++) nb += popcount(acc[w]);
            busy[pe(mi, ni)] += nb;
            if (own < least) least = own;
          }
        }
        stalls += T - least;
        t += T;
      }
      const mLen = mReal,
        nLen = nReal;
      push(swap ? { m0: n0, n0: m0, k0: 0, mLen: nLen, nLen: mLen, kLen: K } : { m0, n0, k0: 0, mLen, nLen, kLen: K }, {
        fill: 0,
        steady: t - stalls,
        drain: tail,
        stalls,
      });
    }
  }
  return {
    tiles: geoms,
    records: recs,
    peBusy: busy,
    kTile: K,
    tileOf: (m, n) => Math.floor((swap ? n : m) / mExt) * nTiles + Math.floor((swap ? m : n) / nExt),
  };
}

/**
 * Bit-slice baseline and zero-skip (OPT3/4C/4E) tiles in the engine's view X[x][k] (the
 * encoded operand, A or B transposed) and Y[k][y]: m-tiles outer, n-tiles inner.
 */
function bitslicePlan(
  _design: Design,
  kind: 'bitslice' | 'bitslice-sparse',
  lanes: number,
  s: EngineSpec,
  swap: boolean,
  a: IntMatrix,
  b: IntMatrix,
  threads: number,
  push: (g: TileGeom, f: { fill: number; steady: number; drain: number; stalls: number }) => void,
  geoms: TileGeom[],
  recs: TileRecord[],
  busy: Float64Array,
  tail: number,
): TilePlan {
  const { K, eM, eN, xv, yv, mExt, nExt, pe } = engineView(s, swap, a, b);
  const mTiles = cdiv(eM, mExt),
    nTiles = cdiv(eN, nExt);
  const geom = (em0: number, en0: number): TileGeom => {
    const mLen = Math.min(mExt, eM - em0),
      nLen = Math.min(nExt, eN - en0);
    return swap ? { m0: en0, n0: em0, k0: 0, mLen: nLen, nLen: mLen, kLen: K } : { m0: em0, n0: en0, k0: 0, mLen, nLen, kLen: K };
  };
  const tab = s.encTab;
  if (kind === 'bitslice') {
    const tabB = s.encTab2!;
    // Nonzero digit counts, and their max / min over each tile's real rows (per k) and columns.
    const nA = new Int32Array(eM * K),
      nB = new Int32Array(K * eN);
    for (let x = 0; x < eM; x++) for (let k = 0; k < K; k++) nA[x * K + k] = tab.nonzero[xv(x, k) - tab.min];
    for (let k = 0; k < K; k++) for (let y = 0; y < eN; y++) nB[k * eN + y] = tabB.nonzero[yv(k, y) - tabB.min];
    const maxA = new Int32Array(mTiles * K),
      minA = new Int32Array(mTiles * K).fill(1 << 30);
    const maxB = new Int32Array(nTiles * K),
      minB = new Int32Array(nTiles * K).fill(1 << 30);
    for (let x = 0; x < eM; x++) {
      const o = Math.floor(x / mExt) * K;
      for (let k = 0; k < K; k++) {
        const v = nA[x * K + k];
        if (v > maxA[o + k]) maxA[o + k] = v;
        if (v < minA[o + k]) minA[o + k] = v;
      }
    }
    for (let k = 0; k < K; k++)
      for (let y = 0; y < eN; y++) {
        const o = Math.floor(y / nExt) * K + k,
          v = nB[k * eN + y];
        if (v > maxB[o]) maxB[o] = v;
        if (v < minB[o]) minB[o] = v;
      }
    for (let mt = 0; mt < mTiles; mt++) {
      for (let nt = 0; nt < nTiles; nt++) {
        let t = 0,
          steady = 0;
        const oa = mt * K,
          ob = nt * K;
        for (let k = 0; k < K; k++) {
          t += Math.max(1, maxA[oa + k] * maxB[ob + k]);
          steady += Math.max(1, minA[oa + k] * minB[ob + k]);
        }
        push(geom(mt * mExt, nt * nExt), { fill: 0, steady, drain: tail, stalls: t - steady });
      }
    }
    // Busy: a PE issues nnzA * nnzB term pairs per k, i.e. the GEMM of the digit counts.
    const g = exactGemm(
      { rows: eM, cols: K, data: nA },
      { rows: K, cols: eN, data: nB },
      { A: { signed: true, bits: 8 }, B: { signed: true, bits: 8 } },
      { threads },
    );
    for (let x = 0; x < eM; x++) for (let y = 0; y < eN; y++) busy[pe(x % mExt, y % nExt)] += Number(g.c[x * eN + y]);
  } else {
    const d = tab.count,
      g = s.group,
      E = lanes,
      stepK = E * g;
    const steps = cdiv(K, stepK);
    // Per engine row and step: the column's issue length (slowest lane) and its busy cycles.
    const colLen = new Int32Array(eM * steps),
      colBusy = new Float64Array(eM);
    const cnt = new Int32Array(d);
    const real = new Uint8Array(d * g);
    for (let x = 0; x < eM; x++) {
      for (let st = 0; st < steps; st++) {
        const ks = st * stepK;
        let longest = 0,
          busyLen = 0;
        real.fill(0);
        for (let e = 0; e < E; e++) {
          const kLo = ks + e * g,
            kHi = Math.min(kLo + g, K);
          cnt.fill(0);
          for (let k = kLo; k < kHi; k++) {
            const base = (xv(x, k) - tab.min) * d;
            for (let p = 0; p < d; p++) if (tab.digits[base + p] !== 0) cnt[p]++;
          }
          // The lane's issue list: each position's nonzero digits, or one bubble.
          let l = 0;
          for (let p = 0; p < d; p++) {
            if (cnt[p] === 0) l++;
            else for (let c = 0; c < cnt[p]; c++) real[l++] = 1;
          }
          if (l > longest) longest = l;
          if (l > busyLen) busyLen = l;
        }
        let bz = 0;
        for (let t = 0; t < busyLen; t++) bz += real[t];
        colLen[x * steps + st] = longest;
        colBusy[x] += bz;
      }
    }
    for (let mt = 0; mt < mTiles; mt++) {
      let t = 0,
        steady = 0;
      const x0 = mt * mExt,
        x1 = Math.min(eM, x0 + mExt);
      for (let st = 0; st < steps; st++) {
        let lo = Infinity,
          hi = 0;
        for (let x = x0; x < x1; x++) {
          const v = colLen[x * steps + st];
          if (v > hi) hi = v;
          if (v < lo) lo = v;
        }
        t += hi;
        steady += lo;
      }
      for (let nt = 0; nt < nTiles; nt++) {
        push(geom(x0, nt * nExt), { fill: 0, steady, drain: tail, stalls: t - steady });
        const nReal = Math.min(nExt, eN - nt * nExt);
        for (let x = x0; x < x1; x++) for (let ni = 0; ni < nReal; ni++) busy[pe(x - x0, ni)] += colBusy[x];
      }
    }
  }
  return {
    tiles: geoms,
    records: recs,
    peBusy: busy,
    kTile: K,
    tileOf: (m, n) => Math.floor((swap ? n : m) / mExt) * nTiles + Math.floor((swap ? m : n) / nExt),
  };
}
