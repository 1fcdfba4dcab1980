// The bit-level reference's Dadda schedule (compressor-tree.ts) on hand-computed
// cases, and its counts equal to the full adders and half adders it uses on the values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compressorTreeCounts, reduceTree } from './compressor-tree.js';

/** Column heights of rows `width` bits wide starting at bit `offset`. */
function columnHeights(rows: readonly { offset: number; width: number }[]): number[] {
  const h: number[] = [];
  for (const r of rows) for (let i = r.offset; i < r.offset + r.width; i++) h[i] = (h[i] ?? 0) + 1;
  return Array.from(h, (x) => x ?? 0);
}
/** Dadda counts with room above the top column (the reducer keeps its input width). */
const daddaCount = (h: readonly number[]) => {
  const c = compressorTreeCounts([...h, 0, 0, 0, 0, 0, 0], 'dadda');
  return { fa: c.fullAdders, ha: c.halfAdders, levels: c.levels, inputBits: h.reduce((a, b) => a + b, 0) };
};

describe('Dadda tree counts', () => {
  it('4 radix-4 partial products of 10 bits', () => {
    // Rows at offsets 0, 2, 4, 6: heights 1,1,2,2,3,3,4,4,4,4,3,3,2,2,1,1 (16 columns).
    // Dadda targets below 4: 3, then 2.
    // d=3: c6 HA (4->3, carry 1); c7..c9 4+1=5 -> FA; c10,c11 3+1=4 -> HA; c12 2+1=3 ok
    //      => 3 FA, 3 HA.
    // d=2: c4 3 -> HA; c5 3+1 -> FA; c6..c12 3+1 -> FA (7); c13 2+1=3 -> HA
    //      => 8 FA, 2 HA.  Total 11 FA, 5 HA, 2 levels.
    const h = columnHeights([0, 1, 2, 3].map((j) => ({ offset: 2 * j, width: 10 })));
    expect(h).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 4, 4, 3, 3, 2, 2, 1, 1]);
    expect(daddaCount(h)).toMatchObject({ fa: 11, ha: 5, levels: 2, inputBits: 40 });
  });

  it('the same plus a 32-bit carry-save accumulator (sum and carry rows)', () => {
    // Heights: c0-1:3, c2-3:4, c4-5:5, c6-9:6, c10-11:5, c12-13:4, c14-15:3, c16-31:2. Targets 4, 3, 2.
    // d=4: HA c4; FA c5; FA+HA c6; 2 FA c7,c8,c9; FA+HA c10,c11; FA c12; HA c13 => 11 FA, 5 HA
    //      leaving c0-1:3, c2..c14:4, c15:3, c16+:2.
    // d=3: HA c2; FA c3..c14 (12); HA c15 => 12 FA, 2 HA, leaving c0..c16:3, c17+:2.
    // d=2: HA c0; FA c1..c16 (16); HA c17..c31 (15) => 16 FA, 16 HA.
    // Total: 39 full adders (3:2 counters), 23 half adders, 3 levels.
    const rows = [0, 1, 2, 3].map((j) => ({ offset: 2 * j, width: 10 }));
    const h = columnHeights([...rows, { offset: 0, width: 32 }, { offset: 0, width: 32 }]);
    expect(daddaCount(h)).toMatchObject({ fa: 39, ha: 23, levels: 3, inputBits: 104 });
  });

  it('three 3-bit rows: one HA then two FAs', () => {
    // c0: 3 -> HA (carry to c1); c1: 3+1=4 -> FA; c2: 3+1=4 -> FA; c3 holds the last carry.
    expect(daddaCount([3, 3, 3])).toMatchObject({ fa: 2, ha: 1, levels: 1 });
  });

  it('already two rows: nothing to do', () => {
    expect(daddaCount([2, 2, 1])).toMatchObject({ fa: 0, ha: 0, levels: 0 });
  });

  it('counts the tree that computes the values, on random bit matrices', () => {
    const seed = 20261126;
    console.log(`fast-check seed ${seed}`);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 24 }), (h0) => {
        const h = [...h0, 0, 0, 0, 0, 0, 0];
        const bits = h.map((n, col) => Array.from({ length: n }, (_, i) => (col + i) & 1));
        const r = reduceTree(bits, 'dadda');
        const c = compressorTreeCounts(h, 'dadda');
        expect([r.counts.fullAdders, r.counts.halfAdders, r.counts.levels]).toEqual([c.fullAdders, c.halfAdders, c.levels]);
      }),
      { seed, numRuns: 200 },
    );
  });
});
