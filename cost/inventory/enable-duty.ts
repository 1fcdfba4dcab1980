// The enable duty of the clock-gated register banks: the fraction of cycles each bank's enable
// is on, from a two-valued simulation of the enables' cones in the reading's bit-level netlist
// (logic.ts), driven by the RTL testbench's own stimulus (rtl/sim/drive.ts runTestbench: reset,
// start, a_rd/b_rd answered in the same cycle, the tiles in TbSpec order) on the workload's
// operands, so an enable that follows the data (zero skipping: digit encoders in its cone) is
// counted as the hardware sees it. The gates, registers and digit encoders (radix-4 Booth, EN-T)
// are evaluated by their RTL templates' exact functions; a late input's fresh bit is driven by the
// literal its connection computes (DesignReading.lateTies); a cone that reaches a bit the reading
// left open, an operand input when no operands are given, or another datapath cell
// (selectors, CPAs: met in no enable cone of the examples checked) leaves its bank's duty unknown.
import { runTestbench, type TbSim } from '../../rtl/sim/drive.js';
import type { GemmShape, IntMatrix } from '../../ir/index.js';
import type { DesignReading, EnableBank } from './rtl-reading.js';
import type { Lit } from './logic.js';

/** Top inputs the testbench drives with control values. */
const CONTROL_INPUTS = ['rst', 'start', 'cfg_k', 'cfg_m'];
/** The operand buses: data, known when the operands are given. */
const OPERAND_INPUTS = ['a_in', 'b_in'];
/** Top outputs the testbench reads to walk the schedule (out_data is read only into C). */
const CONTROL_OUTPUTS = ['a_rd', 'a_idx', 'b_rd', 'b_idx', 'out_vld'];
/** Cell kinds the simulation evaluates (codes of ConeSim.settle). */
const KIND = new Map([
  ['and', 1],
  ['xor', 2],
  ['mux', 3],
  ['ha', 4],
  ['fa', 5],
  ['enc-booth4', 7],
  ['enc', 8],
]);

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

export interface EnableDutyOptions {
  /**
   * The operands the testbench streams (A is M x K, B is K x N: the workload's, as the gate level
   * simulates them); without them the buses carry zeros and a cone that reads them is unknown.
   */
  operands?: { readonly a: IntMatrix; readonly b: IntMatrix };
  /** A run longer than this (cone cells x cycles) is not simulated (duties unknown). */
  maxCellCycles?: number;
  /** The workload's cycles when known (the run's length for the bound; otherwise the testbench's bound on a tile, which a zero-skip schedule may pass). */
  cycles?: number;
}

/**
 * The duty of each bank over the whole GEMM `shape` (the real cycle count, not a sample: a
 * controller cone is a few hundred cells, a zero-skip design's with its encoders a few thousand).
 */
