// The pipelined multiplier-adder trees of rtl/model/adder-tree.ts (designs with `reduction`
// stages), read from the RTL model: the whole array top is evaluated bit by bit (rtl-reading.ts:
// every adder, selector, encoder and CPA of the PEs and the column trees, flip-flops after
// constant and duplicate removal, broadcast logic shared as synthesis shares it). Counted here:
// what the model keeps in templates or writes as expressions (the controller, the weight
// registers' load selects) and the register-to-register stages, from the same plan of the cuts
// the builder uses (planReduction).
import { planReduction } from '../../rtl/model/adder-tree.js';
import { cpaItem, encoderComponent, readAdderItems, regItem, selectPath, selectorComponent, treePath } from '../blocks.js';
import type { PathElement } from '../types.js';
import { controller, operandLines, stageCount, type Ctx } from './context.js';
import { readModule } from './rtl-reading.js';

export function pipelinedAdderTree(c: Ctx): void {
  const { des, o, R, C } = c;
  const model = c.rtl.model;
  const top = readModule(model, model.top);
  const plan = planReduction(des);
  controller(c);
  c.items.push(cpaItem('controller', 32, 1, 'array', 'weight-row index (last - cnt)'));
  c.items.push(regItem('controller', 2, 1, 'array', 'pipeline', 'phase'));
  const enc = encoderComponent(o.scheme);
  if (enc) c.items.push({ block: 'digit encoders', component: enc, perUnit: top.encoderDigits, units: 1, scope: 'array', note: `read from the model: ${top.encoderDigits / o.d} encoder(s), one per row of the broadcast A` });
  c.items.push({ block: 'partial-product selectors', component: selectorComponent(o.scheme), perUnit: top.selectors, units: 1, scope: 'array', note: 'read from the model (sign bits shared)' });
  c.items.push(...readAdderItems(plan.form === 'cpa' ? 'multiplier and column trees' : plan.form === 'cs' ? 'carry-save multiplier and column trees' : 'per-weight column trees and combine', top, 1, 'array', `read from the model; k tree cut after ${plan.cuts.join(', ')} of ${plan.L} levels`));
  c.items.push(cpaItem('CPAs', top.cpaBits, 1, 'array', plan.form === 'cpa' ? 'product CPAs, group resolution CPAs, the column CPAs (read from the model)' : 'group resolution CPAs, the column CPAs (read from the model)'));
  c.items.push(regItem('registers', top.flops, 1, 'array', 'pipeline', 'weights, pipeline levels, column results (read from the model; constant and duplicate flip-flops removed)'));
  c.items.push({ block: 'weight load selects', component: 'mux2', perUnit: o.wb, units: c.pes, scope: 'pe', note: 'hold outside the load phase' });
  // Stages: the encode + select stage (when the partial products are registered), then the
  // column reduction's stages as planned; the first also holds the PE's work when not cut.
  const nPp = stageCount(des, 'partial-products');
  const nOp = stageCount(des, 'operands');
  const atEdge = (des.encoders[0]?.placement ?? 'pe') !== 'pe';
  const lines = operandLines(c);
  const front: PathElement[] = [...(nOp ? [] : [{ kind: 'fanout' as const, loads: Math.max(lines.A, lines.B), what: 'broadcast operand line' }]), ...selectPath(o, !atEdge)];
  const stages: { name: string; path: PathElement[] }[] = [];
  if (nPp) stages.push({ name: 'encode + select', path: front });
  plan.stages.forEach((s, i) => {
    const path: PathElement[] = [...(nPp || i > 0 ? [] : front), ...treePath(s.fa, 'compressor levels'), ...s.cpas.map((w, k) => ({ kind: 'cpa' as const, width: w, what: k === s.cpas.length - 1 && i === plan.stages.length - 1 ? 'column CPA' : 'CPA' }))];
    stages.push({ name: i === plan.stages.length - 1 ? 'column tree + CPA' : `k tree stage ${i + 1}`, path });
  });
  for (const s of stages) if (s.path.length) c.stages.push(s);
  void R; void C;
}
