// Toggle counts of the systolic-os engine against an independent model written from the
// schedule in docs/CYCLES.md: PE(r,c) sees (A[r][k], B[k][c]) at cycle k + r + c and zeros
// (bubbles) otherwise; every register starts each tile at zero; each tile steps until its last
// accumulation (K + R + C - 2 + P cycles). Partial products come from encodeDigits directly,
// not from the engine's packed tables.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intRange, presetDesign, type IntMatrix } from '../../ir/index.js';
import { encodeDigits, generateMatrix, simulate } from '../../simulator/index.js';
import { fcSeed } from './seed.js';

const pop = (x: number) => {
  let n = 0;
  for (let v = x >>> 0; v; v >>>= 1) n += v & 1;
  return n;
};

function model(
  a: IntMatrix,
  b: IntMatrix,
  R: number,
  C: number,
  P: number,
  bits: { a: number; b: number },
  scheme: 'booth4' | 'ent' | 'binary',
  prodBits: number,
) {
  const M = a.rows,
    K = a.cols,
    N = b.cols;
  const maskA = (1 << bits.a) - 1,
    maskB = (1 << bits.b) - 1,
    ppMask = (1 << (bits.b + 2)) - 1,
    prodMask = prodBits >= 32 ? -1 : (1 << prodBits) - 1;
  const t8 = { signed: true, bits: bits.a };
  let operand = 0,
    pp = 0,
    prod = 0;
  for (let x0 = 0; x0 < M; x0 += R)
    for (let y0 = 0; y0 < N; y0 += C) {
      for (let r = 0; r < R; r++)
        for (let c = 0; c < C; c++) {
          let pa = 0,
            pb = 0,
            pq = 0,
            ppPrev = [0, 0, 0, 0, 0, 0, 0, 0, 0];
          for (let t = 0; t < K + R + C - 2 + P; t++) {
            const k = t - r - c;
            const inK = k >= 0 && k < K;
            const av = inK && x0 + r < M ? a.data[(x0 + r) * K + k] : 0;
            const bv = inK && y0 + c < N ? b.data[k * N + y0 + c] : 0;
            operand += pop((pa ^ av) & maskA) + pop((pb ^ bv) & maskB);
            const digits = encodeDigits(av, t8, scheme).digits;
            const cur = digits.map((d) => (d * bv) & ppMask);
            for (let j = 0; j < digits.length; j++) pp += pop(cur[j] ^ ppPrev[j]);
            const q = av * bv;
            prod += pop((q ^ pq) & prodMask);
            pa = av;
            pb = bv;
            pq = q;
            ppPrev = cur;
          }
        }
    }
  return { operand, pp, prod };
}

describe('activity (toggle) counts', () => {
  it('systolic-os: operand, partial-product and product-word toggles equal the schedule model', () => {
    fc.assert(
      fc.property(
        fc.record({
          R: fc.integer({ min: 1, max: 4 }),
          C: fc.integer({ min: 1, max: 4 }),
          M: fc.integer({ min: 1, max: 6 }),
          N: fc.integer({ min: 1, max: 6 }),
          K: fc.integer({ min: 1, max: 7 }),
          P: fc.integer({ min: 0, max: 2 }),
          scheme: fc.constantFrom('booth4' as const, 'ent' as const, 'binary' as const),
          wide: fc.boolean(),
          seed: fc.nat(1000),
        }),
        (o) => {
          // int8 x int8 runs the engine's packed-table path; int12 x int8 its per-digit path.
          const A = { signed: true, bits: o.wide ? 12 : 8 },
            B = { signed: true, bits: 8 };
          const d = presetDesign('systolic-os', 'baseline', {
            rows: o.R,
            cols: o.C,
            A,
            B,
            encoding: o.scheme,
            pipeline: (['operands', 'tree'] as const).slice(0, o.P),
          });
          const a = generateMatrix(o.M, o.K, A, { kind: 'uniform' }, o.seed),
            b = generateMatrix(o.K, o.N, B, { kind: 'uniform' }, o.seed + 1);
          const r = simulate(d, a, b).value!;
          const pr = intRange(A).min * intRange(B).min;
          const m = model(a, b, o.R, o.C, o.P, { a: A.bits, b: B.bits }, o.scheme, pr.toString(2).length + 1);
          expect(r.toggles.operandRegs).toBe(m.operand);
          expect(r.toggles.partialProducts).toBe(m.pp);
          expect(r.toggles.compressorOutputs).toBe(m.prod);
        },
      ),
      { seed: fcSeed('activity/systolic-os'), numRuns: 150 },
    );
  });
});
