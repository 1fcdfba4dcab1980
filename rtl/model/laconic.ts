// Laconic-class bit-slice engine (Sharify et al., ISCA 2019; docs/LACONIC.md): both operands as
// digit terms (signed powers of two). Each PE has L lanes along k; lane l of every PE works on
// k = s*L + l of step s. The array edge encodes the operands and picks, per lane, the ci-th
// nonzero digit of each column's A and the cj-th of each row's B (term streams broadcast along
// the lines); the controller steps (ci, cj) per lane over the tile's most nonzero digits and ends
// the step when every lane is done. In the PE each lane adds the two term exponents (the product
// of two powers of two), the lanes' products are counted per exponent (the histogram: per bin a
// population count of the positive products and of the complemented negative ones), and the
// counts, shifted to their exponents, are combined with the carry-save accumulator in one tree.
// Pipeline stages: `operands` fetches the operands a step ahead (their digits and the lanes'
// largest term counts registered at the edge, so the picks and the lane controllers start from
// registers), `reduction` registers the histogram (several: levels of its lane reduction), any
// other stage registers the lanes' (exponent, sign, valid) after the pick.
import { arrayShape, lanesPerPe, type Design } from '../../ir/index.js';
import { bitsConcat, compressTree, digitInfo } from './datapath.js';
import type { Lib } from './lib.js';
import { Net, bit, clog2, connsFor, extend, inp, mod, outp, slice } from './netlist.js';
import { stepController } from './control.js';
import { flagStage, stageCount } from './pe-mac.js';
import { TOP_RESERVED } from './top-os.js';
import type { RtlModule, TbSpec } from './types.js';
import { maxOf, nth, popcount } from './bitslice.js';

/** Bits of an unsigned value up to n. */
const ubits = (n: number): number => {
  let b = 1;
  while (1 << b <= n) b++;
  return b;
};

/** Exponent bins of the lanes' products: e = pos_a * s_a + two_a + pos_b * s_b + two_b. */
export function laconicBins(d: Design): { ewA: number; ewB: number; ew: number; emax: number; bins: number } {
  const da = digitInfo(d.types.A, d, 0),
    db = digitInfo(d.types.B, d, 1);
  const ea = (da.count - 1) * da.shift + (da.shift === 2 ? 1 : 0);
  const eb = (db.count - 1) * db.shift + (db.shift === 2 ? 1 : 0);
  const emax = ea + eb;
  return { ewA: ubits(ea), ewB: ubits(eb), ew: ubits(emax), emax, bins: Math.min(d.types.acc.bits, emax + 1) };
}

/** The exponent of a picked digit: pos * shift + (|digit| = 2), as an ew-bit wiring expression. */
function termExp(pos: string, pw: number, dig: string, shift: number, ew: number): string {
  if (shift === 2) {
    if (ew < pw + 1) return `${dig}[1]`; // one digit: its position is 0
    return ew === pw + 1 ? `{${pos}, ${dig}[1]}` : `{${ew - pw - 1}'b0, ${pos}, ${dig}[1]}`;
  }
  return extend(pos, pw, ew, false);
}

