// The component inventory of a design, counted from the IR: per PE, per edge, per array.
// Arithmetic counts (adders of each tree, selector bits) are computed here by pure functions
// (cost/word-tree.ts); the simulator exports no structural counts to reuse.
import { arrayShape, type Design } from '../../ir/index.js';
import { operands } from '../blocks.js';
import type { Inventory } from '../types.js';
import { BitPool } from '../word-tree.js';
import { bitslice } from './bitslice.js';
import type { Ctx } from './context.js';
import { kSpatial } from './k-spatial.js';
import { osFamily } from './os-family.js';

export function inventory(des: Design): Inventory {
  const s = arrayShape(des);
  const o = operands(des);
  const Kp = des.architecture === 'cube' ? s.depth : 1;
  const c: Ctx = { des, o, R: s.rows, C: s.cols, Kp, pes: s.rows * s.cols, items: [], stages: [], notes: [], pool: new BitPool() };
  switch (des.architecture) {
    case 'systolic-os':
    case 'matrix2d':
    case 'cube':
      osFamily(c);
      break;
    case 'systolic-ws':
    case 'adder-tree':
      kSpatial(c);
      break;
    case 'bitslice':
      bitslice(c);
      break;
  }
  const lanes = des.architecture === 'bitslice' ? (des.peGroup ?? 1) : Kp;
  return { design: des.name, pes: c.pes, macsPerCycle: c.pes * lanes, items: c.items, stages: c.stages, notes: c.notes };
}
