// The pipelined multiplier-adder trees (rtl/model/adder-tree.ts): `reduction` pipeline stages cut
// the k tree of every column into register levels. Values and cycles against the simulator on
// both RTL simulators, the placement of the cuts and the exact widths at the published size.
import { describe, expect, it } from 'vitest';
import { intType, presetDesign, type PipelineStage, type Variant } from '../../ir/index.js';
import { buildRtlModel, checkSupport } from '../../rtl/index.js';
import { planReduction } from '../../rtl/model/adder-tree.js';
import { verilatorStatus } from '../../rtl/sim/tools.js';
import { failures, shape, verifyOk } from './helpers.js';

const hasVerilator = verilatorStatus().ok;
const SHAPES = [shape(5, 7, 9), shape(3, 2, 4)];

describe('cut placement (planReduction)', () => {
  it('published OPT2 at K = 16: groups of four, 14-bit weight sums, a 20-bit result', () => {
    const d = presetDesign('adder-tree', 'opt2', { rows: 16, cols: 16, pipeline: ['partial-products', 'reduction', 'reduction'] });
    const p = planReduction(d);
    expect(p.cuts).toEqual([2, 4]);
    expect(p.resultBits).toBe(20);
    const m = buildRtlModel(d).value!;
    const top = m.modules.find((x) => x.name === m.top)!;
    // Per weight: sums of four digit x B products in [-1024, 1024] (12 bits), then of sixteen in
    // [-4096, 4096] (14 bits: the published 13 leave out B = -128 with digit -2).
    expect(top.net.wires.find((w) => w.name === 'c0_j0_l0_g0_sum')?.width).toBe(12);
    expect(top.net.wires.find((w) => w.name === 'c0_j0_l1_g0_sum')?.width).toBe(14);
    expect(top.net.regs.find((r) => r.name === 'res0')?.width).toBe(20);
  });
  it('baseline MAC tree at the same depth registers the products, then sums of four', () => {
    const d = presetDesign('adder-tree', 'baseline', { rows: 16, cols: 16, pipeline: ['partial-products', 'reduction', 'reduction'] });
    expect(planReduction(d).cuts).toEqual([0, 2]);
  });
  it('a reduction stage where there is no k tree is not built (E0601)', () => {
    for (const [a, v] of [
      ['systolic-ws', 'opt1'],
      ['systolic-os', 'baseline'],
      ['bitslice', 'opt3'],
    ] as const) {
      const d = presetDesign(a, v, { rows: 2, cols: 2, pipeline: ['reduction'] });
      expect(checkSupport(d).map((x) => x.code)).toContain('E0601');
    }
  });
});

describe.skipIf(!hasVerilator)('pipelined adder trees on verilator', () => {
  const cases: [Variant, number, PipelineStage[]][] = [
    ['baseline', 4, ['reduction']],
    ['baseline', 5, ['partial-products', 'reduction', 'reduction']],
    ['baseline', 3, ['tree', 'reduction', 'reduction', 'reduction']],
    ['opt1', 4, ['partial-products', 'reduction', 'reduction']],
    ['opt1', 1, ['reduction', 'operands']],
    ['opt2', 4, ['partial-products', 'reduction', 'reduction']],
    ['opt2', 5, ['reduction', 'tree']],
    ['opt2', 2, ['operands', 'reduction', 'reduction', 'reduction']],
  ];
  for (const [v, rows, pipeline] of cases) {
    it(`${v} ${rows}x2 ${pipeline.join(',')}`, async () => {
      const d = presetDesign('adder-tree', v, { rows, cols: 2, pipeline });
      const rep = await verifyOk(d, SHAPES, 'verilator');
      expect(failures(rep)).toEqual([]);
    });
  }
  it('OPT2 with in-PE encoders, unsigned operands and binary digits', async () => {
    const d = presetDesign('adder-tree', 'opt2', {
      rows: 3,
      cols: 2,
      A: intType(6, false),
      B: intType(5, false),
      acc: intType(16, false),
      encoding: 'binary',
      pipeline: ['reduction'],
    });
    expect(failures(await verifyOk(d, SHAPES, 'verilator'))).toEqual([]);
    const e = presetDesign('adder-tree', 'opt2', {
      rows: 4,
      cols: 2,
      A: intType(7),
      B: intType(6, false),
      acc: intType(20),
      pipeline: ['partial-products', 'reduction'],
    });
    expect(failures(await verifyOk({ ...e, encoders: [{ ...e.encoders[0], placement: 'pe' }] }, SHAPES, 'verilator'))).toEqual([]);
  });
});

describe('cxxrtl agrees with verilator on the pipelined trees', () => {
  for (const v of ['baseline', 'opt2'] as const) {
    it(v, async () => {
      const d = presetDesign('adder-tree', v, { rows: 4, cols: 2, pipeline: ['partial-products', 'reduction', 'reduction'] });
      const cx = await verifyOk(d, SHAPES, 'cxxrtl');
      expect(failures(cx)).toEqual([]);
      if (!hasVerilator) return;
      const vl = await verifyOk(d, SHAPES, 'verilator');
      expect(cx.cases.map((c) => [c.label, c.rtlCycles])).toEqual(vl.cases.map((c) => [c.label, c.rtlCycles]));
    });
  }
});
