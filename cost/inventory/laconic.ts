// The Laconic-class engine as rtl/model/laconic.ts builds it. The PE's adders (the lanes'
// exponent CPAs, the histogram's population-count trees and CPAs, the combine tree into the
// carry-save accumulator, the drain CPA) and its flip-flops are read from the RTL model
// (rtl-reading.ts); what the model writes as expressions is counted here: per lane the one-hot
// exponent decoder and its sign split, the accumulator's restart gates; at the edge the operand
// encoders and digit picks (one per line and lane: A along a column, B along a row) and the lane
// controllers.
import { lanesPerPe } from '../../ir/index.js';
import { faDepth } from '../../rtl/model/adder-tree.js';
import { laconicBins } from '../../rtl/model/laconic.js';
import { clog2, cpaItem, encoderComponent, readAdderItems, regItem, treePath } from '../blocks.js';
import type { PathElement } from '../types.js';
import { controller, stageCount, type Ctx } from './context.js';

/** CPAs up to this width are built as ripples of full adders. */
const SMALL_CPA = 4;

export function laconic(c: Ctx): void {
  const { des, o, R, C } = c;
  const W = o.wacc;
  const L = lanesPerPe(des);
  const D = o.d;
  const { ew, bins: E } = laconicBins(des);
  const enc = encoderComponent(o.scheme) ?? 'booth_enc';
  const prefetch = stageCount(des, 'operands') > 0;
  const P = des.pipeline.length - (prefetch ? 1 : 0);
  const nRed = stageCount(des, 'reduction');
  controller(c);
  // The PE, read from the model.
  const pe = c.rtl.pe;
  c.items.push(...readAdderItems('histogram + combine trees', pe, c.pes, 'pe', `${L} lanes x ${E} bins, counts packed into words, 3:2/4:2 rows into the sum/carry accumulator`));
  // The model's CPA instances by width: the few-bit ones (the lanes' exponent adders, the bins'
  // counts) are ripples of full adders in synthesis, not prefix adders.
  const peMod = c.rtl.model.modules.find((m) => m.name === `${c.rtl.model.top}_pe`)!;
  let small = 0, wide = 0;
  for (const i of peMod.net.insts) {
    const w = /_cpa_w(\d+)$/.exec(i.module);
    if (w) { if (Number(w[1]) <= SMALL_CPA) small += Number(w[1]); else wide += Number(w[1]); }
  }
  if (small + wide !== pe.cpaBits) c.notes.push(`laconic: CPA bits by instance (${small + wide}) differ from the reading (${pe.cpaBits})`);
  c.items.push({ block: 'PE small adders', component: 'fa', perUnit: small, units: c.pes, scope: 'pe', note: `${L} exponent adders (${ew} bits) and the bins' counts: ripples of at most ${SMALL_CPA} bits` });
  c.items.push(cpaItem('PE CPAs', wide, c.pes, 'pe', 'the bins\' wider counts and the drain CPA'));
  c.items.push(regItem('PE registers', pe.flops, c.pes, 'pe', 'accumulator', 'lane terms and histogram counts at the pipeline stages, sum/carry accumulator, result'));
  const dec = E + 2 * Math.ceil(Math.sqrt(E));
  c.items.push({ block: 'exponent decoders', component: 'and2', perUnit: L * dec, units: c.pes, scope: 'pe', note: `one-hot of ${E} bins per lane (two-level predecode)` });
  c.items.push({ block: 'sign split', component: 'and2', perUnit: L * E, units: c.pes, scope: 'pe', note: 'positive products per bin' });
  c.items.push({ block: 'sign split', component: 'inv', perUnit: L * E, units: c.pes, scope: 'pe', note: 'lanes without a product per bin' });
  c.items.push({ block: 'lane valid + sign', component: 'and2', perUnit: 2 * L, units: c.pes, scope: 'pe' });
  c.items.push({ block: 'lane valid + sign', component: 'xor2', perUnit: L, units: c.pes, scope: 'pe' });
  c.items.push({ block: 'accumulator restart', component: 'and2', perUnit: 2 * W, units: c.pes, scope: 'pe', note: 'drop the fed-back sum/carry at a tile\'s first step' });
  // The edge: per line and lane an encoder, the popcount for the controller, the digit pick.
  const iw = clog2(D + 1) + 1;
  const lines = (R + C) * L;
  const sig = (i: number) => (i === 0 ? 0 : clog2(i + 1));
  let pha = 0, pxor = 0, pand = 0;
  for (let i = 0; i < D; i++) { if (i >= 2) pha += sig(i); pxor += sig(i); pand += sig(i) + 1; }
  const pw = clog2(D);
  const selGates = iw + (D - 1) + pw * (D - 1) + 3 * D + 3 * (D - 1);
  c.items.push({ block: 'edge encoders', component: enc, perUnit: D, units: lines, scope: 'array', note: `${C} columns (A) + ${R} rows (B), ${L} lanes each` });
  c.items.push({ block: 'edge digit popcounts', component: 'fa', perUnit: Math.max(0, D - 1), units: lines, scope: 'array' });
  c.items.push({ block: 'edge term pick', component: 'ha', perUnit: pha, units: lines, scope: 'array', note: 'prefix counts of nonzero digits' });
  c.items.push({ block: 'edge term pick', component: 'xor2', perUnit: pxor, units: lines, scope: 'array', note: 'compare each prefix count with ci / cj' });
  c.items.push({ block: 'edge term pick', component: 'nor2', perUnit: pand + selGates, units: lines, scope: 'array', note: 'match AND trees, hit, position and digit select' });
  // Lane controllers: maxima of the counts over the columns / rows, ci / cj / done and compares.
  c.items.push({ block: 'lane controllers', component: 'ha', perUnit: (R + C - 2) * iw + 4 * iw, units: L, scope: 'array', note: 'maximum compares; ci / cj increments and end compares' });
  c.items.push({ block: 'lane controllers', component: 'mux2', perUnit: (R + C - 2) * iw + 2 * iw, units: L, scope: 'array', note: 'maximum selects; ci / cj updates' });
  c.items.push(regItem('lane controllers', 2 * iw + 1, L, 'array', 'pipeline', 'ci, cj, done'));
  c.items.push(regItem('result-valid delay line', P + 2 + 1, 1, 'array', 'pipeline', 'and the step-first flag'));
  if (prefetch) {
    c.items.push(regItem('edge digit registers', 4 * D, lines, 'array', 'pipeline', 'the next step\'s digits and nonzero flags'));
    c.items.push(regItem('lane maxima registers', 2 * iw, L, 'array', 'pipeline', 'the next step\'s largest term counts'));
    c.items.push({ block: 'prefetch load selects', component: 'mux2', perUnit: 4 * D * lines + 2 * iw * L, units: 1, scope: 'array' });
    c.items.push(regItem('controller', 1, 1, 'array', 'pipeline', 'prefetch flag'));
  }
  // Timing. The pick: encoder, prefix count, compare, digit select, the term's fan-out to the
  // line's PEs and the exponent adder; then the histogram (decoder, population counts of 2L
  // bits per bin, count CPAs) and the combine into the accumulator, cut where the pipeline says.
  const cw = Math.floor(Math.log2(2 * L)) + 1;
  const pick: PathElement[] = [
    ...(prefetch ? [] : [{ kind: 'component' as const, component: enc, times: 1, what: 'digit encoder' }]),
    { kind: 'component', component: 'ha', times: Math.max(0, D - 1), what: 'prefix count of nonzero digits' },
    { kind: 'component', component: 'xor2', times: 1, what: 'compare with ci / cj' },
    { kind: 'component', component: 'nor2', times: clog2(iw) + clog2(D), what: 'match and digit select' },
    { kind: 'fanout', loads: Math.max(R, C) * 2, what: 'term to the PEs of the line' },
    ew <= SMALL_CPA ? { kind: 'component', component: 'fa', times: ew - 1, what: `${ew}-bit exponent adder (ripple)` } : { kind: 'cpa', width: ew, what: 'exponent adder' },
  ];
  const decode: PathElement[] = [{ kind: 'component', component: 'and2', times: 2 + 1, what: 'exponent decoder and sign split' }];
  let Lg = 0;
  while ((1 << Lg) < L) Lg++;
  const cuts = Array.from({ length: nRed }, (_, i) => Math.round(((i + 1) * Lg) / nRed));
  const segs: PathElement[][] = [];
  let cur: PathElement[] = [...pick];
  for (let s = 0; s < P - nRed; s++) { segs.push(cur); cur = []; }
  cur.push(...decode);
  let prev = 0, covered = 1;
  const group = (n: number) => {
    covered *= n;
    const w = Math.floor(Math.log2(2 * covered)) + 1;
    cur.push(...treePath(faDepth(n), `sum of ${n} lane counts per bin`),
      w <= SMALL_CPA ? { kind: 'component', component: 'fa', times: w - 1, what: `${w}-bit count (ripple)` } : { kind: 'cpa', width: w, what: 'count CPA' });
  };
  for (const ct of cuts) {
    if (ct > prev) group(2 ** (ct - prev));
    segs.push(cur); cur = [];
    prev = ct;
  }
  if (prev < Lg) group(2 ** (Lg - prev));
  cur.push(...treePath(faDepth(Math.min(cw, E) + 3), 'counts at their exponents + accumulator'));
  segs.push(cur);
  const names = segs.map((_, i) => (i === segs.length - 1 ? 'histogram combine + accumulate' : i === 0 ? 'term pick + exponent add' : `histogram stage ${i}`));
  segs.forEach((p, i) => { if (p.length) c.stages.push({ name: names[i], path: p }); });
  c.stages.push({ name: 'drain CPA', path: [{ kind: 'cpa', width: W, what: 'drain CPA' }] });
  if (prefetch) c.stages.push({ name: 'operand prefetch', path: [
    { kind: 'component', component: enc, times: 1, what: 'digit encoder' },
    { kind: 'component', component: 'fa', times: clog2(D), what: 'popcount of nonzero digits' },
    ...(clog2(Math.max(R, C)) > 0 ? [{ kind: 'component' as const, component: 'nand2' as const, times: clog2(Math.max(R, C)) * (1 + clog2(iw)), what: 'maximum compares' },
      { kind: 'component' as const, component: 'mux2' as const, times: clog2(Math.max(R, C)), what: 'maximum tree' }] : []),
    { kind: 'component', component: 'mux2', times: 1, what: 'load select' },
  ] });
  const chain = clog2(Math.max(R, C));
  c.stages.push({
    name: 'lane controller', path: [
      ...(prefetch ? [] : [{ kind: 'component' as const, component: enc, times: 1, what: 'digit encoder' },
        { kind: 'component' as const, component: 'fa' as const, times: clog2(D), what: 'popcount of nonzero digits' }]),
      ...(!prefetch && chain > 0 ? [{ kind: 'component' as const, component: 'nand2' as const, times: chain * (1 + clog2(iw)), what: 'maximum compares' },
        { kind: 'component' as const, component: 'mux2' as const, times: chain, what: `maximum tree (${chain} levels)` }] : []),
      { kind: 'component', component: 'nand2', times: 2 + clog2(iw), what: 'end compare (ci + 1 >= max, max == 0)' },
      { kind: 'component', component: 'and2', times: 1 + clog2(L), what: `all ${L} lanes done` },
      { kind: 'fanout', loads: 2 * 32 + L * (2 * iw + 1), what: 'step end to the counters' },
      { kind: 'component', component: 'mux2', times: 1, what: 'counter update select' },
    ],
  });
}
