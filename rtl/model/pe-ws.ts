// Multiplier PEs whose k reduction happens across PEs: the systolic-ws PE (adds into the
// partial sum flowing down its column) and the adder-tree PE (its products feed a column tree).
// Forms of the k-reduction operand:
//   'cpa'     baseline: a CPA per product, binary partial sums (WS: one CPA adder per PE);
//   'cs'      OPT1: products and partial sums stay carry-save (sum + carry words);
//   'perj'    OPT2: one carry-save pair per bit weight j, compressed across k before weights meet.
import type { Design } from '../../ir/index.js';
import { compressTree, digitInfo, partialProducts, productWidth, reduceDigits, stage } from './datapath.js';
import type { Lib } from './lib.js';
import { Net, bit, extend, inp, mod, outp, slice } from './netlist.js';
import { stageCount } from './pe-mac.js';
import type { RtlModule, RtlPort } from './types.js';

export type KForm = 'cpa' | 'cs' | 'perj';

export function kForm(d: Design): KForm {
  if (d.reduction.order === 'bitweight-outer') return 'perj';
  return d.reduction.k === 'carry-save' ? 'cs' : 'cpa';
}

/** Width of the bit-weight-j partial sum (what survives below 2^W once shifted by j digits). */
export function perJWidths(d: Design): number[] {
  const di = digitInfo(d.types.A, d);
  const W = d.types.acc.bits;
  const out: number[] = [];
  for (let j = 0; j < di.count && j * di.shift < W; j++) out.push(W - j * di.shift);
  return out;
}

/** The partial-sum signals a PE passes down (name suffix, width), per k form. */
export function psumSignals(d: Design): [string, number][] {
  const W = d.types.acc.bits;
  const f = kForm(d);
  if (f === 'cpa') return [['ps', W]];
  if (f === 'cs')
    return [
      ['ps_s', W],
      ['ps_c', W],
    ];
  return perJWidths(d).flatMap(
    (w, j) =>
      [
        [`ps${j}_s`, w],
        [`ps${j}_c`, w],
      ] as [string, number][],
  );
}

export interface Front {
  net: Net;
  ports: RtlPort[];
  digs: string;
  b: string;
}

/** Ports a (value or digits), b (the stationary weight), operand stage, encoder. */
export function front(d: Design, lib: Lib, digitsIn: boolean, extra: string[]): Front {
  const { A, B } = d.types;
  const di = digitInfo(A, d);
  const aw = digitsIn ? 3 * di.count : A.bits;
  const net = new Net(['clk', 'a', 'b', ...extra]);
  const ports: RtlPort[] = [inp('clk', 1), inp('a', aw), inp('b', B.bits)];
  const [a] = stage(net, '', [['a', aw]], stageCount(d, 'operands'), 'pipeline (operands)');
  let digs = a;
  net.at('digit encoders');
  if (!digitsIn) {
    digs = net.wire('dig', 3 * di.count);
    const nz = net.wire('nz', di.count, undefined, 'digit nonzero flags serve zero-skipping designs only');
    net.inst(lib.encoder(A, d.encoders[0].scheme, di.count), 'u_enc', { a, dig: digs, nz });
  }
  return { net, ports, digs, b: 'b' };
}

/** The product of one PE in the k form of the design, after the pp and tree pipeline stages. */
function product(d: Design, lib: Lib, f: Front): { sigs: [string, number][] } {
  const { net } = f;
  const W = d.types.acc.bits;
  const B = d.types.B;
  const di = digitInfo(d.types.A, d);
  const nPp = stageCount(d, 'partial-products');
  const form = kForm(d);
  net.at('partial-product selectors');
  if (form === 'perj') {
    const ws = perJWidths(d);
    const pps = ws.map((w, j) => {
      const pp = net.wire(`pp${j}`, w);
      net.inst(lib.ppgen(B, w, 0), `u_pp${j}`, { dig: slice(f.digs, 3 * j, 3, 3 * di.count), b: f.b, pp });
      return [pp, w] as [string, number];
    });
    // The negation +1 of digit j sits at bit 0 of its weight's column.
    const negs = ws.map((_, j) => [bit(f.digs, 3 * j + 2), 1] as [string, number]);
    const negW = net.wire(
      'negs',
      ws.length,
      ws.length === 1
        ? negs[0][0]
        : `{${negs
            .map((x) => x[0])
            .reverse()
            .join(', ')}}`,
    );
    // The per-weight trees run across PEs (psum chain / column), so the 'tree' stage registers
    // the partial products here too: every stage still adds exactly one cycle.
    const st = stage(net, '', [...pps, [negW, ws.length]], nPp + stageCount(d, 'tree'), 'pipeline (partial products)');
    return { sigs: [...ws.map((w, j) => [st[j], w] as [string, number]), [st[ws.length], ws.length]] };
  }
  const TW = form === 'cpa' ? Math.min(productWidth(d), W) : W;
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
    stageCount(d, 'tree'),
    'pipeline (tree)',
  );
  if (form === 'cpa') {
    let prod = tr[0];
    net.at({ name: 'product CPAs', cpa: 'product' });
    if (!cConst) {
      prod = net.wire('prod', TW);
      net.inst(lib.cpa(TW), 'u_cpa', { x: tr[0], y: tr[1], s: prod });
    }
    return { sigs: [[net.wire('prodx', W, extend(prod, TW, W, true)), W]] };
  }
  return {
    sigs: cConst
      ? [
          [tr[0], W],
          [`{${W}{1'b0}}`, W],
        ]
      : [
          [tr[0], W],
          [tr[1], W],
        ],
  };
}

