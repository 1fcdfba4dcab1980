// Every architecture and variant of ir/architectures.ts (random array sizes, depths, groups, pipeline
// stages, encodings, mixed-precision and unsigned types) on random shapes — including 1 and
// non-multiples of the array — and edge data: the simulated C equals the plain integer GEMM,
// the closed-form fast path equals the stepped cycles, and the counters are consistent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARCHITECTURES,
  PIPELINE_STAGES,
  VARIANTS,
  checkDesign,
  digitCount,
  intRange,
  maxSafeK,
  presetDesign,
  productRange,
  type Design,
  type DigitEncoding,
  type IntMatrix,
  type IntType,
} from '../../ir/index.js';
import { digitStatsFromData, fastCycles, generateMatrix, referenceGemm, simulate } from '../../simulator/index.js';
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

/** The narrowest accumulator that still holds K products of these operand types (stresses it). */
function tightAcc(A: IntType, B: IntType, K: number): IntType {
  const signed = A.signed || B.signed;
  const probe = presetDesign('systolic-os', 'baseline', { A, B });
  const p = productRange(probe);
  const big = BigInt(K) * (p.max > -p.min ? p.max : -p.min);
  let bits = 2;
  while (bits < 64 && (signed ? (1n << BigInt(bits - 1)) - 1n < big : (1n << BigInt(bits)) - 1n < big)) bits++;
  return { signed, bits };
}

const typeArb = (maxBits: number) => fc.record({ signed: fc.boolean(), bits: fc.integer({ min: 2, max: maxBits }) });

for (const arch of ARCHITECTURES) {
  describe(arch, () => {
    for (const variant of VARIANTS[arch]) {
      it(`${variant}: C equals the integer GEMM and fast cycles equal stepped cycles`, () => {
        const encodings: DigitEncoding[] = ['booth4', 'ent', 'binary'];
        const arb = fc.record({
          rows: fc.integer({ min: 1, max: 5 }),
          cols: fc.integer({ min: 1, max: 5 }),
          depth: fc.integer({ min: 1, max: 4 }),
          groupSize: fc.integer({ min: 1, max: 4 }),
          encoding: fc.constantFrom(...encodings),
          pipeline: fc.subarray([...PIPELINE_STAGES]),
          A: typeArb(10),
          B: typeArb(10),
          tight: fc.boolean(),
          M: fc.integer({ min: 1, max: 11 }),
          N: fc.integer({ min: 1, max: 11 }),
          K: fc.integer({ min: 1, max: 19 }),
          fillA: fc.constantFrom<Fill>('uniform', 'normal', 'min', 'max', 'mixed', 'zero'),
          fillB: fc.constantFrom<Fill>('uniform', 'normal', 'min', 'max', 'mixed'),
          seed: fc.integer({ min: 0, max: 1000 }),
        });
        fc.assert(
          fc.property(arb, (o) => {
            // A signed operand makes the accumulator signed (IR rule).
            const acc = o.tight ? tightAcc(o.A, o.B, o.K) : { signed: o.A.signed || o.B.signed, bits: 32 };
            const d: Design = presetDesign(arch, variant, {
              rows: o.rows,
              cols: o.cols,
              depth: o.depth,
              groupSize: o.groupSize,
              A: o.A,
              B: o.B,
              acc,
              pipeline: o.pipeline,
              ...(arch === 'bitslice' || o.encoding !== 'binary' ? { encoding: o.encoding } : {}),
            });
            if (o.tight) expect(maxSafeK(d)).toBeGreaterThanOrEqual(o.K);
            const a = operand(o.M, o.K, d.types.A, o.fillA, o.seed);
            const b = operand(o.K, o.N, d.types.B, o.fillB, o.seed + 1);
            const r = simulate(d, a, b);
            expect(r.diagnostics).toEqual([]);
            const sim = r.value!;
            const ref = referenceGemm(a, b, d.types.acc, false);
            expect(ref.diagnostics).toEqual([]);
            expect(Array.from(sim.c.data)).toEqual(Array.from(ref.value!.data));
            const fast = fastCycles(d, { M: o.M, N: o.N, K: o.K }, digitStatsFromData(d, a, b));
            expect(fast.value?.total).toBe(sim.cycles.total);
            expect(fast.value?.tiles).toBe(sim.tiles.length);
            // Counters add up.
            const c = sim.cycles;
            expect(c.fill + c.steady + c.drain + c.stalls).toBe(c.total);
            expect(sim.tiles.reduce((s, t) => s + t.cycles, 0)).toBe(c.total);
            expect(sim.utilization).toBeGreaterThan(0);
            // A zero-skip group of g zero-valued elements takes d cycles, so sparse designs may beat 1.
            expect(sim.utilization).toBeLessThanOrEqual(arch === 'bitslice' && variant !== 'baseline' ? o.groupSize : 1);
            const busy = sim.peBusy.reduce((s, x) => s + x, 0);
            if (['systolic-os', 'matrix2d', 'systolic-ws', 'adder-tree'].includes(arch)) expect(busy).toBe(o.M * o.N * o.K);
            if (arch === 'cube') expect(busy).toBe(o.M * o.N * Math.ceil(o.K / o.depth));
            if (arch === 'bitslice' && variant !== 'baseline') expect(c.steady).toBeGreaterThan(0);
            // Without activity counting the values and cycles are the same.
            const quiet = simulate(d, a, b, { activity: false }).value!;
            expect(quiet.cycles).toEqual(sim.cycles);
            expect(Object.values(quiet.toggles).every((v) => v === 0)).toBe(true);
          }),
          { seed: fcSeed(`${arch}/${variant}`), numRuns: 200 },
        );
      });
    }
  });
}

