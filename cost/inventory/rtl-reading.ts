// The component inventory as a reading of the RTL model `tpe emit` builds (rtl/model): the
// design is flattened from its top and every register, expression and instance is evaluated on
// symbolic bits (cost/inventory/logic.ts), with what flattening synthesis does to it: constants
// propagate (a full adder with a zero input is a half adder or a wire, an adder as wide as its
// operands' distinct bits), identical logic on identical inputs is built once (the encoders and
// partial-product rows of PEs on one broadcast line, flip-flops holding the same bit), and only
// logic that reaches an output counts.
//
// What each node is priced as comes from its kind alone: the leaf modules of rtl/model/lib.ts
// are the cost model's components (full adders and compressor rows, carry-propagate adders,
// digit encoders, partial-product selectors); expressions are gates (AND/OR, XOR, 2:1 selects;
// `+`, `-`, compares and shifts as the gates and half/full adders they are made of); each
// register bit synthesis keeps is a flip-flop, plus a select when it has an enable and a gate
// when it has a reset value. Items are named by the blocks the model's builders label their
// nodes with (RtlBlock); the counts never depend on a design's architecture.
import type { Design, Diagnostic, Result } from '../../ir/index.js';
import { buildRtlModel, checkSupport, type RtlModel } from '../../rtl/index.js';
import { namesOf, parseExpr, selfWidth, type Expr } from '../../rtl/model/expr.js';
import type { RtlBlock, RtlModule, RtlReg } from '../../rtl/model/types.js';
import type { ComponentId } from '../tech/recipes.js';
import type { CpaRole, InventoryItem, PathElement, RegisterRole, Scope } from '../types.js';
import { F, T, isConst, Logic, not, type Cost, type CostFn, type Lit } from './logic.js';

interface Sig {
  readonly bits: readonly Lit[];
  /** 3:2 rows behind the signal, since the last register that is not a pipeline stage. */
  depth: number;
  /** The slowest chain of datapath cells behind the signal since the last register (any). */
  path: Path;
}

/**
 * A chain of datapath cells (selectors, encoders, 3:2 rows, carry-propagate adders) as timing
 * path elements, and its nominal length in 3:2-row units (a w-bit CPA: half a row for its
 * generate level plus log2 w prefix levels), which picks the slowest of several chains.
 */
interface Path {
  readonly cost: number;
  readonly els: readonly PathElement[];
}
const EMPTY: Path = { cost: 0, els: [] };
/** A bit no driver has set yet (not a literal). */
const UNSET = -2;
function then(p: Path, e: PathElement): Path {
  const last = p.els[p.els.length - 1];
  const cost =
    p.cost + (e.kind === 'cpa' ? (e.width <= 1 ? 0 : 0.5 + Math.ceil(Math.log2(e.width))) : e.kind === 'component' ? e.times : 0);
  if (last?.kind === 'component' && e.kind === 'component' && last.component === e.component && e.component === 'fa') {
    return { cost, els: [...p.els.slice(0, -1), { ...last, times: last.times + e.times, what: `${last.times + e.times} 3:2 rows` }] };
  }
  return { cost, els: [...p.els, e] };
}

/** A register-to-register (or port) path of the model: the block of the register it ends in. */
export interface Segment {
  readonly into: string;
  readonly path: readonly PathElement[];
}

/** Where a cell was built: its block, and the PE instance it belongs to. */
interface Tag {
  readonly block: string;
  readonly scope: Scope;
  readonly role?: RegisterRole;
  /** What the block's carry-propagate adders add (non-register cells only). */
  readonly cpa?: CpaRole;
  readonly pe?: string;
}

/** What the inventory reads from a design's RTL model. */
export interface DesignReading {
  readonly model: RtlModel;
  /** The priced cells of the whole design, by block (PE blocks per PE, the rest per array). */
  readonly items: InventoryItem[];
  /** PE instances of the array. */
  readonly pes: number;
  /** Component totals of the design (flattened), for tests and comparisons. */
  readonly totals: Totals;
  /** 3:2 rows on the longest path through the compressor rows inside a module (any instance). */
  depthIn(module: string): number;
  /** 3:2 rows behind the inputs of an instance (`pe0_0/u_acc_csa`, or one of the top's). */
  depthInto(path: string): number;
  /** Signals read but driven by nothing in the model (should be none). */
  readonly undriven: readonly string[];
  /** The distinct slowest datapath chains into each register block (and the top's outputs). */
  readonly segments: readonly Segment[];
  /** What automatic clock gating (the flow's Yosys `clockgate`) makes of the registers. */
  readonly gating: Gating;
  /** The bit-level netlist read and the top's ports as its literals (the enable duty's simulation, enable-duty.ts). */
  readonly logic: Logic;
  readonly ports: { readonly inputs: ReadonlyMap<string, readonly Lit[]>; readonly outputs: ReadonlyMap<string, readonly Lit[]> };
  /**
   * The fresh bits read for late inputs (evalModule), each with the literal its connection
   * computes once read after the instance: not cells (the inventory counts nothing for them), so
   * the enable duty's simulation can drive them as the hardware does. They are the connection's
   * net: every instance input connected to it reads them (late or not), and the logic computing
   * the literal is live where they are.
   */
  readonly lateTies: ReadonlyMap<number, Lit>;
}

/**
 * Flip-flops that share one enable signal (polarity included), as Yosys `clockgate` groups them:
 * a bank of at least CG_MIN_BANK bits is clocked through one integrated clock-gating cell and
 * loses its enable selects; a smaller one keeps them.
 */
export interface EnableBank {
  readonly bits: number;
  /** The RTL enable expression of the first register met with it (with its instance path). */
  readonly enable: string;
  /** The enable as a literal of `logic`. */
  readonly enableLit: Lit;
  /** Blocks of its registers, sorted. */
  readonly blocks: readonly string[];
  readonly scope: Scope;
  readonly gated: boolean;
}

export interface Gating {
  readonly banks: readonly EnableBank[];
  /** `items` with the gated banks' enable selects removed (one ICG per gated bank is priced by the estimate). */
  readonly items: InventoryItem[];
}

/** The smallest bank the flow gates (synth/synthesize.ts: `clockgate -min_net_size 3`). */
export const CG_MIN_BANK = 3;

export interface Totals {
  fa: number;
  ha: number;
  /** Partial-product selector cells (booth_sel) and gates built by ppgen rows of binary digits. */
  selectors: number;
  /** Digits of digit encoders (booth_enc / ent_enc cells). */
  encoderDigits: number;
  /** Bits of carry-propagate adders. */
  cpaBits: number;
  /** Flip-flops synthesis keeps. */
  flops: number;
  /** Every priced component. */
  byComponent: Record<string, number>;
}

const READINGS = new WeakMap<Design, Result<DesignReading>>();

/**
 * Readings by structure, most recent last: designs that differ only in what the RTL model never
 * reads (spans, the leading comment, the clock target, the technology, the workload bound) have
 * the same model and so the same reading (a sweep's clock or technology axis reads each array
 * once). Bounded, so memory stays flat over a sweep's designs.
 */
const BY_STRUCTURE = new Map<string, DesignReading>();
const STRUCTURES_KEPT = 8;
const NOT_IN_MODEL = new Set(['doc', 'clockNs', 'technology', 'workload']);

/** The design as the RTL model sees it: its IR as JSON without what the model does not read. */
export function structureKey(d: Design): string {
  return JSON.stringify(d, function (this: unknown, k: string, v: unknown) {
    if (this === d && NOT_IN_MODEL.has(k)) return undefined;
    if (k === 'span' || k.endsWith('Span') || k.endsWith('Spans')) return undefined;
    return typeof v === 'bigint' ? `${v}n` : v;
  });
}

/** The RTL model of a design and its reading, once per design object; E0601 when no template covers it. */
export function designReading(d: Design): Result<DesignReading> {
  let r = READINGS.get(d);
  if (!r) {
    const key = structureKey(d);
    const have = BY_STRUCTURE.get(key);
    // The same structure was read: the checks still run on this design (their diagnostics
    // point into its own file, and a clock or technology value can make it invalid).
    if (have && checkSupport(d).length === 0) {
      BY_STRUCTURE.delete(key);
      BY_STRUCTURE.set(key, have);
      r = { value: have, diagnostics: [] };
    } else {
      const m = buildRtlModel(d);
      r = m.value ? { value: readModel(m.value), diagnostics: [] } : { diagnostics: m.diagnostics as Diagnostic[] };
      if (r.value) {
        BY_STRUCTURE.set(key, r.value);
        if (BY_STRUCTURE.size > STRUCTURES_KEPT) BY_STRUCTURE.delete(BY_STRUCTURE.keys().next().value!);
      }
    }
    READINGS.set(d, r);
  }
  return r;
}

