// The output-stationary family (ir/architectures.ts): the accumulating MAC PE of
// rtl/model/pe-mac.ts and the array top of rtl/model/top-os.ts. The PE's compressor adders,
// partial-product selectors and tree depth are read from the RTL model itself
// (rtl-reading.ts); registers, CPAs and the edge logic are counted here as top-os builds them.
import { movementOf } from '../../ir/index.js';
import { clog2, cpaItem, encoderComponent, readAdderItems, regItem, selectorComponent, selectPath, treePath } from '../blocks.js';
import type { PathElement } from '../types.js';
import { accRegister, controlFanoutStage, controller, flagRegisters, operandCopies, operandLines, stageCount, type Ctx } from './context.js';

export function osFamily(c: Ctx): void {
  const { des, o, R, C, Kp } = c;
  const systolic = movementOf(des, 'A') === 'systolic';
  const atEdge = (des.encoders[0]?.placement ?? 'pe') !== 'pe';
  const aw = atEdge ? 3 * o.d : o.wa;
  const W = o.wacc;
  const enc = encoderComponent(o.scheme);
  const nOp = stageCount(des, 'operands');
  const nPp = stageCount(des, 'partial-products');
  const nTree = stageCount(des, 'tree');
  const P = des.pipeline.length;
  const perRow = des.reduction.finalCpa === 'per-row';
  const perPe = des.reduction.finalCpa === 'per-pe-drain';
  controller(c);
  // Edge encoders (shared along a row), skew and inter-PE registers.
  if (enc && atEdge) c.items.push({ block: 'digit encoders', component: enc, perUnit: o.d * Kp, units: R, scope: 'row-edge', note: `shared by the ${C} PEs of a row` });
  if (systolic) {
    const skewA = (R * (R - 1)) / 2;
    const skewB = (C * (C - 1)) / 2;
    if (skewA) c.items.push(regItem('A skew registers', Kp * aw + 2, skewA, 'row-edge', 'skew', 'row r enters r cycles late (with its flags)'));
    if (skewB) c.items.push(regItem('B skew registers', Kp * o.wb, skewB, 'column-edge', 'skew'));
    if (R > 1) c.items.push(regItem('B systolic registers', Kp * o.wb, (R - 1) * C, 'pe', 'operand', 'B moves down a column'));
    if (C > 1) c.items.push(regItem('A systolic registers (+flags)', Kp * aw + 2, R * (C - 1), 'pe', 'operand', 'A and the flags move along a row'));
  }
  const lat = (systolic ? R - 1 + C - 1 : 0) + P + 1 + (perPe ? 1 : 0);
  c.items.push(regItem('result-valid delay line', lat, 1, 'array', 'pipeline'));
  // The PE.
  if (nOp) c.items.push(regItem('pipeline (operands)', nOp * Kp * (aw + o.wb), c.pes, 'pe', 'pipeline'));
  if (enc && !atEdge) c.items.push({ block: 'digit encoders', component: enc, perUnit: o.d * Kp, units: operandCopies(c, 'A'), scope: 'pe', note: `${o.d} digits x ${Kp} lane(s)${operandCopies(c, 'A') < c.pes ? '; one copy per broadcast line survives synthesis' : ''}` });
  const sel = selectorComponent(o.scheme);
  const front = selectPath(o, !atEdge);
  // The PE as the RTL model builds it, read bit by bit.
  const pe = c.rtl.pe;
  let flagStages = nOp + nPp + nTree;
  if (des.reduction.k !== 'carry-save') {
    const TW = Math.min(o.wp, W);
    const selectors = pe.selectors;
    const back: PathElement[] = [];
    const levels = pe.depth;
    c.items.push({ block: 'partial-product selectors', component: sel, perUnit: selectors, units: c.pes, scope: 'pe', note: `${o.d} rows per product, ${TW}-bit rows (sign bits shared)` });
    if (nPp) c.items.push(regItem('pipeline (partial products)', nPp * Kp * (o.d + 1) * TW, c.pes, 'pe', 'pipeline'));
    c.items.push(...readAdderItems('product trees', pe, c.pes, 'pe', `4:2/3:2 word tree per product, ${levels} levels`));
    if (nTree) c.items.push(regItem('pipeline (tree)', nTree * Kp * 2 * TW, c.pes, 'pe', 'pipeline'));
    c.items.push(cpaItem('product CPAs', TW * Kp, c.pes, 'pe', `${Kp} x ${TW}-bit`));
    back.push({ kind: 'cpa', width: TW, what: 'product CPA' });
    // Kp > 1 (cube): a binary tree of CPAs over the sign-extended products; above the operands'
    // width their sum bits are copies of one sign (synthesis merges them), so level l adds
    // TW + l bits.
    let wTop = TW;
    if (Kp > 1) {
      let n = Kp;
      let bits = 0;
      while (n > 1) {
        wTop = Math.min(W, wTop + 1);
        bits += Math.floor(n / 2) * wTop;
        n = Math.ceil(n / 2);
        back.push({ kind: 'cpa', width: wTop, what: `product adder level ${wTop - TW}` });
      }
      c.items.push(cpaItem('product adder tree', bits, c.pes, 'pe', `${Kp - 1} CPAs, ${TW + 1}..${wTop} bits wide`));
    }
    // The sum's sign bit extends into every upper bit of the accumulator adder (propagate and
    // generate) and of the restart select.
    if (W > wTop) back.push({ kind: 'fanout', loads: 3 * (W - wTop), what: 'product sign extension into the accumulator adder and restart select' });
    c.items.push(cpaItem('accumulator adder', W, c.pes, 'pe'));
    // Above the product's width the adder adds the all-sign word plus the low bits' carry:
    // acc + cin (sign 0) or acc - 1 + cin (sign 1). The carries of those upper bits are prefix
    // ANDs of the accumulator's own bits (ones for an increment, zeros for a decrement), ready
    // from the register early; the late sign and low carry only select among them: one AO21
    // and the sum XOR after the sign's fan-out (the buffered synthesis paths show this).
    back.push(...(W > wTop
      ? [{ kind: 'component' as const, component: 'ao21' as const, times: 1, what: `accumulator adder, upper ${W - wTop} bits (carry select)` },
        { kind: 'component' as const, component: 'xor2' as const, times: 1, what: 'accumulator sum bit' }]
      : [{ kind: 'cpa' as const, width: W, what: 'accumulator adder' }]),
      { kind: 'component', component: 'mux2', times: 1, what: 'enable select' });
    accRegister(c, 'accumulator', W, c.pes, 'pe', 'accumulator');
    flagRegisters(c, flagStages);
    staged(c, front, treePath(levels, 'product tree'), back, 'product CPA + accumulate', undefined, front.length - 1);
    controlFanoutStage(c, (systolic ? 1 : c.pes) * W + (systolic ? 1 : R), [{ kind: 'cpa', width: W, what: 'accumulator adder' }]);
  } else {
    const selectors = pe.selectors;
    // The word tree, then the 4:2 into the sum/carry accumulator registers (its last two rows).
    const levels = pe.depth - 2;
    if (nPp && des.reduction.order !== 'bitweight-outer') c.items.push(regItem('pipeline (partial products)', nPp * Kp * (rowsBelow(o, W) + 1) * W, c.pes, 'pe', 'pipeline'));
    c.items.push({ block: 'partial-product selectors', component: sel, perUnit: selectors, units: c.pes, scope: 'pe', note: `${o.d} rows x ${Kp} lane(s), ${W}-bit rows (sign bits shared)` });
    if (nTree) c.items.push(regItem('pipeline (tree)', nTree * 2 * W, c.pes, 'pe', 'pipeline'));
    c.items.push(...readAdderItems('compressor tree + carry-save accumulator', pe, c.pes, 'pe', `word tree, ${levels} levels, then a ${W}-bit 4:2 into sum/carry`));
    accRegister(c, 'accumulator (sum)', W, c.pes, 'pe', 'accumulator-sum');
    accRegister(c, 'accumulator (carry)', W, c.pes, 'pe', 'accumulator-carry');
    flagRegisters(c, flagStages);
    staged(c, front, treePath(levels + 2, 'compressor tree + 4:2 accumulate'), [{ kind: 'component', component: 'mux2', times: 1, what: 'enable select' }], 'compress + accumulate', undefined, front.length - 1);
    controlFanoutStage(c, (systolic ? 1 : c.pes) * 2 * W + (systolic ? 1 : R), treePath(2, '4:2 into the accumulator'));
    if (perPe) {
      c.items.push(cpaItem('drain CPA', W, c.pes, 'pe', 'resolves sum + carry after the last step'));
      c.items.push(regItem('result register', W, c.pes, 'pe', 'result'));
      c.stages.push({ name: 'drain CPA', path: [{ kind: 'cpa', width: W, what: 'drain CPA' }] });
    }
    if (perRow) {
      const sw = clog2(C);
      c.items.push({ block: 'row drain select', component: 'mux2', perUnit: 2 * W * Math.max(0, C - 1), units: R, scope: 'row-edge', note: `one of ${C} (sum, carry) pairs per cycle` });
      c.items.push(cpaItem('row CPA', W, R, 'row-edge'));
      c.items.push(regItem('row result register', W, R, 'row-edge', 'result'));
      c.items.push(regItem('drain sequencer', sw + 2, 1, 'array', 'pipeline', 'column counter, active and valid flags'));
      c.items.push({ block: 'drain sequencer', component: 'ha', perUnit: sw, units: 1, scope: 'array' });
      c.stages.push({ name: 'row drain', path: [
        { kind: 'fanout', loads: 2 * W * R, what: 'column select to every row mux' },
        // The RTL writes a chain of `sel == c ?` but the compares are exclusive: synthesis
        // builds a one-hot AND-OR (4-input AND-OR cells), not a priority chain.
        C <= 2
          ? { kind: 'component', component: 'mux2', times: 1, what: '2:1 select' }
          : { kind: 'component', component: 'nand2', times: 1 + Math.ceil(clog2(C) / 2), what: `${C}:1 one-hot AND-OR select` },
        { kind: 'cpa', width: W, what: 'row CPA' },
      ] });
    }
  }
}

