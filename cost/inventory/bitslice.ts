// Bit-slice engines as rtl/model/bitslice.ts and sparse.ts build them. Baseline: both operands
// as digits; each PE picks its ci-th / cj-th nonzero digit (prefix counts and compares), and the
// term (a power of two: digits are 0, ±1, ±2) is a one-hot word from a decoder. OPT3/OPT4C/OPT4E:
// a zero-skip encoder (in the PE, or per column for OPT4C) issues one nonzero A digit per cycle
// with the k-element it belongs to; the PE selects that element's B, forms 0/B/2B, shifts it by
// the digit's weight. Every term, its negation bit and the carry-save accumulator meet in one
// word tree; the accumulator has enable and restart; a drain CPA and result register follow.
import { arrayShape, zeroSkipping } from '../../ir/index.js';
import { adderItems, clog2, cpaItem, encoderComponent, regItem, treeOf, treePath } from '../blocks.js';
import type { InventoryItem, PathElement, Scope } from '../types.js';
import { freshVec, zeros, type Vec } from '../word-tree.js';
import { accRegister, controlFanoutStage, controller, operandCopies, operandLines, stageCount, type Ctx } from './context.js';
import { pipelinedSparse } from './sparse-pipelined.js';
import { staged } from './os-family.js';

export function bitslice(c: Ctx): void {
  // Zero-skip designs with the encoders in a stage of their own: read from the RTL model.
  if (zeroSkipping(c.des) === 'groups' && (stageCount(c.des, 'operands') > 0 || stageCount(c.des, 'partial-products') > 0)) { pipelinedSparse(c); return; }
  const { des, o } = c;
  const W = o.wacc;
  const D = o.d;
  const both = zeroSkipping(des) === 'terms';
  const lanes = c.Kp;
  const g = des.sparse?.groupSize ?? 1;
  const enc = encoderComponent(o.scheme) ?? 'ent_enc';
  const placement = des.encoders[0]?.placement ?? 'pe';
  const inPe = placement === 'pe' || placement === 'group';
  const scope: Scope = inPe ? 'pe' : arrayShape(des).colVar === 'm' ? 'column-edge' : 'row-edge';
  const encUnits = inPe ? c.pes : scope === 'column-edge' ? c.C : c.R;
  controller(c);
  const pool = c.pool;
  const before = { fa: pool.fa, ha: pool.ha };
  const terms: Vec[] = [];
  let front: PathElement[];
  let syncPath: PathElement[] | undefined;
  let lineLoads: number | undefined;
  if (both) {
    // Two encoders per PE; for each operand, D prefix counts (iw-bit adders) and D compares pick
    // the digit; e = weight of both digits (a small adder); a W-output decoder makes the term.
    const iw = clog2(D + 1) + 1;
    const ew = clog2(W + 8) + 1;
    // A's encoder and digit pick depend on A and the global ci only, B's on B and cj: with
    // broadcast operands, synthesis keeps one copy per line (operandCopies).
    const [ca, cb] = [operandCopies(c, 'A'), operandCopies(c, 'B')];
    const perOperand = (block: string, component: InventoryItem['component'], per: number, note: string) => {
      c.items.push({ block, component, perUnit: per, units: ca, scope: 'pe', note: `A: ${note}` });
      c.items.push({ block, component, perUnit: per, units: cb, scope: 'pe', note: `B: ${note}` });
    };
    perOperand('digit encoders', enc, D, `${D} digits${ca < c.pes ? ', one copy per broadcast line' : ''}`);
    c.items.push(regItem('digit index counters', 2 * iw, 1, 'array', 'pipeline', 'ci, cj'));
    // Prefix count i of the nonzero flags is only clog2(i + 1) bits wide (synthesis drops the
    // constant-zero top bits), so its adder and its compare with ci / cj are that narrow; the
    // compare's upper bits reduce to one shared "ci's top bits are zero".
    const sig = (i: number) => (i === 0 ? 0 : clog2(i + 1));
    let pha = 0, pxor = 0, pand = 0;
    for (let i = 0; i < D; i++) { if (i >= 2) pha += sig(i); pxor += sig(i); pand += sig(i) + 1; }
    const pw = clog2(D);
    const sel = iw + (D - 1) + pw * (D - 1) + 3 * D + 3 * (D - 1);
    perOperand('nonzero-digit pick', 'ha', pha, 'prefix counts of nonzero digits');
    perOperand('nonzero-digit pick', 'xor2', pxor, 'compare each prefix count with ci / cj');
    perOperand('nonzero-digit pick', 'nor2', pand + sel, 'match AND trees, hit OR, position and digit select');
    // The term is 2^e with e <= emax: a one-hot of emax + 1 positions, inverted by the sign; the
    // bits above are the sign itself.
    const emax = 2 * ((D - 1) * o.shift + 1);
    const span = Math.min(W, emax + 1);
    c.items.push({ block: 'term weight', component: 'cpa_bit', perUnit: clog2(emax + 1), units: c.pes, scope: 'pe', width: clog2(emax + 1), note: 'e = pos_a * s + pos_b * s + two_a + two_b' });
    c.items.push({ block: 'term decoder', component: 'and2', perUnit: span + 2 * Math.ceil(Math.sqrt(span)), units: c.pes, scope: 'pe', note: `one-hot of ${span} positions (two-level predecode)` });
    c.items.push({ block: 'term sign', component: 'xor2', perUnit: span, units: c.pes, scope: 'pe' });
    // Controller: popcounts of the first row's / column's flags, their maxima, and the ci / cj
    // counters with their end compares.
    c.items.push({ block: 'controller', component: 'fa', perUnit: (c.R + c.C) * Math.max(0, D - 1), units: 1, scope: 'array', note: 'popcounts of the first row / column digit flags' });
    c.items.push({ block: 'controller', component: 'ha', perUnit: (c.R + c.C - 2) * iw + 4 * iw, units: 1, scope: 'array', note: 'maximum compares; ci / cj increment and end compare' });
    c.items.push({ block: 'controller', component: 'mux2', perUnit: (c.R + c.C - 2) * iw + 2 * iw, units: 1, scope: 'array', note: 'maximum selects; ci / cj updates' });
    // The term-pair controller's step: popcount of each edge PE's digit flags, the maximum over
    // the row / column (a balanced tree of compare-and-select, log2 levels), the end compare
    // with ci + 1, then k_end enables the counters.
    const chain = clog2(Math.max(c.R, c.C));
    // Only the edge PEs' flags feed it: the timing-driven buffering taps the broadcast operand
    // lines for those few sinks first, so the lines' buffer trees are off this path.
    syncPath = [
      { kind: 'component', component: enc, times: 1, what: 'digit encoder' },
      { kind: 'component', component: 'fa', times: clog2(D), what: 'popcount of nonzero digits' },
      // Each level compares its two inputs (a few-bit magnitude compare), then selects; the end
      // compare is one more such compare and the zero test.
      ...(chain > 0 ? [{ kind: 'component' as const, component: 'nand2' as const, times: chain * (1 + clog2(iw)), what: 'maximum compares' },
        { kind: 'component' as const, component: 'mux2' as const, times: chain, what: `maximum tree (${chain} levels)` }] : []),
      { kind: 'component', component: 'nand2', times: 2 + clog2(iw), what: 'end compare (ci + 1 >= max, max == 0)' },
      { kind: 'component', component: 'and2', times: 1, what: 'k_end' },
      { kind: 'fanout', loads: 2 * 32 + 2 * iw, what: 'k_end to the counter enables' },
      { kind: 'component', component: 'mux2', times: 1, what: 'counter enable select' },
    ];
    const tv = freshVec(pool, span);
    const t = [...tv, ...new Array<number>(W - span).fill(pool.fresh())];
    terms.push(t);
    // The critical path runs through the operand's prefix counts; the digit index ci/cj (a
    // register fanned out to the compares) and the term sign (one XOR of the digit signs, fanned
    // out to every bit) arrive in parallel with it and are off the path. e's adder is as wide as
    // its largest value (4D - 2), not the padded ew bits: synthesis drops the constant-zero top.
    const pick: PathElement[] = [
      { kind: 'component', component: 'ha', times: D - 1, what: 'prefix count of nonzero digits' },
      { kind: 'component', component: 'xor2', times: 1, what: 'compare with ci' },
      { kind: 'component', component: 'nor2', times: clog2(iw) + clog2(D), what: 'match and digit select' },
      { kind: 'cpa', width: Math.min(ew, clog2(4 * D - 1)), what: 'term weight e' },
      { kind: 'component', component: 'and2', times: 2, what: 'one-hot decoder' },
      { kind: 'component', component: 'xor2', times: 1, what: 'conditional invert' },
    ];
    front = pick;
  } else {
    // Zero-skip encoder: g encoders, position decode, nonzero mask, lowest-set-bit pick, digit select.
    const pw = clog2(D);
    // In-PE digit encoders of a broadcast A are pure functions of it and merge in synthesis to
    // one per line (operandCopies); the sparse encoders behind them keep per-PE state registers,
    // which synthesis does not merge, so their logic stays per PE.
    c.items.push({ block: 'digit encoders', component: enc, perUnit: g * D * lanes, units: inPe ? operandCopies(c, 'A') : encUnits, scope, note: `${g} k-elements x ${D} digits x ${lanes} lane(s)` });
    c.items.push({ block: 'zero-skip issue logic', component: 'sparse_enc', perUnit: g * D * lanes, units: encUnits, scope, note: 'mask, lowest-set pick, digit select per element and position' });
    c.items.push(regItem('zero-skip state', (pw + g + 2) * lanes, encUnits, scope, 'pipeline', 'position, remaining mask, flags'));
    c.items.push({ block: 'zero-skip state enable', component: 'mux2', perUnit: (pw + g + 2) * lanes, units: encUnits, scope });
    c.items.push({ block: 'B element select', component: 'and2', perUnit: o.wb * g * lanes, units: c.pes, scope: 'pe', note: `AND-OR over the ${g} B values of the group` });
    c.items.push({ block: 'B element select', component: 'or2', perUnit: o.wb * Math.max(0, g - 1) * lanes, units: c.pes, scope: 'pe' });
    c.items.push({ block: 'magnitude select', component: 'booth_sel', perUnit: (o.wb + 2) * lanes, units: c.pes, scope: 'pe', note: '0, B or 2B (sign bits shared)' });
    const shiftLevels = clog2(D);
    const spanBits = Math.min(W, o.wb + 2 + o.shift * (D - 1));
    c.items.push({ block: 'weight shifters', component: 'mux2', perUnit: spanBits * shiftLevels * lanes, units: c.pes, scope: 'pe', note: `${shiftLevels} levels over ${D} digit positions` });
    c.items.push({ block: 'term sign', component: 'xor2', perUnit: (spanBits + 1) * lanes, units: c.pes, scope: 'pe', note: 'inverted term; the bits above the span share one' });
    for (let e = 0; e < lanes; e++) {
      const t = freshVec(pool, spanBits + 1);
      terms.push([...t, ...new Array<number>(W - spanBits - 1).fill(t[spanBits])]);
    }
    // The encoder reads the operand combinationally: digits, the current position's digits and
    // nonzero mask (an AND-OR over the D positions), the fresh/remaining select, then the
    // lowest-set pick. Its one-hot k-select fans out to the B AND-OR of every PE it serves (a bus:
    // each select bit drives wb gates per PE). The term sign's fan-out to every bit runs in
    // parallel with the select, magnitude and shift levels, so it is off the path.
    const encode: PathElement[] = [
      { kind: 'component', component: enc, times: 1, what: 'digit encoder' },
      // EN-T digits depend on a carry from the digit below: it ripples to the top digit.
      ...(o.scheme === 'ent' && D > 1 ? [{ kind: 'component' as const, component: 'ao21' as const, times: D - 1, what: 'EN-T carry ripple to the top digit' }] : []),
      { kind: 'component', component: 'nand2', times: 1 + clog2(D), what: 'digits and nonzero mask at the current position' },
      { kind: 'component', component: 'mux2', times: 1, what: 'fresh / remaining mask' },
      // low = rem & -rem: a prefix (carry) network over the g elements of the group.
      ...(g > 1 ? [{ kind: 'component' as const, component: 'ao21' as const, times: clog2(g), what: `lowest remaining element (prefix over ${g})` }] : []),
      { kind: 'component', component: 'sparse_enc', times: 1, what: 'zero-skip pick (lowest remaining nonzero digit)' },
    ];
    const served = inPe ? 1 : scope === 'column-edge' ? c.R : c.C;
    // Only A's encoders are on this path: one per PE (OPT3 / OPT4E: a column's A bit feeds the
    // encoders of its R PEs) or one per column at the edge (OPT4C: no broadcast). B's broadcast
    // reaches the AND-OR while the pick is still resolving, off the path.
    lineLoads = inPe ? operandLines(c).A : 0;
    front = [
      ...encode,
      { kind: 'fanout', loads: served * o.wb, what: inPe ? 'element select to the B AND-OR' : 'issued element select to the PEs\' B AND-OR' },
      // The digit's position comes from a register (early), so synthesis folds the weight
      // shifter's selects into the B operand ahead of time: after the late k-select and
      // magnitude, each term bit is one AND-OR over (element, magnitude, position) candidates.
      { kind: 'component', component: 'nand2', times: 1 + Math.ceil(Math.log(g * 2 * D) / Math.log(4)), what: `B element, magnitude and weight select (AND-OR over ${g * 2 * D} candidates)` },
      { kind: 'component', component: 'xor2', times: 1, what: 'conditional invert' },
    ];
    // Group sync: each encoder's position-done flag (remaining mask empty, at the last position),
    // ANDed over every encoder of the array, enables the controller's step counters and restarts
    // every encoder's state.
    const dones = (inPe ? c.C : encUnits) * lanes;
    const stateLoads = 2 * 32 + 2 + dones * (pw + g + 2);
    syncPath = [
      ...(lineLoads > 0 ? [{ kind: 'fanout' as const, loads: lineLoads, what: 'operand line to the encoders' }] : []),
      ...encode,
      { kind: 'component', component: 'nor2', times: Math.max(1, clog2(g)), what: 'remaining mask empty' },
      { kind: 'component', component: 'and2', times: 1 + clog2(dones), what: `all ${dones} encoder(s) done` },
      { kind: 'fanout', loads: stateLoads, what: 'group done to the step counters and encoder state' },
      { kind: 'component', component: 'mux2', times: 1, what: 'state enable select' },
    ];
  }
  // Terms, their negation bits and the restart-gated accumulator in one word tree.
  const vecs: Vec[] = [];
  for (const t of terms) {
    const corr = zeros(W);
    corr[0] = pool.fresh();
    vecs.push(t, corr);
  }
  const accC = freshVec(pool, W);
  accC[0] = 0;
  const t = treeOf(pool, [...vecs, freshVec(pool, W), accC]);
  c.items.push(...adderItems('term + accumulator tree', pool, before, c.pes, 'pe', `${terms.length} term(s) + negation bits + sum + carry, ${t.levels} levels`));
  accRegister(c, 'accumulator (sum)', W, c.pes, 'pe', 'accumulator-sum');
  accRegister(c, 'accumulator (carry)', W - 1, c.pes, 'pe', 'accumulator-carry');
  c.items.push(cpaItem('drain CPA', W, c.pes, 'pe'));
  c.items.push(regItem('result register', W, c.pes, 'pe', 'result'));
  staged(c, front, [{ kind: 'component', component: 'fa', times: t.levels, what: `term + accumulator tree (${t.levels} 3:2 levels)` }], [{ kind: 'component', component: 'mux2', times: 1, what: 'enable select' }], 'pick + term + accumulate', lineLoads);
  // vld/first are broadcast to every PE of the array.
  controlFanoutStage(c, c.pes * 2 * W, treePath(t.levels, 'term + accumulator tree'));
  c.stages.push({ name: 'drain CPA', path: [{ kind: 'cpa', width: W, what: 'drain CPA' }] });
  if (syncPath) c.stages.push({ name: both ? 'term-pair controller' : 'zero-skip group sync', path: syncPath });
}
