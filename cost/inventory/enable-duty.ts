// The enable duty of the clock-gated register banks: the fraction of cycles each bank's enable
// is on, from a two-valued simulation of the enables' cones in the reading's bit-level netlist
// (logic.ts), driven by the RTL testbench's own stimulus (rtl/sim/drive.ts runTestbench: reset,
// start, a_rd/b_rd answered in the same cycle, the tiles in TbSpec order). Only controller logic
// is simulated: a cone that reaches an operand input, a fresh bit the reading made (a late input),
// or a datapath cell (CPA, encoder, select) leaves its bank's duty unknown.
import { runTestbench, type TbSim } from '../../rtl/sim/drive.js';
import type { GemmShape } from '../../ir/index.js';
import type { DesignReading, EnableBank } from './rtl-reading.js';
import type { Lit } from './logic.js';

/** Top inputs the testbench drives with control values (the operand buses carry data). */
const CONTROL_INPUTS = new Set(['rst', 'start', 'cfg_k', 'cfg_m']);
/** Top outputs the testbench reads to walk the schedule (out_data is read only into C). */
const CONTROL_OUTPUTS = ['a_rd', 'a_idx', 'b_rd', 'b_idx', 'out_vld'];
const EVALUATED = new Set(['and', 'xor', 'mux', 'fa', 'ha', 'dff']);

export interface BankDuty {
  /** Cycles the enable is on at the rising edge / cycles simulated after reset; undefined: unknown. */
  duty?: number;
  /** Why the duty is unknown. */
  why?: string;
}

export interface EnableDuties {
  /** Per bank, in the order given. */
  duties: BankDuty[];
  /** Cycles simulated after reset. */
  cycles: number;
}

/**
 * The duty of each bank over the whole GEMM `shape` (the real cycle count, not a sample: the
 * cones are a few hundred cells, so a workload of the sizes the flow simulates stays cheap);
 * a run longer than `maxCellCycles` (cone cells x cycles) is not simulated (duties unknown).
 */
export function enableDuties(rd: DesignReading, banks: readonly EnableBank[], shape: GemmShape, maxCellCycles = 2e8): EnableDuties {
  const L = rd.logic;
  const driverOf = new Int32Array(2 * L.size + 8).fill(-1);
  const nodes = nodeDrivers(rd, driverOf);
  const control = new Set<number>();
  for (const n of CONTROL_INPUTS) for (const l of rd.ports.inputs.get(n) ?? []) control.add(l >> 1);
  // The cone of a literal: cells back through logic and registers; why it cannot be simulated.
  const inCone = new Uint8Array(L.size);
  const coneOf = (roots: readonly Lit[]): string | undefined => {
    const stack = roots.filter((l) => l >= 2).map((l) => l >> 1);
    const seen = new Set<number>();
    let why: string | undefined;
    while (stack.length) {
      const n = stack.pop()!;
      if (seen.has(n)) continue;
      seen.add(n);
      const c = n < nodes ? driverOf[n] : -1;
      if (c < 0) {
        if (!control.has(n)) why ??= 'it depends on an operand input or a signal the reading left open';
        continue;
      }
      if (!EVALUATED.has(L.kindOf(c))) {
        why ??= `it depends on a datapath cell (${L.kindOf(c)})`;
        continue;
      }
      inCone[c] = 1;
      for (let i = 0; ; i++) {
        const x = L.inputOf(c, i);
        if (x < 0) break;
        if (x >= 2) stack.push(x >> 1);
      }
    }
    return why;
  };
  const ctl = coneOf(CONTROL_OUTPUTS.flatMap((n) => rd.ports.outputs.get(n) ?? []));
  const whyOf = banks.map((b) => coneOf([b.enableLit]));
  if (ctl) return { duties: banks.map(() => ({ why: `the testbench's control outputs cannot be simulated: ${ctl}` })), cycles: 0 };
  const cells: number[] = [];
  for (let c = 0; c < L.size; c++) if (inCone[c]) cells.push(c);
  const tb = rd.model.tb;
  const sim = new ConeSim(rd, cells, nodes);
  // Cycles of the run, from the testbench's own bound on a tile: refuse a run that is too long.
  const on = new Float64Array(banks.length);
  sim.onEdge = () => banks.forEach((b, i) => (on[i] += sim.lit(b.enableLit)));
  const zero = (rows: number, cols: number) => ({ rows, cols, data: new Int32Array(rows * cols) });
  const tiles =
    Math.ceil(shape.M / (tb.tileM || shape.M)) * Math.ceil(shape.N / (tb.tileN || shape.N)) * Math.ceil(shape.K / (tb.tileK || shape.K));
  if (cells.length * tiles * (shape.K + shape.M + 64) > maxCellCycles)
    return { duties: banks.map(() => ({ why: 'the workload is too long to simulate the enables over' })), cycles: 0 };
  const run = runTestbench(sim, tb, zero(shape.M, shape.K), zero(shape.K, shape.N));
  const cyc = run.simulatedCycles;
  return {
    duties: banks.map((_, i) => (whyOf[i] ? { why: whyOf[i] } : { duty: cyc ? on[i] / cyc : 0 })),
    cycles: cyc,
  };
}