describe('16-bit operands and wide accumulators', () => {
  it('int16 x uint16 into int48 and int64 on every architecture', () => {
    for (const arch of ARCHITECTURES)
      for (const variant of VARIANTS[arch]) {
        for (const accBits of [48, 64]) {
          const d = presetDesign(arch, variant, {
            rows: 3,
            cols: 2,
            A: { signed: true, bits: 16 },
            B: { signed: false, bits: 16 },
            acc: { signed: true, bits: accBits },
          });
          const a = operand(4, 7, d.types.A, 'mixed', 3),
            b = operand(7, 3, d.types.B, 'max', 4);
          const r = simulate(d, a, b);
          expect(r.diagnostics).toEqual([]);
          expect(Array.from(r.value!.c.data)).toEqual(Array.from(referenceGemm(a, b, d.types.acc, false).value!.data));
        }
      }
  });
});

describe('designs that encode B instead of A', () => {
  it('run on the transpose (zero-skip) or with B as the multiplier operand, with exact C and matching fast cycles', () => {
    for (const [arch, v] of [
      ['bitslice', 'opt3'],
      ['bitslice', 'opt4e'],
      ['bitslice', 'baseline'],
      ['systolic-os', 'opt1'],
      ['systolic-ws', 'baseline'],
      ['cube', 'opt2'],
    ] as const) {
      const base = presetDesign(arch, v, {
        rows: 3,
        cols: 2,
        depth: 2,
        groupSize: 2,
        A: { signed: true, bits: 6 },
        B: { signed: false, bits: 8 },
      });
      const encoders = base.encoders.map((e) => ({ ...e, operand: e.operand === 'A' ? ('B' as const) : ('A' as const) }));
      // A spatial digit loop builds one partial product per digit of the operand it now encodes.
      const loops = base.loops.map((l) =>
        l.var === 'j' && l.mapping === 'spatial' ? { ...l, size: digitCount(base.types[encoders[0].operand], encoders[0].scheme) } : l,
      );
      const d: Design = { ...base, encoders, loops };
      expect(
        checkDesign(d).filter((x) => x.severity === 'error'),
        `${arch}/${v}`,
      ).toEqual([]);
      const a = operand(5, 7, d.types.A, 'uniform', 1),
        b = operand(7, 4, d.types.B, 'normal', 2);
      const r = simulate(d, a, b);
      expect(r.diagnostics, `${arch}/${v}`).toEqual([]);
      expect(Array.from(r.value!.c.data), `${arch}/${v}`).toEqual(Array.from(referenceGemm(a, b, d.types.acc, false).value!.data));
      expect(fastCycles(d, { M: 5, N: 4, K: 7 }, digitStatsFromData(d, a, b)).value!.total, `${arch}/${v}`).toBe(r.value!.cycles.total);
    }
  });
});
