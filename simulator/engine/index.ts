// The simulator facade: validates the inputs, derives the engine spec from the IR, picks the
// engine of the design's architecture family and assembles the result.
import {
  arrayShape, intRange, loopOf, maxSafeK, primaryEncoder, productRange,
  type Design, type Diagnostic, type IntMatrix, type Result,
} from '../../ir/index.js';
import { digitTable } from '../arith/encode.js';
import { lowMask } from '../arith/popcount.js';
import { simError } from '../diagnostics.js';
import type { SimOptions, SimResult } from '../types.js';
import { runAdderTree } from './adder-tree.js';
import { runBitsliceBaseline } from './bitslice.js';
import { runBitsliceSparse } from './bitslice-sparse.js';
import { SimContext, type Problem } from './context.js';
import { runCube } from './cube.js';
import { runMatrix2d } from './matrix2d.js';
import type { EngineSpec } from './spec.js';
import { runSystolicOs } from './systolic-os.js';
import { runSystolicWs } from './systolic-ws.js';
import { transposeInt } from './transpose.js';

export type { EngineSpec } from './spec.js';

/** Which engine runs a design; the bit-slice kinds follow the nest (i loop, sparse, k lanes). */
export type EngineKind = 'systolic-os' | 'systolic-ws' | 'cube' | 'adder-tree' | 'matrix2d' | 'bitslice' | 'bitslice-sparse';

/** CYCLES.md `drain`: cycles of the final CPA after the results are valid. */
export function drainCycles(d: Design): number {
  switch (d.reduction.finalCpa) {
    case 'per-product':
    case 'per-column':
      return 0;
    case 'per-pe-drain':
      return 1;
    case 'per-row':
      return arrayShape(d).cols;
  }
}

/** The engine for a design, or a diagnostic when its nest is outside CYCLES.md. */
const KIND_CACHE = new WeakMap<Design, Result<{ kind: EngineKind; lanes: number }>>();
const SPEC_CACHE = new WeakMap<Design, EngineSpec>();

export function engineKind(d: Design): Result<{ kind: EngineKind; lanes: number }> {
  let r = KIND_CACHE.get(d);
  if (!r) { r = engineKindUncached(d); KIND_CACHE.set(d, r); }
  return r;
}

/** The spec is derived once per design object (designs are immutable). */
export function engineSpec(d: Design): EngineSpec {
  let s = SPEC_CACHE.get(d);
  if (!s) { s = engineSpecUncached(d); SPEC_CACHE.set(d, s); }
  return s;
}

function engineKindUncached(d: Design): Result<{ kind: EngineKind; lanes: number }> {
  const j = loopOf(d, 'j');
  const i = loopOf(d, 'i');
  const enc = primaryEncoder(d);
  const unsupported = (why: string): Result<{ kind: EngineKind; lanes: number }> => ({
    diagnostics: [simError('S0104', `design '${d.name}' (${d.architecture}): ${why}`, { span: d.span, hint: 'see docs/CYCLES.md for the schedules the simulator and RTL implement' })],
  });
  if (!enc) return unsupported('no encoder for the j loop');
  if (d.architecture === 'bitslice') {
    if (!j || j.mapping !== 'temporal' || !j.skipZeros) return unsupported('a bit-slice design needs a temporal j loop that skips zeros');
    if (i) {
      if (i.mapping !== 'temporal' || !i.skipZeros || d.encoders.length < 2) return unsupported('the i loop must be temporal, skip zeros and have a second encoder');
      return { value: { kind: 'bitslice', lanes: 1 }, diagnostics: [] };
    }
    if (!d.sparse) return unsupported('a zero-skipping j loop without an i loop needs a sparse group (OPT3/OPT4)');
    const k = loopOf(d, 'k');
    const lanes = k && k.mapping === 'spatial' ? (k.size ?? 1) : 1;
    return { value: { kind: 'bitslice-sparse', lanes }, diagnostics: [] };
  }
  if (j && j.mapping === 'temporal') return unsupported('a temporal j loop (bit-serial digits) is only defined for bit-slice designs');
  if (i) return unsupported('an i loop is only defined for bit-slice designs');
  return { value: { kind: d.architecture, lanes: 1 }, diagnostics: [] };
}