/** Reads a model from its top (or one module of it alone, its inputs fresh). */
export function readModel(model: RtlModel, name = model.top): DesignReading {
  const mods = new Map(model.modules.map((m) => [m.name, m]));
  const top = mods.get(name);
  if (!top) throw new Error(`rtl reading: no module ${name}`);
  // A register bit in a feedback loop whose input turns out constant (the carry word's bit 0)
  // is that constant: read again with it known, until no more turn up.
  const constant = new Map<string, Lit>();
  for (;;) {
    const rd = new Reader(mods, constant);
    const ins = new Map<string, Sig>();
    for (const p of top.ports) if (p.dir === 'input') ins.set(p.name, { bits: rd.logic.inputs(p.width), depth: 0, path: EMPTY });
    const isPe = top.template.startsWith('pe-');
    const outs = rd.evalModule(top, ins, { path: '', ...(isPe ? { pe: '' } : {}) });
    for (const o of outs.values()) rd.segment('outputs', o.path);
    if (rd.constantFeedback.size === 0)
      return rd.result(
        model,
        [...outs.values()].flatMap((s) => s.bits),
        {
          inputs: new Map([...ins].map(([k, v]) => [k, v.bits])),
          outputs: new Map([...outs].map(([k, v]) => [k, v.bits])),
        },
      );
    for (const [k, v] of rd.constantFeedback) constant.set(k, v);
  }
}

interface Ctx {
  /** Instance path, `pe0_1/` (empty at the top). */
  readonly path: string;
  /** The PE instance the module sits in. */
  readonly pe?: string;
  /** The block of the instance (what its unlabelled nodes belong to). */
  readonly block?: RtlBlock;
}

/** The register roles of rtl/model that the cost model's RegisterRole names. */
const ROLE: Record<string, RegisterRole> = {
  operand: 'operand',
  weight: 'weight',
  pipeline: 'pipeline',
  skew: 'skew',
  accumulator: 'accumulator',
  'accumulator-sum': 'accumulator-sum',
  'accumulator-carry': 'accumulator-carry',
  'partial-sum': 'partial-sum',
  result: 'result',
  control: 'control',
};

class Reader {
  readonly logic = new Logic();
  private readonly tags: Tag[] = [];
  private readonly tagIndex = new Map<string, number>();
  private readonly modDepth = new Map<string, number>();
  /** 3:2 rows into each instance, in the order met: its parent's path, its name (a map of them is made on first use). */
  private readonly instAt: string[] = [];
  private readonly instName: string[] = [];
  private readonly instRows: number[] = [];
  private readonly stack: string[] = [];
  readonly undriven: string[] = [];
  private readonly peSeen = new Set<string>();
  private readonly segs = new Map<string, Segment>();

  /** Records the chain into a register of `block` (one per distinct chain). */
  segment(into: string, p: Path): void {
    if (p.els.length === 0) return;
    const key = `${into}|${JSON.stringify(p.els)}`;
    if (!this.segs.has(key)) this.segs.set(key, { into, path: p.els });
  }

  /** Flip-flop (its output node) -> the enable Yosys narrows it to (holdOf), where not its RTL one. */
  readonly gateEnable = new Map<number, Lit>();

  /** Fresh bit (node) of a late input -> the literal of its connection (DesignReading.lateTies). */
  readonly lateTies = new Map<number, Lit>();

  /** The RTL enable of the first register met with each enable literal (EnableBank.enable). */
  readonly enableText = new Map<Lit, string>();

  /** Feedback register bits found to hold a constant (`path/reg[i]`). */
  readonly constantFeedback = new Map<string, Lit>();

  constructor(
    private readonly mods: Map<string, RtlModule>,
    private readonly known: ReadonlyMap<string, Lit>,
  ) {}

  /** Tags by (block or fallback name, register or not), per instance context. */
  private readonly tagMemo = new WeakMap<Ctx, [Map<RtlBlock | string, number>, Map<RtlBlock | string, number>]>();

  private tag(block: RtlBlock | undefined, fallback: string, ctx: Ctx, reg: boolean): number {
    let memo = this.tagMemo.get(ctx);
    if (!memo) this.tagMemo.set(ctx, (memo = [new Map(), new Map()]));
    const m = memo[reg ? 1 : 0];
    const k = block ?? fallback;
    let t = m.get(k);
    if (t === undefined) {
      t = this.tagOf(block, fallback, ctx, reg);
      m.set(k, t);
    }
    return t;
  }

  private tagOf(block: RtlBlock | undefined, fallback: string, ctx: Ctx, reg: boolean): number {
    const b = block ?? ctx.block;
    const name = b?.name ?? fallback;
    const scope: Scope = b?.scope ?? ctx.block?.scope ?? (ctx.pe !== undefined ? 'pe' : 'array');
    const role = reg ? (ROLE[b?.role ?? ''] ?? 'pipeline') : undefined;
    const cpa = reg ? undefined : b?.cpa;
    const key = `${name}|${scope}|${role ?? ''}|${cpa ?? ''}|${ctx.pe ?? ''}`;
    let i = this.tagIndex.get(key);
    if (i === undefined) {
      i = this.tags.length;
      this.tags.push({
        block: name,
        scope,
        ...(role ? { role } : {}),
        ...(cpa ? { cpa } : {}),
        ...(ctx.pe !== undefined ? { pe: ctx.pe } : {}),
      });
      this.tagIndex.set(key, i);
    }
    return i;
  }

  /** Runs `fn` with new cells tagged `t`. */
  private as<R>(t: number, fn: () => R): R {
    const save = this.logic.tag;
    this.logic.tag = t;
    try {
      return fn();
    } finally {
      this.logic.tag = save;
    }
  }

  private noteDepth(d: number): void {
    for (const m of this.stack) this.modDepth.set(m, Math.max(this.modDepth.get(m) ?? 0, d));
  }

  /** What a module's reading needs of its structure alone (the same for every instance). */
  private info(mod: RtlModule): ModInfo {
    let mi = MOD_INFO.get(mod);
    if (mi && mi.mods === this.mods) return mi;
    mi = modInfo(mod, this.mods);
    MOD_INFO.set(mod, mi);
    return mi;
  }

