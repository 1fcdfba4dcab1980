// Component counts of whole designs, read from the RTL model and worked out by hand for small
// arrays (what the reading must find: constants propagated, identical logic merged, dead logic
// dropped, as synthesis does).
import { describe, expect, it } from 'vitest';
import { inventory, type Inventory } from '../../cost/index.js';
import { presetDesign } from '../../ir/index.js';

const count = (inv: Inventory, block: string, component?: string) =>
  inv.items
    .filter((i) => i.block === block && (component === undefined || i.component === component))
    .reduce((s, i) => s + i.perUnit * i.units, 0);
const total = (inv: Inventory, component: string) =>
  inv.items.filter((i) => i.component === component).reduce((s, i) => s + i.perUnit * i.units, 0);

describe('inventory: systolic-os 2x2, int8 x int8 -> int32, radix-4 Booth', () => {
  const base = inventory(presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2 }));
  const opt1 = inventory(presetDesign('systolic-os', 'opt1', { rows: 2, cols: 2 }));

  it('counts PEs and MACs per cycle', () => {
    expect([base.pes, base.macsPerCycle]).toEqual([4, 4]);
  });

  it('encoders: 3 Booth digit encoders per PE; digit 0 reads {a1, a0, 0} and is one gate', () => {
    expect(count(base, 'digit encoders', 'booth_enc')).toBe(4 * 3);
    expect(count(base, 'digit encoders', 'and2')).toBe(4 * 1);
  });

  it('selectors: 16-bit product rows at shifts 0,2,4,6: 8 selected bits + 1 shared sign each', () => {
    // Row j: bits 2j..2j+7 select B[i] / B[i-1]; bit 2j+8 and above (B's sign in both B and 2B) are one selector.
    expect(count(base, 'partial-product selectors', 'booth_sel')).toBe(4 * 4 * 9);
  });

  it('registers: skew, systolic, accumulator; flip-flops on the same input are one', () => {
    // A skew: row 1 waits one cycle: 8 bits + 2 flags. B skew: column 1, 8 bits.
    expect(count(base, 'A skew registers', 'dff')).toBe(10);
    expect(count(base, 'B skew registers', 'dff')).toBe(8);
    // B moves down: x C = 2 registers of 8 bits; A along rows: R x (C-1) = 2 x 8 bits, and
    // the flags of row 0's second PE are the same flip-flops as row 1's skewed flags.
    expect(count(base, 'B systolic registers', 'dff')).toBe(16);
    expect(count(base, 'A systolic registers (+flags)', 'dff')).toBe(16 + 2);
    expect(count(base, 'accumulator', 'dff')).toBe(4 * 32);
    // Result valid (R-1)+(C-1)+P+1 = 3 cycles after the last step.
    expect(count(base, 'result-valid delay line', 'dff')).toBe(3);
    // The controller: run flag, two 32-bit counters, first / last flags.
    expect(count(base, 'controller', 'dff')).toBe(67);
    // Yosys 0.55 keeps exactly these 250 flip-flops (tpe calibrate --subset).
    expect(total(base, 'dff')).toBe(250);
  });

  it('CPAs: a 16-bit product CPA and a 32-bit accumulator adder per PE (baseline)', () => {
    expect(count(base, 'product CPAs')).toBe(4 * 16);
    expect(count(base, 'accumulator adder')).toBe(4 * 32);
  });

  it('OPT1: sum and carry registers, no per-step CPA, a drain CPA and result register per PE', () => {
    expect(count(opt1, 'accumulator (sum)', 'dff')).toBe(4 * 32);
    // The carry word's bit 0 is always zero: no flip-flop.
    expect(count(opt1, 'accumulator (carry)', 'dff')).toBe(4 * 31);
    expect(count(opt1, 'accumulator adder')).toBe(0);
    expect(count(opt1, 'drain CPA')).toBe(4 * 32);
    expect(count(opt1, 'result register')).toBe(4 * 32);
    // The per-step path no longer holds a CPA.
    const step = opt1.stages.find((s) => s.name === 'compress + accumulate')!;
    expect(step.path.some((e) => e.kind === 'cpa')).toBe(false);
  });

  it('OPT1 per row: one CPA per row instead of one per PE', () => {
    const row = inventory(presetDesign('systolic-os', 'opt1-row', { rows: 2, cols: 2 }));
    expect(count(row, 'row CPA')).toBe(2 * 32);
    expect(count(row, 'drain CPA')).toBe(0);
    // Each row selects one of 2 (sum, carry) pairs: (C-1) x (32 + 31) two-input selects (the
    // carry's constant bit 0 needs none).
    expect(count(row, 'row drain select', 'mux2')).toBe(2 * 63);
  });

  it('every component of every preset is known to the tables', () => {
    for (const arch of ['systolic-os', 'systolic-ws', 'cube', 'adder-tree', 'matrix2d', 'bitslice'] as const) {
      const inv = inventory(presetDesign(arch, 'baseline', { rows: 2, cols: 2 }));
      expect(inv.items.length).toBeGreaterThan(0);
      for (const i of inv.items) expect(i.perUnit * i.units).toBeGreaterThan(0);
    }
  });
});

