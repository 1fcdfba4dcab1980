// Pipelined multiplier-adder trees (docs/CYCLES.md adder-tree, docs/DSL.md `reduction`): each
// `reduction` entry of the pipeline is one register level inside the k reduction of every column,
// placed where it balances the stages (planReduction). Designs without one keep today's form
// (top-ws.ts). The k-reduction forms (pe-ws.ts kForm):
//   'cpa'  baseline MAC tree: a multiplier per PE (partial products, digit tree, product CPA), then
//          per column a compressor tree over the k products and one CPA; groups of products are
//          resolved by narrow CPAs at each register level;
//   'cs'   OPT1: the multipliers' carry-save pairs compressed across k, carry-save registers, one
//          CPA at the end;
//   'perj' OPT2: per bit weight j a narrow tree over the k partial products (13 bits for K = 16
//          int8), resolved at each register level; the weights are combined once, one CPA.
// Every width is exact: a group of n values is as wide as the range of its sum, and the column
// result as wide as the range of Kp products (20 bits for K = 16 int8), sign-extended to the
// accumulator at the output. OPT2's Booth negation bits (the +1 of each negative digit) depend on
// the broadcast A only, so their counts are formed once for the array and join every column's
// first group trees.
import { arrayShape, productRange, type Design } from '../../ir/index.js';
import { weightController } from './control.js';
import { compressTree, digitInfo, partialProducts, reduceDigits, stage } from './datapath.js';
import type { Lib } from './lib.js';
import { Net, bit, connsFor, extend, inp, mod, outp, slice } from './netlist.js';
import { flagStage, stageCount } from './pe-mac.js';
import { front, kForm, type KForm } from './pe-ws.js';
import { TOP_RESERVED } from './top-os.js';
import type { RtlModule, TbSpec } from './types.js';

/** Register levels inside the k reduction (`reduction` entries of the pipeline). */
export function reductionStages(d: Design): number {
  return d.pipeline.filter((s) => s === 'reduction').length;
}

/** Bits of a two's-complement value holding every integer of [lo, hi]. */
export function signedBits(lo: bigint, hi: bigint): number {
  let b = 1;
  while (lo < -(1n << BigInt(b - 1)) || hi > (1n << BigInt(b - 1)) - 1n) b++;
  return b;
}

/** 3:2 levels on the longest path of compressTree over n vectors (a 4:2 is two). */
export function faDepth(n: number): number {
  let cur: number[] = new Array<number>(n).fill(0);
  while (cur.length > 2) {
    const next: number[] = [];
    let i = 0;
    while (cur.length - i >= 3) {
      if (cur.length - i >= 4) {
        const d = Math.max(Math.max(cur[i], cur[i + 1], cur[i + 2]) + 1, cur[i + 3]) + 1;
        next.push(d, d);
        i += 4;
      } else {
        const d = Math.max(cur[i], cur[i + 1], cur[i + 2]) + 1;
        next.push(d, d);
        i += 3;
      }
    }
    while (i < cur.length) next.push(cur[i++]);
    cur = next;
  }
  return Math.max(0, ...cur);
}

/** A w-bit CPA in 3:2-level units: a carry-generate level plus a prefix network of log2 w levels. */
const cpaCost = (w: number): number => (w <= 1 ? 0 : 0.5 + Math.ceil(Math.log2(w)));

/** The stored partial product of one digit times B (ppgen: magnitude, inverted when negative). */
function ppRange(d: Design): { lo: bigint; hi: bigint } {
  const B = d.types.B;
  const bmin = B.signed ? -(1n << BigInt(B.bits - 1)) : 0n;
  const bmax = B.signed ? (1n << BigInt(B.bits - 1)) - 1n : (1n << BigInt(B.bits)) - 1n;
  const mags = digitInfo(d.types.A, d).shift === 2 ? [0n, 1n, 2n] : [0n, 1n];
  let lo = 0n,
    hi = 0n;
  for (const m of mags)
    for (const b of [bmin, bmax])
      for (const v of [m * b, -m * b - 1n]) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
  return { lo, hi };
}

/** Shape of the column reduction of a design: rows (Kp), binary levels, widths. */
export interface ReductionShape {
  readonly form: KForm;
  readonly R: number;
  /** Binary levels of the k tree: ceil(log2 R). */
  readonly L: number;
  /** Cut after this many binary levels, one per `reduction` entry, nondecreasing. */
  readonly cuts: number[];
  /** Width of the column result (the range of R products), at most the accumulator. */
  readonly resultBits: number;
  /** Estimated 3:2-level depth of each stage (head + segments), the quantity the cuts balance. */
  readonly stageDepths: number[];
  /** Each stage from the PE's partial products (or registered ones) to the next register level. */
  readonly stages: StageShape[];
}