/** Partial-product rows of one product that survive below 2^w (digit j weighs 2^(j*shift)). */
function rowsBelow(o: Ctx['o'], w: number): number {
  let n = 0;
  for (let j = 0; j < o.d && j * o.shift < w; j++) n++;
  return n;
}

/** Splits operand-to-accumulator logic at the design's pipeline registers into stages. */
export function staged(c: Ctx, front: PathElement[], tree: PathElement[], back: PathElement[], backName: string, lineLoads?: number, bJoin?: number): void {
  const p = c.des.pipeline;
  const lines = operandLines(c);
  // With bJoin (the index in `front` where B meets the path: its selectors), A's line leads
  // into the encoder while B's line runs in parallel with it: two paths, each with its own line.
  const split = lineLoads === undefined && bJoin !== undefined;
  const cut = (bl: number, head: PathElement[], suffix: string) => {
    const segs: { name: string; path: PathElement[] }[] = [];
    let cur: PathElement[] = bl > 0 ? [{ kind: 'fanout', loads: bl, what: suffix ? 'B broadcast line' : 'broadcast operand line' }] : [];
    if (p.includes('operands')) { segs.push({ name: 'operand entry', path: cur }); cur = []; }
    cur.push(...head);
    if (p.includes('partial-products')) { segs.push({ name: 'encode + select', path: cur }); cur = []; }
    cur.push(...tree);
    if (p.includes('tree')) { segs.push({ name: 'compressor tree', path: cur }); cur = []; }
    cur.push(...back);
    segs.push({ name: backName, path: cur });
    return segs.map((sg) => ({ name: sg.name + suffix, path: sg.path }));
  };
  for (const s of cut(lineLoads ?? (split ? lines.A : Math.max(lines.A, lines.B)), front, '')) if (s.path.length) c.stages.push(s);
  if (split && lines.B > 0) {
    // Only B's first segment differs from the main path's.
    const [first] = cut(lines.B, front.slice(bJoin), ' (B line)');
    if (first.path.length) c.stages.push(first);
  }
}
