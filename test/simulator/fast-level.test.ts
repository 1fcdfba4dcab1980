// The fast simulation level (simulator/fast/exact.ts) against the stepped engine and the plain
// integer GEMM: every architecture and variant, random arrays, pipelines, encodings, operand
// widths 2..16 signed and unsigned, random and extreme data, accumulator-stressing K, with and
// without wrapping. Values, cycles, tiles, busy cycles and the overflow report (count, first
// elements and cycles, the S0103 message) must be identical; toggles too whenever the sample
// covers every tile (the default budget on these sizes), and within the stated error otherwise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARCHITECTURES,
  PIPELINE_STAGES,
  VARIANTS,
  intRange,
  presetDesign,
  type Design,
  type DigitEncoding,
  type IntMatrix,
  type IntType,
} from '../../ir/index.js';
import {
  digitStatsFromData,
  fastCycles,
  generateMatrix,
  referenceGemm,
  simulate,
  simulateFast,
  type SimResult,
} from '../../simulator/index.js';
import { fcSeed } from './seed.js';

type Fill = 'uniform' | 'normal' | 'min' | 'max' | 'mixed' | 'zero';

function operand(rows: number, cols: number, t: IntType, fill: Fill, seed: number): IntMatrix {
  const r = intRange(t);
  const lo = Number(r.min),
    hi = Number(r.max);
  if (fill === 'uniform') return generateMatrix(rows, cols, t, { kind: 'uniform' }, seed);
  if (fill === 'normal') return generateMatrix(rows, cols, t, { kind: 'normal', mean: 0, std: 20 }, seed);
  const data = new Int32Array(rows * cols);
  for (let i = 0; i < data.length; i++)
    data[i] = fill === 'min' ? lo : fill === 'max' ? hi : fill === 'zero' ? 0 : (i * 7 + seed) % 3 === 0 ? lo : hi;
  return { rows, cols, data };
}

/** The fields both levels share, in a comparable form. */
function common(r: SimResult | undefined): unknown {
  if (!r) return undefined;
  return {
    c: Array.from(r.c.data, String),
    cycles: r.cycles,
    tiles: r.tiles,
    utilization: r.utilization,
    macs: r.macs,
    array: r.array,
    peBusy: Array.from(r.peBusy),
    toggles: r.toggles,
    overflows: r.overflows,
    overflowCount: r.overflowCount,
  };
}

const typeArb = fc.record({ signed: fc.boolean(), bits: fc.integer({ min: 2, max: 16 }) });
const encodings: DigitEncoding[] = ['booth4', 'ent', 'binary'];

function design(
  arch: (typeof ARCHITECTURES)[number],
  variant: Parameters<typeof presetDesign>[1],
  o: {
    rows: number;
    cols: number;
    depth: number;
    groupSize: number;
    encoding: DigitEncoding;
    pipeline: (typeof PIPELINE_STAGES)[number][];
    A: IntType;
    B: IntType;
    acc: IntType;
  },
): Design {
  return presetDesign(arch, variant, { ...o, ...(arch === 'bitslice' || o.encoding !== 'binary' ? { encoding: o.encoding } : {}) });
}

function expectSameAsStepped(d: Design, a: IntMatrix, b: IntMatrix, wrap: boolean, threads: number): void {
  const s = simulate(d, a, b, { wrap });
  if (s.diagnostics.some((x) => x.code === 'S0105')) return; // beyond the stepped engine's exact float path
  const f = simulateFast(d, a, b, { wrap, threads });
  expect(f.diagnostics.map((x) => [x.code, x.message, x.hint])).toEqual(s.diagnostics.map((x) => [x.code, x.message, x.hint]));
  expect(common(f.value)).toEqual(common(s.value));
  if (f.value) {
    expect(f.value.activitySample?.exact).toBe(true);
    expect(Array.from(f.value.c.data)).toEqual(Array.from(referenceGemm(a, b, d.types.acc, true).value!.data));
    const fc0 = fastCycles(d, { M: a.rows, N: b.cols, K: a.cols }, digitStatsFromData(d, a, b));
    expect(f.value.cycles.total).toBe(fc0.value!.total);
  }
}

