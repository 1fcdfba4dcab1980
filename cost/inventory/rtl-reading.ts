// The component counts of a module as the RTL model (rtl/model) builds it, read bit by bit: the
// inventory's adders and selectors come from the same netlist `tpe emit` writes, not from a
// second description of it. Every wire, register and instance of the module is evaluated on
// symbolic bits; the leaf modules of rtl/model/lib.ts have their bit-level meaning here, with
// what any synthesis tool does to them: a full adder with a constant-zero input is a half adder
// or a wire, full adders with identical inputs are built once (cost/word-tree.ts BitPool), the
// sign bits a partial-product row repeats are one selector.
//
// Wiring expressions (names, part and bit selects, concatenations, replications, literals) are
// read exactly; any other expression (a select, a compare, an adder written as `+`) is opaque:
// fresh bits, listed in `opaque`, priced by the architecture's counter instead.
import type { Design, Diagnostic, Result } from '../../ir/index.js';
import { buildRtlModel, type RtlModel } from '../../rtl/index.js';
import type { RtlModule } from '../../rtl/model/types.js';
import { BitPool, type Bit } from '../word-tree.js';

export interface ModuleReading {
  /** Full and half adders of the module's compressor rows after simplification. */
  fa: number;
  ha: number;
  /** Partial-product selector outputs (distinct bits of every ppgen row). */
  selectors: number;
  /** Digits of the digit-encoder instances. */
  encoderDigits: number;
  /** Bits of carry-propagate adder instances. */
  cpaBits: number;
  /** Register bits as written (net.regs widths). */
  regBits: number;
  /** Flip-flops synthesis keeps: no constant ones, one per distinct (input, enable). */
  flops: number;
  /** 3:2 rows on the longest path through the module's compressor rows. */
  depth: number;
  /** Expressions read as opaque logic (fresh bits). */
  opaque: string[];
}

type Vec = Bit[];

interface Env {
  readonly mod: RtlModule;
  readonly sig: Map<string, Vec>;
  /** 3:2 rows behind each signal. */
  readonly depth: Map<string, number>;
  readonly assigns: Map<string, string>;
  readonly drivers: Map<string, number>;
  readonly widths: Map<string, number>;
  readonly busy: Set<string>;
}

/** What the inventory reads from a design's RTL model. */
export interface DesignReading {
  readonly model: RtlModel;
  /** The PE module (`<top>_pe`), its inputs taken as distinct signals. */
  readonly pe: ModuleReading;
}

const READINGS = new WeakMap<Design, Result<DesignReading>>();

/** The RTL model of a design and the reading of its PE, once per design object; E0601 when no template covers it. */
export function designReading(d: Design): Result<DesignReading> {
  let r = READINGS.get(d);
  if (!r) {
    const m = buildRtlModel(d);
    r = m.value ? { value: { model: m.value, pe: readModule(m.value) }, diagnostics: [] } : { diagnostics: m.diagnostics as Diagnostic[] };
    READINGS.set(d, r);
  }
  return r;
}

/** Reads one module of a model (by name; default the PE, `${prefix}_pe`), its inputs fresh. */
export function readModule(model: RtlModel, name = `${model.top}_pe`): ModuleReading {
  const mods = new Map(model.modules.map((m) => [m.name, m]));
  const mod = mods.get(name);
  if (!mod) throw new Error(`rtl reading: no module ${name}`);
  const pool = new BitPool();
  // Bit 1 is the constant one of literals (the pool's first signal, reserved).
  pool.fresh();
  const r: ModuleReading = { fa: 0, ha: 0, selectors: 0, encoderDigits: 0, cpaBits: 0, regBits: 0, flops: 0, depth: 0, opaque: [] };
  const inputs = new Map<string, Vec>();
  for (const p of mod.ports) if (p.dir === 'input') inputs.set(p.name, fresh(pool, p.width));
  evalModule(mods, mod, inputs, pool, r);
  r.fa = pool.fa;
  r.ha = pool.ha;
  return r;
}

const fresh = (pool: BitPool, w: number): Vec => Array.from({ length: w }, () => pool.fresh());

/** The output of a flop holding bit `d` with enable `en`: one per (d, en), across the pool. */
const DELAYED = new WeakMap<BitPool, Map<string, Bit>>();
function delayed(pool: BitPool, d: Bit, en: Bit, r: ModuleReading): Bit {
  let m = DELAYED.get(pool);
  if (!m) { m = new Map(); DELAYED.set(pool, m); }
  const key = `${d}|${en}`;
  let q = m.get(key);
  if (q === undefined) { q = pool.fresh(); m.set(key, q); r.flops++; }
  return q;
}