  evalModule(mod: RtlModule, inputs: Map<string, Sig>, ctx: Ctx): Map<string, Sig> {
    this.stack.push(mod.name);
    if (ctx.pe !== undefined) this.peSeen.add(ctx.pe);
    const L = this.logic;
    const { widthOf, drivers, regs, feedback, lateOf, expr: P } = this.info(mod);
    const sig = new Map<string, Sig>(inputs);
    const busy = new Set<string>();
    const instOut = new Map<number, Map<string, Sig>>();

    const get = (name: string): Sig => {
      const have = sig.get(name);
      if (have) return have;
      if (busy.has(name)) throw new Error(`rtl reading: combinational loop through ${name} in ${mod.name}`);
      busy.add(name);
      const w = widthOf(name);
      let s: Sig;
      const reg = regs.get(name);
      if (reg) s = register(reg);
      else {
        // UNSET marks the bits no driver has set (so no second array of flags).
        const bits: Lit[] = new Array<Lit>(w).fill(UNSET);
        let depth = 0;
        let path = EMPTY;
        for (const dr of drivers.get(name) ?? []) {
          let part: Sig;
          if (dr.assign) {
            const t = this.tag(dr.assign.block, 'logic', ctx, false);
            const a = dr.assign;
            part = this.as(t, () => expr(a.rhs, dr.hi - dr.lo + 1));
          } else {
            const o = inst(dr.inst!.idx).get(dr.inst!.port)!;
            part = { bits: fit(o.bits, dr.hi - dr.lo + 1), depth: o.depth, path: o.path };
          }
          for (let i = dr.lo; i <= dr.hi; i++) bits[i] = part.bits[i - dr.lo];
          depth = Math.max(depth, part.depth);
          // The slowest of the parts (the first of equals; none costing more than nothing: EMPTY).
          if (part.path.cost > path.cost) path = part.path;
        }
        if (bits.includes(UNSET)) {
          this.undriven.push(`${mod.name}.${name}`);
          for (let i = 0; i < w; i++) if (bits[i] === UNSET) bits[i] = L.input();
        }
        s = { bits, depth, path };
      }
      busy.delete(name);
      sig.set(name, s);
      return s;
    };

    const getBits = (n: string) => get(n).bits;
    // When the mux tree of `e` (?: only, as Yosys walks $mux cells) selects the register q: F if never.
    const hasQ = (e: Expr, q: string): boolean => (e.k === 'id' && e.name === q) || (e.k === 'cond' && (hasQ(e.t, q) || hasQ(e.e, q)));
    const holdOf = (e: Expr, q: string): Lit => {
      if (e.k === 'id' && e.name === q) return T;
      if (e.k !== 'cond' || !hasQ(e, q)) return F;
      const c = boolOf(L, evalExpr(L, e.c, selfWidth(e.c, widthOf), getBits, widthOf));
      return L.mux(c, holdOf(e.t, q), holdOf(e.e, q));
    };
    const expr = (e: Expr, w: number): Sig => {
      const bits = evalExpr(L, e, w, getBits, widthOf);
      let depth = 0;
      let path = EMPTY;
      for (const n of names(e)) {
        const g = get(n);
        depth = Math.max(depth, g.depth);
        if (g.path.cost > path.cost) path = g.path;
      }
      return { bits, depth, path };
    };

    // Registers that feed themselves (accumulators, counters): their outputs exist before
    // their inputs are known.
    const pending = new Map<string, () => void>();
    const register = (reg: RtlReg): Sig => {
      const t = this.tag(reg.block, 'registers', ctx, true);
      const pipe = reg.block?.role === 'pipeline';
      if (feedback.has(reg.name)) {
        const key = (i: number) => `${ctx.path}${reg.name}[${i}]`;
        // Known constant bits exist only on a second reading (readModel): no key strings before.
        const anyKnown = this.known.size > 0;
        const held = this.as(t, () =>
          Array.from({ length: reg.width }, (_, i) => (anyKnown && this.known.has(key(i)) ? undefined : flopCell(L))),
        );
        pending.set(reg.name, () => {
          const d = this.as(t, () => expr(P(reg.d), reg.width));
          this.segment(this.tags[t].block, d.path);
          const en = reg.en ? this.as(t, () => boolOf(L, expr(P(reg.en!), selfWidth(P(reg.en!), widthOf)).bits)) : T;
          if (reg.en && !this.enableText.has(en)) this.enableText.set(en, `${ctx.path}${reg.name}: ${reg.en}`);
          const init = reg.init !== undefined ? evalExpr(L, P(reg.init), reg.width, () => [], widthOf) : undefined;
          // Yosys opt_dff narrows the enable by the select values under which the D input's mux
          // tree leads back to the register itself (a hold): clockgate groups the flip-flops by
          // that enable. Read for the gating only: the flop keeps its RTL enable (the inventory's).
          const hold = this.as(t, () => holdOf(P(reg.d), reg.name));
          const gateEn = hold === F ? en : L.and(en, not(hold));
          if (gateEn !== en && !this.enableText.has(gateEn))
            this.enableText.set(gateEn, `${ctx.path}${reg.name}: ${reg.en ?? "1'b1"}, held by its D mux`);
          held.forEach((h, i) => {
            if (!h) return;
            if (gateEn !== en) this.gateEnable.set(h.q >> 1, gateEn);
            const b = d.bits[i];
            if (isConst(b) && (init === undefined || init[i] === b)) this.constantFeedback.set(key(i), b);
            h.set(b, en, init?.[i]);
          });
        });
        return { bits: held.map((h, i) => h?.q ?? this.known.get(key(i))!), depth: 0, path: EMPTY };
      }
      return this.as(t, () => {
        const d = expr(P(reg.d), reg.width);
        this.segment(this.tags[t].block, d.path);
        const en = reg.en ? boolOf(L, expr(P(reg.en), selfWidth(P(reg.en), widthOf)).bits) : T;
        if (reg.en && !this.enableText.has(en)) this.enableText.set(en, `${ctx.path}${reg.name}: ${reg.en}`);
        const init = reg.init !== undefined ? evalExpr(L, P(reg.init), reg.width, () => [], widthOf) : undefined;
        const bits = d.bits.map((b, i) => flop(L, b, en, init?.[i]));
        // Flip-flops holding a CPA's sign copies are one (synthesis proves the copies equal in
        // the pass that optimizes the CPA), but that merge comes after the logic they feed was
        // optimized: a CPA reading them sees distinct bits (cpa below).
        d.bits.forEach((b, i) => {
          if (i > 0 && b === d.bits[i - 1] && L.cpaSign.has(b)) L.mergedCopies.add(bits[i]);
        });
        return { bits, depth: pipe ? d.depth : 0, path: EMPTY };
      });
    };

    const lateConns: (() => void)[] = [];
    // A late input's fresh bits, by its connection's text and width: the net the connection
    // names. Every instance input connected to that net reads the same bits, late or not (a
    // fresh bit is its connection's net, lateTies), so what those instances build on it is one
    // logic on identical inputs, merged as synthesis merges it (bitslice_c16_opt3's PEs' digit
    // registers on one broadcast A and one dload: one flip-flop per bit, as Yosys opt_merge has them).
    let lateNets: Map<string, readonly Lit[]> | undefined;
    const lateBits = (text: string, w: number): readonly Lit[] => {
      const k = `${w}|${text}`;
      lateNets ??= new Map();
      let b = lateNets.get(k);
      if (!b) lateNets.set(k, (b = L.inputs(w)));
      return b;
    };
    const inst = (idx: number): Map<string, Sig> => {
      const have = instOut.get(idx);
      if (have) return have;
      const it = mod.net.insts[idx];
      const sub = this.mods.get(it.module)!;
      const ins = new Map<string, Sig>();
      let inDepth = 0;
      let inPath = EMPTY;
      // An input that depends on the instance's own outputs (through this module's logic, not
      // through a register: a PE's done flag ANDed over the array into its digit registers'
      // load enable) reaches only registers inside: it is read as fresh bits, and its logic
      // here is read after the instance.
      const late = lateOf(idx, sub);
      for (const p of sub.ports) {
        if (p.dir !== 'input') continue;
        const c = it.conns.find((x) => x.port === p.name);
        let s: Sig;
        if (c && late.has(p.name)) s = { bits: lateBits(c.expr, p.width), depth: 0, path: EMPTY };
        else if (c) {
          s = expr(P(c.expr), p.width);
          // The net another instance reads late (found while this connection's logic was read,
          // or before): its fresh bits, which its connection's literal drives (lateTies).
          const net = lateNets?.get(`${p.width}|${c.expr}`);
          if (net) s = { ...s, bits: net };
        } else s = { bits: new Array<Lit>(p.width).fill(F), depth: 0, path: EMPTY };
        ins.set(p.name, s);
        inDepth = Math.max(inDepth, s.depth);
        if (s.path.cost > inPath.cost) inPath = s.path;
      }
      const path = `${ctx.path}${it.name}`;
      this.instAt.push(ctx.path);
      this.instName.push(it.name);
      this.instRows.push(inDepth);
      const t = this.tag(it.block, leafBlock(sub), ctx, false);
      let outs = this.as(t, () => leaf(L, sub, ins, inDepth, inPath));
      if (outs) for (const o of outs.values()) this.noteDepth(o.depth);
      else {
        const isPe = sub.template.startsWith('pe-');
        const child: Ctx = {
          path: `${path}/`,
          ...(isPe ? { pe: path } : ctx.pe !== undefined ? { pe: ctx.pe } : {}),
          ...(it.block ? { block: it.block } : ctx.block ? { block: ctx.block } : {}),
        };
        outs = this.evalModule(sub, ins, child);
      }
      instOut.set(idx, outs);
      for (const c of it.conns)
        if (late.has(c.port))
          lateConns.push(() => {
            const fresh = ins.get(c.port)!.bits;
            expr(P(c.expr), fresh.length).bits.forEach((l, i) => this.lateTies.set(fresh[i] >> 1, l));
          });
      return outs;
    };

    // Everything the module holds or drives: its registers, outputs and every instance, then
    // the inputs of the registers that feed themselves.
    for (const g of mod.net.regs) get(g.name);
    mod.net.insts.forEach((_, i) => inst(i));
    const out = new Map<string, Sig>();
    for (const p of mod.ports) if (p.dir === 'output') out.set(p.name, get(p.name));
    for (const name of [...pending.keys()]) {
      pending.get(name)!();
      pending.delete(name);
    }
    for (const f of lateConns) f();
    this.stack.pop();
    return out;
  }

