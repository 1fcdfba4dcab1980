// The 3D-Cube of MAC PEs (published style, docs/CYCLES.md): R x C x Kp registered MAC PEs.
// The controller (rtl/model/control.ts) issues one k-step of Kp elements per cycle; lane e of
// A (per row) and of B (per column) is delayed e cycles at the edge and broadcast to k layer
// e; each PE adds its product to the partial sum of the layer before (rtl/model/pe-ws.ts, in its
// chain form) and registers it; the last layer feeds the accumulator of its (m, n) output
// (`<prefix>_acc`), which holds C across the k-steps and is resolved at drain: a CPA per output
// (baseline: binary; OPT1: a drain CPA into a result register) or the shared resolve stage.
import { arrayShape, resolveSchedule, type Design } from '../../ir/index.js';
import { stepController } from './control.js';
import { compressTree, digitInfo } from './datapath.js';
import type { Lib } from './lib.js';
import { Net, connsFor, inp, mod, outp, slice } from './netlist.js';
import { flagStage, stageCount } from './pe-mac.js';
import { buildWsPe, kForm, perJWidths, psumSignals } from './pe-ws.js';
import { buildResolve, TOP_RESERVED } from './top-os.js';
import type { OutputLane, RtlModule, TbSpec } from './types.js';

/** The accumulator at the end of one k chain: binary, or carry-save with a drain CPA or pairs out. */
export function buildChainAcc(d: Design, lib: Lib, name: string): RtlModule {
  const W = d.types.acc.bits;
  const ps = psumSignals(d);
  const form = kForm(d);
  const net = new Net(['clk', 'rst', 'vld', 'first', ...ps.map(([n]) => `${n}_in`), 'acc_out', 'res_out', 'acc_s_out', 'acc_c_out']);
  const ports = [inp('clk', 1), inp('vld', 1), inp('first', 1), ...ps.map(([n, w]) => inp(`${n}_in`, w))];
  const shared = d.reduction.finalCpa === 'shared';
  let drain: string;
  if (form === 'cpa') {
    const sum = net.in({ name: 'accumulator adder', cpa: 'sum' }, () => net.wire('acc_sum', W));
    net.in({ name: 'accumulator adder', cpa: 'sum' }, () => net.inst(lib.cpa(W), 'u_acc_cpa', { x: 'acc', y: 'ps_in', s: sum }));
    net.in({ name: 'accumulator', role: 'accumulator' }, () => net.reg('acc', W, `first ? ps_in : ${sum}`, { en: 'vld' }));
    ports.push(outp('acc_out', W));
    net.assign('acc_out', 'acc');
    drain = 'binary: a CPA accumulator';
  } else {
    let s = 'ps_s_in';
    let c = 'ps_c_in';
    if (form === 'perj') {
      // The per-weight pairs meet once: each lifted to its weight, all compressed to one pair.
      net.at('weight combine tree');
      const vecs: string[] = [];
      perJWidths(d).forEach((w, j) => {
        const sh = W - w;
        for (const k of ['s', 'c']) vecs.push(net.wire(`w${j}_${k}`, W, sh ? `{ps${j}_${k}_in, ${sh}'b0}` : `ps${j}_${k}_in`));
      });
      const t = vecs.length === 2 ? { s: vecs[0], c: vecs[1] } : compressTree(net, lib, 'wt_', vecs, W);
      s = t.s;
      c = t.c;
    }
    net.at('accumulate 4:2');
    const ns = net.wire('acc_ns', W);
    const nc = net.wire('acc_nc', W);
    net.inst(lib.csa42(W), 'u_acc_csa', { x0: s, x1: c, x2: 'acc_s', x3: 'acc_c', s: ns, c: nc });
    net.in({ name: 'accumulator (sum)', role: 'accumulator-sum' }, () => net.reg('acc_s', W, `first ? ${s} : ${ns}`, { en: 'vld' }));
    net.in({ name: 'accumulator (carry)', role: 'accumulator-carry' }, () => net.reg('acc_c', W, `first ? ${c} : ${nc}`, { en: 'vld' }));
    net.at(undefined);
    if (shared) {
      ports.push(outp('acc_s_out', W), outp('acc_c_out', W));
      net.assign('acc_s_out', 'acc_s');
      net.assign('acc_c_out', 'acc_c');
      drain = 'the (sum, carry) pair leaves for the shared resolve stage';
    } else {
      const sum = net.in({ name: 'drain CPA', cpa: 'drain' }, () => net.wire('drain_sum', W));
      net.in({ name: 'drain CPA', cpa: 'drain' }, () => net.inst(lib.cpa(W), 'u_drain_cpa', { x: 'acc_s', y: 'acc_c', s: sum }));
      net.in({ name: 'result register', role: 'result' }, () => net.reg('res', W, sum));
      ports.push(outp('res_out', W));
      net.assign('res_out', 'res');
      drain = 'carry-save, a drain CPA into the result register';
    }
  }
  return mod(name, 'acc', `accumulator of a k chain: ${drain}`, ports, net, { form, drain });
}