function evalModule(mods: Map<string, RtlModule>, mod: RtlModule, inputs: Map<string, Vec>, pool: BitPool, r: ModuleReading): Map<string, { bits: Vec; depth: number }> {
  const env: Env = { mod, sig: new Map(inputs), depth: new Map(), assigns: new Map(), drivers: new Map(), widths: new Map(), busy: new Set() };
  for (const p of mod.ports) env.widths.set(p.name, p.width);
  for (const w of mod.net.wires) env.widths.set(w.name, w.width);
  for (const g of mod.net.regs) env.widths.set(g.name, g.width);
  for (const a of mod.net.assigns) env.assigns.set(a.lhs, a.rhs);
  mod.net.insts.forEach((inst, i) => {
    const sub = mods.get(inst.module);
    for (const c of inst.conns) if (sub?.ports.find((p) => p.name === c.port)?.dir === 'output') env.drivers.set(c.expr, i);
  });
  // Registers are transparent to structure, as synthesis sees them: a flop holding a constant is
  // that constant, flops with the same input (and enable) are one flop, and a pipeline register
  // does not change what the logic behind it computes (nor the depth of the tree it cuts). Only
  // a register in a feedback loop (an accumulator) is a new signal.
  const regs = new Map(mod.net.regs.map((g) => [g.name, g]));
  for (const g of mod.net.regs) r.regBits += g.width;
  for (const name of feedbackRegisters(mod, env)) {
    r.flops += regs.get(name)!.width;
    env.sig.set(name, fresh(pool, regs.get(name)!.width));
    env.depth.set(name, 0);
  }
  const evaluated = new Set<number>();
  const get = (name: string): Vec => {
    const have = env.sig.get(name);
    if (have) return have;
    if (env.busy.has(name)) throw new Error(`rtl reading: combinational loop through ${name} in ${mod.name}`);
    env.busy.add(name);
    const w = env.widths.get(name) ?? 1;
    let v: Vec;
    const rhs = env.assigns.get(name);
    const reg = regs.get(name);
    if (reg) {
      const d = expr(reg.d, w);
      const en = reg.en ? expr(reg.en, 1).bits[0] : 0;
      v = d.bits.map((b) => (b === 0 ? 0 : delayed(pool, b, en, r)));
      env.depth.set(name, d.depth);
    } else if (rhs !== undefined) {
      const e = expr(rhs, w);
      v = e.bits;
      env.depth.set(name, e.depth);
    } else if (env.drivers.has(name)) {
      const i = env.drivers.get(name)!;
      if (!evaluated.has(i)) { evaluated.add(i); inst(i); }
      v = env.sig.get(name)!;
    } else {
      v = fresh(pool, w); // an input of a template-resident block (e.g. the controller's flags)
      env.depth.set(name, 0);
    }
    env.busy.delete(name);
    env.sig.set(name, v);
    return v;
  };
  const depthOf = (text: string): number => {
    let d = 0;
    for (const m of text.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) if (env.widths.has(m[0])) { get(m[0]); d = Math.max(d, env.depth.get(m[0]) ?? 0); }
    return d;
  };
  const expr = (text: string, width: number): { bits: Vec; depth: number } => {
    const bits = wiring(text, get, env.widths);
    if (bits) return { bits: fit(bits, width), depth: depthOf(text) };
    r.opaque.push(`${mod.name}: ${text}`);
    // Opaque logic still reads its inputs (so the instances behind them are counted).
    depthOf(text);
    return { bits: fresh(pool, width), depth: 0 };
  };
  const inst = (i: number): void => {
    const it = mod.net.insts[i];
    const sub = mods.get(it.module);
    if (!sub) throw new Error(`rtl reading: no module ${it.module}`);
    const ins = new Map<string, Vec>();
    let inDepth = 0;
    for (const p of sub.ports) {
      if (p.dir !== 'input') continue;
      const c = it.conns.find((x) => x.port === p.name);
      const e = c ? expr(c.expr, p.width) : { bits: new Array<Bit>(p.width).fill(0), depth: 0 };
      ins.set(p.name, e.bits);
      inDepth = Math.max(inDepth, e.depth);
    }
    const outs = leaf(sub, ins, inDepth, pool, r) ?? evalModule(mods, sub, ins, pool, r);
    for (const c of it.conns) {
      const o = outs.get(c.port);
      if (!o) continue;
      env.sig.set(c.expr, fit(o.bits, env.widths.get(c.expr) ?? o.bits.length));
      env.depth.set(c.expr, o.depth);
      r.depth = Math.max(r.depth, o.depth);
    }
  };
  // Everything the module holds or drives: its registers, outputs and every instance.
  for (const g of mod.net.regs) get(g.name);
  mod.net.insts.forEach((_, i) => { if (!evaluated.has(i)) { evaluated.add(i); inst(i); } });
  const out = new Map<string, { bits: Vec; depth: number }>();
  for (const p of mod.ports) if (p.dir === 'output') out.set(p.name, { bits: get(p.name), depth: env.depth.get(p.name) ?? 0 });
  return out;
}

