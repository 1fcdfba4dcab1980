// Bit-slice (zero-skipping) designs. Baseline: both operands as digits; for each k every PE steps
// through the term pairs (i-th nonzero digit of A x j-th nonzero digit of B) in lockstep, one term
// per cycle, max(1, maxA * maxB) cycles per k. OPT3/OPT4C/OPT4E: A's digits only, issued by
// sparse encoders (rtl-templates/sparse-enc) over groups of g k-elements, one nonzero digit per
// cycle per digit position; columns (and OPT4E lanes) sync at each group's end. Every PE keeps
// its accumulator in carry-save form with a registered drain CPA.
import { arrayShape, type Design } from '../../ir/index.js';
import { CONTROL, stepController } from './control.js';
import { compressTree, digitInfo } from './datapath.js';
import type { Lib } from './lib.js';
import { Net, bit, clog2, connsFor, extend, inp, mod, orAll, outp, slice } from './netlist.js';
import { flagStage } from './pe-mac.js';
import { TOP_RESERVED } from './top-os.js';
import type { RtlModule, TbSpec } from './types.js';

/** Selects the idx-th set bit of nz (prefix counts, one-hot hit) and the digit there. */
export function nth(
  net: Net,
  p: string,
  nz: string,
  dig: string,
  D: number,
  idx: string,
  iw: number,
): { hit: string; pos: string; d: string; pw: number } {
  const pw = clog2(D);
  const hits: string[] = [];
  let cnt = `${iw}'d0`;
  for (let i = 0; i < D; i++) {
    hits.push(net.wire(`${p}h${i}`, 1, `${bit(nz, i, D)} & (${cnt} == ${idx})`));
    if (i < D - 1) cnt = net.wire(`${p}n${i}`, iw, `${cnt} + {${iw - 1}'d0, ${bit(nz, i, D)}}`);
  }
  const hit = net.wire(`${p}hit`, 1, hits.join(' | '));
  const pos = net.wire(
    `${p}pos`,
    pw,
    orAll(
      hits.map((h, i) => `(${h} ? ${pw}'d${i} : ${pw}'d0)`),
      pw,
    ),
  );
  const d = net.wire(
    `${p}dig`,
    3,
    orAll(
      hits.map((h, i) => `({3{${h}}} & ${dig}[${3 * i + 2}:${3 * i}])`),
      3,
    ),
    'bit 0 (|digit| = 1) is implied by a hit whose bit 1 is clear',
  );
  return { hit, pos, d, pw };
}

export function popcount(nz: string, D: number, w: number): string {
  return Array.from({ length: D }, (_, i) => `{${w - 1}'d0, ${bit(nz, i, D)}}`).join(' + ');
}

/** Maximum of `xs` as a balanced tree of compare-and-select (log2 depth, not a chain). */
export function maxOf(net: Net, p: string, xs: string[], w: number): string {
  if (xs.length === 0) return `${w}'d0`;
  let cur = xs;
  for (let level = 0; cur.length > 1; level++) {
    const next: string[] = [];
    for (let i = 0; i + 1 < cur.length; i += 2) {
      const [x, y] = [cur[i], cur[i + 1]];
      next.push(net.wire(`${p}max${level}_${i / 2}`, w, `(${y} > ${x}) ? ${y} : ${x}`));
    }
    if (cur.length % 2) next.push(cur[cur.length - 1]);
    cur = next;
  }
  return cur[0];
}

/** term += sign * mag * 2^sh into the carry-save accumulator (with first/vld and the drain CPA). */
export function accumulateTerms(
  net: Net,
  lib: Lib,
  d: Design,
  terms: { vec: string; corr: string }[],
  vld: string,
  first: string,
  stages = d.pipeline.length,
): void {
  const W = d.types.acc.bits;
  const P = stages;
  const flat = terms.flatMap((t) => [t.vec, t.corr]);
  let cur = flat;
  net.in({ name: 'pipeline (terms)', role: 'pipeline' }, () => {
    for (let s = 0; s < P; s++) cur = cur.map((x, i) => net.reg(`tq${s}_${i}`, W, x));
  });
  [vld, first] = flagStage(net, 'tq_', [vld, first], P);
  net.at('accumulator restart');
  const xs = net.wire('acc_xs', W, `${first} ? ${W}'d0 : acc_s`);
  const xc = net.wire('acc_xc', W, `${first} ? ${W}'d0 : acc_c`);
  net.at('term + accumulator tree');
  const t = compressTree(net, lib, 'acc_', [...cur, xs, xc], W);
  net.in({ name: 'accumulator (sum)', role: 'accumulator-sum' }, () => net.reg('acc_s', W, t.s, { en: vld }));
  net.in({ name: 'accumulator (carry)', role: 'accumulator-carry' }, () => net.reg('acc_c', W, t.c, { en: vld }));
  net.at({ name: 'drain CPA', cpa: 'drain' });
  const sum = net.wire('drain_sum', W);
  net.inst(lib.cpa(W), 'u_drain_cpa', { x: 'acc_s', y: 'acc_c', s: sum });
  net.in({ name: 'result register', role: 'result' }, () => net.reg('res', W, sum));
  net.at(undefined);
  net.assign('res_out', 'res');
}

