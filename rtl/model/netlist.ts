// A small builder for module bodies: names are made unique and every width is explicit.
import type { RtlBlock, RtlConn, RtlModule, RtlNetlist, RtlPort, RtlRegRole } from './types.js';

export class Net {
  readonly net: RtlNetlist = { wires: [], insts: [], assigns: [], regs: [] };
  private readonly used = new Set<string>();
  /** The block the next nodes belong to (RtlBlock). */
  private cur: RtlBlock | undefined;

  constructor(reserved: readonly string[] = []) {
    for (const r of reserved) this.used.add(r);
  }

  /** The nodes built from now on belong to `block` (undefined: to none). */
  at(block: RtlBlock | string | undefined): void {
    this.cur = typeof block === 'string' ? { name: block } : block;
  }

  /** The nodes `fn` builds belong to `block`; the block before is restored after. */
  in<T>(block: RtlBlock | string, fn: () => T): T {
    const save = this.cur;
    this.at(block);
    try {
      return fn();
    } finally {
      this.cur = save;
    }
  }

  /** The block nodes are built in now. */
  get block(): RtlBlock | undefined {
    return this.cur;
  }

  private tagged<T extends object>(x: T): T & { block?: RtlBlock } {
    return this.cur ? { ...x, block: this.cur } : x;
  }

  /** Declares a wire and returns its name; `unusedWhy` waives lint's unused warning, with the reason. */
  wire(name: string, width: number, rhs?: string, unusedWhy?: string): string {
    this.claim(name);
    this.net.wires.push({ name, width, ...(unusedWhy ? { unusedWhy } : {}) });
    if (rhs !== undefined) this.net.assigns.push(this.tagged({ lhs: name, rhs }));
    return name;
  }

  assign(lhs: string, rhs: string): void {
    this.net.assigns.push(this.tagged({ lhs, rhs }));
  }

  inst(module: string, name: string, conns: Record<string, string>): void {
    this.claim(name);
    const c: RtlConn[] = Object.entries(conns).map(([port, expr]) => ({ port, expr }));
    this.net.insts.push(this.tagged({ module, name, conns: c }));
  }

  /**
   * A datapath register (no reset) or, with init, a control register with synchronous reset.
   * `role` (what it holds) overrides the role of the current block.
   */
  reg(name: string, width: number, d: string, opt: { en?: string; init?: string; role?: RtlRegRole } = {}): string {
    this.claim(name);
    const r = this.tagged({ name, width, d, ...(opt.en ? { en: opt.en } : {}), ...(opt.init ? { init: opt.init } : {}) });
    this.net.regs.push(opt.role ? { ...r, block: { ...(r.block ?? { name: 'registers' }), role: opt.role } } : r);
    return name;
  }

  private claim(name: string): void {
    if (this.used.has(name)) throw new Error(`rtl model: duplicate name ${name}`);
    this.used.add(name);
  }
}

export function mod(name: string, template: string, doc: string, ports: RtlPort[], net: Net, ctx: Record<string, unknown> = {}): RtlModule {
  // A module whose registers are all datapath (no reset value) takes no rst.
  const fed = (sig: string) => net.net.insts.some((i) => i.conns.some((c) => c.expr === sig));
  const usesRst = net.net.regs.some((r) => r.init !== undefined) || template.startsWith('top') || fed('rst');
  const clocked = net.net.regs.length > 0 || template.startsWith('top') || fed('clk');
  const ps = ports.filter((p) => (p.name !== 'rst' || usesRst) && (p.name !== 'clk' || clocked));
  return { name, template, doc, ports: ps, net: net.net, ctx };
}

export const inp = (name: string, width: number): RtlPort => ({ dir: 'input', name, width });
export const outp = (name: string, width: number): RtlPort => ({ dir: 'output', name, width });

/** Bit slice `[hi:lo]` of a signal, or the signal itself when it is the whole of it. */
export function slice(sig: string, lo: number, width: number, total: number): string {
  if (lo === 0 && width === total) return sig;
  // A slice of a slice selects from the underlying signal (Verilog has no nested part-selects).
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(\d+):(\d+)\]$/.exec(sig);
  if (m) return slice(m[1], Number(m[3]) + lo, width, Number.MAX_SAFE_INTEGER);
  return width === 1 ? `${sig}[${lo}]` : `${sig}[${lo + width - 1}:${lo}]`;
}

/** Bit i of a signal or of a part-select of one (a 1-bit signal is its own bit 0). */
export function bit(sig: string, i: number, width?: number): string {
  if (width === 1) return sig;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(\d+):(\d+)\]$/.exec(sig);
  if (m) return `${m[1]}[${Number(m[3]) + i}]`;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(sig)) throw new Error(`rtl model: bit select of expression ${sig}`);
  return `${sig}[${i}]`;
}

/** Sign- or zero-extends (or truncates) a `from`-bit signal to `to` bits. */
export function extend(sig: string, from: number, to: number, signed: boolean): string {
  if (to === from) return sig;
  if (to < from) return slice(sig, 0, to, from);
  const fill = signed ? `{${to - from}{${from === 1 ? sig : `${sig}[${from - 1}]`}}}` : `{${to - from}{1'b0}}`;
  return `{${fill}, ${sig}}`;
}

/** OR of terms; `w` gives an empty list's value (a w-bit zero), which is otherwise a builder bug. */
export function orAll(xs: readonly string[], w?: number): string {
  if (xs.length === 0) {
    if (w === undefined) throw new Error('orAll: no terms and no width');
    return `${w}'d0`;
  }
  return xs.length === 1 ? xs[0] : `(${xs.join(' | ')})`;
}
export const zeros = (w: number): string => `{${w}{1'b0}}`;

/** Bits needed to count 0..n-1 (at least 1): ir/derive.ts indexBits. */
export { indexBits as clog2 } from '../../ir/index.js';

/** Instance connections limited to the ports the module has (rst may have been dropped). */
export function connsFor(m: RtlModule, conns: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of m.ports) if (conns[p.name] !== undefined) out[p.name] = conns[p.name];
  return out;
}
