// Array tops with k spatial down the rows and m temporal: systolic-ws (A systolic along rows
// with skew, partial sums systolic down columns) and adder-tree (A broadcast, a reduction tree per
// column). The controller (rtl/model/control.ts) shifts the weight tile in, one row per cycle,
// then requests one row of A per cycle; the testbench adds k-tile results outside the array.
import { arrayShape, movementOf, type Design } from '../../ir/index.js';
import { weightController } from './control.js';
import { compressTree, cpaTree, digitInfo } from './datapath.js';
import type { Lib } from './lib.js';
import { Net, connsFor, inp, mod, outp, slice } from './netlist.js';
import { flagStage } from './pe-mac.js';
import { buildTreePe, buildWsPe, kForm, perJWidths, psumSignals } from './pe-ws.js';
import { TOP_RESERVED } from './top-os.js';
import type { RtlModule, TbSpec } from './types.js';

export function buildWsFamily(d: Design, lib: Lib, p: string): { modules: RtlModule[]; top: string; tb: TbSpec } {
  const { rows: R, cols: C } = arrayShape(d);
  // Partial sums chained down the column (systolic-ws) or a tree per column (adder-tree).
  const ws = movementOf(d, 'C') === 'systolic';
  const W = d.types.acc.bits;
  const { A, B } = d.types;
  const di = digitInfo(A, d);
  const atEdge = d.encoders[0].placement !== 'pe';
  const aw = atEdge ? 3 * di.count : A.bits;
  const P = d.pipeline.length;
  const form = kForm(d);
  const net = new Net(TOP_RESERVED);
  weightController(net, R);
  const peName = `${p}_pe`;
  const modules: RtlModule[] = [];
  // Weight tile: a shift chain down each column, enabled while loading.
  const wt = (r: number, c: number) => `w${r}_${c}`;
  net.at({ name: 'B weight registers', scope: 'pe', role: 'weight' });
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      net.reg(wt(r, c), B.bits, r === 0 ? slice('b_in', c * B.bits, B.bits, C * B.bits) : wt(r - 1, c), { en: 'load' });
    }
  }
  // Row operands (optionally encoded at the edge), skewed by r for the systolic array.
  const rowA: string[] = [];
  for (let r = 0; r < R; r++) {
    let a = slice('a_in', r * A.bits, A.bits, R * A.bits);
    if (atEdge) {
      net.at({ name: 'digit encoders', scope: 'row-edge' });
      const dig = net.wire(`r${r}_dig`, aw);
      const nz = net.wire(`r${r}_nz`, di.count, undefined, 'digit nonzero flags serve zero-skipping designs only');
      net.inst(lib.encoder(A, d.encoders[0].scheme, di.count), `r${r}_u_enc`, { a, dig, nz });
      a = dig;
    }
    net.at({ name: 'A skew registers', scope: 'row-edge', role: 'skew' });
    if (ws) for (let t = 0; t < r; t++) a = net.reg(`sk_a${r}_${t}`, aw, a);
    rowA.push(a);
  }
  const data: string[] = [];
  let done: string[];
  if (ws) {
    const pe = buildWsPe(d, lib, peName, atEdge);
    modules.push(pe);
    const ps = psumSignals(d);
    for (let c = 0; c < C; c++) {
      let above: string[] = ps.map(([, w]) => `{${w}{1'b0}}`);
      for (let r = 0; r < R; r++) {
        const a = c === 0 ? rowA[r] : `pa${r}_${c - 1}`;
        const conns: Record<string, string> = { clk: 'clk', a, b: wt(r, c) };
        const outs = ps.map(([n, w]) => net.wire(`${n}${r}_${c}`, w));
        ps.forEach(([n], i) => {
          conns[`${n}_in`] = above[i];
          conns[`${n}_out`] = outs[i];
        });
        net.at(undefined);
        net.inst(peName, `pe${r}_${c}`, connsFor(pe, conns));
        net.at({ name: 'A systolic registers', scope: 'pe', role: 'operand' });
        if (c < C - 1) net.reg(`pa${r}_${c}`, aw, a);
        above = outs;
      }
      // Bottom of the column: resolve to binary (combinational, per CYCLES.md drain 0).
      const bottom = above;
      net.at({ name: 'column combine trees', scope: 'column-edge' });
      if (form === 'cpa') data.push(bottom[0]);
      else {
        let vecs: string[];
        if (form === 'cs') vecs = bottom;
        else {
          vecs = [];
          perJWidths(d).forEach((w, j) => {
            const sh = W - w;
            for (const v of [bottom[2 * j], bottom[2 * j + 1]])
              vecs.push(net.wire(`bot${c}_${vecs.length}`, W, sh ? `{${v}, ${sh}'b0}` : v));
          });
        }
        const t = vecs.length === 2 ? { s: vecs[0], c: vecs[1] } : compressTree(net, lib, `bot${c}_`, vecs, W);
        net.at({ name: 'column CPA', scope: 'column-edge', cpa: 'column' });
        const sum = net.wire(`col${c}_sum`, W);
        net.inst(lib.cpa(W), `u_col_cpa${c}`, { x: t.s, y: t.c, s: sum });
        data.push(sum);
      }
    }
    // Valid flags ride with row R-1's operands: skew R-1, then one register per column, then the
    // pipeline and the partial-sum register.
    let v = 'f_vld';
    net.at({ name: 'valid flags', role: 'pipeline' });
    for (let t = 0; t < R - 1; t++) v = net.reg(`sk_v${t}`, 1, v, { init: "1'b0" });
    done = [];
    for (let c = 0; c < C; c++) {
      if (c > 0) v = net.reg(`pv${c - 1}`, 1, v, { init: "1'b0" });
      done.push(flagStage(net, `dv${c}_`, [v], P + 1, 'valid flags')[0]);
    }
  } else {
    const { module: pe, outs } = buildTreePe(d, lib, peName, atEdge);
    modules.push(pe);
    const wsJ = perJWidths(d);
    for (let c = 0; c < C; c++) {
      const po: string[][] = [];
      net.at(undefined);
      for (let r = 0; r < R; r++) {
        const conns: Record<string, string> = { clk: 'clk', a: rowA[r], b: wt(r, c) };
        po.push(outs.map(([o, w]) => (conns[o] = net.wire(`p${r}_${c}_${o.replace(/_out$/, '')}`, w))));
        net.inst(peName, `pe${r}_${c}`, connsFor(pe, conns));
      }
      let sum: string;
      if (form === 'cpa') {
        net.at({ name: 'column adder trees', scope: 'column-edge', cpa: 'sum' });
        sum =
          R === 1
            ? po[0][0]
            : cpaTree(
                net,
                lib,
                `col${c}_`,
                po.map((x) => x[0]),
                W,
              );
      } else {
        net.at({ name: 'column compressor trees', scope: 'column-edge' });
        let vecs: string[];
        if (form === 'cs') vecs = po.flat();
        else {
          vecs = [];
          wsJ.forEach((w, j) => {
            const sh = W - w;
            const col = po.map((x) => x[j]);
            const negs = po.map((x) => x[wsJ.length]);
            // Column of equal bit weight j: the k partial products and their negation bits.
            const negVecs = negs.map((n, r) =>
              net.wire(
                `c${c}_j${j}_n${r}`,
                w,
                w === 1 ? (wsJ.length === 1 ? n : `${n}[${j}]`) : `{${w - 1}'b0, ${wsJ.length === 1 ? n : `${n}[${j}]`}}`,
              ),
            );
            const t = compressTree(net, lib, `c${c}_j${j}_`, [...col, ...negVecs], w);
            for (const x of t.c.startsWith('{') ? [t.s] : [t.s, t.c])
              vecs.push(net.wire(`c${c}_v${vecs.length}`, W, sh ? `{${x}, ${sh}'b0}` : x));
          });
        }
        const t = vecs.length <= 2 ? { s: vecs[0], c: vecs[1] ?? `{${W}{1'b0}}` } : compressTree(net, lib, `col${c}_`, vecs, W);
        const s0 = t.s;
        const c0 = t.c;
        net.at({ name: 'column CPA', scope: 'column-edge', cpa: 'column' });
        sum = net.wire(`col${c}_sum`, W);
        net.inst(lib.cpa(W), `u_col_cpa${c}`, { x: s0, y: c0, s: sum });
      }
      data.push(net.in({ name: 'column result registers', scope: 'column-edge', role: 'result' }, () => net.reg(`res${c}`, W, sum)));
    }
    const v = flagStage(net, 'dv_', ['f_vld'], P + 1, 'valid flags')[0];
    done = Array.from({ length: C }, () => v);
  }
  net.at(undefined);
  net.assign('out_vld', done.length === 1 ? done[0] : `{${[...done].reverse().join(', ')}}`);
  net.assign('out_data', data.length === 1 ? data[0] : `{${[...data].reverse().join(', ')}}`);
  const ports = [
    inp('clk', 1),
    inp('rst', 1),
    inp('start', 1),
    inp('cfg_m', 32),
    outp('a_rd', 1),
    outp('a_idx', 32),
    inp('a_in', R * A.bits),
    outp('b_rd', 1),
    outp('b_idx', 32),
    inp('b_in', C * B.bits),
    outp('out_vld', C),
    outp('out_data', C * W),
  ];
  const top = mod(p, 'top-ws', `${d.architecture} ${R}x${C} array top`, ports, net, {
    arch: d.architecture,
    rows: R,
    cols: C,
    rw: 32,
    last: R - 1,
    form,
  });
  const tb: TbSpec = {
    aBits: A.bits,
    bBits: B.bits,
    accBits: W,
    accSigned: d.types.acc.signed,
    aLanes: Array.from({ length: R }, (_, r) => ({ off: 0, kOff: r, mul: 1, kMul: 0 })),
    bLanes: Array.from({ length: C }, (_, c) => ({ off: c, kOff: 0, mul: 0, kMul: 1 })),
    outLanes: Array.from({ length: C }, (_, c) => ({ mOff: 0, nOff: c, mEv: 1, nEv: 0 })),
    eventsPerLane: 'M',
    tileM: 0,
    tileN: C,
    tileK: R,
    kPerIdx: 1,
    order: ['k', 'n', 'm'],
  };
  return { modules: [...modules, top], top: p, tb };
}
