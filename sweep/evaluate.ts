// One sweep point -> one row. Per design (a base file with one set of axis values) the work is
// done once and kept while the next points share it: the IR edits and checks, the estimate
// (area, timing, fmax), the energy model, the activity samples. Per point: the workload's
// cycles (closed form, or the stepped simulator), energy, the derived figures, the row bytes.
// Nothing throws out of `rows`: a failure becomes an `error` row, a design the axes cannot
// make (or a constraint it misses) an `invalid` row, each with its diagnostic.
import { resolve } from 'node:path';
import { estimate, loadTech, type Estimate, type TechTable } from '../cost/index.js';
import { loadDesign, stripSpans } from '../dsl/index.js';
import { appliedOptimizations, arrayShape, maxSafeK, type Design, type Diagnostic, type GemmShape } from '../ir/index.js';
import { fastCycles, parseDist, type Dist } from '../simulator/index.js';
import { openTensor, tensorDist, type TensorSource } from '../workload/index.js';
import { applyAxes } from './axes.js';
import { energyModel, sampleActivity, sampleShape, togglesArray, workloadEnergy, type EnergyModel } from './energy.js';
import { REQUIRED_METRICS, fix, roundMetrics, rowLine, sha16, sig } from './emit.js';
import { PointSpace, type Point } from './points.js';
import { METRIC_DIGITS, type Level, type MetricName, type RowDetail, type RowDiagnostic, type RowMetrics, type RowWorkload, type SweepRow } from './row.js';
import { simulatePoint } from './sim-level.js';
import type { SweepSpec, WorkloadPoint } from './spec.js';
import { synthFigures, type SynthFigures } from './synth-level.js';

/** What a worker needs to evaluate points: the spec as loaded (plain data, structured-clonable). */
export type EvalSpec = Omit<SweepSpec, 'file'> & { readonly file: string };

interface Base { design?: Design; kBound?: number; diag?: RowDiagnostic }

export interface DesignEval {
  readonly design: Design;
  readonly hash: string;
  readonly kBound?: number;
  readonly tech: TechTable;
  readonly est: Estimate;
  readonly physical: boolean;
  readonly areaUm2: number | null;
  readonly fmaxMHz: number | null;
  readonly energy?: EnergyModel;
  readonly activity: Map<string, Float64Array | string>;
  readonly detail: Omit<RowDetail, 'energy' | 'cyclesExact' | 'sampling' | 'noise'>;
  readonly synthNoise?: boolean;
}

type ComboEval = { ok: DesignEval; params: Record<string, string | number>; file: string } | { bad: RowDiagnostic; name: string; params: Record<string, string | number>; file: string; status: 'invalid' | 'error'; hash: string };

export function toRowDiagnostic(d: Diagnostic): RowDiagnostic {
  return {
    code: d.code,
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
    ...(d.span && d.span.start.line > 0 && !d.span.file.startsWith('<') ? { at: `${d.span.file}:${d.span.start.line}:${d.span.start.col}` } : {}),
  };
}

const firstError = (ds: readonly Diagnostic[]): Diagnostic => ds.find((d) => d.severity === 'error') ?? ds[0];

/** Noise of each level's figures (relative): what `tpe gate` calls INCONCLUSIVE inside. */
export const LEVEL_NOISE: Record<Level, Partial<Record<MetricName, number>>> = {
  // Area, fmax and data-independent cycles are deterministic model outputs; energy rests on a
  // small simulated sample's toggles; expected-value cycles on a distribution, not the data.
  fast: { energyPerMacPj: 0.05, topsPerW: 0.05, energyNj: 0.05, powerMw: 0.05 },
  sim: {},
  // ABC's mapping moves area and delay by a percent or two for small unrelated edits.
  synth: { areaUm2: 0.01, fmaxMHz: 0.02, topsPerMm2: 0.02, energyPerMacPj: 0.05, topsPerW: 0.05, energyNj: 0.05, powerMw: 0.05 },
};
const EXPECTED_CYCLES_NOISE = 0.02;

