// OPT2, same-bit-weight compression: interchange the reduction order of k and j where k is
// spatial. Partial products of equal weight are compressed across k by narrow trees, the
// weights are combined once, and one CPA per output resolves the result. The encoded operand
// is shared along the row, so its encoder moves out of the PEs to one per row.
import type { Result } from '../diagnostic.js';
import type { Design } from '../types.js';
import { architectureOf } from '../architectures.js';
import { cStationary, finish, kLoop, notApplicable } from './common.js';

export function opt2(d: Design): Result<Design> {
  const def = architectureOf(d);
  if (def.family === 'bit-slice')
    return notApplicable(
      'opt2',
      d,
      'bit-slice designs step through digits over time; there is no spatial tree of partial products to reorder',
      'use opt3 / opt4c / opt4e',
    );
  if (kLoop(d)?.mapping !== 'spatial')
    return notApplicable(
      'opt2',
      d,
      `k is temporal on ${d.architecture}, so there are no partial products of equal weight across k to compress together`,
      'OPT2 applies to a spatial k (systolic-ws, cube, adder-tree); use opt1 here',
    );
  if (!def.optimizations.includes('opt2'))
    return notApplicable(
      'opt2',
      d,
      `it does not apply to ${d.architecture}`,
      `the passes that do: ${def.optimizations.join(', ') || 'none'}`,
    );
  if (d.reduction.order === 'bitweight-outer')
    return notApplicable('opt2', d, 'the reduction order is already bit-weight outer (OPT2 is applied)');
  // An accumulator held in the PE (or at the end of a k chain, cube-mac) is resolved at drain.
  const finalCpa = cStationary(d) || def.chainAccumulator ? 'per-pe-drain' : 'per-column';
  return finish('opt2', {
    ...d,
    encoders: d.encoders.map((e, i) => (i === 0 ? { ...e, placement: 'row' } : e)),
    reduction: { ...d.reduction, k: 'carry-save', order: 'bitweight-outer', finalCpa },
  });
}
