// systolic-ws (partial sums chained down k) and adder-tree (a tree over k per column), counted
// as rtl/model/pe-ws.ts and top-ws.ts build them: a stationary weight tile loaded through an
// enabled shift chain, the PE's product in the design's k form (binary, carry-save pair, or
// per-bit-weight partial products for OPT2), and the column resolution at the bottom.
import { reductionStages } from '../../rtl/model/adder-tree.js';
import { pipelinedAdderTree } from './adder-tree.js';
import { movementOf } from '../../ir/index.js';
import { kForm, perJWidths } from '../../rtl/model/pe-ws.js';
import { adderItems, cpaItem, encoderComponent, productVecs, regItem, selectorComponent, selectPath, treeOf, treePath } from '../blocks.js';
import type { PathElement } from '../types.js';
import { BitPool, freshVec, ppRow, zeros, type Vec } from '../word-tree.js';
import { controller, operandCopies, stageCount, type Ctx } from './context.js';
import { staged } from './os-family.js';

export function kSpatial(c: Ctx): void {
  // Adder trees with register levels in the k tree: read from the RTL model (adder-tree.ts).
  if (reductionStages(c.des) > 0) { pipelinedAdderTree(c); return; }
  const { des, o, R, C } = c;
  const W = o.wacc;
  // Partial sums chained down the column (systolic-ws) or a tree per column (adder-tree).
  const ws = movementOf(des, 'C') === 'systolic';
  const form = kForm(des);
  const atEdge = (des.encoders[0]?.placement ?? 'pe') !== 'pe';
  const aw = atEdge ? 3 * o.d : o.wa;
  const enc = encoderComponent(o.scheme);
  const sel = selectorComponent(o.scheme);
  const P = des.pipeline.length;
  controller(c);
  c.items.push(cpaItem('controller', 32, 1, 'array', 'weight-row index (last - cnt)'));
  c.items.push(regItem('controller', 2, 1, 'array', 'pipeline', 'phase'));
  // Weight tile: a shift chain down each column, enabled while loading.
  c.items.push(regItem('B weight registers', o.wb, c.pes, 'pe', 'weight', 'stationary; shifted in while loading'));
  c.items.push({ block: 'B weight registers enable', component: 'mux2', perUnit: o.wb, units: c.pes, scope: 'pe', note: 'hold outside the load phase' });
  if (enc && atEdge) c.items.push({ block: 'digit encoders', component: enc, perUnit: o.d, units: R, scope: 'row-edge', note: `shared by the ${C} PEs of a row` });
  if (enc && !atEdge) c.items.push({ block: 'digit encoders', component: enc, perUnit: o.d, units: operandCopies(c, 'A'), scope: 'pe', ...(operandCopies(c, 'A') < c.pes ? { note: 'one copy per broadcast line survives synthesis' } : {}) });
  if (ws) {
    const skew = (R * (R - 1)) / 2;
    if (skew) c.items.push(regItem('A skew registers', aw, skew, 'row-edge', 'skew', 'row r enters r cycles late'));
    if (C > 1) c.items.push(regItem('A systolic registers', aw, R * (C - 1), 'pe', 'operand', 'A moves along n'));
    c.items.push(regItem('valid flags', R - 1 + C - 1 + C * (P + 1), 1, 'array', 'pipeline'));
  } else {
    c.items.push(regItem('valid flags', P + 1, 1, 'array', 'pipeline'));
  }
  const nOp = stageCount(des, 'operands');
  const nPp = stageCount(des, 'partial-products');
  const nTree = stageCount(des, 'tree');
  if (nOp) c.items.push(regItem('pipeline (operands)', nOp * aw, c.pes, 'pe', 'pipeline'));
  // The PE's product.
  const pool = c.pool;
  const before = { fa: pool.fa, ha: pool.ha };
  const front = selectPath(o, !atEdge);
  let selectors = 0;
  let levels = 0;
  const peOut: Vec[] = [];
  const back: PathElement[] = [];
  const TW = form === 'cpa' ? Math.min(o.wp, W) : W;
  if (form === 'perj') {
    for (const [j, w] of perJWidths(c.des).entries()) {
      const r = ppRow(pool, w, o.wb, 0);
      selectors += r.selectors;
      peOut.push(r.row);
      void j;
    }
    if (nPp) c.items.push(regItem('pipeline (partial products)', nPp * (perJWidths(c.des).reduce((a, b) => a + b, 0) + perJWidths(c.des).length), c.pes, 'pe', 'pipeline'));
  } else {
    const pv = productVecs(pool, o, TW);
    selectors = pv.selectors;
    if (nPp) c.items.push(regItem('pipeline (partial products)', nPp * pv.vecs.length * TW, c.pes, 'pe', 'pipeline'));
    const t = treeOf(pool, pv.vecs);
    levels = t.levels;
    if (nTree) c.items.push(regItem('pipeline (tree)', nTree * 2 * TW, c.pes, 'pe', 'pipeline'));
    peOut.push(t.s, t.c);
    if (form === 'cpa') {
      c.items.push(cpaItem('product CPAs', TW, c.pes, 'pe'));
      // The product's sign also fans out into the upper bits of the next adder, but there it runs
      // beside the low bits' carry chain (synthesis's critical path ends at the product's top
      // bit), unlike the OS accumulator whose restart select loads it further.
      back.push({ kind: 'cpa', width: TW, what: 'product CPA' });
    }
  }
  c.items.push({ block: 'partial-product selectors', component: sel, perUnit: selectors, units: c.pes, scope: 'pe', note: form === 'perj' ? 'one row per digit weight, narrowed by its shift' : `${TW}-bit rows (sign bits shared)` });
  if (ws) {
    // Add into the partial sum from above and register it. A column of R PEs is simulated bit by
    // bit: registers whose inputs are the same signal are one register (synthesis merges them,
    // which happens to the repeated sign-extension bits of the partial sums), constant-zero bits
    // are none.
    // (carry-save form: the product trees are counted with the column below, where their
    // outputs meet the partial sums)
    if (form !== 'cs') c.items.push(...adderItems('PE product trees', pool, before, c.pes, 'pe', `product tree, ${levels} levels`));
    const cp = new BitPool();
    const regs = new Map<number, number>();
    const reg = (v: Vec): Vec => v.map((b) => { if (b === 0) return 0; let q = regs.get(b); if (q === undefined) { q = cp.fresh(); regs.set(b, q); } return q; });
    const widths = form === 'perj' ? perJWidths(c.des) : [W];
    let above: Vec[] = widths.flatMap((w) => [zeros(w), zeros(w)]);
    let cpaBits = 0;
    // Does some partial-sum adder take a partial sum whose bits above TW are distinct signals?
    let realUpper = false;
    for (let r = 0; r < R; r++) {
      if (form === 'cpa') {
        // The product (a fresh binary word; its sign repeats above TW) plus the partial sum.
        const prod = freshVec(cp, TW);
        const px = [...prod, ...new Array<number>(W - TW).fill(prod[TW - 1])];
        const adds = !above[0].every((b) => b === 0);
        if (adds && new Set(above[0].slice(TW)).size > 1) realUpper = true;
        const sum = adds ? freshVec(cp, W) : px;
        if (adds) cpaBits += W;
        above = [reg(sum), zeros(W)];
      } else if (form === 'cs') {
        const pv = productVecs(cp, o, W);
        const t = treeOf(cp, pv.vecs);
        const u = treeOf(cp, [above[0], above[1], t.s, t.c]);
        above = [reg(u.s), reg(u.c)];
      } else {
        const next: Vec[] = [];
        widths.forEach((w, j) => {
          const pp = ppRow(cp, w, o.wb, 0).row;
          const neg = zeros(w);
          neg[0] = cp.fresh();
          const u = treeOf(cp, [above[2 * j], above[2 * j + 1], pp, neg]);
          next.push(reg(u.s), reg(u.c));
        });
        above = next;
      }
    }
    const perCol = (n: number) => n / R;
    if (form === 'cpa') c.items.push(cpaItem('partial-sum adders', Math.round(perCol(cpaBits)), c.pes, 'pe', `${W}-bit, none in the first row (its partial sum in is zero)`));
    else c.items.push(...adderItems(form === 'cs' ? 'PE trees (product + partial sum)' : 'partial-sum compressors', cp, { fa: 0, ha: 0 }, C, 'column-edge', `the ${R} PEs of a column${form === 'cs' ? ': product tree and 4:2 into the partial sum' : ': 4:2 per weight into the partial sums'}`));
    c.items.push(regItem('partial-sum registers', regs.size, C, 'column-edge', 'partial-sum', `${R} PEs of a column; registers with the same input merged`));
    // Where a partial sum from above has real upper bits (distinct flip-flops: from the third row
    // on), the carry out of the product's top bit still crosses the W - TW bits above it. The
    // second row's partial sum in is one sign-extended product: its copies are one merged
    // flip-flop and the adder's top is a sign fix (the overlap model holds).
    if (form === 'cpa') back.push({ kind: 'cpa', width: W, what: 'partial-sum adder', ...(realUpper ? { chainedTail: W - TW + 1 } : {}) });
    const addLevels = form === 'cpa' ? 0 : 2;
    staged(c, front, treePath(levels + addLevels, 'PE compressor'), back, form === 'cpa' ? 'product + partial sum' : 'compress into the partial sum');
    // Bottom of each column: resolve to binary (combinational), from the last PE's registers
    // (their merged sign bits stay merged).
    if (form !== 'cpa') {
      const b0 = { fa: cp.fa, ha: cp.ha };
      const vecs: Vec[] = form === 'cs' ? above : above.map((v) => lift(v, W));
      const t = vecs.length > 2 ? treeOf(cp, vecs) : { levels: 0 };
      c.items.push(...adderItems('column combine trees', cp, b0, C, 'column-edge', 'per-weight partial sums combined'));
      c.items.push(cpaItem('column CPA', W, C, 'column-edge'));
      c.stages.push({ name: 'column bottom', path: [...treePath(t.levels, 'column combine'), { kind: 'cpa', width: W, what: 'column CPA' }] });
    }
    return;
  }
  // Adder tree: the column reduces the R PEs' products.
  c.items.push(regItem('column result registers', W, C, 'column-edge', 'result'));
  if (form === 'cpa') {
    c.items.push(...adderItems('PE product trees', pool, before, c.pes, 'pe', `product tree, ${levels} levels`));
    // A binary tree of CPAs over sign-extended products: above the operands' width the sum bits
    // are copies of one sign (synthesis merges them), so level l adds TW + l + 1 bits.
    let n = R;
    let lvl = 0;
    let bits = 0;
    while (n > 1) {
      lvl++;
      bits += Math.floor(n / 2) * Math.min(W, TW + lvl);
      n = Math.ceil(n / 2);
      back.push({ kind: 'cpa', width: Math.min(W, TW + lvl), what: `column adder level ${lvl}` });
    }
    c.items.push(cpaItem('column adder trees', bits, C, 'column-edge', `${R - 1} CPAs per column, ${TW + 1}..${Math.min(W, TW + lvl)} bits wide`));
    staged(c, front, treePath(levels, 'product tree'), back, 'products + column adder tree');
    return;
  }
  // Carry-save forms: a column of R PEs simulated bit by bit, so sign bits the PEs repeat stay
  // shared in the column tree.
  const cp = new BitPool();
  let colLevels: number;
  let peFa = 0;
  let peHa = 0;
  if (form === 'cs') {
    const vecs: Vec[] = [];
    for (let r = 0; r < R; r++) {
      const pv = productVecs(cp, o, W);
      const t = treeOf(cp, pv.vecs);
      vecs.push(t.s, t.c);
    }
    peFa = cp.fa;
    peHa = cp.ha;
    colLevels = treeOf(cp, vecs).levels;
  } else {
    const vecs: Vec[] = [];
    let l1 = 0;
    for (const w of perJWidths(c.des)) {
      const col: Vec[] = [];
      for (let r = 0; r < R; r++) col.push(ppRow(cp, w, o.wb, 0).row);
      for (let r = 0; r < R; r++) { const n = zeros(w); n[0] = cp.fresh(); col.push(n); }
      const t = treeOf(cp, col);
      l1 = Math.max(l1, t.levels);
      vecs.push(lift(t.s, W));
      if (t.c.some((b) => b !== 0)) vecs.push(lift(t.c, W));
    }
    colLevels = l1 + treeOf(cp, vecs).levels;
  }
  if (peFa) c.items.push({ block: 'PE product trees', component: 'fa', perUnit: peFa, units: C, scope: 'column-edge', note: `the ${R} PEs of a column, ${levels} levels` });
  if (peHa) c.items.push({ block: 'PE product trees', component: 'ha', perUnit: peHa, units: C, scope: 'column-edge' });
  c.items.push(...adderItems('column compressor trees', cp, { fa: peFa, ha: peHa }, C, 'column-edge', `${R} products per column, ${colLevels} levels`));
  c.items.push(cpaItem('column CPA', W, C, 'column-edge'));
  staged(c, front, treePath(levels + colLevels, 'PE and column trees'), [{ kind: 'cpa', width: W, what: 'column CPA' }], 'column tree + CPA');
}

/** `{v, sh'b0}` at width W: v shifted up to the top of the word. */
function lift(v: Vec, W: number): Vec {
  return [...new Array<number>(W - v.length).fill(0), ...v];
}
