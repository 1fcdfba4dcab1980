// Closed-form cycle counts (CYCLES.md), for sweeps. Data-independent designs are exact; the
// zero-skip bit-slice designs are exact from data digit statistics and an expected value from
// operand distributions. Tested equal to the stepped engine (test/simulator/fast.test.ts).
import { cdiv, arrayShape, lanesPerPe, spatialSize, zeroSkipping, type Design, type GemmShape, type Result } from '../../ir/index.js';
import { distPmf, formatDist } from '../data/dist.js';
import { simError } from '../diagnostics.js';
import { drainCycles, engineSpec } from '../engine/design-spec.js';
import { nonzeroHistogram, positionNonzeroProb, type DataDigitStats, type DigitStats, type DistDigitStats } from './digit-stats.js';

export interface FastCycles {
  readonly total: number;
  readonly tiles: number;
  /** False for expected-value estimates (zero-skip designs from a distribution). */
  readonly exact: boolean;
}

/** Memo of expected step lengths: sweeps evaluate the same (design, distribution) many times. */
const STEP_MEMO = new Map<string, number>();
const DIST_KEYS = new WeakMap<object, string>();
function distKey(d: DistDigitStats['a']): string {
  let k = DIST_KEYS.get(d);
  if (k === undefined) {
    k = formatDist(d);
    DIST_KEYS.set(d, k);
  }
  return k;
}

/** What a data-independent closed form needs besides the GEMM: the array and the latency terms. */
export interface DenseTerms {
  /** Array rows and columns (arrayShape). */
  readonly R: number;
  readonly C: number;
  /** Spatial extents of m, n and k (1 where temporal). */
  readonly mx: number;
  readonly nx: number;
  readonly kx: number;
  /** Pipeline stages and the drain cycles of the final CPA (docs/CYCLES.md). */
  readonly P: number;
  readonly drain: number;
}

const DENSE = new WeakMap<Design, DenseTerms>();

/** A data-independent design's closed form: tiles x tile cycles (CYCLES.md table), exact. */
export function denseCycles(form: (t: DenseTerms, g: GemmShape) => { tiles: number; tileCycles: number }) {
  return (design: Design, shape: GemmShape): Result<FastCycles> => {
    let t = DENSE.get(design);
    if (!t) {
      const sh = arrayShape(design);
      t = {
        R: sh.rows,
        C: sh.cols,
        mx: spatialSize(design, 'm'),
        nx: spatialSize(design, 'n'),
        kx: spatialSize(design, 'k'),
        P: design.pipeline.length,
        drain: drainCycles(design),
      };
      DENSE.set(design, t);
    }
    // (No object spread on this path: sweeps call it millions of times.)
    const f = form(t, shape);
    return { value: { total: f.tiles * f.tileCycles, tiles: f.tiles, exact: true }, diagnostics: [] };
  };
}

/** Per-design terms of the bit-slice closed form (sweeps evaluate one design many times). */
const BITSLICE = new WeakMap<
  Design,
  { mx: number; nx: number; terms: boolean; lanes: number; spec: ReturnType<typeof engineSpec>; tail: number }
>();

/**
 * Bit-slice designs: the cycles depend on the data. Exact from data digit statistics, an
 * expected value from operand distributions; term pairs (loop i) or sparse groups (OPT3/OPT4).
 */
export function bitsliceCycles(design: Design, shape: GemmShape, stats?: DigitStats): Result<FastCycles> {
  if (!stats) {
    return {
      diagnostics: [
        simError('S0109', `design '${design.name}' skips zero digits: its cycles depend on the data`, {
          hint: 'pass digit statistics from data (digitStatsFromData) or operand distributions ({ kind: "dist", a, b })',
        }),
      ],
    };
  }
  const { M, N, K } = shape;
  let b = BITSLICE.get(design);
  if (!b) {
    b = {
      mx: spatialSize(design, 'm'),
      nx: spatialSize(design, 'n'),
      terms: zeroSkipping(design) === 'terms',
      lanes: lanesPerPe(design),
      spec: engineSpec(design),
      tail: 1 + design.pipeline.length + drainCycles(design),
    };
    BITSLICE.set(design, b);
  }
  const { mx, nx, terms, lanes, spec, tail } = b;
  const encA = spec.encOperand === 'A';
  // X: the encoded operand's outer dimension, Y: the other one (as the engine runs it).
  const X = encA ? M : N,
    Y = encA ? N : M;
  const xExt = encA ? mx : nx,
    yExt = encA ? nx : mx;
  const ok = (total: number, tiles: number, exact: boolean): Result<FastCycles> => ({ value: { total, tiles, exact }, diagnostics: [] });
  if (stats.kind === 'data') {
    if (stats.X !== X || stats.Y !== Y || stats.K !== K)
      return { diagnostics: [simError('S0101', `digit statistics are for ${stats.X}x${stats.Y}x${stats.K}, not ${X}x${Y}x${K}`)] };
    const body = terms ? baselineFromData(stats, xExt, yExt) : sparseFromData(stats, xExt, spec.group, lanes) * cdiv(Y, yExt);
    const tiles = cdiv(X, xExt) * cdiv(Y, yExt);
    return ok(body + tiles * tail, tiles, true);
  }
  const tiles = cdiv(X, xExt) * cdiv(Y, yExt);
  const body = terms
    ? baselineFromDist(design, stats, X, Y, K, xExt, yExt)
    : sparseFromDist(design, stats, X, K, xExt, spec.group, lanes) * cdiv(Y, yExt);
  return ok(body + tiles * tail, tiles, false);
}