  result(model: RtlModel, roots: Lit[], ports: DesignReading['ports']): DesignReading {
    const L = this.logic;
    // A late input's fresh bit is its connection's net: the logic computing it is live where the bit is.
    const live = L.live(roots, this.lateTies);
    // Per (block, scope, role, component, part): counts per PE instance (or for the array).
    interface Acc {
      block: string;
      component: ComponentId;
      scope: Scope;
      role?: RegisterRole;
      /** A CPA's width (its cell's cpa_bit count): the at-clock model prices carry networks per adder. */
      width?: number;
      /** What a CPA's bits add (its block's RtlCpaRole): the energy model's CPA term reads it. */
      cpa?: CpaRole;
      perPe: Map<string, number>;
      array: number;
    }
    const acc = new Map<string, Acc>();
    const byComponent: Record<string, number> = {};
    const totals: Totals = { fa: 0, ha: 0, selectors: 0, encoderDigits: 0, cpaBits: 0, flops: 0, byComponent };
    // The tally of (tag, cost object) pairs seen: cost lists are shared constants. Each pair is a
    // slot counted here and added to its item (per PE or for the array) after the loop.
    const accOf: (Map<Cost, number> | undefined)[] = [];
    const slotAcc: Acc[] = [];
    const slotPe: (string | undefined)[] = [];
    const slotComponent: ComponentId[] = [];
    const slotCount: number[] = [];
    for (let i = 0; i < L.size; i++) {
      if (!live.cells[i]) continue;
      const ti = L.tagOf(i);
      let seen = accOf[ti];
      if (!seen) accOf[ti] = seen = new Map();
      const kind = L.kindOf(i);
      const cost = L.costsOf(i, live.used);
      for (const c of cost) {
        if (c.count === 0) continue;
        let s = seen.get(c);
        if (s === undefined) {
          const tag = this.tags[ti] ?? { block: 'logic', scope: 'array' as Scope };
          let a: Acc | undefined;
          const block = c.part ? `${tag.block} ${c.part}` : tag.block;
          const role = c.component === 'dff' ? tag.role : undefined;
          // A CPA's width (its cpa_bit count): the at-clock model prices carry networks per adder.
          const width = kind === 'cpa' && c.component === 'cpa_bit' ? c.count : undefined;
          const cpa = c.component === 'cpa_bit' ? tag.cpa : undefined;
          const key = `${block}|${c.component}|${tag.scope}|${role ?? ''}|${width ?? ''}|${cpa ?? ''}`;
          a = acc.get(key);
          if (!a) {
            a = {
              block,
              component: c.component,
              scope: tag.scope,
              ...(role ? { role } : {}),
              ...(width !== undefined ? { width } : {}),
              ...(cpa ? { cpa } : {}),
              perPe: new Map(),
              array: 0,
            };
            acc.set(key, a);
          }
          s = slotAcc.length;
          slotAcc.push(a);
          slotPe.push(tag.pe);
          slotComponent.push(c.component);
          slotCount.push(0);
          seen.set(c, s);
          // Components keep the order they are first met in.
          byComponent[c.component] ??= 0;
        }
        slotCount[s] += c.count;
      }
      if (kind === 'sel') totals.selectors++;
      if (kind === 'fa') totals.fa++;
      if (kind === 'ha') totals.ha++;
      if (kind === 'enc' || kind === 'enc-booth4') totals.encoderDigits++;
      if (kind === 'cpa') totals.cpaBits += cost[0]?.count ?? 0;
      if (kind === 'dff') totals.flops++;
    }
    for (let s = 0; s < slotAcc.length; s++) {
      const a = slotAcc[s],
        pe = slotPe[s],
        n = slotCount[s];
      if (pe !== undefined) a.perPe.set(pe, (a.perPe.get(pe) ?? 0) + n);
      else a.array += n;
      byComponent[slotComponent[s]] += n;
    }
    const pes = this.peSeen.size;
    // The items from per-item counts: the reading's own, or (gating) with enable selects left out.
    const itemsOf = (counts: (a: Acc) => { array: number; perPe: Map<string, number> }): InventoryItem[] => {
      const items: InventoryItem[] = [];
      for (const a of acc.values()) {
        const base = {
          block: a.block,
          component: a.component,
          scope: a.scope,
          ...(a.role ? { register: a.role } : {}),
          ...(a.width !== undefined ? { width: a.width } : {}),
          ...(a.cpa ? { cpa: a.cpa } : {}),
        };
        const { array, perPe } = counts(a);
        if (array) items.push({ ...base, perUnit: array, units: 1 });
        // PEs with the same count form one item; PEs that build nothing of it (their logic merged
        // with another PE's) are not listed.
        const byCount = new Map<number, number>();
        for (const n of perPe.values()) if (n > 0) byCount.set(n, (byCount.get(n) ?? 0) + 1);
        for (const [n, units] of [...byCount].sort((x, y) => y[1] - x[1] || x[0] - y[0])) {
          items.push({
            ...base,
            perUnit: n,
            units,
            ...(units < pes && a.perPe.size < pes
              ? { note: `${a.perPe.size} of ${pes} PEs build it; the others' is identical logic on identical inputs, merged` }
              : {}),
          });
        }
      }
      return items;
    };
    const items = itemsOf((a) => a);
    // What clock gating makes of the registers: only the estimate with clockGating asks, so it
    // is read on first use (a second pass over the flip-flops), not on every reading of a sweep.
    let gating: Gating | undefined;
    const gatingOf = (): Gating => {
      if (gating) return gating;
      // A late input's fresh bit is its connection's net (lateTies): PEs loaded by one `dload` share one ICG.
      const text = new Map<Lit, string>();
      const enableOf = (c: number) => {
        const own = this.gateEnable.get(L.outsOf(c)[0]) ?? L.inputOf(c, 1);
        let en = own;
        for (let tie = this.lateTies.get(en >> 1); tie !== undefined; tie = this.lateTies.get(en >> 1)) en = tie ^ (en & 1);
        if (!text.has(en)) text.set(en, this.enableText.get(en) ?? this.enableText.get(own) ?? '(an enable the reading built)');
        return en;
      };
      // Enable banks: live flip-flops by their enable literal (input 1 of a dff cell, or the one
      // opt_dff narrows it to; T: none).
      const bankBits = new Map<Lit, number>();
      const bankTags = new Map<Lit, Set<number>>();
      for (let i = 0; i < L.size; i++) {
        if (!live.cells[i] || L.kindOf(i) !== 'dff') continue;
        const en = enableOf(i);
        if (en < 2) continue;
        bankBits.set(en, (bankBits.get(en) ?? 0) + 1);
        let ts = bankTags.get(en);
        if (!ts) bankTags.set(en, (ts = new Set()));
        ts.add(L.tagOf(i));
      }
      // The enable selects of gated banks' flip-flops, per slot of the count above.
      const drop = new Array<number>(slotAcc.length).fill(0);
      for (let i = 0; i < L.size; i++) {
        if (!live.cells[i] || L.kindOf(i) !== 'dff' || (bankBits.get(enableOf(i)) ?? 0) < CG_MIN_BANK) continue;
        const seen = accOf[L.tagOf(i)]!;
        for (const c of L.costsOf(i, live.used)) if (c.part === 'enable' && c.count !== 0) drop[seen.get(c)!] += c.count;
      }
      const counts = new Map<Acc, { array: number; perPe: Map<string, number> }>();
      for (let s = 0; s < slotAcc.length; s++) {
        const a = slotAcc[s],
          pe = slotPe[s],
          g = slotCount[s] - drop[s];
        let e = counts.get(a);
        if (!e) counts.set(a, (e = { array: 0, perPe: new Map() }));
        if (pe !== undefined) e.perPe.set(pe, (e.perPe.get(pe) ?? 0) + g);
        else e.array += g;
      }
      const banks: EnableBank[] = [...bankBits].map(([en, bits]) => {
        const tags = [...bankTags.get(en)!].map((t) => this.tags[t] ?? { block: 'logic', scope: 'array' as Scope });
        return {
          bits,
          enable: text.get(en)!,
          enableLit: en,
          blocks: [...new Set(tags.map((t) => t.block))].sort(),
          scope: tags[0].scope,
          gated: bits >= CG_MIN_BANK,
        };
      });
      banks.sort((a, b) => a.enable.localeCompare(b.enable) || a.bits - b.bits);
      return (gating = { banks, items: itemsOf((a) => counts.get(a)!) });
    };
    const modDepth = this.modDepth;
    const { instAt, instName, instRows } = this;
    let instDepth: Map<string, number> | undefined;
    return {
      model,
      items,
      pes,
      totals,
      undriven: this.undriven,
      segments: [...this.segs.values()],
      get gating() {
        return gatingOf();
      },
      logic: L,
      ports,
      lateTies: this.lateTies,
      depthIn: (m) => modDepth.get(m) ?? 0,
      depthInto: (p) => {
        if (!instDepth) {
          // The first time an instance path is met is the one that counts.
          instDepth = new Map();
          for (let i = 0; i < instAt.length; i++) {
            const k = `${instAt[i]}${instName[i]}`;
            if (!instDepth.has(k)) instDepth.set(k, instRows[i]);
          }
        }
        const d = instDepth.get(p);
        if (d === undefined) throw new Error(`rtl reading: no instance ${p}`);
        return d;
      },
    };
  }
}

