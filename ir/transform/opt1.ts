// OPT1, compressed accumulation: the CPA leaves the k loop. Partial products and the running
// sum are compressed together into a carry-save accumulator (C.s, C.c); one CPA resolves it
// when accumulation ends: per PE at drain, per row (results stream through it), or at the
// bottom of each column where partial sums leave a spatial k reduction.
import type { Result } from '../diagnostic.js';
import type { CpaPlacement, Design } from '../types.js';
import { architectureOf } from '../architectures.js';
import { cStationary, finish, kLoop, notApplicable } from './common.js';

export type Opt1Cpa = 'per-pe' | 'per-row' | 'per-column';

export function opt1(d: Design, cpa?: Opt1Cpa): Result<Design> {
  const def = architectureOf(d);
  if (!def.optimizations.includes('opt1')) {
    return def.family === 'bit-slice' ? notApplicable('opt1', d, 'bit-slice designs already accumulate in carry-save', 'use opt3 / opt4c / opt4e')
      : notApplicable('opt1', d, `it does not apply to ${d.architecture}`, `the passes that do: ${def.optimizations.join(', ') || 'none'}`);
  }
  if (d.reduction.k === 'carry-save') return notApplicable('opt1', d, 'the accumulation over k is already carry-save (OPT1 is applied)');
  if (d.reduction.order === 'bitweight-outer') return notApplicable('opt1', d, 'the design compresses equal bit weights across k (OPT2), whose accumulation is already carry-save');
  const stationary = cStationary(d);
  const spatialK = kLoop(d)?.mapping === 'spatial';
  let finalCpa: CpaPlacement;
  const want = cpa ?? (stationary ? 'per-pe' : 'per-column');
  if (want === 'per-pe' || want === 'per-row') {
    if (!stationary) return notApplicable('opt1', d, `a CPA ${want === 'per-pe' ? 'per PE at drain' : 'per row'} needs the accumulator held in the PE, but C is not stationary along k`, 'use --cpa per-column: partial sums are resolved where they leave the column');
    finalCpa = want === 'per-pe' ? 'per-pe-drain' : 'per-row';
  } else {
    if (!spatialK) return notApplicable('opt1', d, 'a CPA per column needs a spatial k reduction, but k is temporal', 'use --cpa per-pe or --cpa per-row');
    finalCpa = 'per-column';
  }
  return finish(cpa === 'per-row' ? 'opt1_row' : 'opt1', { ...d, reduction: { ...d.reduction, k: 'carry-save', finalCpa } });
}
