// Timed (glitch-aware) activity: an event-driven simulation of the mapped netlist with per-arc
// cell delays (rise/fall, state-dependent where the SDF says so; sdf.ts) in integer picoseconds,
// so that every hazard a real gate network produces between clock edges is a transition that is
// priced like any other (internal power of the arc that caused it, switching ½·C·V² on the net,
// input-pin power of the pins it reaches; price.ts).
//
// Pulse handling, `inertial` (default, what Verilog path delays and sign-off simulators do with
// the default pulse limits): when a cell's output is re-evaluated while a transition is pending
// and the new value is the output's present value, the pending transition is cancelled (a pulse
// shorter than the cell's delay is swallowed); `transport` keeps every scheduled transition (each
// new transition is queued behind the pending ones; one that would land before a pending one
// cancels the later ones); `latest` is Icarus Verilog 11's module-path rule (vvp
// vvp_fun_modpath: every change of the cell's zero-delay value schedules an output update at the
// change time plus the arc's delay, nothing is cancelled, and each update drives the cell's value
// *at the update's time*), kept to cross-check against Icarus exactly (icarus.ts); it swallows a
// pulse that ends before the first update fires, like inertial, but can move an edge earlier.
//
// The cycle model: a zero-delay GateSim runs the RTL testbench exactly as the toggle mode does (it
// answers the testbench's reads, and its own counts are the zero-delay figures of the same run);
// at every rising clock edge the timed engine replays the cycle that ends there: the flip-flop
// outputs change to their new state at their clock-to-output delays and the primary inputs to
// their new values at `inputDelayPs` after the edge (0: OpenSTA's set_input_delay 0), events run
// to quiescence, and every net's value is checked against the zero-delay simulation's settled
// value (TbError on a difference: the netlist's function is not what was timed). Input
// transitions therefore happen once per cycle, at the clock edge, in the timed mode; the
// zero-delay mode applies them at the falling edge after the rising edge's settle (the
// testbench's order), which can make a net change twice in a cycle there. Clock gates: the
// same capture rule as the zero-delay simulation (a gated flip-flop captures iff its gate's GATE
// was 1 before the edge), and GCLK is an ideal clock edge (the gate's CLK->GCLK delay is not
// added to its flip-flops' clock-to-output).
import type { Netlist } from './netlist.js';
import type { TimedDelays } from './sdf.js';
import { GateSim, type ActivityCounts } from './sim.js';
import { TbError } from '../rtl/sim/drive.js';

export type PulseMode = 'inertial' | 'transport' | 'latest';

export interface TimedOptions {
  pulse?: PulseMode;
  /** When the primary inputs change after the clock edge, ps (default 0). */
  inputDelayPs?: number;
  /** Record every net transition (time ps within the cycle, net, value) of counted cycles; for tests and the Icarus cross-check. */
  trace?: boolean;
  /** Keep the input values of every rising edge (`vectors`; for the Icarus cross-check). */
  recordInputs?: boolean;
}

/** The event engine: GateSim's power-group bookkeeping on a timed state. */
class TimedEngine extends GateSim {
  private readonly dl: TimedDelays;
  private readonly pulse: PulseMode;
  // Events in slots: time, net, value, kind (0 input, 1 unit, 2 flop output), aux (unit: cause
  // mask over its inputs; flop output: flop index * 8 + output), unit or -1, next slot of the
  // same unit (transport queues).
  private evT = new Float64Array(1024);
  private evNet = new Int32Array(1024);
  private evVal = new Uint8Array(1024);
  private evKind = new Uint8Array(1024);
  private evAux = new Int32Array(1024);
  private evUnit = new Int32Array(1024);
  private evLive = new Uint8Array(1024);
  private free: number[] = [];
  private nSlots = 0;
  // Binary heap of slots by (time, slot order of insertion).
  private heap = new Int32Array(1024);
  private hSeq = new Float64Array(1024);
  private hn = 0;
  private seq = 0;
  /** Pending events per unit (inertial: at most one; transport: a list by time). */
  private readonly pend: number[][];
  private readonly unitOfNet: Int32Array;
  /** Per unit, per input k: the arc index (GateSim arcs) of that input's related pin, or -1. */
  private readonly arcOfIn: Int32Array;
  /** Per net reader entry (CSR parallel to rd): mask of the reader's inputs on that net. */
  private readonly rdMask: Int32Array;
  private readonly cm: Int32Array;
  private readonly dirtyList: Int32Array;
  private nDirty = 0;
  /** `latest`: each unit's zero-delay value as of its last evaluation. */
  private readonly internal: Uint8Array;
  eventsApplied = 0;
  cancelled = 0;
  /** Nets driven by cells whose end-of-cycle value differs from the previous cycle's (the glitch-free minimum). */
  functional = 0;
  trace?: { cycle: number; t: number; net: number; val: number }[];

