// The engine spec of a design: what every engine needs, derived once per design object from
// the IR (designs are immutable).
import { arrayShape, primaryEncoder, productWidth, resolveSchedule, type Design } from '../../ir/index.js';
import { digitTable } from '../arith/encode.js';
import { lowMask } from '../arith/popcount.js';
import type { EngineSpec } from './spec.js';

/** CYCLES.md `drain`: cycles of the final CPA after the results are valid. */
export function drainCycles(d: Design): number {
  switch (d.reduction.finalCpa) {
    case 'per-product':
    case 'per-column':
      return 0;
    case 'per-pe-drain':
      return 1;
    case 'per-row':
      return arrayShape(d).cols;
    case 'shared': {
      // The last step reads at offset + steps - 1 cycles after a lag-0 accumulator is final, its
      // pair is registered, resolved and registered again (+2); the tile without the stage ends
      // maxLag + 1 cycles after that accumulator's last accumulation.
      const s = resolveSchedule(d)!;
      return s.offset + s.steps + 1 - s.maxLag;
    }
  }
}

const SPEC_CACHE = new WeakMap<Design, EngineSpec>();

/** The spec is derived once per design object (designs are immutable). */
export function engineSpec(d: Design): EngineSpec {
  let s = SPEC_CACHE.get(d);
  if (!s) {
    s = engineSpecUncached(d);
    SPEC_CACHE.set(d, s);
  }
  return s;
}

function engineSpecUncached(d: Design): EngineSpec {
  const sh = arrayShape(d);
  const enc = primaryEncoder(d);
  const encType = enc.operand === 'A' ? d.types.A : d.types.B;
  const second = d.encoders[1];
  return {
    design: d,
    R: sh.rows,
    C: sh.cols,
    depth: sh.depth,
    rowVar: sh.rowVar,
    colVar: sh.colVar,
    P: d.pipeline.length,
    drainCycles: drainCycles(d),
    carrySave: d.reduction.k === 'carry-save',
    encTab: digitTable(encType, enc.scheme),
    encOperand: enc.operand,
    ...(second ? { encTab2: digitTable(second.operand === 'A' ? d.types.A : d.types.B, second.scheme) } : {}),
    maskA: lowMask(d.types.A.bits),
    maskB: lowMask(d.types.B.bits),
    bitsA: d.types.A.bits,
    bitsB: d.types.B.bits,
    prodBits: productWidth(d),
    group: d.sparse?.groupSize ?? 1,
  };
}