/** systolic-ws PE: adds its product into the partial sum from above and registers it. */
export function buildWsPe(d: Design, lib: Lib, name: string, digitsIn: boolean, chain = false): RtlModule {
  const ps = psumSignals(d);
  const f = front(
    d,
    lib,
    digitsIn,
    ps.flatMap(([n]) => [`${n}_in`, `${n}_out`]),
  );
  const { net, ports } = f;
  for (const [n, w] of ps) ports.push(inp(`${n}_in`, w));
  for (const [n, w] of ps) ports.push(outp(`${n}_out`, w));
  const p = product(d, lib, f);
  const form = kForm(d);
  const W = d.types.acc.bits;
  const psReg = (n: string, w: number, x: string) => net.in({ name: 'partial-sum registers', role: 'partial-sum' }, () => net.reg(n, w, x));
  if (form === 'cpa') {
    net.at({ name: 'partial-sum adders', cpa: 'sum' });
    const sum = net.wire('sum', W);
    net.inst(lib.cpa(W), 'u_ps_cpa', { x: 'ps_in', y: p.sigs[0][0], s: sum });
    net.assign('ps_out', psReg('ps', W, sum));
  } else if (form === 'cs') {
    net.at('partial-sum compressors');
    const t = compressTree(net, lib, 'ps_', ['ps_s_in', 'ps_c_in', p.sigs[0][0], p.sigs[1][0]], W);
    net.assign('ps_s_out', psReg('ps_s', W, t.s));
    net.assign('ps_c_out', psReg('ps_c', W, t.c));
  } else {
    const ws = perJWidths(d);
    const negs = p.sigs[ws.length][0];
    net.at('partial-sum compressors');
    ws.forEach((w, j) => {
      const neg = net.wire(`neg${j}`, w, w === 1 ? bit(negs, j, ws.length) : `{${w - 1}'b0, ${ws.length === 1 ? negs : `${negs}[${j}]`}}`);
      const t = compressTree(net, lib, `j${j}_`, [`ps${j}_s_in`, `ps${j}_c_in`, p.sigs[j][0], neg], w);
      net.assign(`ps${j}_s_out`, psReg(`ps${j}_s`, w, t.s));
      net.assign(`ps${j}_c_out`, psReg(`ps${j}_c`, w, t.c));
    });
  }
  const what =
    form === 'cpa'
      ? 'CPA per product, CPA partial-sum adder'
      : form === 'cs'
        ? 'carry-save partial sums (OPT1)'
        : 'per-bit-weight carry-save partial sums (OPT2)';
  // chain: the cube of MAC PEs (rtl/model/top-cube-mac.ts), whose b is broadcast, not held.
  if (chain) return mod(name, 'pe-chain', `MAC PE of a k chain: broadcast operands, ${what}`, ports, net, { form });
  return mod(name, 'pe-ws', `systolic-ws PE: stationary weight, ${what}`, ports, net, { form });
}

/** adder-tree PE: the product (binary, carry-save pair, or per-weight partial products). */
export function buildTreePe(d: Design, lib: Lib, name: string, digitsIn: boolean): { module: RtlModule; outs: [string, number][] } {
  const f = front(d, lib, digitsIn, []);
  const p = product(d, lib, f);
  const outs: [string, number][] = [];
  const { net, ports } = f;
  p.sigs.forEach(([s, w], i) => {
    const o = `p${i}_out`;
    ports.push(outp(o, w));
    net.assign(o, s);
    outs.push([o, w]);
  });
  const form = kForm(d);
  const what =
    form === 'cpa'
      ? 'binary product (CPA per product)'
      : form === 'cs'
        ? 'carry-save product (OPT1)'
        : 'partial products per bit weight (OPT2)';
  return { module: mod(name, 'pe-tree', `adder-tree PE: stationary weight, ${what}`, ports, net, { form }), outs };
}
