// `tpe sim --trace f --trace-pe r,c;...`: each per-cycle line carries the chosen PEs' operands,
// product and accumulator. Checked against the cycle contract (docs/CYCLES.md): in an
// output-stationary array PE(r,c) holds A[m0+r][k] and B[k][n0+c] at cycle k+r+c and its
// accumulator ends as C; in a 2D matrix the operands are broadcast (PE(r,c) sees k at cycle k);
// a weight-stationary PE holds its weight B[k0+r][n0+c] once loaded and sees A[m][k] at cycle
// R+m+r+c, and its partial-sum register carries the column's running sum.
import { describe, expect, it } from 'vitest';
import { presetDesign, type Design, type IntMatrix } from '../../ir/index.js';
import { generateMatrix, referenceGemm, simulate } from '../../simulator/index.js';

interface Line {
  tile: number;
  cycle: number;
  pe?: { row: number; col: number; a: number; b: number; product: number; acc: number; sum?: number; carry?: number }[];
}

function traced(d: Design, a: IntMatrix, b: IntMatrix, pes: [number, number][]) {
  const lines: Line[] = [];
  const r = simulate(d, a, b, { trace: (l) => lines.push(JSON.parse(l) as Line), tracePes: pes });
  expect(r.diagnostics).toEqual([]);
  return { lines, r: r.value! };
}
const at = (m: IntMatrix, r: number, c: number) => m.data[r * m.cols + c];

describe('PE state in the trace', () => {
  const A = (d: Design, M: number, K: number) => generateMatrix(M, K, d.types.A, { kind: 'uniform' }, 3);
  const B = (d: Design, K: number, N: number) => generateMatrix(K, N, d.types.B, { kind: 'uniform' }, 4);

  it('systolic-os: operands arrive skewed by r + c, the accumulator ends as C, carry-save words add up', () => {
    const d = presetDesign('systolic-os', 'opt1', { rows: 4, cols: 4 });
    const a = A(d, 4, 6),
      b = B(d, 6, 4);
    const { lines } = traced(d, a, b, [
      [0, 0],
      [2, 3],
    ]);
    for (const [r, c] of [
      [0, 0],
      [2, 3],
    ]) {
      const mine = lines.map((l) => ({ cycle: l.cycle, ...l.pe!.find((p) => p.row === r && p.col === c)! }));
      for (let k = 0; k < 6; k++) {
        const s = mine.find((x) => x.cycle === k + r + c)!;
        expect([s.a, s.b, s.product]).toEqual([at(a, r, k), at(b, k, c), at(a, r, k) * at(b, k, c)]);
      }
      const last = mine.at(-1)!;
      const ref = referenceGemm(a, b, d.types.acc, false).value!;
      expect(last.acc).toBe(Number(ref.data[r * 4 + c]));
      for (const x of mine) if (x.sum !== undefined) expect((x.sum + x.carry!) | 0).toBe(x.acc | 0);
    }
  });

  it('matrix2d: broadcast operands, PE(r,c) sees step k at cycle k', () => {
    const d = presetDesign('matrix2d', 'baseline', { rows: 3, cols: 2 });
    const a = A(d, 3, 5),
      b = B(d, 5, 2);
    const { lines } = traced(d, a, b, [[1, 1]]);
    for (let k = 0; k < 5; k++) {
      const s = lines.find((l) => l.cycle === k)!.pe![0];
      expect([s.a, s.b]).toEqual([at(a, 1, k), at(b, k, 1)]);
    }
  });

  it('systolic-ws: the weight is stationary, A streams in at R + m + r + c', () => {
    const d = presetDesign('systolic-ws', 'baseline', { rows: 3, cols: 3 });
    const a = A(d, 4, 3),
      b = B(d, 3, 3);
    const { lines, r } = traced(d, a, b, [[1, 2]]);
    expect(r.array.rows).toBe(3);
    const R = 3;
    for (let m = 0; m < 4; m++) {
      const s = lines.find((l) => l.cycle === R + m + 1 + 2)!.pe![0];
      expect([s.a, s.b]).toEqual([at(a, m, 1), at(b, 1, 2)]);
    }
  });

  it('without --trace-pe the lines are what they were', () => {
    const d = presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2 });
    const lines: string[] = [];
    simulate(d, A(d, 2, 3), B(d, 3, 2), { trace: (l) => lines.push(l) });
    expect(Object.keys(JSON.parse(lines[0]))).toEqual(['tile', 'cycle', 'pending']);
  });
});

describe('tpe sim --trace-pe', () => {
  const run = async (argv: string[]) => {
    const { main } = await import('../../cli/main.js');
    let out = '',
      err = '';
    const code = await main(argv, {
      stdout: (s) => {
        out += s;
      },
      stderr: (s) => {
        err += s;
      },
      cwd: new URL('../..', import.meta.url).pathname,
      isTTY: false,
    });
    return { code, out, err };
  };
  it('needs --trace, a PE inside the array, and a design it can trace', async () => {
    expect((await run(['sim', 'examples/sa_os.tpe', '--gemm', '2x2x2', '--trace-pe', '0,0'])).err).toContain('--trace-pe needs --trace');
    const out = await run(['sim', 'examples/sa_os.tpe', '--gemm', '2x2x2', '--trace', '/dev/null', '--trace-pe', '0,8']);
    expect(out.code).toBe(2);
    expect(out.err).toContain('--trace-pe 0,8 is outside the 8x8 array');
    expect((await run(['sim', 'examples/sa_os.tpe', '--gemm', '2x2x2', '--trace', '/dev/null', '--trace-pe', '0;0'])).code).toBe(2);
    const bs = await run(['sim', 'examples/bitslice.tpe', '--gemm', '2x2x2', '--trace', '/dev/null', '--trace-pe', '0,0']);
    expect(bs.err).toContain('not available for bit-slice designs');
  });
});
