import { describe, expect, it } from 'vitest';
import { PointSpace, parseShard } from '../../sweep/points.js';
import type { Axis, Sample } from '../../sweep/spec.js';

const axes: Axis[] = [
  { name: 'rows', values: [4, 8, 16] },
  { name: 'opt', values: ['none', 'opt1'] },
  { name: 'clock', values: [1, 1.5, 2, 2.5, 3] },
];
const space = (sample: Sample, seed = 1, workloads = 3) =>
  new PointSpace({
    designs: [
      { file: 'a.tpe', sha: '' },
      { file: 'b.tpe', sha: '' },
    ],
    axes,
    sample,
    seed,
    workloads: Array.from({ length: workloads }, (_, i) => ({ set: 's', gemm: `g${i}`, M: 1, N: 1, K: 1, count: 1, data: 'uniform' })),
  });
const combos = (s: PointSpace) => Array.from({ length: s.combos }, (_, c) => JSON.stringify(s.combo(c)));

describe('point space', () => {
  it('grid: every combination once, design slowest, workloads consecutive', () => {
    const s = space({ kind: 'grid' });
    expect(s.combos).toBe(2 * 3 * 2 * 5);
    expect(s.points).toBe(s.combos * 3);
    expect(new Set(combos(s)).size).toBe(s.combos);
    expect(s.combo(0)).toEqual({ design: 0, values: [4, 'none', 1] });
    expect(s.combo(1)).toEqual({ design: 0, values: [4, 'none', 1.5] });
    expect(s.combo(s.combos - 1)).toEqual({ design: 1, values: [16, 'opt1', 3] });
    expect(s.point(7)).toMatchObject({ combo: 2, workload: 1 });
  });

  it('random: N distinct combinations, the same for the same seed, others for another', () => {
    const a = space({ kind: 'random', n: 20 }, 5),
      b = space({ kind: 'random', n: 20 }, 5),
      c = space({ kind: 'random', n: 20 }, 6);
    expect(combos(a)).toEqual(combos(b));
    expect(combos(a)).not.toEqual(combos(c));
    expect(new Set(combos(a)).size).toBe(20);
    const grid = new Set(combos(space({ kind: 'grid' })));
    expect(combos(a).every((x) => grid.has(x))).toBe(true);
    // N at or above the grid size is the grid.
    expect(combos(space({ kind: 'random', n: 1000 }, 5))).toEqual(combos(space({ kind: 'grid' })));
  });

  it('Latin hypercube: deterministic by seed, every axis value used equally often', () => {
    const n = 30;
    const a = space({ kind: 'lhs', n }, 3),
      b = space({ kind: 'lhs', n }, 3),
      c = space({ kind: 'lhs', n }, 4);
    expect(combos(a)).toEqual(combos(b));
    expect(combos(a)).not.toEqual(combos(c));
    const count = (ax: number) => {
      const m = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        const v = String(a.combo(i).values[ax]);
        m.set(v, (m.get(v) ?? 0) + 1);
      }
      return [...m.values()].sort();
    };
    expect(count(0)).toEqual([10, 10, 10]); // 3 values x 10
    expect(count(1)).toEqual([15, 15]);
    expect(count(2)).toEqual([6, 6, 6, 6, 6]);
    const designs = new Map<number, number>();
    for (let i = 0; i < n; i++) designs.set(a.combo(i).design, (designs.get(a.combo(i).design) ?? 0) + 1);
    expect([...designs.values()]).toEqual([15, 15]);
  });

  it('shards partition the points, by whole combinations when there are enough', () => {
    for (const [s, k] of [
      [space({ kind: 'grid' }), 3],
      [space({ kind: 'grid' }, 1, 1), 7],
      [space({ kind: 'random', n: 5 }), 4],
    ] as const) {
      const seen = new Map<number, number>();
      let total = 0;
      for (let i = 1; i <= k; i++) {
        const mine = [...s.indexes({ index: i, count: k })];
        expect(mine.length).toBe(s.shardSize({ index: i, count: k }));
        total += mine.length;
        for (const x of mine) seen.set(x, (seen.get(x) ?? 0) + 1);
      }
      expect(total).toBe(s.points);
      expect([...seen.values()].every((v) => v === 1)).toBe(true);
    }
    const s = space({ kind: 'grid' });
    const one = [...s.indexes({ index: 1, count: 3 })];
    expect(new Set(one.map((i) => Math.floor(i / 3))).size * 3).toBe(one.length); // whole combos
  });

  it('parseShard', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1-3']) expect(typeof parseShard(bad)).toBe('string');
  });
  it('structure numbers: combinations that differ only in ignored axes share one, numbered 0..structures-1', () => {
    const s = space({ kind: 'grid' });
    const ignored = [false, false, true];
    expect(s.structures(ignored)).toBe(2 * 3 * 2);
    const seen = new Map<string, number>();
    for (let c = 0; c < s.combos; c++) {
      const { design, values } = s.combo(c);
      const key = JSON.stringify([design, values[0], values[1]]);
      const n = s.structure(c, ignored);
      expect(seen.get(key) ?? n).toBe(n);
      seen.set(key, n);
    }
    expect([...new Set(seen.values())].sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
    expect(s.structure(7, [false, false, false])).toBe(7);
  });

  it('point() gives the same combination whether or not the previous point shared it', () => {
    const s = space({ kind: 'lhs', n: 7 });
    const fresh = (i: number) => new PointSpace(s.spec).point(i);
    for (const i of [0, 1, 2, 5, 3, 20, 19, 4]) expect(s.point(i)).toEqual(fresh(i));
  });
});
