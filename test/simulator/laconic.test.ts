// The Laconic-class engine (simulator/engine/laconic.ts) against the exact reference, its
// closed form (simulator/fast/laconic.ts) on random designs and data, and a hand-worked step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intType, presetDesign, type IntMatrix } from '../../ir/index.js';
import { digitStatsFromData, fastCycles, generateMatrix, simulate, type Dist } from '../../simulator/index.js';
import { referenceGemm } from '../../simulator/index.js';

const mat = (rows: number, cols: number, data: number[]): IntMatrix => ({ rows, cols, data: Int32Array.from(data) });

describe('laconic engine', () => {
  it('hand-worked: 1x1 PE, 2 lanes, K = 3: steps take max(1, max over lanes of nnzA * nnzB)', () => {
    // Booth digits: 3 = 4 - 1 (2 nonzero), 1 (1), 0 (none), 6 = 8 - 2 (2), 5 = 4 + 1 (2), -1 (1).
    const d = presetDesign('laconic', 'baseline', { rows: 1, cols: 1, depth: 2 });
    const a = mat(1, 3, [3, 1, 0]),
      b = mat(3, 1, [6, 5, -1]);
    const r = simulate(d, a, b).value!;
    expect(Number(r.c.data[0])).toBe(3 * 6 + 1 * 5);
    // Step 0 (k = 0, 1): lane 0 has 2 x 2 = 4 pairs, lane 1 1 x 2 = 2: 4 cycles. Step 1 (k = 2):
    // A is 0, no pairs: 1 cycle. Then 1 + P (0) + drain (1).
    expect(r.cycles.total).toBe(4 + 1 + 2);
  });

  it('values exact and the closed form equals the stepped engine (random designs and data)', () => {
    const seed = 20261201;
    console.log(`laconic property seed ${seed}`);
    fc.assert(
      fc.property(
        fc.record({
          rows: fc.integer({ min: 1, max: 4 }),
          cols: fc.integer({ min: 1, max: 3 }),
          lanes: fc.integer({ min: 1, max: 5 }),
          M: fc.integer({ min: 1, max: 7 }),
          N: fc.integer({ min: 1, max: 7 }),
          K: fc.integer({ min: 1, max: 19 }),
          enc: fc.constantFrom('booth4' as const, 'binary' as const, 'ent' as const),
          s: fc.nat(1000),
          aBits: fc.integer({ min: 3, max: 9 }),
          aSigned: fc.boolean(),
          pipe: fc.subarray(['partial-products', 'reduction', 'tree'] as const),
        }),
        (x) => {
          const A = intType(x.aBits, x.aSigned),
            B = intType(8);
          const d = presetDesign('laconic', 'baseline', {
            rows: x.rows,
            cols: x.cols,
            depth: x.lanes,
            encoding: x.enc,
            A,
            B,
            acc: intType(32),
            pipeline: [...x.pipe],
          });
          const dist: Dist = { kind: 'normal', mean: 0, std: 20 };
          const a = generateMatrix(x.M, x.K, A, dist, x.s),
            b = generateMatrix(x.K, x.N, B, dist, x.s + 1);
          const r = simulate(d, a, b, { activity: x.s % 2 === 0 }).value!;
          const ref = referenceGemm(a, b, intType(32), false).value!;
          expect(Array.from(r.c.data)).toEqual(Array.from(ref.data));
          expect(fastCycles(d, { M: x.M, N: x.N, K: x.K }, digitStatsFromData(d, a, b)).value!.total).toBe(r.cycles.total);
        },
      ),
      { seed, numRuns: 60 },
    );
  });

  it('the distribution estimate is close to the stepped average', () => {
    const dist: Dist = { kind: 'normal', mean: 0, std: 20 };
    const d = presetDesign('laconic', 'baseline', { rows: 4, cols: 2, depth: 4 });
    const shape = { M: 8, N: 8, K: 64 };
    let stepped = 0;
    const runs = 8;
    for (let s = 0; s < runs; s++) {
      const a = generateMatrix(shape.M, shape.K, d.types.A, dist, 300 + s),
        b = generateMatrix(shape.K, shape.N, d.types.B, dist, 400 + s);
      stepped += simulate(d, a, b, { activity: false }).value!.cycles.total / runs;
    }
    const est = fastCycles(d, shape, { kind: 'dist', a: dist, b: dist }).value!;
    console.log(`[fast] laconic: stepped mean ${stepped.toFixed(1)}, estimate ${est.total.toFixed(1)}`);
    expect(est.exact).toBe(false);
    expect(Math.abs(est.total - stepped) / stepped).toBeLessThan(0.04);
  });
});