/** One register-to-register stage of the column reduction: 3:2 levels and the CPAs on its path. */
export interface StageShape {
  fa: number;
  cpas: number[];
}

/**
 * Where the register levels go: every nondecreasing choice of cut levels is costed in 3:2-level
 * units (compressor levels of each group's tree, plus the CPA that resolves it) and the one with
 * the shallowest deepest stage is kept (ties: the smaller sum of squares, then the earlier cuts).
 * The first stage also holds the PE's own work before the column (the multiplier's digit tree and
 * product CPA for the baseline, its digit tree for OPT1); the last one the final CPA (and OPT2's
 * combination of the weights).
 */
export function planReduction(d: Design): ReductionShape {
  const form = kForm(d);
  const R = arrayShape(d).rows;
  const nr = reductionStages(d);
  let L = 0;
  while (1 << L < R) L++;
  const W = d.types.acc.bits;
  const pr = productRange(d);
  const resultBits = Math.min(W, signedBits(BigInt(R) * pr.min, BigInt(R) * pr.max));
  const di = digitInfo(d.types.A, d);
  const nTree = stageCount(d, 'tree');
  const prodBits = signedBits(pr.min, pr.max);
  const pp = ppRange(d);
  const digits = Math.min(di.count, Math.ceil(resultBits / di.shift));
  const rows = (a: number) => Math.ceil(R / 2 ** a);
  const grp = (a: number, b: number) => Math.min(2 ** (b - a), rows(a));
  const span = (b: number) => BigInt(Math.min(2 ** b, R));
  // Each stage as (3:2 levels, CPAs on its path, in order); its depth is their sum in 3:2 units.
  const detail = (cuts: number[]): StageShape[] => {
    const st: StageShape[] = [];
    let firstLevels = true;
    let cur: StageShape =
      form === 'cpa'
        ? { fa: nTree ? 0 : faDepth(di.count + 1), cpas: [prodBits] }
        : { fa: form === 'cs' && !nTree ? faDepth(di.count + 1) : 0, cpas: [] };
    let prev = 0;
    for (const c of cuts) {
      if (c > prev) {
        const g = grp(prev, c);
        if (form === 'cs') cur.fa += faDepth(2 * g);
        else {
          const extra = form === 'perj' && firstLevels ? 1 : 0;
          const w = form === 'perj' ? signedBits(span(c) * pp.lo, span(c) * pp.hi) : signedBits(span(c) * pr.min, span(c) * pr.max);
          cur.fa += faDepth(g + extra);
          cur.cpas.push(w);
        }
        firstLevels = false;
      }
      st.push(cur);
      cur = { fa: 0, cpas: [] };
      prev = c;
    }
    const n = rows(prev);
    if (form === 'perj') {
      cur.fa += faDepth(digits * n + (firstLevels ? 1 : 0));
      cur.cpas.push(resultBits);
    } else if (form === 'cs') {
      cur.fa += faDepth(2 * n);
      cur.cpas.push(resultBits);
    } else if (n > 1) {
      cur.fa += faDepth(n);
      cur.cpas.push(resultBits);
    }
    st.push(cur);
    return st;
  };
  const cost = (cuts: number[]): number[] => detail(cuts).map((x) => x.fa + x.cpas.reduce((a, w) => a + cpaCost(w), 0));
  let best: { cuts: number[]; depths: number[]; max: number; sq: number } | undefined;
  const walk = (cuts: number[]) => {
    if (cuts.length === nr) {
      const depths = cost(cuts);
      const max = Math.max(...depths);
      const sq = depths.reduce((s, x) => s + x * x, 0);
      if (!best || max < best.max - 1e-9 || (Math.abs(max - best.max) < 1e-9 && sq < best.sq - 1e-9))
        best = { cuts: [...cuts], depths, max, sq };
      return;
    }
    for (let c = cuts.length ? cuts[cuts.length - 1] : 0; c <= L; c++) walk([...cuts, c]);
  };
  walk([]);
  return { form, R, L, cuts: best!.cuts, resultBits, stageDepths: best!.depths, stages: detail(best!.cuts) };
}

/** One value of a column reduction: a binary signed (or unsigned) word and its exact range. */
interface Elem {
  sig: string;
  w: number;
  lo: bigint;
  hi: bigint;
  signed: boolean;
}

