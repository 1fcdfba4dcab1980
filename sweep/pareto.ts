// `tpe pareto all.jsonl --objectives area,energy,-throughput`: the non-dominated design points,
// per workload GEMM or aggregated over each workload set (a model's layers, each GEMM weighted by
// how often it runs). Objectives are minimized; a leading '-' maximizes one.
import type { MetricName, SweepRow } from './row.js';
import { forEachRow } from './jsonl.js';
import { metricByName } from './metric-names.js';

export interface Objective {
  metric: MetricName;
  maximize: boolean;
}

export function parseObjectives(s: string): Objective[] | string {
  const out: Objective[] = [];
  for (const part of s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)) {
    const maximize = part.startsWith('-');
    const m = metricByName(part.replace(/^[-+]/, ''));
    if (m.startsWith('unknown metric')) return m;
    out.push({ metric: m as MetricName, maximize });
  }
  return out.length ? out : 'no objectives given (e.g. --objectives area,energy,-throughput)';
}

/** Whether a dominates b: no worse in every objective, better in one (vectors already minimized). */
export function dominates(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  let better = false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] > b[i]) return false;
    if (a[i] < b[i]) better = true;
  }
  return better;
}

/**
 * Indexes of the non-dominated vectors (minimization). Sorted by the objectives
 * lexicographically, a vector can only be dominated by one before it, so each is checked
 * against the front so far: O(n x front). Equal vectors are all kept.
 */
export function paretoFront(vs: readonly ArrayLike<number>[]): number[] {
  const order = vs
    .map((_, i) => i)
    .sort((i, j) => {
      for (let k = 0; k < vs[i].length; k++) if (vs[i][k] !== vs[j][k]) return vs[i][k] - vs[j][k];
      return i - j;
    });
  const front: number[] = [];
  for (const i of order) if (!front.some((f) => dominates(vs[f], vs[i]))) front.push(i);
  return front.sort((a, b) => a - b);
}

export interface Candidate {
  /** Design point: base file + params. */
  readonly design: string;
  readonly name: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly values: Record<string, number>;
  /** Row ids behind it (one per GEMM when aggregated). */
  readonly rows: number;
}

export interface ParetoGroup {
  /** The workload (set + GEMM + data) or the set when aggregated. */
  readonly group: string;
  readonly candidates: number;
  readonly front: Candidate[];
  /** Design points left out of an aggregate because a GEMM of the set has no ok row. */
  readonly incomplete: number;
  /** Design points left out because an objective is not in their rows (null, or not kept). */
  readonly unusable: number;
}

type Acc = {
  name: string;
  params: SweepRow['params'];
  rows: number;
  gemms: Set<string>;
  cyc: number;
  macs: number;
  energy: number;
  time: number;
  area: number | null;
  fmax: number | null;
  nullE: boolean;
  nullT: boolean;
};

/**
 * Reads the rows (streamed) and returns the front of each group. `aggregate`: one candidate per
 * design point and workload set, totals over the set's GEMMs weighted by `count`: cycles,
 * energy (nJ), latency; energyPerMacPj, topsPerW, throughputTops and topsPerMm2 recomputed from
 * the totals; area and fmax are the design's.
 */
/** `opts.shown`: the file's name in messages; a file that is not sweep rows throws RowsError (sweep/jsonl.ts). */
export function pareto(file: string, objectives: readonly Objective[], opts: { aggregate?: boolean; shown?: string } = {}): ParetoGroup[] {
  const groups = new Map<string, Map<string, Candidate | Acc>>();
  const setGemms = new Map<string, Set<string>>();
  forEachRow(file, opts.shown ?? file, (r) => {
    const w = r.workload;
    const setKey = `${w.set} [${w.data}]`;
    if (opts.aggregate) {
      const sg = setGemms.get(setKey) ?? new Set<string>();
      sg.add(w.gemm);
      setGemms.set(setKey, sg);
    }
    if (r.status !== 'ok' || !r.metrics) return;
    const dkey = `${r.design.file} ${JSON.stringify(r.params)}`;
    const gkey = opts.aggregate ? setKey : `${w.set} ${w.gemm} (${w.M}x${w.N}x${w.K}) [${w.data}]`;
    let g = groups.get(gkey);
    if (!g) {
      g = new Map();
      groups.set(gkey, g);
    }
    const m = r.metrics;
    if (!opts.aggregate) {
      const values: Record<string, number> = {};
      for (const o of objectives) values[o.metric] = m[o.metric] ?? NaN; // absent or null: unusable
      g.set(dkey, { design: dkey, name: r.design.name, params: r.params, values, rows: 1 });
      return;
    }
    let a = g.get(dkey) as Acc | undefined;
    if (!a) {
      a = {
        name: r.design.name,
        params: r.params,
        rows: 0,
        gemms: new Set(),
        cyc: 0,
        macs: 0,
        energy: 0,
        time: 0,
        area: m.areaUm2,
        fmax: m.fmaxMHz,
        nullE: false,
        nullT: false,
      };
      g.set(dkey, a);
    }
    const c = w.count;
    a.rows++;
    a.gemms.add(w.gemm);
    a.cyc += c * m.cycles;
    a.macs += c * m.macs;
    if (m.energyNj === null) a.nullE = true;
    else a.energy += c * m.energyNj;
    if (m.latencyUs === null) a.nullT = true;
    else a.time += c * m.latencyUs;
  });
  const out: ParetoGroup[] = [];
  for (const [gkey, g] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    let cands: Candidate[] = [];
    let incomplete = 0;
    if (opts.aggregate) {
      const need = setGemms.get(gkey)!.size;
      for (const [dkey, x] of g) {
        const a = x as Acc;
        if (a.gemms.size < need) {
          incomplete++;
          continue;
        }
        const secs = a.nullT ? NaN : a.time * 1e-6;
        const agg: Record<string, number> = {
          cycles: a.cyc,
          macs: a.macs,
          areaUm2: a.area ?? NaN,
          fmaxMHz: a.fmax ?? NaN,
          energyNj: a.nullE ? NaN : a.energy,
          latencyUs: a.nullT ? NaN : a.time,
          energyPerMacPj: a.nullE ? NaN : (a.energy * 1e3) / a.macs,
          topsPerW: a.nullE ? NaN : (2 * a.macs) / (a.energy * 1e-9) / 1e12,
          throughputTops: (2 * a.macs) / secs / 1e12,
          topsPerMm2: a.area ? (2 * a.macs) / secs / 1e12 / (a.area / 1e6) : NaN,
          powerMw: a.nullE ? NaN : ((a.energy * 1e-9) / secs) * 1e3,
          utilization: NaN,
        };
        const values: Record<string, number> = {};
        for (const o of objectives) values[o.metric] = agg[o.metric];
        cands.push({ design: dkey, name: a.name, params: a.params, values, rows: a.rows });
      }
    } else cands = [...g.values()] as Candidate[];
    // Points with a missing objective (null metric) cannot be compared: left out.
    const usable = cands.filter((c) => objectives.every((o) => Number.isFinite(c.values[o.metric])));
    const vecs = usable.map((c) => objectives.map((o) => (o.maximize ? -c.values[o.metric] : c.values[o.metric])));
    const front = paretoFront(vecs).map((i) => usable[i]);
    const first = objectives[0];
    front.sort(
      (a, b) =>
        (first.maximize ? b.values[first.metric] - a.values[first.metric] : a.values[first.metric] - b.values[first.metric]) ||
        (a.design < b.design ? -1 : 1),
    );
    out.push({ group: gkey, candidates: cands.length + incomplete, front, incomplete, unusable: cands.length - usable.length });
  }
  return out;
}
