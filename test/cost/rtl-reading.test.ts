// The inventory read from the RTL model (cost/inventory/rtl-reading.ts). (1) The reading of
// every output-stationary PE equals an independent simulation of the same word trees
// (cost/word-tree.ts), which is what the inventory counted before it read the model. (2) For
// every example and preset of every architecture, the array-level reading (every PE flattened:
// synthesis's constant and identical-flop merging, narrowed adders, logic shared across PEs)
// against the inventory: where the inventory still counts by hand and disagrees, the
// disagreement is listed in test/cost/golden/rtl-reading.json, so every change shows up here.
// Regenerate the list with TPE_GOLDEN=1 after checking the reason.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventory, productVecs, operands, compressWords, csa3, BitPool } from '../../cost/index.js';
import { designReading, readModule } from '../../cost/inventory/rtl-reading.js';
import { loadDesign } from '../../dsl/index.js';
import { ARCHITECTURES, VARIANTS, presetDesign, type Design, type PipelineStage, type PresetOptions } from '../../ir/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLDEN = join(import.meta.dirname, 'golden', 'rtl-reading.json');
const PIPE: PipelineStage[] = ['operands', 'partial-products', 'tree'];
const SHAPES: [string, PresetOptions][] = [
  ['', {}], ['3x2-pipe', { rows: 3, cols: 2, depth: 3, pipeline: PIPE }], ['u8xi4', { A: { signed: false, bits: 8 }, B: { signed: true, bits: 4 }, acc: { signed: true, bits: 20 } }],
  ['binary', { encoding: 'binary' }], ['1x1', { rows: 1, cols: 1, depth: 2 }],
];

function designs(): [string, Design][] {
  const out: [string, Design][] = [];
  for (const f of readdirSync(join(ROOT, 'examples')).filter((x) => x.endsWith('.tpe')).sort()) out.push([`examples/${f}`, loadDesign(join(ROOT, 'examples', f)).value!]);
  for (const a of ARCHITECTURES) for (const v of VARIANTS[a]) for (const [tag, o] of SHAPES) out.push([`${a} ${v}${tag ? ` ${tag}` : ''}`, presetDesign(a, v, o)]);
  return out;
}

describe('the PE read from the RTL model', () => {
  it('equals the word-tree simulation of the same schedule (output-stationary PEs)', () => {
    let n = 0;
    for (const [name, d] of designs()) {
      if (!['systolic-os', 'matrix2d', 'cube'].includes(d.architecture)) continue;
      const r = designReading(d).value;
      if (!r) continue;
      // The schedule of rtl/model/pe-mac.ts, simulated on cost/word-tree.ts.
      const o = operands(d);
      const W = o.wacc;
      const lanes = d.architecture === 'cube' ? d.loops.find((l) => l.var === 'k')!.size! : 1;
      const pool = new BitPool();
      let sel = 0;
      let levels = 0;
      if (d.reduction.k !== 'carry-save') {
        for (let l = 0; l < lanes; l++) { const pv = productVecs(pool, o, Math.min(o.wp, W)); sel += pv.selectors; levels = Math.max(levels, compressWords(pool, pv.vecs).levels); }
      } else {
        let vecs: number[][] = [];
        if (d.reduction.order === 'bitweight-outer') {
          const perJ: number[][][] = Array.from({ length: o.d }, () => []);
          const corrs: number[][] = [];
          for (let l = 0; l < lanes; l++) { const pv = productVecs(pool, o, W); sel += pv.selectors; pv.vecs.slice(0, -1).forEach((v, j) => perJ[j].push(v.slice(j * o.shift))); corrs.push(pv.vecs[pv.vecs.length - 1]); }
          let l1 = 0;
          perJ.forEach((pps, j) => {
            if (!pps.length) return;
            const t = compressWords(pool, pps);
            l1 = Math.max(l1, t.levels);
            const lift = (v: number[]) => [...new Array<number>(j * o.shift).fill(0), ...v];
            vecs.push(lift(t.s));
            if (t.c.some((b) => b !== 0)) vecs.push(lift(t.c));
          });
          const t = compressWords(pool, [...vecs, ...corrs]);
          levels = l1 + t.levels;
          vecs = [t.s, t.c];
        } else {
          const all: number[][] = [];
          for (let l = 0; l < lanes; l++) { const pv = productVecs(pool, o, W); sel += pv.selectors; all.push(...pv.vecs); }
          const t = compressWords(pool, all);
          levels = t.levels;
          vecs = [t.s, t.c];
        }
        const acc = () => Array.from({ length: W }, () => pool.fresh());
        const [s1, c1] = csa3(pool, vecs[0], vecs[1], acc());
        csa3(pool, s1, c1, acc());
        levels += 2;
      }
      expect({ fa: r.pe.fa, ha: r.pe.ha, sel: r.pe.selectors, depth: r.pe.depth }, name).toEqual({ fa: pool.fa, ha: pool.ha, sel, depth: levels });
      n++;
    }
    expect(n).toBeGreaterThan(40);
  });
});

describe('the array read from the RTL model against the inventory', () => {
  it('agrees except where the golden list says why not', () => {
    const got: Record<string, Record<string, [number, number]>> = {};
    for (const [name, d] of designs()) {
      const r = designReading(d).value;
      if (!r) continue;
      const top = readModule(r.model, r.model.top);
      // Template-resident logic (the controller's counters) is not in the model's netlist.
      const items = inventory(d).items.filter((i) => i.block !== 'controller');
      const tot = (f: (i: (typeof items)[number]) => boolean) => items.filter(f).reduce((s, i) => s + i.perUnit * i.units, 0);
      const hand: Record<string, number> = {
        fa: tot((i) => i.component === 'fa'), ha: tot((i) => i.component === 'ha' && i.block !== 'drain sequencer'),
        selectors: tot((i) => i.block === 'partial-product selectors'), encoders: tot((i) => i.component === 'booth_enc' || i.component === 'ent_enc'),
        cpa: tot((i) => i.component === 'cpa_bit'), flops: tot((i) => i.component === 'dff'),
      };
      const read: Record<string, number> = { fa: top.fa, ha: top.ha, selectors: top.selectors, encoders: top.encoderDigits, cpa: top.cpaBits, flops: top.flops };
      const diff: Record<string, [number, number]> = {};
      for (const k of Object.keys(hand)) if (hand[k] !== read[k]) diff[k] = [hand[k], read[k]];
      if (Object.keys(diff).length) got[name] = diff;
    }
    if (process.env.TPE_GOLDEN === '1') writeFileSync(GOLDEN, JSON.stringify(got, null, 1) + '\n');
    expect(existsSync(GOLDEN), 'test/cost/golden/rtl-reading.json (TPE_GOLDEN=1 writes it)').toBe(true);
    expect(got).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });
});