  constructor(nl: Netlist, dl: TimedDelays, pulse: PulseMode) {
    super(nl);
    this.dl = dl;
    this.pulse = pulse;
    const U = nl.units.length;
    this.pend = Array.from({ length: U }, () => []);
    this.unitOfNet = new Int32Array(nl.nets).fill(-1);
    for (let u = 0; u < U; u++) this.unitOfNet[this.uOut[u]] = u;
    this.arcOfIn = new Int32Array(this.uIn.length).fill(-1);
    for (let u = 0; u < U; u++)
      for (let j = this.uInS[u]; j < this.uInS[u + 1]; j++)
        for (let a = this.arcS[u]; a < this.arcS[u + 1]; a++) if (this.arcRel[a] === this.uIn[j]) this.arcOfIn[j] = a;
    this.rdMask = new Int32Array(this.rd.length);
    for (let n = 0; n < nl.nets; n++)
      for (let k = this.rdS[n]; k < this.rdS[n + 1]; k++) {
        const u = this.rd[k];
        let m = 0;
        for (let j = this.uInS[u]; j < this.uInS[u + 1]; j++) if (this.uIn[j] === n) m |= 1 << (j - this.uInS[u]);
        this.rdMask[k] = m;
      }
    this.cm = new Int32Array(U);
    this.dirtyList = new Int32Array(U);
    this.internal = new Uint8Array(U);
  }

  private grow(): void {
    const n = this.evT.length * 2;
    const g = <T extends Float64Array | Int32Array | Uint8Array>(a: T, ctor: new (n: number) => T): T => {
      const b = new ctor(n);
      b.set(a);
      return b;
    };
    this.evT = g(this.evT, Float64Array);
    this.evNet = g(this.evNet, Int32Array);
    this.evVal = g(this.evVal, Uint8Array);
    this.evKind = g(this.evKind, Uint8Array);
    this.evAux = g(this.evAux, Int32Array);
    this.evUnit = g(this.evUnit, Int32Array);
    this.evLive = g(this.evLive, Uint8Array);
    this.heap = g(this.heap, Int32Array);
    this.hSeq = g(this.hSeq, Float64Array);
  }

