// Exact integer GEMM for the fast simulation level: C = A * B as int64, from the WebAssembly
// SIMD kernel (wasm/gemm-module.ts) on all cores (wasm/pool.ts), or an exact JavaScript path
// where the kernel's 16-bit lanes cannot hold the operands (uint16 x uint16).
//
// Exactness: the kernel accumulates chunks of k in int32 lanes, each chunk short enough that no
// lane can overflow (chunk <= (2^31 - 1) / max|lane product|, from the operand types), and adds
// every chunk into int64 C. Operands wider than the lanes allow are split into two 8-bit digits
// (A = hi * 256 + lo): a 16 x 16-bit product then never needs more than a 24-bit lane term.
// A uint16 B does not fit a signed 16-bit lane, so the GEMM is computed transposed
// (C^T = B^T A^T, the uint16 operand split); uint16 x uint16 takes the JavaScript path.
//
// Prefix checks (optional): the caller's accumulator range [lo, hi]. After each chunk the
// kernel compares every element's C before the chunk with the range narrowed by the most the
// chunk can move it (chunk length x the largest/smallest product in the data); elements of a
// micro-tile that fails are returned as suspects, to be replayed exactly by the caller. An
// element that is not a suspect has every prefix sum C(k) inside [lo, hi].
import { intRange, type IntMatrix, type IntType } from '../../ir/index.js';
import { MAX_PAGES, MR, NR, UNROLL } from '../wasm/gemm-module.js';
import { defaultThreads, instance, runJob } from '../wasm/pool.js';

export interface ExactGemmOptions {
  /** Threads (the caller included); default: every core the process may use. */
  readonly threads?: number;
  /** Check prefix sums against this range and report elements that may leave it. */
  readonly prefixRange?: { readonly lo: bigint; readonly hi: bigint };
  /** Wrap the results to this accumulator type (two's complement), in place before copy-out. */
  readonly wrapTo?: IntType;
}

/** Output elements [m0, m1) x [n0, n1) whose prefix sums may leave the checked range. */
export interface SuspectRect {
  readonly m0: number;
  readonly m1: number;
  readonly n0: number;
  readonly n1: number;
}

export interface ExactGemmResult {
  /** C row-major M x N, exact (wrapped only with wrapTo). */
  readonly c: BigInt64Array;
  readonly suspects: readonly SuspectRect[];
  /** How it was computed: the kernel (with A split into `digits`, transposed or not) or JavaScript. */
  readonly route:
    | { readonly kind: 'wasm-simd'; readonly digits: 1 | 2; readonly transposed: boolean; readonly chunk: number; readonly threads: number }
    | { readonly kind: 'js' };
}

const I32_MAX = 2 ** 31 - 1;

function absMax(t: IntType): number {
  const r = intRange(t);
  return Math.max(Number(-r.min), Number(r.max));
}

/** An operand fits a signed 16-bit lane as is. */
const fitsLane = (t: IntType) => (t.signed ? t.bits <= 16 : t.bits <= 15);

/** Data range of a matrix. */
function minMax(m: IntMatrix): [number, number] {
  let lo = 0,
    hi = 0;
  const d = m.data;
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    if (v < lo) lo = v;
    else if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** Smallest and largest product of values in [a0, a1] x [b0, b1]. */
function productBounds(a: [number, number], b: [number, number]): [number, number] {
  const c = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]];
  return [Math.min(...c), Math.max(...c)];
}

export function exactGemm(
  a: IntMatrix,
  b: IntMatrix,
  types: { readonly A: IntType; readonly B: IntType },
  o: ExactGemmOptions = {},
): ExactGemmResult {
  if (a.cols !== b.rows) throw new Error(`exactGemm: A is ${a.rows}x${a.cols}, B is ${b.rows}x${b.cols}`);
  const threads = Math.max(1, Math.floor(o.threads ?? defaultThreads()));
  const [pMin, pMax] = productBounds(minMax(a), minMax(b));
  // Which operand is split / which way round: the kernel's B must fit a lane as is.
  let transposed = false;
  if (!fitsLane(types.B)) {
    if (!fitsLane(types.A)) return jsGemm(a, b, pMin, pMax, o);
    transposed = true;
  }
  const tA = transposed ? types.B : types.A,
    tB = transposed ? types.A : types.B;
  // Lane terms: |a| * |b| per product, two per dot lane; chunk k so a lane stays in int32.
  const chunkFor = (aMax: number) => Math.floor(I32_MAX / (aMax * absMax(tB)));
  let digits: 1 | 2 = 1;
  let chunk = fitsLane(tA) ? chunkFor(absMax(tA)) : 0;
  if (chunk < 64) {
    digits = 2;
    chunk = chunkFor(255);
  }
  // Chunk in k pairs: a multiple of the kernel's unroll, at most 128 pairs (L1-sized panels).
  const lp = Math.max(UNROLL, Math.min(128, Math.floor(chunk / 2 / UNROLL) * UNROLL));
  return wasmGemm(a, b, { transposed, digits, lp, threads, pMin, pMax }, o);
}

