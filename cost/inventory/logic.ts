// A bit-level netlist of the cells the inventory prices, built the way flattening synthesis sees
// the RTL: constants propagate, inverters are free (a literal is a signal or its complement),
// identical cells on identical inputs are built once (Yosys opt_merge, ABC's structural hashing,
// across module boundaries), and only logic that reaches an output of the top is counted
// (opt_clean). Every cell carries the component it is priced as and the block it belongs to.
import type { ComponentId } from '../tech/recipes.js';

/** A literal: 0 is false, 1 true; 2n is node n and 2n + 1 its complement. */
export type Lit = number;
export const F: Lit = 0;
export const T: Lit = 1;
export const not = (l: Lit): Lit => l ^ 1;
export const isConst = (l: Lit): boolean => l < 2;

/** One priced part of a cell: `count` components, in the cell's block (`part` appends to its name). */
export interface Cost {
  readonly component: ComponentId;
  readonly count: number;
  readonly part?: string;
}

export interface Cell {
  readonly kind: string;
  /** Inputs (what keeps them alive); a register's are filled once its input is known. */
  ins: Lit[];
  readonly outs: readonly number[];
  /** The block and instance the cell was built for (an index into `tags`). */
  readonly tag: number;
  /** What the cell costs, given which of its outputs are used. */
  readonly cost: (used: (node: number) => boolean, outs: readonly number[]) => readonly Cost[];
}

const ONE = (c: ComponentId) => {
  const r = [{ component: c, count: 1 }];
  return () => r;
};
const costs = (...cs: [ComponentId, number][]): readonly Cost[] => cs.map(([component, count]) => ({ component, count }));
// An adder whose carry leaves the word is its sum XORs; one whose sum is unused, its carry gates.
const FA_BOTH = costs(['fa', 1]),
  FA_SUM = costs(['xor2', 2]),
  FA_CARRY = costs(['nand2', 3]);
const HA_BOTH = costs(['ha', 1]),
  HA_SUM = costs(['xor2', 1]),
  HA_CARRY = costs(['and2', 1]);
const adderCost =
  (both: readonly Cost[], sum: readonly Cost[], carry: readonly Cost[]): Cell['cost'] =>
  (used, outs) =>
    used(outs[0]) && used(outs[1]) ? both : used(outs[0]) ? sum : carry;
const FA_COST = adderCost(FA_BOTH, FA_SUM, FA_CARRY);
const HA_COST = adderCost(HA_BOTH, HA_SUM, HA_CARRY);

export class Logic {
  readonly cells: Cell[] = [];
  /** The cell that drives each node (-1: an input of the top). */
  private readonly driver: number[] = [-1];
  private readonly hash = new Map<string, Lit[]>();
  /** The tag new cells get. */
  tag = 0;
  /** Literals a CPA repeats above its top distinct bit (its sign copies). */
  readonly cpaSign = new Set<Lit>();
  /** Flip-flops that are one only because they hold a CPA's sign copies. */
  readonly mergedCopies = new Set<Lit>();

  /** A fresh signal driven by nothing the model describes (an input port of the top). */
  input(): Lit {
    this.driver.push(-1);
    return 2 * (this.driver.length - 1);
  }

  inputs(w: number): Lit[] {
    return Array.from({ length: w }, () => this.input());
  }

  /** A cell with `nOut` outputs, built once per key; returns its outputs as literals. */
  cell(kind: string, key: string | undefined, ins: Lit[], nOut: number, cost: Cell['cost']): Lit[] {
    const k = key === undefined ? undefined : `${kind}|${key}`;
    if (k !== undefined) {
      const have = this.hash.get(k);
      if (have) return have;
    }
    const idx = this.cells.length;
    const outs: number[] = [];
    for (let i = 0; i < nOut; i++) {
      outs.push(this.driver.length);
      this.driver.push(idx);
    }
    this.cells.push({ kind, ins, outs, tag: this.tag, cost });
    const lits = outs.map((n) => 2 * n);
    if (k !== undefined) this.hash.set(k, lits);
    return lits;
  }

  and(a: Lit, b: Lit): Lit {
    if (a === F || b === F || a === not(b)) return F;
    if (a === T || a === b) return b;
    if (b === T) return a;
    const [x, y] = a < b ? [a, b] : [b, a];
    return this.cell('and', `${x},${y}`, [x, y], 1, ONE('and2'))[0];
  }