/** driverOf[node] = the cell driving it (-1: a top input or a fresh bit); returns the node count. */
function nodeDrivers(rd: DesignReading, driverOf: Int32Array): number {
  const L = rd.logic;
  let nodes = 1;
  for (let c = 0; c < L.size; c++) for (const o of L.outsOf(c)) nodes = Math.max(nodes, o + 1);
  for (const ls of [...rd.ports.inputs.values(), ...rd.ports.outputs.values()]) for (const l of ls) nodes = Math.max(nodes, (l >> 1) + 1);
  for (let c = 0; c < L.size; c++) for (const o of L.outsOf(c)) driverOf[o] = c;
  return nodes;
}

/**
 * A TbSim over the cones: nets 0 .. nodes-1 are the netlist's nodes, then one net per output
 * port bit (an output may be a complement or a constant). Registers: on a rising edge with rst
 * high a register with a reset value takes it, else an enabled one loads its input; all start at 0.
 */
class ConeSim implements TbSim {
  readonly nl: Pick<TbSim['nl'], 'inputs' | 'outputs'>;
  readonly v: Uint8Array;
  counting = false;
  onEdge?: () => void;
  private readonly outLits: Lit[] = [];
  private readonly outNets: number[] = [];
  private readonly comb: number[];
  private readonly flops: number[];
  private readonly rst: number[];
  constructor(
    private readonly rd: DesignReading,
    cells: readonly number[],
    nodes: number,
  ) {
    const L = rd.logic;
    const outputs = new Map<string, number[]>();
    let next = nodes;
    for (const [n, ls] of rd.ports.outputs)
      outputs.set(
        n,
        ls.map((l) => {
          this.outLits.push(l);
          this.outNets.push(next);
          return next++;
        }),
      );
    const inputs = new Map([...rd.ports.inputs].map(([n, ls]) => [n, ls.map((l) => l >> 1)]));
    this.nl = { inputs, outputs };
    this.v = new Uint8Array(next);
    // Cells are built after their inputs: index order is a topological order of the logic.
    this.comb = cells.filter((c) => L.kindOf(c) !== 'dff');
    this.flops = cells.filter((c) => L.kindOf(c) === 'dff');
    this.rst = inputs.get('rst') ?? [];
  }
  /** The value of a literal. */
  lit(l: Lit): number {
    return l < 2 ? l : this.v[l >> 1] ^ (l & 1);
  }
  setNet(n: number, val: number): void {
    this.v[n] = val;
  }
  settle(): void {
    const L = this.rd.logic,
      v = this.v;
    const x = (c: number, i: number) => this.lit(L.inputOf(c, i));
    for (const c of this.comb) {
      const o = L.outsOf(c);
      switch (L.kindOf(c)) {
        case 'and':
          v[o[0]] = x(c, 0) & x(c, 1);
          break;
        case 'xor':
          v[o[0]] = x(c, 0) ^ x(c, 1);
          break;
        case 'mux':
          v[o[0]] = x(c, 0) ? x(c, 1) : x(c, 2);
          break;
        case 'ha': {
          const a = x(c, 0),
            b = x(c, 1);
          v[o[0]] = a ^ b;
          if (o.length > 1) v[o[1]] = a & b;
          break;
        }
        case 'fa': {
          const a = x(c, 0),
            b = x(c, 1),
            ci = x(c, 2);
          v[o[0]] = a ^ b ^ ci;
          if (o.length > 1) v[o[1]] = (a & b) | (a & ci) | (b & ci);
          break;
        }
      }
    }
    for (let i = 0; i < this.outLits.length; i++) v[this.outNets[i]] = this.lit(this.outLits[i]);
  }
  risingEdge(): void {
    this.settle();
    if (this.counting) this.onEdge?.();
    const L = this.rd.logic;
    const rst = this.rst.some((n) => this.v[n]);
    const next = this.flops.map((c) => {
      const init = L.inputOf(c, 2);
      if (rst && init >= 0) return this.lit(init);
      return this.lit(L.inputOf(c, 1)) ? this.lit(L.inputOf(c, 0)) : this.v[L.outsOf(c)[0]];
    });
    this.flops.forEach((c, i) => (this.v[L.outsOf(c)[0]] = next[i]));
    this.settle();
  }
  fallingEdge(): void {}
  initState(): void {
    this.settle();
  }
}