/** Registers that feed themselves through logic (accumulators, counters): new signals each. */
function feedbackRegisters(mod: RtlModule, env: Env): string[] {
  const ids = (t: string) => [...t.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)].map((m) => m[0]).filter((x) => env.widths.has(x));
  const deps = new Map<string, string[]>();
  for (const a of mod.net.assigns) deps.set(a.lhs, ids(a.rhs));
  for (const g of mod.net.regs) deps.set(g.name, [...ids(g.d), ...(g.en ? ids(g.en) : [])]);
  mod.net.insts.forEach((it, i) => {
    const ins = it.conns.filter((c) => env.drivers.get(c.expr) !== i).flatMap((c) => ids(c.expr));
    for (const c of it.conns) if (env.drivers.get(c.expr) === i) deps.set(c.expr, ins);
  });
  const out: string[] = [];
  for (const g of mod.net.regs) {
    const seen = new Set<string>();
    const stack = [...(deps.get(g.name) ?? [])];
    while (stack.length) {
      const n = stack.pop()!;
      if (n === g.name) { out.push(g.name); break; }
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...(deps.get(n) ?? []));
    }
  }
  return out;
}

/** The bit-level meaning of rtl/model/lib.ts's leaf modules; undefined for a composite module. */
function leaf(m: RtlModule, ins: Map<string, Vec>, d: number, pool: BitPool, r: ModuleReading): Map<string, { bits: Vec; depth: number }> | undefined {
  const out = new Map<string, { bits: Vec; depth: number }>();
  const w = (p: string) => m.ports.find((x) => x.name === p)!.width;
  switch (m.template) {
    case 'fa': {
      const [s, c] = pool.add3(ins.get('a')![0], ins.get('b')![0], ins.get('ci')![0]);
      out.set('s', { bits: [s], depth: d + 1 }).set('co', { bits: [c], depth: d + 1 });
      return out;
    }
    case 'csa3': {
      const [s, c] = row(pool, ins.get('x')!, ins.get('y')!, ins.get('z')!);
      out.set('s', { bits: s, depth: d + 1 }).set('c', { bits: c, depth: d + 1 });
      return out;
    }
    case 'csa42': {
      const [s1, c1] = row(pool, ins.get('x0')!, ins.get('x1')!, ins.get('x2')!);
      const [s, c] = row(pool, s1, c1, ins.get('x3')!);
      out.set('s', { bits: s, depth: d + 2 }).set('c', { bits: c, depth: d + 2 });
      return out;
    }
    case 'cpa': {
      // An adder with a zero operand is a wire; above the bits where both operands are
      // sign extensions of their lower bits, the sum is the sign extension of its own.
      const x = ins.get('x')!, y = ins.get('y')!;
      const n = w('s');
      if (x.every((b) => b === 0) || y.every((b) => b === 0)) {
        out.set('s', { bits: x.every((b) => b === 0) ? y : x, depth: d });
        return out;
      }
      const e = Math.min(n, Math.max(signFrom(x), signFrom(y)) + 2);
      r.cpaBits += e;
      const bits = fresh(pool, e);
      while (bits.length < n) bits.push(bits[e - 1]);
      out.set('s', { bits, depth: 0 });
      return out;
    }
    case 'ppgen': {
      // `shift` zero bits, the selected magnitude (B or 2B, wb + 1 bits, inverted when negative),
      // then the sign repeated to the row width: one selector for all of them.
      const key = `${m.name}|${ins.get('dig')!.join(',')}|${ins.get('b')!.join(',')}`;
      const seen = shared(pool).get(key);
      if (seen) { out.set('pp', { bits: seen[0], depth: 0 }); return out; }
      const width = w('pp');
      const shift = Number(m.ctx.shift);
      const wb = w('b');
      const bits: Vec = new Array<Bit>(width).fill(0);
      let ext: Bit | undefined;
      for (let i = shift; i < width; i++) {
        if (i - shift <= wb) { bits[i] = pool.fresh(); r.selectors++; } else {
          if (ext === undefined) { ext = pool.fresh(); r.selectors++; }
          bits[i] = ext;
        }
      }
      shared(pool).set(key, [bits]);
      out.set('pp', { bits, depth: 0 });
      return out;
    }
    default:
      if (m.template.startsWith('enc-')) {
        // Encoders fed the same bits (PEs on one broadcast line) are one encoder after synthesis.
        const key = `${m.name}|${ins.get('a')!.join(',')}`;
        let o = SHARED.get(pool)?.get(key);
        if (!o) {
          // A binary "encoder" is wiring (one digit per bit); booth4 and EN-T are logic.
          if (m.template !== 'enc-binary') r.encoderDigits += w('nz');
          o = [fresh(pool, w('dig')), fresh(pool, w('nz'))];
          shared(pool).set(key, o);
        }
        out.set('dig', { bits: o[0], depth: 0 }).set('nz', { bits: o[1], depth: 0 });
        return out;
      }
      return undefined;
  }
}