interface Plan {
  transposed: boolean;
  digits: 1 | 2;
  lp: number;
  threads: number;
  pMin: number;
  pMax: number;
}

function align(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

function wasmGemm(a: IntMatrix, b: IntMatrix, p: Plan, o: ExactGemmOptions): ExactGemmResult {
  const M = a.rows,
    K = a.cols,
    N = b.cols;
  // The kernel's problem: X (rows) x Y (cols); transposed computes C^T.
  const X = p.transposed ? N : M,
    Y = p.transposed ? M : N;
  const realPerMt = MR / p.digits;
  const nMt = Math.ceil(X / realPerMt);
  const kp = align(Math.ceil(K / 2), UNROLL);
  const nPanels = Math.ceil(Y / NR),
    Yp = nPanels * NR;
  const aBytes = nMt * kp * MR * 4,
    bBytes = nPanels * kp * NR * 4,
    cBytes = nMt * realPerMt * Yp * 8,
    fBytes = align(nMt * nPanels * 4, 16);
  const aOff = 0,
    bOff = aOff + aBytes,
    cOff = bOff + bBytes,
    fOff = cOff + cBytes,
    total = fOff + fBytes;
  const pages = Math.ceil(total / 65536) + 1;
  if (pages > MAX_PAGES) throw new Error(`exactGemm: ${M}x${N}x${K} needs ${total} bytes of kernel memory, more than 4 GiB`);
  const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
  const buf = memory.buffer;
  packA(a, b, p, new Int16Array(buf, aOff, aBytes / 2), kp);
  packB(a, b, p, new Int16Array(buf, bOff, bBytes / 2), kp);
  // C and the flags start at zero (fresh memory).
  const check = o.prefixRange !== undefined;
  let lo = 0n,
    hi = 0n;
  if (o.prefixRange) {
    const chunkLen = BigInt(2 * p.lp);
    lo = o.prefixRange.lo + chunkLen * BigInt(Math.max(0, -p.pMin));
    hi = o.prefixRange.hi - chunkLen * BigInt(Math.max(0, p.pMax));
    // A range narrower than one chunk's move flags everything; clamp into int64 for the kernel.
    const I64 = 1n << 63n;
    if (lo >= I64) lo = I64 - 1n;
    if (hi < -I64) hi = -I64;
  }
  const MT = 16,
    PT = 16; // task: 16 micro-tile rows x 16 panels (64 x 192 of C at digits 1)
  const nTi = Math.ceil(nMt / MT),
    nTj = Math.ceil(nPanels / PT);
  const u32 = (v: bigint) => Number(BigInt.asIntN(32, v));
  runJob({
    memory,
    threads: p.threads,
    params: {
      TASKS: nTi * nTj,
      KERNEL: (p.digits - 1) * 2 + (check ? 1 : 0),
      A: aOff,
      B: bOff,
      C: cOff,
      FLAGS: fOff,
      KPAIRS: kp,
      LP: p.lp,
      NMT: nMt,
      NPANELS: nPanels,
      MT,
      PT,
      NTJ: nTj,
      CROW: Yp * 8,
      DIGITS: p.digits,
      LO_L: u32(lo),
      LO_H: u32(lo >> 32n),
      HI_L: u32(hi),
      HI_H: u32(hi >> 32n),
    },
  });
  if (o.wrapTo && o.wrapTo.bits < 64) {
    const ex = instance(memory);
    ex[o.wrapTo.signed ? 'wrap_s' : 'wrap_u'](cOff, cBytes / 16, 64 - o.wrapTo.bits);
  }
  // Copy out (transposing back when needed).
  const cw = new BigInt64Array(buf, cOff, nMt * realPerMt * Yp);
  const c = new BigInt64Array(M * N);
  if (!p.transposed) {
    if (Yp === N) c.set(cw.subarray(0, M * N));
    else for (let m = 0; m < M; m++) c.set(cw.subarray(m * Yp, m * Yp + N), m * N);
  } else {
    for (let x = 0; x < X; x++) for (let y = 0; y < Y; y++) c[y * N + x] = cw[x * Yp + y];
  }
  const suspects: SuspectRect[] = [];
  if (check) {
    const flags = new Int32Array(buf, fOff, nMt * nPanels);
    for (let mt = 0; mt < nMt; mt++)
      for (let j = 0; j < nPanels; j++) {
        if (flags[mt * nPanels + j] === 0) continue;
        const x0 = mt * realPerMt,
          x1 = Math.min(X, x0 + realPerMt),
          y0 = j * NR,
          y1 = Math.min(Y, y0 + NR);
        if (x0 >= X || y0 >= Y) continue;
        suspects.push(p.transposed ? { m0: y0, m1: y1, n0: x0, n1: x1 } : { m0: x0, m1: x1, n0: y0, n1: y1 });
      }
  }
  return { c, suspects, route: { kind: 'wasm-simd', digits: p.digits, transposed: p.transposed, chunk: 2 * p.lp, threads: p.threads } };
}

/**
 * The kernel's A in micro-panels: kernel row r (a real row, or with digits = 2 the high / low
 * digit of real row r >> 1) at [((mt * kp + pair) * MR + r % MR) * 2 + (k & 1)], mt = r / MR.
 */
function packA(a: IntMatrix, b: IntMatrix, p: Plan, out: Int16Array, kp: number): void {
  const K = a.cols;
  const X = p.transposed ? b.cols : a.rows;
  const src = p.transposed ? b.data : a.data;
  const N = b.cols;
  for (let x = 0; x < X; x++) {
    for (let dgt = 0; dgt < p.digits; dgt++) {
      const r = x * p.digits + dgt;
      const base = (Math.floor(r / MR) * kp * MR + (r % MR)) * 2;
      for (let k = 0; k < K; k++) {
        const v = p.transposed ? src[k * N + x] : src[x * K + k];
        const w = p.digits === 1 ? v : dgt === 0 ? v >> 8 : v & 255;
        out[base + (k >> 1) * MR * 2 + (k & 1)] = w;
      }
    }
  }
}

/** The kernel's B in panels of NR columns: column y at [((panel * kp + pair) * NR + y % NR) * 2 + (k & 1)]. */
function packB(a: IntMatrix, b: IntMatrix, p: Plan, out: Int16Array, kp: number): void {
  const K = a.cols;
  const Y = p.transposed ? a.rows : b.cols;
  for (let k = 0; k < K; k++) {
    const h = k & 1,
      pr = k >> 1;
    for (let y = 0; y < Y; y++) {
      const v = p.transposed ? a.data[y * K + k] : b.data[k * b.cols + y];
      out[((Math.floor(y / NR) * kp + pr) * NR + (y % NR)) * 2 + h] = v;
    }
  }
}

/**
 * uint16 x uint16: float64 row GEMM over k chunks short enough to stay exact (< 2^53), each
 * chunk added into int64. With prefix checks every element is a suspect (no bound kept here).
 */
function jsGemm(a: IntMatrix, b: IntMatrix, pMin: number, pMax: number, o: ExactGemmOptions): ExactGemmResult {
  const M = a.rows,
    K = a.cols,
    N = b.cols;
  const chunk = Math.max(1, Math.floor(2 ** 52 / Math.max(1, -pMin, pMax)));
  const c = new BigInt64Array(M * N);
  const row = new Float64Array(N);
  const A = a.data,
    B = b.data;
  for (let m = 0; m < M; m++) {
    for (let k0 = 0; k0 < K; k0 += chunk) {
      row.fill(0);
      for (let k = k0; k < Math.min(K, k0 + chunk); k++) {
        const av = A[m * K + k];
        if (av === 0) continue;
        const bo = k * N;
        for (let n = 0; n < N; n++) row[n] += av * B[bo + n];
      }
      for (let n = 0; n < N; n++) c[m * N + n] += BigInt(row[n]);
    }
  }
  if (o.wrapTo && o.wrapTo.bits < 64) {
    const bits = o.wrapTo.bits;
    for (let i = 0; i < c.length; i++) c[i] = o.wrapTo.signed ? BigInt.asIntN(bits, c[i]) : BigInt.asUintN(bits, c[i]);
  }
  return { c, suspects: o.prefixRange ? [{ m0: 0, m1: M, n0: 0, n1: N }] : [], route: { kind: 'js' } };
}
