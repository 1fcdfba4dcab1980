// The component inventory: what hardware a design is made of, counted from the IR.
import type { RtlCpaRole } from '../rtl/model/types.js';
import type { ComponentId } from './tech/recipes.js';

/** Where a unit sits: in every PE, at a row or column edge, or once for the array. */
export type Scope = 'pe' | 'row-edge' | 'column-edge' | 'group' | 'array';

export type RegisterRole =
  | 'operand'
  | 'weight'
  | 'pipeline'
  | 'accumulator-sum'
  | 'accumulator-carry'
  | 'accumulator'
  | 'partial-sum'
  | 'result'
  | 'skew'
  | 'control';

/** What a carry-propagate adder's bits add: the RTL model's block role (rtl/model/types.ts), copied onto cpa_bit items. */
export type CpaRole = RtlCpaRole;

export interface InventoryItem {
  /** Functional block, e.g. "multiplier tree", "accumulator", "final CPA". */
  block: string;
  /** A component of the technology table; anything else is reported as unknown, never priced at zero. */
  component: ComponentId | string;
  /** Instances per unit (bits for registers and CPAs). */
  perUnit: number;
  /** Number of units in the array (PEs, rows, columns, groups, or 1). */
  units: number;
  scope: Scope;
  /** Width of the adder or register this item belongs to, where that is meaningful. */
  width?: number;
  register?: RegisterRole;
  /** A cpa_bit item's role: what its adders add (the energy model prices each at that words' rate). */
  cpa?: CpaRole;
  note?: string;
}

/** One element of a combinational path between two register stages. */
export type PathElement =
  | { kind: 'component'; component: ComponentId; times: number; what: string }
  | {
      kind: 'cpa';
      width: number;
      what: string;
      /** When fed by another CPA: how many upper bits the carry must still cross after the feeding
       * CPA's top bit resolves (default 2: the two carry networks overlap). */
      chainedTail?: number;
    }
  | { kind: 'fanout'; loads: number; what: string };

export interface Stage {
  name: string;
  path: PathElement[];
}

export interface Inventory {
  design: string;
  pes: number;
  /** Products issued per cycle at full rate (PEs x depth for parallel designs). */
  macsPerCycle: number;
  items: InventoryItem[];
  /** Register-to-register (or port-to-register) paths; the slowest limits fmax. */
  stages: Stage[];
  notes: string[];
}
