// Public types of the simulator: options and results of simulate().
import type { GemmShape, WideMatrix } from '../ir/index.js';

export interface SimOptions {
  /** Wrap the accumulator like hardware (two's complement) instead of reporting overflow. */
  readonly wrap?: boolean;
  /** Called once per simulated cycle with one JSON line (no trailing newline). Slow; debugging only. */
  readonly trace?: (line: string) => void;
  /** Count register/partial-product toggles (default true). Off: faster, toggles all zero. */
  readonly activity?: boolean;
  /** Called after each simulated tile with the number done (progress bars; fastCycles gives the total). */
  readonly onTile?: (tilesDone: number) => void;
  /**
   * With `trace`: PEs (row, column of the array, as SimResult.array counts them) whose state
   * every trace line carries as `pe: [{ row, col, a, b, product, acc, sum?, carry? }]`
   * (engine/context.ts PeTrace). Not for bit-slice designs (tracePeSupported).
   */
  readonly tracePes?: readonly (readonly [number, number])[];
}

/**
 * Bit toggles (popcount of old XOR new, summed over cycles) per component class, for the
 * power model. operandRegs: A/B/weight registers in and at the edge of the array;
 * partialProducts: the selected digit partial products d_j*B of each multiplier;
 * compressorOutputs: the product word leaving each PE's product tree (resolved);
 * accumulatorRegs: accumulator / partial-sum registers (sum and carry words in carry-save
 * designs); pipelineRegs: the extra pipeline stages of design.pipeline.
 */
export interface ToggleCounts {
  operandRegs: number;
  partialProducts: number;
  compressorOutputs: number;
  accumulatorRegs: number;
  pipelineRegs: number;
}

export interface CycleBreakdown {
  /** Cycles before the array is fully busy: weight loads and the systolic skew. */
  fill: number;
  /** Cycles of issue at the steady rate (per k-step, per m row, or per minimal digit cycle). */
  steady: number;
  /** Pipeline latency, result-valid cycle and the final CPA after the last issue. */
  drain: number;
  /** Data-dependent cycles in which some PE waits for the slowest (zero-skip designs). */
  stalls: number;
}

export interface TileRecord extends CycleBreakdown {
  readonly index: number;
  /** First m, n, k of the tile in the problem (k0 = 0 when k is not tiled). */
  readonly m0: number;
  readonly n0: number;
  readonly k0: number;
  /** Cycle (global) at which the tile starts. */
  readonly start: number;
  readonly cycles: number;
}

export interface OverflowInfo {
  /** Output element C[m][n]. */
  readonly m: number;
  readonly n: number;
  /** Global cycle in which the register left the accumulator's range. */
  readonly cycle: number;
  /** Where: 'accumulator', 'partial-sum' (WS chain), 'output-buffer' (k-tile sum). */
  readonly where: string;
}

export interface SimResult {
  readonly shape: GemmShape;
  /** Exact C (wrapped to the accumulator only when opts.wrap). */
  readonly c: WideMatrix;
  readonly cycles: CycleBreakdown & { total: number };
  readonly tiles: readonly TileRecord[];
  /** Useful MACs / (multipliers x total cycles), multipliers = rows x cols x depth. */
  readonly utilization: number;
  readonly macs: number;
  /** Array shape that ran (rows x cols PEs). */
  readonly array: { readonly rows: number; readonly cols: number; readonly depth: number };
  /** Per PE (row-major rows x cols): cycles in which it did useful work (a real MAC or digit term). */
  readonly peBusy: Float64Array;
  readonly toggles: ToggleCounts;
  /** Overflows seen (with opts.wrap; without it the first is an error). First 16 kept. */
  readonly overflows: readonly OverflowInfo[];
  readonly overflowCount: number;
}
