// Estimates: figures add up through the hierarchy, timing follows structure, power follows the
// simulator's activity on real data.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpaLevels, cpaToggles, energyTerms, estimate, inventory, loadTech, operandReach, type Workload } from '../../cost/index.js';
import { loadDesign } from '../../dsl/index.js';
import { presetDesign, VARIANTS, type Architecture, type Design, type Variant } from '../../ir/index.js';
import { generateMatrix, simulate } from '../../simulator/index.js';

const ihp = loadTech('ihp-sg13g2').value!;
const generic = loadTech('generic').value!;

function workload(d: Design, dist: { kind: 'uniform' } | { kind: 'normal'; mean: number; std: number }, n = 8): Workload {
  const a = generateMatrix(n, n, d.types.A, dist, 7);
  const b = generateMatrix(n, n, d.types.B, dist, 8);
  const s = simulate(d, a, b, { wrap: true }).value!;
  return { macs: s.macs, cycles: s.cycles.total, toggles: s.toggles };
}

describe('estimate', () => {
  const base = presetDesign('systolic-os', 'baseline', { rows: 4, cols: 4 });
  const opt1 = presetDesign('systolic-os', 'opt1', { rows: 4, cols: 4 });

  it('area lines add up to the totals', () => {
    const e = estimate(base, { tech: ihp }).value!;
    const sum = e.area.lines.reduce((s, l) => s + l.area, 0);
    expect(e.area.total).toBeCloseTo(sum, 2);
    expect(e.area.combinational + e.area.sequential).toBeCloseTo(e.area.total, 2);
    expect(e.area.perMac).toBeCloseTo(e.area.total / 16, 2);
    expect(e.area.byBlock.reduce((s, b) => s + b.area, 0)).toBeCloseTo(e.area.total, 1);
  });

  it('prefix CPA depth: 2 log2(w) - 1 levels', () => {
    expect([cpaLevels(1), cpaLevels(2), cpaLevels(16), cpaLevels(32)]).toEqual([0, 1, 7, 9]);
  });

  it('OPT1 takes the carry chain off the per-step path: a shorter step, fmax from the period', () => {
    const b = estimate(base, { tech: ihp }).value!;
    const o = estimate(opt1, { tech: ihp }).value!;
    const step = (e: typeof b, n: string) => e.timing.stages.find((s) => s.name === n)!.logic;
    expect(step(o, 'compress + accumulate')).toBeLessThan(step(b, 'product CPA + accumulate'));
    expect(o.timing.fmaxMHz).toBeGreaterThan(b.timing.fmaxMHz!);
    expect(b.timing.fmaxMHz).toBeCloseTo(1e6 / b.timing.period, 1);
    expect(b.timing.period).toBeCloseTo(b.timing.logic + ihp.register.clkToQ + ihp.register.setup, 3);
  });

  it('pipeline stages split the path', () => {
    const p = presetDesign('systolic-os', 'baseline', { rows: 4, cols: 4, pipeline: ['tree'] });
    const e = estimate(p, { tech: ihp }).value!;
    const b = estimate(base, { tech: ihp }).value!;
    expect(e.timing.stages.map((s) => s.name)).toContain('compressor tree');
    expect(e.timing.logic).toBeLessThan(b.timing.logic);
    expect(e.area.sequential).toBeGreaterThan(b.area.sequential);
  });

  it('power: energy per MAC from toggles, clock and leakage; figures consistent', () => {
    const w = workload(base, { kind: 'uniform' });
    const e = estimate(base, { tech: ihp, freqMHz: 100, workload: w }).value!;
    const p = e.power!.atFreq!;
    expect(p.total).toBeCloseTo(p.dynamic + p.clock + p.leakage, 0);
    expect(p.perMac).toBeCloseTo(p.total / w.macs, 2);
    // TOPS/W = 2 ops per MAC / energy per MAC.
    expect(e.figures.topsPerWAtFreq!).toBeCloseTo(2 / (p.perMac * 1e-15) / 1e12, 2);
    // TOPS/mm2 at 100 MHz = 2 * 16 MACs/cycle * utilization * 1e8 / 1e12 / mm2.
    expect(e.figures.topsPerMm2AtFreq!).toBeCloseTo((2 * 16 * e.figures.utilization * 1e8) / 1e12 / (e.area.total / 1e6), 3);
    // Slower clock: same dynamic and clock energy, more leakage energy.
    const slow = estimate(base, { tech: ihp, freqMHz: 10, workload: w }).value!.power!.atFreq!;
    expect(slow.dynamic).toBe(p.dynamic);
    expect(slow.leakage).toBeGreaterThan(p.leakage);
  });

  it('data matters: narrow (normal, std 4) operands toggle less than uniform ones', () => {
    const u = estimate(base, { tech: ihp, freqMHz: 100, workload: workload(base, { kind: 'uniform' }) }).value!;
    const n = estimate(base, { tech: ihp, freqMHz: 100, workload: workload(base, { kind: 'normal', mean: 0, std: 4 }) }).value!;
    expect(n.power!.atFreq!.dynamic).toBeLessThan(u.power!.atFreq!.dynamic);
  });

  it('generic units: NAND2 equivalents, no fmax in MHz', () => {
    const e = estimate(base, { tech: generic }).value!;
    expect(e.units.area).toBe('NAND2-eq');
    expect(e.timing.fmaxMHz).toBeUndefined();
    expect(e.figures.topsPerMm2AtFmax).toBeUndefined();
    // Same inventory: the ratio of two designs' areas is close in both tables.
    const ro = estimate(opt1, { tech: generic }).value!.area.total / e.area.total;
    const ri = estimate(opt1, { tech: ihp }).value!.area.total / estimate(base, { tech: ihp }).value!.area.total;
    expect(Math.abs(ro - ri)).toBeLessThan(0.05);
  });

  it('every preset of every architecture estimates without unknown components', () => {
    for (const arch of ['systolic-os', 'systolic-ws', 'cube', 'adder-tree', 'matrix2d', 'bitslice'] as const) {
      const e = estimate(presetDesign(arch, 'baseline', { rows: 2, cols: 2 }), { tech: ihp });
      expect(e.diagnostics).toEqual([]);
      expect(e.value!.area.total).toBeGreaterThan(0);
    }
  });
});

