// Zero-delay, cycle-based simulation of a mapped netlist that records, for every transition, what
// a power tool needs to price it: the net (switching), the cell output and the input arc that
// caused it (output internal power; when several of a cell's inputs changed in the same settle,
// the transition is split equally among them), its direction (rise or fall table), and which of
// the liberty's state-dependent (`when`) groups applies at that moment; input-pin power (the
// flip-flops' clock and data pins) is recorded per transition of the pin likewise. Glitches are
// not simulated: a net changes at most once per settle (what a zero-delay VCD contains).
import { exprVars, truthTable, type Expr } from './expr.js';
import type { PowerGroup } from './liberty.js';
import type { Netlist } from './netlist.js';

/** One priced group of one instance pin: its counters are cnt[2g] (rise) and cnt[2g+1] (fall). */
export interface GroupRef {
  inst: number;
  pin: string;
  group: PowerGroup;
  /** The related pin's net (output groups), else the pin's own net. */
  fromNet: number;
  /** Output group: the pin's net (for the load); input group: -1. */
  outNet: number;
}

/** Selects a group from the instance state: tt[index over nets] = global group or -1. */
export interface Selector {
  nets: number[];
  tt: Int32Array;
}

function selector(nl: Netlist, inst: number, groups: { g: number; when?: Expr }[]): Selector {
  const cands = groups.filter((x) => x.when);
  const dflt = groups.find((x) => !x.when)?.g ?? -1;
  if (cands.length === 0) return { nets: [], tt: Int32Array.of(dflt) };
  const vars: string[] = [];
  for (const c of cands) exprVars(c.when!, vars);
  const pins = nl.instances[inst].pins;
  const known = vars.filter((v) => pins.has(v));
  const tts = cands.map((c) => truthTable(c.when!, vars));
  const tt = new Int32Array(1 << known.length);
  // Variables that are not pins of the instance (internal state names) read as 0.
  const pos = known.map((v) => vars.indexOf(v));
  for (let idx = 0; idx < tt.length; idx++) {
    let full = 0;
    for (let k = 0; k < known.length; k++) if ((idx >> k) & 1) full |= 1 << pos[k];
    const hit = cands.findIndex((_, i) => tts[i][full] === 1);
    tt[idx] = hit >= 0 ? cands[hit].g : dflt;
  }
  return { nets: known.map((v) => pins.get(v)!), tt };
}

export interface ActivityCounts {
  groups: GroupRef[];
  /** Transitions per group: [2g] rise, [2g+1] fall (fractional where split among inputs). */
  cnt: Float64Array;
  /** Transitions per net. */
  toggles: Float64Array;
  /** Settles on which a cell output changed with none of its power arcs' inputs changing. */
  unattributed: number;
  /** Transitions no group covered (no matching `when` and no default). */
  uncovered: number;
  cycles: number;
}

export class GateSim {
  readonly nl: Netlist;
  readonly v: Uint8Array;
  private readonly ch: Uint8Array;
  private readonly changed: Int32Array;
  private nc = 0;
  private readonly dirty: Uint8Array;
  private anyDirty = false;
  // Units (CSR).
  protected readonly uInS: Int32Array;
  protected readonly uIn: Int32Array;
  protected readonly uTtS: Int32Array;
  protected readonly uTt: Uint8Array;
  protected readonly uOut: Int32Array;
  // Readers of each net: unit indices (CSR).
  protected readonly rdS: Int32Array;
  protected readonly rd: Int32Array;
  // Output arcs: per unit [arcS[u], arcS[u+1]); per arc the related net and a selector.
  protected readonly arcS: Int32Array;
  protected readonly arcRel: Int32Array;
  protected readonly arcSel: Selector[];
  // Flop outputs: per flop output, the selector of its clock arc.
  protected readonly flopState: Uint8Array;
  protected readonly flopOutSel: (Selector | undefined)[][];
  // Input-pin groups per net.
  protected readonly sinks: Selector[][];
  protected readonly clockSinks: Selector[];
  /** Per clock gate: its flip-flops' clock-pin groups, and its GCLK output groups (related CLK). */
  protected readonly gatedSinks: Selector[][];
  protected readonly gateOutSel: (Selector | undefined)[];
  /** Per clock gate: GCLK is high (raised at a rising edge whose GATE was 1). */
  protected readonly gclkOn: Uint8Array;
  readonly groups: GroupRef[] = [];
  cnt!: Float64Array;
  readonly toggles: Float64Array;
  unattributed = 0;
  uncovered = 0;
  counting = true;
  cycles = 0;