function buildPe(d: Design, lib: Lib, name: string): RtlModule {
  const W = d.types.acc.bits;
  const L = lanesPerPe(d);
  const { ewA, ewB, ew, bins: E } = laconicBins(d);
  const nRed = stageCount(d, 'reduction');
  // `operands` is the edge's prefetch (buildLaconic), not a register in the PE.
  const P = d.pipeline.length - stageCount(d, 'operands');
  const tA = 2 + ewA,
    tB = 2 + ewB;
  const net = new Net(['clk', 'rst', 'first', 'ta', 'tb', 'act', 'res_out']);
  const ports = [inp('clk', 1), inp('rst', 1), inp('first', 1), inp('ta', L * tA), inp('tb', L * tB), inp('act', L), outp('res_out', W)];
  // Per lane: the product of the two terms (exponents added), its sign and whether it is there.
  let lanes: { e: string; on: string; neg: string }[] = [];
  net.at('lane exponent adders');
  for (let l = 0; l < L; l++) {
    const a = slice('ta', l * tA, tA, L * tA),
      b = slice('tb', l * tB, tB, L * tB);
    const e = net.wire(`l${l}_e`, ew);
    net.inst(lib.cpa(ew), `l${l}_u_e`, {
      x: extend(slice(a, 0, ewA, tA), ewA, ew, false),
      y: extend(slice(b, 0, ewB, tB), ewB, ew, false),
      s: e,
    });
    net.at('lane valid + sign');
    const on = net.wire(`l${l}_on`, 1, `${bit(a, tA - 1, tA)} & ${bit(b, tB - 1, tB)} & ${bit('act', l, L)}`);
    const neg = net.wire(`l${l}_neg`, 1, `${bit(a, tA - 2, tA)} ^ ${bit(b, tB - 2, tB)}`);
    lanes.push({ e, on, neg });
    net.at('lane exponent adders');
  }
  net.at({ name: 'pipeline (lanes)', role: 'pipeline' });
  for (let s = 0; s < P - nRed; s++) {
    lanes = lanes.map((x, l) => ({
      e: net.reg(`q${s}_l${l}_e`, ew, x.e),
      on: net.reg(`q${s}_l${l}_on`, 1, x.on),
      neg: net.reg(`q${s}_l${l}_neg`, 1, x.neg),
    }));
  }
  // The histogram: per exponent bin, the count of positive products plus the count of lanes
  // without a negative one (per lane a 2-bit value, summed over the lanes); sum_b count_b 2^b -
  // L (2^E - 1) is the lanes' sum. Lane groups are counted first where `reduction` stages cut the lane reduction.
  net.at('exponent decoders + sign split');
  const ohs = lanes.map((x, l) => net.wire(`l${l}_oh`, E, E === 1 ? x.on : `{${E - 1}'d0, ${x.on}} << ${x.e}`));
  const hp = lanes.map((x, l) => net.wire(`l${l}_hp`, E, `${ohs[l]} & {${E}{~${x.neg}}}`));
  // A lane's part of bin b is hp + (no negative product) = 2 hp + ~oh: one 2-bit value.
  const no = lanes.map((_, l) => net.wire(`l${l}_no`, E, `~${ohs[l]}`));
  let Lg = 0;
  while (1 << Lg < L) Lg++;
  const cuts = Array.from({ length: nRed }, (_, i) => Math.round(((i + 1) * Lg) / nRed));
  // counts[b]: partial counts of bin b (signal, width, largest value), first the lanes' 2L bits.
  type Part = { sig: string; w: number; hi: number };
  let counts: Part[][] = Array.from({ length: E }, (_, b) =>
    lanes.map((_, l) => ({ sig: `{${bit(hp[l], b, E)}, ${bit(no[l], b, E)}}`, w: 2, hi: 2 })),
  );
  let perLane = 1;
  const sumGroups = (level: number, lanesPerGroup: number) => {
    const size = lanesPerGroup * perLane;
    counts = counts.map((bin, b) => {
      const next: Part[] = [];
      for (let g = 0; g * size < bin.length; g++) {
        const members = bin.slice(g * size, (g + 1) * size);
        if (members.length === 1) {
          next.push(members[0]);
          continue;
        }
        const hi = members.reduce((s, x) => s + x.hi, 0);
        const w = ubits(hi);
        const vecs = members.map((x, i) => net.wire(`h${b}_v${level}_${g}_${i}`, w, extend(x.sig, x.w, w, false)));
        const t = compressTree(net, lib, `h${b}_t${level}_${g}_`, vecs, w);
        let sig = t.s;
        if (!t.c.startsWith('{')) {
          sig = net.wire(`h${b}_c${level}_${g}`, w);
          net.inst(lib.cpa(w), `h${b}_u_c${level}_${g}`, { x: t.s, y: t.c, s: sig });
        }
        next.push({ sig, w, hi });
      }
      return next;
    });
    perLane = 1;
  };
  let prev = 0;
  // The reduction levels' CPAs add lane counts (binary words) into binary sums.
  net.at({ name: 'histogram reduction', cpa: 'sum' });
  cuts.forEach((c, i) => {
    if (c > prev) sumGroups(i, 2 ** (c - prev));
    counts = counts.map((bin, b) =>
      bin.map((x, g) => ({
        ...x,
        sig: net.in({ name: 'pipeline (histogram)', role: 'pipeline' }, () => net.reg(`h${b}_q${i}_${g}`, x.w, x.sig)),
      })),
    );
    prev = c;
  });
  if (prev < Lg) sumGroups(nRed, 2 ** (Lg - prev));
  net.at('histogram combine tree');
  // Combine: the counts at their exponents, packed into words where they do not overlap (bins
  // cw apart), with the constant and the restart-gated carry-save accumulator.
  const cw = Math.max(...counts.map((bin) => bin[0].w));
  // A count that never went through a reduction (one lane, no levels) is still an expression
  // (the lane's concatenated bits): name it so its bits can be selected.
  counts = counts.map((bin, b) =>
    bin.map((x, g) => (/^[A-Za-z_][A-Za-z0-9_]*(\[\d+:\d+\])?$/.test(x.sig) ? x : { ...x, sig: net.wire(`h${b}_n${g}`, x.w, x.sig) })),
  );
  const words: string[] = [];
  for (let r = 0; r < Math.min(cw, E); r++) {
    const bits: string[] = Array.from({ length: W }, () => "1'b0");
    for (let b = r; b < E; b += cw) {
      const x = counts[b][0];
      for (let i = 0; i < x.w && b + i < W; i++) bits[b + i] = bit(x.sig, i, x.w);
    }
    words.push(net.wire(`hw${r}`, W, bitsConcat(bits)));
  }
  const k = (((-BigInt(L) * ((1n << BigInt(E)) - 1n)) % (1n << BigInt(W))) + (1n << BigInt(W))) % (1n << BigInt(W));
  const konst = net.wire('hk', W, `${W}'d${k}`);
  const [f] = flagStage(net, 'tq_', ['first'], P);
  net.at('accumulator restart');
  const xs = net.wire('acc_xs', W, `${f} ? ${W}'d0 : acc_s`);
  const xc = net.wire('acc_xc', W, `${f} ? ${W}'d0 : acc_c`);
  net.at('histogram combine tree');
  const t = compressTree(net, lib, 'acc_', [...words, konst, xs, xc], W);
  net.in({ name: 'accumulator (sum)', role: 'accumulator-sum' }, () => net.reg('acc_s', W, t.s));
  net.in({ name: 'accumulator (carry)', role: 'accumulator-carry' }, () => net.reg('acc_c', W, t.c));
  net.at({ name: 'drain CPA', cpa: 'drain' });
  const sum = net.wire('drain_sum', W);
  net.inst(lib.cpa(W), 'u_drain_cpa', { x: 'acc_s', y: 'acc_c', s: sum });
  net.in({ name: 'result register', role: 'result' }, () => net.reg('res', W, sum));
  net.at(undefined);
  net.assign('res_out', 'res');
  return mod(
    name,
    'pe-laconic',
    `Laconic-class PE: ${L} term-pair lanes, exponent adders, a ${E}-bin histogram, carry-save accumulator`,
    ports,
    net,
    { lanes: L, bins: E },
  );
}

