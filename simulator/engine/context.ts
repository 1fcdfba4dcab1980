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
  readonly N: number;
  readonly overflows: OverflowInfo[] = [];
  overflowCount = 0;
  readonly toggles: ToggleCounts = { operandRegs: 0, partialProducts: 0, compressorOutputs: 0, accumulatorRegs: 0, pipelineRegs: 0 };
  readonly peBusy: Float64Array;
  readonly tiles: TileRecord[] = [];
  /** Global cycle at which the current tile started. */
  cycleBase = 0;

  constructor(o: { accBits: number; accMin: number; accMax: number; wrap: boolean; activity: boolean; trace?: (l: string) => void; N: number; pes: number }) {
    this.accBits = o.accBits;
    this.accMin = o.accMin;
    this.accMax = o.accMax;
    this.modulus = 2 ** o.accBits;
    this.loMask = o.accBits >= 32 ? -1 : (1 << o.accBits) - 1;
    this.hiMask = o.accBits <= 32 ? 0 : o.accBits >= 64 ? -1 : (1 << (o.accBits - 32)) - 1;
    this.wrap = o.wrap;
    this.activity = o.activity;
    if (o.trace) this.trace = o.trace;
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

  pushTile(t: Omit<TileRecord, 'index' | 'start' | 'cycles'>): void {
    const cycles = t.fill + t.steady + t.drain + t.stalls;
    this.tiles.push({ index: this.tiles.length, start: this.cycleBase, cycles, ...t });
    this.cycleBase += cycles;
  }
}
