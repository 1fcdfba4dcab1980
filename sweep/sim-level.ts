// The `sim` level: the cycle-stepped simulator on the workload's data. A GEMM up to
// `sim.maxMacs` MACs is simulated whole; a bigger one on `sim.tiles` of its tiles, chosen by the
// seed (each tile a sub-GEMM the size of the array along the tiled loops, whole along the
// others), scaled by the number of tiles. Cycles of data-independent designs are then the
// closed form (tested equal to the engine); zero-skip designs' cycles, and all toggle counts,
// are the sample's mean times the tiles, with the sampling and its noise (2 standard errors,
// relative) stated in the row.
import { cdiv, architectureDef, spatialSize, type Design, type GemmShape, type IntMatrix } from '../ir/index.js';
import { fastCycles, generateMatrix, mulberry32, simulate, type Dist } from '../simulator/index.js';
import { tensorMatrix } from '../workload/index.js';
import { togglesArray } from './energy.js';
import type { Evaluator } from './evaluate.js';
import type { MetricName } from './row.js';
import type { WorkloadPoint } from './spec.js';

export interface SimPoint {
  cycles: number;
  exact: boolean;
  toggles: Float64Array;
  sampling?: { tiles: number; of: number };
  noise: Partial<Record<MetricName, number>>;
}
export type SimFailure = { error: string; code: string; hint?: string };

/** Loops whose extent cuts the GEMM into separately scheduled tiles (docs/CYCLES.md). */
function tiledExtents(d: Design): { m: number; n: number; k: number } {
  // Weight-stationary engines (systolic WS, adder tree) tile k as well.
  const kTiled = architectureDef(d.architecture).family === 'weight-stationary';
  return { m: spatialSize(d, 'm'), n: spatialSize(d, 'n'), k: kTiled ? spatialSize(d, 'k') : 0 };
}

const tensorMats = new Map<string, IntMatrix | SimFailure>();

/** The operand matrix a tensor workload supplies, in the design's type, as the GEMM reads it. */
function tensorOperand(ev: Evaluator, w: WorkloadPoint, d: Design): IntMatrix | SimFailure {
  const t = w.tensor!;
  const type = t.operand === 'a' ? d.types.A : d.types.B;
  const key = `${t.ref}|${type.signed}|${type.bits}|${t.quantize}`;
  let m = tensorMats.get(key);
  if (!m) {
    const src = ev.tensorSource(t.ref);
    if ('code' in src) m = { error: src.message, code: src.code };
    else {
      const r = tensorMatrix(src, { as: type, quantize: t.quantize, transpose: t.layout === 'nk' || t.layout === 'km' });
      m = r.value ? r.value.matrix : { error: r.diagnostics[0].message, code: r.diagnostics[0].code };
    }
    tensorMats.set(key, m);
  }
  return m;
}

function slice(m: IntMatrix, r0: number, r1: number, c0: number, c1: number): IntMatrix {
  const rows = r1 - r0,
    cols = c1 - c0,
    data = new Int32Array(rows * cols);
  for (let r = 0; r < rows; r++) data.set(m.data.subarray((r0 + r) * m.cols + c0, (r0 + r) * m.cols + c1), r * cols);
  return { rows, cols, data };
}