export class Evaluator {
  readonly space: PointSpace;
  private readonly bases = new Map<number, Base>();
  private readonly techs = new Map<string, TechTable | Diagnostic>();
  private readonly dists = new Map<string, Dist>();
  private readonly tensors = new Map<string, TensorSource | RowDiagnostic>();
  private readonly tensorDists = new Map<string, Dist | RowDiagnostic>();
  private cached?: { combo: number; ev: ComboEval };
  private readonly keep?: ReadonlySet<MetricName>;
  private readonly axisNames;

  constructor(readonly spec: EvalSpec) {
    this.space = new PointSpace(spec);
    this.keep = spec.metrics ? new Set([...REQUIRED_METRICS, ...spec.metrics]) : undefined;
    this.axisNames = spec.axes.map((a) => a.name);
  }

  /** Rows for these point indexes, in the same order, as JSON lines (no newline). */
  async rows(indexes: readonly number[]): Promise<string[]> {
    const out: string[] = [];
    for (const i of indexes) {
      const p = this.space.point(i);
      let ev: ComboEval;
      try {
        ev = await this.combo(p);
      } catch (e) {
        out.push(this.failRow(p, e));
        continue;
      }
      try {
        out.push(this.pointRow(p, ev));
      } catch (e) {
        out.push(this.failRow(p, e, ev));
      }
    }
    return out;
  }

  private failRow(p: Point, e: unknown, ev?: ComboEval): string {
    const params = ev?.params ?? this.space.params(p);
    const file = this.spec.designs[p.design].file;
    const w = this.spec.workloads[p.workload];
    const msg = e instanceof Error ? e.message : String(e);
    const row: SweepRow = {
      key: sha16(`error|${file}|${JSON.stringify(params)}|${workloadKey(w)}|${this.spec.level}|${this.spec.toolkit}`),
      id: this.pointId(file, params, w), index: p.index, status: 'error', level: this.spec.level,
      design: { name: ev && 'ok' in ev ? ev.ok.design.name : file, file }, params, workload: rowWorkload(w, this.workloadData(w)),
      diagnostic: { code: 'Y0299', message: `internal error while evaluating: ${msg}`, hint: 'a bug in TPE Toolkit: please report the spec and this point' },
    };
    return rowLine(row);
  }

  private pointId(file: string, params: Record<string, string | number>, w: WorkloadPoint): string {
    return sha16(JSON.stringify([file, params, w.set, w.gemm, w.M, w.N, w.K, w.count, w.data, w.tensor?.ref ?? '', this.spec.level]));
  }

  private base(i: number): Base {
    let b = this.bases.get(i);
    if (b) return b;
    const f = this.spec.designs[i].file;
    const r = loadDesign(resolve(this.spec.dir, f));
    if (!r.value) {
      const d = firstError(r.diagnostics);
      b = { diag: toRowDiagnostic({ ...d, ...(d.span ? { span: { ...d.span, file: f } } : {}) }) };
    } else {
      const design = { ...r.value, span: { ...r.value.span, file: f } };
      b = { design, ...(r.context?.workload ? { kBound: r.context.workload.k } : {}) };
    }
    this.bases.set(i, b);
    return b;
  }

  private tech(name: string): TechTable | Diagnostic {
    let t = this.techs.get(name);
    if (t) return t;
    const r = loadTech(name, this.spec.dir);
    t = r.value ?? firstError(r.diagnostics);
    this.techs.set(name, t);
    return t;
  }

  private async combo(p: Point): Promise<ComboEval> {
    if (this.cached?.combo === p.combo) return this.cached.ev;
    const ev = await this.buildCombo(p);
    this.cached = { combo: p.combo, ev };
    return ev;
  }

