// The exact TypeScript reference of the quantized GEMM schemes (the same definitions as
// gpu/tpe_gpu/quant.py, step for step, so numpy and PyTorch can be checked against it bit for
// bit): quantized operands, scales, the exact integer GEMM and the dequantized output.
// Inputs are a selection: X rows x K (whole rows: per-token scales need the full K) and
// W K x cols (whole columns: per-channel and per-group scales run along K).
import type { IntMatrix, IntType, WideMatrix } from '../ir/index.js';
import { f32, rne, roundTo, type LowPrecision } from './float.js';

export const QUANT_SCHEMES = ['w8a8', 'w4a8', 'w4a16', 'w4a4', 'int6'] as const;
export type QuantScheme = (typeof QUANT_SCHEMES)[number];

export interface SchemeInfo {
  readonly title: string;
  /** The integer operand types an engine consumes (B of w4a8 is the int8 s2 (q - z)). */
  readonly a: IntType;
  readonly b: IntType;
  /** The values the scheme produces (symmetric schemes never use the most negative value). */
  readonly aRange: readonly [number, number];
  readonly bRange: readonly [number, number];
  /** K groups of the weight scales (0: none). */
  readonly grouped: boolean;
}

const int = (bits: number): IntType => ({ signed: true, bits });

export const SCHEME_INFO: Record<QuantScheme, SchemeInfo> = {
  w8a8: {
    title: 'W8A8 (per-token int8 activations, per-channel int8 weights, symmetric)',
    a: int(8),
    b: int(8),
    aRange: [-127, 127],
    bRange: [-127, 127],
    grouped: false,
  },
  w4a8: {
    title: 'W4A8 (per-channel int8 then per-group uint4 weights with integer scale and zero; int8 x int8)',
    a: int(8),
    b: int(8),
    aRange: [-127, 127],
    bRange: [-128, 127],
    grouped: true,
  },
  w4a16: {
    title: 'W4A16 (per-group uint4 weights, fp16/bf16 scale and zero; int16 per-token activations)',
    a: int(16),
    b: { signed: false, bits: 4 },
    aRange: [-32767, 32767],
    bRange: [0, 15],
    grouped: true,
  },
  w4a4: {
    title: 'W4A4 (per-token / per-channel symmetric int4, carried in int8)',
    a: int(4),
    b: int(4),
    aRange: [-7, 7],
    bRange: [-7, 7],
    grouped: false,
  },
  int6: {
    title: 'INT6 (per-token / per-channel symmetric int6, carried in int8)',
    a: int(6),
    b: int(6),
    aRange: [-31, 31],
    bRange: [-31, 31],
    grouped: false,
  },
};

const QMAX: Partial<Record<QuantScheme, number>> = { w8a8: 127, w4a4: 7, int6: 31 };
const W4A8_L1 = 119;

export interface QuantInput {
  readonly scheme: QuantScheme;
  /** Activations, rows x K, float32 values. */
  readonly x: Float32Array;
  /** Weights, K x cols. */
  readonly w: Float32Array;
  readonly rows: number;
  readonly cols: number;
  readonly K: number;
  readonly group: number;
  readonly ref: LowPrecision;
}

export interface QuantOutput {
  readonly A: IntMatrix;
  readonly B: IntMatrix;
  /** Exact A B. */
  readonly C: WideMatrix;
  /** Dequantized output, rows x cols. */
  readonly Y: Float32Array;
  /** Per-row activation scale. */
  readonly sa: Float32Array;
  /** w8a8 / w4a4 / int6: per-column weight scale. */
  readonly sw?: Float32Array;
  /** w4a8: level-1 per-column scale, level-2 integer scale and zero [G x cols], uint4 codes [K x cols]. */
  readonly s1?: Float32Array;
  readonly s2?: Int32Array;
  readonly zInt?: Int32Array;
  readonly q4?: Int32Array;
  /** w4a16: per-group scale and zero (values of the reference type) [G x cols]; partial GEMMs [G x rows x cols]. */
  readonly s?: Float32Array;
  readonly zFloat?: Float32Array;
  readonly P?: BigInt64Array;
}