export function buildBitslice(d: Design, lib: Lib, p: string): { modules: RtlModule[]; top: string; tb: TbSpec } {
  const { rows: R, cols: C } = arrayShape(d);
  const W = d.types.acc.bits;
  const { A, B } = d.types;
  const da = digitInfo(A, d, 0);
  const db = digitInfo(B, d, 1);
  const iw = clog2(Math.max(da.count, db.count) + 1) + 1;
  const peName = `${p}_pe`;
  // PE: encoders for its A and B, the i-th / j-th nonzero digit, the term 2^e with its sign.
  const pn = new Net(['clk', 'rst', 'a', 'b', 'ci', 'cj', 'vld', 'first', 'nz_a', 'nz_b', 'res_out']);
  const pports = [
    inp('clk', 1),
    inp('rst', 1),
    inp('a', A.bits),
    inp('b', B.bits),
    inp('ci', iw),
    inp('cj', iw),
    inp('vld', 1),
    inp('first', 1),
    outp('nz_a', da.count),
    outp('nz_b', db.count),
    outp('res_out', W),
  ];
  pn.at('digit encoders');
  pn.wire('dig_a', 3 * da.count);
  pn.wire('dig_b', 3 * db.count);
  pn.inst(lib.encoder(A, d.encoders[0].scheme, da.count), 'u_enc_a', { a: 'a', dig: 'dig_a', nz: 'nz_a' });
  pn.inst(lib.encoder(B, d.encoders[1].scheme, db.count), 'u_enc_b', { a: 'b', dig: 'dig_b', nz: 'nz_b' });
  pn.at('nonzero-digit pick');
  const sa = nth(pn, 'sa_', 'nz_a', 'dig_a', da.count, 'ci', iw);
  const sb = nth(pn, 'sb_', 'nz_b', 'dig_b', db.count, 'cj', iw);
  const ew = clog2(W + 8) + 1;
  pn.at('term weight');
  const e = pn.wire(
    'e',
    ew,
    `${extend(sa.pos, sa.pw, ew, false)} * ${ew}'d${da.shift} + ${extend(sb.pos, sb.pw, ew, false)} * ${ew}'d${db.shift} + {${ew - 1}'d0, ${sa.d}[1]} + {${ew - 1}'d0, ${sb.d}[1]}`,
  );
  pn.at('term sign');
  const on = pn.wire('on', 1, `${sa.hit} & ${sb.hit}`);
  const neg = pn.wire('neg', 1, `${on} & (${sa.d}[2] ^ ${sb.d}[2])`);
  pn.at('term decoder');
  const oh = pn.wire('oh', W, `{${W - 1}'d0, ${on}} << ${e}`);
  pn.at('term sign');
  const vec = pn.wire('term', W, `${oh} ^ {${W}{${neg}}}`);
  const corr = pn.wire('corr', W, `{${W - 1}'d0, ${neg}}`);
  pn.at(undefined);
  accumulateTerms(pn, lib, d, [{ vec, corr }], 'vld', 'first');
  const pe = mod(
    peName,
    'pe-bitslice',
    `bit-slice term-pair PE: ${d.encoders[0].scheme} x ${d.encoders[1].scheme} digits, one term per cycle, carry-save accumulator`,
    pports,
    pn,
  );
  // Top: counts from the edge PEs, the term-pair controller, the array.
  const net = new Net(TOP_RESERVED);
  const cntW = iw;
  // Controller: term-pair counters (ci over A digits, cj over B digits) inside each k step.
  const z = `${cntW}'d0`;
  stepController(net, { stepEnd: 'k_end', first: `(ci == ${z}) & (cj == ${z})` });
  net.in(CONTROL, () => {
    net.wire('none', 1, `(max_a == ${z}) | (max_b == ${z})`);
    net.wire('ea', 1, `none | (ci + ${cntW}'d1 >= max_a)`);
    net.wire('eb', 1, `none | (cj + ${cntW}'d1 >= max_b)`);
    net.wire('k_end', 1, 'ea & eb');
    net.reg('ci', cntW, `(start | ea) ? ${z} : ci + ${cntW}'d1`, { en: 'start | (run & eb)', init: z });
    net.reg('cj', cntW, `(start | eb) ? ${z} : cj + ${cntW}'d1`, { en: 'start | run', init: z });
  });
  const nzA: string[] = [];
  const nzB: string[] = [];
  for (let m = 0; m < C; m++) nzA.push(net.wire(`nza${m}`, da.count, undefined, "only the first row's counts feed the controller"));
  for (let n = 0; n < R; n++) nzB.push(net.wire(`nzb${n}`, db.count, undefined, "only the first column's counts feed the controller"));
  const outs: string[] = [];
  net.at(undefined);
  for (let n = 0; n < R; n++) {
    for (let m = 0; m < C; m++) {
      const o = net.wire(`o${n}_${m}`, W);
      outs.push(o);
      const conns: Record<string, string> = {
        clk: 'clk',
        rst: 'rst',
        a: slice('a_in', m * A.bits, A.bits, C * A.bits),
        b: slice('b_in', n * B.bits, B.bits, R * B.bits),
        ci: 'ci',
        cj: 'cj',
        vld: 'f_vld',
        first: 'f_first',
        res_out: o,
        nz_a:
          n === 0 ? nzA[m] : net.wire(`nza_${n}_${m}`, da.count, undefined, "interior PEs' digit flags are not needed by the controller"),
        nz_b:
          m === 0 ? nzB[n] : net.wire(`nzb_${n}_${m}`, db.count, undefined, "interior PEs' digit flags are not needed by the controller"),
      };
      net.inst(peName, `pe${n}_${m}`, connsFor(pe, conns));
    }
  }
  net.in(CONTROL, () => {
    net.wire(
      'max_a',
      cntW,
      maxOf(
        net,
        'a_',
        nzA.map((x, m) => net.wire(`cnta${m}`, cntW, popcount(x, da.count, cntW))),
        cntW,
      ),
    );
    net.wire(
      'max_b',
      cntW,
      maxOf(
        net,
        'b_',
        nzB.map((x, n) => net.wire(`cntb${n}`, cntW, popcount(x, db.count, cntW))),
        cntW,
      ),
    );
  });
  const [done] = flagStage(net, 'dl_', ['f_last'], d.pipeline.length + 2, 'result-valid delay line');
  net.assign('out_vld', `{${R * C}{${done}}}`);
  net.assign('out_data', `{${[...outs].reverse().join(', ')}}`);
  const ports = [
    inp('clk', 1),
    inp('rst', 1),
    inp('start', 1),
    inp('cfg_k', 32),
    outp('a_rd', 1),
    outp('a_idx', 32),
    inp('a_in', C * A.bits),
    outp('b_rd', 1),
    outp('b_idx', 32),
    inp('b_in', R * B.bits),
    outp('out_vld', R * C),
    outp('out_data', R * C * W),
  ];
  const top = mod(p, 'top-bitslice', `bit-slice ${R} (n) x ${C} (m) term-pair array top`, ports, net, { rows: R, cols: C, cw: cntW });
  const tb: TbSpec = {
    aBits: A.bits,
    bBits: B.bits,
    accBits: W,
    accSigned: d.types.acc.signed,
    aLanes: Array.from({ length: C }, (_, m) => ({ off: m, kOff: 0, mul: 0, kMul: 1 })),
    bLanes: Array.from({ length: R }, (_, n) => ({ off: n, kOff: 0, mul: 0, kMul: 1 })),
    outLanes: Array.from({ length: R * C }, (_, l) => ({ mOff: l % C, nOff: Math.floor(l / C), mEv: 0, nEv: 0 })),
    eventsPerLane: 1,
    tileM: C,
    tileN: R,
    tileK: 0,
    kPerIdx: 1,
    order: ['m', 'n', 'k'],
  };
  return { modules: [pe, top], top: p, tb };
}
