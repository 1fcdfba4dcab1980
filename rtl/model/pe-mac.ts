// The accumulating PE of the output-stationary family: `lanes` products per cycle (lanesPerPe),
// reduced by the IR's reduction (per-product CPA + CPA accumulator, or carry-save accumulation
// with OPT1/OPT2 compressor schedules), with the IR's pipeline registers.
import type { Design, PipelineStage } from '../../ir/index.js';
import { bitsConcat, compressTree, cpaTree, digitInfo, partialProducts, productWidth, reduceDigits, stage } from './datapath.js';
import type { Lib } from './lib.js';
import { Net, bit, extend, inp, mod, outp, slice } from './netlist.js';
import type { RtlModule, RtlPort } from './types.js';

export type AccStyle = 'cpa' | 'carry-save';

export interface MacPeShape {
  readonly name: string;
  readonly lanes: number;
  /** The encoder sits at the array edge: the PE receives digits instead of A values. */
  readonly digitsIn: boolean;
}

export function stageCount(d: Design, s: PipelineStage): number {
  return d.pipeline.filter((x) => x === s).length;
}

/** Flags vld/first delayed like the data (control registers with reset; pipeline registers of `block`). */
export function flagStage(net: Net, p: string, flags: string[], times: number, block = 'valid/first flags'): string[] {
  let cur = flags;
  net.in({ ...net.block, name: block, role: 'pipeline' }, () => {
    for (let t = 0; t < times; t++) cur = cur.map((f) => net.reg(`${p}${f.replace(/_q\d+$/, '')}_q${t}`, 1, f, { init: "1'b0" }));
  });
  return cur;
}

