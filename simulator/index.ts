// Public face of the simulator: bit-exact, cycle-level GEMM simulation of every architecture in
// the IR (docs/CYCLES.md; one entry per architecture in architectures.ts), the exact reference
// GEMM, the closed-form fast path, operand generators, .npy I/O and the digit encodings.
export { simulate, engineSpec, drainCycles } from './engine/index.js';
export { SIM_ARCHITECTURES, type SimArchitecture } from './architectures.js';
export type { SimOptions, SimResult, ToggleCounts, CycleBreakdown, TileRecord, OverflowInfo } from './types.js';
export { referenceGemm } from './reference.js';
export {
  simulateFast,
  DEFAULT_SAMPLE_MACS,
  type SimLevel,
  type FastSimOptions,
  type FastSimResult,
  type ActivitySample,
} from './fast/exact.js';
export { exactGemm, type ExactGemmOptions, type ExactGemmResult, type SuspectRect } from './fast/gemm.js';
export {
  fastCycles,
  digitStatsFromData,
  meanNonzeroDigits,
  type FastCycles,
  type DigitStats,
  type DataDigitStats,
  type DistDigitStats,
} from './fast/index.js';
export { generateMatrix, parseDist, formatDist, distPmf, mulberry32, MAX_SEED, type Dist, type EmpiricalDist } from './data/index.js';
export { parseNpy, npyToMatrix, readNpyMatrix, writeNpy, resultDtype, type NpyArray, type NpyDtype } from './data/npy.js';
export { SIM_CODES, simError, type SimCode } from './diagnostics.js';
export * from './arith/index.js';
