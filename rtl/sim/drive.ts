// The RTL testbench (rtl/sim/testbench.ts, the C++ one Verilator and CXXRTL run) played on the
// gate-level netlist: ideal memory answering a_rd/b_rd in the same cycle, the tiles walked in the
// order the TbSpec fixes, k-tile partial results added outside the array, outputs collected per
// lane. The same stimulus, cycle for cycle, so the netlist's C can be checked against the exact
// GEMM and its toggles are those of the real workload; the clock-gating estimate drives the enable
// logic of the RTL reading with it too (cost/inventory/enable-duty.ts).
import type { IntMatrix } from '../../ir/index.js';
import type { TbSpec } from '../model/types.js';

/** Port name -> its nets, LSB first. */
export interface TbPorts {
  readonly inputs: ReadonlyMap<string, readonly number[]>;
  readonly outputs: ReadonlyMap<string, readonly number[]>;
}

/** What the testbench drives: power/'s zero-delay GateSim or timed TimedSim, or the enable-duty ConeSim. */
export interface TbSim {
  /**
   * Its ports as nets of `v`: a gate-level netlist's (power/), or the enable-duty simulation's
   * (cost/inventory/enable-duty.ts). Here in rtl/ because both drive it: one stimulus definition.
   */
  readonly nl: TbPorts;
  readonly v: Uint8Array;
  counting: boolean;
  setNet(n: number, val: number): void;
  settle(): void;
  risingEdge(): void;
  fallingEdge(): void;
  initState(): void;
}

export interface TbRun {
  /** C as the testbench accumulates it (acc-width two's complement, as BigInt). */
  c: BigInt64Array;
  /** Cycles of every tile, from its first request to its last output (as the RTL testbench counts). */
  tileCycles: number[];
  cycles: number;
  /** Clock cycles simulated after reset (what power is averaged over). */
  simulatedCycles: number;
  /** Per bit of the operand input ports: transitions and cycles at 1, over the simulated cycles. */
  portActivity: Map<string, { toggles: number; ones: number }[]>;
}

export class TbError extends Error {}

/**
 * Options: countReset counts the reset cycles too; portActivity false leaves the input ports'
 * activity uncounted (portActivity empty), for a caller that does not price the ports.
 */
