// The timing stages of the Laconic-class engine (rtl/model/laconic.ts): the edge's term picks and
// the lanes' exponent adders, the histogram (cut where the pipeline says) and its combine into the
// carry-save accumulator, the drain CPA, the operand prefetch and the lane controllers. Its
// components are read from the model (rtl-reading.ts).
import { lanesPerPe } from '../../ir/index.js';
import { faDepth } from '../../rtl/model/adder-tree.js';
import { laconicBins } from '../../rtl/model/laconic.js';
import { stageCount } from '../../rtl/model/pe-mac.js';
import { clog2, encoderComponent, treePath } from '../blocks.js';
import type { PathElement } from '../types.js';
import { controller, type Ctx } from './context.js';

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
  const iw = clog2(D + 1) + 1;
  controller(c);
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
    ew <= SMALL_CPA
      ? { kind: 'component', component: 'fa', times: ew - 1, what: `${ew}-bit exponent adder (ripple)` }
      : { kind: 'cpa', width: ew, what: 'exponent adder' },
  ];
  const decode: PathElement[] = [{ kind: 'component', component: 'and2', times: 2 + 1, what: 'exponent decoder and sign split' }];
  let Lg = 0;
  while (1 << Lg < L) Lg++;
  const cuts = Array.from({ length: nRed }, (_, i) => Math.round(((i + 1) * Lg) / nRed));
  const segs: PathElement[][] = [];
  let cur: PathElement[] = [...pick];
  for (let s = 0; s < P - nRed; s++) {
    segs.push(cur);
    cur = [];
  }
  cur.push(...decode);
  let prev = 0,
    covered = 1;
  const group = (n: number) => {
    covered *= n;
    const w = Math.floor(Math.log2(2 * covered)) + 1;
    cur.push(
      ...treePath(faDepth(n), `sum of ${n} lane counts per bin`),
      w <= SMALL_CPA
        ? { kind: 'component', component: 'fa', times: w - 1, what: `${w}-bit count (ripple)` }
        : { kind: 'cpa', width: w, what: 'count CPA' },
    );
  };
  for (const ct of cuts) {
    if (ct > prev) group(2 ** (ct - prev));
    segs.push(cur);
    cur = [];
    prev = ct;
  }
  if (prev < Lg) group(2 ** (Lg - prev));
  cur.push(...treePath(faDepth(Math.min(cw, E) + 3), 'counts at their exponents + accumulator'));
  segs.push(cur);
  const names = segs.map((_, i) =>
    i === segs.length - 1 ? 'histogram combine + accumulate' : i === 0 ? 'term pick + exponent add' : `histogram stage ${i}`,
  );
  segs.forEach((p, i) => {
    if (p.length) c.stages.push({ name: names[i], path: p });
  });
  c.stages.push({ name: 'drain CPA', path: [{ kind: 'cpa', width: W, what: 'drain CPA' }] });
  if (prefetch)
    c.stages.push({
      name: 'operand prefetch',
      path: [
        { kind: 'component', component: enc, times: 1, what: 'digit encoder' },
        { kind: 'component', component: 'fa', times: clog2(D), what: 'popcount of nonzero digits' },
        ...(clog2(Math.max(R, C)) > 0
          ? [
              {
                kind: 'component' as const,
                component: 'nand2' as const,
                times: clog2(Math.max(R, C)) * (1 + clog2(iw)),
                what: 'maximum compares',
              },
              { kind: 'component' as const, component: 'mux2' as const, times: clog2(Math.max(R, C)), what: 'maximum tree' },
            ]
          : []),
        { kind: 'component', component: 'mux2', times: 1, what: 'load select' },
      ],
    });
  const chain = clog2(Math.max(R, C));
  c.stages.push({
    name: 'lane controller',
    path: [
      ...(prefetch
        ? []
        : [
            { kind: 'component' as const, component: enc, times: 1, what: 'digit encoder' },
            { kind: 'component' as const, component: 'fa' as const, times: clog2(D), what: 'popcount of nonzero digits' },
          ]),
      ...(!prefetch && chain > 0
        ? [
            { kind: 'component' as const, component: 'nand2' as const, times: chain * (1 + clog2(iw)), what: 'maximum compares' },
            { kind: 'component' as const, component: 'mux2' as const, times: chain, what: `maximum tree (${chain} levels)` },
          ]
        : []),
      { kind: 'component', component: 'nand2', times: 2 + clog2(iw), what: 'end compare (ci + 1 >= max, max == 0)' },
      { kind: 'component', component: 'and2', times: 1 + clog2(L), what: `all ${L} lanes done` },
      { kind: 'fanout', loads: 2 * 32 + L * (2 * iw + 1), what: 'step end to the counters' },
      { kind: 'component', component: 'mux2', times: 1, what: 'counter update select' },
    ],
  });
}