/** A CPA of two vectors (or the vector itself when the other is the constant zero). */
function resolve(net: Net, lib: Lib, name: string, s: string, c: string, w: number): string {
  if (c.startsWith('{')) return s;
  const out = net.wire(name, w);
  net.inst(lib.cpa(w), `u_${name}`, { x: s, y: c, s: out });
  return out;
}

/**
 * Reduces groups of consecutive binary elements between register levels: for each cut, groups of
 * 2^(cut - previous) elements are compressed (with an optional extra vector per group at the first
 * level, OPT2's negation counts) and resolved at their exact width, then registered.
 */
function reduceBinary(
  net: Net,
  lib: Lib,
  p: string,
  elems: Elem[],
  cuts: number[],
  extra?: (g: number) => Elem | undefined,
): { elems: Elem[]; extraUsed: boolean } {
  let cur = elems;
  let prev = 0;
  let extraUsed = false;
  cuts.forEach((c, level) => {
    if (c > prev) {
      const size = 2 ** (c - prev);
      const next: Elem[] = [];
      for (let g = 0; g * size < cur.length; g++) {
        const members = cur.slice(g * size, (g + 1) * size);
        const x = !extraUsed && extra ? extra(g) : undefined;
        const all = x ? [...members, x] : members;
        if (all.length === 1) {
          next.push(members[0]);
          continue;
        }
        const lo = all.reduce((s, e) => s + e.lo, 0n),
          hi = all.reduce((s, e) => s + e.hi, 0n);
        const w = signedBits(lo, hi);
        const vecs = all.map((e, i) => net.wire(`${p}l${level}_g${g}_x${i}`, w, extend(e.sig, e.w, w, e.signed)));
        const t = compressTree(net, lib, `${p}l${level}_g${g}_`, vecs, w);
        next.push({ sig: resolve(net, lib, `${p}l${level}_g${g}_sum`, t.s, t.c, w), w, lo, hi, signed: true });
      }
      if (extra) extraUsed = true;
      cur = next;
    }
    const regs = stage(
      net,
      `${p}q${level}_`,
      cur.map((e) => [e.sig, e.w] as const),
      1,
      'reduction registers',
    );
    cur = cur.map((e, i) => ({ ...e, sig: regs[i] }));
    prev = c;
  });
  return { elems: cur, extraUsed };
}

/** The adder-tree PE of the pipelined forms: product (baseline), carry-save pair (OPT1) or partial products per weight (OPT2). */
function buildPe(
  d: Design,
  lib: Lib,
  name: string,
  digitsIn: boolean,
  resultBits: number,
): { module: RtlModule; outs: [string, number][] } {
  const f = front(d, lib, digitsIn, []);
  const { net, ports } = f;
  const B = d.types.B;
  const di = digitInfo(d.types.A, d);
  const nPp = stageCount(d, 'partial-products');
  const nTree = stageCount(d, 'tree');
  const form = kForm(d);
  const outs: [string, number][] = [];
  const out = (sig: string, w: number) => {
    const o = `p${outs.length}_out`;
    ports.push(outp(o, w));
    net.assign(o, sig);
    outs.push([o, w]);
  };
  net.at('partial-product selectors');
  if (form === 'perj') {
    const wpp = signedBits(ppRange(d).lo, ppRange(d).hi);
    const digits = Math.min(di.count, Math.ceil(resultBits / di.shift));
    const pps: [string, number][] = [];
    for (let j = 0; j < digits; j++) {
      const pp = net.wire(`pp${j}`, wpp);
      net.inst(lib.ppgen(B, wpp, 0), `u_pp${j}`, { dig: slice(f.digs, 3 * j, 3, 3 * di.count), b: f.b, pp });
      pps.push([pp, wpp]);
    }
    // The 'tree' stage registers the partial products again: every stage adds one cycle.
    for (const [s, w] of stage(net, '', pps, nPp + nTree, 'pipeline (partial products)').map((s, j) => [s, pps[j][1]] as const)) out(s, w);
  } else {
    const TW = form === 'cpa' ? signedBits(productRange(d).min, productRange(d).max) : resultBits;
    const x = partialProducts(net, lib, '', f.digs, di, f.b, B, TW);
    const st = stage(
      net,
      '',
      [...x.pps, x.corr].map((s) => [s, TW] as [string, number]),
      nPp,
      'pipeline (partial products)',
    );
    net.at('product trees');
    const t = reduceDigits(net, lib, '', d, st, TW);
    const cConst = t.c.startsWith('{');
    const tr = stage(
      net,
      'tr',
      cConst
        ? [[t.s, TW]]
        : [
            [t.s, TW],
            [t.c, TW],
          ],
      nTree,
      'pipeline (tree)',
    );
    net.at({ name: 'product CPAs', cpa: 'product' });
    if (form === 'cpa') out(cConst ? tr[0] : resolve(net, lib, 'prod', tr[0], tr[1], TW), TW);
    else {
      out(tr[0], TW);
      out(cConst ? `{${TW}{1'b0}}` : tr[1], TW);
    }
  }
  const what =
    form === 'cpa'
      ? 'binary product (multiplier with its CPA)'
      : form === 'cs'
        ? 'carry-save product (OPT1)'
        : 'partial products per bit weight (OPT2)';
  return { module: mod(name, 'pe-tree', `adder-tree PE: stationary weight, ${what}`, ports, net, { form }), outs };
}