  private async buildCombo(p: Point): Promise<ComboEval> {
    const file = this.spec.designs[p.design].file;
    const params = this.space.params(p);
    const bad = (d: RowDiagnostic, name: string, status: 'invalid' | 'error' = 'invalid'): ComboEval => ({
      bad: d, name, params, file, status, hash: sha16(`${file}|${JSON.stringify(params)}|${d.code}`),
    });
    const base = this.base(p.design);
    if (!base.design) return bad(base.diag!, file, 'error');
    const hasTechAxis = this.axisNames.includes('technology');
    const start = hasTechAxis ? base.design : { ...base.design, technology: this.spec.technology };
    const r = applyAxes(start, this.axisNames, p.values);
    if (!r.value) return bad(toRowDiagnostic(firstError(r.diagnostics)), base.design.name);
    const design = r.value;
    const tech = this.tech(design.technology);
    if ('code' in tech) return bad(toRowDiagnostic(tech), design.name);
    const er = estimate(design, { tech });
    if (!er.value) return bad(toRowDiagnostic(firstError(er.diagnostics)), design.name);
    const est = er.value;
    const physical = tech.units.area === 'um2' && tech.units.delay === 'ps' && tech.units.energy === 'fJ';
    let areaUm2: number | null = physical ? est.area.total : null;
    let fmaxMHz: number | null = physical && est.timing.fmaxMHz !== undefined ? est.timing.fmaxMHz : null;
    let limiting = est.timing.limiting;
    let synth: SynthFigures | undefined;
    if (this.spec.level === 'synth') {
      const s = await synthFigures(design, tech, this.spec);
      if ('error' in s) return bad({ code: s.code, message: s.error, ...(s.hint ? { hint: s.hint } : {}) }, design.name, s.code === 'Y0402' ? 'invalid' : 'error');
      synth = s;
      areaUm2 = s.areaUm2;
      fmaxMHz = s.fmaxMHz;
      limiting = `synthesis: ${s.path}`;
    }
    const energy = fmaxMHz !== null || !physical ? energyModel(est, tech, fmaxMHz ?? 1) : undefined;
    const sh = arrayShape(design);
    const byBlock = synth ? [['cells (synthesis)', synth.areaUm2] as const, ...est.area.byBlock.map((b) => [`model: ${b.block}`, b.area] as const)] : est.area.byBlock.map((b) => [b.block, b.area] as const);
    const kBound = this.spec.kLimit === 'accumulator' ? maxSafeK(design) : base.kBound;
    const ev: DesignEval = {
      design, hash: sha16(JSON.stringify(stripSpans(design))), ...(kBound !== undefined ? { kBound } : {}),
      tech, est, physical, areaUm2, fmaxMHz, ...(energy ? { energy } : {}), activity: new Map(),
      detail: {
        architecture: design.architecture, opts: appliedOptimizations(design), array: [sh.rows, sh.cols, sh.depth],
        technology: design.technology, clockNs: design.clockNs, limiting,
        area: byBlock.slice(0, 12).map(([n, a]) => [n, sig(a)] as const),
      },
      ...(synth ? { synthNoise: true } : {}),
    };
    return { ok: ev, params, file };
  }

  private dist(text: string): Dist {
    let d = this.dists.get(text);
    if (!d) { d = parseDist(text).value!; this.dists.set(text, d); }
    return d;
  }

  /** The operand distributions of a workload for a design (a tensor's histogram in its type). */
  private operandDists(w: WorkloadPoint, design: Design): { a: Dist; b: Dist } | RowDiagnostic {
    const gen = this.dist(w.data);
    if (!w.tensor) return { a: gen, b: gen };
    const t = w.tensor;
    const type = t.operand === 'a' ? design.types.A : design.types.B;
    const key = `${t.ref}|${type.signed}|${type.bits}|${t.quantize}`;
    let td = this.tensorDists.get(key);
    if (!td) {
      const src = this.tensorSource(t.ref);
      if ('code' in src) td = src;
      else {
        const r = tensorDist(src, type, t.quantize);
        td = r.value ?? toRowDiagnostic(firstError(r.diagnostics));
      }
      this.tensorDists.set(key, td);
    }
    if ('code' in td) return td;
    return t.operand === 'a' ? { a: td, b: gen } : { a: gen, b: td };
  }