describe('operand reach (a broadcast operand toggles the selector inputs of every PE on its line)', () => {
  it('is the PEs per line where the simulator counts a broadcast line once, 1 where it counts every PE', () => {
    const m = (arch: Parameters<typeof presetDesign>[0], rows: number, cols: number) =>
      operandReach(presetDesign(arch, 'baseline', { rows, cols }));
    // 2D-Matrix: A along a row of C PEs, B along a column of R: (wA + wB) / (wA / C + wB / R).
    expect(m('matrix2d', 2, 2)).toBe(2);
    expect(m('matrix2d', 8, 8)).toBe(8);
    expect(m('matrix2d', 4, 2)).toBeCloseTo(16 / (8 / 2 + 8 / 4), 9);
    // The adder tree: only A streams (broadcast along its columns); the weights are stationary.
    expect(m('adder-tree', 4, 2)).toBe(2);
    // Each PE holds (systolic) or loads (bit-slice, Laconic) its own operands: counted per PE.
    expect(m('systolic-os', 4, 4)).toBe(1);
    expect(m('systolic-ws', 4, 4)).toBe(1);
    expect(m('bitslice', 4, 4)).toBe(1);
  });
  it('scales the operand term by the reach and nothing else', () => {
    const d = presetDesign('matrix2d', 'baseline', { rows: 4, cols: 4 });
    const w = workload(d, { kind: 'normal', mean: 0, std: 20 });
    const x = energyTerms(inventory(d), ihp, w, d);
    const bare = energyTerms(inventory(d), ihp, w);
    expect(x.operand).toBeCloseTo(bare.operand * 4, 6);
    expect([x.clock, x.register, x.logic]).toEqual([bare.clock, bare.register, bare.logic]);
  });
});

