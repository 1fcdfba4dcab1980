import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowLine } from '../../sweep/emit.js';
import { dominates, pareto, paretoFront, parseObjectives } from '../../sweep/pareto.js';
import type { SweepRow } from '../../sweep/row.js';
import { tempDir, tpe } from './helpers.js';

const SEED = 12012;

/** The definition, O(n^2): kept iff no other vector dominates it. */
function bruteForce(vs: number[][]): number[] {
  return vs.map((_, i) => i).filter((i) => !vs.some((w, j) => j !== i && dominates(w, vs[i])));
}

describe('pareto', () => {
  it(`equals the brute-force definition (fast-check, seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((d) =>
            fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: d, maxLength: d }), { minLength: 0, maxLength: 60 }),
          ),
        (vs) => {
          expect(paretoFront(vs)).toEqual(bruteForce(vs));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('per workload and aggregated over a set, weighted by count; maximized objectives', () => {
    const dir = tempDir('pareto');
    const mk = (i: number, design: string, gemm: string, count: number, area: number, cycles: number, energyNj: number): SweepRow => ({
      key: String(i).padStart(16, '0'),
      id: String(i).padStart(16, '1'),
      index: i,
      status: 'ok',
      level: 'fast',
      design: { name: design, file: `${design}.tpe` },
      params: {},
      workload: { set: 'm:decode', gemm, M: 1, N: 8, K: 8, count, data: 'uniform' },
      metrics: {
        areaUm2: area,
        fmaxMHz: 100,
        cycles,
        energyPerMacPj: (energyNj * 1000) / 64,
        topsPerMm2: 1,
        topsPerW: 1,
        utilization: 1,
        macs: 64,
        latencyUs: cycles / 100,
        throughputTops: (2 * 64) / ((cycles / 100) * 1e-6) / 1e12,
        energyNj,
        powerMw: 1,
      },
    });
    // a: fast on g1 (run 10x), slow on g2 (once); b: the reverse. Same area.
    const rows = [
      mk(0, 'a', 'g1', 10, 5, 10, 1),
      mk(1, 'a', 'g2', 1, 5, 100, 1),
      mk(2, 'b', 'g1', 10, 5, 100, 1),
      mk(3, 'b', 'g2', 1, 5, 10, 1),
      mk(4, 'c', 'g1', 10, 9, 10, 1),
      mk(5, 'c', 'g2', 1, 9, 10, 1),
    ];
    const f = join(dir, 'r.jsonl');
    writeFileSync(f, rows.map(rowLine).join('\n') + '\n');
    const obj = parseObjectives('area,cycles') as Exclude<ReturnType<typeof parseObjectives>, string>;
    const per = pareto(f, obj);
    // Per GEMM, a (g1) and b (g2) dominate c: same cycles, smaller area.
    expect(per.map((g) => [g.group.split(' ')[1], g.front.map((c) => c.name)])).toEqual([
      ['g1', ['a']],
      ['g2', ['b']],
    ]);
    const agg = pareto(f, obj, { aggregate: true });
    // weighted cycles: a = 10*10 + 100 = 200, b = 10*100 + 10 = 1010, c = 110 at a larger area
    expect(agg[0].front.map((c) => [c.name, c.values.cycles])).toEqual([
      ['a', 200],
      ['c', 110],
    ]);
    const maxT = pareto(f, parseObjectives('-throughput') as never, { aggregate: true });
    expect(maxT[0].front.map((c) => c.name)).toEqual(['c']);
    const cli = tpe(['pareto', f, '--objectives', 'area,energy,-throughput', '--aggregate']);
    expect(cli.code).toBe(0);
    expect(cli.out).toContain('m:decode [uniform]: 2 of 3 design points on the front');
    expect(tpe(['pareto', f, '--objectives', 'aera']).code).toBe(2);
  });
});
