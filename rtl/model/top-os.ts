// Array tops of the output-stationary family (ir/architectures.ts): systolic operands (skewed)
// or broadcast ones, Kp = lanesPerPe products per PE. The controller (rtl/model/control.ts)
// issues one request per k step; systolic A/B rows enter through skew registers and
// move through registers between PEs; a delay line marks the cycle results are valid.
import { arrayShape, lanesPerPe, movementOf, resolveSchedule, type Design, type ResolveSchedule } from '../../ir/index.js';
import { stepController } from './control.js';
import { digitInfo } from './datapath.js';
import type { Lib } from './lib.js';
import { Net, clog2, connsFor, inp, mod, outp, slice } from './netlist.js';
import { buildMacPe, flagStage } from './pe-mac.js';
import type { OutputLane, RtlModule, TbSpec } from './types.js';

/** The ports of every array top (the controller's names are claimed by rtl/model/control.ts). */
export const TOP_RESERVED = [
  'clk',
  'rst',
  'start',
  'cfg_k',
  'cfg_m',
  'a_rd',
  'a_idx',
  'a_in',
  'b_rd',
  'b_idx',
  'b_in',
  'out_vld',
  'out_data',
];

export function buildOsFamily(d: Design, lib: Lib, p: string): { modules: RtlModule[]; top: string; tb: TbSpec } {
  const { rows: R, cols: C } = arrayShape(d);
  const Kp = lanesPerPe(d);
  const systolic = movementOf(d, 'A') === 'systolic';
  const W = d.types.acc.bits;
  const { A, B } = d.types;
  const di = digitInfo(A, d);
  const atEdge = d.encoders[0].placement !== 'pe';
  const aw = atEdge ? 3 * di.count : A.bits;
  const P = d.pipeline.length;
  const perRow = d.reduction.finalCpa === 'per-row';
  const perPe = d.reduction.finalCpa === 'per-pe-drain';
  const sched = resolveSchedule(d);
  const pairsOut = perRow || sched !== undefined;
  const peName = `${p}_pe`;
  const pe = buildMacPe(d, lib, { name: peName, lanes: Kp, digitsIn: atEdge });
  const net = new Net(TOP_RESERVED);
  stepController(net);
  const NL = perRow ? R : sched ? sched.lanes : R * C;
  // Row inputs (Kp lanes of A per row), optionally encoded at the edge.
  const rowA: string[] = [];
  const rowF: [string, string][] = [];
  for (let r = 0; r < R; r++) {
    let a = slice('a_in', r * Kp * A.bits, Kp * A.bits, R * Kp * A.bits);
    if (atEdge) {
      net.at({ name: 'digit encoders', scope: 'row-edge' });
      const lanes: string[] = [];
      for (let l = 0; l < Kp; l++) {
        const dig = net.wire(`r${r}_l${l}_dig`, 3 * di.count);
        const nz = net.wire(`r${r}_l${l}_nz`, di.count, undefined, 'digit nonzero flags serve zero-skipping designs only');
        net.inst(lib.encoder(A, d.encoders[0].scheme, di.count), `r${r}_l${l}_u_enc`, {
          a: slice(a, l * A.bits, A.bits, Kp * A.bits),
          dig,
          nz,
        });
        lanes.unshift(dig);
      }
      a = net.wire(`r${r}_digs`, Kp * aw, lanes.length === 1 ? lanes[0] : `{${lanes.join(', ')}}`);
    }
    let f: [string, string] = ['f_vld', 'f_first'];
    net.at({ name: 'A skew registers', scope: 'row-edge', role: 'skew' });
    if (systolic) {
      // Row r enters r cycles late (skew registers inside the array).
      for (let t = 0; t < r; t++) {
        a = net.reg(`sk_a${r}_${t}`, Kp * aw, a);
        f = [net.reg(`sk_v${r}_${t}`, 1, f[0], { init: "1'b0" }), net.reg(`sk_f${r}_${t}`, 1, f[1], { init: "1'b0" })];
      }
    }
    rowA.push(a);
    rowF.push(f);
  }
  const colB: string[] = [];
  for (let c = 0; c < C; c++) {
    let b = slice('b_in', c * Kp * B.bits, Kp * B.bits, C * Kp * B.bits);
    if (systolic)
      net.in({ name: 'B skew registers', scope: 'column-edge', role: 'skew' }, () => {
        for (let t = 0; t < c; t++) b = net.reg(`sk_b${c}_${t}`, Kp * B.bits, b);
      });
    colB.push(b);
  }
  const outs: string[][] = [];
  for (let r = 0; r < R; r++) {
    let a = rowA[r];
    let [v, f] = rowF[r];
    const row: string[] = [];
    for (let c = 0; c < C; c++) {
      const b = systolic && r > 0 ? `pb${r - 1}_${c}` : colB[c];
      const conns: Record<string, string> = { clk: 'clk', rst: 'rst', a, b, vld: v, first: f };
      if (pairsOut) {
        conns.acc_s_out = net.wire(`s${r}_${c}`, W);
        conns.acc_c_out = net.wire(`c${r}_${c}`, W);
        row.push(`${r}_${c}`);
      } else {
        const o = net.wire(`o${r}_${c}`, W);
        conns[perPe ? 'res_out' : 'acc_out'] = o;
        row.push(o);
      }
      net.at(undefined);
      net.inst(peName, `pe${r}_${c}`, connsFor(pe, conns));
      net.at({ name: 'B systolic registers', scope: 'pe', role: 'operand' });
      if (systolic && r < R - 1) net.reg(`pb${r}_${c}`, Kp * B.bits, b);
      net.at({ name: 'A systolic registers (+flags)', scope: 'pe', role: 'operand' });
      if (systolic && c < C - 1) {
        a = net.reg(`pa${r}_${c}`, Kp * aw, a);
        [v, f] = [net.reg(`pv${r}_${c}`, 1, v, { init: "1'b0" }), net.reg(`pf${r}_${c}`, 1, f, { init: "1'b0" })];
      }
    }
    outs.push(row);
  }
  // The last accumulation happens (R-1)+(C-1) (systolic) + P cycles after the last request;
  // results are valid the cycle after it (+1 more through a per-PE drain CPA).
  const lat = (systolic ? R - 1 + C - 1 : 0) + P + 1 + (perPe ? 1 : 0);
  let outLanes: OutputLane[];
  let eventsPerLane = 1;
  net.at(undefined);
  if (sched) {
    const rs = buildResolve(lib, `${p}_resolve`, sched, W, P);
    lib.add(rs.module);
    const pairs = (k: 's' | 'c') =>
      `{${outs
        .flat()
        .map((x) => `${k}${x}`)
        .reverse()
        .join(', ')}}`;
    net.inst(rs.module.name, 'u_resolve', {
      clk: 'clk',
      rst: 'rst',
      last: 'f_last',
      s_in: pairs('s'),
      c_in: pairs('c'),
      out_vld: 'out_vld',
      out_data: 'out_data',
    });
    outLanes = rs.lanes;
  } else if (perRow) {
    const [done] = flagStage(net, 'dl_', ['f_last'], lat, 'result-valid delay line');
    // One CPA per row; columns leave through it one per cycle, starting the cycle results are final.
    const sw = clog2(C);
    net.at({ name: 'drain sequencer', role: 'control' });
    net.reg('dr_act', 1, `dr_on & (dr_sel != ${sw}'d${C - 1})`, { init: "1'b0" });
    net.wire('dr_on', 1, `${done} | dr_act`);
    net.wire('dr_sel', sw, `${done} ? ${sw}'d0 : dr_col`);
    net.reg('dr_col', sw, `dr_sel + ${sw}'d1`, { init: `${sw}'d0`, en: 'dr_on' });
    const mux = (r: number, k: 's' | 'c') => {
      let e = `${k}${r}_${C - 1}`;
      for (let c = C - 2; c >= 0; c--) e = `(dr_sel == ${sw}'d${c}) ? ${k}${r}_${c} : ${e}`;
      return e;
    };
    const data: string[] = [];
    for (let r = 0; r < R; r++) {
      net.at({ name: 'row drain select', scope: 'row-edge' });
      const ms = net.wire(`dr_s${r}`, W, mux(r, 's'));
      const mc = net.wire(`dr_c${r}`, W, mux(r, 'c'));
      net.at({ name: 'row CPA', scope: 'row-edge', cpa: 'resolve' });
      const sum = net.wire(`dr_sum${r}`, W);
      net.inst(lib.cpa(W), `u_row_cpa${r}`, { x: ms, y: mc, s: sum });
      data.unshift(net.in({ name: 'row result register', scope: 'row-edge', role: 'result' }, () => net.reg(`row_res${r}`, W, sum)));
    }
    net.in({ name: 'drain sequencer', role: 'control' }, () => net.reg('dr_vld', 1, 'dr_on', { init: "1'b0" }));
    net.at(undefined);
    net.assign('out_vld', `{${R}{dr_vld}}`);
    net.assign('out_data', data.length === 1 ? data[0] : `{${data.join(', ')}}`);
    outLanes = Array.from({ length: R }, (_, r) => ({ mOff: r, nOff: 0, mEv: 0, nEv: 1 }));
    eventsPerLane = C;
  } else {
    const [done] = flagStage(net, 'dl_', ['f_last'], lat, 'result-valid delay line');
    net.assign('out_vld', `{${NL}{${done}}}`);
    const all = outs.flat().reverse();
    net.assign('out_data', all.length === 1 ? all[0] : `{${all.join(', ')}}`);
    outLanes = Array.from({ length: R * C }, (_, i) => ({ mOff: Math.floor(i / C), nOff: i % C, mEv: 0, nEv: 0 }));
  }
  const ports = [
    inp('clk', 1),
    inp('rst', 1),
    inp('start', 1),
    inp('cfg_k', 32),
    outp('a_rd', 1),
    outp('a_idx', 32),
    inp('a_in', R * Kp * A.bits),
    outp('b_rd', 1),
    outp('b_idx', 32),
    inp('b_in', C * Kp * B.bits),
    outp('out_vld', NL),
    outp('out_data', NL * W),
  ];
  const top = mod(p, 'top-os', `${d.architecture} ${R}x${C}${Kp > 1 ? `x${Kp}` : ''} array top`, ports, net, {
    arch: d.architecture,
    rows: R,
    cols: C,
    depth: Kp,
    latency: sched ? P + sched.offset + 3 : lat,
    drain: sched ? `shared resolve stage, ${sched.lanes} lane(s), ${sched.steps} step(s)` : d.reduction.finalCpa,
  });
  const tb: TbSpec = {
    aBits: A.bits,
    bBits: B.bits,
    accBits: W,
    accSigned: d.types.acc.signed,
    aLanes: Array.from({ length: R * Kp }, (_, i) => ({ off: Math.floor(i / Kp), kOff: i % Kp, mul: 0, kMul: Kp })),
    bLanes: Array.from({ length: C * Kp }, (_, i) => ({ off: Math.floor(i / Kp), kOff: i % Kp, mul: 0, kMul: Kp })),
    outLanes,
    eventsPerLane,
    tileM: R,
    tileN: C,
    tileK: 0,
    kPerIdx: Kp,
    order: ['m', 'n', 'k'],
  };
  return { modules: [pe, top], top: p, tb };
}

