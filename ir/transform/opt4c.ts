// OPT4C, hoisting shared logic: the encoder, the sparse encoder and the candidate
// partial-product generator move out of the PEs to the array edge, one per column (or row) of
// PEs that share the encoded operand A[m][k], i.e. along the loop A does not index (n).
import type { Result } from '../diagnostic.js';
import { arrayShape } from '../derive.js';
import type { Design } from '../types.js';
import { finish, notApplicable } from './common.js';

export function opt4c(d: Design): Result<Design> {
  if (!d.sparse)
    return notApplicable(
      'opt4c',
      d,
      'it hoists the sparse encoder, so it needs a design with group sparsity (OPT3)',
      'apply opt3 first: --apply opt3,opt4c',
    );
  const enc = d.encoders[0];
  if (enc.placement !== 'pe')
    return notApplicable(
      'opt4c',
      d,
      `the encoder already sits ${enc.placement === 'group' ? 'per PE group' : `per ${enc.placement}`} (hoisted)`,
    );
  // PEs sharing A[m][k] differ only in n: they form a column when m indexes columns.
  const s = arrayShape(d);
  const mIdx = s.colVar === 'm' ? 'column' : s.rowVar === 'm' ? 'row' : undefined;
  if (!mIdx) return notApplicable('opt4c', d, 'm is not a spatial loop of the array, so no PEs share an encoded A');
  return finish('opt4c', { ...d, encoders: [{ ...enc, placement: mIdx }, ...d.encoders.slice(1)] });
}