/**
 * One output's k chain: Kp MAC PEs, layer e taking lane e of a and b, each adding into the
 * partial sum of the layer before, and the accumulator at its end (the unit the cost model reads).
 */
function buildChain(d: Design, lib: Lib, name: string, pe: RtlModule, acc: RtlModule, aw: number): RtlModule {
  const Kp = arrayShape(d).depth;
  const B = d.types.B;
  const ps = psumSignals(d);
  const net = new Net(['clk', 'rst', 'a', 'b', 'vld', 'first', 'acc_out', 'res_out', 'acc_s_out', 'acc_c_out']);
  const ports = [inp('clk', 1), inp('rst', 1), inp('a', Kp * aw), inp('b', Kp * B.bits), inp('vld', 1), inp('first', 1)];
  let above = ps.map(([, w]) => `{${w}{1'b0}}`);
  for (let e = 0; e < Kp; e++) {
    const conns: Record<string, string> = {
      clk: 'clk',
      a: slice('a', e * aw, aw, Kp * aw),
      b: slice('b', e * B.bits, B.bits, Kp * B.bits),
    };
    const o = ps.map(([n, w]) => net.wire(`${n}_l${e}`, w));
    ps.forEach(([n], i) => {
      conns[`${n}_in`] = above[i];
      conns[`${n}_out`] = o[i];
    });
    net.inst(pe.name, `pe${e}`, connsFor(pe, conns));
    above = o;
  }
  const conns: Record<string, string> = { clk: 'clk', rst: 'rst', vld: 'vld', first: 'first' };
  ps.forEach(([n], i) => {
    conns[`${n}_in`] = above[i];
  });
  for (const po of acc.ports) {
    if (po.dir !== 'output') continue;
    conns[po.name] = po.name;
    ports.push(outp(po.name, po.width));
  }
  net.inst(acc.name, 'u_acc', connsFor(acc, conns));
  return mod(name, 'chain', `k chain of ${Kp} MAC PEs into one output's accumulator`, ports, net, { depth: Kp });
}

