// The pipelined zero-skip bit-slice designs of rtl/model/sparse.ts (`operands`: A's digits
// registered a sparse group ahead; `partial-products`: the issued term registered in the PE). The
// PE's adders (one 3:2 row per lane into the carry-save pair), CPA and flip-flops are read from the
// RTL model (rtl-reading.ts, the PE with its own encoders for OPT3); what the model writes as
// expressions is counted here (the B element select, the one-hot of magnitude and position, the
// term's AND-OR over its candidates and sign, the restart gates, the zero-skip pick logic), with
// the column encoders of OPT4C, the controller and the register-to-register stages.
import { arrayShape } from '../../ir/index.js';
import { faDepth } from '../../rtl/model/adder-tree.js';
import { clog2, cpaItem, encoderComponent, readAdderItems, regItem } from '../blocks.js';
import type { PathElement, Scope } from '../types.js';
import { controller, operandCopies, operandLines, stageCount, type Ctx } from './context.js';

export function pipelinedSparse(c: Ctx): void {
  const { des, o } = c;
  const W = o.wacc;
  const D = o.d;
  const E = c.Kp;
  const g = des.sparse?.groupSize ?? 1;
  const enc = encoderComponent(o.scheme) ?? 'ent_enc';
  const inPe = (des.encoders[0]?.placement ?? 'pe') === 'pe';
  const scope: Scope = inPe ? 'pe' : arrayShape(des).colVar === 'm' ? 'column-edge' : 'row-edge';
  const encUnits = inPe ? c.pes : scope === 'column-edge' ? c.C : c.R;
  const prefetch = stageCount(des, 'operands') > 0;
  const issueReg = stageCount(des, 'partial-products') > 0;
  const pw = clog2(D);
  controller(c);
  if (prefetch) c.items.push(regItem('controller', 1, 1, 'array', 'pipeline', 'prefetch flag'));
  // The PE as the model builds it.
  const pe = c.rtl.pe;
  c.items.push(...readAdderItems('term + accumulator rows', pe, c.pes, 'pe', `${E} term(s) into the sum/carry pair${E === 1 ? ': one 3:2 row' : ''}`));
  c.items.push(cpaItem('drain CPA', pe.cpaBits, c.pes, 'pe'));
  c.items.push(regItem('PE registers', pe.flops, c.pes, 'pe', 'accumulator', `sum/carry accumulator, result${issueReg ? ', issued term (B, one-hot, sign)' : ''}${inPe ? ', the encoder\'s state' : ''}${inPe && prefetch ? ' and digit registers' : ''}`));
  // In-PE encoders of a broadcast A are the same logic on the same nets in every PE of the line:
  // synthesis keeps one copy per line (operandCopies); their registers and state stay per PE.
  if (pe.encoderDigits) c.items.push({ block: 'digit encoders', component: enc, perUnit: pe.encoderDigits, units: operandCopies(c, 'A'), scope: 'pe', note: 'in the PE (OPT3), read from the model; one copy per broadcast line survives synthesis' });
  c.items.push({ block: 'B element select', component: 'and2', perUnit: o.wb * g * E, units: c.pes, scope: 'pe', note: `AND-OR over the ${g} B values of the group` });
  c.items.push({ block: 'B element select', component: 'or2', perUnit: o.wb * Math.max(0, g - 1) * E, units: c.pes, scope: 'pe' });
  const span = Math.min(W, o.wb + 1 + o.shift * (D - 1));
  c.items.push({ block: 'term select', component: 'and2', perUnit: (o.wb + 1) * 2 * D * E, units: c.pes, scope: 'pe', note: `${2 * D} candidates (magnitude x position), one-hot` });
  c.items.push({ block: 'term select', component: 'or2', perUnit: span * (2 * D - 1) * E, units: c.pes, scope: 'pe' });
  c.items.push({ block: 'term sign', component: 'xor2', perUnit: (span + 1) * E, units: c.pes, scope: 'pe', note: 'inverted term; the bits above the span share one' });
  if (issueReg) c.items.push({ block: 'issue one-hot', component: 'and2', perUnit: 2 * 2 * D * E, units: c.pes, scope: 'pe', note: 'magnitude x position, gated by issue' });
  c.items.push({ block: 'accumulator restart', component: 'and2', perUnit: 2 * W, units: c.pes, scope: 'pe' });
  // Zero-skip encoders: at the column edge (OPT4C), or in the PE (their registers read above).
  c.items.push({ block: 'zero-skip issue logic', component: 'sparse_enc', perUnit: g * D * E, units: encUnits, scope, note: 'mask, lowest-set pick, digit select per element and position' });
  c.items.push({ block: 'zero-skip state enable', component: 'mux2', perUnit: (pw + g + 2) * E, units: encUnits, scope });
  if (!inPe) {
    c.items.push({ block: 'digit encoders', component: enc, perUnit: g * D * E, units: encUnits, scope, note: `${g} k-elements x ${D} digits x ${E} lane(s)` });
    c.items.push(regItem('zero-skip state', (pw + g + 2) * E, encUnits, scope, 'pipeline', 'position, remaining mask, flags'));
    if (prefetch) c.items.push(regItem('digit registers', 4 * D * g * E, encUnits, scope, 'pipeline', 'digits and nonzero flags, a group ahead'));
  }
  if (prefetch) c.items.push({ block: 'digit register load selects', component: 'mux2', perUnit: 4 * D * g * E, units: encUnits, scope });
  c.items.push(regItem('result-valid delay line', des.pipeline.length + 2, 1, 'array', 'pipeline'));
  // Stages.
  const served = inPe ? 1 : c.R;
  const encode: PathElement[] = prefetch ? [] : [
    { kind: 'component', component: enc, times: 1, what: 'digit encoder' },
    ...(o.scheme === 'ent' && D > 1 ? [{ kind: 'component' as const, component: 'ao21' as const, times: D - 1, what: 'EN-T carry ripple to the top digit' }] : []),
  ];
  const pick: PathElement[] = [
    ...encode,
    { kind: 'component', component: 'nand2', times: 1 + clog2(D), what: 'digits and nonzero mask at the current position' },
    { kind: 'component', component: 'mux2', times: 1, what: 'fresh / remaining mask' },
    ...(g > 1 ? [{ kind: 'component' as const, component: 'ao21' as const, times: clog2(g), what: `lowest remaining element (prefix over ${g})` }] : []),
    { kind: 'component', component: 'sparse_enc', times: 1, what: 'zero-skip pick (lowest remaining nonzero digit)' },
    { kind: 'fanout', loads: served * o.wb, what: inPe ? 'element select to the B AND-OR' : 'issued element select to the PEs\' B AND-OR' },
    { kind: 'component', component: 'nand2', times: 1 + Math.ceil(Math.log(Math.max(2, g)) / Math.log(4)), what: `B element select (AND-OR over ${g})` },
  ];
  const lineLoads = inPe && !prefetch ? operandLines(c).A : 0;
  const line: PathElement[] = lineLoads > 0 ? [{ kind: 'fanout', loads: lineLoads, what: 'operand line to the encoders' }] : [];
  const select: PathElement[] = [
    { kind: 'component', component: 'nand2', times: 1 + Math.ceil(Math.log(2 * D) / Math.log(4)), what: `term select (AND-OR over ${2 * D} candidates)` },
    { kind: 'component', component: 'xor2', times: 1, what: 'conditional invert' },
    { kind: 'component', component: 'fa', times: faDepth(E + 2), what: `${E === 1 ? 'one 3:2 row' : 'rows'} into the sum/carry pair` },
  ];
  if (issueReg) {
    c.stages.push({ name: 'zero-skip issue', path: [...line, ...pick] });
    c.stages.push({ name: 'select + 3:2 accumulate', path: select });
  } else {
    c.stages.push({ name: 'pick + term + accumulate', path: [...line, ...pick, ...select, { kind: 'component', component: 'mux2', times: 1, what: 'enable select' }] });
  }
  if (prefetch) {
    c.stages.push({ name: 'digit prefetch', path: [
      { kind: 'fanout', loads: 2 * (inPe ? operandLines(c).A / 2 || 1 : 1), what: 'operand line to the encoders' },
      { kind: 'component', component: enc, times: 1, what: 'digit encoder' },
      ...(o.scheme === 'ent' && D > 1 ? [{ kind: 'component' as const, component: 'ao21' as const, times: D - 1, what: 'EN-T carry ripple to the top digit' }] : []),
      { kind: 'component', component: 'mux2', times: 1, what: 'load select' },
    ] });
  }
  const dones = (inPe ? c.C : encUnits) * E;
  const stateLoads = 2 * 32 + 2 + dones * (pw + g + 2 + (prefetch ? 4 * D * g : 0));
  c.stages.push({ name: 'zero-skip group sync', path: [
    ...line,
    ...encode,
    { kind: 'component', component: 'nand2', times: 1 + clog2(D), what: 'nonzero mask at the current position' },
    { kind: 'component', component: 'mux2', times: 1, what: 'fresh / remaining mask' },
    { kind: 'component', component: 'nor2', times: Math.max(1, clog2(g)), what: 'remaining mask empty' },
    { kind: 'component', component: 'and2', times: 1 + clog2(dones), what: `all ${dones} encoder(s) done` },
    { kind: 'fanout', loads: stateLoads, what: 'group done to the step counters, encoder state and digit registers' },
    { kind: 'component', component: 'mux2', times: 1, what: 'state enable select' },
  ] });
  c.stages.push({ name: 'drain CPA', path: [{ kind: 'cpa', width: W, what: 'drain CPA' }] });
}
