// Bit-level arithmetic: every encoding, width 2..16, signed/unsigned, random values — digits
// reproduce the value, partial products + compressor trees + CPA (the bit-level reference in
// ./bit-level) reproduce the exact product, and multi-operand trees reproduce exact sums.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIGIT_ENCODINGS, digitCount, intRange, type IntType } from '../../ir/index.js';
import { decodeDigits, encodeDigits } from '../../simulator/arith/index.js';
import { compressorTreeCounts, reduceTree, type TreeKind } from './bit-level/compressor-tree.js';
import { cpa, rippleAdd } from './bit-level/cpa.js';
import { multiplierCounts, multiplyBitLevel } from './bit-level/multiplier.js';
import { addendsToBitMatrix, partialProductHeights } from './bit-level/partial-products.js';
import { fcSeed } from './seed.js';

const KINDS: TreeKind[] = ['wallace', 'dadda', '4:2'];
const typeArb = fc.record({ signed: fc.boolean(), bits: fc.integer({ min: 2, max: 16 }) });
const valueOf = (t: IntType) => fc.integer({ min: Number(intRange(t).min), max: Number(intRange(t).max) });

describe('digit encoders', () => {
  it('decompose every value exactly, with the declared digit count and digit sets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DIGIT_ENCODINGS),
        typeArb.chain((t) => fc.tuple(fc.constant(t), valueOf(t))),
        (scheme, [t, v]) => {
          const e = encodeDigits(v, t, scheme);
          expect(e.digits.length).toBe(digitCount(t, scheme));
          expect(decodeDigits(e)).toBe(v);
          expect(e.nonzero).toBe(e.digits.filter((d) => d !== 0).length);
          for (const d of e.digits) expect(Math.abs(d)).toBeLessThanOrEqual(scheme === 'binary' ? 1 : 2);
          if (scheme === 'ent') {
            // Magnitude digits in {-1,0,1,2}, the sign applied to all of them; the top one in {0,1,2}.
            const top = e.digits[e.digits.length - 1] * (e.sign ?? 1);
            expect([0, 1, 2]).toContain(top);
            for (const d of e.digits) expect([-1, 0, 1, 2]).toContain(d * (e.sign ?? 1) + 0);
          }
        },
      ),
      { seed: fcSeed('encoders'), numRuns: 3000 },
    );
  });

  it('covers the extremes of every width exhaustively at the edges', () => {
    for (const scheme of DIGIT_ENCODINGS)
      for (let bits = 2; bits <= 16; bits++)
        for (const signed of [true, false]) {
          const t = { signed, bits };
          const r = intRange(t);
          for (const v of [r.min, r.min + 1n, -1n, 0n, 1n, r.max - 1n, r.max]) {
            if (v < r.min || v > r.max) continue;
            expect(decodeDigits(encodeDigits(Number(v), t, scheme))).toBe(Number(v));
          }
        }
  });

  it('EN-T of int8 -128 is sign-magnitude 128 = 2 * 4^3 (the special case)', () => {
    expect(encodeDigits(-128, { signed: true, bits: 8 }, 'ent').digits).toEqual([0, 0, 0, -2]);
    // 127 = 2*64 - 1: the carry ripples through two groups of 3.
    expect(encodeDigits(127, { signed: true, bits: 8 }, 'ent').digits).toEqual([-1, 0, 0, 2]);
    expect(encodeDigits(-1, { signed: true, bits: 8 }, 'booth4').digits).toEqual([-1, 0, 0, 0]);
  });
});

describe('bit-level multiplier (partial products, sign extension, trees, CPA)', () => {
  it('reproduces the exact product for every encoding, tree and mixed types', () => {
    const arb = fc.tuple(typeArb, typeArb).chain(([tx, ty]) => fc.tuple(fc.constant(tx), valueOf(tx), fc.constant(ty), valueOf(ty)));
    fc.assert(
      fc.property(fc.constantFrom(...DIGIT_ENCODINGS), fc.constantFrom(...KINDS), arb, (scheme, kind, [tx, x, ty, y]) => {
        const r = multiplyBitLevel(x, tx, scheme, y, ty, kind);
        expect(r.product).toBe(BigInt(x) * BigInt(y));
        // The engines compute products with plain multiplication: the same value.
        expect(Number(r.product)).toBe(x * y + 0); // + 0: 0 * -5 is -0 in JS
        expect(r.nonzeroDigits).toBe(encodeDigits(x, tx, scheme).nonzero);
      }),
      { seed: fcSeed('multiplier'), numRuns: 1500 },
    );
  });

  it('reports the counts of the tree it used, independent of the values', () => {
    const t8 = { signed: true, bits: 8 };
    const c = multiplierCounts(t8, t8, 'booth4', 'dadda');
    expect(c.digits).toBe(4);
    expect(c.heights).toEqual(partialProductHeights(t8, t8, 'booth4'));
    expect(c.tree).toEqual(multiplyBitLevel(-77, t8, 'booth4', 93, t8, 'dadda').tree);
    // A full adder removes one bit, a half adder none: bits in - 2 * width <= FAs (Dadda is minimal-ish).
    const bits = c.heights.reduce((s, h) => s + h, 0);
    expect(bits - c.tree.fullAdders).toBeLessThanOrEqual(2 * c.tree.width);
    expect(c.tree.levels).toBe(3); // max height 5 -> 4 -> 3 -> 2 (Dadda targets)
  });
});

describe('multi-operand compressor trees', () => {
  it('reduce any addends to (sum, carry) whose CPA is the exact sum modulo 2^width', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.integer({ min: 4, max: 40 }),
        fc.array(fc.bigInt({ min: -(1n << 20n), max: 1n << 20n }), { minLength: 1, maxLength: 24 }),
        (kind, width, vals) => {
          const t = reduceTree(addendsToBitMatrix(vals, width), kind);
          const mod = 1n << BigInt(width);
          const want = ((vals.reduce((s, v) => s + v, 0n) % mod) + mod) % mod;
          expect(cpa(t.sum, t.carry, width, false).value).toBe(want);
          expect(rippleAdd(t.sum, t.carry, width).value).toBe(want);
          expect(t.counts).toEqual(
            compressorTreeCounts(
              addendsToBitMatrix(vals, width).map((c) => c.length),
              kind,
            ),
          );
        },
      ),
      { seed: fcSeed('trees'), numRuns: 400 },
    );
  });

  it('Wallace and Dadda need the same number of levels; 4:2 levels are fewer', () => {
    const h = new Array(16).fill(8);
    const w = compressorTreeCounts(h, 'wallace'),
      d = compressorTreeCounts(h, 'dadda'),
      q = compressorTreeCounts(h, '4:2');
    expect(w.levels).toBe(d.levels);
    expect(d.levels).toBe(4); // 8 -> 6 -> 4 -> 3 -> 2
    expect(q.levels).toBeLessThan(d.levels);
  });
});
