// OPT4E, PE groups along k: the temporal k loop becomes a spatial k of E lanes inside each PE
// (a group sharing one wider compressor and one accumulator); each lane takes its own group of
// k-elements, so E groups are consumed per step.
import type { Result } from '../diagnostic.js';
import type { Design, Loop } from '../types.js';
import { finish, kLoop, notApplicable } from './common.js';

export function opt4e(d: Design, group = 2): Result<Design> {
  if (!d.sparse)
    return notApplicable(
      'opt4e',
      d,
      'PE groups share a sparse encoder per lane, so it needs group sparsity (OPT3)',
      'apply opt3 first: --apply opt3,opt4e',
    );
  if (d.peGroup !== undefined) return notApplicable('opt4e', d, `the PEs are already grouped along k (group of ${d.peGroup})`);
  if (!Number.isSafeInteger(group) || group < 2)
    return notApplicable('opt4e', d, `a PE group needs at least 2 lanes, got ${group}`, 'e.g. --group 2');
  const k = kLoop(d);
  if (!k || k.mapping !== 'temporal') return notApplicable('opt4e', d, 'k must be the temporal loop the group unrolls');
  const rest = d.loops.filter((l) => l.var !== 'k');
  const at = rest.findIndex((l) => l.var === 'j' || l.var === 'i');
  const spatialK: Loop = { var: 'k', mapping: 'spatial', size: group, span: k.span };
  const loops = at < 0 ? [...rest, spatialK] : [...rest.slice(0, at), spatialK, ...rest.slice(at)];
  return finish('opt4e', { ...d, loops, peGroup: group });
}