  or(a: Lit, b: Lit): Lit {
    return not(this.and(not(a), not(b)));
  }

  xor(a: Lit, b: Lit): Lit {
    // Complements move to the output: one cell for a ^ b and ~a ^ b.
    const inv = (a & 1) ^ (b & 1);
    a &= ~1;
    b &= ~1;
    let r: Lit;
    if (a === b) r = F;
    else if (a === F) r = b;
    else if (b === F) r = a;
    else {
      const [x, y] = a < b ? [a, b] : [b, a];
      r = this.cell('xor', `${x},${y}`, [x, y], 1, ONE('xor2'))[0];
    }
    return r ^ inv;
  }

  /** s ? t : e */
  mux(s: Lit, t: Lit, e: Lit): Lit {
    if (s === T) return t;
    if (s === F) return e;
    if (t === e) return t;
    if (s & 1) return this.mux(not(s), e, t);
    if (t === F) return this.and(not(s), e);
    if (e === F) return this.and(s, t);
    if (t === T) return this.or(s, e);
    if (e === T) return this.or(not(s), t);
    if (t === s) return this.or(s, e);
    if (t === not(s)) return this.and(not(s), e);
    if (e === s) return this.and(s, t);
    if (e === not(s)) return this.or(not(s), t);
    if (t === not(e)) return this.xor(s, e);
    // Both data inputs complemented: one cell, the complement out.
    if (t & 1 && e & 1) return not(this.mux(s, not(t), not(e)));
    return this.cell('mux', `${s},${t},${e}`, [s, t, e], 1, ONE('mux2'))[0];
  }

  /** A full adder (sum, carry), simplified: constant inputs make it a half adder or wiring. */
  add3(a: Lit, b: Lit, c: Lit): [Lit, Lit] {
    const v = [a, b, c].filter((x) => x !== F);
    const ones = v.filter((x) => x === T).length;
    const sig = v.filter((x) => x !== T).sort((x, y) => x - y);
    if (ones > 0) {
      // x + y + 1: sum ~(x ^ y), carry x | y; x + 1 + 1: sum x, carry 1.
      if (ones === 3) return [T, T];
      if (ones === 2) return [sig[0] ?? F, T];
      if (sig.length === 0) return [T, F];
      if (sig.length === 1) return [not(sig[0]), sig[0]];
      return [not(this.xor(sig[0], sig[1])), this.or(sig[0], sig[1])];
    }
    if (sig.length === 0) return [F, F];
    if (sig.length === 1) return [sig[0], F];
    if (sig.length === 2) return this.add2(sig[0], sig[1]);
    // x + x + y = y + 2x; x + ~x + y = 1 + y.
    for (const [i, j, k] of [
      [0, 1, 2],
      [0, 2, 1],
      [1, 2, 0],
    ]) {
      if (sig[i] === sig[j]) return [sig[k], sig[i]];
      if (sig[i] === not(sig[j])) return [not(sig[k]), sig[k]];
    }
    const o = this.cell('fa', sig.join(','), sig, 2, FA_COST);
    return [o[0], o[1]];
  }

  add2(a: Lit, b: Lit): [Lit, Lit] {
    if (a === F) return [b, F];
    if (b === F) return [a, F];
    if (a === T) return [not(b), b];
    if (b === T) return [not(a), a];
    if (a === b) return [F, a];
    if (a === not(b)) return [T, F];
    const [x, y] = a < b ? [a, b] : [b, a];
    const o = this.cell('ha', `${x},${y}`, [x, y], 2, HA_COST);
    return [o[0], o[1]];
  }

  /** The cells that reach `roots` (through their inputs), and which nodes are used. */
  live(roots: readonly Lit[]): { cells: boolean[]; used: (node: number) => boolean } {
    const nodeUsed = new Uint8Array(this.driver.length);
    const cellLive: boolean[] = new Array<boolean>(this.cells.length).fill(false);
    const stack: number[] = [];
    const mark = (l: Lit) => {
      if (l >= 2 && !nodeUsed[l >> 1]) {
        nodeUsed[l >> 1] = 1;
        stack.push(l >> 1);
      }
    };
    roots.forEach(mark);
    while (stack.length) {
      const n = stack.pop()!;
      const c = this.driver[n];
      if (c < 0 || cellLive[c]) continue;
      cellLive[c] = true;
      this.cells[c].ins.forEach(mark);
    }
    return { cells: cellLive, used: (n) => nodeUsed[n] === 1 };
  }
}
