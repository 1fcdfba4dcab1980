// The estimate at a clock: carry networks counted as the textbook networks are, the adder choice
// following the clock (smallest area that meets it, the fastest when none does), the carry-select
// shortcut of prefix adders undone for ripple chains, and leakage priced at a real clock in the
// technology-free table.
import { describe, expect, it } from 'vitest';
import { cpaLimited, estimate, estimateAtClock, loadTech, prefixNodes, rippleStages } from '../../cost/index.js';
import { presetDesign } from '../../ir/index.js';

const ihp = loadTech('ihp-sg13g2').value!;
const generic = loadTech('generic').value!;
const os = presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2, technology: 'ihp-sg13g2' });

describe('carry networks', () => {
  it('node counts match the textbook networks', () => {
    for (const w of [8, 16, 32]) {
      const L = Math.log2(w);
      expect(prefixNodes('ripple', w).g).toBe(w - 1);
      expect(prefixNodes('brent-kung', w).g).toBe(2 * w - 2 - L);
      expect(prefixNodes('sklansky', w).g).toBe((w / 2) * L);
      expect(prefixNodes('kogge-stone', w).g).toBe(w * L - w + 1);
    }
    expect(prefixNodes('ripple', 32).p).toBe(0);
  });

  it('a ripple architecture turns the prefix carry-select of an accumulator into a chain', () => {
    const inv = estimate(os, { tech: ihp }).value!.inventory;
    const before = inv.stages.flatMap((s) => s.path).filter((e) => e.what.includes('(carry select)')).length;
    expect(before).toBeGreaterThan(0);
    const after = rippleStages(inv).stages.flatMap((s) => s.path);
    expect(after.filter((e) => e.what.includes('(carry select)')).length).toBe(0);
    expect(after.some((e) => e.kind === 'cpa' && e.what.includes('ripple chain after the sign'))).toBe(true);
  });
});