  constructor(nl: Netlist) {
    this.nl = nl;
    const N = nl.nets;
    this.v = new Uint8Array(N);
    this.v[1] = 1;
    this.ch = new Uint8Array(N);
    this.changed = new Int32Array(N + 8);
    this.toggles = new Float64Array(N);
    const U = nl.units.length;
    this.dirty = new Uint8Array(U).fill(1);
    this.anyDirty = true;
    this.uInS = new Int32Array(U + 1);
    this.uTtS = new Int32Array(U + 1);
    this.uOut = new Int32Array(U);
    let ni = 0,
      nt = 0;
    for (let u = 0; u < U; u++) {
      this.uInS[u] = ni;
      this.uTtS[u] = nt;
      ni += nl.units[u].ins.length;
      nt += nl.units[u].tt.length;
      this.uOut[u] = nl.units[u].out;
    }
    this.uInS[U] = ni;
    this.uTtS[U] = nt;
    this.uIn = new Int32Array(ni);
    this.uTt = new Uint8Array(nt);
    const rdCount = new Int32Array(N + 1);
    for (let u = 0; u < U; u++) {
      const x = nl.units[u];
      this.uIn.set(x.ins, this.uInS[u]);
      this.uTt.set(x.tt, this.uTtS[u]);
      for (const n of new Set(x.ins)) rdCount[n]++;
    }
    this.rdS = new Int32Array(N + 1);
    for (let n = 0; n < N; n++) this.rdS[n + 1] = this.rdS[n] + rdCount[n];
    this.rd = new Int32Array(this.rdS[N]);
    const fillAt = this.rdS.slice(0, N);
    for (let u = 0; u < U; u++) for (const n of new Set(nl.units[u].ins)) this.rd[fillAt[n]++] = u;
    // Power groups.
    const addGroups = (inst: number, pin: string, list: PowerGroup[], fromNet: (g: PowerGroup) => number, outNet: number) =>
      list.map((g) => {
        this.groups.push({ inst, pin, group: g, fromNet: fromNet(g), outNet });
        return this.groups.length - 1;
      });
    const arcS: number[] = [];
    const arcRel: number[] = [];
    this.arcSel = [];
    for (let u = 0; u < U; u++) {
      arcS.push(arcRel.length);
      const x = nl.units[u];
      const ins = nl.instances[x.inst];
      const pm = ins.cell.pins.get(x.pin)!;
      const byRel = new Map<string, PowerGroup[]>();
      for (const g of pm.power) if (g.related) byRel.set(g.related, [...(byRel.get(g.related) ?? []), g]);
      for (const [rel, gs] of byRel) {
        const rn = ins.pins.get(rel);
        if (rn === undefined) continue;
        const ids = addGroups(x.inst, x.pin, gs, () => rn, x.out);
        arcRel.push(rn);
        this.arcSel.push(
          selector(
            nl,
            x.inst,
            gs.map((g, i) => ({ g: ids[i], when: g.when })),
          ),
        );
      }
    }
    arcS.push(arcRel.length);
    this.arcS = Int32Array.from(arcS);
    this.arcRel = Int32Array.from(arcRel);
    this.flopState = new Uint8Array(nl.flops.length);
    this.flopOutSel = nl.flops.map((f) => {
      const ins = nl.instances[f.inst];
      return f.outs.map((o) => {
        const gs = ins.cell.pins.get(o.pin)!.power.filter((g) => g.related === f.clockPin);
        if (!gs.length) return undefined;
        const ids = addGroups(f.inst, o.pin, gs, () => (f.gate >= 0 ? nl.gates[f.gate].gclk : nl.clockNet), o.net);
        return selector(
          nl,
          f.inst,
          gs.map((g, i) => ({ g: ids[i], when: g.when })),
        );
      });
    });
    // Output groups related to pins other than the clock of flops (clear, preset) are never
    // exercised: those pins are tied in the netlists the toolkit emits; register them unpriced.
    this.gclkOn = new Uint8Array(nl.gates.length);
    this.gateOutSel = nl.gates.map((g) => {
      const ins = nl.instances[g.inst];
      const gs = ins.cell.pins.get(g.outPin)!.power.filter((x) => x.related === g.clockPin);
      if (!gs.length) return undefined;
      const ids = addGroups(g.inst, g.outPin, gs, () => nl.clockNet, g.gclk);
      return selector(
        nl,
        g.inst,
        gs.map((x, i) => ({ g: ids[i], when: x.when })),
      );
    });
    const gateOfNet = new Map(nl.gates.map((g, k) => [g.gclk, k]));
    this.gatedSinks = nl.gates.map(() => []);
    this.sinks = Array.from({ length: N }, () => []);
    this.clockSinks = [];
    for (let i = 0; i < nl.instances.length; i++) {
      const ins = nl.instances[i];
      for (const ip of ins.cell.inputs) {
        const gs = ins.cell.pins.get(ip)!.power.filter((g) => !g.related);
        const n = ins.pins.get(ip)!;
        if (!gs.length) continue;
        const ids = addGroups(i, ip, gs, () => n, -1);
        const sel = selector(
          nl,
          i,
          gs.map((g, k) => ({ g: ids[k], when: g.when })),
        );
        if (n === nl.clockNet && (ins.cell.ff || ins.cell.icg)) this.clockSinks.push(sel);
        else if (gateOfNet.has(n)) this.gatedSinks[gateOfNet.get(n)!].push(sel);
        else if (n > 1) this.sinks[n].push(sel);
      }
    }
    this.cnt = new Float64Array(this.groups.length * 2);
  }