export function buildMacPe(d: Design, lib: Lib, sh: MacPeShape): RtlModule {
  const W = d.types.acc.bits;
  const { A, B } = d.types;
  const di = digitInfo(A, d);
  const aw = sh.digitsIn ? 3 * di.count : A.bits;
  const L = sh.lanes;
  const net = new Net(['clk', 'rst', 'a', 'b', 'vld', 'first']);
  const ports: RtlPort[] = [inp('clk', 1), inp('rst', 1), inp('a', L * aw), inp('b', L * B.bits), inp('vld', 1), inp('first', 1)];
  // Operand registers.
  const nOp = stageCount(d, 'operands');
  let [a, b] = stage(
    net,
    '',
    [
      ['a', L * aw],
      ['b', L * B.bits],
    ],
    nOp,
    'pipeline (operands)',
  );
  let [vld, first] = flagStage(net, '', ['vld', 'first'], nOp);
  const digs: string[] = [];
  net.at('digit encoders');
  for (let l = 0; l < L; l++) {
    if (sh.digitsIn) digs.push(slice(a, l * aw, aw, L * aw));
    else {
      const dig = net.wire(`l${l}_dig`, 3 * di.count);
      const nz = net.wire(`l${l}_nz`, di.count, undefined, 'digit nonzero flags serve zero-skipping designs only');
      net.inst(lib.encoder(A, d.encoders[0].scheme, di.count), `l${l}_u_enc`, { a: slice(a, l * A.bits, A.bits, L * A.bits), dig, nz });
      digs.push(dig);
    }
  }
  const bl = (l: number) => slice(b, l * B.bits, B.bits, L * B.bits);
  const nPp = stageCount(d, 'partial-products');
  const nTree = stageCount(d, 'tree');
  const accStyle: AccStyle = d.reduction.k === 'carry-save' ? 'carry-save' : 'cpa';
  let s: string;
  let c: string | undefined;
  if (accStyle === 'cpa') {
    // Baseline MAC: per lane a tree and a CPA per product, then binary sums over lanes.
    const TW = Math.min(productWidth(d), W);
    net.at('partial-product selectors');
    let sets = digs.map((dig, l) => partialProducts(net, lib, `l${l}_`, dig, di, bl(l), B, TW));
    const flat = sets.flatMap((x) => [...x.pps, x.corr]);
    const staged = stage(
      net,
      '',
      flat.map((x) => [x, TW] as const),
      nPp,
      'pipeline (partial products)',
    );
    [vld, first] = flagStage(net, 'pp_', [vld, first], nPp);
    let k = 0;
    sets = sets.map((x) => ({ pps: x.pps.map(() => staged[k++]), corr: staged[k++] }));
    const prods = sets.map((x, l) => {
      net.at('product trees');
      const t = reduceDigits(net, lib, `l${l}_`, d, [...x.pps, x.corr], TW);
      const isConst = t.c.startsWith('{');
      const st = stage(
        net,
        `l${l}_tr`,
        isConst
          ? [[t.s, TW]]
          : [
              [t.s, TW],
              [t.c, TW],
            ],
        nTree,
        'pipeline (tree)',
      );
      let prod = st[0];
      if (!isConst) {
        net.at({ name: 'product CPAs', cpa: 'product' });
        prod = net.wire(`l${l}_prod`, TW);
        net.inst(lib.cpa(TW), `l${l}_u_cpa`, { x: st[0], y: st[1], s: prod });
      }
      return net.wire(`l${l}_prodx`, W, extend(prod, TW, W, true));
    });
    [vld, first] = flagStage(net, 'tr_', [vld, first], nTree);
    net.at({ name: 'product adder tree', cpa: 'sum' });
    const sum = L === 1 ? prods[0] : cpaTree(net, lib, 'ks_', prods, W);
    net.at({ name: 'accumulator adder', cpa: 'sum' });
    const accSum = net.wire('acc_sum', W);
    net.inst(lib.cpa(W), 'u_acc_cpa', { x: 'acc', y: sum, s: accSum });
    net.at({ name: 'accumulator', role: 'accumulator' });
    net.reg('acc', W, `${first} ? ${sum} : ${accSum}`, { en: vld });
    ports.push(outp('acc_out', W));
    net.assign('acc_out', 'acc');
    return mod(sh.name, 'pe-mac', `MAC PE: ${L} product(s)/cycle, CPA per product, CPA accumulator`, ports, net, { variant: 'baseline' });
  }
  // Carry-save accumulation (OPT1: bit-weight inner; OPT2: equal weights across lanes first).
  let vecs: string[];
  net.at('partial-product selectors');
  if (d.reduction.order === 'bitweight-outer') {
    const corrs: string[] = [];
    const perJ: string[][] = Array.from({ length: di.count }, () => []);
    digs.forEach((dig, l) => {
      const bits: string[] = Array.from({ length: W }, () => "1'b0");
      for (let j = 0; j < di.count; j++) {
        const shj = j * di.shift;
        if (shj >= W) break;
        const pp = net.wire(`l${l}_pp${j}`, W - shj);
        net.inst(lib.ppgen(B, W - shj, 0), `l${l}_u_pp${j}`, { dig: slice(dig, 3 * j, 3, 3 * di.count), b: bl(l), pp });
        perJ[j].push(pp);
        bits[shj] = bit(dig, 3 * j + 2);
      }
      corrs.push(net.wire(`l${l}_corr`, W, bitsConcat(bits)));
    });
    vecs = [];
    net.at('compressor tree');
    perJ.forEach((pps, j) => {
      if (pps.length === 0) return;
      const shj = j * di.shift;
      const wj = W - shj;
      const t = compressTree(net, lib, `j${j}_`, pps, wj);
      const lift = (x: string) => (shj ? `{${x}, ${shj}'b0}` : x);
      vecs.push(net.wire(`j${j}_s`, W, lift(t.s)));
      if (!t.c.startsWith('{')) vecs.push(net.wire(`j${j}_c`, W, lift(t.c)));
    });
    vecs.push(...corrs);
  } else {
    vecs = digs.flatMap((dig, l) => {
      const x = partialProducts(net, lib, `l${l}_`, dig, di, bl(l), B, W);
      return [...x.pps, x.corr];
    });
  }
  vecs = stage(
    net,
    '',
    vecs.map((x) => [x, W] as const),
    nPp,
    'pipeline (partial products)',
  );
  [vld, first] = flagStage(net, 'pp_', [vld, first], nPp);
  net.at('compressor tree');
  const t = d.reduction.order === 'bitweight-outer' ? compressTree(net, lib, 'm_', vecs, W) : reduceDigits(net, lib, '', d, vecs, W);
  s = t.s;
  c = t.c.startsWith('{') ? undefined : t.c;
  const st = stage(
    net,
    'tr',
    c
      ? [
          [s, W],
          [c, W],
        ]
      : [[s, W]],
    nTree,
    'pipeline (tree)',
  );
  [vld, first] = flagStage(net, 'tr_', [vld, first], nTree);
  s = st[0];
  const cIn = c ? st[1] : `{${W}{1'b0}}`;
  net.at('accumulate 4:2');
  const ns = net.wire('acc_ns', W);
  const nc = net.wire('acc_nc', W);
  net.inst(lib.csa42(W), 'u_acc_csa', { x0: s, x1: cIn, x2: 'acc_s', x3: 'acc_c', s: ns, c: nc });
  net.in({ name: 'accumulator (sum)', role: 'accumulator-sum' }, () => net.reg('acc_s', W, `${first} ? ${s} : ${ns}`, { en: vld }));
  net.in({ name: 'accumulator (carry)', role: 'accumulator-carry' }, () => net.reg('acc_c', W, `${first} ? ${cIn} : ${nc}`, { en: vld }));
  net.at(undefined);
  // Per row or shared: the (sum, carry) pair leaves the PE, resolved outside it (rtl/model/top-os.ts).
  if (d.reduction.finalCpa === 'per-row' || d.reduction.finalCpa === 'shared') {
    ports.push(outp('acc_s_out', W), outp('acc_c_out', W));
    net.assign('acc_s_out', 'acc_s');
    net.assign('acc_c_out', 'acc_c');
  } else {
    const sum = net.in({ name: 'drain CPA', cpa: 'drain' }, () => net.wire('drain_sum', W));
    net.in({ name: 'drain CPA', cpa: 'drain' }, () => net.inst(lib.cpa(W), 'u_drain_cpa', { x: 'acc_s', y: 'acc_c', s: sum }));
    net.in({ name: 'result register', role: 'result' }, () => net.reg('res', W, sum));
    ports.push(outp('res_out', W));
    net.assign('res_out', 'res');
  }
  const what = d.reduction.order === 'bitweight-outer' ? 'same-bit-weight compressor columns (OPT2)' : 'compressed accumulation (OPT1)';
  return mod(sh.name, 'pe-mac', `MAC PE: ${L} product(s)/cycle, ${what}, carry-save accumulator, ${d.reduction.finalCpa} CPA`, ports, net, {
    variant: 'carry-save',
  });
}
