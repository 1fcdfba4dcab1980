// The component inventory of a design: per PE, per edge, per array, by the entry of its
// architecture (cost/architectures.ts), from the RTL model `tpe emit` builds (rtl-reading.ts
// reads its adders and selectors; the rest is counted as the model's builders lay it out).
import { arrayShape, lanesPerPe, type Design } from '../../ir/index.js';
import { COST_ARCHITECTURES } from '../architectures.js';
import { operands } from '../blocks.js';
import type { Inventory } from '../types.js';
import { BitPool } from '../word-tree.js';
import type { Ctx } from './context.js';
import { designReading } from './rtl-reading.js';

/** The inventory of a design the RTL templates cover (estimate() checks that first). */
export function inventory(des: Design): Inventory {
  const rtl = designReading(des);
  if (!rtl.value) throw new Error(`inventory: ${rtl.diagnostics.map((x) => x.message).join('; ')}`);
  const s = arrayShape(des);
  const o = operands(des);
  const lanes = lanesPerPe(des);
  const c: Ctx = { des, o, R: s.rows, C: s.cols, Kp: lanes, pes: s.rows * s.cols, items: [], stages: [], notes: [], pool: new BitPool(), rtl: rtl.value };
  COST_ARCHITECTURES[des.architecture].count(c);
  return { design: des.name, pes: c.pes, macsPerCycle: c.pes * lanes, items: c.items, stages: c.stages, notes: c.notes };
}
