// The workload an estimate prices: the design simulated on generated operands (toggle counts,
// cycles, MACs), and the check of a GEMM's K against the design's declared bound.
import { loadTech, estimate, type EnergyActivity, type Estimate, type TechTable, type Workload } from '../cost/index.js';
import type { Design, Diagnostic, GemmShape, Result } from '../ir/index.js';
import { simulate, type Dist } from '../simulator/index.js';
import { dirname, resolve } from 'node:path';
import { generateOperands } from './operands.js';

/** Simulated activity of a GEMM on generated operands, the accumulator wrapping like hardware. */
export function simulatedWorkload(
  d: Design,
  shape: GemmShape,
  dist: Dist,
  seed: number,
  onTile?: (tilesDone: number) => void,
): Result<Workload> {
  const { a, b } = generateOperands(d, shape, dist, seed);
  const sim = simulate(d, a, b, { wrap: true, ...(onTile ? { onTile } : {}) });
  if (!sim.value) return { diagnostics: sim.diagnostics };
  return {
    value: {
      macs: sim.value.macs,
      cycles: sim.value.cycles.total,
      toggles: sim.value.toggles,
      gemm: { M: shape.M, N: shape.N, K: shape.K },
      operands: { a, b },
    },
    diagnostics: [],
  };
}

/** S0110 (a warning) when K passes the design's declared `workload K <= n`. */
export function workloadBoundWarning(d: Design, K: number): Diagnostic | undefined {
  const wl = d.workload;
  if (!wl || K <= wl.k) return undefined;
  return {
    code: 'S0110',
    severity: 'warning',
    message: `K = ${K} exceeds the design's declared workload K <= ${wl.k}`,
    span: wl.span,
    hint: 'the accumulator was sized for the declared K; overflow is still detected',
  };
}

export interface EstimateRequest {
  /** A table for every design; without it each design's own technology is loaded. */
  readonly tech?: TechTable;
  /** With a shape, power comes from the simulated activity of generated operands. */
  readonly shape?: GemmShape;
  readonly dist: Dist;
  readonly seed: number;
  readonly freqMHz?: number;
  /** The clock target for the area and energy at a clock (default: the design's `clock`). */
  readonly clockNs?: number;
  /** Price the design as the flow's clock gating builds it (EstimateOptions.clockGating). */
  readonly clockGating?: boolean;
  /** Energy's activity: zero-delay toggles (default) or timed, with the glitch term (EstimateOptions.activity). */
  readonly activity?: EnergyActivity;
  /** Progress of the workload's simulation (SimOptions.onTile). */
  readonly onTile?: (tilesDone: number) => void;
}

/**
 * The technology table a design names: a path (`technology "tables/t.json"`) is relative to the
 * design file, like an include, not to the folder tpe runs in (`cwd` resolves the design's own
 * path); problems point at the technology value.
 */
export function designTechnology(d: Design, cwd = process.cwd()): Result<TechTable> {
  const t = loadTech(d.technology, dirname(resolve(cwd, d.span.file)));
  if (t.value) return t;
  return {
    diagnostics: t.diagnostics.map((x): Diagnostic => ({
      ...x,
      span: d.technologySpan ?? d.span,
      message: `${x.message} (named by the design's technology)`,
    })),
  };
}

/** The design's estimate (docs/TECH.md): its technology, and its workload's activity when asked. */
export function estimateDesign(d: Design, o: EstimateRequest, cwd = process.cwd()): Result<Estimate> {
  let tech = o.tech;
  if (!tech) {
    const t = designTechnology(d, cwd);
    if (!t.value) return { diagnostics: t.diagnostics };
    tech = t.value;
  }
  let workload: Workload | undefined;
  if (o.shape) {
    const w = simulatedWorkload(d, o.shape, o.dist, o.seed, o.onTile);
    if (!w.value) return { diagnostics: w.diagnostics };
    workload = w.value;
  }
  return estimate(d, {
    tech,
    ...(o.freqMHz !== undefined ? { freqMHz: o.freqMHz } : {}),
    ...(o.clockNs !== undefined ? { clockNs: o.clockNs } : {}),
    ...(o.clockGating ? { clockGating: true } : {}),
    ...(o.activity === 'timed' ? { activity: 'timed' as const } : {}),
    ...(workload ? { workload } : {}),
  });
}
