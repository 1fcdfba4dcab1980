// The cube of MAC PEs (rtl/model/top-cube-mac.ts): every output is a k chain of Kp MAC PEs
// ending in its accumulator (`<top>_chain`), read from the RTL model bit by bit with
// rtl-reading.ts: selectors, encoders, compressor adders, CPA bits and flip-flops (partial-sum
// registers whose inputs are one signal merged, as synthesis merges the sign copies along the
// chain). The top's own registers (the k skew of the lanes, the flag delay lines) are the model's
// register list; the shared resolve stage is read like the output-stationary family's.
import { resolveSchedule } from '../../ir/index.js';
import { kForm } from '../../rtl/model/pe-ws.js';
import { cpaItem, encoderComponent, readAdderItems, regItem, selectorComponent, selectPath, treePath } from '../blocks.js';
import type { PathElement } from '../types.js';
import { controlFanoutStage, controller, operandCopies, type Ctx } from './context.js';
import { resolveStage, staged } from './os-family.js';
import { readModule } from './rtl-reading.js';

export function cubeMac(c: Ctx): void {
  const { des, o, Kp } = c;
  const W = o.wacc;
  const form = kForm(des);
  const atEdge = (des.encoders[0]?.placement ?? 'pe') !== 'pe';
  const enc = encoderComponent(o.scheme);
  const model = c.rtl.model;
  const mods = new Map(model.modules.map((m) => [m.name, m]));
  const top = mods.get(model.top)!;
  const ch = readModule(model, `${model.top}_chain`);
  const accMod = mods.get(`${model.top}_acc`)!;
  controller(c);
  // The top: the lanes' k skew and the flag delay lines (and the resolve stage's, read below).
  const topRegs = top.net.regs.reduce((a, g) => a + g.width, 0);
  c.items.push(regItem('lane skew and flag registers', topRegs, 1, 'array', 'skew', `lane e of A and B delayed e cycles to its k layer; valid/first/last delayed along the ${Kp}-deep chain`));
  // Encoders: at the row edge, or in the PEs; a broadcast A line keeps one copy (operandCopies).
  if (enc) {
    const edgeDigits = top.net.insts.filter((i) => mods.get(i.module)?.template.startsWith('enc-')).length * o.d;
    if (atEdge) c.items.push({ block: 'digit encoders', component: enc, perUnit: edgeDigits, units: 1, scope: 'row-edge', note: `one per lane of a row, shared by the row's chains` });
    else c.items.push({ block: 'digit encoders', component: enc, perUnit: ch.encoderDigits, units: operandCopies(c, 'A'), scope: 'pe', note: `${Kp} lanes x ${o.d} digits per chain; one copy per broadcast line survives synthesis` });
  }
  // One output's chain, read from the model.
  c.items.push({ block: 'partial-product selectors', component: selectorComponent(o.scheme), perUnit: ch.selectors, units: c.pes, scope: 'pe', note: `${Kp} MAC PEs per output` });
  c.items.push(...readAdderItems(form === 'cpa' ? 'product trees' : 'trees into the carry-save partial sums', ch, c.pes, 'pe', `${Kp} PEs${form === 'cpa' ? '' : ' and the 4:2 into the accumulator'}`));
  if (ch.cpaBits) c.items.push(cpaItem(form === 'cpa' ? 'product CPAs, partial-sum and accumulator adders' : 'drain CPA', ch.cpaBits, c.pes, 'pe'));
  c.items.push(regItem('partial-sum, pipeline and accumulator registers', ch.flops, c.pes, 'pe', 'partial-sum', 'registers with the same input merged along the chain'));
  // The accumulator's enable selects and restart gates (its registers are counted above).
  const accBits = accMod.net.regs.filter((g) => g.en !== undefined).reduce((a, g) => a + g.width, 0);
  c.items.push({ block: 'accumulator enable', component: 'mux2', perUnit: accBits, units: c.pes, scope: 'pe', note: 'hold when not valid' });
  c.items.push({ block: 'accumulator restart', component: 'and2', perUnit: accBits, units: c.pes, scope: 'pe', note: 'drop the old value at a tile\'s first step' });
  if (resolveSchedule(des)) resolveStage(c);
  // Paths: a PE's product into the partial sum; the chain's end into the accumulator; the drain.
  const front = selectPath(o, !atEdge);
  const pe = c.rtl.pe;
  const TW = Math.min(o.wp, W);
  if (form === 'cpa') {
    // Product CPA, then the partial-sum adder; from the third layer on the partial sum's upper
    // bits are real signals, so the carry still crosses them (rtl-reading's CPA width says so).
    const tail = Kp > 2 ? { chainedTail: W - TW + 1 } : {};
    staged(c, front, treePath(pe.depth, 'product tree'), [{ kind: 'cpa', width: TW, what: 'product CPA' }, { kind: 'cpa', width: W, what: 'partial-sum adder', ...tail }], 'product + partial sum', undefined, front.length - 1);
    c.stages.push({ name: 'accumulate', path: [{ kind: 'cpa', width: W, what: 'accumulator adder' }, { kind: 'component', component: 'mux2', times: 1, what: 'enable select' }] });
    controlFanoutStage(c, c.pes * W, [{ kind: 'cpa', width: W, what: 'accumulator adder' }]);
  } else {
    staged(c, front, treePath(pe.depth, 'PE compressor tree + 4:2 into the partial sum'), [], 'compress into the partial sum', undefined, front.length - 1);
    const combine = form === 'perj' ? Math.max(0, ch.depth - pe.depth - 2) : 0;
    const acc: PathElement[] = [...treePath(combine + 2, 'weights combined + 4:2 into the accumulator'), { kind: 'component', component: 'mux2', times: 1, what: 'enable select' }];
    c.stages.push({ name: 'accumulate', path: acc });
    controlFanoutStage(c, c.pes * 2 * W, treePath(2, '4:2 into the accumulator'));
    if (des.reduction.finalCpa === 'per-pe-drain') c.stages.push({ name: 'drain CPA', path: [{ kind: 'cpa', width: W, what: 'drain CPA' }] });
  }
}