export function enableDuties(rd: DesignReading, banks: readonly EnableBank[], shape: GemmShape, o: EnableDutyOptions = {}): EnableDuties {
  const L = rd.logic;
  // About half a second of simulation at most (~10 ns a cell-cycle): beyond it the duty is unknown.
  const maxCellCycles = o.maxCellCycles ?? 5e7;
  const ops = o.operands;
  if (ops && (ops.a.rows !== shape.M || ops.a.cols !== shape.K || ops.b.rows !== shape.K || ops.b.cols !== shape.N))
    throw new Error(
      `enableDuties: operands ${ops.a.rows}x${ops.a.cols}, ${ops.b.rows}x${ops.b.cols} are not the GEMM ${shape.M}x${shape.N}x${shape.K}`,
    );
  const driverOf = new Int32Array(2 * L.size + 8).fill(-1);
  const nodes = nodeDrivers(rd, driverOf);
  const driven = new Set<number>();
  for (const n of [...CONTROL_INPUTS, ...(ops ? OPERAND_INPUTS : [])]) for (const l of rd.ports.inputs.get(n) ?? []) driven.add(l >> 1);
  // The cone of a literal: cells back through logic and registers; why it cannot be simulated.
  const inCone = new Uint8Array(L.size);
  const ties = new Map<number, Lit>();
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
        // A late input's fresh bit: its connection's literal drives it (ConeSim.settle).
        const tie = rd.lateTies.get(n);
        if (tie !== undefined) {
          ties.set(n, tie);
          if (tie >= 2) stack.push(tie >> 1);
          continue;
        }
        if (!driven.has(n))
          why ??= ops
            ? 'it depends on a signal the reading left open'
            : 'it depends on an operand input (no operands given) or a signal the reading left open';
        continue;
      }
      const unknown = unknownCell(rd, c);
      if (unknown) {
        why ??= `it depends on a datapath cell whose function is not simulated (${unknown})`;
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
  const sim = new ConeSim(rd, cells, nodes, ties);
  // Cycles of the run, from the testbench's own bound on a tile: refuse a run that is too long.
  const on = new Float64Array(banks.length);
  sim.onEdge = () => banks.forEach((b, i) => (on[i] += sim.lit(b.enableLit)));
  const zero = (rows: number, cols: number) => ({ rows, cols, data: new Int32Array(rows * cols) });
  const tiles =
    Math.ceil(shape.M / (tb.tileM || shape.M)) * Math.ceil(shape.N / (tb.tileN || shape.N)) * Math.ceil(shape.K / (tb.tileK || shape.K));
  if (cells.length * (o.cycles ?? tiles * (shape.K + shape.M + 64)) > maxCellCycles)
    return { duties: banks.map(() => ({ why: 'the workload is too long to simulate the enables over' })), cycles: 0 };
  const run = runTestbench(sim, tb, ops?.a ?? zero(shape.M, shape.K), ops?.b ?? zero(shape.K, shape.N), { portActivity: false });
  const cyc = run.simulatedCycles;
  if (sim.looped) return { duties: banks.map(() => ({ why: 'a late input reaches its own connection combinationally' })), cycles: 0 };
  return {
    duties: banks.map((_, i) => (whyOf[i] ? { why: whyOf[i] } : { duty: cyc ? on[i] / cyc : 0 })),
    cycles: cyc,
  };
}

/** Why cell c cannot be evaluated exactly (its kind, and what is missing), or undefined. */
function unknownCell(rd: DesignReading, c: number): string | undefined {
  const L = rd.logic;
  const k = L.kindOf(c);
  if (k === 'dff') return undefined;
  if (!KIND.has(k)) return k;
  // An EN-T digit is known by the template parameters the reading recorded for it.
  if (k === 'enc' && !L.entDigits.has(L.outsOf(c)[0])) return 'enc without its digit parameters';
  return undefined;
}

function insOf(L: DesignReading['logic'], c: number): Lit[] {
  const ins: Lit[] = [];
  for (let i = 0; ; i++) {
    const x = L.inputOf(c, i);
    if (x < 0) return ins;
    ins.push(x);
  }
}

/** driverOf[node] = the cell driving it (-1: a top input or a fresh bit); returns the node count. */
function nodeDrivers(rd: DesignReading, driverOf: Int32Array): number {
  const L = rd.logic;
  let nodes = 1;
  for (let c = 0; c < L.size; c++) for (const o of L.outsOf(c)) nodes = Math.max(nodes, o + 1);
  for (const ls of [...rd.ports.inputs.values(), ...rd.ports.outputs.values()]) for (const l of ls) nodes = Math.max(nodes, (l >> 1) + 1);
  for (const [n, l] of rd.lateTies) nodes = Math.max(nodes, n + 1, (l >> 1) + 1);
  for (let c = 0; c < L.size; c++) for (const o of L.outsOf(c)) driverOf[o] = c;
  return nodes;
}

/**
 * A TbSim over the cones: nets 0 .. nodes-1 are the netlist's nodes, then one net per output
 * port bit (an output may be a complement or a constant). Registers: on a rising edge with rst
 * high a register with a reset value takes it, else an enabled one loads its input; all start at 0.
 * The cells are columns of numbers (kind code, inputs, first output), and a settle with no input
 * or register changed since the last one is skipped (the driver settles several times a cycle).
 */
