// Small cases with cycle counts derived on paper from docs/CYCLES.md, one per architecture.
import { describe, expect, it } from 'vitest';
import { intMatrix, intType, presetDesign, type Design, type IntMatrix } from '../../ir/index.js';
import { fastCycles, referenceGemm, simulate, type SimResult } from '../../simulator/index.js';

const A23: IntMatrix = intMatrix(
  2,
  3,
  (r, c) =>
    [
      [1, -2, 3],
      [-4, 5, -6],
    ][r][c],
);
const B32: IntMatrix = intMatrix(
  3,
  2,
  (r, c) =>
    [
      [7, -8],
      [9, 10],
      [-11, 12],
    ][r][c],
);
// C = [[1*7-2*9-3*11, -8-20+36], [-28+45+66, 32+50-72]] = [[-44, 8], [83, 10]]
const C22 = [-44n, 8n, 83n, 10n];

function run(d: Design, a = A23, b = B32): SimResult {
  const r = simulate(d, a, b);
  expect(r.diagnostics).toEqual([]);
  expect(Array.from(r.value!.c.data)).toEqual(Array.from(referenceGemm(a, b, d.types.acc, false).value!.data));
  return r.value!;
}

describe('hand-worked cycle counts', () => {
  it('systolic-os 2x2 on 2x2x3: 6 cycles (CYCLES.md worked example)', () => {
    // A[r][k] enters row r at k+r, B[k][c] column c at k+c; PE(r,c) multiplies at k+r+c.
    // Last multiply: PE(1,1), k=2 at 2+1+1 = 4; P = 0 so it accumulates at 4; valid at 5.
    // Cycles 0..5 = 6 = K + R + C - 1 = 3 + 2 + 2 - 1.
    const r = run(presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2 }));
    expect(Array.from(r.c.data)).toEqual(C22);
    expect(r.cycles.total).toBe(6);
    expect(r.cycles).toMatchObject({ fill: 2, steady: 3, drain: 1, stalls: 0 });
    // Each PE did K = 3 useful MACs; utilization 12 / (4 * 6) = 0.5.
    expect(Array.from(r.peBusy)).toEqual([3, 3, 3, 3]);
    expect(r.utilization).toBe(0.5);
  });

  it('systolic-os OPT1 per-row CPA with one pipeline stage: 6 + 1 (P) + 2 (drain C) = 9', () => {
    const r = run(presetDesign('systolic-os', 'opt1-row', { rows: 2, cols: 2, pipeline: ['tree'] }));
    expect(r.cycles.total).toBe(9);
  });

  it('systolic-os OPT1 with a shared resolve stage of one lane: 6 + 3 = 9 (CYCLES.md worked example)', () => {
    // Lags r + c: 0, 1, 1, 2; the lane reads PE(0,0), PE(0,1), PE(1,0), PE(1,1) at 3, 4, 5, 6
    // (the last k step is issued at 2; PE(1,1) accumulates last at 4); the pair register and
    // the result register: the last result is valid at 8, cycles 0..8.
    const d = presetDesign('systolic-os', 'opt1-shared', { rows: 2, cols: 2, lanes: 1 });
    const r = run(d);
    expect(Array.from(r.c.data)).toEqual(C22);
    expect(r.cycles.total).toBe(9);
    expect(fastCycles(d, { M: 2, N: 2, K: 3 }).value!.total).toBe(9);
    // Two lanes: steps at 3 + offset 1 = 4 and 5 (PE(1,1) is final from 5), valid at 7: 8.
    expect(run(presetDesign('systolic-os', 'opt1-shared', { rows: 2, cols: 2, lanes: 2 })).cycles.total).toBe(8);
  });

  it('matrix2d OPT1 with a shared resolve stage: every PE finishes at once, drain = ceil(4 / L) + 1', () => {
    // Last accumulation at 2; steps from 3, one per cycle; results valid 2 after the last step.
    expect(run(presetDesign('matrix2d', 'opt1-shared', { rows: 2, cols: 2, lanes: 1 })).cycles.total).toBe(4 + 5);
    expect(run(presetDesign('matrix2d', 'opt1-shared', { rows: 2, cols: 2, lanes: 3 })).cycles.total).toBe(4 + 3);
    expect(run(presetDesign('matrix2d', 'opt1-shared', { rows: 2, cols: 2, lanes: 4 })).cycles.total).toBe(4 + 2);
  });

  it('systolic-os 2x2 on 3x2x3: two m-tiles (the second half empty) of 6 cycles = 12', () => {
    const a = intMatrix(3, 3, (r, c) => r * 3 + c - 4);
    const r = run(presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2 }), a);
    expect(r.tiles.map((t) => [t.m0, t.n0, t.cycles])).toEqual([
      [0, 0, 6],
      [2, 0, 6],
    ]);
    expect(r.cycles.total).toBe(12);
  });

  it('matrix2d 2x2 on 2x2x3: broadcast k at cycle k, last accumulate at 2, valid at 3: 4 cycles', () => {
    const r = run(presetDesign('matrix2d', 'baseline', { rows: 2, cols: 2 }));
    expect(r.cycles.total).toBe(3 + 1);
    // OPT1 adds the per-PE drain CPA: 5.
    expect(run(presetDesign('matrix2d', 'opt1', { rows: 2, cols: 2 })).cycles.total).toBe(5);
  });

  it('cube 2x2x2 on 2x2x3: k-steps {0,1} and {2}: steps at 0 and 1, valid at 2: 3 cycles', () => {
    const r = run(presetDesign('cube', 'baseline', { rows: 2, cols: 2, depth: 2 }));
    expect(r.cycles.total).toBe(Math.ceil(3 / 2) + 1);
    expect(Array.from(r.peBusy)).toEqual([2, 2, 2, 2]);
  });

  it('cube-mac 2x2x2 on 2x2x3: steps at 0, 1; layer 1 adds step 1 at 2; accumulate at 3; valid at 4: 5 cycles', () => {
    // ceil(K/Kp) + Kp + 1 + P = 2 + 2 + 1 = 5; OPT1 adds the drain CPA (6); a shared stage of one
    // lane reads the 4 accumulators at 4..7 (lag Kp = 2 each: offset 2), valid at 9: 10 = 5 + 5.
    const r = run(presetDesign('cube-mac', 'baseline', { rows: 2, cols: 2, depth: 2 }));
    expect(r.cycles.total).toBe(5);
    expect(run(presetDesign('cube-mac', 'opt1', { rows: 2, cols: 2, depth: 2 })).cycles.total).toBe(6);
    expect(run(presetDesign('cube-mac', 'opt2', { rows: 2, cols: 2, depth: 2 })).cycles.total).toBe(6);
    const sh = presetDesign('cube-mac', 'opt1-shared', { rows: 2, cols: 2, depth: 2, lanes: 1 });
    expect(run(sh).cycles.total).toBe(10);
    expect(fastCycles(sh, { M: 2, N: 2, K: 3 }).value!.total).toBe(10);
    // Pipelined (P = 2): 7.
    expect(run(presetDesign('cube-mac', 'baseline', { rows: 2, cols: 2, depth: 2, pipeline: ['operands', 'tree'] })).cycles.total).toBe(7);
  });

  it('systolic-ws 2x2 (k rows, n cols) on 2x2x3: two k-tiles of 2R + M + C - 1 = 7 cycles = 14', () => {
    // Tile k0 = 0: weights B[0..1] shift in at cycles 0,1. A[m][r] enters row r at 2+m+r;
    // last: m=1, r=1 enters at 4, reaches column 1 at 5, PE(1,1) adds at 5, C valid at 6:
    // cycles 0..6 = 7. Tile k0 = 2 (row 1 idle, zero weights) takes the same 7.
    const r = run(presetDesign('systolic-ws', 'baseline', { rows: 2, cols: 2 }));
    expect(r.tiles.map((t) => [t.k0, t.n0, t.cycles])).toEqual([
      [0, 0, 7],
      [2, 0, 7],
    ]);
    expect(r.cycles.total).toBe(14);
    expect(r.cycles).toMatchObject({ fill: 2 * (2 + 2 + 2 - 2), steady: 2 * 2, drain: 2 });
  });

  it('adder-tree Kp=2 x 2 cols on 2x2x3: per k-tile Kp + M + 1 = 5 cycles, two tiles = 10', () => {
    // Weights load at cycles 0,1; row m of A broadcast at 2+m (m = 0, 1); the last tree output
    // registers at 3, valid at 4: cycles 0..4 = 5.
    const r = run(presetDesign('adder-tree', 'baseline', { rows: 2, cols: 2 }));
    expect(r.cycles.total).toBe(10);
  });

  it('bitslice baseline 1x1 on 1x1x2 with Booth digits: T_k = max(1, nnzA * nnzB)', () => {
    // A = [3, 0], B = [[5], [7]]. Booth int8: 3 = 4*1 + (-1) -> 2 nonzero digits; 5 = 4 + 1 -> 2;
    // k=0: 2 * 2 = 4 cycles; k=1: A = 0 has none -> 1 cycle. 4 + 1, + 1 (valid) + 1 (PE drain CPA) = 7.
    const a = intMatrix(1, 2, (_, c) => [3, 0][c]);
    const b = intMatrix(2, 1, (r) => [5, 7][r]);
    const d = presetDesign('bitslice', 'baseline', { rows: 1, cols: 1 });
    const r = run(d, a, b);
    expect(r.c.data[0]).toBe(15n);
    expect(r.cycles.total).toBe(7);
    expect(r.cycles).toMatchObject({ steady: 5, stalls: 0, drain: 2 });
  });

  it('bitslice OPT3 (EN-T, g = 2) 1 row x 2 columns on 2x1x2: T_grp = max over columns', () => {
    // Columns are m. EN-T int8: 3 -> digits [-1, 1, 0, 0]; 0 -> none; 17 = 16 + 1 -> [1, 0, 1, 0].
    // m=0: A = [3, 0]: positions 0..3 have 1, 1, 0, 0 nonzero -> 1 + 1 + 1 + 1 = 4 cycles.
    // m=1: A = [17, 3]: position 0 has 2 (17 and 3), position 1 has 1 (3), position 2 has 1
    // (17), position 3 none -> 2 + 1 + 1 + 1 = 5 cycles. One group: T = 5; +1 valid +1 drain = 7.
    const a = intMatrix(
      2,
      2,
      (r, c) =>
        [
          [3, 0],
          [17, 3],
        ][r][c],
    );
    const b = intMatrix(2, 1, (r) => [-2, 9][r]);
    const d = presetDesign('bitslice', 'opt3', { rows: 1, cols: 2, groupSize: 2 });
    const r = run(d, a, b);
    expect(r.cycles.total).toBe(7);
    expect(r.cycles).toMatchObject({ steady: 4, stalls: 1 });
  });

  it('bitslice OPT4E (E = 2 lanes, g = 1) on 1x1x3: steps of E*g = 2 k-elements', () => {
    // A = [3, 17, 0] (EN-T nonzero per position: 3 -> p0, p1; 17 -> p0, p2; 0 -> none).
    // Step 0: lane 0 (k=0): 1+1+1+1 = 4; lane 1 (k=1): 4 -> T = 4. Step 1: lane 0 (k=2) 4,
    // lane 1 empty (past K) counts as all-zero: 4 -> T = 4. 8 + 1 + 1 = 10.
    const a = intMatrix(1, 3, (_, c) => [3, 17, 0][c]);
    const b = intMatrix(3, 1, (r) => [1, 2, 3][r]);
    const d = presetDesign('bitslice', 'opt4e', { rows: 1, cols: 1, depth: 2, groupSize: 1 });
    const r = run(d, a, b);
    expect(r.c.data[0]).toBe(37n);
    expect(r.cycles.total).toBe(10);
    expect(fastCycles(d, { M: 1, N: 1, K: 3 }, { kind: 'dist', a: { kind: 'uniform' }, b: { kind: 'uniform' } }).value?.exact).toBe(false);
  });

  it('bitslice OPT3 1x1 (g = 1) counts the term word at its weight, as the baseline engine does', () => {
    // A = 17 -> EN-T digits [1, 0, 1, 0]; B = -3. Issued terms: p0: 1 * -3 = -3, p2: 16 * -3 = -48
    // (p1, p3: idle cycles, nothing issued). Term word 0 -> 0xfffffffd: 31 bits; -> 0xffffffd0:
    // 0x2d, 4 bits: 35. (Counting the unshifted digit product in 18 bits gave 17 + 0.)
    const d = presetDesign('bitslice', 'opt3', { rows: 1, cols: 1, groupSize: 1 });
    const r = run(
      d,
      intMatrix(1, 1, () => 17),
      intMatrix(1, 1, () => -3),
    );
    expect(r.c.data[0]).toBe(-51n);
    expect(r.toggles.partialProducts).toBe(35);
    // A 16-bit accumulator: the word is 16 bits (0xfffd: 15 bits, then 0x2d: 4); a 48-bit one
    // sign-extends past 32 (31 + 16, then 4).
    const acc = (bits: number) =>
      run(
        presetDesign('bitslice', 'opt3', { rows: 1, cols: 1, groupSize: 1, acc: intType(bits) }),
        intMatrix(1, 1, () => 17),
        intMatrix(1, 1, () => -3),
      ).toggles.partialProducts;
    expect([acc(16), acc(48)]).toEqual([19, 51]);
  });

  it('toggle counters of a 1x1 OS on 1x2x1... by hand', () => {
    // A = [1, 2], B = [[3], [0]] (M=1, N=1, K=2); booth4 int8, acc int32, P = 0.
    // t=0: A reg 0->1 (1 bit), B reg 0->3 (2); digits(1) = [1,0,0,0] so pp = [3,0,0,0]: 2 bits;
    //      product 0->3: 2 bits; accumulator 0->3: 2 bits.
    // t=1: A reg 1->2 (2 bits), B reg 3->0 (2); digits(2) = [-2,1,0,0] times 0: pp 3->0: 2 bits;
    //      product 3->0: 2 bits; accumulator adds 0: unchanged.
    // t=2: results valid. Cycles = K + R + C - 1 = 3.
    const d = presetDesign('systolic-os', 'baseline', { rows: 1, cols: 1 });
    const a = intMatrix(1, 2, (_, c) => [1, 2][c]),
      b = intMatrix(2, 1, (r) => [3, 0][r]);
    const r = run(d, a, b);
    expect(r.cycles.total).toBe(3);
    expect(r.toggles).toEqual({ operandRegs: 7, partialProducts: 4, compressorOutputs: 4, accumulatorRegs: 2, pipelineRegs: 0 });
    // One operand pipeline stage: one more cycle (t=2, accumulating k=1), in which the operand
    // registers take the bubble after K: A 2->0 is one more bit (8). The stage register holds
    // the same words one cycle later, so it toggles as often: 8.
    const p = run(presetDesign('systolic-os', 'baseline', { rows: 1, cols: 1, pipeline: ['operands'] }), a, b);
    expect(p.cycles.total).toBe(4);
    expect(p.toggles.operandRegs).toBe(8);
    expect(p.toggles.pipelineRegs).toBe(8);
    // OPT1: the accumulator is sum + carry words: (0,0) + 3 -> (3, 0): 2 bits; + 0 -> unchanged.
    const o = run(presetDesign('systolic-os', 'opt1', { rows: 1, cols: 1 }), a, b);
    expect(o.toggles.accumulatorRegs).toBe(2);
    expect(o.cycles.total).toBe(4);
  });
});
