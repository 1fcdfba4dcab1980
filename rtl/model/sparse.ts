// Zero-skipping bit-slice designs with sparsity groups: OPT3 (sparse encoder in every PE),
// OPT4C (one sparse encoder per column at the array edge) and OPT4E (E lanes per PE along k, each
// with its own group, sharing one wider compressor). A sparse encoder (rtl-templates/sparse-enc)
// looks at digit position p of the g k-elements of its group and issues one nonzero digit per
// cycle (its k-select and position), at least one cycle per position; the controller moves to the
// next group when every encoder has finished (columns and lanes sync).
import { arrayShape, type Design } from '../../ir/index.js';
import { compressTree, digitInfo } from './datapath.js';
import type { Lib } from './lib.js';
import { Net, bit, clog2, connsFor, extend, inp, mod, orAll, outp, slice } from './netlist.js';
import { accumulateTerms } from './bitslice.js';
import { CONTROL, stepController } from './control.js';
import { flagStage, stageCount } from './pe-mac.js';
import { TOP_RESERVED } from './top-os.js';
import type { RtlModule, RtlPort, TbSpec } from './types.js';

/**
 * The sparse encoder of one group. `prefetch`: the group's digits come from registers loaded one
 * group ahead (the `operands` stage: EN-T encoders in a stage of their own), else it encodes the
 * group's A values itself.
 */