class ConeSim implements TbSim {
  readonly nl: Pick<TbSim['nl'], 'inputs' | 'outputs'>;
  readonly v: Uint8Array;
  counting = false;
  onEdge?: () => void;
  private dirty = true;
  private readonly outLits: Lit[] = [];
  private readonly outNets: number[] = [];
  /** Combinational cells in topological order: kind code, inputs ins[at .. at + nIn), outputs from out. */
  private readonly code: Uint8Array;
  private readonly at: Int32Array;
  private readonly nIn: Int32Array;
  private readonly out: Int32Array;
  private readonly nOut: Int32Array;
  private readonly ins: Int32Array;
  /** Per EN-T digit cell (code 8): j, mw, signed. */
  private readonly ent: Int32Array;
  /** Registers: output node, input, enable, reset value (-1: none). */
  private readonly fq: Int32Array;
  private readonly fd: Int32Array;
  private readonly fe: Int32Array;
  private readonly fi: Int32Array;
  private readonly fnext: Uint8Array;
  private readonly rst: number[];
  /** Late inputs' fresh nodes and the literals driving them (DesignReading.lateTies). */
  private readonly tieNode: Int32Array;
  private readonly tieLit: Int32Array;
  /** A settle whose ties did not come to rest (a combinational loop: the duties are unknown). */
  looped = false;
  constructor(rd: DesignReading, cells: readonly number[], nodes: number, ties: ReadonlyMap<number, Lit> = new Map()) {
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
    const comb = cells.filter((c) => L.kindOf(c) !== 'dff');
    const flops = cells.filter((c) => L.kindOf(c) === 'dff');
    const n = comb.length;
    this.code = new Uint8Array(n);
    this.at = new Int32Array(n);
    this.nIn = new Int32Array(n);
    this.out = new Int32Array(n);
    this.nOut = new Int32Array(n);
    this.ent = new Int32Array(3 * n);
    const ins: number[] = [];
    comb.forEach((c, i) => {
      this.code[i] = KIND.get(L.kindOf(c))!;
      this.at[i] = ins.length;
      for (const x of insOf(L, c)) ins.push(x);
      this.nIn[i] = ins.length - this.at[i];
      const o = L.outsOf(c);
      this.out[i] = o[0];
      this.nOut[i] = o.length;
      const e = this.code[i] === 8 ? L.entDigits.get(o[0])! : undefined;
      if (e) this.ent.set([e.j, e.mw, e.signed ? 1 : 0], 3 * i);
    });
    this.ins = Int32Array.from(ins);
    this.fq = Int32Array.from(flops, (c) => L.outsOf(c)[0]);
    this.fd = Int32Array.from(flops, (c) => L.inputOf(c, 0));
    this.fe = Int32Array.from(flops, (c) => L.inputOf(c, 1));
    this.fi = Int32Array.from(flops, (c) => L.inputOf(c, 2));
    this.fnext = new Uint8Array(flops.length);
    this.rst = inputs.get('rst') ?? [];
    this.tieNode = Int32Array.from(ties.keys());
    this.tieLit = Int32Array.from(ties.values());
  }
  /** The value of a literal. */
  lit(l: Lit): number {
    return l < 2 ? l : this.v[l >> 1] ^ (l & 1);
  }
  setNet(n: number, val: number): void {
    if (this.v[n] === val) return;
    this.v[n] = val;
    this.dirty = true;
  }
  settle(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const v = this.v;
    // Node 0 is the constant (never driven, always 0): literal 0 reads 0 and literal 1 reads 1.
    const x = (l: number) => v[l >> 1] ^ (l & 1);
    // A late input's fresh bit is read by cells built before its connection's logic: the pass
    // is repeated until every tie holds its literal's value (the ties chain at most once each).
    for (let pass = 0; ; pass++) {
      this.pass(x);
      let moved = false;
      for (let t = 0; t < this.tieNode.length; t++) {
        const val = x(this.tieLit[t]);
        if (v[this.tieNode[t]] !== val) {
          v[this.tieNode[t]] = val;
          moved = true;
        }
      }
      if (!moved) break;
      if (pass > this.tieNode.length) {
        this.looped = true;
        break;
      }
    }
    for (let i = 0; i < this.outLits.length; i++) v[this.outNets[i]] = this.lit(this.outLits[i]);
  }
  /** One pass over the combinational cells in index order. */
  private pass(x: (l: number) => number): void {
    const v = this.v,
      ins = this.ins,
      at = this.at,
      out = this.out,
      code = this.code,
      n = code.length;
    for (let i = 0; i < n; i++) {
      const p = at[i],
        o = out[i];
      switch (code[i]) {
        case 1:
          v[o] = x(ins[p]) & x(ins[p + 1]);
          break;
        case 2:
          v[o] = x(ins[p]) ^ x(ins[p + 1]);
          break;
        case 3:
          v[o] = x(ins[p]) ? x(ins[p + 1]) : x(ins[p + 2]);
          break;
        case 4: {
          const a = x(ins[p]),
            b = x(ins[p + 1]);
          v[o] = a ^ b;
          if (this.nOut[i] > 1) v[o + 1] = a & b;
          break;
        }
        case 5: {
          const a = x(ins[p]),
            b = x(ins[p + 1]),
            ci = x(ins[p + 2]);
          v[o] = a ^ b ^ ci;
          if (this.nOut[i] > 1) v[o + 1] = (a & b) | (a & ci) | (b & ci);
          break;
        }
        case 7: {
          // enc-booth4.v.hbs, one digit of the window x2 x1 x0: outputs one, two, nonzero.
          const x0 = x(ins[p]),
            x1 = x(ins[p + 1]),
            x2 = x(ins[p + 2]);
          const one = x1 ^ x0,
            two = (x2 & (x1 ^ 1) & (x0 ^ 1)) | ((x2 ^ 1) & x1 & x0);
          v[o] = one;
          v[o + 1] = two;
          v[o + 2] = one | two;
          break;
        }
        case 8:
          this.entDigit(i, x);
          break;
      }
    }
  }
  /**
   * enc-ent.v.hbs, digit j of the operand a (the cell's inputs, w bits): mag = |a| as mw bits
   * (a extended to mw bits, negated when signed and negative), radix-4 groups g_k = mag[2k+1:2k],
   * t_k = g_k + c_k, c_0 = 0, c_{k+1} = t_k >= 3; digit j: one = t == 1 | t == 3, two = t == 2,
   * neg = (one | two) & ((t == 3) ^ sign), nonzero = one | two.
   */
  private entDigit(i: number, x: (l: number) => number): void {
    const ins = this.ins,
      p = this.at[i],
      w = this.nIn[i];
    const j = this.ent[3 * i],
      signed = this.ent[3 * i + 2];
    const sign = signed ? x(ins[p + w - 1]) : 0;
    let cn = 1,
      c = 0,
      t = 0;
    for (let k = 0; k <= j; k++) {
      let g = 0;
      for (let b = 0; b < 2; b++) {
        const bit = 2 * k + b;
        let e = bit < w ? x(ins[p + bit]) : signed ? x(ins[p + w - 1]) : 0;
        if (sign) {
          // Two's complement negation, bit by bit: ~e plus the carry in.
          const ne = e ^ 1;
          e = ne ^ cn;
          cn = ne & cn;
        }
        g |= e << b;
      }
      t = g + c;
      c = t >= 3 ? 1 : 0;
    }
    const m = t === 3 ? 1 : 0,
      one = t === 1 || m ? 1 : 0,
      two = t === 2 ? 1 : 0;
    const o = this.out[i],
      v = this.v;
    v[o] = one;
    v[o + 1] = two;
    v[o + 2] = (one | two) & (m ^ sign);
    v[o + 3] = one | two;
  }
  risingEdge(): void {
    this.settle();
    if (this.counting) this.onEdge?.();
    const rst = this.rst.some((n) => this.v[n]);
    const { fq, fd, fe, fi, fnext } = this;
    for (let f = 0; f < fq.length; f++) fnext[f] = rst && fi[f] >= 0 ? this.lit(fi[f]) : this.lit(fe[f]) ? this.lit(fd[f]) : this.v[fq[f]];
    for (let f = 0; f < fq.length; f++) this.setNet(fq[f], fnext[f]);
    this.settle();
  }
  fallingEdge(): void {}
  initState(): void {
    this.settle();
  }
}
