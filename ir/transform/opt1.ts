// OPT1, compressed accumulation: the CPA leaves the k loop. Partial products and the running
// sum are compressed together into a carry-save accumulator (C.s, C.c); one CPA resolves it
// when accumulation ends: per PE at drain, per row (results stream through it), in a resolve
// stage outside the array shared by all PEs (`shared`, N lanes), or at the bottom of each column
// where partial sums leave a spatial k reduction.
import type { Result } from '../diagnostic.js';
import type { CpaPlacement, Design } from '../types.js';
import { architectureOf } from '../architectures.js';
import { arrayShape } from '../derive.js';
import { cStationary, finish, kLoop, notApplicable } from './common.js';

export type Opt1Cpa = 'per-pe' | 'per-row' | 'per-column' | 'shared';

/** `lanes`: the shared resolve stage's CPA lanes (default: one per row of the array). */
export function opt1(d: Design, cpa?: Opt1Cpa, lanes?: number): Result<Design> {
  const def = architectureOf(d);
  if (!def.optimizations.includes('opt1')) {
    return def.family === 'bit-slice'
      ? notApplicable('opt1', d, 'bit-slice designs already accumulate in carry-save', 'use opt3 / opt4c / opt4e')
      : notApplicable('opt1', d, `it does not apply to ${d.architecture}`, `the passes that do: ${def.optimizations.join(', ') || 'none'}`);
  }
  if (d.reduction.k === 'carry-save') return notApplicable('opt1', d, 'the accumulation over k is already carry-save (OPT1 is applied)');
  if (d.reduction.order === 'bitweight-outer')
    return notApplicable('opt1', d, 'the design compresses equal bit weights across k (OPT2), whose accumulation is already carry-save');
  // The accumulator is held in the PE, or at the end of a k chain (cube-mac).
  const stationary = cStationary(d) || def.chainAccumulator;
  const spatialK = kLoop(d)?.mapping === 'spatial';
  let finalCpa: CpaPlacement;
  const want = cpa ?? (stationary ? 'per-pe' : 'per-column');
  let extra: { lanes?: number } = {};
  if (want === 'per-pe' || want === 'per-row' || want === 'shared') {
    const where = want === 'per-pe' ? 'per PE at drain' : want === 'per-row' ? 'per row' : 'in a shared resolve stage';
    if (!stationary)
      return notApplicable(
        'opt1',
        d,
        `a CPA ${where} needs the accumulator held in the PE, but C is not stationary along k`,
        'use --cpa per-column: partial sums are resolved where they leave the column',
      );
    finalCpa = want === 'per-pe' ? 'per-pe-drain' : want === 'per-row' ? 'per-row' : 'shared';
    if (want === 'shared') extra = { lanes: lanes ?? arrayShape(d).rows };
  } else {
    if (!spatialK)
      return notApplicable(
        'opt1',
        d,
        'a CPA per column needs a spatial k reduction, but k is temporal',
        'use --cpa per-pe or --cpa per-row',
      );
    finalCpa = 'per-column';
  }
  return finish(cpa === 'per-row' ? 'opt1_row' : cpa === 'shared' ? 'opt1_shared' : 'opt1', {
    ...d,
    reduction: { ...d.reduction, k: 'carry-save', finalCpa, ...extra },
  });
}
