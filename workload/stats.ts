// Digit statistics of real data for the zero-skip designs: what a sparse encoder sees. From a
// value distribution (a tensor's histogram): the mean nonzero digits per value and the
// probability that each digit position is nonzero; from a whole matrix: the exact counts per
// value, per digit position and per group of k (tensorDigitStats, the same numbers as
// gpu/tpe_gpu digits.py); from whole operand matrices: the exact per-group counts the
// closed-form cycle formulas take (simulator/fast).
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

/**
 * Exact digit statistics of X [rows, K] (k along the columns, as an engine streams it), field
 * for field those of gpu/tpe_gpu/digits.py `digit_stats`:
 *   valueHist[c]            values with c nonzero digits
 *   positionNonzero[p]      values whose digit p is nonzero
 *   groupPositionHist[p][c] groups of `group` consecutive k (per row; the last may be shorter)
 *                           in which c values have a nonzero digit p
 *   groupCyclesHist[L]      groups whose zero-skip issue takes L = sum_p max(1, c_p) cycles
 */
export interface TensorDigitStats {
  readonly scheme: DigitSummary['scheme'];
  readonly type: string;
  readonly digits: number;
  readonly group: number;
  readonly values: number;
  readonly groups: number;
  readonly valueHist: number[];
  readonly positionNonzero: number[];
  readonly meanNonzero: number;
  readonly groupPositionHist: number[][];
  readonly groupCyclesHist: number[];
  readonly meanGroupCycles: number;
}

export function tensorDigitStats(x: IntMatrix, t: IntType, scheme: DigitSummary['scheme'], group = 4): TensorDigitStats {
  const tab = digitTable(t, scheme),
    d = tab.count,
    K = x.cols,
    G = Math.ceil(K / group);
  const valueHist = new Array<number>(d + 1).fill(0),
    pos = new Array<number>(d).fill(0);
  const gpos = Array.from({ length: d }, () => new Array<number>(group + 1).fill(0));
  const gcyc = new Array<number>(d * group + 1).fill(0);
  const cnt = new Int32Array(d);
  for (let r = 0; r < x.rows; r++) {
    for (let g = 0; g < G; g++) {
      cnt.fill(0);
      for (let k = g * group; k < Math.min(K, (g + 1) * group); k++) {
        const v = x.data[r * K + k] - tab.min;
        valueHist[tab.nonzero[v]]++;
        for (let p = 0; p < d; p++) if (tab.digits[v * d + p] !== 0) cnt[p]++;
      }
      let cyc = 0;
      for (let p = 0; p < d; p++) {
        gpos[p][cnt[p]]++;
        pos[p] += cnt[p];
        cyc += Math.max(1, cnt[p]);
      }
      gcyc[cyc]++;
    }
  }
  const values = x.rows * K,
    groups = x.rows * G;
  let sv = 0,
    sc = 0;
  valueHist.forEach((n, c) => {
    sv += n * c;
  });
  gcyc.forEach((n, L) => {
    sc += n * L;
  });
  return {
    scheme,
    type: `${t.signed ? '' : 'u'}int${t.bits}`,
    digits: d,
    group,
    values,
    groups,
    valueHist,
    positionNonzero: pos,
    meanNonzero: values ? sv / values : 0,
    groupPositionHist: gpos,
    groupCyclesHist: gcyc,
    meanGroupCycles: groups ? sc / groups : 0,
  };
}
