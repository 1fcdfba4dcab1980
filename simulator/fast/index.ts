// The fast path: closed-form cycle counts for sweeps, one per architecture
// (simulator/architectures.ts), and the digit statistics the zero-skip designs need.
import { designErrors, type Design, type GemmShape, type Result } from '../../ir/index.js';
import { SIM_ARCHITECTURES } from '../architectures.js';
import type { FastCycles } from './cycles.js';
import type { DigitStats } from './digit-stats.js';

export { type FastCycles, type DenseTerms } from './cycles.js';
export {
  digitStatsFromData,
  meanNonzeroDigits,
  nonzeroHistogram,
  positionNonzeroProb,
  type DataDigitStats,
  type DigitStats,
  type DistDigitStats,
} from './digit-stats.js';

/** Cycles of a GEMM from the closed form of the design's architecture (docs/CYCLES.md). */
export function fastCycles(design: Design, shape: GemmShape, stats?: DigitStats): Result<FastCycles> {
  const errors = designErrors(design);
  if (errors.length > 0) return { diagnostics: [...errors] };
  return SIM_ARCHITECTURES[design.architecture].cycles(design, shape, stats);
}