function sparseEncoder(d: Design, lib: Lib, name: string, g: number, prefetch: boolean): RtlModule {
  const A = d.types.A;
  const di = digitInfo(A, d);
  const D = di.count;
  const pw = clog2(D);
  const net = new Net(['clk', 'rst', 'run', 'gstart', 'a', 'dig_in', 'nz_in', 'issue', 'ksel', 'dig', 'pos', 'done_now']);
  const ports: RtlPort[] = [
    inp('clk', 1),
    inp('rst', 1),
    inp('run', 1),
    inp('gstart', 1),
    ...(prefetch ? [inp('dig_in', g * 3 * D), inp('nz_in', g * D)] : [inp('a', g * A.bits)]),
    outp('issue', 1),
    outp('ksel', g),
    outp('dig', 3),
    outp('pos', pw),
    outp('done_now', 1),
  ];
  const digs: string[] = [];
  const nzs: string[] = [];
  net.at('digit encoders');
  for (let i = 0; i < g; i++) {
    if (prefetch) {
      digs.push(slice('dig_in', i * 3 * D, 3 * D, g * 3 * D));
      nzs.push(slice('nz_in', i * D, D, g * D));
      continue;
    }
    digs.push(net.wire(`dig${i}`, 3 * D));
    nzs.push(net.wire(`nz${i}`, D));
    net.inst(lib.encoder(A, d.encoders[0].scheme, D), `u_enc${i}`, {
      a: slice('a', i * A.bits, A.bits, g * A.bits),
      dig: digs[i],
      nz: nzs[i],
    });
  }
  net.at('zero-skip issue logic');
  net.wire('cur_p', pw, `gstart ? ${pw}'d0 : p_reg`);
  net.wire('pdec', D, D === 1 ? `1'b1` : `{${Array.from({ length: D }, (_, q) => `cur_p == ${pw}'d${D - 1 - q}`).join(', ')}}`);
  net.wire(
    'mask',
    g,
    g === 1
      ? `|(${nzs[0]} & pdec)`
      : `{${nzs
          .map((nz) => `|(${nz} & pdec)`)
          .reverse()
          .join(', ')}}`,
  );
  const dsel = digs.map((dg, i) =>
    net.wire(`dsel${i}`, 3, orAll(Array.from({ length: D }, (_, q) => `({3{${bit('pdec', q, D)}}} & ${slice(dg, 3 * q, 3, 3 * D)})`))),
  );
  net.wire('fresh', 1, 'gstart | fresh_reg');
  net.wire('finished', 1, '~gstart & fin_reg');
  net.wire('cur_rem', g, 'fresh ? mask : rem_reg');
  net.wire('low', g, `cur_rem & (~cur_rem + ${g}'d1)`);
  net.wire('nrem', g, 'cur_rem & ~low');
  net.wire('pos_done', 1, `nrem == ${g}'d0`);
  net.wire('last_pos', 1, `cur_p == ${pw}'d${D - 1}`);
  net.wire('active', 1, 'run & ~finished');
  net.assign('issue', `active & (|cur_rem)`);
  net.assign('ksel', `low & {${g}{active}}`);
  net.assign('dig', orAll(dsel.map((x, i) => `({3{${bit('low', i, g)}}} & ${x})`)));
  net.assign('pos', 'cur_p');
  net.assign('done_now', 'finished | (pos_done & last_pos)');
  net.at({ name: 'zero-skip state', role: 'control' });
  net.reg('p_reg', pw, `pos_done ? cur_p + ${pw}'d1 : cur_p`, { en: 'active', init: `${pw}'d0` });
  net.reg('rem_reg', g, 'nrem', { en: 'active & ~pos_done', init: `${g}'d0` });
  net.reg('fresh_reg', 1, 'pos_done', { en: 'active', init: "1'b1" });
  net.reg('fin_reg', 1, 'done_now', { en: 'run', init: "1'b1" });
  return mod(
    name,
    'sparse-enc',
    `sparse (zero-skip) encoder: ${d.encoders[0].scheme} digits of ${g} k-elements${prefetch ? ' (registered a group ahead)' : ''}, one nonzero digit per cycle per position`,
    ports,
    net,
    { g, digits: D },
  );
}

/**
 * EN-T (or any) encoders of g k-elements whose digits are registered a group ahead (`operands`
 * stage): loaded when the controller moves to the next group (`dload`), so the sparse encoder
 * works from registers. Returns the digit and nonzero-flag buses for its `dig_in` / `nz_in`.
 */
function digitRegisters(net: Net, lib: Lib, d: Design, p: string, a: string, g: number): { dig: string; nz: string } {
  const A = d.types.A;
  const D = digitInfo(A, d).count;
  const dq: string[] = [],
    nq: string[] = [];
  for (let i = 0; i < g; i++) {
    const dig = net.wire(`${p}dig${i}`, 3 * D);
    const nz = net.wire(`${p}nz${i}`, D);
    net.in({ ...net.block, name: 'digit encoders' }, () =>
      net.inst(lib.encoder(A, d.encoders[0].scheme, D), `${p}u_enc${i}`, { a: slice(a, i * A.bits, A.bits, g * A.bits), dig, nz }),
    );
    net.in({ ...net.block, name: 'digit registers', role: 'pipeline' }, () => {
      dq.unshift(net.reg(`${p}dq${i}`, 3 * D, dig, { en: 'dload' }));
      nq.unshift(net.reg(`${p}nq${i}`, D, nz, { en: 'dload' }));
    });
  }
  const cat = (xs: string[]) => (xs.length === 1 ? xs[0] : `{${xs.join(', ')}}`);
  return { dig: cat(dq), nz: cat(nq) };
}

export function buildSparse(d: Design, lib: Lib, p: string): { modules: RtlModule[]; top: string; tb: TbSpec } {
  const { rows: R, cols: C } = arrayShape(d);
  const W = d.types.acc.bits;
  const { A, B } = d.types;
  const di = digitInfo(A, d);
  const D = di.count;
  const pw = clog2(D);
  const g = d.sparse!.groupSize;
  const E = d.peGroup && d.peGroup > 1 ? d.peGroup : 1;
  const inPe = d.encoders[0].placement === 'pe';
  // Pipeline stages of the zero-skip designs: `operands` registers A's digits a group ahead (the
  // encoders in a stage of their own), `partial-products` registers the issued term in the PE
  // (its selected B, magnitude and position one-hot, sign: the PE's per-cycle path is then that
  // select and one 3:2 row), any other stage registers the term before the accumulator.
  const prefetch = stageCount(d, 'operands') > 0;
  const issueReg = stageCount(d, 'partial-products') > 0;
  const nTerm = d.pipeline.length - (prefetch ? 1 : 0) - (issueReg ? 1 : 0);
  const encName = `${p}_sparse_enc`;
  const enc = sparseEncoder(d, lib, encName, g, prefetch);
  const peName = `${p}_pe`;
  const pn = new Net([
    'clk',
    'rst',
    'vld',
    'first',
    'b',
    'res_out',
    'run',
    'gstart',
    'dload',
    'a',
    'done_now',
    'issue',
    'ksel',
    'dig',
    'pos',
  ]);
  const pports: RtlPort[] = [inp('clk', 1), inp('rst', 1), ...(issueReg ? [] : [inp('vld', 1)]), inp('first', 1), inp('b', E * g * B.bits)];
  if (inPe)
    pports.push(inp('run', 1), inp('gstart', 1), ...(prefetch ? [inp('dload', 1)] : []), inp('a', E * g * A.bits), outp('done_now', E));
  else pports.push(inp('issue', E), inp('ksel', E * g), inp('dig', 3 * E), inp('pos', E * pw));
  pports.push(outp('res_out', W));
  const sw = clog2(D * di.shift + 1) + 1;
  const terms: { vec: string; corr: string }[] = [];
  const issued: { vec: string; neg: string }[] = [];
  for (let e = 0; e < E; e++) {
    let issue: string, ksel: string, dig: string, pos: string;
    if (inPe) {
      [issue, ksel, dig, pos] = [pn.wire(`l${e}_issue`, 1), pn.wire(`l${e}_ksel`, g), pn.wire(`l${e}_dig`, 3), pn.wire(`l${e}_pos`, pw)];
      const dn = pn.wire(`l${e}_done`, 1);
      const aLane = slice('a', e * g * A.bits, g * A.bits, E * g * A.bits);
      const src = prefetch
        ? (() => {
            const r = digitRegisters(pn, lib, d, `l${e}_`, aLane, g);
            return { dig_in: r.dig, nz_in: r.nz };
          })()
        : { a: aLane };
      pn.in('zero-skip encoders', () =>
        pn.inst(encName, `u_senc${e}`, {
          clk: 'clk',
          rst: 'rst',
          run: 'run',
          gstart: 'gstart',
          ...src,
          issue,
          ksel,
          dig,
          pos,
          done_now: dn,
        }),
      );
      pn.assign(E === 1 ? 'done_now' : `done_now[${e}]`, dn);
    } else {
      issue = E === 1 ? 'issue' : `issue[${e}]`;
      ksel = slice('ksel', e * g, g, E * g);
      dig = pn.wire(`l${e}_dig`, 3, slice('dig', 3 * e, 3, 3 * E));
      pos = slice('pos', e * pw, pw, E * pw);
    }
    const bl = (i: number) => slice('b', (e * g + i) * B.bits, B.bits, E * g * B.bits);
    pn.at('B element select');
    const bsel = pn.wire(
      `l${e}_bsel`,
      B.bits,
      orAll(Array.from({ length: g }, (_, i) => `({${B.bits}{${g === 1 ? ksel : bit(ksel, i)}}} & ${bl(i)})`)),
    );
    if (issueReg) {
      // The issued term, registered: the selected B, a one-hot over (magnitude, position), the sign.
      const sel: string[] = [];
      for (const m of [0, 1])
        for (let q = 0; q < D; q++)
          sel.push(`${issue} & ${dig}[${m}]${m === 0 ? ` & ~${dig}[1]` : ''}${D === 1 ? '' : ` & (${pos} == ${pw}'d${q})`}`);
      pn.at('issue one-hot select');
      const selc = pn.wire(`l${e}_selc`, 2 * D, sel.length === 1 ? sel[0] : `{${[...sel].reverse().join(', ')}}`);
      const [bq, selq, negq] = pn.in({ name: 'issued term register (B, select, sign)', role: 'pipeline' }, () => [
        pn.reg(`l${e}_bq`, B.bits, bsel),
        pn.reg(`l${e}_selq`, 2 * D, selc),
        pn.reg(`l${e}_negq`, 1, `${issue} & ${dig}[2]`),
      ]);
      pn.at('term select');
      const bx = pn.wire(`l${e}_bx`, W, extend(bq, B.bits, W, B.signed));
      const cands: string[] = [];
      for (const m of [0, 1])
        for (let q = 0; q < D; q++) {
          const sh = m + di.shift * q;
          if (sh >= W) continue;
          cands.push(`({${W}{${bit(selq, m * D + q, 2 * D)}}} & ${sh ? `{${bx}[${W - 1 - sh}:0], ${sh}'b0}` : bx})`);
        }
      const vec = pn.wire(`l${e}_term`, W, `${orAll(cands)} ^ {${W}{${negq}}}`);
      pn.at(undefined);
      issued.push({ vec, neg: negq });
      continue;
    }
    const bx = pn.wire(`l${e}_bx`, W, extend(bsel, B.bits, W, B.signed));
    pn.at('magnitude select');
    const mag = pn.wire(`l${e}_mag`, W, `${dig}[1] ? {${bx}[${W - 2}:0], 1'b0} : (${dig}[0] ? ${bx} : ${W}'d0)`);
    const sh = pn.wire(`l${e}_sh`, sw, `${extend(pos, pw, sw, false)} * ${sw}'d${di.shift}`);
    pn.at('term sign');
    const neg = pn.wire(`l${e}_neg`, 1, `${issue} & ${dig}[2]`);
    pn.at('weight shift + sign');
    const vec = pn.wire(`l${e}_term`, W, `(${mag} << ${sh}) ^ {${W}{${neg}}}`);
    // ~(x << sh) = -(x << sh) - 1: the +1 sits at bit 0.
    const corr = pn.wire(`l${e}_corr`, W, `{${W - 1}'d0, ${neg}}`);
    pn.at(undefined);
    terms.push({ vec, corr });
  }
  if (issueReg) accumulateIssued(pn, lib, d, issued, 'first', nTerm);
  else accumulateTerms(pn, lib, d, terms, 'vld', 'first', nTerm);
  const what = inPe
    ? 'sparse encoder in the PE (OPT3)'
    : E > 1
      ? `${E} lanes sharing one compressor (OPT4E)`
      : 'digits from the shared column encoder (OPT4C)';
  const stagesWhat = `${prefetch ? ', digits registered a group ahead' : ''}${issueReg ? ', issued term registered (per cycle: select + 3:2)' : ''}`;
  const pe = mod(peName, 'pe-sparse', `zero-skip PE: ${what}${stagesWhat}, carry-save accumulator`, pports, pn);
  // Top.
  const net = new Net(TOP_RESERVED);
  // Controller: group counter; gstart marks a group's first cycle. With the prefetch, A's digits
  // are encoded and registered a group ahead: the cycle after start fetches group 0 (pre), and
  // while group g runs the array requests group g + 1, loaded when every encoder is done (dload).
  stepController(net, { stepEnd: 'all_done', first: 'gstart', vld: !issueReg, ...(prefetch ? { prefetch: 'A' as const } : {}) });
  net.in(CONTROL, () =>
    prefetch
      ? net.reg('gstart', 1, '~start & (pre | all_done)', { en: 'start | pre | run', init: "1'b0" })
      : net.reg('gstart', 1, 'start | all_done', { en: 'start | run', init: "1'b0" }),
  );
  const dones: string[] = [];
  const colSig: Record<string, string>[] = [];
  for (let m = 0; m < C; m++) {
    const aCol = slice('a_in', m * E * g * A.bits, E * g * A.bits, C * E * g * A.bits);
    if (inPe) {
      colSig.push({ run: 'run', gstart: 'gstart', dload: 'dload', a: aCol });
      continue;
    }
    const is: string[] = [],
      ks: string[] = [],
      dg: string[] = [],
      ps: string[] = [];
    for (let e = 0; e < E; e++) {
      const t = `c${m}_l${e}_`;
      is.unshift(net.wire(`${t}issue`, 1));
      ks.unshift(net.wire(`${t}ksel`, g));
      dg.unshift(net.wire(`${t}dig`, 3));
      ps.unshift(net.wire(`${t}pos`, pw));
      const dn = net.wire(`${t}done`, 1);
      dones.push(dn);
      const aLane = slice(aCol, e * g * A.bits, g * A.bits, E * g * A.bits);
      const edge = { name: 'zero-skip encoders', scope: 'column-edge' } as const;
      const src = prefetch
        ? net.in(edge, () => {
            const r = digitRegisters(net, lib, d, t, aLane, g);
            return { dig_in: r.dig, nz_in: r.nz };
          })
        : { a: aLane };
      net.in(edge, () =>
        net.inst(encName, `u_senc${m}_${e}`, {
          clk: 'clk',
          rst: 'rst',
          run: 'run',
          gstart: 'gstart',
          ...src,
          issue: is[0],
          ksel: ks[0],
          dig: dg[0],
          pos: ps[0],
          done_now: dn,
        }),
      );
    }
    const cat = (xs: string[]) => (xs.length === 1 ? xs[0] : `{${xs.join(', ')}}`);
    colSig.push({ issue: cat(is), ksel: cat(ks), dig: cat(dg), pos: cat(ps) });
  }
  const outs: string[] = [];
  for (let n = 0; n < R; n++) {
    for (let m = 0; m < C; m++) {
      const o = net.wire(`o${n}_${m}`, W);
      outs.push(o);
      const conns: Record<string, string> = {
        clk: 'clk',
        rst: 'rst',
        vld: 'f_vld',
        first: 'f_first',
        b: slice('b_in', n * E * g * B.bits, E * g * B.bits, R * E * g * B.bits),
        res_out: o,
        ...colSig[m],
      };
      if (inPe) {
        const dn = net.wire(
          `dn${n}_${m}`,
          E,
          undefined,
          n === 0 ? undefined : 'the PEs of a column encode alike; the first row reports for it',
        );
        if (n === 0) for (let e = 0; e < E; e++) dones.push(E === 1 ? dn : `${dn}[${e}]`);
        conns.done_now = dn;
      }
      net.inst(peName, `pe${n}_${m}`, connsFor(pe, conns));
    }
  }
  net.in(CONTROL, () => net.wire('all_done', 1, dones.join(' & ')));
  // The last issue is followed by the term stages, the accumulator and the drain CPA's result
  // register (the prefetch stage comes before the first issue).
  const [done] = flagStage(net, 'dl_', ['f_last'], nTerm + (issueReg ? 1 : 0) + 2, 'result-valid delay line');
  net.assign('out_vld', `{${R * C}{${done}}}`);
  net.assign('out_data', `{${[...outs].reverse().join(', ')}}`);
  const ports = [
    inp('clk', 1),
    inp('rst', 1),
    inp('start', 1),
    inp('cfg_k', 32),
    outp('a_rd', 1),
    outp('a_idx', 32),
    inp('a_in', C * E * g * A.bits),
    outp('b_rd', 1),
    outp('b_idx', 32),
    inp('b_in', R * E * g * B.bits),
    outp('out_vld', R * C),
    outp('out_data', R * C * W),
  ];
  const top = mod(
    p,
    'top-sparse',
    `zero-skip bit-slice ${R} (n) x ${C} (m) array top, groups of ${g}${E > 1 ? `, ${E} lanes` : ''}`,
    ports,
    net,
    { rows: R, cols: C, g, lanes: E, where: inPe ? 'in every PE' : 'at the column edge', prefetch, vld: !issueReg },
  );
  const per = E * g;
  const tb: TbSpec = {
    aBits: A.bits,
    bBits: B.bits,
    accBits: W,
    accSigned: d.types.acc.signed,
    aLanes: Array.from({ length: C * per }, (_, i) => ({ off: Math.floor(i / per), kOff: i % per, mul: 0, kMul: per })),
    bLanes: Array.from({ length: R * per }, (_, i) => ({ off: Math.floor(i / per), kOff: i % per, mul: 0, kMul: per })),
    outLanes: Array.from({ length: R * C }, (_, l) => ({ mOff: l % C, nOff: Math.floor(l / C), mEv: 0, nEv: 0 })),
    eventsPerLane: 1,
    tileM: C,
    tileN: R,
    tileK: 0,
    kPerIdx: per,
    order: ['m', 'n', 'k'],
  };
  return { modules: [enc, pe, top], top: p, tb };
}

/**
 * The accumulator of the registered-term PE: each cycle one 3:2 row adds the term to the
 * carry-save pair; the term's negation +1 takes the carry word's free bit 0 (further lanes' signs
 * a word each). No enable: an idle cycle adds zero, which keeps the pair's sum.
 */
function accumulateIssued(net: Net, lib: Lib, d: Design, terms: { vec: string; neg: string }[], first: string, stages: number): void {
  const W = d.types.acc.bits;
  let cur = terms.flatMap((t) => [t.vec, t.neg]);
  const widths = terms.flatMap(() => [W, 1]);
  net.in({ name: 'pipeline (terms)', role: 'pipeline' }, () => {
    for (let s = 0; s < stages; s++) cur = cur.map((x, i) => net.reg(`tq${s}_${i}`, widths[i], x));
  });
  [first] = flagStage(net, 'tq_', [first], 1 + stages);
  net.at('accumulator restart');
  const xs = net.wire('acc_xs', W, `${first} ? ${W}'d0 : acc_s`);
  // acc_c[0] is always 0 (a 3:2 row's carry word starts at bit 1): the sign's +1 takes its place.
  const xc = net.wire('acc_xc', W, `(${first} ? ${W}'d0 : acc_c) | {${W - 1}'d0, ${cur[1]}}`);
  net.at('term + accumulator tree');
  const vecs = [cur[0], xs, xc];
  for (let e = 1; e < terms.length; e++) vecs.push(cur[2 * e], net.wire(`acc_n${e}`, W, `{${W - 1}'d0, ${cur[2 * e + 1]}}`));
  const t = compressTree(net, lib, 'acc_', vecs, W);
  net.in({ name: 'accumulator (sum)', role: 'accumulator-sum' }, () => net.reg('acc_s', W, t.s));
  net.in({ name: 'accumulator (carry)', role: 'accumulator-carry' }, () => net.reg('acc_c', W, t.c));
  net.at({ name: 'drain CPA', cpa: 'drain' });
  const sum = net.wire('drain_sum', W);
  net.inst(lib.cpa(W), 'u_drain_cpa', { x: 'acc_s', y: 'acc_c', s: sum });
  net.in({ name: 'result register', role: 'result' }, () => net.reg('res', W, sum));
  net.at(undefined);
  net.assign('res_out', 'res');
}