/** Symmetric quantization of a rows x cols matrix along rows (per row) or columns (per column). */
function qsym(x: Float32Array, rows: number, cols: number, perRow: boolean, qmax: number): { q: Int32Array; s: Float32Array } {
  const n = perRow ? rows : cols;
  const s = new Float32Array(n);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const a = Math.abs(x[r * cols + c]);
      const i = perRow ? r : c;
      if (a > s[i]) s[i] = a;
    }
  }
  for (let i = 0; i < n; i++) {
    s[i] = f32(s[i] / qmax);
    if (s[i] === 0) s[i] = 1;
  }
  const q = new Int32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = rne(f32(x[r * cols + c] / s[perRow ? r : c]));
      q[r * cols + c] = Math.min(qmax, Math.max(-qmax, v));
    }
  }
  return { q, s };
}

function gemm(a: Int32Array, b: Int32Array, rows: number, cols: number, K: number, k0 = 0, k1 = K): BigInt64Array {
  // |sum| < 2^53 for every scheme (at most 2^15 x 2^4 x K), so float64 sums are exact.
  const out = new BigInt64Array(rows * cols);
  const acc = new Float64Array(cols);
  for (let r = 0; r < rows; r++) {
    acc.fill(0);
    for (let k = k0; k < k1; k++) {
      const av = a[r * K + k];
      if (av === 0) continue;
      for (let c = 0; c < cols; c++) acc[c] += av * b[k * cols + c];
    }
    for (let c = 0; c < cols; c++) out[r * cols + c] = BigInt(acc[c]);
  }
  return out;
}

function groups(K: number, group: number): number {
  if (group < 1 || K % group !== 0) throw new RangeError(`K = ${K} is not a multiple of the group size ${group}`);
  return K / group;
}

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** Quantize, multiply exactly, dequantize (see gpu/tpe_gpu/quant.py for the definitions). */
export function quantizeGemm(inp: QuantInput): QuantOutput {
  const { scheme, x, w, rows, cols, K } = inp;
  const qmax = QMAX[scheme];
  if (qmax !== undefined) {
    const A = qsym(x, rows, K, true, qmax),
      B = qsym(w, K, cols, false, qmax);
    const C = gemm(A.q, B.q, rows, cols, K);
    const Y = new Float32Array(rows * cols);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) Y[r * cols + c] = f32(f32(f32(Number(C[r * cols + c])) * A.s[r]) * B.s[c]);
    return { A: mat(A.q, rows, K), B: mat(B.q, K, cols), C: { rows, cols, data: C }, Y, sa: A.s, sw: B.s };
  }
  if (scheme === 'w4a8') {
    const G = groups(K, inp.group),
      g = inp.group;
    const A = qsym(x, rows, K, true, 127);
    const L1 = qsym(w, K, cols, false, W4A8_L1);
    const s2 = new Int32Array(G * cols),
      z = new Int32Array(G * cols),
      q4 = new Int32Array(K * cols),
      B = new Int32Array(K * cols);
    for (let gi = 0; gi < G; gi++) {
      for (let c = 0; c < cols; c++) {
        let mx = -Infinity,
          mn = Infinity;
        for (let k = gi * g; k < (gi + 1) * g; k++) {
          const v = L1.q[k * cols + c];
          if (v > mx) mx = v;
          if (v < mn) mn = v;
        }
        const sc = Math.max(1, -floorDiv(-(mx - mn), 15));
        const zz = Math.min(15, Math.max(0, floorDiv(2 * -mn + sc, 2 * sc)));
        s2[gi * cols + c] = sc;
        z[gi * cols + c] = zz;
        const lo = Math.max(0, zz - floorDiv(128, sc)),
          hi = Math.min(15, zz + floorDiv(127, sc));
        for (let k = gi * g; k < (gi + 1) * g; k++) {
          const q = Math.min(hi, Math.max(lo, floorDiv(2 * L1.q[k * cols + c] + sc, 2 * sc) + zz));
          q4[k * cols + c] = q;
          B[k * cols + c] = sc * (q - zz);
        }
      }
    }
    const C = gemm(A.q, B, rows, cols, K);
    const Y = new Float32Array(rows * cols);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) Y[r * cols + c] = f32(f32(f32(Number(C[r * cols + c])) * A.s[r]) * L1.s[c]);
    return { A: mat(A.q, rows, K), B: mat(B, K, cols), C: { rows, cols, data: C }, Y, sa: A.s, s1: L1.s, s2, zInt: z, q4 };
  }
  // w4a16
  const G = groups(K, inp.group),
    g = inp.group;
  const A = qsym(x, rows, K, true, 32767);
  const s = new Float32Array(G * cols),
    z = new Float32Array(G * cols),
    Q = new Int32Array(K * cols);
  for (let gi = 0; gi < G; gi++) {
    for (let c = 0; c < cols; c++) {
      let mx = -Infinity,
        mn = Infinity;
      for (let k = gi * g; k < (gi + 1) * g; k++) {
        const v = w[k * cols + c];
        if (v > mx) mx = v;
        if (v < mn) mn = v;
      }
      let sc = roundTo(f32(f32(mx - mn) / 15), inp.ref);
      if (sc === 0) sc = 1;
      const zz = Math.min(15, Math.max(0, rne(f32(-mn / sc))));
      s[gi * cols + c] = sc;
      z[gi * cols + c] = zz;
      for (let k = gi * g; k < (gi + 1) * g; k++) Q[k * cols + c] = Math.min(15, Math.max(0, rne(f32(w[k * cols + c] / sc)) + zz));
    }
  }
  const P = new BigInt64Array(G * rows * cols);
  const C = new BigInt64Array(rows * cols);
  const Y = new Float32Array(rows * cols);
  for (let gi = 0; gi < G; gi++) {
    const part = gemm(A.q, Q, rows, cols, K, gi * g, (gi + 1) * g);
    P.set(part, gi * rows * cols);
    for (let r = 0; r < rows; r++) {
      let rs = 0;
      for (let k = gi * g; k < (gi + 1) * g; k++) rs += A.q[r * K + k];
      for (let c = 0; c < cols; c++) {
        const i = r * cols + c;
        C[i] += part[i];
        const t = f32(f32(Number(part[i]) - z[gi * cols + c] * rs) * s[gi * cols + c]);
        Y[i] = gi === 0 ? t : f32(Y[i] + t);
      }
    }
  }
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) Y[r * cols + c] = f32(Y[r * cols + c] * A.s[r]);
  return { A: mat(A.q, rows, K), B: mat(Q, K, cols), C: { rows, cols, data: C }, Y, sa: A.s, s, zFloat: z, P };
}