/** The lowest bit k above which (and at which) a word repeats one bit: it sign-extends its low k + 1 bits. */
function signFrom(v: Vec): number {
  let k = v.length - 1;
  while (k > 0 && v[k - 1] === v[v.length - 1]) k--;
  return k;
}

/** Outputs of logic already built for the same inputs, per pool. */
const SHARED = new WeakMap<BitPool, Map<string, Vec[]>>();
function shared(pool: BitPool): Map<string, Vec[]> {
  let m = SHARED.get(pool);
  if (!m) { m = new Map(); SHARED.set(pool, m); }
  return m;
}

/** A 3:2 row: the carry of bit i lands at i + 1; the top carry leaves the word. */
function row(pool: BitPool, x: Vec, y: Vec, z: Vec): [Vec, Vec] {
  const n = x.length;
  const s: Vec = new Array<Bit>(n).fill(0);
  const c: Vec = new Array<Bit>(n).fill(0);
  for (let i = 0; i < n; i++) {
    const [si, ci] = pool.add3(x[i] ?? 0, y[i] ?? 0, z[i] ?? 0);
    s[i] = si;
    if (i + 1 < n) c[i + 1] = ci;
  }
  return [s, c];
}

/** Zero-extends or truncates (the model's widths always match; this guards literals). */
function fit(v: Vec, w: number): Vec {
  if (v.length === w) return v;
  return v.length > w ? v.slice(0, w) : [...v, ...new Array<Bit>(w - v.length).fill(0)];
}

/**
 * Bits of a wiring expression, least significant first, or undefined when the expression is
 * logic: names, `x[i]`, `x[h:l]`, `{a, b}`, `{n{a}}`, and sized literals (`8'b0`, `4'd3`).
 */
function wiring(text: string, get: (name: string) => Vec, widths: Map<string, number>): Vec | undefined {
  let i = 0;
  const s = text.trim();
  const ws = () => { while (s[i] === ' ') i++; };
  const num = () => { const m = /^\d+/.exec(s.slice(i)); if (!m) return undefined; i += m[0].length; return Number(m[0]); };
  const term = (): Vec | undefined => {
    ws();
    if (s[i] === '{') {
      i++;
      ws();
      const save = i;
      const n = num();
      ws();
      if (n !== undefined && s[i] === '{') {
        i++;
        const inner = list();
        ws();
        if (!inner || s[i] !== '}') return undefined;
        i++;
        ws();
        if (s[i] !== '}') return undefined;
        i++;
        const out: Vec = [];
        for (let k = 0; k < n; k++) out.push(...inner);
        return out;
      }
      i = save;
      const l = list();
      ws();
      if (!l || s[i] !== '}') return undefined;
      i++;
      return l;
    }
    const lit = /^(\d+)'([bdh])([0-9a-fA-F_]+)/.exec(s.slice(i));
    if (lit) {
      i += lit[0].length;
      const w = Number(lit[1]);
      const v = BigInt(lit[2] === 'b' ? `0b${lit[3].replace(/_/g, '')}` : lit[2] === 'h' ? `0x${lit[3]}` : lit[3]);
      // A one bit is a signal of its own (the pool simplifies zeros only).
      return Array.from({ length: w }, (_, k) => ((v >> BigInt(k)) & 1n ? 1 : 0));
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i));
    if (!id || !widths.has(id[0])) return undefined;
    i += id[0].length;
    let v = get(id[0]);
    const sel = /^\[(\d+)(?::(\d+))?\]/.exec(s.slice(i));
    if (sel) {
      i += sel[0].length;
      const hi = Number(sel[1]);
      const lo = sel[2] !== undefined ? Number(sel[2]) : hi;
      v = v.slice(lo, hi + 1);
    }
    return v;
  };
  // Concatenation lists are written most significant first.
  const list = (): Vec | undefined => {
    const parts: Vec[] = [];
    for (;;) {
      const t = term();
      if (!t) return undefined;
      parts.push(t);
      ws();
      if (s[i] !== ',') break;
      i++;
    }
    return parts.reverse().flat();
  };
  const v = term();
  ws();
  return v && i === s.length ? v : undefined;
}
