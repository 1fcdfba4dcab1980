// The stepped engines run a tile PE by PE (simulator/engine/per-pe.ts, the WebAssembly kernels
// of simulator/wasm/pe-module.ts) unless a trace is asked for or the tile overflows; with a
// trace they step every cycle. Both orders must give the identical result — values, cycles,
// tiles, busy cycles, every toggle class, overflows — on every architecture, with and without
// toggle counting. (bench/sim-hash.ts checks the same against the engines' recorded hashes
// over 492k configurations.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARCHITECTURES,
  PIPELINE_STAGES,
  VARIANTS,
  intRange,
  presetDesign,
  type DigitEncoding,
  type IntMatrix,
  type IntType,
} from '../../ir/index.js';
import { generateMatrix, simulate, type SimResult } from '../../simulator/index.js';
import { fcSeed } from './seed.js';

function operand(rows: number, cols: number, t: IntType, fill: 'uniform' | 'normal' | 'extreme', seed: number): IntMatrix {
  if (fill !== 'extreme')
    return generateMatrix(rows, cols, t, fill === 'uniform' ? { kind: 'uniform' } : { kind: 'normal', mean: 0, std: 20 }, seed);
  const r = intRange(t);
  const data = new Int32Array(rows * cols);
  for (let i = 0; i < data.length; i++) data[i] = (i * 7 + seed) % 3 === 0 ? Number(r.min) : Number(r.max);
  return { rows, cols, data };
}

const canon = (r: { value?: SimResult; diagnostics: readonly { message: string }[] }) =>
  JSON.stringify({ v: r.value, d: r.diagnostics.map((x) => x.message) }, (_k, v: unknown) =>
    typeof v === 'bigint' ? v.toString() : ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number | bigint>, String) : v,
  );

describe('PE-by-PE tiles equal cycle-by-cycle tiles', () => {
  it('every architecture and variant, int8-class and other widths, narrow and wide accumulators', () => {
    const arb = fc.record({
      arch: fc.constantFrom(...ARCHITECTURES),
      v: fc.nat(),
      rows: fc.integer({ min: 1, max: 6 }),
      cols: fc.integer({ min: 1, max: 6 }),
      depth: fc.integer({ min: 1, max: 4 }),
      groupSize: fc.integer({ min: 1, max: 4 }),
      encoding: fc.constantFrom<DigitEncoding>('booth4', 'ent', 'binary'),
      pipeline: fc.subarray([...PIPELINE_STAGES]),
      // Mostly 8-bit (the WebAssembly path needs the two-word multiplier table), some others.
      bitsA: fc.oneof(fc.constant(8), fc.integer({ min: 2, max: 12 })),
      bitsB: fc.oneof(fc.constant(8), fc.integer({ min: 2, max: 12 })),
      signedA: fc.boolean(),
      signedB: fc.boolean(),
      acc: fc.constantFrom(16, 20, 24, 32, 40, 48),
      M: fc.integer({ min: 1, max: 20 }),
      N: fc.integer({ min: 1, max: 20 }),
      K: fc.integer({ min: 1, max: 40 }),
      fill: fc.constantFrom('uniform' as const, 'normal' as const, 'extreme' as const),
      seed: fc.integer({ min: 0, max: 999 }),
    });
    fc.assert(
      fc.property(arb, (o) => {
        const variant = VARIANTS[o.arch][o.v % VARIANTS[o.arch].length];
        const A = { signed: o.signedA, bits: o.bitsA },
          B = { signed: o.signedB, bits: o.bitsB };
        const d = presetDesign(o.arch, variant, {
          rows: o.rows,
          cols: o.cols,
          depth: o.depth,
          groupSize: o.groupSize,
          pipeline: o.pipeline,
          A,
          B,
          acc: { signed: A.signed || B.signed, bits: Math.max(o.acc, A.bits + B.bits) },
          ...(o.arch === 'bitslice' || o.encoding !== 'binary' ? { encoding: o.encoding } : {}),
        });
        const a = operand(o.M, o.K, A, o.fill, o.seed),
          b = operand(o.K, o.N, B, o.fill, o.seed + 1);
        for (const activity of [true, false]) {
          for (const wrap of [false, true]) {
            const perPe = simulate(d, a, b, { activity, wrap });
            const stepped = simulate(d, a, b, { activity, wrap, trace: () => {} });
            expect(canon(perPe)).toBe(canon(stepped));
          }
        }
      }),
      { seed: fcSeed('per-PE vs cycle-by-cycle'), numRuns: 300 },
    );
  });
});