type Driver = { lo: number; hi: number; assign?: { rhs: Expr; block?: RtlBlock }; inst?: { idx: number; port: string } };

/** A module's structure as the reading walks it: widths, who drives each signal, feedback registers, parsed expressions. */
interface ModInfo {
  readonly mods: Map<string, RtlModule>;
  readonly widthOf: (n: string) => number;
  readonly drivers: Map<string, Driver[]>;
  readonly regs: Map<string, RtlReg>;
  readonly feedback: Set<string>;
  /** The late inputs of instance idx (lateInputs). */
  readonly lateOf: (idx: number, sub: RtlModule) => Set<string>;
  /** A parsed expression of the module's text (parsed once). */
  readonly expr: (text: string) => Expr;
}
const MOD_INFO = new WeakMap<RtlModule, ModInfo>();
const NAMES = new WeakMap<Expr, readonly string[]>();
const LEAF_EXPRS = new WeakMap<RtlModule, Map<string, Expr>>();
/** An expression of a leaf module's parameters, parsed once per module. */
function leafExpr(m: RtlModule, text: string): Expr {
  let map = LEAF_EXPRS.get(m);
  if (!map) LEAF_EXPRS.set(m, (map = new Map()));
  let e = map.get(text);
  if (!e) {
    e = parseExpr(text);
    map.set(text, e);
  }
  return e;
}
/** The signals an expression reads (namesOf, once per parsed expression). */
function names(e: Expr): readonly string[] {
  let n = NAMES.get(e);
  if (!n) {
    n = namesOf(e);
    NAMES.set(e, n);
  }
  return n;
}

function modInfo(mod: RtlModule, mods: Map<string, RtlModule>): ModInfo {
  const widths = new Map<string, number>();
  for (const p of mod.ports) widths.set(p.name, p.width);
  for (const w of mod.net.wires) widths.set(w.name, w.width);
  for (const g of mod.net.regs) widths.set(g.name, g.width);
  const widthOf = (n: string) => {
    const w = widths.get(n);
    if (w === undefined) throw new Error(`rtl reading: ${mod.name} reads ${n}, which it does not declare`);
    return w;
  };
  const parsed = new Map<string, Expr>();
  const expr = (t: string): Expr => {
    let e = parsed.get(t);
    if (!e) {
      e = parseExpr(t);
      parsed.set(t, e);
    }
    return e;
  };
  // Who drives each signal (or a range of it): assigns, instance outputs, registers.
  const drivers = new Map<string, Driver[]>();
  const drive = (lhs: Expr, dr: Omit<Driver, 'lo' | 'hi'>) => {
    if (lhs.k !== 'id' && lhs.k !== 'sel') throw new Error(`rtl reading: ${mod.name} drives an expression`);
    const w = widthOf(lhs.name);
    const [lo, hi] = lhs.k === 'sel' ? [lhs.lo, lhs.hi] : [0, w - 1];
    const list = drivers.get(lhs.name) ?? [];
    list.push({ lo, hi, ...dr });
    drivers.set(lhs.name, list);
  };
  for (const a of mod.net.assigns) drive(expr(a.lhs), { assign: { rhs: expr(a.rhs), ...(a.block ? { block: a.block } : {}) } });
  mod.net.insts.forEach((it, idx) => {
    const sub = mods.get(it.module);
    if (!sub) throw new Error(`rtl reading: no module ${it.module}`);
    for (const c of it.conns)
      if (sub.ports.find((p) => p.name === c.port)?.dir === 'output') drive(expr(c.expr), { inst: { idx, port: c.port } });
  });
  const regs = new Map(mod.net.regs.map((g) => [g.name, g]));
  // Registers that feed themselves (accumulators, counters): their outputs exist before
  // their inputs are known.
  const feedback = new Set(feedbackRegisters(mod, drivers, regs));
  const late = new Map<number, Set<string>>();
  const lateOf = (idx: number, sub: RtlModule) => {
    let l = late.get(idx);
    if (!l) {
      l = lateInputs(mod, sub, idx, drivers, regs);
      late.set(idx, l);
    }
    return l;
  };
  return { mods, widthOf, drivers, regs, feedback, lateOf, expr };
}

/** The block an instance of a leaf module belongs to when the model does not say. */
function leafBlock(m: RtlModule): string {
  if (m.template === 'cpa') return 'carry-propagate adders';
  if (m.template === 'ppgen') return 'partial-product selectors';
  if (m.template.startsWith('enc-')) return 'digit encoders';
  if (['fa', 'csa3', 'csa42'].includes(m.template)) return 'compressor trees';
  if (m.template === 'sel1h') return 'one-hot selects';
  return 'logic';
}

/** Registers that feed themselves through logic (accumulators, counters). */
/**
 * The input ports of instance `idx` whose connections depend, through the module's assigns (not
 * through registers; a loop through another instance still throws), on its own outputs.
 */
function lateInputs(
  mod: RtlModule,
  sub: RtlModule,
  idx: number,
  drivers: Map<string, { assign?: { rhs: Expr }; inst?: { idx: number } }[]>,
  regs: Map<string, RtlReg>,
): Set<string> {
  const late = new Set<string>();
  const it = mod.net.insts[idx];
  for (const c of it.conns) {
    if (sub.ports.find((p) => p.name === c.port)?.dir !== 'input') continue;
    const seen = new Set<string>();
    const stack = namesOf(parseExpr(c.expr));
    let loops = false;
    while (stack.length && !loops) {
      const n = stack.pop()!;
      if (seen.has(n) || regs.has(n)) continue;
      seen.add(n);
      for (const dr of drivers.get(n) ?? []) {
        if (dr.assign) namesOf(dr.assign.rhs, stack);
        else if (dr.inst?.idx === idx) {
          loops = true;
          break;
        }
      }
    }
    if (loops) late.add(c.port);
  }
  return late;
}

function feedbackRegisters(
  mod: RtlModule,
  drivers: Map<string, { assign?: { rhs: Expr }; inst?: { idx: number } }[]>,
  regs: Map<string, RtlReg>,
): string[] {
  const deps = (name: string): string[] => {
    const g = regs.get(name);
    if (g) return [...namesOf(parseExpr(g.d)), ...(g.en ? namesOf(parseExpr(g.en)) : [])];
    const out: string[] = [];
    for (const dr of drivers.get(name) ?? []) {
      if (dr.assign) namesOf(dr.assign.rhs, out);
      else if (dr.inst) {
        const it = mod.net.insts[dr.inst.idx];
        for (const c of it.conns)
          if (!(drivers.get(c.expr) ?? []).some((x) => x.inst?.idx === dr.inst!.idx)) namesOf(parseExpr(c.expr), out);
      }
    }
    return out;
  };
  const memo = new Map<string, string[]>();
  const depsOf = (n: string) => {
    let d = memo.get(n);
    if (!d) {
      d = deps(n);
      memo.set(n, d);
    }
    return d;
  };
  const out: string[] = [];
  for (const g of regs.values()) {
    const seen = new Set<string>();
    const stack = [...depsOf(g.name)];
    while (stack.length) {
      const n = stack.pop()!;
      if (n === g.name) {
        out.push(g.name);
        break;
      }
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...depsOf(n));
    }
  }
  return out;
}