/**
 * The shared resolve stage (docs/CYCLES.md) as a module of its own (`<prefix>_resolve`): a token
 * runs down the delay line of the last-step flag; while it is at step s, lane l's one-hot select
 * takes the (sum, carry) pair of PE order[s * lanes + l] into the lane's pair register, whose CPA
 * feeds the lane's result register. Step s is `last` delayed P + 1 + offset + s cycles, so no PE
 * is read before its last accumulation (ir/derive.ts resolveSchedule). The top connects every
 * PE's pair (`s_in`, `c_in`, PE r * C + c at word r * C + c) and the lanes to its outputs.
 */
export function buildResolve(
  lib: Lib,
  name: string,
  sc: ResolveSchedule,
  W: number,
  P: number,
): { module: RtlModule; lanes: OutputLane[] } {
  const L = sc.lanes;
  const S = sc.steps;
  const N = sc.order.length;
  const C = sc.cols;
  const net = new Net(['clk', 'rst', 'last', 's_in', 'c_in', 'out_vld', 'out_data']);
  const first = P + sc.offset; // dl_q<t> is `last` delayed t + 1 cycles
  let cur = 'last';
  const tok: string[] = [];
  net.in({ name: 'resolve stage step delay line', role: 'pipeline' }, () => {
    for (let t = 0; t < first + S; t++) {
      cur = net.reg(`dl_q${t}`, 1, cur, { init: "1'b0" });
      if (t >= first) tok.push(cur);
    }
  });
  const pe = (s: number, l: number) => (s * L + l < N ? sc.order[s * L + l] : undefined);
  const lanes: OutputLane[] = [];
  const data: string[] = [];
  const vld: string[] = [];
  const cat = (xs: string[]) => (xs.length === 1 ? xs[0] : `{${[...xs].reverse().join(', ')}}`);
  // Lanes used in every step share one valid flag, lanes idle in the last step another.
  const validOf = new Map<number, { load: string; loaded: string; valid: string }>();
  for (let l = 0; l < L; l++) {
    const used: number[] = [];
    for (let s = 0; s < S; s++) if (pe(s, l) !== undefined) used.push(s);
    const pair = (k: 's' | 'c') => {
      const words = used.map((s) => slice(`${k}_in`, pe(s, l)! * W, W, N * W));
      if (used.length === 1) return words[0];
      return net.in('resolve stage select', () => {
        const y = net.wire(`l${l}_${k}_sel`, W);
        net.inst(lib.sel1h(W, used.length), `l${l}_u_${k}_sel`, { sel: cat(used.map((s) => tok[s])), d: cat(words), y });
        return y;
      });
    };
    // The lane's token is at one of its steps: a finished pair is selected and loads the pair
    // registers; the cycle after, the result registers load its sum. Both hold otherwise, so the
    // registers have an enable (clock gating can gate them, synth --clock-gating).
    let fl = validOf.get(used.length);
    if (!fl) {
      fl = net.in('resolve stage valid flags', () => {
        const any = net.wire(`step${used.length}`, 1, used.map((s) => tok[s]).join(' | '));
        // flagStage's two stages, kept by name: step<n>_q0 (pair loaded), step<n>_q1 (result valid).
        return net.in({ ...net.block, name: 'resolve stage valid flags', role: 'pipeline' }, () => {
          const loaded = net.reg(`${any}_q0`, 1, any, { init: "1'b0" });
          return { load: any, loaded, valid: net.reg(`${any}_q1`, 1, loaded, { init: "1'b0" }) };
        });
      });
      validOf.set(used.length, fl);
    }
    const { load, loaded } = fl;
    const [ps, pc] = net.in({ name: 'resolve stage pair registers', role: 'result' }, () => [
      net.reg(`l${l}_s`, W, pair('s'), { en: load }),
      net.reg(`l${l}_c`, W, pair('c'), { en: load }),
    ]);
    const sum = net.in({ name: 'resolve stage CPAs', cpa: 'resolve' }, () => {
      const x = net.wire(`l${l}_sum`, W);
      net.inst(lib.cpa(W), `l${l}_u_cpa`, { x: ps, y: pc, s: x });
      return x;
    });
    data.push(net.in({ name: 'resolve stage result registers', role: 'result' }, () => net.reg(`l${l}_res`, W, sum, { en: loaded })));
    const v = fl.valid;
    vld.push(v);
    lanes.push({ mOff: 0, nOff: 0, mEv: 0, nEv: 0, seq: used.map((s) => ({ m: Math.floor(pe(s, l)! / C), n: pe(s, l)! % C })) });
  }
  net.assign('out_vld', cat(vld));
  net.assign('out_data', cat(data));
  const ports = [
    inp('clk', 1),
    inp('rst', 1),
    inp('last', 1),
    inp('s_in', N * W),
    inp('c_in', N * W),
    outp('out_vld', L),
    outp('out_data', L * W),
  ];
  const module = mod(
    name,
    'resolve',
    `shared resolve stage: ${L} CPA lane(s) reading ${N} (sum, carry) pairs in ${S} step(s)`,
    ports,
    net,
    { lanes: L, steps: S },
  );
  return { module, lanes };
}
