// The timing stages of the cube of MAC PEs (rtl/model/top-cube-mac.ts): every output is a k
// chain of Kp registered MAC PEs ending in its accumulator (`<top>_acc`). Their components are
// read from the RTL model (rtl-reading.ts), like every design's; the paths here follow the
// model's structure, with the depth of its word trees read from it. The shared resolve stage's
// paths are the output-stationary family's (os-family.ts resolveStage).
import { resolveSchedule } from '../../ir/index.js';
import { kForm } from '../../rtl/model/pe-ws.js';
import { selectPath, treePath } from '../blocks.js';
import { controlFanoutStage, controller, type Ctx } from './context.js';
import { resolveStage, staged } from './os-family.js';

export function cubeMac(c: Ctx): void {
  const { des, o, Kp } = c;
  const W = o.wacc;
  const form = kForm(des);
  const atEdge = (des.encoders[0]?.placement ?? 'pe') !== 'pe';
  const top = c.rtl.model.top;
  controller(c);
  // Paths: a PE's product into the partial sum; the chain's end into the accumulator; the drain.
  const front = selectPath(o, !atEdge);
  const peDepth = c.rtl.depthIn(`${top}_pe`);
  const TW = Math.min(o.wp, W);
  if (form === 'cpa') {
    // Product CPA, then the partial-sum adder; from the third layer on the partial sum's upper
    // bits are real signals, so the carry still crosses them.
    const tail = Kp > 2 ? { chainedTail: W - TW + 1 } : {};
    staged(
      c,
      front,
      treePath(peDepth, 'product tree'),
      [
        { kind: 'cpa', width: TW, what: 'product CPA' },
        { kind: 'cpa', width: W, what: 'partial-sum adder', ...tail },
      ],
      'product + partial sum',
      undefined,
      front.length - 1,
    );
    c.stages.push({
      name: 'accumulate',
      path: [
        { kind: 'cpa', width: W, what: 'accumulator adder' },
        { kind: 'component', component: 'mux2', times: 1, what: 'enable select' },
      ],
    });
    controlFanoutStage(c, c.pes * W, 'select');
  } else {
    staged(
      c,
      front,
      treePath(peDepth, 'PE compressor tree + 4:2 into the partial sum'),
      [],
      'compress into the partial sum',
      undefined,
      front.length - 1,
    );
    // Behind the last PE's partial-sum registers: OPT2's weights combined, the 4:2 into the accumulator.
    c.stages.push({
      name: 'accumulate',
      path: [
        ...treePath(c.rtl.depthIn(`${top}_acc`), 'weights combined + 4:2 into the accumulator'),
        { kind: 'component', component: 'mux2', times: 1, what: 'enable select' },
      ],
    });
    controlFanoutStage(c, c.pes * 2 * W, 'select');
    if (des.reduction.finalCpa === 'per-pe-drain')
      c.stages.push({ name: 'drain CPA', path: [{ kind: 'cpa', width: W, what: 'drain CPA' }] });
  }
  if (resolveSchedule(des)) resolveStage(c);
}
