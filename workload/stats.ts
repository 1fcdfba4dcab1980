// Digit statistics of real data for the zero-skip designs: what a sparse encoder sees. From a
// value distribution (a tensor's histogram): the mean nonzero digits per value and the
// probability that each digit position is nonzero; from whole operand matrices: the exact
// per-group counts the closed-form cycle formulas take (simulator/fast).
import type { Design, IntMatrix, IntType } from '../ir/index.js';
import { digitStatsFromData, digitTable, distPmf, type DataDigitStats, type Dist } from '../simulator/index.js';
import { nonzeroHistogram, positionNonzeroProb } from '../simulator/fast/index.js';

export interface DigitSummary {
  readonly scheme: 'binary' | 'booth4' | 'ent';
  /** Digits per value. */
  readonly digits: number;
  /** Mean nonzero digits per value. */
  readonly meanNonzero: number;
  /** P(digit p is nonzero), p = 0 (least significant) upwards. */
  readonly positionNonzero: readonly number[];
}

/** Digit statistics of values drawn from `dist` (e.g. tensorDist of a real tensor) in type t. */
export function digitSummary(dist: Dist, t: IntType, scheme: DigitSummary['scheme']): DigitSummary {
  const tab = digitTable(t, scheme);
  const pmf = distPmf(dist, t);
  const h = nonzeroHistogram(tab, pmf);
  let mean = 0;
  for (let i = 0; i < h.length; i++) mean += i * h[i];
  return { scheme, digits: tab.count, meanNonzero: mean, positionNonzero: [...positionNonzeroProb(tab, pmf)] };
}

/** Exact digit statistics of a GEMM's operands for fastCycles (the engine's encoded operand). */
export function gemmDigitStats(design: Design, a: IntMatrix, b: IntMatrix): DataDigitStats {
  return digitStatsFromData(design, a, b);
}
