// Pipelined zero-skip bit-slice designs (rtl/model/sparse.ts): `operands` registers A's digits a
// sparse group ahead (the EN-T and zero-skip encoders in a stage of their own), `partial-products`
// registers the issued term in the PE, so its per-cycle path is a select and one 3:2 row. Values and
// cycles against the simulator on both RTL simulators, every stage combination.
import { describe, expect, it } from 'vitest';
import { intType, presetDesign, type PipelineStage, type Variant } from '../../ir/index.js';
import { buildRtlModel } from '../../rtl/index.js';
import { verilatorStatus } from '../../rtl/sim/tools.js';
import { failures, shape, verifyOk } from './helpers.js';

const hasVerilator = verilatorStatus().ok;
const SHAPES = [shape(5, 7, 9), shape(3, 2, 4)];

describe('the registered-term PE', () => {
  it('accumulates with one 3:2 row and no enable; the column encoder works from registered digits', () => {
    const d = presetDesign('bitslice', 'opt4c', { rows: 16, cols: 1, pipeline: ['operands', 'partial-products'] });
    const m = buildRtlModel(d).value!;
    const pe = m.modules.find((x) => x.name === `${m.top}_pe`)!;
    const trees = pe.net.insts.filter((i) => i.name.startsWith('acc_'));
    expect(trees.map((i) => i.module)).toEqual([`${m.top}_csa3_w32`]);
    expect(pe.net.regs.find((r) => r.name === 'acc_s')?.en).toBeUndefined();
    expect(pe.net.regs.map((r) => r.name)).toEqual(expect.arrayContaining(['l0_bq', 'l0_selq', 'l0_negq']));
    const top = m.modules.find((x) => x.name === m.top)!;
    expect(top.net.regs.filter((r) => r.en === 'dload').length).toBe(8); // 4 elements x (digits, flags)
  });
});

describe.skipIf(!hasVerilator)('pipelined zero-skip designs on verilator', () => {
  const cases: [Variant, PipelineStage[]][] = [
    ['opt3', ['operands']],
    ['opt3', ['partial-products', 'tree']],
    ['opt3', ['operands', 'partial-products']],
    ['opt4c', ['operands', 'partial-products']],
    ['opt4c', ['partial-products']],
    ['opt4c', ['tree', 'operands']],
    ['opt4e', ['operands', 'partial-products', 'tree']],
    ['opt4e', ['partial-products']],
  ];
  for (const [v, pipeline] of cases) {
    it(`${v} 3x2 ${pipeline.join(',')}`, async () => {
      const d = presetDesign('bitslice', v, { rows: 3, cols: 2, depth: 2, pipeline });
      expect(failures(await verifyOk(d, SHAPES, 'verilator'))).toEqual([]);
    });
  }
  it('group of 1 and of 3, unsigned and narrow types', async () => {
    for (const [g, A, B, acc] of [
      [1, intType(5), intType(4), intType(14)],
      [3, intType(6, false), intType(7), intType(18)],
    ] as const) {
      const d = presetDesign('bitslice', 'opt4c', {
        rows: 2,
        cols: 3,
        groupSize: g,
        A,
        B,
        acc,
        pipeline: ['operands', 'partial-products'],
      });
      expect(failures(await verifyOk(d, SHAPES, 'verilator'))).toEqual([]);
    }
  });
});

describe('cxxrtl agrees with verilator on the pipelined zero-skip designs', () => {
  for (const v of ['opt3', 'opt4c'] as const) {
    it(v, async () => {
      const d = presetDesign('bitslice', v, { rows: 3, cols: 2, pipeline: ['operands', 'partial-products'] });
      const cx = await verifyOk(d, SHAPES, 'cxxrtl');
      expect(failures(cx)).toEqual([]);
      if (!hasVerilator) return;
      const vl = await verifyOk(d, SHAPES, 'verilator');
      expect(cx.cases.map((c) => [c.label, c.rtlCycles])).toEqual(vl.cases.map((c) => [c.label, c.rtlCycles]));
    });
  }
});
