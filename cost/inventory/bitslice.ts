// The timing stages of the bit-slice engines (rtl/model/bitslice.ts and sparse.ts; their
// components are read from the model, rtl-reading.ts). Baseline: each PE picks its ci-th / cj-th
// nonzero digit of both operands and forms the term 2^e; the term-pair controller steps ci / cj
// from the edge PEs' digit counts. OPT3/OPT4C/OPT4E: a zero-skip encoder issues one nonzero A
// digit per cycle with its k-element; the PE selects that element's B, forms 0/B/2B and shifts it;
// columns and lanes sync at each group's end. Every term meets the carry-save accumulator in one
// word tree (its depth read from the model).
import { zeroSkipping } from '../../ir/index.js';
import { clog2, encoderComponent, treePath } from '../blocks.js';
import type { PathElement } from '../types.js';
import { stageCount } from '../../rtl/model/pe-mac.js';
import { controlFanoutStage, controller, operandLines, type Ctx } from './context.js';
import { staged } from './os-family.js';
import { pipelinedSparse } from './sparse-pipelined.js';

export function bitslice(c: Ctx): void {
  // Zero-skip designs with the encoders or the issued term in a stage of their own.
  if (zeroSkipping(c.des) === 'groups' && (stageCount(c.des, 'operands') > 0 || stageCount(c.des, 'partial-products') > 0)) {
    pipelinedSparse(c);
    return;
  }
  const { des, o } = c;
  const W = o.wacc;
  const D = o.d;
  const both = zeroSkipping(des) === 'terms';
  const lanes = c.Kp;
  const g = des.sparse?.groupSize ?? 1;
  const enc = encoderComponent(o.scheme) ?? 'ent_enc';
  const placement = des.encoders[0]?.placement ?? 'pe';
  const inPe = placement === 'pe' || placement === 'group';
  // OPT4C: one zero-skip encoder per column (the array's columns index m) at the edge.
  const encoders = inPe ? c.pes : c.C;
  controller(c);
  let front: PathElement[];
  let syncPath: PathElement[] | undefined;
  let lineLoads: number | undefined;
  if (both) {
    const iw = clog2(D + 1) + 1;
    const ew = clog2(W + 8) + 1;
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
      ...(chain > 0
        ? [
            { kind: 'component' as const, component: 'nand2' as const, times: chain * (1 + clog2(iw)), what: 'maximum compares' },
            { kind: 'component' as const, component: 'mux2' as const, times: chain, what: `maximum tree (${chain} levels)` },
          ]
        : []),
      { kind: 'component', component: 'nand2', times: 2 + clog2(iw), what: 'end compare (ci + 1 >= max, max == 0)' },
      { kind: 'component', component: 'and2', times: 1, what: 'k_end' },
      { kind: 'fanout', loads: 2 * 32 + 2 * iw, what: 'k_end to the counter enables' },
      { kind: 'component', component: 'mux2', times: 1, what: 'counter enable select' },
    ];
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
    // The encoder reads the operand combinationally: digits, the current position's digits and
    // nonzero mask (an AND-OR over the D positions), the fresh/remaining select, then the
    // lowest-set pick. Its one-hot k-select fans out to the B AND-OR of every PE it serves (a bus:
    // each select bit drives wb gates per PE). The term sign's fan-out to every bit runs in
    // parallel with the select, magnitude and shift levels, so it is off the path.
    const encode: PathElement[] = [
      { kind: 'component', component: enc, times: 1, what: 'digit encoder' },
      // EN-T digits depend on a carry from the digit below: it ripples to the top digit.
      ...(o.scheme === 'ent' && D > 1
        ? [{ kind: 'component' as const, component: 'ao21' as const, times: D - 1, what: 'EN-T carry ripple to the top digit' }]
        : []),
      { kind: 'component', component: 'nand2', times: 1 + clog2(D), what: 'digits and nonzero mask at the current position' },
      { kind: 'component', component: 'mux2', times: 1, what: 'fresh / remaining mask' },
      // low = rem & -rem: a prefix (carry) network over the g elements of the group.
      ...(g > 1
        ? [{ kind: 'component' as const, component: 'ao21' as const, times: clog2(g), what: `lowest remaining element (prefix over ${g})` }]
        : []),
      { kind: 'component', component: 'sparse_enc', times: 1, what: 'zero-skip pick (lowest remaining nonzero digit)' },
    ];
    const served = inPe ? 1 : c.R;
    // Only A's encoders are on this path: one per PE (OPT3 / OPT4E: a column's A bit feeds the
    // encoders of its R PEs) or one per column at the edge (OPT4C: no broadcast). B's broadcast
    // reaches the AND-OR while the pick is still resolving, off the path.
    lineLoads = inPe ? operandLines(c).A : 0;
    front = [
      ...encode,
      {
        kind: 'fanout',
        loads: served * o.wb,
        what: inPe ? 'element select to the B AND-OR' : "issued element select to the PEs' B AND-OR",
      },
      // The digit's position comes from a register (early), so synthesis folds the weight
      // shifter's selects into the B operand ahead of time: after the late k-select and
      // magnitude, each term bit is one AND-OR over (element, magnitude, position) candidates.
      {
        kind: 'component',
        component: 'nand2',
        times: 1 + Math.ceil(Math.log(g * 2 * D) / Math.log(4)),
        what: `B element, magnitude and weight select (AND-OR over ${g * 2 * D} candidates)`,
      },
      { kind: 'component', component: 'xor2', times: 1, what: 'conditional invert' },
    ];
    // Group sync: each encoder's position-done flag (remaining mask empty, at the last position),
    // ANDed over every encoder of the array, enables the controller's step counters and restarts
    // every encoder's state.
    const dones = (inPe ? c.C : encoders) * lanes;
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
  // Terms, their negation bits and the restart-gated accumulator meet in one word tree.
  const levels = c.rtl.depthIn(`${c.rtl.model.top}_pe`);
  staged(
    c,
    front,
    [{ kind: 'component', component: 'fa', times: levels, what: `term + accumulator tree (${levels} 3:2 levels)` }],
    [{ kind: 'component', component: 'mux2', times: 1, what: 'enable select' }],
    'pick + term + accumulate',
    lineLoads,
  );
  // vld/first are broadcast to every PE of the array.
  controlFanoutStage(c, c.pes * 2 * W, { gate: treePath(levels, 'term + accumulator tree') });
  c.stages.push({ name: 'drain CPA', path: [{ kind: 'cpa', width: W, what: 'drain CPA' }] });
  if (syncPath) c.stages.push({ name: both ? 'term-pair controller' : 'zero-skip group sync', path: syncPath });
}