export function buildAdderTree(d: Design, lib: Lib, p: string): { modules: RtlModule[]; top: string; tb: TbSpec } {
  const { rows: R, cols: C } = arrayShape(d);
  const W = d.types.acc.bits;
  const { A, B } = d.types;
  const di = digitInfo(A, d);
  const atEdge = d.encoders[0].placement !== 'pe';
  const aw = atEdge ? 3 * di.count : A.bits;
  const P = d.pipeline.length;
  const plan = planReduction(d);
  const { form, cuts, resultBits: RW } = plan;
  const nOp = stageCount(d, 'operands');
  const nPp = stageCount(d, 'partial-products');
  const nTree = stageCount(d, 'tree');
  const net = new Net(TOP_RESERVED);
  weightController(net, R);
  const peName = `${p}_pe`;
  const { module: pe, outs } = buildPe(d, lib, peName, atEdge, RW);
  // Weight tile: a shift chain down each column, enabled while loading.
  const wt = (r: number, c: number) => `w${r}_${c}`;
  net.at({ name: 'B weight registers', scope: 'pe', role: 'weight' });
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++)
      net.reg(wt(r, c), B.bits, r === 0 ? slice('b_in', c * B.bits, B.bits, C * B.bits) : wt(r - 1, c), { en: 'load' });
  }
  // Row operands (encoded at the edge when the encoder is shared by the row).
  const rowA: string[] = [];
  const rowDig: string[] = [];
  net.at({ name: 'digit encoders', scope: 'row-edge' });
  for (let r = 0; r < R; r++) {
    const a = slice('a_in', r * A.bits, A.bits, R * A.bits);
    if (atEdge || form === 'perj') {
      const dig = net.wire(`r${r}_dig`, 3 * di.count);
      const nz = net.wire(`r${r}_nz`, di.count, undefined, 'digit nonzero flags serve zero-skipping designs only');
      // OPT2 with in-PE encoders still reads the row's digit signs here (for the negation counts),
      // from A delayed like the PEs' operand registers.
      const aIn = atEdge ? a : stage(net, `ra${r}_`, [[a, A.bits]], nOp, 'pipeline (operands)')[0];
      net.inst(lib.encoder(A, d.encoders[0].scheme, di.count), `r${r}_u_enc`, { a: aIn, dig, nz });
      rowDig.push(dig);
    }
    rowA.push(atEdge ? rowDig[r] : a);
  }
  // OPT2: the negation bits of each row's digits, counted per group of rows of the first level
  // that reduces (or the whole column), once for the array, delayed to meet the partial products.
  const digitsUsed = Math.min(di.count, Math.ceil(RW / di.shift));
  const firstLevel = cuts.find((c) => c > 0);
  const negRows = 2 ** (firstLevel ?? plan.L);
  const negCount: Elem[][] = [];
  net.at({ name: 'negation counts', scope: 'array' });
  if (form === 'perj') {
    const delay = (atEdge ? nOp : 0) + nPp + nTree + (firstLevel === undefined ? cuts.length : cuts.indexOf(firstLevel));
    for (let j = 0; j < digitsUsed; j++) {
      const per: Elem[] = [];
      for (let g = 0; g * negRows < R; g++) {
        const members = Array.from({ length: Math.min(negRows, R - g * negRows) }, (_, i) => bit(rowDig[g * negRows + i], 3 * j + 2));
        let w = 1;
        while (1 << w <= members.length) w++;
        let sig: string;
        if (members.length === 1) sig = members[0];
        else {
          const vecs = members.map((m, i) => net.wire(`ng${j}_${g}_x${i}`, w, extend(m, 1, w, false)));
          const t = compressTree(net, lib, `ng${j}_${g}_`, vecs, w);
          sig = resolve(net, lib, `ng${j}_${g}_cnt`, t.s, t.c, w);
        }
        const [q] = stage(net, `ng${j}_${g}_`, [[sig, w]], delay, 'negation count registers');
        per.push({ sig: q, w, lo: 0n, hi: BigInt(members.length), signed: false });
      }
      negCount.push(per);
    }
  }
  const data: string[] = [];
  for (let c = 0; c < C; c++) {
    const po: string[][] = [];
    net.at(undefined);
    for (let r = 0; r < R; r++) {
      const conns: Record<string, string> = { clk: 'clk', a: rowA[r], b: wt(r, c) };
      po.push(outs.map(([o, w]) => (conns[o] = net.wire(`p${r}_${c}_${o.replace(/_out$/, '')}`, w))));
      net.inst(peName, `pe${r}_${c}`, connsFor(pe, conns));
    }
    let vecs: string[] = [];
    // Binary products (k: cpa) are added by the column's CPAs; carry-save or per-weight terms resolved.
    net.at({ name: 'column reduction', scope: 'column-edge', cpa: form === 'cpa' ? 'sum' : 'column' });
    if (form === 'cs') {
      // Carry-save pairs compressed across k; the registers hold the pairs.
      const live = (xs: string[]) => xs.filter((x) => !x.startsWith('{'));
      let cur = po.map((x) => live([x[0], x[1]]));
      let prev = 0;
      cuts.forEach((cut, level) => {
        if (cut > prev) {
          const size = 2 ** (cut - prev);
          const next: string[][] = [];
          for (let g = 0; g * size < cur.length; g++) {
            const members = cur.slice(g * size, (g + 1) * size).flat();
            const t =
              members.length <= 2
                ? { s: members[0], c: members[1] ?? `{${RW}{1'b0}}` }
                : compressTree(net, lib, `c${c}_l${level}_g${g}_`, members, RW);
            next.push(live([t.s, t.c]));
          }
          cur = next;
        }
        cur = cur.map((pair, g) =>
          stage(
            net,
            `c${c}_q${level}_g${g}_`,
            pair.map((x) => [x, RW] as const),
            1,
            'reduction registers',
          ),
        );
        prev = cut;
      });
      vecs = cur.flat();
    } else {
      const weights = form === 'perj' ? digitsUsed : 1;
      for (let j = 0; j < weights; j++) {
        const sh = form === 'perj' ? j * di.shift : 0;
        const range = form === 'perj' ? ppRange(d) : { lo: productRange(d).min, hi: productRange(d).max };
        const elems: Elem[] = po.map((x) => ({
          sig: x[j],
          w: form === 'perj' ? outs[j][1] : outs[0][1],
          lo: range.lo,
          hi: range.hi,
          signed: true,
        }));
        const red = reduceBinary(net, lib, `c${c}_j${j}_`, elems, cuts, form === 'perj' ? (g) => negCount[j][g] : undefined);
        const rest = [...red.elems, ...(form === 'perj' && !red.extraUsed ? negCount[j] : [])];
        // The final level: everything left, lifted to its weight, mod 2^RW.
        const wj = RW - sh;
        if (wj <= 0) continue;
        for (const e of rest) {
          const x = extend(e.sig, e.w, wj, e.signed);
          vecs.push(net.wire(`c${c}_v${vecs.length}`, RW, sh ? `{${x}, ${sh}'b0}` : x));
        }
      }
    }
    const t = vecs.length <= 2 ? { s: vecs[0], c: vecs[1] ?? `{${RW}{1'b0}}` } : compressTree(net, lib, `col${c}_`, vecs, RW);
    const sum = resolve(net, lib, `col${c}_sum`, t.s, t.c, RW);
    const res = net.in({ name: 'column result registers', scope: 'column-edge', role: 'result' }, () => net.reg(`res${c}`, RW, sum));
    data.push(RW === W ? res : extend(res, RW, W, true));
  }
  const v = flagStage(net, 'dv_', ['f_vld'], P + 1, 'valid flags')[0];
  net.at(undefined);
  net.assign('out_vld', C === 1 ? v : `{${C}{${v}}}`);
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
  const top = mod(
    p,
    'top-ws',
    `${d.architecture} ${R}x${C} array top, k reduction in ${cuts.length + 1} register stages (cuts after ${cuts.join(', ')} of ${plan.L} levels)`,
    ports,
    net,
    { arch: d.architecture, rows: R, cols: C, rw: 32, last: R - 1, form },
  );
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
  return { modules: [pe, top], top: p, tb };
}
