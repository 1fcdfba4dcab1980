// Accumulator overflow: reported with the output element and the cycle, or wrapped like the
// hardware with --wrap (then equal to the wrapped reference).
import { describe, expect, it } from 'vitest';
import { intMatrix, presetDesign } from '../../ir/index.js';
import { referenceGemm, simulate } from '../../simulator/index.js';

const I8 = { signed: true, bits: 8 };
const I16 = { signed: true, bits: 16 };

describe('overflow', () => {
  it('systolic-os: C[0][0] overflows at cycle 2 (k = 2 accumulates at k + r + c)', () => {
    // 127 * 127 = 16129; two fit in int16 (32258), the third (48387) does not.
    const d = presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2, A: I8, B: I8, acc: I16 });
    const a = intMatrix(2, 3, () => 127),
      b = intMatrix(3, 2, () => 127);
    const r = simulate(d, a, b);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0].code).toBe('S0103');
    expect(r.diagnostics[0].message).toContain('C[0][0]');
    expect(r.diagnostics[0].message).toContain('cycle 2');
    expect(r.diagnostics[0].message).toContain('3 more');
    const w = simulate(d, a, b, { wrap: true });
    expect(w.value!.overflows[0]).toEqual({ m: 0, n: 0, cycle: 2, where: 'accumulator' });
    expect(w.value!.overflows.map((o) => o.cycle)).toEqual([2, 3, 3, 4]);
    expect(Array.from(w.value!.c.data)).toEqual([48387n - 65536n, -17149n, -17149n, -17149n]);
    expect(Array.from(w.value!.c.data)).toEqual(Array.from(referenceGemm(a, b, I16, true).value!.data));
    expect(referenceGemm(a, b, I16, false).diagnostics[0].message).toContain('C[0][0]');
  });

  it('second tile: the cycle is global (tile start + local cycle)', () => {
    const d = presetDesign('systolic-os', 'baseline', { rows: 1, cols: 1, A: I8, B: I8, acc: I16 });
    const a = intMatrix(2, 3, (r) => (r === 0 ? 1 : 127)),
      b = intMatrix(3, 1, () => 127);
    // Tile 0 (m = 0) takes K + 1 = 4 cycles; in tile 1 the k = 2 accumulation is at local cycle 2.
    const r = simulate(d, a, b);
    expect(r.diagnostics[0].message).toContain('C[1][0]');
    expect(r.diagnostics[0].message).toContain('cycle 6');
  });

  it('systolic-ws: the partial sum leaving row 2 overflows at cycle R + r = 6', () => {
    const d = presetDesign('systolic-ws', 'baseline', { rows: 4, cols: 1, A: I8, B: I8, acc: I16 });
    const a = intMatrix(1, 3, () => 127),
      b = intMatrix(3, 1, () => 127);
    const w = simulate(d, a, b, { wrap: true }).value!;
    expect(w.overflows[0]).toEqual({ m: 0, n: 0, cycle: 6, where: 'partial-sum' });
    expect(w.c.data[0]).toBe(-17149n);
  });

  it('adder-tree: k-tiles summed in the output buffer overflow there', () => {
    const d = presetDesign('adder-tree', 'baseline', { rows: 2, cols: 1, A: I8, B: I8, acc: I16 });
    const a = intMatrix(1, 3, () => 127),
      b = intMatrix(3, 1, () => 127);
    // Tile 0 (k 0..1) gives 32258 in range; tile 1 starts at 2 + 1 + 1 = 4, its output valid at 4 + 3 = 7.
    const w = simulate(d, a, b, { wrap: true }).value!;
    expect(w.overflows[0]).toEqual({ m: 0, n: 0, cycle: 7, where: 'output-buffer' });
  });

  it('bit-slice: checked at product boundaries of the carry-save accumulator', () => {
    for (const v of ['baseline', 'opt3', 'opt4e'] as const) {
      const d = presetDesign('bitslice', v, { rows: 1, cols: 1, A: I8, B: I8, acc: I16 });
      const a = intMatrix(1, 3, () => -128),
        b = intMatrix(3, 1, () => -128);
      const r = simulate(d, a, b);
      expect(r.diagnostics[0]?.code).toBe('S0103');
      const w = simulate(d, a, b, { wrap: true }).value!;
      expect(Array.from(w.c.data)).toEqual(Array.from(referenceGemm(a, b, I16, true).value!.data));
    }
  });

  it('refuses a >52-bit accumulator whose sums could pass 2^52 instead of answering inexactly', () => {
    const d = presetDesign('matrix2d', 'baseline', {
      rows: 1,
      cols: 1,
      A: { signed: false, bits: 16 },
      B: { signed: false, bits: 16 },
      acc: { signed: false, bits: 64 },
    });
    const K = 2 ** 21; // K * (2^16 - 1)^2 > 2^52
    const r = simulate(d, intMatrix(1, K), intMatrix(K, 1));
    expect(r.diagnostics[0].code).toBe('S0105');
  });
});
