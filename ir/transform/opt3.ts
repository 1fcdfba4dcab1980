// OPT3, bit-weight sparsity: only A is decomposed, in EN-T digits; the j loop is temporal and
// a sparse encoder scans one digit position of a group of k-elements, issuing one nonzero digit
// per cycle. The second operand's digit loop (i) and its encoder go away; PEs sync per group.
import type { Result } from '../diagnostic.js';
import type { Design } from '../types.js';
import { architectureOf } from '../architectures.js';
import { finish, notApplicable } from './common.js';

export function opt3(d: Design, groupSize = 4): Result<Design> {
  if (!architectureOf(d).optimizations.includes('opt3'))
    return notApplicable(
      'opt3',
      d,
      `OPT3 makes the digit loop temporal and skips zero digits, which is a bit-slice design; ${d.name} is ${d.architecture}`,
      'start from a bitslice baseline (examples/bitslice.tpe)',
    );
  if (d.sparse) return notApplicable('opt3', d, 'the design already skips zero digits by groups (OPT3 is applied)');
  if (!Number.isSafeInteger(groupSize) || groupSize < 1)
    return notApplicable('opt3', d, `the group size must be a positive integer, got ${groupSize}`, 'e.g. --group 4');
  const j = d.loops.find((l) => l.var === 'j');
  if (!j) return notApplicable('opt3', d, 'there is no bit-weight loop j');
  const enc = d.encoders[0];
  return finish('opt3', {
    ...d,
    encoders: [{ ...enc, scheme: 'ent' }],
    loops: d.loops
      .filter((l) => l.var !== 'i')
      .map((l) => (l.var === 'j' ? { var: 'j', mapping: 'temporal', skipZeros: true, span: l.span } : l)),
    sparse: { groupSize, span: j.span },
  });
}