export function buildCubeMac(d: Design, lib: Lib, p: string): { modules: RtlModule[]; top: string; tb: TbSpec } {
  const { rows: R, cols: C, depth: Kp } = arrayShape(d);
  const W = d.types.acc.bits;
  const { A, B } = d.types;
  const di = digitInfo(A, d);
  const atEdge = d.encoders[0].placement !== 'pe';
  const aw = atEdge ? 3 * di.count : A.bits;
  const P = d.pipeline.length;
  const nOp = stageCount(d, 'operands');
  const sched = resolveSchedule(d);
  const perPe = d.reduction.finalCpa === 'per-pe-drain';
  const pe = buildWsPe(d, lib, `${p}_pe`, atEdge, true);
  const acc = buildChainAcc(d, lib, `${p}_acc`);
  const net = new Net(TOP_RESERVED);
  stepController(net);
  // Lane e of row r (A) and of column c (B): delayed e cycles to meet its k layer; B also by the
  // operand pipeline stages the PE applies to a (the PE's b is not staged).
  const laneA: string[][] = [];
  for (let r = 0; r < R; r++) {
    const row: string[] = [];
    for (let e = 0; e < Kp; e++) {
      let a = slice('a_in', (r * Kp + e) * A.bits, A.bits, R * Kp * A.bits);
      if (atEdge) {
        net.at({ name: 'digit encoders', scope: 'row-edge' });
        const dig = net.wire(`r${r}_l${e}_dig`, aw);
        const nz = net.wire(`r${r}_l${e}_nz`, di.count, undefined, 'digit nonzero flags serve zero-skipping designs only');
        net.inst(lib.encoder(A, d.encoders[0].scheme, di.count), `r${r}_l${e}_u_enc`, { a, dig, nz });
        a = dig;
      }
      net.at({ name: 'A lane skew registers', scope: 'row-edge', role: 'skew' });
      for (let t = 0; t < e; t++) a = net.reg(`sk_a${r}_${e}_${t}`, aw, a);
      row.push(a);
    }
    laneA.push(row);
  }
  const laneB: string[][] = [];
  for (let c = 0; c < C; c++) {
    const col: string[] = [];
    for (let e = 0; e < Kp; e++) {
      let b = slice('b_in', (c * Kp + e) * B.bits, B.bits, C * Kp * B.bits);
      net.in({ name: 'B lane skew registers', scope: 'column-edge', role: 'skew' }, () => {
        for (let t = 0; t < e + nOp; t++) b = net.reg(`sk_b${c}_${e}_${t}`, B.bits, b);
      });
      col.push(b);
    }
    laneB.push(col);
  }
  // The accumulators take the chain's output Kp + P cycles after the step's issue.
  net.at(undefined);
  const [vld, first] = flagStage(net, 'af_', ['f_vld', 'f_first'], Kp + P, 'accumulator valid/first flags');
  const chain = buildChain(d, lib, `${p}_chain`, pe, acc, aw);
  const cat = (xs: string[]) => (xs.length === 1 ? xs[0] : `{${[...xs].reverse().join(', ')}}`);
  const outs: string[] = [];
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const conns: Record<string, string> = { clk: 'clk', rst: 'rst', a: cat(laneA[r]), b: cat(laneB[c]), vld, first };
      if (sched) {
        conns.acc_s_out = net.wire(`s${r}_${c}`, W);
        conns.acc_c_out = net.wire(`c${r}_${c}`, W);
      } else conns[perPe ? 'res_out' : 'acc_out'] = net.wire(`o${r}_${c}`, W);
      net.inst(chain.name, `ch${r}_${c}`, connsFor(chain, conns));
      outs.push(`${r}_${c}`);
    }
  }
  let outLanes: OutputLane[];
  const lat = Kp + P + 1 + (perPe ? 1 : 0);
  if (sched) {
    const rs = buildResolve(lib, `${p}_resolve`, sched, W, P);
    lib.add(rs.module);
    const pairs = (k: 's' | 'c') =>
      outs.length === 1
        ? `${k}${outs[0]}`
        : `{${outs
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
  } else {
    const [done] = flagStage(net, 'dl_', ['f_last'], lat, 'result-valid delay line');
    net.assign('out_vld', `{${R * C}{${done}}}`);
    const all = outs.map((x) => `o${x}`).reverse();
    net.assign('out_data', all.length === 1 ? all[0] : `{${all.join(', ')}}`);
    outLanes = Array.from({ length: R * C }, (_, i) => ({ mOff: Math.floor(i / C), nOff: i % C, mEv: 0, nEv: 0 }));
  }
  const NL = sched ? sched.lanes : R * C;
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
  const top = mod(p, 'top-os', `cube of MAC PEs ${R}x${C}x${Kp} array top`, ports, net, {
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
    eventsPerLane: 1,
    tileM: R,
    tileN: C,
    tileK: 0,
    kPerIdx: Kp,
    order: ['m', 'n', 'k'],
  };
  return { modules: [pe, acc, chain, top], top: p, tb };
}
