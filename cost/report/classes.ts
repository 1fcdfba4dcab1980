// Component classes of the area breakdown (the report's bars): encoders, partial-product
// selection, compressor trees, CPAs, registers by role, control. Each inventory item falls in
// exactly one; the block name decides first (a controller's adder is control, not a CPA).
import type { Estimate } from '../estimate.js';
import type { InventoryItem } from '../types.js';

const CONTROL = /controller|counter|sequencer|valid|flags|enable|restart|reset|drain select|zero-skip state|delay line/;
const SELECTION = /select|pick|decoder|term sign|sign split|shift|term weight/;
const ENCODING = /encoder|zero-skip issue/;
const TREES = /tree|4:2|compressor|reduction|negation count|partial-sum compressors/;

export function componentClass(i: Pick<InventoryItem, 'block' | 'component' | 'register'>): string {
  if (CONTROL.test(i.block)) return 'control';
  if (i.component === 'dff') {
    const role = i.register === 'accumulator-sum' || i.register === 'accumulator-carry' ? 'accumulator' : (i.register ?? 'other');
    return `registers: ${role}`;
  }
  if (i.component === 'booth_enc' || i.component === 'ent_enc' || i.component === 'sparse_enc' || ENCODING.test(i.block)) return 'encoders';
  if (i.component === 'booth_sel' || SELECTION.test(i.block)) return 'partial-product selection';
  if (i.component === 'cpa_bit') return 'CPAs';
  if (i.component === 'fa' || i.component === 'ha' || TREES.test(i.block)) return 'compressor trees';
  // The select in front of an accumulator register: its restart (a tile's first step).
  if (/accumulator/.test(i.block)) return 'control';
  return 'other logic';
}

/** Area by component class, largest first (ties by name), summing the estimate's lines. */
export function areaByClass(e: Estimate): [string, number][] {
  const m = new Map<string, number>();
  e.area.lines.forEach((l, k) => {
    const item = e.inventory.items[k];
    const c = componentClass(item ?? { block: l.block, component: l.component });
    m.set(c, (m.get(c) ?? 0) + l.area);
  });
  return [...m].map(([c, a]): [string, number] => [c, Math.round(a * 100) / 100]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