  protected pick(s: Selector): number {
    let idx = 0;
    const nets = s.nets;
    for (let k = 0; k < nets.length; k++) idx |= this.v[nets[k]] << k;
    return s.tt[idx];
  }

  protected count(g: number, rise: boolean, w: number): void {
    if (g < 0) {
      this.uncovered += w;
      return;
    }
    this.cnt[2 * g + (rise ? 0 : 1)] += w;
  }

  private touch(n: number, val: number): void {
    this.v[n] = val;
    if (!this.ch[n]) {
      this.ch[n] = 1;
      this.changed[this.nc++] = n;
    }
    if (this.counting) this.toggles[n]++;
    const rs = this.rdS[n],
      re = this.rdS[n + 1];
    for (let k = rs; k < re; k++) this.dirty[this.rd[k]] = 1;
    if (re > rs) this.anyDirty = true;
  }

  /** Drives a primary-input net (a change takes effect at the next settle). */
  setNet(n: number, val: number): void {
    if (n <= 1) return;
    if (this.v[n] !== val) this.touch(n, val);
  }

  /** Propagates every pending change through the combinational logic. */
  settle(): void {
    if (this.anyDirty) {
      const { v, dirty, uInS, uIn, uTt, uTtS, uOut, ch, arcS, arcRel } = this;
      const U = uOut.length;
      for (let u = 0; u < U; u++) {
        if (!dirty[u]) continue;
        dirty[u] = 0;
        const s = uInS[u],
          e = uInS[u + 1];
        let idx = 0;
        for (let j = s; j < e; j++) idx |= v[uIn[j]] << (j - s);
        const o = uTt[uTtS[u] + idx];
        const n = uOut[u];
        if (o === v[n]) continue;
        this.touch(n, o);
        if (!this.counting) continue;
        const a0 = arcS[u],
          a1 = arcS[u + 1];
        let k = 0;
        for (let a = a0; a < a1; a++) if (ch[arcRel[a]]) k++;
        if (k === 0) {
          this.unattributed++;
          continue;
        }
        const w = 1 / k;
        for (let a = a0; a < a1; a++) if (ch[arcRel[a]]) this.count(this.pick(this.arcSel[a]), o === 1, w);
      }
      this.anyDirty = false;
    }
    this.flush();
  }

  /** Input-pin power of the nets that changed, then clears the change marks. */
  private flush(): void {
    for (let i = 0; i < this.nc; i++) {
      const n = this.changed[i];
      this.ch[n] = 0;
      if (!this.counting) continue;
      const ss = this.sinks[n];
      if (ss.length) for (const s of ss) this.count(this.pick(s), this.v[n] === 1, 1);
    }
    this.nc = 0;
  }

