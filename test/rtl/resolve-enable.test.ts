// The shared resolve stage's registers hold unless they have something to load (issue 11): a
// lane's pair registers load only in the cycles its token selects a finished pair, its result
// registers only in the cycle after, so synthesis finds an enable and `--clock-gating` gates them.
// Outputs and cycles are unchanged: test/rtl/presets.test.ts and the examples sweep verify them.
import { describe, expect, it } from 'vitest';
import { ARCHITECTURES, VARIANTS, presetDesign } from '../../ir/index.js';
import { buildRtlModel } from '../../rtl/index.js';
import { verilatorStatus } from '../../rtl/sim/tools.js';
import { failures, shape, verifyOk } from './helpers.js';

const shared = ARCHITECTURES.filter((a) => VARIANTS[a].includes('opt1-shared'));

describe('shared resolve stage enables', () => {
  it('covers every architecture with a shared resolve stage', () => {
    expect(shared.length).toBeGreaterThanOrEqual(3);
  });
  for (const arch of shared) {
    // 3x2 with 4 lanes: 6 pairs in 2 steps, so lanes 2 and 3 idle in the last step (a second enable).
    it(`${arch} opt1-shared: pair registers load on the lane's token, result registers the cycle after`, () => {
      const d = presetDesign(arch, 'opt1-shared', { rows: 3, cols: 2, depth: 2 });
      const m = buildRtlModel({ ...d, reduction: { ...d.reduction, lanes: 4 } });
      expect(m.diagnostics).toEqual([]);
      const rs = m.value!.modules.find((x) => x.template === 'resolve')!;
      expect(rs).toBeDefined();
      const regs = new Map(rs.net.regs.map((r) => [r.name, r]));
      const wires = new Map(rs.net.assigns.map((a) => [a.lhs, a.rhs]));
      const lanes = [...regs.keys()].filter((n) => /^l\d+_res$/.test(n)).length;
      expect(lanes).toBeGreaterThan(0);
      const enables = new Set<string>();
      for (let l = 0; l < lanes; l++) {
        const s = regs.get(`l${l}_s`)!;
        const c = regs.get(`l${l}_c`)!;
        const res = regs.get(`l${l}_res`)!;
        // The pair's enable is the OR of the delay-line taps that select this lane's pairs.
        expect(s.en).toBeDefined();
        expect(c.en).toBe(s.en);
        const taps = wires.get(s.en!)!.split(' | ');
        for (const t of taps) expect(regs.get(t)?.block?.name).toBe('resolve stage step delay line');
        // Its one-hot select reads exactly those taps.
        const sel = rs.net.insts.find((i) => i.name === `l${l}_u_s_sel`);
        if (sel)
          expect(
            sel.conns
              .find((x) => x.port === 'sel')!
              .expr.replace(/[{} ]/g, '')
              .split(',')
              .sort(),
          ).toEqual([...taps].sort());
        else expect(taps.length).toBe(1);
        // The result's enable is the pair's enable one cycle later.
        expect(res.en).toBeDefined();
        expect(regs.get(res.en!)!.d).toBe(s.en);
        enables.add(s.en!);
      }
      expect(enables.size).toBe(2);
    });
  }

  // The same 4-lane form run against the simulator: with the registers holding between steps, every
  // output value and the cycle count still match (tiles back to back, a lane idle in the last step).
  it.skipIf(!verilatorStatus().ok)('systolic-os opt1-shared, 3x2, 4 lanes: outputs and cycles on verilator', async () => {
    const d = presetDesign('systolic-os', 'opt1-shared', { rows: 3, cols: 2, depth: 2 });
    const rep = await verifyOk({ ...d, reduction: { ...d.reduction, lanes: 4 } }, [shape(5, 7, 9), shape(7, 3, 1)], 'verilator');
    expect(failures(rep)).toEqual([]);
    expect(rep.cases.length).toBe(12);
  });
});
