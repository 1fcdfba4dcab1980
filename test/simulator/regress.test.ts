// Regressions, named after the bug they pin.
import { describe, expect, it } from 'vitest';
import { ARCHITECTURES, VARIANTS, intMatrix, presetDesign } from '../../ir/index.js';
import { fastCycles, digitStatsFromData, simulate } from '../../simulator/index.js';

describe('regressions', () => {
  it('pipeline stages start empty: their first P outputs are bubbles, not zero products', () => {
    // Found by engine.test.ts: with P > 0 the ring of pipeline registers started as zeros that
    // counted as accumulations, so a 1x1x1 GEMM ended before its product arrived (C = 0).
    for (const arch of ARCHITECTURES)
      for (const v of VARIANTS[arch]) {
        const d = presetDesign(arch, v, { rows: 1, cols: 1, depth: 1, groupSize: 1, pipeline: ['operands', 'tree'] });
        const r = simulate(
          d,
          intMatrix(1, 1, () => 3),
          intMatrix(1, 1, () => -5),
        ).value!;
        expect(r.c.data[0], `${arch}/${v}`).toBe(-15n);
        const a = intMatrix(1, 1, () => 3),
          b = intMatrix(1, 1, () => -5);
        expect(fastCycles(d, { M: 1, N: 1, K: 1 }, digitStatsFromData(d, a, b)).value!.total, `${arch}/${v}`).toBe(r.cycles.total);
      }
  });

  it('0 * negative is -0 in JS: C stores +0 (BigInt(-0) is 0n)', () => {
    const d = presetDesign('matrix2d', 'baseline', { rows: 1, cols: 1 });
    expect(
      simulate(
        d,
        intMatrix(1, 1, () => 0),
        intMatrix(1, 1, () => -7),
      ).value!.c.data[0],
    ).toBe(0n);
  });
});