describe('inventory: systolic-ws, the partial sums', () => {
  it('partial-sum adders and registers: sign copies merge one register deep', () => {
    // 4 rows of int8 x int8 products (16 bits): row 0 adds nothing (the partial sum in is zero,
    // its register holds the product and its wired sign extension: 16 flip-flops); row 1 adds two
    // sign-extended words, a 17-bit sum whose copies above are one flip-flop. Yosys merges those
    // flip-flops only after optimizing the logic they feed, so row 2's adder sees 32 distinct
    // bits, and so does row 3's (synthesis keeps 240 flip-flops in this array, the reading 248).
    const inv = inventory(presetDesign('systolic-ws', 'baseline', { rows: 4, cols: 1 }));
    expect(count(inv, 'partial-sum adders', 'cpa_bit')).toBe(17 + 32 + 32);
    expect(count(inv, 'partial-sum registers', 'dff')).toBe(16 + 17 + 32 + 32);
  });
});

describe('inventory: OPT2 and OPT4 share what they hoist', () => {
  it("cube OPT2 builds its encoders once per row; OPT1's in-PE encoders of the broadcast A merge to the same", () => {
    const o1 = inventory(presetDesign('cube', 'opt1', { rows: 4, cols: 4, depth: 4 }));
    const o2 = inventory(presetDesign('cube', 'opt2', { rows: 4, cols: 4, depth: 4 }));
    // Per PE 4 lanes x 3 encoders, but the 4 PEs on a broadcast line see the same A: one copy
    // per line survives (identical logic on identical inputs), 4 lines.
    expect(count(o1, 'digit encoders', 'booth_enc')).toBe(4 * 4 * 3);
    expect(count(o2, 'digit encoders', 'booth_enc')).toBe(4 * 4 * 3); // per row
  });

  it('bit-slice OPT4C moves encoders and zero-skip logic to the column edge', () => {
    const o3 = inventory(presetDesign('bitslice', 'opt3', { rows: 4, cols: 4 }));
    const o4 = inventory(presetDesign('bitslice', 'opt4c', { rows: 4, cols: 4 }));
    // OPT3's in-PE digit encoders of the broadcast A merge to one per line, as many as OPT4C's;
    // its sparse encoders keep per-PE state registers (feedback: never merged), so their logic
    // stays per PE: four times OPT4C's one per column.
    expect(count(o4, 'digit encoders')).toBe(count(o3, 'digit encoders'));
    expect(count(o3, 'zero-skip issue logic')).toBe(4 * count(o4, 'zero-skip issue logic'));
    expect(count(o3, 'zero-skip state', 'dff')).toBe(4 * count(o4, 'zero-skip state', 'dff'));
  });
});

describe('inventory: bit-slice baseline 2x2, radix-4 Booth digits of int8 (D = 4)', () => {
  const inv = inventory(presetDesign('bitslice', 'baseline', { rows: 2, cols: 2 }));
  it('term: e = 2 pos_a + 2 pos_b + two_a + two_b <= 14 is a 4-bit sum, so the one-hot term has 16 positions, not 32', () => {
    // 16 inverted term bits per PE, plus the XOR of the two digit signs.
    expect(count(inv, 'term sign', 'xor2')).toBe(4 * (16 + 1));
  });
  it('the accumulator carry word has constant bits: no flip-flops there', () => {
    expect(count(inv, 'accumulator (carry)', 'dff')).toBeLessThan(4 * 32);
    expect(total(inv, 'dff')).toBe(453); // what Yosys keeps (tpe calibrate --subset)
  });
});

describe('timing: zero-skip designs have a group-sync path', () => {
  it("the AND of every encoder's done flag enables the step counters", async () => {
    const { estimate, loadTech } = await import('../../cost/index.js');
    const tech = loadTech('ihp-sg13g2').value!;
    for (const v of ['opt3', 'opt4c', 'opt4e'] as const) {
      const d = presetDesign('bitslice', v, { rows: 4, cols: 4, technology: 'ihp-sg13g2' });
      const e = estimate(d, { tech }).value!;
      const sync = e.timing.stages.find((s) => s.name === 'zero-skip group sync');
      expect(sync, v).toBeDefined();
      expect(sync!.elements.map((x) => x.what)).toContain(`all ${4 * (d.peGroup ?? 1)} encoder(s) done`); // one per column and lane
    }
    const b = estimate(presetDesign('bitslice', 'baseline', { rows: 4, cols: 4, technology: 'ihp-sg13g2' }), { tech }).value!;
    expect(b.timing.stages.some((s) => s.name === 'zero-skip group sync')).toBe(false);
  });
});