  tensorSource(ref: string): TensorSource | RowDiagnostic {
    let s = this.tensors.get(ref);
    if (!s) {
      const i = ref.lastIndexOf('#');
      const r = openTensor(i > 0 ? { file: ref.slice(0, i), name: ref.slice(i + 1) } : { file: ref }, this.spec.dir);
      s = r.value ?? toRowDiagnostic(firstError(r.diagnostics));
      this.tensors.set(ref, s);
    }
    return s;
  }

  private workloadData(w: WorkloadPoint, dists?: { a: Dist; b: Dist }): string {
    if (!w.tensor) return w.data;
    const label = dists ? (w.tensor.operand === 'a' ? dists.a : dists.b) : undefined;
    const t = label && label.kind === 'empirical' ? `empirical:${label.label}` : `tensor:${w.tensor.sha}`;
    return w.tensor.operand === 'a' ? `a=${t};b=${w.data}` : `a=${w.data};b=${t}`;
  }

  private pointRow(p: Point, ev: ComboEval): string {
    const w = this.spec.workloads[p.workload];
    const level = this.spec.level;
    const id = this.pointId(ev.file, ev.params, w);
    if ('bad' in ev) {
      return rowLine({
        key: sha16(`${ev.hash}|${workloadKey(w)}|${level}|${this.spec.toolkit}`), id, index: p.index, status: ev.status, level,
        design: { name: ev.name, file: ev.file }, params: ev.params, workload: rowWorkload(w, this.workloadData(w)), diagnostic: ev.bad,
      });
    }
    const d = ev.ok;
    const dists = this.operandDists(w, d.design);
    const dataText = this.workloadData(w, 'code' in dists ? undefined : dists);
    const common = {
      key: sha16(`${d.hash}|${workloadKey(w)}|${dataText}|${level}|${this.spec.toolkit}`), id, index: p.index, level,
      design: { name: d.design.name, file: ev.file }, params: ev.params, workload: rowWorkload(w, dataText),
    };
    const invalidRow = (diag: RowDiagnostic) => rowLine({ ...common, status: 'invalid', diagnostic: diag });
    if ('code' in dists) return invalidRow(dists);
    if (d.kBound !== undefined && w.K > d.kBound) {
      return invalidRow(this.spec.kLimit === 'accumulator'
        ? { code: 'S0110', message: `K = ${w.K} can overflow the ${d.design.types.acc.bits}-bit accumulator (safe up to K = ${d.kBound})`, hint: 'widen the accumulator (axis acc), or drop this workload' }
        : { code: 'S0110', message: `K = ${w.K} is beyond the design's declared workload (K <= ${d.kBound})`, hint: 'raise `workload K <= ...` in the design, or sweep with kLimit: accumulator' });
    }
    const shape: GemmShape = { M: w.M, N: w.N, K: w.K };
    const macs = w.M * w.N * w.K;
    let cycles: number, cyclesExact: boolean, toggles: Float64Array;
    let sampling: RowDetail['sampling'];
    const noise: Partial<Record<MetricName, number>> = { ...LEVEL_NOISE[level] };
    if (level === 'sim') {
      const s = simulatePoint(this, d.design, w, shape, dists, p.index);
      if ('error' in s) return invalidRow({ code: s.code, message: s.error, ...(s.hint ? { hint: s.hint } : {}) });
      cycles = s.cycles; cyclesExact = s.exact; toggles = s.toggles;
      if (s.sampling) sampling = s.sampling;
      for (const [k, v] of Object.entries(s.noise)) if (v > 0) noise[k as MetricName] = v;
    } else {
      const fc = fastCycles(d.design, shape, { kind: 'dist', a: dists.a, b: dists.b });
      if (!fc.value) return invalidRow(toRowDiagnostic(firstError(fc.diagnostics)));
      cycles = fc.value.total; cyclesExact = fc.value.exact;
      if (!cyclesExact) noise.cycles = EXPECTED_CYCLES_NOISE;
      const ss = sampleShape(d.design, shape);
      const akey = `${ss.M}x${ss.N}x${ss.K}|${dataText}`;
      let act = d.activity.get(akey);
      if (act === undefined) {
        const r = sampleActivity(d.design, ss, dists.a, dists.b, this.spec.seed);
        act = 'error' in r ? r.error : r.perMac;
        d.activity.set(akey, act);
      }
      if (typeof act === 'string') return invalidRow({ code: 'Y0203', message: `activity sample failed: ${act}` });
      toggles = new Float64Array(act.length);
      for (let i = 0; i < act.length; i++) toggles[i] = act[i] * macs;
    }
    const metrics = this.metrics(d, macs, cycles, toggles);
    const en = d.energy ? workloadEnergy(d.energy, toggles, cycles) : undefined;
    if (!cyclesExact && noise.cycles === undefined) noise.cycles = EXPECTED_CYCLES_NOISE;
    if (noise.cycles !== undefined) noise.topsPerMm2 = Math.max(noise.topsPerMm2 ?? 0, noise.cycles);
    const detail: RowDetail = {
      ...d.detail,
      energy: en ? en.parts.map(([n, e]) => [n, sig(e / macs / (d.physical ? 1000 : 1))] as const) : [],
      cyclesExact,
      ...(sampling ? { sampling } : {}),
      ...(Object.keys(noise).length ? { noise: Object.fromEntries(Object.entries(noise).map(([k, v]) => [k, fix(v, 4)])) } : {}),
    };
    const rounded = roundMetrics(metrics, this.keep);
    for (const c of this.spec.constraints) {
      const v = metrics[c.metric];
      const okc = v !== null && (c.op === '<=' ? v <= c.value : c.op === '>=' ? v >= c.value : c.op === '<' ? v < c.value : v > c.value);
      if (!okc) {
        return rowLine({ ...common, status: 'invalid', metrics: rounded, detail, diagnostic: { code: 'Y0301', message: `outside the constraint ${c.text} (${c.metric} = ${v === null ? 'n/a' : fix(v, METRIC_DIGITS_OF(c.metric))})`, hint: 'a constraint of the sweep spec' } });
      }
    }
    return rowLine({ ...common, status: 'ok', metrics: rounded, detail });
  }