function mat(data: Int32Array, rows: number, cols: number): IntMatrix {
  return { rows, cols, data };
}

/** max |a - b| and ||a - b|| / ||b|| (float64). */
export function errorFigures(y: ArrayLike<number>, ref: ArrayLike<number>): { maxAbs: number; relRms: number } {
  let mx = 0,
    num = 0,
    den = 0;
  for (let i = 0; i < y.length; i++) {
    const d = y[i] - ref[i];
    mx = Math.max(mx, Math.abs(d));
    num += d * d;
    den += ref[i] * ref[i];
  }
  return { maxAbs: mx, relRms: den > 0 ? Math.sqrt(num / den) : num === 0 ? 0 : Infinity };
}

/**
 * The low-precision reference on a selection: operands rounded to bf16/fp16, products exact,
 * summed in float64, the result rounded to the type (what numpy computes; PyTorch runs cuBLAS).
 */
export function lowPrecisionGemm(x: Float32Array, w: Float32Array, rows: number, cols: number, K: number, t: LowPrecision): Float32Array {
  const xr = Float64Array.from(x, (v) => roundTo(v, t)),
    wr = Float64Array.from(w, (v) => roundTo(v, t));
  const out = new Float32Array(rows * cols);
  const acc = new Float64Array(cols);
  for (let r = 0; r < rows; r++) {
    acc.fill(0);
    for (let k = 0; k < K; k++) {
      const a = xr[r * K + k];
      for (let c = 0; c < cols; c++) acc[c] += a * wr[k * cols + c];
    }
    for (let c = 0; c < cols; c++) out[r * cols + c] = roundTo(f32(acc[c]), t);
  }
  return out;
}

/** The float64 GEMM of the float inputs (the "true" product the errors are measured against). */
export function float64Gemm(x: Float32Array, w: Float32Array, rows: number, cols: number, K: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++)
    for (let k = 0; k < K; k++) {
      const a = x[r * K + k];
      for (let c = 0; c < cols; c++) out[r * cols + c] += a * w[k * cols + c];
    }
  return out;
}
