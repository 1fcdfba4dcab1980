// The cost model's entry for each architecture of ir/architectures.ts: its timing stages
// (cost/inventory, following the RTL rtl/model builds; every component is read from that RTL,
// the same way for every architecture).
// A new architecture adds one entry here; the record type makes a missing one a compile error.
import type { Architecture } from '../ir/index.js';
import { bitslice } from './inventory/bitslice.js';
import type { Ctx } from './inventory/context.js';
import { kSpatial } from './inventory/k-spatial.js';
import { laconic } from './inventory/laconic.js';
import { osFamily } from './inventory/os-family.js';

export interface CostArchitecture {
  /** Adds the design's register-to-register paths (stages) to `c`. */
  stages(c: Ctx): void;
}

export const COST_ARCHITECTURES: Readonly<Record<Architecture, CostArchitecture>> = {
  'systolic-os': { stages: osFamily },
  'systolic-ws': { stages: kSpatial },
  cube: { stages: osFamily },
  'adder-tree': { stages: kSpatial },
  matrix2d: { stages: osFamily },
  bitslice: { stages: bitslice },
  laconic: { stages: laconic },
};