/** sum over tiles and k of max(1, max_x nnzX * max_y nnzY). */
function baselineFromData(s: DataDigitStats, xExt: number, yExt: number): number {
  const { X, Y, K } = s;
  const nX = s.nnzX as Uint8Array,
    nY = s.nnzY as Uint8Array;
  const maxY = new Int32Array(cdiv(Y, yExt) * K);
  for (let k = 0; k < K; k++)
    for (let y = 0; y < Y; y++) {
      const o = Math.floor(y / yExt) * K + k;
      if (nY[k * Y + y] > maxY[o]) maxY[o] = nY[k * Y + y];
    }
  const maxX = new Int32Array(K);
  let total = 0;
  for (let x0 = 0; x0 < X; x0 += xExt) {
    maxX.fill(0);
    for (let x = x0; x < Math.min(X, x0 + xExt); x++) for (let k = 0; k < K; k++) if (nX[x * K + k] > maxX[k]) maxX[k] = nX[x * K + k];
    for (let yt = 0; yt < cdiv(Y, yExt); yt++) for (let k = 0; k < K; k++) total += Math.max(1, maxX[k] * maxY[yt * K + k]);
  }
  return total;
}

/** One n-tile's worth: sum over x-tiles and steps of max over columns and lanes of sum_p max(1, nnz_p). */
function sparseFromData(s: DataDigitStats, xExt: number, g: number, E: number): number {
  const { X, G, d } = s;
  const pos = s.pos as Uint8Array;
  const steps = cdiv(s.K, g * E);
  let total = 0;
  for (let x0 = 0; x0 < X; x0 += xExt) {
    for (let st = 0; st < steps; st++) {
      let T = 0;
      for (let x = x0; x < Math.min(X, x0 + xExt); x++) {
        for (let e = 0; e < E; e++) {
          const grp = st * E + e;
          let L = 0;
          if (grp >= G)
            L = d; // an empty lane group: one idle cycle per position
          else for (let p = 0; p < d; p++) L += Math.max(1, pos[(x * G + grp) * d + p]);
          if (L > T) T = L;
        }
      }
      total += T;
    }
  }
  void g;
  return total;
}

/** E[max of `count` iid draws] from a pmf over 0..n. */
function expectedMax(pmf: Float64Array, count: number): Float64Array {
  // Returns the pmf of the max (so products of maxima can be formed).
  const out = new Float64Array(pmf.length);
  let cdfPrev = 0,
    acc = 0;
  for (let v = 0; v < pmf.length; v++) {
    acc += pmf[v];
    const cdf = Math.min(1, acc) ** count;
    out[v] = cdf - cdfPrev;
    cdfPrev = cdf;
  }
  return out;
}