describe('area at a clock', () => {
  const e = estimate(os, { tech: ihp }).value!;
  it('the curve: ripple smallest and slowest, Kogge-Stone largest; prefix networks faster than ripple', () => {
    const a = estimateAtClock(e, ihp, 4)!;
    const by = Object.fromEntries(a.curve.map((c) => [c.adder, c]));
    expect(by.ripple.area).toBeLessThan(by['brent-kung'].area);
    expect(by['brent-kung'].area).toBeLessThan(by['kogge-stone'].area);
    expect(by.ripple.period).toBeGreaterThan(by['brent-kung'].period);
    expect(by['kogge-stone'].period).toBeLessThanOrEqual(by['brent-kung'].period);
  });

  it('follows the clock: a relaxed clock keeps the smallest adders, a tighter one pays area, an impossible one is missed', () => {
    const relaxed = estimateAtClock(e, ihp, 20)!;
    expect(relaxed.meetsClock).toBe(true);
    expect(relaxed.adder).toBe('ripple');
    const periods = relaxed.curve.map((c) => c.minPeriod);
    const bk = relaxed.curve.find((c) => c.adder === 'brent-kung')!;
    const mid = estimateAtClock(e, ihp, (bk.minPeriod + 1) / 1000)!;
    expect(mid.meetsClock).toBe(true);
    expect(mid.area).toBeGreaterThan(relaxed.area);
    const impossible = estimateAtClock(e, ihp, Math.min(...periods) / 1000 / 2)!;
    expect(impossible.meetsClock).toBe(false);
    expect(impossible.slack).toBeLessThan(0);
    expect(impossible.period).toBe(Math.min(...periods));
  });

  it('the highest clock it believes synthesis reaches: the fastest sized period, the same at every target, above the area-oriented fmax', () => {
    const fast = estimateAtClock(e, ihp, 20)!.fastestMHz!;
    const best = Math.min(...estimateAtClock(e, ihp, 20)!.curve.map((c) => c.minPeriod));
    expect(fast).toBeCloseTo(1e6 / best, 1);
    expect(estimateAtClock(e, ihp, 1)!.fastestMHz).toBe(fast);
    // Exactly at that clock it meets; 2% faster it does not (zero margin in the IHP table's sizing).
    expect(estimateAtClock(e, ihp, best / 1000 + 1e-6)!.meetsClock).toBe(true);
    expect(estimateAtClock(e, ihp, (best / 1000) * 0.98)!.meetsClock).toBe(false);
    expect(fast).toBeGreaterThan(e.timing.fmaxMHz!);
  });

  it('sizes ripple-carry and parallel-prefix netlists by their own factors', () => {
    const { criticalSizing: _c, criticalAdderArea: _a, ...plain } = ihp.corrections.atClock!;
    const t = { ...ihp, corrections: { ...ihp.corrections, atClock: { ...plain, sizing: 0.1, rippleSizing: 0.04 } } };
    const a = estimateAtClock(e, t, 4)!;
    for (const c of a.curve) expect(c.minPeriod).toBeCloseTo(c.period * (c.adder === 'ripple' ? 0.96 : 0.9), 2);
    // A table without rippleSizing sizes every architecture by `sizing`, as before it existed.
    const { rippleSizing: _, ...old } = t.corrections.atClock;
    const b = estimateAtClock(e, { ...t, corrections: { ...t.corrections, atClock: old } }, 4)!;
    for (const c of b.curve) expect(c.minPeriod).toBeCloseTo(c.period * 0.9, 2);
  });

  it('a CPA-limited design has its own sizing share and adder-area factor; others keep sizing and adderArea', () => {
    // The MAC array's limiting stage holds its product CPA; OPT1's (compress + accumulate) holds none.
    const opt1 = estimate(presetDesign('systolic-os', 'opt1', { rows: 2, cols: 2, technology: 'ihp-sg13g2' }), { tech: ihp }).value!;
    expect(cpaLimited(e)).toBe(true);
    expect(cpaLimited(opt1)).toBe(false);
    const at = (x: typeof e, f: Record<string, number>) =>
      estimateAtClock(
        x,
        { ...ihp, corrections: { ...ihp.corrections, atClock: { ...ihp.corrections.atClock!, rippleSizing: 0.04, ...f } } },
        4,
      )!;
    const a = at(e, { sizing: 0.1, criticalSizing: 0.03, adderArea: 0.3, criticalAdderArea: 0.6 });
    for (const c of a.curve) expect(c.minPeriod).toBeCloseTo(c.period * (c.adder === 'ripple' ? 0.96 : 0.97), 2);
    const half = at(e, { sizing: 0.1, criticalSizing: 0.03, adderArea: 0.3, criticalAdderArea: 0.3 });
    for (const [i, c] of a.curve.entries()) expect(c.adderDelta).toBeCloseTo(2 * half.curve[i].adderDelta, 2);
    const o = at(opt1, { sizing: 0.1, criticalSizing: 0.03, adderArea: 0.3, criticalAdderArea: 0.6 });
    const o2 = at(opt1, { sizing: 0.1, criticalSizing: 0.5, adderArea: 0.3, criticalAdderArea: 1.2 });
    for (const c of o.curve) expect(c.minPeriod).toBeCloseTo(c.period * (c.adder === 'ripple' ? 0.96 : 0.9), 2);
    expect(o2.curve.map((c) => c.area)).toEqual(o.curve.map((c) => c.area));
  });

  it('a sized period within the margin above the clock reaches it, with the smallest architecture that does', () => {
    const at = (margin: number, clockNs: number) =>
      estimateAtClock(e, { ...ihp, corrections: { ...ihp.corrections, atClock: { ...ihp.corrections.atClock!, margin } } }, clockNs)!;
    const fastest = Math.min(...at(0, 4).curve.map((c) => c.minPeriod));
    const clockNs = fastest / 1.02 / 1000;
    const without = at(0, clockNs);
    expect(without.meetsClock).toBe(false);
    const within = at(0.03, clockNs);
    expect(within.meetsClock).toBe(true);
    expect(within.period).toBeCloseTo(within.clock, 3);
    const first = within.curve.find((c) => c.minPeriod <= within.clock * 1.03)!;
    expect(within.adder).toBe(first.adder);
    expect(at(0.01, clockNs).meetsClock).toBe(false);
  });

  it("prices each CPA's carry network at its own width (the inventory's CPA items carry it)", () => {
    const cpas = e.inventory.items.filter((i) => i.component === 'cpa_bit');
    expect(cpas.length).toBeGreaterThan(0);
    for (const i of cpas) expect(i.width, i.block).toBeGreaterThan(0);
    // The OS baseline's product CPAs (16 bits) and accumulator CPAs (32 bits) are separate items.
    expect(new Set(cpas.map((i) => i.width)).size).toBeGreaterThan(1);
  });

  it("the design's own clock is the default target", () => {
    const x = estimate({ ...os, clockNs: 7 }, { tech: ihp }).value!;
    expect(x.atClock!.clockNs).toBe(7);
  });
});

describe('leakage in the technology-free table', () => {
  it('is priced at a real clock through the reference NAND2: a negligible share at 2 ns', () => {
    const d = presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2 });
    const w = {
      macs: 1000,
      cycles: 1000,
      toggles: { operandRegs: 50000, partialProducts: 100000, compressorOutputs: 50000, accumulatorRegs: 50000, pipelineRegs: 0 },
    };
    const g = estimate(d, { tech: generic, workload: w, clockNs: 2 }).value!;
    const p = g.power!.atClock!;
    expect(p.leakage).toBeGreaterThan(0);
    expect(p.leakage / p.total).toBeLessThan(0.01);
    // The same design in the IHP table: the leakage share is the same (it is the same library).
    const i = estimate(d, { tech: ihp, workload: w, clockNs: 2 }).value!.power!.atClock!;
    expect(Math.abs(p.leakage / p.total - i.leakage / i.total)).toBeLessThan(0.002);
  });
});
