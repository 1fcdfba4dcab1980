// Closed-form cycles of the Laconic-class engine (CYCLES.md laconic), tested equal to the stepped
// engine (test/simulator/laconic.test.ts). Per tile and step of L k-lanes:
// T = max(1, max_l maxX(k_l) * maxY(k_l)), the maxima over the tile's rows / columns; exact from
// data digit statistics, an expected value from operand distributions (lanes independent).
import { cdiv, lanesPerPe, spatialSize, type Design, type GemmShape, type Result } from '../../ir/index.js';
import { distPmf } from '../data/dist.js';
import { simError } from '../diagnostics.js';
import { drainCycles, engineSpec } from '../engine/design-spec.js';
import type { FastCycles } from './cycles.js';
import { nonzeroHistogram, type DataDigitStats, type DigitStats, type DistDigitStats } from './digit-stats.js';

export function laconicCycles(design: Design, shape: GemmShape, stats?: DigitStats): Result<FastCycles> {
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
  const spec = engineSpec(design);
  const encA = spec.encOperand === 'A';
  const X = encA ? M : N,
    Y = encA ? N : M;
  const mx = spatialSize(design, 'm'),
    nx = spatialSize(design, 'n');
  const xExt = encA ? mx : nx,
    yExt = encA ? nx : mx;
  const L = lanesPerPe(design);
  const tiles = cdiv(X, xExt) * cdiv(Y, yExt);
  const tail = 1 + design.pipeline.length + drainCycles(design);
  if (stats.kind === 'data') {
    if (stats.X !== X || stats.Y !== Y || stats.K !== K || !stats.nnzX || !stats.nnzY)
      return { diagnostics: [simError('S0101', `digit statistics are for ${stats.X}x${stats.Y}x${stats.K}, not ${X}x${Y}x${K}`)] };
    return { value: { total: fromData(stats, xExt, yExt, L) + tiles * tail, tiles, exact: true }, diagnostics: [] };
  }
  return { value: { total: fromDist(design, stats, X, Y, K, xExt, yExt, L) + tiles * tail, tiles, exact: false }, diagnostics: [] };
}

/** sum over tiles and steps of max(1, max over the step's lanes of maxX(k) * maxY(k)). */
function fromData(s: DataDigitStats, xExt: number, yExt: number, L: number): number {
  const { X, Y, K } = s;
  const nX = s.nnzX!,
    nY = s.nnzY!;
  const maxX = new Int32Array(K),
    maxY = new Int32Array(K);
  let total = 0;
  for (let x0 = 0; x0 < X; x0 += xExt) {
    maxX.fill(0);
    for (let x = x0; x < Math.min(X, x0 + xExt); x++) for (let k = 0; k < K; k++) if (nX[x * K + k] > maxX[k]) maxX[k] = nX[x * K + k];
    for (let y0 = 0; y0 < Y; y0 += yExt) {
      maxY.fill(0);
      for (let k = 0; k < K; k++) for (let y = y0; y < Math.min(Y, y0 + yExt); y++) if (nY[k * Y + y] > maxY[k]) maxY[k] = nY[k * Y + y];
      for (let ks = 0; ks < K; ks += L) {
        let T = 1;
        for (let k = ks; k < Math.min(K, ks + L); k++) T = Math.max(T, maxX[k] * maxY[k]);
        total += T;
      }
    }
  }
  return total;
}

/** The pmf of the maximum of `count` iid draws from a pmf over 0..n. */
function maxPmf(pmf: Float64Array, count: number): Float64Array {
  const out = new Float64Array(pmf.length);
  let prev = 0,
    acc = 0;
  for (let v = 0; v < pmf.length; v++) {
    acc += pmf[v];
    const cdf = Math.min(1, acc) ** count;
    out[v] = cdf - prev;
    prev = cdf;
  }
  return out;
}

const MEMO = new Map<string, number>();

function fromDist(design: Design, s: DistDigitStats, X: number, Y: number, K: number, xExt: number, yExt: number, L: number): number {
  const spec = engineSpec(design);
  const encA = spec.encOperand === 'A';
  const tX = encA ? design.types.A : design.types.B,
    tY = encA ? design.types.B : design.types.A;
  const tabY = spec.encTab2 ?? spec.encTab;
  const dX = encA ? s.a : s.b,
    dY = encA ? s.b : s.a;
  const hX = nonzeroHistogram(spec.encTab, distPmf(dX, tX));
  const hY = nonzeroHistogram(tabY, distPmf(dY, tY));
  /** E[max(1, max over `lanes` lanes of maxX * maxY)] with rx rows and ry columns. */
  const step = (rx: number, ry: number, lanes: number): number => {
    const key = `${design.name}:${JSON.stringify(dX)}:${JSON.stringify(dY)}:${rx}:${ry}:${lanes}:${hX.length}:${hY.length}`;
    const hit = MEMO.get(key);
    if (hit !== undefined) return hit;
    const px = maxPmf(hX, rx),
      py = maxPmf(hY, ry);
    const prod = new Float64Array((hX.length - 1) * (hY.length - 1) + 1);
    for (let i = 0; i < px.length; i++) for (let j = 0; j < py.length; j++) prod[i * j] += px[i] * py[j];
    const cdf = new Float64Array(prod.length);
    let acc = 0;
    for (let v = 0; v < prod.length; v++) {
      acc += prod[v];
      cdf[v] = Math.min(1, acc);
    }
    // E[max(1, Z)] = 1 + sum_{t >= 1} P(Z > t), Z the maximum of `lanes` iid products.
    let e = 1;
    for (let t = 1; t < prod.length; t++) e += 1 - cdf[t] ** lanes;
    if (MEMO.size > 100_000) MEMO.clear();
    MEMO.set(key, e);
    return e;
  };
  const sizes = (D: number, ext: number): [number, number][] => {
    const full = Math.floor(D / ext),
      rest = D - full * ext;
    return [...(full > 0 ? [[ext, full] as [number, number]] : []), ...(rest > 0 ? [[rest, 1] as [number, number]] : [])];
  };
  const full = Math.floor(K / L),
    rest = K - full * L;
  let total = 0;
  for (const [rx, nxT] of sizes(X, xExt))
    for (const [ry, nyT] of sizes(Y, yExt)) {
      total += nxT * nyT * (full * step(rx, ry, L) + (rest > 0 ? step(rx, ry, rest) : 0));
    }
  return total;
}