  /**
   * The clock gates at a clock edge. Rising: each gate whose GATE is 1 in `en` (the settled state
   * before the edge: the latch is transparent while clk is low and holds from the edge) raises its
   * GCLK; falling: every raised GCLK falls. Each GCLK transition counts on the net, on the gate's
   * GCLK power arc and on its flip-flops' clock pins; a disabled gate's GCLK does not move.
   * `setV`: also drive the GCLK nets in `v` (the zero-delay state; the timed engine keeps them
   * out of its replayed state).
   */
  protected gateEdge(rise: boolean, en: Uint8Array, setV: boolean): void {
    const gates = this.nl.gates;
    for (let k = 0; k < gates.length; k++) {
      const g = gates[k];
      if (rise ? !en[g.gate] || this.gclkOn[k] : !this.gclkOn[k]) continue;
      this.gclkOn[k] = rise ? 1 : 0;
      if (setV) this.v[g.gclk] = rise ? 1 : 0;
      if (!this.counting) continue;
      this.toggles[g.gclk]++;
      const o = this.gateOutSel[k];
      if (o) this.count(this.pick(o), rise, 1);
      for (const s of this.gatedSinks[k]) this.count(this.pick(s), rise, 1);
    }
  }

  /**
   * One rising clock edge: clock-pin power at the state before the edge, the clock gates (see
   * gateEdge), every flip-flop on clk or an enabled gate takes its next state (all sampled
   * first), Q transitions priced on their clock arcs, settle.
   */
  risingEdge(): void {
    const nl = this.nl;
    const clk = nl.clockNet;
    this.v[clk] = 1;
    if (this.counting) for (const s of this.clockSinks) this.count(this.pick(s), true, 1);
    this.gateEdge(true, this.v, true);
    const next = new Uint8Array(nl.flops.length);
    for (let i = 0; i < nl.flops.length; i++) {
      const f = nl.flops[i];
      let idx = 0;
      for (let k = 0; k < f.ins.length; k++) idx |= this.v[f.ins[k]] << k;
      // A flip-flop whose clock gate is off keeps its state (its asynchronous clear/preset still act).
      let q = f.gate >= 0 && !this.gclkOn[f.gate] ? this.flopState[i] : f.next[idx];
      if (f.clear && f.clear[idx]) q = 0;
      else if (f.preset && f.preset[idx]) q = 1;
      next[i] = q;
    }
    for (let i = 0; i < nl.flops.length; i++) {
      if (next[i] === this.flopState[i]) continue;
      this.flopState[i] = next[i];
      const f = nl.flops[i];
      f.outs.forEach((o, k) => {
        const val = o.inverted ? next[i] ^ 1 : next[i];
        if (this.v[o.net] === val) return;
        this.touch(o.net, val);
        const sel = this.flopOutSel[i][k];
        if (this.counting && sel) this.count(this.pick(sel), val === 1, 1);
      });
    }
    this.settle();
    if (this.counting) this.cycles++;
  }

  /** The falling clock edge: clock-pin power at the settled state. */
  fallingEdge(): void {
    this.v[this.nl.clockNet] = 0;
    if (this.counting) for (const s of this.clockSinks) this.count(this.pick(s), false, 1);
    this.gateEdge(false, this.v, true);
  }

  /** Forces every flop output to its state (after construction: all zero). */
  initState(): void {
    this.nl.flops.forEach((f, i) =>
      f.outs.forEach((o) => {
        const val = o.inverted ? this.flopState[i] ^ 1 : this.flopState[i];
        if (this.v[o.net] !== val) this.touch(o.net, val);
      }),
    );
    for (let u = 0; u < this.dirty.length; u++) this.dirty[u] = 1;
    this.anyDirty = true;
    this.settle();
  }

  resetCounts(): void {
    this.cnt.fill(0);
    this.toggles.fill(0);
    this.unattributed = 0;
    this.uncovered = 0;
    this.cycles = 0;
  }

  counts(): ActivityCounts {
    return {
      groups: this.groups,
      cnt: this.cnt,
      toggles: this.toggles,
      unattributed: this.unattributed,
      uncovered: this.uncovered,
      cycles: this.cycles,
    };
  }
}