function engineSpecUncached(d: Design): EngineSpec {
  const sh = arrayShape(d);
  const enc = primaryEncoder(d);
  const encType = enc.operand === 'A' ? d.types.A : d.types.B;
  const second = d.encoders[1];
  const pr = productRange(d);
  const maxAbs = pr.max > -pr.min ? pr.max : -pr.min;
  return {
    design: d, R: sh.rows, C: sh.cols, depth: sh.depth, rowVar: sh.rowVar, colVar: sh.colVar,
    P: d.pipeline.length, drainCycles: drainCycles(d), carrySave: d.reduction.k === 'carry-save',
    encTab: digitTable(encType, enc.scheme), encOperand: enc.operand,
    ...(second ? { encTab2: digitTable(second.operand === 'A' ? d.types.A : d.types.B, second.scheme) } : {}),
    maskA: lowMask(d.types.A.bits), maskB: lowMask(d.types.B.bits), bitsA: d.types.A.bits, bitsB: d.types.B.bits,
    prodBits: maxAbs.toString(2).length + 1,
    group: d.sparse?.groupSize ?? 1,
  };
}

/** Checks an operand matrix against its declared type; the first offending element is named. */
export function checkOperand(name: 'A' | 'B', m: IntMatrix, d: Design): Diagnostic | undefined {
  const t = d.types[name];
  const r = intRange(t);
  const lo = Number(r.min), hi = Number(r.max);
  const data = m.data;
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (v < lo || v > hi) {
      const row = Math.floor(i / m.cols), col = i % m.cols;
      return simError('S0102', `${name}[${row}][${col}] = ${v} is outside ${t.signed ? 'int' : 'uint'}${t.bits} (${lo}..${hi})`, {
        expected: `values in ${lo}..${hi}`, hint: `declare a wider type for ${name} in the design, or quantize the input`,
      });
    }
  }
  return undefined;
}

