// Word-level trees as the RTL builds them, counted with constant folding and sharing.
import { describe, expect, it } from 'vitest';
import { BitPool, compressWords, csa3, ppRow } from '../../cost/index.js';
import { freshVec, zeros } from '../../cost/word-tree.js';

describe('word-level compressor counts', () => {
  it('a 4-bit 3:2 row of distinct bits is 4 full adders', () => {
    const p = new BitPool();
    const [s, c] = csa3(p, freshVec(p, 4), freshVec(p, 4), freshVec(p, 4));
    expect([p.fa, p.ha]).toEqual([4, 0]);
    expect(c[0]).toBe(0); // the carry of bit i weighs 2^(i+1)
    expect(s.every((b) => b !== 0)).toBe(true);
  });

  it('constant-zero inputs make half adders and wires', () => {
    const p = new BitPool();
    const z = zeros(4);
    z[0] = p.fresh();
    csa3(p, freshVec(p, 4), freshVec(p, 4), z);
    // Bit 0 has three signals (FA); bits 1-3 two (HA).
    expect([p.fa, p.ha]).toEqual([1, 3]);
  });

  it('identical inputs are built once (sign extension repeated across columns)', () => {
    const p = new BitPool();
    // Three rows whose bits 2..7 repeat one sign bit each: columns 2..7 see the same three signals.
    const rows = [0, 1, 2].map(() => {
      const v = freshVec(p, 3);
      return [...v, ...new Array(5).fill(v[2])];
    });
    const [s] = csa3(p, rows[0], rows[1], rows[2]);
    // Bits 0, 1 and 2..7 (shared): three distinct full adders.
    expect(p.fa).toBe(3);
    expect(new Set(s.slice(2)).size).toBe(1);
  });

  it('the RTL schedule: five vectors = one 4:2 (two 3:2 levels) and one 3:2 level', () => {
    const p = new BitPool();
    const t = compressWords(p, [0, 1, 2, 3, 4].map(() => freshVec(p, 8)));
    expect(t.levels).toBe(3);
  });

  it('a Booth partial-product row: wb+1 selected bits, then one shared sign', () => {
    const p = new BitPool();
    const r = ppRow(p, 16, 8, 4);
    expect(r.row.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(new Set(r.row.slice(4, 13)).size).toBe(9);
    expect(new Set(r.row.slice(13)).size).toBe(1);
    expect(r.selectors).toBe(10);
  });
});