describe('carry-propagate adder term (each CPA bit at the rate of the words it adds)', () => {
  const bits = (d: Design, block?: string) =>
    inventory(d)
      .items.filter((i) => i.component === 'cpa_bit' && (block === undefined || i.block === block))
      .reduce((s, i) => s + i.perUnit * i.units, 0);
  it('a MAC PE: the product CPA at the product words toggles, the accumulator adder at their per-bit rate', () => {
    const d = presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2 });
    const w = workload(d, { kind: 'normal', mean: 0, std: 20 });
    const prod = bits(d, 'product CPAs');
    expect(prod).toBe(4 * 16);
    expect(bits(d)).toBe(4 * (16 + 32));
    expect(cpaToggles(inventory(d), w)).toBeCloseTo((w.toggles.compressorOutputs * bits(d)) / prod, 6);
    const x = energyTerms(inventory(d), ihp, w, d);
    expect(x.cpa).toBeCloseTo(cpaToggles(inventory(d), w) * ihp.components.cpa_bit.energyPerToggle, 6);
  });
  it('carry-save: a drain CPA per PE at the accumulator words rate; a resolve CPA behind the drain select is not counted', () => {
    const o = presetDesign('systolic-os', 'opt1', { rows: 2, cols: 2 });
    const w = workload(o, { kind: 'normal', mean: 0, std: 20 });
    const accBits = inventory(o)
      .items.filter((i) => i.component === 'dff' && /^accumulator-(sum|carry)$/.test(i.register ?? ''))
      .reduce((s, i) => s + i.perUnit * i.units, 0);
    expect(accBits).toBe(4 * (32 + 31));
    expect(cpaToggles(inventory(o), w)).toBeCloseTo((w.toggles.accumulatorRegs * bits(o)) / accBits, 6);
    for (const v of ['opt1-shared', 'opt1-row'] as const) {
      const s = presetDesign('systolic-os', v, { rows: 2, cols: 2 });
      expect(bits(s)).toBeGreaterThan(0);
      expect(energyTerms(inventory(s), ihp, workload(s, { kind: 'normal', mean: 0, std: 20 }), s).cpa).toBe(0);
    }
  });
  it('prices the term in the breakdown with the fitted factor', () => {
    const d = presetDesign('matrix2d', 'baseline', { rows: 2, cols: 2 });
    const w = workload(d, { kind: 'normal', mean: 0, std: 20 });
    const e = estimate(d, { tech: ihp, workload: w }).value!;
    const part = e.power!.atFmax!.breakdown.find((b) => b.what.startsWith('carry-propagate'))!.energy;
    expect(part).toBeCloseTo(energyTerms(e.inventory, ihp, w, d).cpa * ihp.corrections.energy!.cpa, 1);
    expect(part).toBeGreaterThan(0);
  });
});

describe('cpaToggles reads each CPA by its role (InventoryItem.cpa, set where the RTL model builds it)', () => {
  const bitsAs = (d: Design, role: string) =>
    inventory(d)
      .items.filter((i) => i.component === 'cpa_bit' && i.cpa === role)
      .reduce((s, i) => s + i.perUnit * i.units, 0);
  it('every CPA of every preset and example has a role; a preset that resolves products (k: cpa) has product CPAs', () => {
    const designs: [string, Design][] = [];
    for (const a of Object.keys(VARIANTS) as Architecture[])
      for (const v of VARIANTS[a]) designs.push([`${a} ${v}`, presetDesign(a, v as Variant, { rows: 2, cols: 2, depth: 2 })]);
    const dir = join(import.meta.dirname, '..', '..', 'examples');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.tpe'))) designs.push([f, loadDesign(join(dir, f)).value!]);
    for (const [name, d] of designs) {
      for (const i of inventory(d).items.filter((x) => x.component === 'cpa_bit')) expect(i.cpa, `${name}: ${i.block}`).toBeDefined();
      if (d.reduction.k === 'cpa') expect(bitsAs(d, 'product'), name).toBeGreaterThan(0);
    }
  });
  it('the shared resolve stage and the row drain are resolve CPAs (not counted)', () => {
    for (const v of ['opt1-shared', 'opt1-row'] as const) {
      const d = presetDesign('systolic-os', v, { rows: 2, cols: 2 });
      expect(bitsAs(d, 'resolve'), v).toBeGreaterThan(0);
      expect(cpaToggles(inventory(d), workload(d, { kind: 'normal', mean: 0, std: 20 })), v).toBe(0);
    }
  });
  it('the adder tree OPT1 / OPT2 column CPAs are column CPAs; with no accumulator words to read they are not priced (docs/TECH.md section 4)', () => {
    for (const v of ['opt1', 'opt2'] as const) {
      const d = presetDesign('adder-tree', v, { rows: 2, cols: 2 });
      const inv = inventory(d);
      const w = workload(d, { kind: 'normal', mean: 0, std: 20 });
      // Each column's 20-bit CPA adds the column compressor tree's sum and carry words.
      expect(bitsAs(d, 'column'), v).toBe(2 * 20);
      expect(
        inv.items.some((i) => i.component === 'dff' && /^(accumulator|partial-sum)/.test(i.register ?? '')),
        v,
      ).toBe(false);
      expect(cpaToggles(inv, w), v).toBe(0);
    }
  });
  it('a weight-stationary column CPA reads the partial-sum registers: at their rate', () => {
    const d = presetDesign('systolic-ws', 'opt1', { rows: 2, cols: 2 });
    const inv = inventory(d);
    const w = workload(d, { kind: 'normal', mean: 0, std: 20 });
    const ps = inv.items.filter((i) => i.component === 'dff' && i.register === 'partial-sum').reduce((s, i) => s + i.perUnit * i.units, 0);
    expect(cpaToggles(inv, w)).toBeCloseTo((w.toggles.accumulatorRegs * bitsAs(d, 'column')) / ps, 6);
  });
});