// ---- registers ----------------------------------------------------------------------------

// The library's flip-flop has neither an enable nor a synchronous reset: a select holds the
// value when not enabled, a gate forces the reset value. One cost function per case (cells share it).
const flopCost = (en: boolean, reset: boolean): CostFn => {
  const out: Cost[] = [{ component: 'dff', count: 1 }];
  if (en) out.push({ component: 'mux2', count: 1, part: 'enable' });
  if (reset) out.push({ component: 'and2', count: 1, part: 'reset' });
  return () => out;
};
const FLOP_COSTS: readonly CostFn[] = [flopCost(false, false), flopCost(true, false), flopCost(false, true), flopCost(true, true)];
const flopCosts = (en: Lit, init: Lit | undefined): CostFn => FLOP_COSTS[(en !== T ? 1 : 0) + (init !== undefined ? 2 : 0)];

/** A register bit: one flip-flop per distinct (input, enable, reset value); constants are no flip-flop. */
function flop(L: Logic, d: Lit, en: Lit, init: Lit | undefined): Lit {
  if (en === F) return init ?? F;
  if (isConst(d) && (init === undefined || init === d)) return d;
  return 2 * L.cellK(L.kind('dff'), d, en, init ?? -1, -1, -1, 1, flopCosts(en, init));
}

/** A register bit in a feedback loop: its output first, its input once known (never merged). */
function flopCell(L: Logic): { q: Lit; set: (d: Lit, en: Lit, init: Lit | undefined) => void } {
  const q = L.cell('dff', undefined, [], 1, FLOP_COSTS[0])[0];
  // The reset value as input 2, as flop() has it (a constant: it keeps no cell alive).
  return { q, set: (d, en, init) => L.complete(q >> 1, init === undefined ? [d, en] : [d, en, init], flopCosts(en, init)) };
}

// ---- leaf modules ---------------------------------------------------------------------------

/** The bit-level meaning of rtl/model/lib.ts's leaf modules; undefined for a composite module. */
function leaf(L: Logic, m: RtlModule, ins: Map<string, Sig>, d: number, p: Path): Map<string, Sig> | undefined {
  const out = new Map<string, Sig>();
  const rows = (n: number) => then(p, { kind: 'component', component: 'fa', times: n, what: `${n} 3:2 rows` });
  const inp = (p: string) => ins.get(p)!.bits;
  const w = (p: string) => m.ports.find((x) => x.name === p)!.width;
  switch (m.template) {
    case 'fa': {
      const [s, c] = L.add3(inp('a')[0], inp('b')[0], inp('ci')[0]);
      return out.set('s', { bits: [s], depth: d + 1, path: rows(1) }).set('co', { bits: [c], depth: d + 1, path: rows(1) });
    }
    case 'csa3': {
      const [s, c] = row(L, inp('x'), inp('y'), inp('z'));
      return out.set('s', { bits: s, depth: d + 1, path: rows(1) }).set('c', { bits: c, depth: d + 1, path: rows(1) });
    }
    case 'csa42': {
      const [s1, c1] = row(L, inp('x0'), inp('x1'), inp('x2'));
      const [s, c] = row(L, s1, c1, inp('x3'));
      return out.set('s', { bits: s, depth: d + 2, path: rows(2) }).set('c', { bits: c, depth: d + 2, path: rows(2) });
    }
    case 'cpa': {
      const r = cpa(L, inp('x'), inp('y'), w('s'));
      return out.set('s', {
        bits: r.bits,
        depth: 0,
        path: r.width ? then(p, { kind: 'cpa', width: r.width, what: `${r.width}-bit CPA` }) : p,
      });
    }
    case 'sel1h': {
      // A one-hot select (the shared resolve stage's): its AND-OR expression, read as gates;
      // synthesis builds it of AND-OR cells, about a NAND level per two select inputs.
      const n = w('sel');
      const y = evalExpr(L, leafExpr(m, String(m.ctx.expr)), w('y'), inp, w);
      return out.set('y', {
        bits: y,
        depth: d,
        path: then(p, {
          kind: 'component',
          component: 'nand2',
          times: 1 + Math.ceil(Math.log2(n) / 2),
          what: `${n}:1 one-hot AND-OR select`,
        }),
      });
    }
    case 'ppgen': {
      const sel: ComponentId = inp('dig')[1] === F ? 'and2' : 'booth_sel';
      return out.set('pp', {
        bits: ppgen(L, m, inp('dig'), inp('b')),
        depth: 0,
        path: then(p, { kind: 'component', component: sel, times: 1, what: 'partial-product selector' }),
      });
    }
    case 'enc-booth4':
    case 'enc-ent':
    case 'enc-binary': {
      const { dig, nz } = encoder(L, m, inp('a'));
      const ep =
        m.template === 'enc-binary'
          ? p
          : then(p, { kind: 'component', component: m.template === 'enc-ent' ? 'ent_enc' : 'booth_enc', times: 1, what: 'digit encoder' });
      return out.set('dig', { bits: dig, depth: 0, path: ep }).set('nz', { bits: nz, depth: 0, path: ep });
    }
    default:
      return undefined;
  }
}

/** A 3:2 row: the carry of bit i lands at i + 1; the top carry leaves the word. */
function row(L: Logic, x: readonly Lit[], y: readonly Lit[], z: readonly Lit[]): [Lit[], Lit[]] {
  const n = x.length;
  const s: Lit[] = new Array<Lit>(n).fill(F);
  const c: Lit[] = new Array<Lit>(n).fill(F);
  for (let i = 0; i < n; i++) {
    s[i] = L.sum3(x[i] ?? F, y[i] ?? F, z[i] ?? F);
    if (i + 1 < n) c[i + 1] = L.carry;
  }
  return [s, c];
}

/** The lowest bit k above which (and at which) a word repeats one bit: it sign-extends its low k + 1 bits. */
function signFrom(v: readonly Lit[]): number {
  let k = v.length - 1;
  while (k > 0 && v[k - 1] === v[v.length - 1]) k--;
  return k;
}

/**
 * CPAs up to this width synthesis builds as a ripple of adder cells (no carry network to price):
 * a half adder where only one operand bit varies (or at bit 0, with no carry in), a full adder
 * where both do, nothing where neither does (the carry out of the bit below: one more sum bit).
 * The Laconic-class histogram's 3-bit count adders (two 2-bit lane values) are this shape; the
 * inventory priced them as three prefix-adder bits each (laconic_baseline 2x2: +12% area).
 */
const SMALL_CPA = 4;

function smallCpa(varying: readonly number[], width: number): Cost[] {
  let fa = 0,
    ha = 0;
  for (let i = 0; i < width; i++) {
    const k = varying[i] ?? 0;
    if (i === 0) ha += k === 2 ? 1 : 0;
    else if (k === 2) fa++;
    else if (k === 1) ha++;
  }
  return [...(fa ? [{ component: 'fa' as const, count: fa }] : []), ...(ha ? [{ component: 'ha' as const, count: ha }] : [])];
}

/**
 * A carry-propagate adder: with a zero operand, a wire; above the bits where both operands are
 * sign extensions of their lower bits, the sum is the sign extension of its own (one more bit
 * and the carry into it are all the adder needs there).
 */
