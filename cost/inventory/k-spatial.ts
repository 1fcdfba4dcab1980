// The timing stages of systolic-ws (partial sums chained down k) and adder-tree (a tree over k
// per column), as rtl/model/pe-ws.ts and top-ws.ts build them; their components are read from
// the model (rtl-reading.ts), and so are the depths of the PE and column word trees.
import { movementOf } from '../../ir/index.js';
import { reductionStages } from '../../rtl/model/adder-tree.js';
import { kForm } from '../../rtl/model/pe-ws.js';
import { selectPath, treePath } from '../blocks.js';
import type { PathElement } from '../types.js';
import { controller, operandLines, type Ctx } from './context.js';
import { staged } from './os-family.js';

export function kSpatial(c: Ctx): void {
  const { des, o, R } = c;
  const W = o.wacc;
  // Partial sums chained down the column (systolic-ws) or a tree per column (adder-tree).
  const ws = movementOf(des, 'C') === 'systolic';
  const form = kForm(des);
  const atEdge = (des.encoders[0]?.placement ?? 'pe') !== 'pe';
  const TW = form === 'cpa' ? Math.min(o.wp, W) : W;
  controller(c);
  const front = selectPath(o, !atEdge);
  if (reductionStages(des) > 0) {
    registerLevels(c, front);
    return;
  }
  // 3:2 rows inside the PE: its product tree, and for the carry-save forms the 4:2 into the
  // partial sum; then what the column adds below it (at the column CPA's inputs).
  const peLevels = c.rtl.depthIn(`${c.rtl.model.top}_pe`);
  const back: PathElement[] = [];
  // The product's sign also fans out into the upper bits of the next adder, but there it runs
  // beside the low bits' carry chain (synthesis's critical path ends at the product's top bit),
  // unlike the OS accumulator whose restart select loads it further.
  if (form === 'cpa') back.push({ kind: 'cpa', width: TW, what: 'product CPA' });
  if (ws) {
    // Where a partial sum from above has real upper bits (from the third row on: the model's
    // partial-sum adders grow past TW + 1 bits), the carry out of the product's top bit still
    // crosses the W - TW bits above it. The second row's partial sum in is one sign-extended
    // product: its copies are one flip-flop and the adder's top is a sign fix.
    const psAdder = Math.max(
      0,
      ...c.rtl.items.filter((i) => i.block === 'partial-sum adders' && i.component === 'cpa_bit').map((i) => i.perUnit),
    );
    const realUpper = psAdder > TW + 1;
    if (form === 'cpa') back.push({ kind: 'cpa', width: W, what: 'partial-sum adder', ...(realUpper ? { chainedTail: W - TW + 1 } : {}) });
    staged(c, front, treePath(peLevels, 'PE compressor'), back, form === 'cpa' ? 'product + partial sum' : 'compress into the partial sum');
    // Bottom of each column: resolve to binary (combinational), from the last PE's registers.
    if (form !== 'cpa') {
      c.stages.push({
        name: 'column bottom',
        path: [...treePath(c.rtl.depthInto('u_col_cpa0'), 'column combine'), { kind: 'cpa', width: W, what: 'column CPA' }],
      });
    }
    return;
  }
  if (form === 'cpa') {
    // A binary tree of CPAs over sign-extended products: above the operands' width the sum bits
    // are copies of one sign, so level l adds TW + l bits.
    let lvl = 0;
    for (let n = R; n > 1; n = Math.ceil(n / 2)) {
      lvl++;
      back.push({ kind: 'cpa', width: Math.min(W, TW + lvl), what: `column adder level ${lvl}` });
    }
    staged(c, front, treePath(peLevels, 'product tree'), back, 'products + column adder tree');
    return;
  }
  // Carry-save forms: the PE trees and the column tree are one word tree into the column CPA.
  staged(
    c,
    front,
    treePath(c.rtl.depthInto('u_col_cpa0'), 'PE and column trees'),
    [{ kind: 'cpa', width: W, what: 'column CPA' }],
    'column tree + CPA',
  );
}

/**
 * The pipelined k trees (rtl/model/adder-tree.ts): their register levels are wherever the
 * model's builder placed them, so the paths are the model's own register-to-register chains of
 * selectors, 3:2 rows and CPAs (rtl-reading.ts segments), each chain that starts at the
 * partial-product selectors behind the digit encoder and the operand's broadcast line.
 */
function registerLevels(c: Ctx, front: PathElement[]): void {
  const line = operandLines(c).A;
  const entry = c.des.pipeline.includes('operands');
  const lineEl: PathElement[] = line > 0 ? [{ kind: 'fanout', loads: line, what: 'broadcast operand line' }] : [];
  if (entry && line > 0) c.stages.push({ name: 'operand entry', path: lineEl });
  for (const sg of c.rtl.segments) {
    const i = sg.path.findIndex((e) => e.kind === 'component' && (e.component === 'booth_sel' || e.component === 'and2'));
    const path = i < 0 ? [...sg.path] : [...(entry ? [] : lineEl), ...front, ...sg.path.slice(i + 1)];
    if (path.some((e) => e.kind !== 'fanout')) c.stages.push({ name: `into the ${sg.into}`, path });
  }
}
