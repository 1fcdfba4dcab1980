// Every architecture x variant (the canonical presets, small arrays) against the exact reference
// and the simulator's cycles, on shapes that are not multiples of the array and on edge values;
// one design per family also on CXXRTL, which must agree with Verilator.
import { describe, expect, it } from 'vitest';
import { ARCHITECTURES, VARIANTS, presetDesign } from '../../ir/index.js';
import { verilatorStatus } from '../../rtl/sim/tools.js';
import { failures, shape, verifyOk } from './helpers.js';

const hasVerilator = verilatorStatus().ok;
const SHAPES = [shape(5, 7, 9), shape(4, 3, 10)];

describe.skipIf(!hasVerilator)('presets on verilator', () => {
  for (const arch of ARCHITECTURES) {
    for (const v of VARIANTS[arch]) {
      it(`${arch} ${v}`, async () => {
        const d = presetDesign(arch, v, { rows: 3, cols: 2, depth: 2 });
        const rep = await verifyOk(d, SHAPES, 'verilator');
        expect(failures(rep)).toEqual([]);
        expect(rep.cases.length).toBe(SHAPES.length * 6);
      });
    }
  }
});

describe('cxxrtl agrees with verilator', () => {
  const picks = [
    ['systolic-os', 'opt1-row'],
    ['systolic-ws', 'opt2'],
    ['cube', 'opt1'],
    ['bitslice', 'opt4e'],
    ['bitslice', 'baseline'],
  ] as const;
  for (const [arch, v] of picks) {
    it(`${arch} ${v}`, async () => {
      // Same design and cases as above, so the Verilator side comes from the build cache.
      const d = presetDesign(arch, v, { rows: 3, cols: 2, depth: 2 });
      const cx = await verifyOk(d, SHAPES, 'cxxrtl');
      expect(failures(cx)).toEqual([]);
      if (!hasVerilator) return;
      const vl = await verifyOk(d, SHAPES, 'verilator');
      expect(cx.cases.map((c) => [c.label, c.rtlCycles, c.rtlTiles])).toEqual(vl.cases.map((c) => [c.label, c.rtlCycles, c.rtlTiles]));
    });
  }
});

describe('the checker catches a wrong RTL', () => {
  it.skipIf(!hasVerilator)('reports value mismatches with coordinates when the accumulator CPA subtracts', async () => {
    const d = presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2 });
    const r = await (
      await import('../../rtl/verify.js')
    ).verifyDesign(d, {
      shapes: [shape(3, 3, 4)],
      trials: 1,
      seed: 1,
      backend: 'verilator',
      cacheDir: (await import('./helpers.js')).CACHE,
      patchFiles: (fs) =>
        fs.map((f) => (f.name.endsWith('_cpa_w32.v') ? { ...f, text: f.text.replace('assign s = x + y;', 'assign s = x - y;') } : f)),
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.mismatches).toBeGreaterThan(0);
    const m = r.report.cases.find((c) => c.label.includes('all-max'))!.mismatches[0];
    expect(m).toMatchObject({ kind: 'value', m: 0, n: 0 });
  });
  it.skipIf(!hasVerilator)('reports a cycle mismatch when the result-valid delay is one cycle late', async () => {
    const d = presetDesign('matrix2d', 'baseline', { rows: 2, cols: 2 });
    const r = await (
      await import('../../rtl/verify.js')
    ).verifyDesign(d, {
      shapes: [shape(2, 2, 3)],
      trials: 0,
      seed: 1,
      backend: 'verilator',
      cacheDir: (await import('./helpers.js')).CACHE,
      patchFiles: (fs) =>
        fs.map((f) =>
          f.name === 'matrix2d_baseline.v'
            ? {
                ...f,
                text: f.text.replace(
                  'assign out_vld = {4{dl_f_last_q0}};',
                  'reg late;\n  always @(posedge clk) late <= dl_f_last_q0;\n  assign out_vld = {4{late}};',
                ),
              }
            : f,
        ),
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.report.cases[0];
    expect(c.rtlCycles).toBe(c.simCycles + 1);
    expect(c.mismatches[0].kind).toBe('cycles');
  });
});