function cpa(L: Logic, x: readonly Lit[], y: readonly Lit[], n: number): { bits: readonly Lit[]; width: number } {
  if (x.every((b) => b === F)) return { bits: fit(y, n), width: 0 };
  if (y.every((b) => b === F)) return { bits: fit(x, n), width: 0 };
  // An operand whose sign copies are flip-flops merged only as a CPA's copies counts as distinct
  // bits there (Yosys merges those flip-flops after optimizing the logic behind them).
  const from = (v: readonly Lit[]) => (L.mergedCopies.has(v[v.length - 1]) ? v.length - 1 : signFrom(v));
  const e = Math.min(n, Math.max(from(x), from(y)) + 2);
  // One adder per (unordered operand pair, width): the operands in the order of their texts.
  const [a, b] = joinedLess(x, y) ? [x, y] : [y, x];
  const bits = L.cellOfWords('cpa', [a, b, [n]], [...a.slice(0, e), ...b.slice(0, e)], e, cpaCost(a, b, e));
  if (e < n) L.cpaSign.add(bits[e - 1]);
  while (bits.length < n) bits.push(bits[e - 1]);
  return { bits, width: e };
}

/** x.join(',') < y.join(','), without the strings (literals are non-negative integers). */
function joinedLess(x: readonly Lit[], y: readonly Lit[]): boolean {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] === y[i]) continue;
    const sx = String(x[i]),
      sy = String(y[i]);
    for (let k = 0; k < Math.min(sx.length, sy.length); k++) if (sx[k] !== sy[k]) return sx[k] < sy[k];
    // One number's digits begin the other's: the shorter text goes on with a comma or ends, both before a digit.
    return sx.length < sy.length;
  }
  return x.length < y.length;
}

/**
 * A carry-propagate adder is as wide as its highest used sum bit; up to SMALL_CPA bits it is the
 * ripple of adder cells `smallCpa` prices, which depends on which operand bits vary (`pattern`:
 * per low bit 0, 1 or 2 varying operands). One cost function per pattern, one cost list per
 * width (the reading's tally keys cost objects by identity).
 */
function cpaCost(a: readonly Lit[], b: readonly Lit[], e: number): CostFn {
  const k: number[] = [];
  for (let i = 0; i < Math.min(e, SMALL_CPA); i++)
    k.push((i < a.length && !isConst(a[i]) ? 1 : 0) + (i < b.length && !isConst(b[i]) ? 1 : 0));
  const pattern = k.join('');
  let f = CPA_FNS.get(pattern);
  if (!f) {
    const small: (readonly Cost[])[] = [];
    f = (used, outs) => {
      let top = -1;
      outs.forEach((o, i) => {
        if (used(o)) top = i;
      });
      const w = top + 1;
      return w <= SMALL_CPA ? (small[w] ??= smallCpa(k, w)) : (CPA_BITS[w] ??= [{ component: 'cpa_bit', count: w }]);
    };
    CPA_FNS.set(pattern, f);
  }
  return f;
}
const CPA_FNS = new Map<string, CostFn>();
const CPA_BITS: (readonly Cost[])[] = [];

/** Partial product `((digit magnitude x b) ^ neg) << shift`: a selector per distinct bit (booth_sel), gates for binary digits. */
function ppgen(L: Logic, m: RtlModule, dig: readonly Lit[], b: readonly Lit[]): Lit[] {
  const width = m.ports.find((p) => p.name === 'pp')!.width;
  const shift = Number(m.ctx.shift);
  const mw = Number(m.ctx.mw);
  const bx = evalExpr(
    L,
    leafExpr(m, String(m.ctx.bx)),
    mw,
    (n) => (n === 'b' ? b : []),
    (n) => (n === 'b' ? b.length : 0),
  );
  const [one, two, neg] = dig;
  const out: Lit[] = new Array<Lit>(width).fill(F);
  for (let i = 0; i < mw; i++) {
    const bi = bx[i];
    const bl = i > 0 ? bx[i - 1] : F;
    let mag: Lit;
    if (two === F) mag = L.and(one, bi);
    else if (one === F) mag = L.and(two, bl);
    else if (bi === F && bl === F) mag = F;
    else {
      // mag = two ? b[i-1] : (one ? b[i] : 0), inverted when negative: one selector cell.
      const s = 2 * L.cellK(L.kind('sel'), one, two, neg, bi, bl, 1, SEL_COST);
      out[i + shift] = s;
      continue;
    }
    out[i + shift] = L.xor(mag, neg);
  }
  return out;
}
const SEL: readonly Cost[] = [{ component: 'booth_sel', count: 1 }];
const SEL_COST: CostFn = () => SEL;

/** Digit encoders: dig[3j + 2 : 3j] = {neg, two, one}, nz[j]. */
function encoder(L: Logic, m: RtlModule, a: readonly Lit[]): { dig: Lit[]; nz: Lit[] } {
  const D = m.ports.find((p) => p.name === 'nz')!.width;
  const dig: Lit[] = [];
  const nz: Lit[] = [];
  const digits = m.ctx.digits as { j: number; neg?: string; b0?: number; b1?: number; b2?: number }[];
  if (m.template === 'enc-binary') {
    // Wiring: digit j is bit j; the MSB of a signed value weighs negatively.
    for (const dg of digits) {
      const neg = evalExpr(
        L,
        leafExpr(m, dg.neg!),
        1,
        (n) => (n === 'a' ? a : []),
        (n) => (n === 'a' ? a.length : 0),
      )[0];
      dig.push(a[dg.j], F, neg);
      nz.push(a[dg.j]);
    }
    return { dig, nz };
  }
  if (m.template === 'enc-booth4') {
    const x = evalExpr(
      L,
      leafExpr(m, String(m.ctx.xext)),
      Number(m.ctx.xw),
      (n) => (n === 'a' ? a : []),
      (n) => (n === 'a' ? a.length : 0),
    );
    for (const dg of digits) {
      const [x0, x1, x2] = [x[dg.b0!], x[dg.b1!], x[dg.b2!]];
      let one: Lit, two: Lit, z: Lit;
      if ([x0, x1, x2].some(isConst) || new Set([x0, x1, x2].map((l) => l >> 1)).size < 3) {
        // A window with constant (or repeated) bits is a few gates, not an encoder.
        one = L.xor(x1, x0);
        two = L.or(L.and(x2, L.and(not(x1), not(x0))), L.and(not(x2), L.and(x1, x0)));
        z = L.or(one, two);
      } else {
        const o = L.cellK(L.kind('enc-booth4'), x0, x1, x2, -1, -1, 3, BOOTH_COST);
        [one, two, z] = [2 * o, 2 * o + 2, 2 * o + 4];
      }
      dig.push(one, two, x2);
      nz.push(z);
    }
    return { dig, nz };
  }
  // EN-T: each digit depends on the digits below it (the carry ripple) and on the sign.
  const ja = a.join(',');
  for (let j = 0; j < D; j++) {
    const [one, two, neg, z] = L.cell('enc', `${m.name}|${j}|${ja}`, [...a], 4, ENT_COST);
    L.entDigits.set(one >> 1, { j, mw: Number(m.ctx.mw), signed: m.ctx.sign !== "1'b0" });
    dig.push(one, two, neg);
    nz.push(z);
  }
  return { dig, nz };
}
const BOOTH: readonly Cost[] = [{ component: 'booth_enc', count: 1 }];
const ENT: readonly Cost[] = [{ component: 'ent_enc', count: 1 }];
const BOOTH_COST: CostFn = () => BOOTH;
const ENT_COST: CostFn = () => ENT;

// ---- expressions ----------------------------------------------------------------------------

/** A literal's bits, least significant first (once per parsed literal: callers copy them). */
const LIT_BITS = new WeakMap<Expr, readonly Lit[]>();
function litBits(e: Extract<Expr, { k: 'lit' }>): readonly Lit[] {
  let bits = LIT_BITS.get(e);
  if (!bits) {
    const v = Array.from({ length: e.width }, (_, k) => ((e.value >> BigInt(k)) & 1n ? T : F));
    LIT_BITS.set(e, (bits = v));
  }
  return bits;
}

/** Zero-extends or truncates to w bits (the same array when already w wide: bit vectors are never changed in place). */
function fit(v: readonly Lit[], w: number): readonly Lit[] {
  if (v.length === w) return v;
  return v.length > w ? v.slice(0, w) : [...v, ...new Array<Lit>(w - v.length).fill(F)];
}

const boolOf = (L: Logic, v: readonly Lit[]): Lit => v.reduce((a, b) => L.or(a, b), F);

/**
 * The bits of `e` at width `w` (least significant first), by Verilog's rules: operands of
 * arithmetic, bitwise and select operators extend to the widest of them and the context,
 * compares to the wider operand, concatenations and shift amounts are self-determined.
 */
