// The closed-form fast path: exact for data-independent designs (also checked in
// engine.test.ts), an expected value from distributions for zero-skip designs, and fast.
import { describe, expect, it } from 'vitest';
import { ARCHITECTURES, VARIANTS, presetDesign } from '../../ir/index.js';
import { digitStatsFromData, fastCycles, generateMatrix, simulate, type Dist } from '../../simulator/index.js';

describe('fastCycles', () => {
  it('needs digit statistics for zero-skip designs (S0109) and none for the others', () => {
    expect(fastCycles(presetDesign('bitslice', 'opt3'), { M: 8, N: 8, K: 8 }).diagnostics[0].code).toBe('S0109');
    expect(fastCycles(presetDesign('laconic'), { M: 8, N: 8, K: 8 }).diagnostics[0].code).toBe('S0109');
    for (const arch of ARCHITECTURES.filter((a) => a !== 'bitslice' && a !== 'laconic')) {
      for (const v of VARIANTS[arch]) expect(fastCycles(presetDesign(arch, v), { M: 30, N: 17, K: 65 }).value?.exact).toBe(true);
    }
  });

  it('the distribution estimate is close to the stepped average on that distribution', () => {
    const dist: Dist = { kind: 'normal', mean: 0, std: 20 };
    for (const v of ['baseline', 'opt3', 'opt4c', 'opt4e'] as const) {
      const d = presetDesign('bitslice', v, { rows: 4, cols: 4, depth: 2 });
      const shape = { M: 16, N: 8, K: 64 };
      let stepped = 0;
      const runs = 6;
      for (let s = 0; s < runs; s++) {
        const a = generateMatrix(shape.M, shape.K, d.types.A, dist, 100 + s),
          b = generateMatrix(shape.K, shape.N, d.types.B, dist, 200 + s);
        const r = simulate(d, a, b, { activity: false }).value!;
        expect(fastCycles(d, shape, digitStatsFromData(d, a, b)).value!.total).toBe(r.cycles.total);
        stepped += r.cycles.total / runs;
      }
      const est = fastCycles(d, shape, { kind: 'dist', a: dist, b: dist }).value!;
      console.log(`[fast] bitslice ${v}: stepped mean ${stepped.toFixed(1)}, estimate ${est.total.toFixed(1)}`);
      expect(est.exact).toBe(false);
      expect(Math.abs(est.total - stepped) / stepped).toBeLessThan(0.03);
    }
  });

  it('evaluates data-independent designs well over 100,000 times per second', () => {
    const d = presetDesign('systolic-os', 'opt1', { rows: 16, cols: 16 });
    // CPU time, not wall time: the test machine is shared.
    let n = 0,
      sum = 0;
    const t0 = performance.now(),
      c0 = process.cpuUsage();
    while (performance.now() - t0 < 200)
      for (let i = 0; i < 1000; i++, n++) sum += fastCycles(d, { M: 64 + (i & 7), N: 64, K: 64 }).value!.total;
    const c = process.cpuUsage(c0);
    const rate = n / ((c.user + c.system) / 1e6);
    console.log(`[fast] ${Math.round(rate)} evaluations/s`);
    expect(sum).toBeGreaterThan(0);
    expect(rate).toBeGreaterThan(100_000);
  });
});