export function runTestbench(
  sim: TbSim,
  tb: TbSpec,
  a: IntMatrix,
  b: IntMatrix,
  opts: { countReset?: boolean; portActivity?: boolean } = {},
): TbRun {
  const nl = sim.nl;
  const port = (n: string) => nl.inputs.get(n) ?? nl.outputs.get(n);
  const need = (n: string) => {
    const p = port(n);
    if (!p) throw new TbError(`the netlist has no port ${n}`);
    return p;
  };
  const setBits = (n: string, bits: Uint8Array) => {
    const p = need(n);
    for (let i = 0; i < p.length; i++) sim.setNet(p[i], bits[i] ?? 0);
  };
  const setNum = (n: string, x: number) => {
    const p = port(n);
    if (!p) return;
    for (let i = 0; i < p.length; i++) sim.setNet(p[i], i < 53 ? Math.floor(x / 2 ** i) % 2 : 0);
  };
  const getNum = (n: string) => {
    const p = need(n);
    let x = 0;
    for (let i = 0; i < p.length && i < 53; i++) x += sim.v[p[i]] * 2 ** i;
    return x;
  };
  const M = a.rows,
    K = a.cols,
    N = b.cols;
  const AW = tb.aBits,
    BW = tb.bBits,
    CW = tb.accBits;
  const aIn = need('a_in'),
    bIn = need('b_in');
  const outVld = need('out_vld'),
    outData = need('out_data');
  const abuf = new Uint8Array(aIn.length),
    bbuf = new Uint8Array(bIn.length);
  const put = (buf: Uint8Array, off: number, bits: number, v: number) => {
    // v is 0 .. 2^bits - 1: up to 32 bits an unsigned shift gives bit i exactly (b_in is thousands of bits a cycle).
    if (bits <= 32) for (let i = 0; i < bits; i++) buf[off + i] = (v >>> i) & 1;
    else for (let i = 0; i < bits; i++) buf[off + i] = Math.floor(v / 2 ** i) & 1 ? 1 : 0;
  };
  // Two's complement bits of a (possibly negative) value: floor division works for negatives.
  const putSigned = (buf: Uint8Array, off: number, bits: number, v: number) => put(buf, off, bits, v < 0 ? v + 2 ** bits : v);
  const mask = (1n << BigInt(CW)) - 1n;
  const Cm = new BigInt64Array(M * N);
  const Cu = new Array<bigint>(M * N).fill(0n);
  const act = new Map<string, { toggles: number; ones: number }[]>();
  for (const n of opts.portActivity === false ? [] : ['a_in', 'b_in', 'start', 'cfg_k', 'cfg_m', 'rst']) {
    const p = port(n);
    if (p && nl.inputs.has(n))
      act.set(
        n,
        p.map(() => ({ toggles: 0, ones: 0 })),
      );
  }
  const prev = new Map<string, Uint8Array>([...act.keys()].map((k) => [k, new Uint8Array(need(k).length)]));
  let counted = false;
  let simCycles = 0;
  const sampleInputs = () => {
    if (!counted) return;
    for (const [n, st] of act) {
      const p = need(n),
        pv = prev.get(n)!;
      for (let i = 0; i < p.length; i++) {
        const x = sim.v[p[i]];
        if (x !== pv[i]) {
          st[i].toggles++;
          pv[i] = x;
        }
        st[i].ones += x;
      }
    }
  };
  const cycle = (
    t: { m0: number; n0: number; k0: number; kEnd: number },
    start: boolean,
    ev: number[],
  ): { seen: number; requested: boolean } => {
    sim.fallingEdge();
    setNum('start', start ? 1 : 0);
    sim.settle();
    abuf.fill(0);
    bbuf.fill(0);
    let requested = false;
    if (getNum('a_rd')) {
      requested = true;
      const idx = getNum('a_idx');
      tb.aLanes.forEach((l, e) => {
        const m = t.m0 + l.off + l.mul * idx,
          k = t.k0 + l.kOff + l.kMul * idx;
        if (m < M && k < t.kEnd) putSigned(abuf, e * AW, AW, a.data[m * K + k]);
      });
    }
    if (getNum('b_rd')) {
      requested = true;
      const idx = getNum('b_idx');
      tb.bLanes.forEach((l, e) => {
        const n = t.n0 + l.off + l.mul * idx,
          k = t.k0 + l.kOff + l.kMul * idx;
        if (n < N && k < t.kEnd) putSigned(bbuf, e * BW, BW, b.data[k * N + n]);
      });
    }
    setBits('a_in', abuf);
    setBits('b_in', bbuf);
    sim.settle();
    sampleInputs();
    let seen = 0;
    tb.outLanes.forEach((l, li) => {
      if (!sim.v[outVld[li]]) return;
      const e = ev[li]++;
      // A lane whose events follow no stride (a shared resolve stage) lists where each goes.
      if (l.seq && e >= l.seq.length) throw new TbError(`lane ${li}: more outputs than its schedule`);
      const m = l.seq ? t.m0 + l.seq[e].m : t.m0 + l.mOff + l.mEv * e,
        n = l.seq ? t.n0 + l.seq[e].n : t.n0 + l.nOff + l.nEv * e;
      seen++;
      if (m < M && n < N) {
        let x = 0n;
        for (let i = 0; i < CW; i++) if (sim.v[outData[li * CW + i]]) x |= 1n << BigInt(i);
        Cu[m * N + n] = (Cu[m * N + n] + x) & mask;
      }
    });
    sim.risingEdge();
    if (counted) simCycles++;
    return { seen, requested };
  };
  // Reset: two cycles with rst high, then counting starts.
  sim.counting = !!opts.countReset;
  sim.initState();
  setNum('rst', 1);
  setNum('start', 0);
  for (let i = 0; i < 2; i++) {
    sim.fallingEdge();
    sim.settle();
    sim.risingEdge();
  }
  setNum('rst', 0);
  sim.settle();
  sim.counting = true;
  counted = true;
  const tm = tb.tileM || M,
    tn = tb.tileN || N,
    tk = tb.tileK || K;
  const ext = tb.order.map((c) => (c === 'm' ? M : c === 'n' ? N : K));
  const step = tb.order.map((c) => (c === 'm' ? tm : c === 'n' ? tn : tk));
  const tiles: number[] = [];
  const NL = tb.outLanes.length;
  for (let i0 = 0; i0 < ext[0]; i0 += step[0]) {
    for (let i1 = 0; i1 < ext[1]; i1 += step[1]) {
      for (let i2 = 0; i2 < ext[2]; i2 += step[2]) {
        const idx = [i0, i1, i2];
        const t = { m0: 0, n0: 0, k0: 0, kEnd: 0 };
        tb.order.forEach((c, dd) => {
          if (c === 'm') t.m0 = idx[dd];
          else if (c === 'n') t.n0 = idx[dd];
          else t.k0 = idx[dd];
        });
        t.kEnd = Math.min(t.k0 + tk, K);
        const kLen = t.kEnd - t.k0;
        setNum('cfg_k', Math.ceil(kLen / tb.kPerIdx));
        setNum('cfg_m', M);
        const ev = new Array<number>(NL).fill(0);
        cycle(t, true, ev);
        const expected = tb.outLanes.some((l) => l.seq)
          ? tb.outLanes.reduce((x, l) => x + (l.seq?.length ?? 0), 0)
          : NL * (tb.eventsPerLane === 'M' ? M : tb.eventsPerLane);
        let got = 0,
          first = -1,
          now = 0;
        const limit = 100000 + 64 * (kLen + M + 64) * 64;
        for (;;) {
          const r = cycle(t, false, ev);
          if (r.requested && first < 0) first = now;
          got += r.seen;
          if (got > 0 && first < 0) throw new TbError('output before any request');
          if (got >= expected) {
            tiles.push(now - first + 1);
            break;
          }
          if (++now > limit)
            throw new TbError(`the netlist hung: tile m0=${t.m0} n0=${t.n0} k0=${t.k0} gave ${got} of ${expected} outputs`);
        }
      }
    }
  }
  const signBit = 1n << BigInt(CW - 1);
  for (let i = 0; i < Cu.length; i++) {
    let x = Cu[i];
    if (tb.accSigned && x & signBit) x -= 1n << BigInt(CW);
    Cm[i] = x;
  }
  return { c: Cm, tileCycles: tiles, cycles: tiles.reduce((s, x) => s + x, 0), simulatedCycles: simCycles, portActivity: act };
}