export function buildLaconic(d: Design, lib: Lib, p: string): { modules: RtlModule[]; top: string; tb: TbSpec } {
  const { rows: R, cols: C } = arrayShape(d);
  const L = lanesPerPe(d);
  const W = d.types.acc.bits;
  const { A, B } = d.types;
  const da = digitInfo(A, d, 0),
    db = digitInfo(B, d, 1);
  const iw = clog2(Math.max(da.count, db.count) + 1) + 1;
  const { ewA, ewB } = laconicBins(d);
  const peName = `${p}_pe`;
  const pe = buildPe(d, lib, peName);
  const prefetch = stageCount(d, 'operands') > 0;
  const net = new Net(TOP_RESERVED);
  // Controller: step counter; with the prefetch, both operands are fetched a step ahead (their
  // digits and term counts registered when the step ends, dload).
  stepController(net, { stepEnd: 'k_end', first: 'sfirst', vld: false, ...(prefetch ? { prefetch: 'AB' as const } : {}) });
  // Term streams at the edge: per column m (A) and row n (B), per lane, the picked digit.
  const aTerm: string[][] = [],
    bTerm: string[][] = [];
  const cntA: string[][] = Array.from({ length: L }, () => []),
    cntB: string[][] = Array.from({ length: L }, () => []);
  const side = (op: 'A' | 'B', idx: number, l: number): string => {
    const t = op === 'A' ? A : B;
    const di = op === 'A' ? da : db;
    const ewX = op === 'A' ? ewA : ewB;
    const lanesIn = op === 'A' ? C : R;
    const x = slice(op === 'A' ? 'a_in' : 'b_in', (idx * L + l) * t.bits, t.bits, lanesIn * L * t.bits);
    const pfx = `${op.toLowerCase()}${idx}_l${l}_`;
    const scope = op === 'A' ? 'column-edge' : 'row-edge';
    net.at({ name: 'edge encoders', scope });
    const dig = net.wire(`${pfx}digits`, 3 * di.count);
    const nz = net.wire(`${pfx}nzs`, di.count);
    net.inst(lib.encoder(t, d.encoders[op === 'A' ? 0 : 1].scheme, di.count), `${pfx}u_enc`, { a: x, dig, nz });
    net.at({ name: 'edge term counters', scope });
    (op === 'A' ? cntA : cntB)[l].push(net.wire(`${pfx}cnt`, iw, popcount(nz, di.count, iw)));
    net.at({ name: 'edge digit registers', scope, role: 'pipeline' });
    // Prefetch: the next step's digits are registered when the step ends; the picks read them.
    const [dq, nq] = prefetch
      ? [net.reg(`${pfx}dq`, 3 * di.count, dig, { en: 'dload' }), net.reg(`${pfx}nq`, di.count, nz, { en: 'dload' })]
      : [dig, nz];
    net.at({ name: 'edge term pick', scope });
    const pick = nth(net, pfx, nq, dq, di.count, op === 'A' ? `ci${l}` : `cj${l}`, iw);
    const e = net.wire(`${pfx}e`, ewX, termExp(pick.pos, pick.pw, pick.d, di.shift, ewX));
    const term = net.wire(`${pfx}t`, 2 + ewX, `{${pick.hit}, ${pick.d}[2], ${e}}`);
    net.at(undefined);
    return term;
  };
  for (let m = 0; m < C; m++) aTerm.push(Array.from({ length: L }, (_, l) => side('A', m, l)));
  for (let n = 0; n < R; n++) bTerm.push(Array.from({ length: L }, (_, l) => side('B', n, l)));
  // Lane controllers: ci over the most nonzero A digits of the lane's k, cj over B's; a lane
  // waits when done, the step ends when every lane is.
  const lasts: string[] = [],
    acts: string[] = [];
  net.at({ name: 'lane controllers', role: 'control' });
  for (let l = 0; l < L; l++) {
    // With the prefetch, the lane's maxima are registered with the digits: the controller's
    // per-cycle path starts at registers.
    const maxReg = (name: string, x: string) =>
      prefetch ? net.reg(name, iw, net.wire(`${name}_next`, iw, x), { en: 'dload' }) : net.wire(name, iw, x);
    const ma = maxReg(`max_a${l}`, maxOf(net, `a${l}_`, cntA[l], iw));
    const mb = maxReg(`max_b${l}`, maxOf(net, `b${l}_`, cntB[l], iw));
    const none = net.wire(`none${l}`, 1, `(${ma} == ${iw}'d0) | (${mb} == ${iw}'d0)`);
    const ea = net.wire(`ea${l}`, 1, `${none} | (ci${l} + ${iw}'d1 >= ${ma})`);
    const eb = net.wire(`eb${l}`, 1, `${none} | (cj${l} + ${iw}'d1 >= ${mb})`);
    lasts.push(net.wire(`last${l}`, 1, `done${l} | (${ea} & ${eb})`));
    net.reg(`ci${l}`, iw, `(start | k_end) ? ${iw}'d0 : (~done${l} & ${eb} & ~${ea}) ? ci${l} + ${iw}'d1 : ci${l}`, {
      en: 'start | run',
      init: `${iw}'d0`,
    });
    net.reg(`cj${l}`, iw, `(start | k_end) ? ${iw}'d0 : done${l} ? cj${l} : ${eb} ? ${iw}'d0 : cj${l} + ${iw}'d1`, {
      en: 'start | run',
      init: `${iw}'d0`,
    });
    net.reg(`done${l}`, 1, `(start | k_end) ? 1'b0 : done${l} | (${ea} & ${eb})`, { en: 'start | run', init: "1'b0" });
    acts.push(`~done${l}`);
  }
  net.wire('k_end', 1, lasts.join(' & '));
  net.wire('act', L, L === 1 ? acts[0] : `{${[...acts].reverse().join(', ')}}`);
  net.reg('sfirst', 1, `start | k_end`, { en: 'start | run', init: "1'b1" });
  net.at(undefined);
  const outs: string[] = [];
  for (let n = 0; n < R; n++) {
    for (let m = 0; m < C; m++) {
      const o = net.wire(`o${n}_${m}`, W);
      outs.push(o);
      const cat = (xs: string[]) => (xs.length === 1 ? xs[0] : `{${[...xs].reverse().join(', ')}}`);
      net.inst(
        peName,
        `pe${n}_${m}`,
        connsFor(pe, { clk: 'clk', rst: 'rst', first: 'f_first', ta: cat(aTerm[m]), tb: cat(bTerm[n]), act: 'act', res_out: o }),
      );
    }
  }
  const [done] = flagStage(net, 'dl_', ['f_last'], d.pipeline.length - (prefetch ? 1 : 0) + 2);
  net.assign('out_vld', `{${R * C}{${done}}}`);
  net.assign('out_data', `{${[...outs].reverse().join(', ')}}`);
  const ports = [
    inp('clk', 1),
    inp('rst', 1),
    inp('start', 1),
    inp('cfg_k', 32),
    outp('a_rd', 1),
    outp('a_idx', 32),
    inp('a_in', C * L * A.bits),
    outp('b_rd', 1),
    outp('b_idx', 32),
    inp('b_in', R * L * B.bits),
    outp('out_vld', R * C),
    outp('out_data', R * C * W),
  ];
  const top = mod(p, 'top-laconic', `Laconic-class ${R} (n) x ${C} (m) array top, ${L} term-pair lanes per PE`, ports, net, {
    rows: R,
    cols: C,
    lanes: L,
    prefetch,
  });
  const tb: TbSpec = {
    aBits: A.bits,
    bBits: B.bits,
    accBits: W,
    accSigned: d.types.acc.signed,
    aLanes: Array.from({ length: C * L }, (_, i) => ({ off: Math.floor(i / L), kOff: i % L, mul: 0, kMul: L })),
    bLanes: Array.from({ length: R * L }, (_, i) => ({ off: Math.floor(i / L), kOff: i % L, mul: 0, kMul: L })),
    outLanes: Array.from({ length: R * C }, (_, l) => ({ mOff: l % C, nOff: Math.floor(l / C), mEv: 0, nEv: 0 })),
    eventsPerLane: 1,
    tileM: C,
    tileN: R,
    tileK: 0,
    kPerIdx: L,
    order: ['m', 'n', 'k'],
  };
  return { modules: [pe, top], top: p, tb };
}