  private push(t: number, net: number, val: number, kind: number, aux: number, unit: number): number {
    let s = this.free.pop();
    if (s === undefined) {
      if (this.nSlots >= this.evT.length) this.grow();
      s = this.nSlots++;
    }
    this.evT[s] = t;
    this.evNet[s] = net;
    this.evVal[s] = val;
    this.evKind[s] = kind;
    this.evAux[s] = aux;
    this.evUnit[s] = unit;
    this.evLive[s] = 1;
    // Heap insert keyed by (t, seq).
    const h = this.heap,
      q = this.hSeq;
    let i = this.hn++;
    const sq = this.seq++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const ps = h[p];
      if (this.evT[ps] < t || (this.evT[ps] === t && q[p] < sq)) break;
      h[i] = ps;
      q[i] = q[p];
      i = p;
    }
    h[i] = s;
    q[i] = sq;
    return s;
  }

  private pop(): number {
    const h = this.heap,
      q = this.hSeq,
      T = this.evT;
    const top = h[0];
    const n = --this.hn;
    if (n > 0) {
      const ls = h[n],
        lq = q[n];
      const lt = T[ls];
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && (T[h[c + 1]] < T[h[c]] || (T[h[c + 1]] === T[h[c]] && q[c + 1] < q[c]))) c++;
        if (T[h[c]] > lt || (T[h[c]] === lt && q[c] > lq)) break;
        h[i] = h[c];
        q[i] = q[c];
        i = c;
      }
      h[i] = ls;
      q[i] = lq;
    }
    return top;
  }

  private kill(s: number): void {
    this.evLive[s] = 0;
    this.cancelled++;
  }

  /** Sets the state without simulating (reset cycles, start). */
  copyState(v: Uint8Array): void {
    this.v.set(v);
    for (let u = 0; u < this.internal.length; u++) this.internal[u] = v[this.uOut[u]];
  }

  private schedule(u: number, t: number, cause: number): void {
    const v = this.v;
    const s0 = this.uInS[u],
      e0 = this.uInS[u + 1];
    let idx = 0;
    for (let j = s0; j < e0; j++) idx |= v[this.uIn[j]] << (j - s0);
    const o = this.uTt[this.uTtS[u] + idx];
    const out = this.uOut[u];
    const pl = this.pend[u];
    const latest = this.pulse === 'latest';
    const proj = latest ? this.internal[u] : pl.length ? this.evVal[pl[pl.length - 1]] : v[out];
    if (o === proj) return;
    // The delay of the changed arc (the smallest where several inputs changed at once).
    let d = Infinity;
    const arcs = this.dl.unit[u];
    for (let k = 0; k < e0 - s0; k++) {
      if (!((cause >> k) & 1)) continue;
      for (const a of arcs[k])
        if ((idx & a.mask) === a.want) {
          const x = o ? a.rise : a.fall;
          if (x < d) d = x;
          break;
        }
    }
    if (!Number.isFinite(d)) d = 0;
    if (latest) {
      this.internal[u] = o;
      this.push(t + d, out, o, 1, cause, u);
      return;
    }
    if (this.pulse === 'inertial') {
      if (pl.length) {
        // The pending transition (to the other value) is swallowed: o is the present value.
        this.kill(pl[0]);
        pl.length = 0;
        return;
      }
      pl.push(this.push(t + d, out, o, 1, cause, u));
      return;
    }
    // Transport: a transition landing before pending ones cancels them.
    const tt = t + d;
    while (pl.length && this.evT[pl[pl.length - 1]] >= tt) this.kill(pl.pop()!);
    const proj2 = pl.length ? this.evVal[pl[pl.length - 1]] : v[out];
    if (proj2 !== o) pl.push(this.push(tt, out, o, 1, cause, u));
  }

  /** Replays one cycle from the present state to the target (zero-delay settled) values. */
  replay(target: Uint8Array, inputNets: Int32Array, inputDelayPs: number, cycle: number): void {
    const nl = this.nl;
    const v = this.v;
    if (this.counting) for (let n = 2; n < nl.nets; n++) if (v[n] !== target[n] && nl.driver[n] >= 0) this.functional++;
    for (let i = 0; i < nl.flops.length; i++) {
      const f = nl.flops[i];
      for (let k = 0; k < f.outs.length; k++) {
        const n = f.outs[k].net;
        if (v[n] !== target[n]) {
          const d = this.dl.flop[i][k];
          this.push(target[n] ? d.rise : d.fall, n, target[n], 2, i * 8 + k, -1);
        }
      }
    }
    for (let i = 0; i < inputNets.length; i++) {
      const n = inputNets[i];
      if (v[n] !== target[n]) this.push(inputDelayPs, n, target[n], 0, 0, -1);
    }
    const { rdS, rd, rdMask, cm, dirtyList } = this;
    while (this.hn > 0) {
      const t = this.evT[this.heap[0]];
      // Apply every event at time t, then evaluate the cells they reach.
      while (this.hn > 0 && this.evT[this.heap[0]] === t) {
        const s = this.pop();
        if (!this.evLive[s]) {
          this.free.push(s);
          continue;
        }
        this.evLive[s] = 0;
        this.free.push(s);
        const n = this.evNet[s],
          kind = this.evKind[s];
        // `latest`: the update drives the cell's value now.
        const val = kind === 1 && this.pulse === 'latest' ? this.internal[this.evUnit[s]] : this.evVal[s];
        if (kind === 1 && this.pulse !== 'latest') {
          const pl = this.pend[this.evUnit[s]];
          const at = pl.indexOf(s);
          if (at >= 0) pl.splice(at, 1);
        }
        if (v[n] === val) continue;
        v[n] = val;
        this.eventsApplied++;
        if (this.trace) this.trace.push({ cycle, t, net: n, val });
        if (this.counting) {
          this.toggles[n]++;
          if (kind === 1) this.countUnit(this.evUnit[s], this.evAux[s], val === 1);
          else if (kind === 2) {
            const i = this.evAux[s] >> 3,
              k = this.evAux[s] & 7;
            const sel = this.flopOutSel[i][k];
            if (sel) this.count(this.pick(sel), val === 1, 1);
          }
          const ss = this.sinks[n];
          if (ss.length) for (const x of ss) this.count(this.pick(x), val === 1, 1);
        }
        for (let k = rdS[n]; k < rdS[n + 1]; k++) {
          const u = rd[k];
          if (cm[u] === 0) dirtyList[this.nDirty++] = u;
          cm[u] |= rdMask[k];
        }
      }
      for (let i = 0; i < this.nDirty; i++) {
        const u = dirtyList[i];
        const c = cm[u];
        cm[u] = 0;
        this.schedule(u, t, c);
      }
      this.nDirty = 0;
    }
    for (let n = 2; n < nl.nets; n++)
      if (v[n] !== target[n])
        throw new TbError(
          `the timed simulation ends cycle ${cycle} with net ${nl.netName[n]} at ${v[n]}, the zero-delay simulation at ${target[n]}`,
        );
    if (this.counting) this.cycles++;
  }

  private countUnit(u: number, cause: number, rise: boolean): void {
    const s0 = this.uInS[u];
    let k = 0;
    for (let j = 0; j < this.uInS[u + 1] - s0; j++) if ((cause >> j) & 1 && this.arcOfIn[s0 + j] >= 0) k++;
    if (k === 0) {
      this.unattributed++;
      return;
    }
    const w = 1 / k;
    for (let j = 0; j < this.uInS[u + 1] - s0; j++) {
      if (!((cause >> j) & 1)) continue;
      const a = this.arcOfIn[s0 + j];
      if (a >= 0) this.count(this.pick(this.arcSel[a]), rise, w);
    }
  }

  /** Clock-pin power of an edge; the clock gates as the zero-delay simulation has them (`en`: its state before the edge). */
  clockEdge(rise: boolean, en: Uint8Array): void {
    if (this.counting) for (const s of this.clockSinks) this.count(this.pick(s), rise, 1);
    this.gateEdge(rise, en, false);
  }
}

