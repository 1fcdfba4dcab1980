// The points of a spec, without holding them: a combination ("combo") of a base design and one
// value per axis, times each workload GEMM; point index = combo x workloads + workload, so the
// workloads of one design are consecutive (workers reuse the design). Grid: every combination
// in mixed radix (design slowest, axes in spec order). Random: N distinct combinations drawn by
// a seeded PRNG (Floyd's algorithm), in ascending order. Latin hypercube: N combinations, each
// axis's values spread evenly over them by a seeded permutation per axis. Any point can be
// computed from its index alone (shards, merge and resume need no list).
import { mulberry32 } from '../simulator/index.js';
import type { AxisValue, SweepSpec } from './spec.js';

export interface Combo {
  readonly design: number;
  /** One value per axis, in spec order. */
  readonly values: readonly AxisValue[];
}

export interface Point {
  readonly index: number;
  readonly combo: number;
  readonly design: number;
  readonly workload: number;
  readonly values: readonly AxisValue[];
}

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

/** `i/N` -> shard, or a message. */
export function parseShard(s: string): Shard | string {
  const m = /^(\d+)\/(\d+)$/.exec(s.trim());
  if (!m) return `--shard expects i/N (e.g. 2/3), got "${s}"`;
  const i = Number(m[1]),
    n = Number(m[2]);
  if (!(n >= 1 && i >= 1 && i <= n)) return `--shard ${s}: i must be in 1..N`;
  return { index: i, count: n };
}

function randBelow(rnd: () => number, n: number): number {
  if (n <= 2 ** 32) return Math.floor(rnd() * n);
  const x = Math.floor(rnd() * 2 ** 21) * 2 ** 32 + Math.floor(rnd() * 2 ** 32);
  return x % n;
}

export class PointSpace {
  readonly radix: readonly number[];
  /** Every combination (the grid's size). */
  readonly gridSize: number;
  readonly combos: number;
  readonly workloads: number;
  readonly points: number;
  private readonly picked?: Float64Array;
  private readonly perms?: Int32Array[];

  constructor(readonly spec: Pick<SweepSpec, 'designs' | 'axes' | 'sample' | 'seed' | 'workloads'>) {
    this.radix = [spec.designs.length, ...spec.axes.map((a) => a.values.length)];
    this.gridSize = this.radix.reduce((a, b) => a * b, 1);
    this.workloads = spec.workloads.length;
    const s = spec.sample;
    if (s.kind === 'random' && s.n < this.gridSize) {
      // Floyd: n distinct of 0..G-1 with one set of n entries.
      const rnd = mulberry32(spec.seed);
      const set = new Set<number>();
      for (let j = this.gridSize - s.n; j < this.gridSize; j++) {
        const t = randBelow(rnd, j + 1);
        set.add(set.has(t) ? j : t);
      }
      this.picked = Float64Array.from(set).sort();
      this.combos = s.n;
    } else if (s.kind === 'lhs') {
      const rnd = mulberry32(spec.seed);
      this.perms = this.radix.map(() => {
        const p = new Int32Array(s.n);
        for (let i = 0; i < s.n; i++) p[i] = i;
        for (let i = s.n - 1; i > 0; i--) {
          const j = Math.floor(rnd() * (i + 1));
          const t = p[i];
          p[i] = p[j];
          p[j] = t;
        }
        return p;
      });
      this.combos = s.n;
    } else {
      this.combos = this.gridSize;
    }
    this.points = this.combos * this.workloads;
  }

  combo(c: number): Combo {
    const digits = this.digits(c);
    return { design: digits[0], values: this.spec.axes.map((ax, i) => ax.values[digits[i + 1]]) };
  }

  /**
   * The number of a combination's structure: its digits in mixed radix with the axes marked
   * `ignored` left out (for a grid, 0 .. structures(ignored) - 1).
   */
  structure(c: number, ignored: readonly boolean[]): number {
    const digits = this.digits(c);
    let s = digits[0];
    for (let a = 1; a < this.radix.length; a++) if (!ignored[a - 1]) s = s * this.radix[a] + digits[a];
    return s;
  }

  /** How many structures the grid holds with the axes marked `ignored` left out. */
  structures(ignored: readonly boolean[]): number {
    return this.radix.reduce((n, r, a) => (a > 0 && ignored[a - 1] ? n : n * r), 1);
  }

  /** A combination's digit per radix (design first, then one per axis). */
  private digits(c: number): number[] {
    const digits: number[] = new Array(this.radix.length);
    if (this.perms) {
      const n = this.combos;
      for (let a = 0; a < this.radix.length; a++) digits[a] = Math.floor((this.perms[a][c] * this.radix[a]) / n);
    } else {
      let g = this.picked ? this.picked[c] : c;
      for (let a = this.radix.length - 1; a >= 0; a--) {
        digits[a] = g % this.radix[a];
        g = Math.floor(g / this.radix[a]);
      }
    }
    return digits;
  }

  /** The last combination point() computed (a combination's points are consecutive). */
  private last?: { c: number; combo: Combo };
  point(index: number): Point {
    const combo = Math.floor(index / this.workloads),
      workload = index % this.workloads;
    if (this.last?.c !== combo) this.last = { c: combo, combo: this.combo(combo) };
    const c = this.last.combo;
    return { index, combo, design: c.design, workload, values: c.values };
  }

  /**
   * Whether a point belongs to a shard: whole combinations go round robin when there are
   * enough of them (each design is built by one shard only), else single points do.
   */
  inShard(index: number, shard: Shard): boolean {
    if (shard.count === 1) return true;
    const unit = this.combos >= 4 * shard.count ? Math.floor(index / this.workloads) : index;
    return unit % shard.count === shard.index - 1;
  }

  /** Point indexes of a shard, ascending, streamed. */
  *indexes(shard: Shard = { index: 1, count: 1 }): Generator<number> {
    for (let i = 0; i < this.points; i++) if (this.inShard(i, shard)) yield i;
  }

  /** How many points a shard holds. */
  shardSize(shard: Shard): number {
    if (shard.count === 1) return this.points;
    const byCombo = this.combos >= 4 * shard.count;
    const units = byCombo ? this.combos : this.points;
    const mine = Math.floor(units / shard.count) + (units % shard.count > shard.index - 1 ? 1 : 0);
    return byCombo ? mine * this.workloads : mine;
  }

  /** The axis values of a point by name. */
  params(p: Pick<Point, 'values'>): Record<string, AxisValue> {
    const out: Record<string, AxisValue> = {};
    this.spec.axes.forEach((a, i) => {
      out[a.name] = p.values[i];
    });
    return out;
  }
}
