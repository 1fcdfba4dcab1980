// State shared by all engines during one simulate() call: accumulator semantics (range, wrap,
// overflow records), activity counters, per-PE busy cycles, tile records and the trace sink.
// Values are kept in float64, which is exact here: simulate() refuses accumulators wider than
// 52 bits whose sums could pass 2^52 (S0105, engine/index.ts), so every register value stays
// below 2^53 in magnitude.
import type { IntMatrix } from '../../ir/index.js';
import { POP16 } from '../arith/popcount.js';
import type { OverflowInfo, TileRecord, ToggleCounts } from '../types.js';

export interface Problem {
  readonly M: number;
  readonly N: number;
  readonly K: number;
  readonly a: IntMatrix;
  readonly b: IntMatrix;
  /** C row-major M x N, float64 (exact). */
  readonly c: Float64Array;
  /**
   * Designs that add k-tiles in the output buffer (WS, adder tree): `c` already holds the
   * buffer after earlier k-tiles, so the first k-tile adds to it (and is range-checked there).
   * The fast level replays one tile stepped this way (simulator/fast/exact.ts).
   */
  readonly accumulate?: boolean;
}

const TWO32 = 4294967296;

/**
 * The state of one PE in a trace line: the operands it holds this cycle (`a`, `b`: B, or the
 * stationary weight; a vector of lanes on the 3D cube), their product (the lanes' sum on the
 * cube) and its accumulator — the output-stationary accumulator, or the partial-sum register of
 * a weight-stationary PE, or the column's tree output on the adder tree — with the sum and carry
 * words where carry-save words are modelled.
 */
export interface PeTrace {
  a: number | number[];
  b: number | number[];
  product: number;
  acc: number;
  sum?: number;
  carry?: number;
}

export class SimContext {
  readonly accMin: number;
  readonly accMax: number;
  /** 2^acc.bits. */
  readonly modulus: number;
  readonly accBits: number;
  /** Masks of the accumulator's low word and of its bits above 32 (0 if none). */
  readonly loMask: number;
  readonly hiMask: number;
  readonly wrap: boolean;
  readonly activity: boolean;
  readonly trace?: (line: string) => void;
  /** Called after each tile with the number of tiles done (progress of long runs). */
  readonly onTile?: (tilesDone: number) => void;
  /** PEs (row, column of the array) whose state each trace line carries. */
  readonly tracePes?: readonly (readonly [number, number])[];
  readonly N: number;
  readonly overflows: OverflowInfo[] = [];
  overflowCount = 0;
  readonly toggles: ToggleCounts = { operandRegs: 0, partialProducts: 0, compressorOutputs: 0, accumulatorRegs: 0, pipelineRegs: 0 };
  readonly peBusy: Float64Array;
  readonly tiles: TileRecord[] = [];
  /** Global cycle at which the current tile started. */
  cycleBase = 0;

  constructor(o: {
    accBits: number;
    accMin: number;
    accMax: number;
    wrap: boolean;
    activity: boolean;
    trace?: (l: string) => void;
    onTile?: (n: number) => void;
    tracePes?: readonly (readonly [number, number])[];
    N: number;
    pes: number;
  }) {
    this.accBits = o.accBits;
    this.accMin = o.accMin;
    this.accMax = o.accMax;
    this.modulus = 2 ** o.accBits;
    this.loMask = o.accBits >= 32 ? -1 : (1 << o.accBits) - 1;
    this.hiMask = o.accBits <= 32 ? 0 : o.accBits >= 64 ? -1 : (1 << (o.accBits - 32)) - 1;
    this.wrap = o.wrap;
    this.activity = o.activity;
    if (o.trace) this.trace = o.trace;
    if (o.onTile) this.onTile = o.onTile;
    if (o.tracePes && o.tracePes.length > 0) this.tracePes = o.tracePes;
    this.N = o.N;
    this.peBusy = new Float64Array(o.pes);
  }

  /**
   * Called when a register value v left the accumulator range: records the overflow (output
   * element, global cycle) and returns v wrapped like two's-complement hardware, so the
   * simulation continues exactly as the RTL would.
   */
  overflow(v: number, m: number, n: number, localCycle: number, where: string): number {
    this.overflowCount++;
    if (this.overflows.length < 16) this.overflows.push({ m, n, cycle: this.cycleBase + localCycle, where });
    return v - this.modulus * Math.floor((v - this.accMin) / this.modulus);
  }

  /** Range check + wrap of a register value (inline-able fast path). */
  fix(v: number, m: number, n: number, localCycle: number, where: string): number {
    return v > this.accMax || v < this.accMin ? this.overflow(v, m, n, localCycle, where) : v;
  }

  /** Bits that differ between two accumulator-width values (exact integers below 2^53). */
  accToggles(o: number, v: number): number {
    const x = ((o | 0) ^ (v | 0)) & this.loMask;
    let t = POP16[x & 0xffff] + POP16[x >>> 16];
    if (this.hiMask !== 0) {
      const y = ((Math.floor(o / TWO32) | 0) ^ (Math.floor(v / TWO32) | 0)) & this.hiMask;
      t += POP16[y & 0xffff] + POP16[y >>> 16];
    }
    return t;
  }

  /**
   * One trace line (only called when tracing). `pe(row, col)` reads the state of a PE in this
   * cycle — its operands, product and accumulator (PeTrace) — and is asked only for the PEs the
   * user chose, so engines build it at their trace site and never in the hot loop.
   */
  traceCycle(line: Record<string, unknown>, pe?: (row: number, col: number) => PeTrace): void {
    if (this.tracePes && pe) line.pe = this.tracePes.map(([row, col]) => ({ row, col, ...pe(row, col) }));
    this.trace!(JSON.stringify(line));
  }

  pushTile(t: Omit<TileRecord, 'index' | 'start' | 'cycles'>): void {
    const cycles = t.fill + t.steady + t.drain + t.stalls;
    this.tiles.push({ index: this.tiles.length, start: this.cycleBase, cycles, ...t });
    this.cycleBase += cycles;
    this.onTile?.(this.tiles.length);
  }
}
