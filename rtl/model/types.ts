// The resolved RTL model: every module, port, wire, instance and register with its width, as
// computed from the IR by buildRtlModel. Templates only loop over these lists and interpolate.

/** What a register holds. */
export type RtlRegRole =
  | 'operand'
  | 'weight'
  | 'pipeline'
  | 'skew'
  | 'accumulator'
  | 'accumulator-sum'
  | 'accumulator-carry'
  | 'partial-sum'
  | 'result'
  | 'control';

/**
 * The functional block a node belongs to (the accumulator, the row drain select, the
 * controller): for readers of the model, such as the cost model's inventory, which prices each
 * block; never emitted. `scope` says where it sits when not in the PE module (default: the
 * PE inside a PE module, the array elsewhere); `role` is what its registers hold.
 */
export interface RtlBlock {
  readonly name: string;
  readonly scope?: 'pe' | 'row-edge' | 'column-edge' | 'array';
  readonly role?: RtlRegRole;
  /** What the block's carry-propagate adders add (RtlCpaRole), for the energy model's CPA term. */
  readonly cpa?: RtlCpaRole;
}

/**
 * What a block's carry-propagate adders add, every cycle or once per output: 'product' resolves
 * one multiplier's product (the product CPAs); 'sum' adds resolved words (products, partial sums)
 * into a binary sum (accumulator, partial-sum and product or column adder trees); 'drain' resolves
 * a PE's carry-save accumulator, which it reads every cycle; 'column' resolves a column's
 * carry-save sum every cycle (the partial sums leaving a weight-stationary column, the adder
 * tree's column compressor tree); 'resolve' sits behind the drain select (the shared resolve
 * stage, a row's CPA) and sees a new word once per output.
 */
export type RtlCpaRole = 'product' | 'sum' | 'drain' | 'column' | 'resolve';

export interface RtlPort {
  readonly dir: 'input' | 'output';
  readonly name: string;
  readonly width: number;
}

export interface RtlWire {
  readonly name: string;
  readonly width: number;
  /** Deliberately (partly) unused: the reason, printed beside the lint waiver. */
  readonly unusedWhy?: string;
}

interface Blocked {
  readonly block?: RtlBlock;
}

export interface RtlConn {
  readonly port: string;
  readonly expr: string;
}

export interface RtlInst extends Blocked {
  readonly module: string;
  readonly name: string;
  readonly conns: readonly RtlConn[];
}

export interface RtlAssign extends Blocked {
  readonly lhs: string;
  readonly rhs: string;
}

/** A clocked register: `if (rst) q <= init; else if (en) q <= d;` (reset/enable optional). */
export interface RtlReg extends Blocked {
  readonly name: string;
  readonly width: number;
  readonly d: string;
  readonly en?: string;
  /** Synchronous reset value (a Verilog literal); control registers only. */
  readonly init?: string;
}

export interface RtlNetlist {
  wires: RtlWire[];
  insts: RtlInst[];
  assigns: RtlAssign[];
  regs: RtlReg[];
}

export interface RtlModule {
  readonly name: string;
  /** Template file in rtl-templates/ (without .v.hbs). */
  readonly template: string;
  /** One line: what this module is. */
  readonly doc: string;
  readonly ports: readonly RtlPort[];
  readonly net: RtlNetlist;
  /** Template-specific values (already formatted numbers and names). */
  readonly ctx: Record<string, unknown>;
}

/** Where bus element e of an operand comes from, for the testbench acting as memory. */
export interface OperandLane {
  /** A: row m offset; B: column n offset (added to the tile base). */
  readonly off: number;
  /** k offset inside the request. */
  readonly kOff: number;
  /** Per request index: added to m (A) / n (B) (temporal m for WS / adder tree). */
  readonly mul: number;
  /** Per request index: added to k. */
  readonly kMul: number;
}

export interface OutputLane {
  readonly mOff: number;
  readonly nOff: number;
  /** Per successive event on this lane. */
  readonly mEv: number;
  readonly nEv: number;
  /**
   * Where the lane's successive events go when they follow no stride (a shared resolve stage
   * reads the PEs in finishing order): event e is (m0 + seq[e].m, n0 + seq[e].n), and the lane
   * has seq.length events per tile (instead of eventsPerLane).
   */
  readonly seq?: readonly { readonly m: number; readonly n: number }[];
}

/** What the generic C++ testbench needs to drive a top (rtl/sim/testbench.ts). */
export interface TbSpec {
  readonly aBits: number;
  readonly bBits: number;
  readonly accBits: number;
  readonly accSigned: boolean;
  readonly aLanes: readonly OperandLane[];
  readonly bLanes: readonly OperandLane[];
  readonly outLanes: readonly OutputLane[];
  /** Output events per lane per tile: a constant, or 'M' (one per row of A, WS / adder tree). */
  readonly eventsPerLane: number | 'M';
  /** Tile extents over m, n, k; 0 = the whole dimension in one tile. */
  readonly tileM: number;
  readonly tileN: number;
  readonly tileK: number;
  /** k elements consumed per request index (cfg_k = ceil(tile K / kPerIdx)). */
  readonly kPerIdx: number;
  /** Tile loop order, outer first. */
  readonly order: readonly ('m' | 'n' | 'k')[];
}

export interface RtlModel {
  readonly design: string;
  readonly top: string;
  /** Sorted by name. */
  readonly modules: readonly RtlModule[];
  readonly tb: TbSpec;
}