export function simulate(design: Design, a: IntMatrix, b: IntMatrix, opts: SimOptions = {}): Result<SimResult> {
  const diags: Diagnostic[] = [];
  if (a.cols !== b.rows) {
    return { diagnostics: [simError('S0101', `A is ${a.rows}x${a.cols} but B is ${b.rows}x${b.cols}: A's columns must equal B's rows (K)`, { expected: `B with ${a.cols} rows` })] };
  }
  if (a.rows < 1 || a.cols < 1 || b.cols < 1) return { diagnostics: [simError('S0101', `empty GEMM ${a.rows}x${b.cols}x${a.cols}`, { expected: 'M, N, K >= 1' })] };
  for (const [n, m] of [['A', a], ['B', b]] as const) {
    const e = checkOperand(n, m, design);
    if (e) diags.push(e);
  }
  const ek = engineKind(design);
  diags.push(...ek.diagnostics);
  if (diags.length > 0 || !ek.value) return { diagnostics: diags };
  const M = a.rows, K = a.cols, N = b.cols;
  const acc = design.types.acc;
  // Exactness of the float64 path: wrapped registers stay inside the accumulator range, so
  // only accumulators wider than 52 bits that could really grow past 2^52 are refused.
  const pr = productRange(design);
  const maxAbs = Number(pr.max > -pr.min ? pr.max : -pr.min);
  if (acc.bits > 52 && K * maxAbs >= 2 ** 52) {
    return { diagnostics: [simError('S0105', `${acc.bits}-bit accumulator with K = ${K}: sums can pass 2^52, beyond the exact float path`, { hint: `K up to ${Math.floor(2 ** 52 / maxAbs)} is simulated exactly; use a <= 52-bit accumulator or a smaller K` })] };
  }
  const spec = engineSpec(design);
  const range = intRange(acc);
  // Zero-skip designs issue the encoded operand's digits; when that is B, run on the transpose.
  const swap = (ek.value.kind === 'bitslice-sparse' || ek.value.kind === 'bitslice') && spec.encOperand === 'B';
  const problem: Problem = swap
    ? { M: N, N: M, K, a: transposeInt(b), b: transposeInt(a), c: new Float64Array(M * N) }
    : { M, N, K, a, b, c: new Float64Array(M * N) };
  const run = new SimContext({
    accBits: acc.bits, accMin: Number(range.min), accMax: Number(range.max), wrap: opts.wrap === true,
    activity: opts.activity !== false, ...(opts.trace ? { trace: opts.trace } : {}), ...(opts.onTile ? { onTile: opts.onTile } : {}), ...(opts.trace && opts.tracePes ? { tracePes: opts.tracePes } : {}), N: problem.N, pes: spec.R * spec.C,
  });
  const flip = (v: EngineSpec['rowVar']) => (v === 'm' ? 'n' : v === 'n' ? 'm' : v);
  const runSpec: EngineSpec = swap ? { ...spec, rowVar: flip(spec.rowVar), colVar: flip(spec.colVar) } : spec;
  switch (ek.value.kind) {
    case 'systolic-os': runSystolicOs(run, problem, runSpec); break;
    case 'matrix2d': runMatrix2d(run, problem, runSpec); break;
    case 'cube': runCube(run, problem, runSpec); break;
    case 'systolic-ws': runSystolicWs(run, problem, runSpec); break;
    case 'adder-tree': runAdderTree(run, problem, runSpec); break;
    case 'bitslice': runBitsliceBaseline(run, problem, runSpec); break;
    case 'bitslice-sparse': runBitsliceSparse(run, problem, runSpec, ek.value.lanes); break;
  }
  const c = new BigInt64Array(M * N);
  for (let m = 0; m < M; m++) for (let n = 0; n < N; n++) c[m * N + n] = BigInt(swap ? problem.c[n * M + m] : problem.c[m * N + n]);
  const overflows = run.overflows.map((o) => (swap ? { ...o, m: o.n, n: o.m } : o));
  if (!run.wrap && overflows.length > 0) {
    const o = overflows[0];
    return {
      diagnostics: [simError('S0103', `accumulator overflow: C[${o.m}][${o.n}] left the ${acc.signed ? 'int' : 'uint'}${acc.bits} range at cycle ${o.cycle} (${o.where})` +
        (run.overflowCount > 1 ? `; ${run.overflowCount - 1} more overflow(s)` : ''), {
        span: design.span,
        hint: `widen the accumulator (max safe K for these types is ${maxSafeK(design)}), or pass --wrap to wrap like the hardware`,
      })],
    };
  }
  const tg = { ...run.toggles };
  // Each pipeline register holds the previous stage's words one cycle later: same toggles.
  for (const st of design.pipeline) tg.pipelineRegs += st === 'operands' ? tg.operandRegs : st === 'partial-products' ? tg.partialProducts : tg.compressorOutputs;
  let fill = 0, steady = 0, drain = 0, stalls = 0;
  for (const t of run.tiles) { fill += t.fill; steady += t.steady; drain += t.drain; stalls += t.stalls; }
  const total = fill + steady + drain + stalls;
  const macs = M * N * K;
  return {
    value: {
      shape: { M, N, K }, c: { rows: M, cols: N, data: c },
      cycles: { total, fill, steady, drain, stalls }, tiles: swap ? run.tiles.map((t) => ({ ...t, m0: t.n0, n0: t.m0 })) : run.tiles,
      utilization: macs / (spec.R * spec.C * spec.depth * total), macs,
      array: { rows: spec.R, cols: spec.C, depth: spec.depth },
      peBusy: run.peBusy, toggles: tg, overflows, overflowCount: run.overflowCount,
    },
    diagnostics: [],
  };
}

