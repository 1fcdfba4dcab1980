// The timing stages of the pipelined zero-skip bit-slice designs of rtl/model/sparse.ts
// (`operands`: A's digits registered a sparse group ahead; `partial-products`: the issued term
// registered in the PE); their components are read from the model (rtl-reading.ts).
import { arrayShape } from '../../ir/index.js';
import { faDepth } from '../../rtl/model/adder-tree.js';
import { stageCount } from '../../rtl/model/pe-mac.js';
import { clog2, encoderComponent } from '../blocks.js';
import type { PathElement } from '../types.js';
import { controller, operandLines, type Ctx } from './context.js';

export function pipelinedSparse(c: Ctx): void {
  const { des, o } = c;
  const W = o.wacc;
  const D = o.d;
  const E = c.Kp;
  const g = des.sparse?.groupSize ?? 1;
  const enc = encoderComponent(o.scheme) ?? 'ent_enc';
  const inPe = (des.encoders[0]?.placement ?? 'pe') === 'pe';
  const encUnits = inPe ? c.pes : arrayShape(des).colVar === 'm' ? c.C : c.R;
  const prefetch = stageCount(des, 'operands') > 0;
  const issueReg = stageCount(des, 'partial-products') > 0;
  const pw = clog2(D);
  controller(c);
  // Stages.
  const served = inPe ? 1 : c.R;
  const encode: PathElement[] = prefetch
    ? []
    : [
        { kind: 'component', component: enc, times: 1, what: 'digit encoder' },
        ...(o.scheme === 'ent' && D > 1
          ? [{ kind: 'component' as const, component: 'ao21' as const, times: D - 1, what: 'EN-T carry ripple to the top digit' }]
          : []),
      ];
  const pick: PathElement[] = [
    ...encode,
    { kind: 'component', component: 'nand2', times: 1 + clog2(D), what: 'digits and nonzero mask at the current position' },
    { kind: 'component', component: 'mux2', times: 1, what: 'fresh / remaining mask' },
    ...(g > 1
      ? [{ kind: 'component' as const, component: 'ao21' as const, times: clog2(g), what: `lowest remaining element (prefix over ${g})` }]
      : []),
    { kind: 'component', component: 'sparse_enc', times: 1, what: 'zero-skip pick (lowest remaining nonzero digit)' },
    { kind: 'fanout', loads: served * o.wb, what: inPe ? 'element select to the B AND-OR' : "issued element select to the PEs' B AND-OR" },
    {
      kind: 'component',
      component: 'nand2',
      times: 1 + Math.ceil(Math.log(Math.max(2, g)) / Math.log(4)),
      what: `B element select (AND-OR over ${g})`,
    },
  ];
  const lineLoads = inPe && !prefetch ? operandLines(c).A : 0;
  const line: PathElement[] = lineLoads > 0 ? [{ kind: 'fanout', loads: lineLoads, what: 'operand line to the encoders' }] : [];
  const select: PathElement[] = [
    {
      kind: 'component',
      component: 'nand2',
      times: 1 + Math.ceil(Math.log(2 * D) / Math.log(4)),
      what: `term select (AND-OR over ${2 * D} candidates)`,
    },
    { kind: 'component', component: 'xor2', times: 1, what: 'conditional invert' },
    { kind: 'component', component: 'fa', times: faDepth(E + 2), what: `${E === 1 ? 'one 3:2 row' : 'rows'} into the sum/carry pair` },
  ];
  if (issueReg) {
    c.stages.push({ name: 'zero-skip issue', path: [...line, ...pick] });
    c.stages.push({ name: 'select + 3:2 accumulate', path: select });
  } else {
    c.stages.push({
      name: 'pick + term + accumulate',
      path: [...line, ...pick, ...select, { kind: 'component', component: 'mux2', times: 1, what: 'enable select' }],
    });
  }
  if (prefetch) {
    c.stages.push({
      name: 'digit prefetch',
      path: [
        { kind: 'fanout', loads: 2 * (inPe ? operandLines(c).A / 2 || 1 : 1), what: 'operand line to the encoders' },
        { kind: 'component', component: enc, times: 1, what: 'digit encoder' },
        ...(o.scheme === 'ent' && D > 1
          ? [{ kind: 'component' as const, component: 'ao21' as const, times: D - 1, what: 'EN-T carry ripple to the top digit' }]
          : []),
        { kind: 'component', component: 'mux2', times: 1, what: 'load select' },
      ],
    });
  }
  const dones = (inPe ? c.C : encUnits) * E;
  const stateLoads = 2 * 32 + 2 + dones * (pw + g + 2 + (prefetch ? 4 * D * g : 0));
  c.stages.push({
    name: 'zero-skip group sync',
    path: [
      ...line,
      ...encode,
      { kind: 'component', component: 'nand2', times: 1 + clog2(D), what: 'nonzero mask at the current position' },
      { kind: 'component', component: 'mux2', times: 1, what: 'fresh / remaining mask' },
      { kind: 'component', component: 'nor2', times: Math.max(1, clog2(g)), what: 'remaining mask empty' },
      { kind: 'component', component: 'and2', times: 1 + clog2(dones), what: `all ${dones} encoder(s) done` },
      { kind: 'fanout', loads: stateLoads, what: 'group done to the step counters, encoder state and digit registers' },
      { kind: 'component', component: 'mux2', times: 1, what: 'state enable select' },
    ],
  });
  c.stages.push({ name: 'drain CPA', path: [{ kind: 'cpa', width: W, what: 'drain CPA' }] });
}