describe('fast level equals the stepped engine', () => {
  for (const arch of ARCHITECTURES) {
    for (const variant of VARIANTS[arch]) {
      it(`${arch} ${variant}: random designs, widths 2..16, random and extreme data, wrap and no wrap`, () => {
        const arb = fc.record({
          rows: fc.integer({ min: 1, max: 5 }),
          cols: fc.integer({ min: 1, max: 5 }),
          depth: fc.integer({ min: 1, max: 4 }),
          groupSize: fc.integer({ min: 1, max: 4 }),
          encoding: fc.constantFrom(...encodings),
          pipeline: fc.subarray([...PIPELINE_STAGES]),
          A: typeArb,
          B: typeArb,
          accExtra: fc.integer({ min: -1, max: 10 }),
          accWide: fc.boolean(),
          M: fc.integer({ min: 1, max: 13 }),
          N: fc.integer({ min: 1, max: 13 }),
          K: fc.integer({ min: 1, max: 40 }),
          fillA: fc.constantFrom<Fill>('uniform', 'normal', 'min', 'max', 'mixed', 'zero'),
          fillB: fc.constantFrom<Fill>('uniform', 'normal', 'min', 'max', 'mixed'),
          seed: fc.integer({ min: 0, max: 1000 }),
          threads: fc.constantFrom(1, 2),
        });
        fc.assert(
          fc.property(arb, (o) => {
            const signed = o.A.signed || o.B.signed;
            // Narrow accumulators (about one product wide) overflow; wide ones (up to 64 bits) do not.
            const acc = { signed, bits: o.accWide ? Math.min(64, 40 + o.accExtra * 2) : Math.max(2, o.A.bits + o.B.bits + o.accExtra) };
            const d = design(arch, variant, { ...o, acc });
            const a = operand(o.M, o.K, d.types.A, o.fillA, o.seed),
              b = operand(o.K, o.N, d.types.B, o.fillB, o.seed + 1);
            for (const wrap of [false, true]) expectSameAsStepped(d, a, b, wrap, o.threads);
          }),
          { seed: fcSeed(`fast level ${arch} ${variant}`), numRuns: Number(process.env.FC_RUNS ?? 25) },
        );
      });
    }
  }

  it('accumulator-stressing K (hundreds to thousands, over many kernel chunks) on every architecture', () => {
    const arb = fc.record({
      arch: fc.constantFrom(...ARCHITECTURES),
      v: fc.nat(),
      rows: fc.integer({ min: 1, max: 4 }),
      cols: fc.integer({ min: 1, max: 4 }),
      A: typeArb,
      B: typeArb,
      headroom: fc.integer({ min: 0, max: 12 }),
      K: fc.integer({ min: 100, max: 1500 }),
      M: fc.integer({ min: 1, max: 6 }),
      N: fc.integer({ min: 1, max: 6 }),
      drift: fc.boolean(),
      seed: fc.integer({ min: 0, max: 1000 }),
    });
    let overflowed = 0,
      clean = 0;
    fc.assert(
      fc.property(arb, (o) => {
        const variant = VARIANTS[o.arch][o.v % VARIANTS[o.arch].length];
        const signed = o.A.signed || o.B.signed;
        // Room for a few products more than one: long K crosses it on some elements, not others.
        const acc = { signed, bits: Math.min(40, o.A.bits + o.B.bits + o.headroom) };
        const d = design(o.arch, variant, {
          rows: o.rows,
          cols: o.cols,
          depth: 2,
          groupSize: 2,
          encoding: 'ent',
          pipeline: [],
          A: o.A,
          B: o.B,
          acc,
        });
        const a = operand(o.M, o.K, d.types.A, 'uniform', o.seed),
          b = operand(o.K, o.N, d.types.B, 'uniform', o.seed + 1);
        if (o.drift) {
          a.data.forEach((x, i) => {
            a.data[i] = Math.abs(x) >> 1;
          });
          b.data.forEach((x, i) => {
            b.data[i] = Math.abs(x) >> 1;
          });
        }
        for (const wrap of [false, true]) expectSameAsStepped(d, a, b, wrap, 2);
        const w = simulate(d, a, b, { wrap: true }).value;
        if (w && w.overflowCount > 0) overflowed++;
        else clean++;
      }),
      { seed: fcSeed('fast level, accumulator-stressing K'), numRuns: 60 },
    );
    expect(overflowed).toBeGreaterThan(0);
    expect(clean).toBeGreaterThan(0);
  });
});

describe('fast level toggle sampling', () => {
  it('samples tiles when the budget is smaller than the problem, states it, and stays within its error', () => {
    const cases: [Design, number, number, number][] = [
      [presetDesign('systolic-os', 'opt1', { rows: 8, cols: 8 }), 96, 80, 64],
      [presetDesign('systolic-ws', 'opt2', { rows: 8, cols: 8 }), 64, 96, 96],
      [presetDesign('matrix2d', 'baseline', { rows: 4, cols: 8 }), 64, 64, 48],
      [presetDesign('adder-tree', 'opt1', { rows: 8, cols: 4 }), 48, 64, 64],
      [presetDesign('bitslice', 'opt3', { rows: 4, cols: 4 }), 40, 40, 32],
    ];
    for (const [d, M, N, K] of cases) {
      const a = generateMatrix(M, K, d.types.A, { kind: 'normal', mean: 0, std: 20 }, 3),
        b = generateMatrix(K, N, d.types.B, { kind: 'normal', mean: 0, std: 20 }, 4);
      const s = simulate(d, a, b).value!;
      const f = simulateFast(d, a, b, { sampleMacs: Math.floor((M * N * K) / 5), sampleSeed: 7 }).value!;
      const info = f.activitySample!;
      expect(info.exact).toBe(false);
      expect(info.tilesSampled).toBeLessThan(info.tiles);
      expect(info.seed).toBe(7);
      for (const k of Object.keys(s.toggles) as (keyof typeof s.toggles)[]) {
        const want = s.toggles[k],
          got = f.toggles[k];
        if (want === 0) {
          expect(got).toBe(0);
          continue;
        }
        const err = Math.abs(got - want) / want;
        // Within five standard errors (plus a floor for classes with few tiles).
        expect(err, `${d.name} ${k}: ${got} vs ${want}, stated rel. std. error ${info.relStdErr[k]}`).toBeLessThanOrEqual(
          5 * info.relStdErr[k] + 0.01,
        );
        expect(err).toBeLessThan(0.05);
      }
    }
  });

  it('is deterministic for a seed and skipped without activity', () => {
    const d = presetDesign('systolic-os', 'baseline', { rows: 4, cols: 4 });
    const a = generateMatrix(64, 64, d.types.A, { kind: 'uniform' }, 1),
      b = generateMatrix(64, 64, d.types.B, { kind: 'uniform' }, 2);
    const x = simulateFast(d, a, b, { sampleMacs: 20000 }).value!,
      y = simulateFast(d, a, b, { sampleMacs: 20000 }).value!;
    expect(x.toggles).toEqual(y.toggles);
    const z = simulateFast(d, a, b, { activity: false }).value!;
    expect(z.activitySample).toBeUndefined();
    expect(z.toggles).toEqual({ operandRegs: 0, partialProducts: 0, compressorOutputs: 0, accumulatorRegs: 0, pipelineRegs: 0 });
  });
});
