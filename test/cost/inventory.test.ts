// Component counts of whole designs, worked out by hand for small arrays.
import { describe, expect, it } from 'vitest';
import { inventory, type Inventory } from '../../cost/index.js';
import { presetDesign } from '../../ir/index.js';

const count = (inv: Inventory, block: string, component?: string) =>
  inv.items.filter((i) => i.block === block && (component === undefined || i.component === component)).reduce((s, i) => s + i.perUnit * i.units, 0);

describe('inventory: systolic-os 2x2, int8 x int8 -> int32, radix-4 Booth', () => {
  const base = inventory(presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2 }));
  const opt1 = inventory(presetDesign('systolic-os', 'opt1', { rows: 2, cols: 2 }));

  it('counts PEs and MACs per cycle', () => {
    expect([base.pes, base.macsPerCycle]).toEqual([4, 4]);
  });

  it('encoders: 4 Booth digits per PE', () => {
    expect(count(base, 'digit encoders', 'booth_enc')).toBe(16);
  });

  it('selectors: 16-bit product rows at shifts 0,2,4,6 need 9 selected bits + 1 shared sign each', () => {
    // Row j: bits 2j..2j+8 select B/2B (9 bits), bits above repeat the sign (1 selector): 10 per row.
    expect(count(base, 'partial-product selectors', 'booth_sel')).toBe(4 * 4 * 10);
  });

  it('registers: skew, systolic, accumulator', () => {
    // A skew: row 1 waits one cycle: 8 bits + 2 flags. B skew: column 1, 8 bits.
    expect(count(base, 'A skew registers')).toBe(10);
    expect(count(base, 'B skew registers')).toBe(8);
    // B moves down: x C = 2 registers of 8 bits; A (+flags) along rows: R x (C-1) = 2 x 10 bits.
    expect(count(base, 'B systolic registers')).toBe(16);
    expect(count(base, 'A systolic registers (+flags)')).toBe(20);
    expect(count(base, 'accumulator', 'dff')).toBe(4 * 32);
    // Result valid (R-1)+(C-1)+P+1 = 3 cycles after the last step.
    expect(count(base, 'result-valid delay line')).toBe(3);
  });

  it('CPAs: a 16-bit product CPA and a 32-bit accumulator adder per PE (baseline)', () => {
    expect(count(base, 'product CPAs')).toBe(4 * 16);
    expect(count(base, 'accumulator adder')).toBe(4 * 32);
  });

  it('OPT1: sum and carry registers, no per-step CPA, a drain CPA and result register per PE', () => {
    expect(count(opt1, 'accumulator (sum)', 'dff')).toBe(4 * 32);
    expect(count(opt1, 'accumulator (carry)', 'dff')).toBe(4 * 32);
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
    // Each row selects one of 2 (sum, carry) pairs: (C-1) x 2 x 32 two-input selects.
    expect(count(row, 'row drain select', 'mux2')).toBe(2 * 64);
  });

  it('every component of every preset is known to the tables', () => {
    for (const arch of ['systolic-os', 'systolic-ws', 'cube', 'adder-tree', 'matrix2d', 'bitslice'] as const) {
      const inv = inventory(presetDesign(arch, 'baseline', { rows: 2, cols: 2 }));
      expect(inv.items.length).toBeGreaterThan(0);
      for (const i of inv.items) expect(i.perUnit * i.units).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('inventory: OPT2 and OPT4 share what they hoist', () => {
  it('cube OPT2 builds its encoders once per row; OPT1\'s in-PE encoders of the broadcast A merge to the same', () => {
    const o1 = inventory(presetDesign('cube', 'opt1', { rows: 4, cols: 4, depth: 4 }));
    const o2 = inventory(presetDesign('cube', 'opt2', { rows: 4, cols: 4, depth: 4 }));
    // Per PE 4 lanes x 4 digits, but the 4 PEs on a broadcast line see the same A: one copy per
    // line survives flattening synthesis (operandCopies), 4 lines.
    expect(count(o1, 'digit encoders')).toBe(4 * 4 * 4);
    expect(count(o2, 'digit encoders')).toBe(4 * 4 * 4); // per row
  });

  it('bit-slice OPT4C moves encoders and zero-skip logic to the column edge', () => {
    const o3 = inventory(presetDesign('bitslice', 'opt3', { rows: 4, cols: 4 }));
    const o4 = inventory(presetDesign('bitslice', 'opt4c', { rows: 4, cols: 4 }));
    // OPT3's in-PE digit encoders of the broadcast A merge in synthesis to one per line, as
    // many as OPT4C's; its sparse encoders keep per-PE state, so their logic stays per PE.
    expect(count(o4, 'digit encoders')).toBe(count(o3, 'digit encoders'));
    expect(count(o4, 'zero-skip issue logic')).toBe(count(o3, 'zero-skip issue logic') / 4);
  });
});

describe('inventory: bit-slice baseline 2x2, radix-4 Booth digits of int8 (D = 4)', () => {
  const inv = inventory(presetDesign('bitslice', 'baseline', { rows: 2, cols: 2 }));
  it('nonzero-digit pick: prefix counts only as wide as their values', () => {
    // Prefix count i (i = 0..3) is clog2(i + 1) bits: 0, 1, 2, 2. Adders build counts 2 and 3
    // (2 + 2 half adders), compares XOR 0 + 1 + 2 + 2 = 5 bits, per operand. A's pick depends on
    // A and ci only: one copy per broadcast line of A (2), B's one per line of B (2).
    expect(count(inv, 'nonzero-digit pick', 'ha')).toBe((2 + 2) * 4);
    expect(count(inv, 'nonzero-digit pick', 'xor2')).toBe((2 + 2) * 5);
  });
  it('term: a one-hot of e <= 2 * (3 * 2 + 1) = 14, so 15 positions, not the 32 accumulator bits', () => {
    expect(count(inv, 'term sign', 'xor2')).toBe(4 * 15);
    expect(count(inv, 'term decoder', 'and2')).toBe(4 * (15 + 2 * 4));
  });
});

describe('timing: zero-skip designs have a group-sync path', () => {
  it('the AND of every encoder\'s done flag enables the step counters', async () => {
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