function baselineFromDist(design: Design, s: DistDigitStats, X: number, Y: number, K: number, xExt: number, yExt: number): number {
  const spec = engineSpec(design);
  const encA = spec.encOperand === 'A';
  const tX = encA ? design.types.A : design.types.B,
    tY = encA ? design.types.B : design.types.A;
  const tabY = spec.encTab2 ?? spec.encTab;
  const dX = encA ? s.a : s.b,
    dY = encA ? s.b : s.a;
  const base = `bs:${spec.encTab.scheme}:${tX.signed}:${tX.bits}:${distKey(dX)}:${tabY.scheme}:${tY.signed}:${tY.bits}:${distKey(dY)}`;
  let hX: Float64Array | undefined, hY: Float64Array | undefined;
  /** E[max(1, max of rx nnzX * max of ry nnzY)] for one k. */
  const perK = (rx: number, ry: number): number => {
    const key = `${base}:${rx}:${ry}`;
    let e = STEP_MEMO.get(key);
    if (e !== undefined) return e;
    hX ??= nonzeroHistogram(spec.encTab, distPmf(dX, tX));
    hY ??= nonzeroHistogram(tabY, distPmf(dY, tY));
    const mx = expectedMax(hX, rx),
      my = expectedMax(hY, ry);
    e = 0;
    for (let i = 0; i < mx.length; i++) for (let j = 0; j < my.length; j++) e += mx[i] * my[j] * Math.max(1, i * j);
    STEP_MEMO.set(key, e);
    return e;
  };
  let total = 0;
  const xs = tileSizes(X, xExt),
    ys = tileSizes(Y, yExt);
  for (const [rx, nxT] of xs) for (const [ry, nyT] of ys) total += nxT * nyT * K * perK(rx, ry);
  return total;
}

/** [(real size, how many tiles)] for a dimension cut into tiles of ext. */
function tileSizes(D: number, ext: number): [number, number][] {
  const full = Math.floor(D / ext),
    rest = D - full * ext;
  const out: [number, number][] = [];
  if (full > 0) out.push([ext, full]);
  if (rest > 0) out.push([rest, 1]);
  return out;
}

/**
 * Expected sparse cycles of one n-tile column: positions treated as independent, each with
 * Binomial(elements, q_p) nonzero digits; a column's length is sum_p max(1, count_p); a step
 * takes the max over columns and lanes.
 */
function sparseFromDist(design: Design, s: DistDigitStats, X: number, K: number, xExt: number, g: number, E: number): number {
  const spec = engineSpec(design);
  const encA = spec.encOperand === 'A';
  const dist = encA ? s.a : s.b;
  const type = encA ? design.types.A : design.types.B;
  const base = `${spec.encTab.scheme}:${type.signed}:${type.bits}:${distKey(dist)}:${g}:${E}`;
  let q: Float64Array | undefined;
  const lenCdf = new Map<number, Float64Array>(); // elements in group -> CDF of the column length
  const cdfFor = (n: number): Float64Array => {
    const hit = lenCdf.get(n);
    if (hit) return hit;
    q ??= positionNonzeroProb(spec.encTab, distPmf(dist, type));
    let acc = new Float64Array([1]);
    for (let p = 0; p < q.length; p++) {
      const nn = Math.max(1, n);
      const term = new Float64Array(nn + 1); // pmf of max(1, Bin(n, q_p)) at index value
      for (let c = 0; c <= n; c++) term[Math.max(1, c)] += binom(n, c) * q[p] ** c * (1 - q[p]) ** (n - c);
      const next = new Float64Array(acc.length + nn);
      for (let i = 0; i < acc.length; i++) if (acc[i] !== 0) for (let j = 0; j <= nn; j++) next[i + j] += acc[i] * term[j];
      acc = next;
    }
    const cdf = new Float64Array(acc.length);
    let sum = 0;
    for (let i = 0; i < acc.length; i++) {
      sum += acc[i];
      cdf[i] = Math.min(1, sum);
    }
    lenCdf.set(n, cdf);
    return cdf;
  };
  /** E[max over cols columns and the lanes (with ns elements each) of the column length]. */
  const stepValue = (ns: number[], tag: string, cols: number): number => {
    const key = `${base}:${tag}:${cols}`;
    let v = STEP_MEMO.get(key);
    if (v !== undefined) return v;
    v = 0;
    const maxLen = spec.encTab.count * Math.max(g, 1) + 1;
    for (let x = 0; x < maxLen; x++) {
      let F = 1;
      for (const n of ns) {
        const cdf = cdfFor(n);
        F *= (x < cdf.length ? cdf[x] : 1) ** cols;
      }
      v += 1 - F;
    }
    if (STEP_MEMO.size > 100_000) STEP_MEMO.clear();
    STEP_MEMO.set(key, v);
    return v;
  };
  // All steps but the last are full (E lanes of g elements); the last may be partial.
  const stepK = g * E;
  const full = Math.floor(K / stepK),
    rest = K - full * stepK;
  let total = 0;
  for (const [cols, count] of tileSizes(X, xExt)) {
    if (full > 0) total += full * count * stepValue(new Array<number>(E).fill(g), 'full', cols);
    if (rest > 0) {
      const ns: number[] = [];
      for (let e = 0; e < E; e++) ns.push(Math.max(0, Math.min(g, rest - e * g)));
      total += count * stepValue(ns, `rest${rest}`, cols);
    }
  }
  return total;
}

function binom(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