export function simulatePoint(
  ev: Evaluator,
  d: Design,
  w: WorkloadPoint,
  s: GemmShape,
  dists: { a: Dist; b: Dist },
  index: number,
): SimPoint | SimFailure {
  const seed = ev.spec.seed;
  const tensor = w.tensor ? tensorOperand(ev, w, d) : undefined;
  if (tensor && 'error' in tensor) return tensor;
  const operands = (
    m0: number,
    m1: number,
    n0: number,
    n1: number,
    k0: number,
    k1: number,
    salt: number,
  ): { a: IntMatrix; b: IntMatrix } => {
    const a =
      tensor && w.tensor!.operand === 'a'
        ? slice(tensor, m0, m1, k0, k1)
        : generateMatrix(m1 - m0, k1 - k0, d.types.A, dists.a, (seed + 2 * salt) >>> 0);
    const b =
      tensor && w.tensor!.operand === 'b'
        ? slice(tensor, k0, k1, n0, n1)
        : generateMatrix(k1 - k0, n1 - n0, d.types.B, dists.b, (seed + 2 * salt + 1) >>> 0);
    return { a, b };
  };
  const run = (a: IntMatrix, b: IntMatrix) => {
    const r = simulate(d, a, b, { wrap: true });
    if (!r.value) {
      const x = r.diagnostics[0];
      return { error: x.message, code: x.code, ...(x.hint ? { hint: x.hint } : {}) } as SimFailure;
    }
    return r.value;
  };
  const macs = s.M * s.N * s.K;
  const ext = tiledExtents(d);
  const tm = ext.m > 1 ? Math.min(ext.m, s.M) : s.M,
    tn = ext.n > 1 ? Math.min(ext.n, s.N) : s.N,
    tk = ext.k > 1 ? Math.min(ext.k, s.K) : s.K;
  const gm = cdiv(s.M, tm),
    gn = cdiv(s.N, tn),
    gk = cdiv(s.K, tk);
  const T = gm * gn * gk;
  if (macs <= ev.spec.sim.maxMacs || T <= 1) {
    const { a, b } = operands(0, s.M, 0, s.N, 0, s.K, 0);
    const r = run(a, b);
    if ('error' in r) return r;
    return { cycles: r.cycles.total, exact: true, toggles: togglesArray(r.toggles), noise: {} };
  }
  // Tiles to simulate: S distinct of T (Floyd), seeded by the spec seed and the point.
  const S = Math.min(ev.spec.sim.tiles, T);
  const rnd = mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const picked = new Set<number>();
  for (let j = T - S; j < T; j++) {
    const t = Math.floor(rnd() * (j + 1));
    picked.add(picked.has(t) ? j : t);
  }
  const cyc: number[] = [],
    tog: Float64Array[] = [];
  for (const t of [...picked].sort((x, y) => x - y)) {
    const im = Math.floor(t / (gn * gk)),
      in_ = Math.floor(t / gk) % gn,
      ik = t % gk;
    const m0 = im * tm,
      n0 = in_ * tn,
      k0 = ik * tk;
    const { a, b } = operands(m0, Math.min(s.M, m0 + tm), n0, Math.min(s.N, n0 + tn), k0, Math.min(s.K, k0 + tk), t + 1);
    const r = run(a, b);
    if ('error' in r) return r;
    cyc.push(r.cycles.total);
    tog.push(togglesArray(r.toggles));
  }
  const scale = T / S;
  const toggles = new Float64Array(tog[0].length);
  for (const x of tog) for (let i = 0; i < x.length; i++) toggles[i] += x[i] * scale;
  const relNoise = (xs: number[]): number => {
    if (xs.length < 2) return 0.05;
    const mu = xs.reduce((p, q) => p + q, 0) / xs.length;
    if (mu === 0) return 0;
    const v = xs.reduce((p, q) => p + (q - mu) ** 2, 0) / (xs.length - 1);
    return (2 * Math.sqrt(v / xs.length) * Math.sqrt(1 - xs.length / T)) / mu;
  };
  const fc = fastCycles(d, s, { kind: 'dist', a: dists.a, b: dists.b });
  const closed = fc.value && fc.value.exact ? fc.value.total : undefined;
  const cycles = closed ?? cyc.reduce((p, q) => p + q, 0) * scale;
  const energyNoise = relNoise(tog.map((x) => x.reduce((p, q) => p + q, 0)));
  const noise: Partial<Record<MetricName, number>> = {
    energyPerMacPj: energyNoise,
    topsPerW: energyNoise,
    energyNj: energyNoise,
    powerMw: energyNoise,
  };
  if (closed === undefined) noise.cycles = relNoise(cyc);
  return { cycles, exact: closed !== undefined, toggles, sampling: { tiles: S, of: T }, noise };
}
