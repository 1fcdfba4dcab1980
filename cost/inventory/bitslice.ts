// Bit-slice engines: digits issued one per cycle (zero digits skipped), a term selector, a
// weight shifter and a carry-save accumulator per PE; OPT4C hoists the encoders and zero-skip
// logic to the column edge, OPT4E gives a PE group of E lanes one wider compressor. No RTL is
// emitted for these yet; the structure follows DESIGN.md section 2.
import { loopOf } from '../../ir/index.js';
import { adderItems, clog2, encoderComponent, regItem } from '../blocks.js';
import type { PathElement, Scope } from '../types.js';
import { compressWords, freshVec, zeros, type Vec } from '../word-tree.js';
import { accRegister, controlFanoutStage, controller, type Ctx } from './context.js';
import { staged } from './os-family.js';

export function bitslice(c: Ctx): void {
  const { des, o } = c;
  const W = o.wacc;
  const lanes = des.peGroup ?? 1;
  const g = des.sparse?.groupSize ?? 1;
  const both = loopOf(des, 'i') !== undefined;
  const enc = encoderComponent(o.scheme) ?? 'ent_enc';
  const placement = des.encoders[0]?.placement ?? 'pe';
  const shared = placement === 'row' || placement === 'column';
  const scope: Scope = placement === 'row' ? 'row-edge' : placement === 'column' ? 'column-edge' : 'pe';
  const encUnits = placement === 'row' ? c.R : placement === 'column' ? c.C : c.pes;
  const positions = both ? 2 * o.d - 1 : o.d;
  const shiftLevels = clog2(positions);
  controller(c);
  const perEnc = o.d * g * lanes * (both ? 2 : 1);
  c.items.push({ block: 'digit encoders', component: enc, perUnit: perEnc, units: encUnits, scope, note: both ? 'A and B digits' : `${g} k-element(s) x ${o.d} digits x ${lanes} lane(s)` });
  c.items.push({ block: 'zero-skip issue logic', component: 'sparse_enc', perUnit: perEnc, units: encUnits, scope });
  c.items.push(regItem('operand registers', (o.wa + o.wb) * g * lanes, c.pes, 'pe', 'operand', 'held while their digits issue'));
  if (!both && g > 1) c.items.push({ block: 'B fetch select', component: 'mux2', perUnit: o.wb * (g - 1) * lanes, units: c.pes, scope: 'pe', note: `B of the k-element whose digit issues` });
  const termW = both ? 4 : o.wb + 2; // B or 2B (wb+1 bits) and the sign
  c.items.push({ block: 'term selectors', component: 'booth_sel', perUnit: termW * lanes, units: c.pes, scope: 'pe' });
  const shiftW = both ? o.wa + o.wb : termW + o.shift * (o.d - 1);
  c.items.push({ block: 'weight shifters', component: 'mux2', perUnit: shiftW * shiftLevels * lanes, units: c.pes, scope: 'pe', note: `${shiftLevels} levels over ${positions} digit positions` });
  const pool = c.pool;
  const before = { fa: pool.fa, ha: pool.ha };
  const rows: Vec[] = [];
  for (let e = 0; e < lanes; e++) {
    const v = zeros(W);
    const t = freshVec(pool, shiftW + 1);
    for (let i = 0; i < W; i++) v[i] = t[Math.min(i, shiftW)];
    rows.push(v);
  }
  const accS = freshVec(pool, W);
  const accC = freshVec(pool, W);
  const t = compressWords(pool, [...rows, accS, accC]);
  c.items.push(...adderItems('carry-save accumulator compressor', pool, before, c.pes, 'pe', `${lanes} term(s) + sum + carry, ${t.levels} levels`));
  accRegister(c, 'accumulator (sum)', W, c.pes, 'pe', 'accumulator-sum');
  accRegister(c, 'accumulator (carry)', W, c.pes, 'pe', 'accumulator-carry');
  c.items.push({ block: 'drain CPA', component: 'cpa_bit', perUnit: W, units: c.pes, scope: 'pe', width: W });
  c.items.push(regItem('result register', W, c.pes, 'pe', 'result'));
  const front: PathElement[] = [
    { kind: 'component', component: 'sparse_enc', times: 1, what: 'zero-skip issue' },
    ...(shared ? [{ kind: 'fanout' as const, loads: (scope === 'row-edge' ? c.C : c.R) * termW, what: 'shared digit lines to the PEs' }] : []),
    { kind: 'component', component: 'booth_sel', times: 1, what: 'term selector' },
    { kind: 'component', component: 'mux2', times: shiftLevels, what: 'weight shifter' },
  ];
  staged(c, front, [{ kind: 'component', component: 'fa', times: t.levels, what: `accumulator compressor (${t.levels} 3:2 levels)` }], [{ kind: 'component', component: 'mux2', times: 2, what: 'restart + enable selects' }], 'issue + select + shift + compress');
  controlFanoutStage(c, 4 * W);
  c.stages.push({ name: 'drain CPA', path: [{ kind: 'cpa', width: W, what: 'drain CPA' }] });
}