export function evalExpr(
  L: Logic,
  e: Expr,
  w: number,
  get: (name: string) => readonly Lit[],
  widthOf: (name: string) => number,
): readonly Lit[] {
  switch (e.k) {
    case 'id':
      return fit(get(e.name), w);
    case 'sel':
      return fit(get(e.name).slice(e.lo, e.hi + 1), w);
    case 'lit':
      return fit(litBits(e), w);
    case 'cat': {
      const bits: Lit[] = [];
      for (let i = e.parts.length - 1; i >= 0; i--)
        for (const b of evalExpr(L, e.parts[i], selfWidth(e.parts[i], widthOf), get, widthOf)) bits.push(b);
      return fit(bits, w);
    }
    case 'rep': {
      const inner = evalExpr(L, e.e, selfWidth(e.e, widthOf), get, widthOf);
      const bits: Lit[] = [];
      for (let r = 0; r < e.n; r++) for (const b of inner) bits.push(b);
      return fit(bits, w);
    }
    case 'un': {
      if (e.op === '~')
        return evalExpr(L, e.e, Math.max(w, selfWidth(e.e, widthOf)), get, widthOf)
          .map(not)
          .slice(0, w);
      if (e.op === '-') {
        const ww = Math.max(w, selfWidth(e.e, widthOf));
        return add(L, new Array<Lit>(ww).fill(F), evalExpr(L, e.e, ww, get, widthOf).map(not), T).slice(0, w);
      }
      const v = evalExpr(L, e.e, selfWidth(e.e, widthOf), get, widthOf);
      const r =
        e.op === '|'
          ? boolOf(L, v)
          : e.op === '!'
            ? not(boolOf(L, v))
            : e.op === '&'
              ? v.reduce((a, b) => L.and(a, b), T)
              : v.reduce((a, b) => L.xor(a, b), F);
      return fit([r], w);
    }
    case 'bin': {
      const { op } = e;
      if (op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=') {
        const ww = Math.max(selfWidth(e.l, widthOf), selfWidth(e.r, widthOf));
        const [x, y] = [evalExpr(L, e.l, ww, get, widthOf), evalExpr(L, e.r, ww, get, widthOf)];
        let r: Lit;
        if (op === '==' || op === '!=') {
          r = x.reduce((a, xi, i) => L.and(a, not(L.xor(xi, y[i]))), T);
          if (op === '!=') r = not(r);
        } else {
          // x >= y from the least significant bit up: where the bits differ, x's bit decides.
          const [a, b, strict] = op === '>=' ? [x, y, false] : op === '>' ? [x, y, true] : op === '<=' ? [y, x, false] : [y, x, true];
          r = a.reduce((g, ai, i) => L.mux(L.xor(ai, b[i]), ai, g), strict ? F : T);
        }
        return fit([r], w);
      }
      if (op === '&&' || op === '||') {
        const [x, y] = [
          boolOf(L, evalExpr(L, e.l, selfWidth(e.l, widthOf), get, widthOf)),
          boolOf(L, evalExpr(L, e.r, selfWidth(e.r, widthOf), get, widthOf)),
        ];
        return fit([op === '&&' ? L.and(x, y) : L.or(x, y)], w);
      }
      if (op === '<<' || op === '>>') {
        const ww = Math.max(w, selfWidth(e.l, widthOf));
        return shift(L, evalExpr(L, e.l, ww, get, widthOf), evalExpr(L, e.r, selfWidth(e.r, widthOf), get, widthOf), op === '<<').slice(
          0,
          w,
        );
      }
      const ww = Math.max(w, selfWidth(e.l, widthOf), selfWidth(e.r, widthOf));
      const [x, y] = [evalExpr(L, e.l, ww, get, widthOf), evalExpr(L, e.r, ww, get, widthOf)];
      let r: readonly Lit[];
      switch (op) {
        case '&':
          r = x.map((b, i) => L.and(b, y[i]));
          break;
        case '|':
          r = x.map((b, i) => L.or(b, y[i]));
          break;
        case '^':
          r = x.map((b, i) => L.xor(b, y[i]));
          break;
        case '+':
          r = add(L, x, y, F, largest(L, e, ww, get, widthOf));
          break;
        case '-':
          r = add(L, x, y.map(not), T);
          break;
        case '*':
          r = mulConst(L, x, y);
          break;
      }
      return r.slice(0, w);
    }
    case 'cond': {
      const c = boolOf(L, evalExpr(L, e.c, selfWidth(e.c, widthOf), get, widthOf));
      const ww = Math.max(w, selfWidth(e.t, widthOf), selfWidth(e.e, widthOf));
      if (c === T) return evalExpr(L, e.t, ww, get, widthOf).slice(0, w);
      if (c === F) return evalExpr(L, e.e, ww, get, widthOf).slice(0, w);
      const [t, f] = [evalExpr(L, e.t, ww, get, widthOf), evalExpr(L, e.e, ww, get, widthOf)];
      return t.map((b, i) => L.mux(c, b, f[i])).slice(0, w);
    }
  }
}

/**
 * x + y + cin, ripple-carry through (simplified) full and half adders, at x's width. Where the
 * operands' largest values (every non-constant bit one) cannot reach a bit, the sum's bit there
 * is zero: the carries into it are never set (synthesis proves them constant), so a sum of
 * narrow fields stays as narrow as its range.
 */
function add(L: Logic, x: readonly Lit[], y: readonly Lit[], cin: Lit, largest?: bigint): Lit[] {
  const bound = largest ?? most(x) + most(y.slice(0, x.length)) + (cin === F ? 0n : 1n);
  let c = cin;
  return x.map((xi, i) => {
    if (bound >> BigInt(i) === 0n) return F;
    const s = L.sum3(xi, y[i] ?? F, c);
    c = L.carry;
    return s;
  });
}

/** The largest value of a word: every bit that is not constant zero set. */
const most = (v: readonly Lit[]): bigint => v.reduce((m, b, i) => (b === F ? m : m + (1n << BigInt(i))), 0n);

/** The largest value an unsigned expression takes at width w, from its operands' (sums and constant products of narrow fields stay narrow). */
function largest(L: Logic, e: Expr, w: number, get: (name: string) => readonly Lit[], widthOf: (name: string) => number): bigint {
  const cap = (1n << BigInt(w)) - 1n;
  let v: bigint;
  if (e.k === 'bin' && e.op === '+') v = largest(L, e.l, w, get, widthOf) + largest(L, e.r, w, get, widthOf);
  else if (e.k === 'bin' && e.op === '*' && e.r.k === 'lit') v = largest(L, e.l, w, get, widthOf) * e.r.value;
  else if (e.k === 'bin' && e.op === '*' && e.l.k === 'lit') v = largest(L, e.r, w, get, widthOf) * e.l.value;
  else if (e.k === 'cond') v = [largest(L, e.t, w, get, widthOf), largest(L, e.e, w, get, widthOf)].reduce((a, b) => (a > b ? a : b));
  else return most(evalExpr(L, e, w, get, widthOf));
  return v > cap ? cap : v;
}

/** x * y where one side is a constant: a sum of shifted copies of the other. */
function mulConst(L: Logic, x: readonly Lit[], y: readonly Lit[]): readonly Lit[] {
  const [v, k] = y.every(isConst) ? [x, y] : x.every(isConst) ? [y, x] : [undefined, undefined];
  if (!v || !k) throw new Error('rtl reading: a product of two signals (the model multiplies by constants only)');
  let acc: Lit[] = new Array<Lit>(v.length).fill(F);
  k.forEach((bit, i) => {
    if (bit === T) acc = add(L, acc, [...new Array<Lit>(i).fill(F), ...v].slice(0, v.length), F);
  });
  return acc;
}

/** A barrel shifter: one level of selects per bit of the shift amount. */
function shift(L: Logic, v: readonly Lit[], s: readonly Lit[], left: boolean): readonly Lit[] {
  let cur = v;
  const n = v.length;
  s.forEach((sk, k) => {
    if (sk === F) return;
    const by = 2 ** k;
    cur = cur.map((b, i) => {
      const j = left ? i - by : i + by;
      const moved = j >= 0 && j < n && by < n ? cur[j] : F;
      return L.mux(sk, moved, b);
    });
  });
  return cur;
}
