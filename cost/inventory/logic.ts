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
  readonly cost: CostFn;
}

/** What a cell costs, given which of its outputs are used (its outputs as nodes). */
export type CostFn = (used: (node: number) => boolean, outs: readonly number[]) => readonly Cost[];

const ONE = new Map<ComponentId, CostFn>();
/** The cost of a cell that is one `c` (one function per component: cells share it). */
export const one = (c: ComponentId): CostFn => {
  let f = ONE.get(c);
  if (!f) {
    const r = [{ component: c, count: 1 }];
    f = () => r;
    ONE.set(c, f);
  }
  return f;
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
  (both: readonly Cost[], sum: readonly Cost[], carry: readonly Cost[]): CostFn =>
  (used, outs) =>
    used(outs[0]) && used(outs[1]) ? both : used(outs[0]) ? sum : carry;
const FA_COST = adderCost(FA_BOTH, FA_SUM, FA_CARRY);
const HA_COST = adderCost(HA_BOTH, HA_SUM, HA_CARRY);
const AND_COST = one('and2'),
  XOR_COST = one('xor2'),
  MUX_COST = one('mux2');

/** Kinds of cells the numeric structural hash keys (their inputs are a few literals). */
const enum K {
  and = 1,
  xor,
  mux,
  fa,
  ha,
  /** Further kinds (`Logic.kind`) number from here. */
  first,
}
const NO = -1;

/**
 * The netlist. Cells are held as columns of numbers (kind, tag, first output node, output
 * count, input range, cost function), not as objects: a 32 x 32 array is millions of cells.
 * Identical cells are found by a structural hash keyed by numbers (the kind and up to five
 * input literals, open addressing); cells whose key is long (a CPA's operand words) by a string.
 */
export class Logic {
  /** The cell that drives each node (-1: an input of the top); `nodes` of them. */
  private driver = new Int32Array(1 << 11).fill(-1);
  private nodes = 1;
  /** Cells: kind, tag, first output node, output count, cost function, inputs insFlat[insAt .. insAt + insN). */
  private cellCap = 1 << 10;
  private ncells = 0;
  private kinds = new Int32Array(this.cellCap);
  private tags = new Int32Array(this.cellCap);
  private out0 = new Int32Array(this.cellCap);
  private nOut = new Int32Array(this.cellCap);
  private insAt = new Int32Array(this.cellCap);
  private insN = new Int32Array(this.cellCap);
  private costOf = new Int32Array(this.cellCap);
  private insFlat = new Int32Array(1 << 11);
  private nins = 0;
  private readonly costFns: CostFn[] = [];
  private readonly costIds = new Map<CostFn, number>();
  private readonly kindNames: string[] = ['', 'and', 'xor', 'mux', 'fa', 'ha'];
  private readonly kindIds = new Map<string, number>(this.kindNames.slice(1).map((k, i) => [k, i + 1]));
  /** Numeric structural hash: 6 words a slot (kind, 5 inputs), the first output node (0: empty). */
  private keys = new Int32Array(6 << 11);
  private vals = new Int32Array(1 << 11);
  private filled = 0;
  private readonly strHash = new Map<string, number>();
  /** The tag new cells get. */
  tag = 0;
  /** Literals a CPA repeats above its top distinct bit (its sign copies). */
  readonly cpaSign = new Set<Lit>();
  /** Flip-flops that are one only because they hold a CPA's sign copies. */
  readonly mergedCopies = new Set<Lit>();
  /**
   * What each EN-T digit cell (`enc`, inputs: the operand's bits) computes, by its first output
   * node: digit j of the template's mw-bit sign-magnitude ripple (rtl-templates/enc-ent.v.hbs),
   * so a simulation can evaluate it exactly (enable-duty.ts).
   */
  readonly entDigits = new Map<number, { readonly j: number; readonly mw: number; readonly signed: boolean }>();

  /** A fresh signal driven by nothing the model describes (an input port of the top). */
  input(): Lit {
    return 2 * this.newNodes(1, -1);
  }

  /** `n` new nodes driven by cell `c`; the first of them. */
  private newNodes(n: number, c: number): number {
    const first = this.nodes;
    if (first + n > this.driver.length) {
      const d = new Int32Array(Math.max(2 * this.driver.length, first + n)).fill(-1);
      d.set(this.driver);
      this.driver = d;
    }
    for (let i = 0; i < n; i++) this.driver[first + i] = c;
    this.nodes += n;
    return first;
  }

  /** Room for one more cell and `nIns` more inputs. */
  private room(nIns: number): void {
    if (this.ncells === this.cellCap) {
      const cap = 2 * this.cellCap;
      const g = (a: Int32Array) => {
        const b = new Int32Array(cap);
        b.set(a);
        return b;
      };
      this.kinds = g(this.kinds);
      this.tags = g(this.tags);
      this.out0 = g(this.out0);
      this.nOut = g(this.nOut);
      this.insAt = g(this.insAt);
      this.insN = g(this.insN);
      this.costOf = g(this.costOf);
      this.cellCap = cap;
    }
    if (this.nins + nIns > this.insFlat.length) {
      const b = new Int32Array(Math.max(2 * this.insFlat.length, this.nins + nIns));
      b.set(this.insFlat);
      this.insFlat = b;
    }
  }

  inputs(w: number): Lit[] {
    return Array.from({ length: w }, () => this.input());
  }

  /** The number of a cell kind (for `cellK`); the same name, the same number. */
  kind(name: string): number {
    return intern(this.kindIds, this.kindNames, name);
  }

  private costId(f: CostFn): number {
    return intern(this.costIds, this.costFns, f);
  }

  /** Appends a cell; returns its first output node (the others follow it). */
  private push(kind: number, ins: readonly Lit[], nOut: number, cost: CostFn): number {
    this.room(ins.length);
    const c = this.ncells++;
    const first = this.newNodes(nOut, c);
    this.kinds[c] = kind;
    this.tags[c] = this.tag;
    this.out0[c] = first;
    this.nOut[c] = nOut;
    this.insAt[c] = this.nins;
    this.insN[c] = ins.length;
    for (let i = 0; i < ins.length; i++) this.insFlat[this.nins++] = ins[i];
    this.costOf[c] = this.costId(cost);
    return first;
  }

  private push2(kind: number, a: Lit, b: Lit, nOut: number, cost: number): number {
    this.room(2);
    const c = this.ncells++;
    const first = this.newNodes(nOut, c);
    this.kinds[c] = kind;
    this.tags[c] = this.tag;
    this.out0[c] = first;
    this.nOut[c] = nOut;
    this.insAt[c] = this.nins;
    this.insN[c] = 2;
    this.insFlat[this.nins++] = a;
    this.insFlat[this.nins++] = b;
    this.costOf[c] = cost;
    return first;
  }

  private slot(kind: number, a: number, b: number, c: number, d: number, e: number): number {
    let h = Math.imul(kind, 0x9e3779b1);
    h = Math.imul(h ^ a, 0x85ebca6b);
    h = Math.imul(h ^ b, 0xc2b2ae35);
    h = Math.imul(h ^ c, 0x27d4eb2f);
    h = Math.imul(h ^ d, 0x165667b1);
    h = Math.imul(h ^ e, 0x9e3779b1);
    h ^= h >>> 15;
    const mask = this.vals.length - 1;
    let i = h & mask;
    const k = this.keys;
    for (;;) {
      if (this.vals[i] === 0) return i;
      const o = 6 * i;
      if (k[o] === kind && k[o + 1] === a && k[o + 2] === b && k[o + 3] === c && k[o + 4] === d && k[o + 5] === e) return i;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const oldK = this.keys,
      oldV = this.vals;
    this.keys = new Int32Array(oldK.length * 4);
    this.vals = new Int32Array(oldV.length * 4);
    for (let i = 0; i < oldV.length; i++) {
      if (oldV[i] === 0) continue;
      const o = 6 * i;
      const j = this.slot(oldK[o], oldK[o + 1], oldK[o + 2], oldK[o + 3], oldK[o + 4], oldK[o + 5]);
      const n = 6 * j;
      for (let x = 0; x < 6; x++) this.keys[n + x] = oldK[o + x];
      this.vals[j] = oldV[i];
    }
  }

  /**
   * A cell of kind number `kind` (`kind()`) on up to five input literals (`NO` for none), built
   * once per (kind, inputs); returns its first output node (outputs are consecutive nodes).
   */
  cellK(kind: number, a: Lit, b: Lit, c: Lit, d: Lit, e: Lit, nOut: number, cost: CostFn): number {
    const i = this.slot(kind, a, b, c, d, e);
    if (this.vals[i] !== 0) return this.vals[i];
    // push() without an array of the inputs: the given ones, in order.
    this.room(5);
    const cell = this.ncells++;
    const first = this.newNodes(nOut, cell);
    this.kinds[cell] = kind;
    this.tags[cell] = this.tag;
    this.out0[cell] = first;
    this.nOut[cell] = nOut;
    const at = this.nins;
    this.insAt[cell] = at;
    if (a !== NO) this.insFlat[this.nins++] = a;
    if (b !== NO) this.insFlat[this.nins++] = b;
    if (c !== NO) this.insFlat[this.nins++] = c;
    if (d !== NO) this.insFlat[this.nins++] = d;
    if (e !== NO) this.insFlat[this.nins++] = e;
    this.insN[cell] = this.nins - at;
    this.costOf[cell] = this.costId(cost);
    this.store(i, kind, a, b, c, d, e, first);
    return first;
  }

  private store(i: number, kind: number, a: number, b: number, c: number, d: number, e: number, first: number): void {
    const o = 6 * i;
    const k = this.keys;
    k[o] = kind;
    k[o + 1] = a;
    k[o + 2] = b;
    k[o + 3] = c;
    k[o + 4] = d;
    k[o + 5] = e;
    this.vals[i] = first;
    if (++this.filled * 2 > this.vals.length) this.grow();
  }

  /** A two-input cell of a built-in kind, its one or two outputs; the first output node. */
  private cell2(kind: number, a: Lit, b: Lit, nOut: number, cost: number): number {
    const i = this.slot(kind, a, b, NO, NO, NO);
    if (this.vals[i] !== 0) return this.vals[i];
    const first = this.push2(kind, a, b, nOut, cost);
    this.store(i, kind, a, b, NO, NO, NO, first);
    return first;
  }

  /** A cell with `nOut` outputs, built once per key (none: always a new one); returns its outputs as literals. */
  cell(kind: string, key: string | undefined, ins: Lit[], nOut: number, cost: CostFn): Lit[] {
    const k = key === undefined ? undefined : `${kind}|${key}`;
    let first: number | undefined = k !== undefined ? this.strHash.get(k) : undefined;
    if (first === undefined) {
      first = this.push(this.kind(kind), ins, nOut, cost);
      if (k !== undefined) this.strHash.set(k, first);
    }
    const lits: Lit[] = new Array<Lit>(nOut);
    for (let i = 0; i < nOut; i++) lits[i] = 2 * (first + i);
    return lits;
  }

  /** Cells keyed by the caller's words (a CPA's operands), found by a numeric hash of them. */
  private readonly wordHash = new Map<number, { key: readonly (readonly Lit[])[]; first: number }[]>();

  /**
   * `cell` with a key of literal words (equal when every word is), without making it a string:
   * the same cell for the same kind and words, a new one otherwise.
   */
  cellOfWords(kind: string, key: readonly (readonly Lit[])[], ins: readonly Lit[], nOut: number, cost: CostFn): Lit[] {
    const k = this.kind(kind);
    let h = Math.imul(k, 0x9e3779b1);
    for (const w of key) {
      h = Math.imul(h ^ w.length, 0x85ebca6b);
      for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w[i], 0xc2b2ae35);
    }
    let list = this.wordHash.get(h);
    let first = -1;
    if (list) {
      for (const c of list)
        if (this.kindOf(this.driver[c.first]) === kind && sameWords(c.key, key)) {
          first = c.first;
          break;
        }
    } else this.wordHash.set(h, (list = []));
    if (first < 0) {
      first = this.push(k, ins, nOut, cost);
      list.push({ key, first });
    }
    const lits: Lit[] = new Array<Lit>(nOut);
    for (let i = 0; i < nOut; i++) lits[i] = 2 * (first + i);
    return lits;
  }

  /** Sets a cell's inputs and cost after it was built (a register in a feedback loop); `node` is its output. */
  complete(node: number, ins: readonly Lit[], cost: CostFn): void {
    const c = this.driver[node];
    this.room(ins.length);
    this.insAt[c] = this.nins;
    this.insN[c] = ins.length;
    for (const x of ins) this.insFlat[this.nins++] = x;
    this.costOf[c] = this.costId(cost);
  }

  /** Cells built so far. */
  get size(): number {
    return this.ncells;
  }

  /** Input `i` of cell c (a literal; -1 when the cell has fewer inputs). */
  inputOf(c: number, i: number): Lit {
    return i < this.insN[c] ? this.insFlat[this.insAt[c] + i] : -1;
  }

  kindOf(c: number): string {
    return this.kindNames[this.kinds[c]];
  }

  tagOf(c: number): number {
    return this.tags[c];
  }

  outsOf(c: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.nOut[c]; i++) out.push(this.out0[c] + i);
    return out;
  }

  private readonly scratch: number[][] = [];
  /** What cell c costs, given which nodes are used. */
  costsOf(c: number, used: (node: number) => boolean): readonly Cost[] {
    // Cost functions do not keep `outs`: one array per output count serves every call.
    const n = this.nOut[c];
    const outs = (this.scratch[n] ??= new Array<number>(n).fill(0));
    for (let i = 0; i < n; i++) outs[i] = this.out0[c] + i;
    return this.costFns[this.costOf[c]](used, outs);
  }

  /** The cells as objects (for tests and inspection; the reading uses the columns). */
  get cells(): Cell[] {
    const out: Cell[] = [];
    for (let c = 0; c < this.ncells; c++) {
      const at = this.insAt[c];
      out.push({
        kind: this.kindOf(c),
        ins: [...this.insFlat.subarray(at, at + this.insN[c])],
        outs: this.outsOf(c),
        tag: this.tags[c],
        cost: this.costFns[this.costOf[c]],
      });
    }
    return out;
  }

  and(a: Lit, b: Lit): Lit {
    if (a === F || b === F || a === not(b)) return F;
    if (a === T || a === b) return b;
    if (b === T) return a;
    return a < b ? 2 * this.cell2(K.and, a, b, 1, this.andCost) : 2 * this.cell2(K.and, b, a, 1, this.andCost);
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
      r = a < b ? 2 * this.cell2(K.xor, a, b, 1, this.xorCost) : 2 * this.cell2(K.xor, b, a, 1, this.xorCost);
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
    return 2 * this.cellK(K.mux, s, t, e, NO, NO, 1, MUX_COST);
  }

  /** The carry of the last `sum3` or `sum2`. */
  carry: Lit = F;

  /** A full adder (sum, carry), simplified: constant inputs make it a half adder or wiring. */
  add3(a: Lit, b: Lit, c: Lit): [Lit, Lit] {
    const s = this.sum3(a, b, c);
    return [s, this.carry];
  }

  /** `add3` without the pair: returns the sum, leaves the carry in `carry` (no array per bit). */
  sum3(a: Lit, b: Lit, c: Lit): Lit {
    if (a > 1 && b > 1 && c > 1) {
      // Three signals (the common case), sorted without arrays.
      let x = a,
        y = b,
        z = c,
        t: Lit;
      if (x > y) ((t = x), (x = y), (y = t));
      if (y > z) ((t = y), (y = z), (z = t));
      if (x > y) ((t = x), (x = y), (y = t));
      // x + x + y = y + 2x; x + ~x + y = 1 + y (pairs in the order of the general case below).
      if (x === y) return this.pair(z, x);
      if (x === (y ^ 1)) return this.pair(z ^ 1, z);
      if (x === z) return this.pair(y, x);
      if (x === (z ^ 1)) return this.pair(y ^ 1, y);
      if (y === z) return this.pair(x, y);
      if (y === (z ^ 1)) return this.pair(x ^ 1, x);
      const o = this.cellK(K.fa, x, y, z, NO, NO, 2, FA_COST);
      return this.pair(2 * o, 2 * o + 2);
    }
    // At least one constant: the ones among the inputs and the (at most two) signals, sorted.
    let ones = 0,
      n = 0,
      s0: Lit = F,
      s1: Lit = F;
    if (a === T) ones++;
    else if (a !== F) ((s0 = a), (n = 1));
    if (b === T) ones++;
    else if (b !== F) {
      if (n === 0) s0 = b;
      else if (b < s0) ((s1 = s0), (s0 = b));
      else s1 = b;
      n++;
    }
    if (c === T) ones++;
    else if (c !== F) {
      if (n === 0) s0 = c;
      else if (c < s0) ((s1 = s0), (s0 = c));
      else s1 = c;
      n++;
    }
    if (ones > 0) {
      // x + y + 1: sum ~(x ^ y), carry x | y; x + 1 + 1: sum x, carry 1.
      if (ones === 3) return this.pair(T, T);
      if (ones === 2) return this.pair(n > 0 ? s0 : F, T);
      if (n === 0) return this.pair(T, F);
      if (n === 1) return this.pair(not(s0), s0);
      const x = not(this.xor(s0, s1));
      return this.pair(x, this.or(s0, s1));
    }
    if (n === 0) return this.pair(F, F);
    if (n === 1) return this.pair(s0, F);
    return this.sum2(s0, s1);
  }

  private pair(s: Lit, c: Lit): Lit {
    this.carry = c;
    return s;
  }

  add2(a: Lit, b: Lit): [Lit, Lit] {
    const s = this.sum2(a, b);
    return [s, this.carry];
  }

  /** `add2` without the pair: returns the sum, leaves the carry in `carry`. */
  sum2(a: Lit, b: Lit): Lit {
    if (a === F) return this.pair(b, F);
    if (b === F) return this.pair(a, F);
    if (a === T) return this.pair(not(b), b);
    if (b === T) return this.pair(not(a), a);
    if (a === b) return this.pair(F, a);
    if (a === not(b)) return this.pair(T, F);
    const o = a < b ? this.cell2(K.ha, a, b, 2, this.haCost) : this.cell2(K.ha, b, a, 2, this.haCost);
    return this.pair(2 * o, 2 * o + 2);
  }

  /**
   * The cells that reach `roots` (through their inputs), and which nodes are used. `ties`: nodes
   * driven by no cell that stand for a literal (a late input's fresh bits and their connections,
   * DesignReading.lateTies): the literal is used wherever the node is.
   */
  live(roots: readonly Lit[], ties?: ReadonlyMap<number, Lit>): { cells: Uint8Array; used: (node: number) => boolean } {
    const nodeUsed = new Uint8Array(this.nodes);
    const cellLive = new Uint8Array(this.ncells);
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
      if (c < 0) {
        const t = ties?.get(n);
        if (t !== undefined) mark(t);
        continue;
      }
      if (cellLive[c]) continue;
      cellLive[c] = 1;
      const at = this.insAt[c];
      for (let i = at; i < at + this.insN[c]; i++) mark(this.insFlat[i]);
    }
    return { cells: cellLive, used: (n) => nodeUsed[n] === 1 };
  }

  private readonly andCost = this.costId(AND_COST);
  private readonly xorCost = this.costId(XOR_COST);
  private readonly haCost = this.costId(HA_COST);
}

function sameWords(a: readonly (readonly Lit[])[], b: readonly (readonly Lit[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let j = 0; j < a.length; j++) {
    const x = a[j],
      y = b[j];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  }
  return true;
}

/** The number of `key` in `list` (appended, and its number recorded in `ids`, on first sight). */
function intern<K>(ids: Map<K, number>, list: K[], key: K): number {
  let n = ids.get(key);
  if (n === undefined) {
    n = list.length;
    list.push(key);
    ids.set(key, n);
  }
  return n;
}
