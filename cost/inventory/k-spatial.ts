// systolic-ws (partial sums chained down k) and adder-tree (a tree over k per column). The RTL
// for these is not emitted yet: the structure follows DESIGN.md with the same building blocks
// (word-level trees, CPAs, enable registers) as the calibrated OS family.
import { adderItems, clog2, cpaItem, encoderComponent, productVecs, regItem, selectorComponent, selectPath, treeOf, treePath } from '../blocks.js';
import type { PathElement } from '../types.js';
import { freshVec, signExtend, type Vec } from '../word-tree.js';
import { controller, flagRegisters, stageCount, type Ctx } from './context.js';
import { staged } from './os-family.js';

export function kSpatial(c: Ctx): void {
  const { des, o, R, C } = c;
  const W = o.wacc;
  const chain = des.architecture === 'systolic-ws';
  const red = des.reduction;
  const atEdge = (des.encoders[0]?.placement ?? 'pe') !== 'pe';
  const enc = encoderComponent(o.scheme);
  controller(c);
  c.items.push(regItem('B weight registers', o.wb, c.pes, 'pe', 'weight', 'stationary'));
  if (chain) {
    c.items.push(regItem('A systolic registers', o.wa, c.pes, 'pe', 'operand', 'A moves along n'));
    c.items.push(regItem('A skew registers', o.wa, (R * (R - 1)) / 2, 'row-edge', 'skew'));
    c.items.push(regItem('output de-skew registers', W, (C * (C - 1)) / 2, 'column-edge', 'skew'));
  } else {
    c.items.push(regItem('A edge registers', o.wa, R, 'row-edge', 'operand', 'broadcast along n'));
  }
  if (enc) c.items.push({ block: 'digit encoders', component: enc, perUnit: o.d, units: atEdge ? R : c.pes, scope: atEdge ? 'row-edge' : 'pe' });
  const sel = selectorComponent(o.scheme);
  const pool = c.pool;
  const before = { fa: pool.fa, ha: pool.ha };
  const nStages = des.pipeline.length;
  flagRegisters(c, nStages);
  for (const s of des.pipeline) c.items.push(regItem(`pipeline (${s})`, s === 'operands' ? o.wa + o.wb : s === 'tree' ? 2 * W : (o.d + 1) * W, c.pes, 'pe', 'pipeline'));
  const front = selectPath(o, !atEdge);
  if (red.k !== 'carry-save') {
    const TW = Math.min(o.wp, W);
    const pv = productVecs(pool, o, TW);
    const t = treeOf(pool, pv.vecs);
    c.items.push({ block: 'partial-product selectors', component: sel, perUnit: pv.selectors, units: c.pes, scope: 'pe' });
    c.items.push(...adderItems('product trees', pool, before, c.pes, 'pe', `word tree, ${t.levels} levels`));
    c.items.push(cpaItem('product CPAs', TW, c.pes, 'pe'));
    const back: PathElement[] = [{ kind: 'cpa', width: TW, what: 'product CPA' }];
    if (chain) {
      c.items.push(cpaItem('partial-sum adders', W, c.pes, 'pe'));
      c.items.push(regItem('partial-sum registers', W, c.pes, 'pe', 'partial-sum'));
      back.push({ kind: 'cpa', width: W, what: 'partial-sum adder' });
    } else {
      c.items.push(cpaItem('column adder trees', (R - 1) * W, C, 'column-edge', `${R - 1} x ${W}-bit CPAs per column`));
      c.items.push(regItem('column output registers', W, C, 'column-edge', 'result'));
      for (let l = 0; l < clog2(R); l++) back.push({ kind: 'cpa', width: W, what: `column adder level ${l + 1}` });
    }
    staged(c, front, treePath(t.levels, 'product tree'), back, chain ? 'product + partial sum' : 'products + column adder tree');
    return;
  }
  if (chain) {
    // OPT1/OPT2 on WS: every PE compresses its partial products into the incoming (sum, carry).
    const pv = productVecs(pool, o, W);
    const t = treeOf(pool, [...pv.vecs, freshVec(pool, W), freshVec(pool, W)]);
    c.items.push({ block: 'partial-product selectors', component: sel, perUnit: pv.selectors, units: c.pes, scope: 'pe' });
    c.items.push(...adderItems('PE compressor (products + partial sum)', pool, before, c.pes, 'pe', `word tree, ${t.levels} levels`));
    c.items.push(regItem('partial-sum registers (sum, carry)', 2 * W, c.pes, 'pe', 'partial-sum'));
    c.items.push(cpaItem('column CPA', W, C, 'column-edge'));
    staged(c, front, treePath(t.levels, 'PE compressor'), [], 'compress into partial sum');
    c.stages.push({ name: 'column CPA', path: [{ kind: 'cpa', width: W, what: 'column CPA' }] });
    return;
  }
  // Adder tree OPT1/OPT2: one compressor tree per column over all R products' partial products.
  let levels: number;
  let selectors = 0;
  const colPool = pool;
  const cb = { fa: colPool.fa, ha: colPool.ha };
  if (red.order === 'bitweight-outer') {
    const perJ: Vec[][] = Array.from({ length: o.d }, () => []);
    const corrs: Vec[] = [];
    for (let k = 0; k < R; k++) {
      const pv = productVecs(colPool, o, W);
      selectors += pv.selectors;
      pv.vecs.slice(0, -1).forEach((v, j) => perJ[j].push(v.slice(j * o.shift)));
      corrs.push(pv.vecs[pv.vecs.length - 1]);
    }
    const vecs: Vec[] = [];
    let l1 = 0;
    perJ.forEach((pps, j) => {
      const t = treeOf(colPool, pps);
      l1 = Math.max(l1, t.levels);
      const lift = (v: Vec) => [...new Array<number>(j * o.shift).fill(0), ...v];
      vecs.push(lift(t.s), lift(t.c));
    });
    const t = treeOf(colPool, [...vecs, ...corrs]);
    levels = l1 + t.levels;
  } else {
    const all: Vec[] = [];
    for (let k = 0; k < R; k++) { const pv = productVecs(colPool, o, W); selectors += pv.selectors; all.push(...pv.vecs); }
    levels = treeOf(colPool, all).levels;
  }
  c.items.push({ block: 'partial-product selectors', component: sel, perUnit: selectors, units: C, scope: 'column-edge', note: `${R} products per column` });
  c.items.push(...adderItems('column compressor trees', colPool, cb, C, 'column-edge', `${R * o.d} partial products, ${levels} levels`));
  c.items.push(cpaItem('column CPA', W, C, 'column-edge'));
  c.items.push(regItem('column output registers', W, C, 'column-edge', 'result'));
  staged(c, front, treePath(levels, 'column tree'), [{ kind: 'cpa', width: W, what: 'column CPA' }], 'column tree + CPA');
  void signExtend;
  void stageCount;
}