/**
 * The testbench's simulator in the timed mode: the zero-delay GateSim answers the testbench
 * (`v` is its state), the timed engine replays every cycle at the rising edge (see the header).
 */
export class TimedSim {
  readonly nl: Netlist;
  readonly zd: GateSim;
  private readonly eng: TimedEngine;
  readonly inputNets: Int32Array;
  private readonly inputDelayPs: number;
  /** With recordInputs: the input nets' values before each rising edge, counted or not. */
  readonly vectors: Uint8Array[] = [];
  private readonly record: boolean;
  /** Rising edges before the first counted one. */
  skippedEdges = 0;
  private cyc = 0;
  private cnt = true;

  constructor(nl: Netlist, delays: TimedDelays, o: TimedOptions = {}) {
    this.nl = nl;
    this.zd = new GateSim(nl);
    this.eng = new TimedEngine(nl, delays, o.pulse ?? 'inertial');
    if (o.trace) this.eng.trace = [];
    const ins: number[] = [];
    for (const nets of nl.inputs.values()) for (const n of nets) if (n > 1 && n !== nl.clockNet && !ins.includes(n)) ins.push(n);
    this.inputNets = Int32Array.from(ins);
    this.inputDelayPs = o.inputDelayPs ?? 0;
    this.record = o.recordInputs === true;
  }

  get v(): Uint8Array {
    return this.zd.v;
  }
  get counting(): boolean {
    return this.cnt;
  }
  set counting(c: boolean) {
    this.cnt = c;
    this.zd.counting = c;
    this.eng.counting = c;
  }
  setNet(n: number, val: number): void {
    this.zd.setNet(n, val);
  }
  settle(): void {
    this.zd.settle();
  }
  initState(): void {
    this.zd.initState();
    this.eng.copyState(this.zd.v);
  }
  risingEdge(): void {
    if (this.record) this.vectors.push(Uint8Array.from(this.inputNets, (n) => this.zd.v[n]));
    if (!this.cnt && this.cyc === 0) this.skippedEdges++;
    this.eng.clockEdge(true, this.zd.v);
    if (this.cnt) this.eng.replay(this.zd.v, this.inputNets, this.inputDelayPs, this.cyc++);
    else this.eng.copyState(this.zd.v);
    this.zd.risingEdge();
  }
  fallingEdge(): void {
    this.eng.clockEdge(false, this.zd.v);
    this.zd.fallingEdge();
  }
  /** The timed figures. */
  counts(): ActivityCounts {
    return this.eng.counts();
  }
  /** The zero-delay figures of the same run. */
  zeroDelayCounts(): ActivityCounts {
    return this.zd.counts();
  }
  stats(): { events: number; cancelled: number; functional: number } {
    return { events: this.eng.eventsApplied, cancelled: this.eng.cancelled, functional: this.eng.functional };
  }
  get trace(): { cycle: number; t: number; net: number; val: number }[] | undefined {
    return this.eng.trace;
  }
}
