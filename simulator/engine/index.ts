// The simulator facade: validates the inputs (the design by the IR's own rules), derives the
// engine spec from the IR, runs the stepped engine of the design's architecture
// (simulator/architectures.ts) and assembles the result.
import {
  designErrors,
  intRange,
  maxSafeK,
  productRange,
  type Design,
  type Diagnostic,
  type IntMatrix,
  type Result,
} from '../../ir/index.js';
import { SIM_ARCHITECTURES } from '../architectures.js';
import { simError } from '../diagnostics.js';
import type { SimOptions, SimResult } from '../types.js';
import { SimContext, type Problem } from './context.js';
import { engineSpec } from './design-spec.js';
import type { EngineSpec } from './spec.js';
import { transposeInt } from './transpose.js';

export type { EngineSpec } from './spec.js';
export { drainCycles, engineSpec } from './design-spec.js';

/** Checks an operand matrix against its declared type; the first offending element is named. */
export function checkOperand(name: 'A' | 'B', m: IntMatrix, d: Design): Diagnostic | undefined {
  const t = d.types[name];
  const r = intRange(t);
  const lo = Number(r.min),
    hi = Number(r.max);
  const data = m.data;
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (v < lo || v > hi) {
      const row = Math.floor(i / m.cols),
        col = i % m.cols;
      return simError('S0102', `${name}[${row}][${col}] = ${v} is outside ${t.signed ? 'int' : 'uint'}${t.bits} (${lo}..${hi})`, {
        expected: `values in ${lo}..${hi}`,
        hint: `declare a wider type for ${name} in the design, or quantize the input`,
      });
    }
  }
  return undefined;
}

export function simulate(design: Design, a: IntMatrix, b: IntMatrix, opts: SimOptions = {}): Result<SimResult> {
  const diags: Diagnostic[] = [];
  if (a.cols !== b.rows) {
    return {
      diagnostics: [
        simError('S0101', `A is ${a.rows}x${a.cols} but B is ${b.rows}x${b.cols}: A's columns must equal B's rows (K)`, {
          expected: `B with ${a.cols} rows`,
        }),
      ],
    };
  }
  if (a.rows < 1 || a.cols < 1 || b.cols < 1)
    return { diagnostics: [simError('S0101', `empty GEMM ${a.rows}x${b.cols}x${a.cols}`, { expected: 'M, N, K >= 1' })] };
  for (const [n, m] of [
    ['A', a],
    ['B', b],
  ] as const) {
    const e = checkOperand(n, m, design);
    if (e) diags.push(e);
  }
  // A design the IR's rules accept is one the engines implement (docs/CYCLES.md).
  diags.push(...designErrors(design));
  if (diags.length > 0) return { diagnostics: diags };
  const arch = SIM_ARCHITECTURES[design.architecture];
  const M = a.rows,
    K = a.cols,
    N = b.cols;
  const acc = design.types.acc;
  // Exactness of the float64 path: wrapped registers stay inside the accumulator range, so
  // only accumulators wider than 52 bits that could really grow past 2^52 are refused.
  const pr = productRange(design);
  const maxAbs = Number(pr.max > -pr.min ? pr.max : -pr.min);
  if (acc.bits > 52 && K * maxAbs >= 2 ** 52) {
    return {
      diagnostics: [
        simError('S0105', `${acc.bits}-bit accumulator with K = ${K}: sums can pass 2^52, beyond the exact float path`, {
          hint: `K up to ${Math.floor(2 ** 52 / maxAbs)} is simulated exactly; use a <= 52-bit accumulator or a smaller K`,
        }),
      ],
    };
  }
  const spec = engineSpec(design);
  const range = intRange(acc);
  // Zero-skip designs issue the encoded operand's digits; when that is B, run on the transpose.
  const swap = arch.issuesEncodedOperand && spec.encOperand === 'B';
  const problem: Problem = swap
    ? { M: N, N: M, K, a: transposeInt(b), b: transposeInt(a), c: new Float64Array(M * N) }
    : { M, N, K, a, b, c: new Float64Array(M * N) };
  const run = new SimContext({
    accBits: acc.bits,
    accMin: Number(range.min),
    accMax: Number(range.max),
    wrap: opts.wrap === true,
    activity: opts.activity !== false,
    ...(opts.trace ? { trace: opts.trace } : {}),
    ...(opts.onTile ? { onTile: opts.onTile } : {}),
    ...(opts.trace && opts.tracePes ? { tracePes: opts.tracePes } : {}),
    N: problem.N,
    pes: spec.R * spec.C,
  });
  const flip = (v: EngineSpec['rowVar']) => (v === 'm' ? 'n' : v === 'n' ? 'm' : v);
  const runSpec: EngineSpec = swap ? { ...spec, rowVar: flip(spec.rowVar), colVar: flip(spec.colVar) } : spec;
  arch.run(run, problem, runSpec);
  const c = new BigInt64Array(M * N);
  for (let m = 0; m < M; m++) for (let n = 0; n < N; n++) c[m * N + n] = BigInt(swap ? problem.c[n * M + m] : problem.c[m * N + n]);
  const overflows = run.overflows.map((o) => (swap ? { ...o, m: o.n, n: o.m } : o));
  if (!run.wrap && overflows.length > 0) {
    const o = overflows[0];
    return {
      diagnostics: [
        simError(
          'S0103',
          `accumulator overflow: C[${o.m}][${o.n}] left the ${acc.signed ? 'int' : 'uint'}${acc.bits} range at cycle ${o.cycle} (${o.where})` +
            (run.overflowCount > 1 ? `; ${run.overflowCount - 1} more overflow(s)` : ''),
          {
            span: design.span,
            hint: `widen the accumulator (max safe K for these types is ${maxSafeK(design)}), or pass --wrap to wrap like the hardware`,
          },
        ),
      ],
    };
  }
  const tg = { ...run.toggles };
  // Each pipeline register holds the previous stage's words one cycle later: same toggles.
  for (const st of design.pipeline)
    tg.pipelineRegs += st === 'operands' ? tg.operandRegs : st === 'partial-products' ? tg.partialProducts : tg.compressorOutputs;
  let fill = 0,
    steady = 0,
    drain = 0,
    stalls = 0;
  for (const t of run.tiles) {
    fill += t.fill;
    steady += t.steady;
    drain += t.drain;
    stalls += t.stalls;
  }
  const total = fill + steady + drain + stalls;
  const macs = M * N * K;
  return {
    value: {
      shape: { M, N, K },
      c: { rows: M, cols: N, data: c },
      cycles: { total, fill, steady, drain, stalls },
      tiles: swap ? run.tiles.map((t) => ({ ...t, m0: t.n0, n0: t.m0 })) : run.tiles,
      utilization: macs / (spec.R * spec.C * spec.depth * total),
      macs,
      array: { rows: spec.R, cols: spec.C, depth: spec.depth },
      peBusy: run.peBusy,
      toggles: tg,
      overflows,
      overflowCount: run.overflowCount,
    },
    diagnostics: [],
  };
}
