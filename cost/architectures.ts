// The cost model's entry for each architecture of ir/architectures.ts: how its component
// inventory and timing stages are counted (cost/inventory, following the RTL rtl/model builds).
// A new architecture adds one entry here; the record type makes a missing one a compile error.
import type { Architecture } from '../ir/index.js';
import { bitslice } from './inventory/bitslice.js';
import type { Ctx } from './inventory/context.js';
import { kSpatial } from './inventory/k-spatial.js';
import { laconic } from './inventory/laconic.js';
import { osFamily } from './inventory/os-family.js';

export interface CostArchitecture {
  /** Adds the design's components (items) and register-to-register paths (stages) to `c`. */
  count(c: Ctx): void;
}

export const COST_ARCHITECTURES: Readonly<Record<Architecture, CostArchitecture>> = {
  'systolic-os': { count: osFamily },
  'systolic-ws': { count: kSpatial },
  cube: { count: osFamily },
  'adder-tree': { count: kSpatial },
  matrix2d: { count: osFamily },
  bitslice: { count: bitslice },
  laconic: { count: laconic },
};