  private metrics(d: DesignEval, macs: number, cycles: number, toggles: Float64Array): RowMetrics {
    const util = macs / (cycles * d.est.macsPerCycle);
    const f = d.fmaxMHz;
    const en = d.energy ? workloadEnergy(d.energy, toggles, cycles).total : undefined;
    const latencyUs = f ? cycles / f : null;
    const seconds = latencyUs !== null ? latencyUs * 1e-6 : null;
    const phys = d.physical && en !== undefined;
    const areaMm2 = d.areaUm2 !== null ? d.areaUm2 / 1e6 : null;
    return {
      areaUm2: d.areaUm2,
      fmaxMHz: f,
      cycles,
      energyPerMacPj: phys ? en! / macs / 1000 : null,
      topsPerMm2: seconds && areaMm2 ? (2 * macs) / seconds / 1e12 / areaMm2 : null,
      topsPerW: phys && en! > 0 ? (2 * macs) / (en! * 1e-15) / 1e12 : null,
      utilization: util,
      macs,
      latencyUs,
      throughputTops: seconds ? (2 * macs) / seconds / 1e12 : null,
      energyNj: phys ? en! * 1e-6 : null,
      powerMw: phys && seconds ? (en! * 1e-15) / seconds * 1e3 : null,
    };
  }
}

const METRIC_DIGITS_OF = (m: MetricName) => METRIC_DIGITS[m];

export function workloadKey(w: WorkloadPoint): string {
  return `${w.set}|${w.gemm}|${w.M}x${w.N}x${w.K}|${w.count}|${w.data}|${w.tensor ? `${w.tensor.ref}@${w.tensor.sha}:${w.tensor.operand}:${w.tensor.layout}:${w.tensor.quantize}` : ''}`;
}

export function rowWorkload(w: WorkloadPoint, data: string): RowWorkload {
  return { set: w.set, gemm: w.gemm, M: w.M, N: w.N, K: w.K, count: w.count, data };
}

export { togglesArray };
