// The inventory is a reading of the RTL model (cost/inventory/rtl-reading.ts). (1) The reading
// of every output-stationary PE equals an independent simulation of the same word trees
// (test/cost/word-tree-sim.ts). (2) The model describes everything the reading needs: no signal
// is read that nothing in the model drives (the controllers are netlist, not template text),
// and every item of every design is priced. (3) The totals of every example and preset are
// listed in test/cost/golden/rtl-reading.json, so every change of the RTL or of the reading
// shows up here; regenerate it with TPE_GOLDEN=1 after checking the reason (the flip-flop
// counts are checked against Yosys by test/cost/calibration.test.ts).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventory, loadTech } from '../../cost/index.js';
import { designReading, readModel } from '../../cost/inventory/rtl-reading.js';
import { loadDesign } from '../../dsl/index.js';
import { loadPairDesign } from '../../pipeline/reproduce.js';
import {
  ARCHITECTURES,
  VARIANTS,
  presetDesign,
  productWidth,
  type Design,
  type PipelineStage,
  type PresetOptions,
} from '../../ir/index.js';
import { BitPool, compressWords, csa3, productVecs } from './word-tree-sim.js';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLDEN = join(import.meta.dirname, 'golden', 'rtl-reading.json');
const PIPE: PipelineStage[] = ['operands', 'partial-products', 'tree'];
const SHAPES: [string, PresetOptions][] = [
  ['', {}],
  ['3x2-pipe', { rows: 3, cols: 2, depth: 3, pipeline: PIPE }],
  ['u8xi4', { A: { signed: false, bits: 8 }, B: { signed: true, bits: 4 }, acc: { signed: true, bits: 20 } }],
  ['binary', { encoding: 'binary' }],
  ['1x1', { rows: 1, cols: 1, depth: 2 }],
];

function designs(): [string, Design][] {
  const out: [string, Design][] = [];
  for (const f of readdirSync(join(ROOT, 'examples'))
    .filter((x) => x.endsWith('.tpe'))
    .sort())
    out.push([`examples/${f}`, loadDesign(join(ROOT, 'examples', f)).value!]);
  for (const a of ARCHITECTURES)
    for (const v of VARIANTS[a]) for (const [tag, o] of SHAPES) out.push([`${a} ${v}${tag ? ` ${tag}` : ''}`, presetDesign(a, v, o)]);
  return out;
}

describe('the PE read from the RTL model', () => {
  it('equals the word-tree simulation of the same schedule (output-stationary PEs)', () => {
    let n = 0;
    for (const [name, d] of designs()) {
      if (!['systolic-os', 'matrix2d', 'cube'].includes(d.architecture) || (d.encoders[0].scheme as string) === 'binary') continue;
      const m = designReading(d).value?.model;
      if (!m) continue;
      const pe = readModel(m, `${m.top}_pe`);
      // The schedule of rtl/model/pe-mac.ts, simulated on test/cost/word-tree-sim.ts.
      const W = d.types.acc.bits;
      const shift = d.encoders[0].scheme === 'binary' ? 1 : 2;
      const lanes = d.architecture === 'cube' ? d.loops.find((l) => l.var === 'k')!.size! : 1;
      const pool = new BitPool();
      let sel = 0;
      let levels = 0;
      if (d.reduction.k !== 'carry-save') {
        for (let l = 0; l < lanes; l++) {
          const pv = productVecs(pool, d, Math.min(productWidth(d), W));
          sel += pv.selectors;
          levels = Math.max(levels, compressWords(pool, pv.vecs).levels);
        }
      } else {
        let vecs: number[][] = [];
        if (d.reduction.order === 'bitweight-outer') {
          const perJ: number[][][] = [];
          const corrs: number[][] = [];
          for (let l = 0; l < lanes; l++) {
            const pv = productVecs(pool, d, W);
            sel += pv.selectors;
            pv.vecs.slice(0, -1).forEach((v, j) => (perJ[j] ??= []).push(v.slice(j * shift)));
            corrs.push(pv.vecs[pv.vecs.length - 1]);
          }
          let l1 = 0;
          perJ.forEach((pps, j) => {
            const t = compressWords(pool, pps);
            l1 = Math.max(l1, t.levels);
            const lift = (v: number[]) => [...new Array<number>(j * shift).fill(0), ...v];
            vecs.push(lift(t.s));
            if (t.c.some((b) => b !== 0)) vecs.push(lift(t.c));
          });
          const t = compressWords(pool, [...vecs, ...corrs]);
          levels = l1 + t.levels;
          vecs = [t.s, t.c];
        } else {
          const all: number[][] = [];
          for (let l = 0; l < lanes; l++) {
            const pv = productVecs(pool, d, W);
            sel += pv.selectors;
            all.push(...pv.vecs);
          }
          const t = compressWords(pool, all);
          levels = t.levels;
          vecs = [t.s, t.c];
        }
        const acc = () => Array.from({ length: W }, () => pool.fresh());
        const [s1, c1] = csa3(pool, vecs[0], vecs[1], acc());
        // The carry register's bit 0 is always zero (the reading finds it constant).
        const accC = acc();
        accC[0] = 0;
        csa3(pool, s1, c1, accC);
        levels += 2;
      }
      const t = pe.totals;
      expect({ adders: t.fa + t.ha, sel: t.selectors, depth: pe.depthIn(pe.model.top + '_pe') }, name).toEqual({
        adders: pool.fa + pool.ha,
        sel,
        depth: levels,
      });
      n++;
    }
    expect(n).toBeGreaterThan(30);
  });
});

