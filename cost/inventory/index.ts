// The component inventory of a design, counted from the IR: per PE, per edge, per array, by the
// entry of its architecture (cost/architectures.ts). Arithmetic counts (adders of each tree,
// selector bits) are computed by pure functions (cost/word-tree.ts).
import { arrayShape, lanesPerPe, type Design } from '../../ir/index.js';
import { COST_ARCHITECTURES } from '../architectures.js';
import { operands } from '../blocks.js';
import type { Inventory } from '../types.js';
import { BitPool } from '../word-tree.js';
import type { Ctx } from './context.js';

export function inventory(des: Design): Inventory {
  const s = arrayShape(des);
  const o = operands(des);
  const lanes = lanesPerPe(des);
  const c: Ctx = { des, o, R: s.rows, C: s.cols, Kp: lanes, pes: s.rows * s.cols, items: [], stages: [], notes: [], pool: new BitPool() };
  COST_ARCHITECTURES[des.architecture].count(c);
  return { design: des.name, pes: c.pes, macsPerCycle: c.pes * lanes, items: c.items, stages: c.stages, notes: c.notes };
}
