// The simulator's entry for each architecture of ir/architectures.ts: the cycle-stepped engine
// that runs it and the closed form of its cycles (docs/CYCLES.md, one row each). A new
// architecture adds one entry here; the record type makes a missing one a compile error.
import { cdiv, zeroSkipping, lanesPerPe, type Architecture, type Design, type GemmShape, type Result } from '../ir/index.js';
import type { SimContext, Problem } from './engine/context.js';
import { runAdderTree } from './engine/adder-tree.js';
import { runBitsliceBaseline } from './engine/bitslice.js';
import { runBitsliceSparse } from './engine/bitslice-sparse.js';
import { runCube } from './engine/cube.js';
import { runCubeMac } from './engine/cube-mac.js';
import { runLaconic } from './engine/laconic.js';
import { runMatrix2d } from './engine/matrix2d.js';
import type { EngineSpec } from './engine/spec.js';
import { runSystolicOs } from './engine/systolic-os.js';
import { runSystolicWs } from './engine/systolic-ws.js';
import { bitsliceCycles, denseCycles, type FastCycles } from './fast/cycles.js';
import type { DigitStats } from './fast/digit-stats.js';
import { laconicCycles } from './fast/laconic.js';

export interface SimArchitecture {
  /** Runs one GEMM cycle by cycle: values into p.c, tiles, toggles and busy cycles into ctx. */
  run(ctx: SimContext, p: Problem, spec: EngineSpec): void;
  /** The closed-form cycle count of the fast path (tested equal to `run`). */
  cycles(d: Design, shape: GemmShape, stats?: DigitStats): Result<FastCycles>;
  /** The engine steps through the encoded operand's digits: a design encoding B runs transposed. */
  readonly issuesEncodedOperand: boolean;
  /**
   * Where the engine counts a streamed operand's toggles: 'line' once per row or column (the
   * edge value every PE of the line reads through one broadcast wire), 'pe' where each PE holds
   * (or loads) its own copy. The energy estimate scales line counts by the PEs a toggle reaches.
   */
  readonly operandToggles: 'line' | 'pe';
}

export const SIM_ARCHITECTURES: Readonly<Record<Architecture, SimArchitecture>> = {
  'systolic-os': {
    run: runSystolicOs,
    cycles: denseCycles((t, g) => ({ tiles: cdiv(g.M, t.mx) * cdiv(g.N, t.nx), tileCycles: g.K + t.R + t.C - 1 + t.P + t.drain })),
    issuesEncodedOperand: false,
    operandToggles: 'pe',
  },
  'systolic-ws': {
    run: runSystolicWs,
    cycles: denseCycles((t, g) => ({ tiles: cdiv(g.K, t.kx) * cdiv(g.N, t.nx), tileCycles: 2 * t.kx + g.M + t.nx - 1 + t.P + t.drain })),
    issuesEncodedOperand: false,
    operandToggles: 'pe',
  },
  cube: {
    run: runCube,
    cycles: denseCycles((t, g) => ({ tiles: cdiv(g.M, t.mx) * cdiv(g.N, t.nx), tileCycles: cdiv(g.K, t.kx) + 1 + t.P + t.drain })),
    issuesEncodedOperand: false,
    operandToggles: 'line',
  },
  'cube-mac': {
    // k-step s enters layer e at s + e; the accumulator takes it Kp + P cycles after its issue.
    run: runCubeMac,
    cycles: denseCycles((t, g) => ({ tiles: cdiv(g.M, t.mx) * cdiv(g.N, t.nx), tileCycles: cdiv(g.K, t.kx) + t.kx + 1 + t.P + t.drain })),
    issuesEncodedOperand: false,
    operandToggles: 'line',
  },
  'adder-tree': {
    run: runAdderTree,
    cycles: denseCycles((t, g) => ({ tiles: cdiv(g.K, t.kx) * cdiv(g.N, t.nx), tileCycles: t.kx + g.M + 1 + t.P + t.drain })),
    issuesEncodedOperand: false,
    operandToggles: 'line',
  },
  matrix2d: {
    run: runMatrix2d,
    cycles: denseCycles((t, g) => ({ tiles: cdiv(g.M, t.mx) * cdiv(g.N, t.nx), tileCycles: g.K + 1 + t.P + t.drain })),
    issuesEncodedOperand: false,
    operandToggles: 'line',
  },
  bitslice: {
    // Term pairs of both operands' digits (Laconic-style), or A's digits by sparse groups (OPT3/OPT4).
    run: (ctx, p, spec) =>
      zeroSkipping(spec.design) === 'terms' ? runBitsliceBaseline(ctx, p, spec) : runBitsliceSparse(ctx, p, spec, lanesPerPe(spec.design)),
    cycles: bitsliceCycles,
    issuesEncodedOperand: true,
    operandToggles: 'pe',
  },
  // Term pairs on L k-lanes per PE, lanes synced per step (Laconic-style).
  laconic: { run: runLaconic, cycles: laconicCycles, issuesEncodedOperand: true, operandToggles: 'pe' },
};