describe('the array read from the RTL model', () => {
  const tech = loadTech('ihp-sg13g2').value!;
  it('reads only signals the model drives, and prices every item', () => {
    for (const [name, d] of designs()) {
      const r = designReading(d).value;
      if (!r) continue;
      expect(r.undriven, name).toEqual([]);
      for (const i of inventory(d).items) {
        expect(i.component in tech.components, `${name}: ${i.block} ${i.component}`).toBe(true);
        expect(i.perUnit * i.units, `${name}: ${i.block}`).toBeGreaterThan(0);
      }
    }
  });

  it('totals as listed (every change of the RTL or the reading shows up here)', () => {
    const got: Record<string, Record<string, number>> = {};
    for (const [name, d] of designs()) {
      const r = designReading(d).value;
      if (!r) continue;
      const c = r.totals.byComponent;
      got[name] = Object.fromEntries(
        Object.keys(c)
          .sort()
          .map((k) => [k, c[k]]),
      );
    }
    if (process.env.TPE_GOLDEN === '1') writeFileSync(GOLDEN, JSON.stringify(got, null, 1) + '\n');
    expect(existsSync(GOLDEN), 'test/cost/golden/rtl-reading.json (TPE_GOLDEN=1 writes it)').toBe(true);
    expect(got).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });
});

describe("a late input's net", () => {
  it('is one net for every instance that reads it: flip-flops on the same D, enable and reset value are one, as Yosys has them', () => {
    // bitslice_c16_opt3 shrunk to 2x1 (`tpe reproduce --small`): both PEs register the digits of
    // the same broadcast A under one `dload` (pre | run & all_done). pe0_0's dload is a late input
    // (all_done reads pe0_0's done flag): fresh bits, tied to the literal the connection computes;
    // pe1_0 reads the same net, so it reads the same fresh bits and its digit registers are
    // pe0_0's. Before, pe1_0 read the connection's literal: two enables, the 64 copies kept (439).
    const d = loadPairDesign(ROOT, 'bitslice_c16_opt3.tpe', true).value!;
    const r = designReading(d).value!;
    expect(r.lateTies.size).toBe(1);
    // Area-oriented Yosys synthesis of the same RTL keeps 375 flip-flops (`tpe calibrate`,
    // scripts/clock-gating-check.ts: 375 in the netlist, 142 of them gated).
    expect(r.totals.flops).toBe(375);
    // By hand: 4 k-elements x (3 x 4 EN-T digit bits + 4 nonzero flags) = 64 digit register bits,
    // built once for the two PEs (an enable select each).
    const digit = r.items.filter((i) => i.block.startsWith('digit registers'));
    expect(digit.map((i) => [i.block, i.component, i.perUnit, i.units])).toEqual([
      ['digit registers', 'dff', 64, 1],
      ['digit registers enable', 'mux2', 64, 1],
    ]);
    // No two flip-flops the reading keeps have the same D, enable (a late bit as its connection's
    // literal) and reset value: the rule Yosys opt_merge merges flip-flops by.
    const L = r.logic;
    const live = L.live([...r.ports.outputs.values()].flat(), r.lateTies);
    const tied = (l: number): number => {
      for (let t = r.lateTies.get(l >> 1); t !== undefined; t = r.lateTies.get(l >> 1)) l = t ^ (l & 1);
      return l;
    };
    const keys = new Set<string>();
    let flops = 0;
    for (let c = 0; c < L.size; c++) {
      if (!live.cells[c] || L.kindOf(c) !== 'dff') continue;
      flops++;
      keys.add(`${tied(L.inputOf(c, 0))} ${tied(L.inputOf(c, 1))} ${L.inputOf(c, 2)}`);
    }
    expect(flops).toBe(375);
    expect(keys.size).toBe(flops);
    // The gated banks: one dload bank of the 64 bits (the netlist's 142 gated bits).
    const gated = r.gating.banks.filter((b) => b.gated);
    expect(gated.reduce((s, b) => s + b.bits, 0)).toBe(142);
    expect(gated.filter((b) => b.enable.endsWith(': dload')).map((b) => b.bits)).toEqual([64]);
  });

  it('counts the logic computing a late net where only its fresh bits are read', () => {
    // The full column (16 PEs, one of them late): synthesis keeps 2041 flip-flops (`tpe calibrate
    // --designs bitslice_c16_opt3`); before, the reading kept pe0_0's 64 digit registers apart (2105).
    const d = loadDesign(join(ROOT, 'examples', 'bitslice_c16_opt3.tpe')).value!;
    const r = designReading(d).value!;
    expect(r.totals.flops).toBe(2041);
    // The dload cone (pre | run & all_done) is read by every PE through the late net's fresh bits
    // alone, and counted: the controller's gates reach the digit registers' enable.
    const L = r.logic;
    const [[fresh, tie]] = [...r.lateTies];
    const withTies = L.live([...r.ports.outputs.values()].flat(), r.lateTies);
    const without = L.live([...r.ports.outputs.values()].flat());
    expect(withTies.used(fresh)).toBe(true);
    expect(withTies.used(tie >> 1)).toBe(true);
    expect(without.used(tie >> 1)).toBe(false);
    // So its OR gate is in the totals (7107 AND/OR cells if the reading dropped it).
    expect(r.totals.byComponent.and2).toBe(7108);
  });
});
