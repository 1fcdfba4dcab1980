// One sweep point -> one row. Per design (a base file with one set of axis values) the work is
// done once and kept while the next points share it: the IR edits and checks, the estimate
// (area, timing, fmax), the energy model, the activity samples. Per point: the workload's
// cycles (closed form, or the stepped simulator), energy, the derived figures, the row bytes.
// Nothing throws out of `rows`: a failure becomes an `error` row, a design the axes cannot
// make (or a constraint it misses) an `invalid` row, each with its diagnostic.
import { estimate, loadTech, type Estimate, type TechTable } from '../cost/index.js';
import { stripSpans } from '../dsl/equal.js';
import { appliedOptimizations, arrayShape, maxSafeK, type Design, type Diagnostic, type GemmShape } from '../ir/index.js';
import { fastCycles, parseDist, type Dist } from '../simulator/index.js';
import { openTensor, tensorDist, type TensorSource } from '../workload/index.js';
import { applyAxes } from './axes.js';
import { ByteSink, fragment } from './bytes.js';
import { energyModel, energyParts, sampleActivity, sampleCaps, sampleDim, type EnergyModel } from './energy.js';
import { REQUIRED_METRICS, fix, hash64, hashState, rowLine, sha16, sig, type HashState } from './emit.js';
import { PointSpace, type Point } from './points.js';
import {
  METRIC_DIGITS,
  type Level,
  type MetricName,
  type RowDetail,
  type RowDiagnostic,
  type RowMetrics,
  type RowWorkload,
  type SweepRow,
} from './row.js';
import { simulatePoint } from './sim-level.js';
import type { SweepSpec, WorkloadPoint } from './spec.js';
import type { SynthFigures } from './synth-level.js';

/** A base design as parsed (by the main thread: workers need not build the DSL parser). */
export interface Base {
  readonly design?: Design;
  readonly kBound?: number;
  readonly diag?: RowDiagnostic;
}

/** What a worker needs to evaluate points: the spec as loaded and its base designs (plain data, structured-clonable). */
export type EvalSpec = SweepSpec & { readonly bases?: readonly Base[] };

/** Parses the spec's base designs (spans name the files as the spec writes them). */
export async function loadBases(spec: SweepSpec): Promise<Base[]> {
  const { loadDesign } = await import('../dsl/index.js');
  return spec.designs.map((ref) => {
    const f = ref.file;
    // Spans name the file as the spec writes it (rows hold no machine's absolute paths).
    const r = loadDesign(f, { cwd: spec.dir });
    if (!r.value) {
      const d = firstError(r.diagnostics);
      return { diag: toRowDiagnostic(d) };
    }
    return { design: r.value, ...(r.value.workload ? { kBound: r.value.workload.k } : {}) };
  });
}

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
  /** Activity samples by data text, then by the sample shape as one number (no string per point). */
  readonly activity: Map<string, Map<number, Float64Array | string>>;
  /** sampleShape's caps of m, n, k for this design. */
  readonly sampleCaps: readonly [number, number, number];
  /** The activity sample by workload index (workloads with the spec's data). */
  readonly activityOf: (Float64Array | string)[];
  readonly detail: Omit<RowDetail, 'energy' | 'cyclesExact' | 'sampling' | 'noise'>;
  /** `"design":{...},"params":{...}` and the detail object's JSON without its closing brace. */
  readonly headJson: string;
  readonly detailHead: string;
  /** Row bytes after the index for an ok and an invalid row (`,"status":...,"workload":`), and from the metrics' end to the energy list (`},"detail":{...,"energy":`). */
  readonly okHead: Uint8Array;
  readonly invalidHead: Uint8Array;
  readonly detailFrag: Uint8Array;
  /** `[label,` of each energy part: the toggle classes' labels, then clock and leakage. */
  readonly labelFrag: Uint8Array[];
  /** `,"noise":{...}` bytes by the noise object's content. */
  readonly noiseFrag: Map<string, Uint8Array>;
  /** The bytes of the leading metrics that are the design's own (area, fmax), written once. */
  metricsHead?: Uint8Array;
  /** Hash state after the design's IR hash (row keys continue from it). */
  readonly keyState: HashState;
  readonly synthNoise?: boolean;
}

type ComboEval =
  | { ok: DesignEval; params: Record<string, string | number>; file: string }
  | { bad: RowDiagnostic; name: string; params: Record<string, string | number>; file: string; status: 'invalid' | 'error'; hash: string };

export function toRowDiagnostic(d: Diagnostic): RowDiagnostic {
  return {
    code: d.code,
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
    ...(d.span && d.span.start.line > 0 && !d.span.file.startsWith('<')
      ? { at: `${d.span.file}:${d.span.start.line}:${d.span.start.col}` }
      : {}),
  };
}

const firstError = (ds: readonly Diagnostic[]): Diagnostic => ds.find((d) => d.severity === 'error') ?? ds[0];

/** Noise of each level's figures (relative): what `tpe gate` calls INCONCLUSIVE inside. */
export const LEVEL_NOISE: Record<Level, Partial<Record<MetricName, number>>> = {
  // Area, fmax and data-independent cycles are deterministic model outputs. Energy rests on a
  // small simulated sample's toggles, expected-value cycles on a distribution rather than the
  // data: against simulating the whole GEMM (7 designs x 4 shapes, docs/SWEEP.md section 2)
  // energy was within 7.3% (median 1.7%) and zero-skip cycles within 2.9%.
  fast: { energyPerMacPj: 0.08, topsPerW: 0.08, energyNj: 0.08, powerMw: 0.08 },
  sim: {},
  // ABC's mapping moves area and delay by a percent or two for small unrelated edits.
  synth: { areaUm2: 0.01, fmaxMHz: 0.02, topsPerMm2: 0.02, energyPerMacPj: 0.08, topsPerW: 0.08, energyNj: 0.08, powerMw: 0.08 },
};
const EXPECTED_CYCLES_NOISE = 0.03;

export class Evaluator {
  readonly space: PointSpace;
  private bases?: readonly Base[];
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

  /** The status of the row pointRow last built (read right after it returns). */
  private status: 'ok' | 'invalid' | 'error' = 'ok';

  /** Rows for these point indexes, in the same order, as JSON lines (no newline; decoded from `batch`). */
  async rows(indexes: readonly number[]): Promise<string[]> {
    const lines = new TextDecoder().decode((await this.batch(indexes)).bytes).split('\n');
    lines.pop();
    return lines;
  }

  /** The rows being written (bytes of the file). */
  private readonly out = new ByteSink();

  /** A buffer of an earlier `batch`, given back once written (its next batches reuse it). */
  spare(b: ArrayBuffer): void {
    this.out.spare(b);
  }

  /**
   * Rows for these point indexes, in the same order, as the file's bytes (UTF-8 lines, each
   * ending in a newline), and their statuses counted as they are built.
   */
  async batch(indexes: readonly number[]): Promise<{ bytes: Uint8Array; count: number; ok: number; invalid: number; error: number }> {
    this.bases ??= this.spec.bases ?? (await loadBases(this.spec));
    const out = this.out;
    out.rewind(0);
    const n = { ok: 0, invalid: 0, error: 0 };
    for (const i of indexes) {
      const p = this.space.point(i);
      let ev: ComboEval;
      try {
        ev = await this.combo(p);
      } catch (e) {
        out.text(this.failRow(p, e));
        out.byte(10);
        n.error++;
        continue;
      }
      const mark = out.at;
      try {
        this.pointRow(p, ev);
        n[this.status]++;
      } catch (e) {
        out.rewind(mark);
        out.text(this.failRow(p, e, ev));
        n.error++;
      }
      out.byte(10);
    }
    return { bytes: out.take(), count: indexes.length, ...n };
  }

  private failRow(p: Point, e: unknown, ev?: ComboEval): string {
    const params = ev?.params ?? this.space.params(p);
    const file = this.spec.designs[p.design].file;
    const w = this.spec.workloads[p.workload];
    const msg = e instanceof Error ? e.message : String(e);
    const row: SweepRow = {
      key: sha16(`error|${file}|${JSON.stringify(params)}|${workloadKey(w)}|${this.spec.level}|${this.spec.toolkit}`),
      id: this.pointId(file, params, w),
      index: p.index,
      status: 'error',
      level: this.spec.level,
      design: { name: ev && 'ok' in ev ? ev.ok.design.name : file, file },
      params,
      workload: rowWorkload(w, this.workloadData(w)),
      diagnostic: {
        code: 'Y0299',
        message: `internal error while evaluating: ${msg}`,
        hint: 'a bug in TPE Toolkit: please report the spec and this point',
      },
    };
    return rowLine(row);
  }

  private idState?: { file: string; params: Record<string, string | number>; state: HashState };
  private readonly idSuffix: string[] = [];
  private pointId(file: string, params: Record<string, string | number>, w: WorkloadPoint, wi = -1): string {
    if (this.idState?.params !== params || this.idState.file !== file)
      this.idState = { file, params, state: hashState(identityPrefix(file, params)) };
    let suf = wi >= 0 ? this.idSuffix[wi] : undefined;
    if (suf === undefined) {
      suf = identitySuffix(w, this.spec.level);
      if (wi >= 0) this.idSuffix[wi] = suf;
    }
    return hash64(suf, this.idState.state);
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
      bad: d,
      name,
      params,
      file,
      status,
      hash: sha16(`${file}|${JSON.stringify(params)}|${d.code}`),
    });
    const base = this.bases![p.design];
    if (!base.design) return bad(base.diag!, file, 'error');
    const hasTechAxis = this.axisNames.includes('technology');
    const start = hasTechAxis ? base.design : { ...base.design, technology: this.spec.technology };
    const r = applyAxes(start, this.axisNames, p.values);
    if (!r.value) return bad(toRowDiagnostic(firstError(r.diagnostics)), base.design.name);
    const design = r.value;
    const tech = this.tech(design.technology);
    if ('code' in tech) return bad(toRowDiagnostic(tech), design.name);
    const er = estimate(design, { tech, ...(this.spec.activity === 'timed' ? { activity: 'timed' as const } : {}) });
    if (!er.value) return bad(toRowDiagnostic(firstError(er.diagnostics)), design.name);
    const est = er.value;
    const physical = tech.units.area === 'um2' && tech.units.delay === 'ps' && tech.units.energy === 'fJ';
    let areaUm2: number | null = physical ? est.area.total : null;
    let fmaxMHz: number | null = physical && est.timing.fmaxMHz !== undefined ? est.timing.fmaxMHz : null;
    let limiting = est.timing.limiting;
    let synth: SynthFigures | undefined;
    if (this.spec.level === 'synth') {
      // Loaded only at the synth level: the RTL emitter and Yosys stay out of the other levels' workers.
      const { synthFigures } = await import('./synth-level.js');
      const s = await synthFigures(design, tech, this.spec);
      if ('error' in s)
        return bad(
          { code: s.code, message: s.error, ...(s.hint ? { hint: s.hint } : {}) },
          design.name,
          s.code === 'Y0402' ? 'invalid' : 'error',
        );
      synth = s;
      areaUm2 = s.areaUm2;
      fmaxMHz = s.fmaxMHz;
      limiting = `synthesis: ${s.path}`;
    }
    const energy = fmaxMHz !== null || !physical ? energyModel(est, tech, fmaxMHz ?? 1, design, this.spec.activity === 'timed') : undefined;
    const sh = arrayShape(design);
    const byBlock = synth
      ? [['cells (synthesis)', synth.areaUm2] as const, ...est.area.byBlock.map((b) => [`model: ${b.block}`, b.area] as const)]
      : est.area.byBlock.map((b) => [b.block, b.area] as const);
    const irHash = sha16(JSON.stringify(stripSpans(design)));
    const kBound = this.spec.kLimit === 'accumulator' ? maxSafeK(design) : base.kBound;
    const detail: DesignEval['detail'] = {
      architecture: design.architecture,
      opts: appliedOptimizations(design),
      array: [sh.rows, sh.cols, sh.depth],
      technology: design.technology,
      clockNs: design.clockNs,
      limiting,
      area: compactArea(byBlock),
    };
    const headJson = `"design":${JSON.stringify({ name: design.name, file })},"params":${JSON.stringify(params)}`;
    const detailHead = JSON.stringify(detail).slice(0, -1);
    const level = this.spec.level;
    const ev: DesignEval = {
      headJson,
      detailHead,
      okHead: fragment(`,"status":"ok","level":"${level}",${headJson},"workload":`),
      invalidHead: fragment(`,"status":"invalid","level":"${level}",${headJson},"workload":`),
      detailFrag: fragment(`},"detail":${detailHead},"energy":`),
      labelFrag: energy ? [...energy.labels, 'clock', 'leakage'].map((n) => fragment(`[${JSON.stringify(n)},`)) : [],
      noiseFrag: new Map(),
      keyState: hashState(`${irHash}|`),
      design,
      hash: irHash,
      ...(kBound !== undefined ? { kBound } : {}),
      tech,
      est,
      physical,
      areaUm2,
      fmaxMHz,
      ...(energy ? { energy } : {}),
      activity: new Map(),
      sampleCaps: sampleCaps(design),
      activityOf: [],
      detail,
      ...(synth ? { synthNoise: true } : {}),
    };
    return { ok: ev, params, file };
  }

  private dist(text: string): Dist {
    let d = this.dists.get(text);
    if (!d) {
      d = parseDist(text).value!;
      this.dists.set(text, d);
    }
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

  /** Writes the point's row (no newline) to `out`; `status` says which it was. */
  private pointRow(p: Point, ev: ComboEval): void {
    const out = this.out;
    const w = this.spec.workloads[p.workload];
    const level = this.spec.level;
    const id = this.pointId(ev.file, ev.params, w, p.workload);
    this.status = 'invalid';
    if ('bad' in ev) {
      this.status = ev.status;
      return out.text(
        rowLine({
          key: sha16(`${ev.hash}|${workloadKey(w)}|${level}|${this.spec.toolkit}`),
          id,
          index: p.index,
          status: ev.status,
          level,
          design: { name: ev.name, file: ev.file },
          params: ev.params,
          workload: rowWorkload(w, this.workloadData(w)),
          diagnostic: ev.bad,
        }),
      );
    }
    const d = ev.ok;
    const dists = this.operandDists(w, d.design);
    const dataText = this.workloadData(w, 'code' in dists ? undefined : dists);
    const suffix =
      dataText === w.data
        ? (this.keySuffix[p.workload] ??= `${this.workloadKeyOf(p.workload, w)}|${dataText}|${level}|${this.spec.toolkit}`)
        : `${this.workloadKeyOf(p.workload, w)}|${dataText}|${level}|${this.spec.toolkit}`;
    const common = { key: hash64(suffix, d.keyState) };
    const invalidRow = (diag: RowDiagnostic) =>
      out.text(
        rowLine({
          key: common.key,
          id,
          index: p.index,
          status: 'invalid',
          level,
          design: { name: d.design.name, file: ev.file },
          params: ev.params,
          workload: rowWorkload(w, dataText),
          diagnostic: diag,
        }),
      );
    if ('code' in dists) return invalidRow(dists);
    if (d.kBound !== undefined && w.K > d.kBound) {
      return invalidRow(
        this.spec.kLimit === 'accumulator'
          ? {
              code: 'S0110',
              message: `K = ${w.K} can overflow the ${d.design.types.acc.bits}-bit accumulator (safe up to K = ${d.kBound})`,
              hint: 'widen the accumulator (axis acc), or drop this workload',
            }
          : {
              code: 'S0110',
              message: `K = ${w.K} is beyond the design's declared workload (K <= ${d.kBound})`,
              hint: 'raise `workload K <= ...` in the design, or sweep with kLimit: accumulator',
            },
      );
    }
    const shape: GemmShape = { M: w.M, N: w.N, K: w.K };
    const macs = w.M * w.N * w.K;
    let cycles: number, cyclesExact: boolean, toggles: Float64Array;
    let sampling: RowDetail['sampling'];
    let simNoise: Readonly<Record<string, number>> | undefined;
    if (level === 'sim') {
      const s = simulatePoint(this, d.design, w, shape, dists, p.index);
      if ('error' in s) return invalidRow({ code: s.code, message: s.error, ...(s.hint ? { hint: s.hint } : {}) });
      cycles = s.cycles;
      cyclesExact = s.exact;
      toggles = s.toggles;
      if (s.sampling) sampling = s.sampling;
      simNoise = s.noise;
    } else {
      const fc = fastCycles(d.design, shape, { kind: 'dist', a: dists.a, b: dists.b });
      if (!fc.value) return invalidRow(toRowDiagnostic(firstError(fc.diagnostics)));
      cycles = fc.value.total;
      cyclesExact = fc.value.exact;
      // The sample depends on the workload's shape and data only: per workload where the data is the spec's.
      let act = dataText === w.data ? d.activityOf[p.workload] : undefined;
      if (act === undefined) {
        const [cm, cn, ck] = d.sampleCaps;
        const sM = sampleDim(shape.M, cm),
          sN = sampleDim(shape.N, cn),
          sK = sampleDim(shape.K, ck);
        // Each point of a design has its own GEMM but shares one of a few samples. sampleDim never
        // exceeds its cap, so the shape in mixed radix (cap + 1) is one exact number.
        let byShape = d.activity.get(dataText);
        if (!byShape) d.activity.set(dataText, (byShape = new Map()));
        const key = (sM * (cn + 1) + sN) * (ck + 1) + sK;
        act = byShape.get(key);
        if (act === undefined) {
          const r = sampleActivity(d.design, { M: sM, N: sN, K: sK }, dists.a, dists.b, this.spec.seed);
          act = 'error' in r ? r.error : r.perMac;
          byShape.set(key, act);
        }
        if (dataText === w.data) d.activityOf[p.workload] = act;
      }
      if (typeof act === 'string') return invalidRow({ code: 'Y0203', message: `activity sample failed: ${act}` });
      // Scratch toggles (energyParts keeps none of them).
      toggles = this.toggles?.length === act.length ? this.toggles : (this.toggles = new Float64Array(act.length));
      for (let i = 0; i < act.length; i++) toggles[i] = act[i] * macs;
    }
    // The energy of each class, then clock and leakage, into a scratch array (no objects per point).
    const parts = this.parts?.length === toggles.length + 2 ? this.parts : (this.parts = new Float64Array(toggles.length + 2));
    const enTotal = d.energy ? energyParts(d.energy, toggles, cycles, parts) : undefined;
    const metrics = this.metrics(d, macs, cycles, enTotal);
    // Outside the sim level the noise depends on whether the cycles are exact alone.
    const noiseFrag =
      level === 'sim'
        ? this.noiseFrag(d, cyclesExact, simNoise)
        : (this.plainNoise[cyclesExact ? 1 : 0] ??= this.noiseFrag(d, cyclesExact, undefined));
    let fails: RowDiagnostic | undefined;
    for (const c of this.spec.constraints) {
      const v = metrics[c.metric];
      const okc = v !== null && (c.op === '<=' ? v <= c.value : c.op === '>=' ? v >= c.value : c.op === '<' ? v < c.value : v > c.value);
      if (!okc) {
        fails = {
          code: 'Y0301',
          message: `outside the constraint ${c.text} (${c.metric} = ${v === null ? 'n/a' : fix(v, METRIC_DIGITS[c.metric])})`,
          hint: 'a constraint of the sweep spec',
        };
        break;
      }
    }
    // The same bytes rowLine would give for this row (fields in sweep/row.ts order), written from
    // per-design and per-workload fragments: the fast level's per-point cost is mostly here.
    out.bytes(KEY_FRAG);
    out.text(common.key);
    out.bytes(ID_FRAG);
    out.text(id);
    out.bytes(INDEX_FRAG);
    out.uint(p.index);
    out.bytes(fails ? d.invalidHead : d.okHead);
    out.bytes(this.workloadFrag(p.workload, w, dataText));
    this.writeMetrics(d, metrics);
    out.bytes(d.detailFrag);
    out.byte(0x5b); // [
    if (enTotal !== undefined) {
      const scale = 1 / macs / (d.physical ? 1000 : 1);
      // workloadEnergy's parts: the classes with energy > 0, then clock and leakage.
      const nc = toggles.length;
      let first = true;
      for (let i = 0; i < nc + 2; i++) {
        const e = parts[i];
        if (i < nc && !(e > 0)) continue;
        if (!first) out.byte(0x2c); // ,
        first = false;
        out.bytes(d.labelFrag[i]);
        out.sig(e * scale);
        out.byte(0x5d); // ]
      }
    }
    out.bytes(cyclesExact ? EXACT_FRAG : INEXACT_FRAG);
    if (sampling) out.text(`,"sampling":${JSON.stringify(sampling)}`);
    if (noiseFrag) out.bytes(noiseFrag);
    out.byte(0x7d); // }
    if (fails) {
      out.text(`,"diagnostic":${JSON.stringify(fails)}`);
    } else this.status = 'ok';
    out.byte(0x7d);
  }

  private toggles?: Float64Array;
  private parts?: Float64Array;
  private readonly plainNoise: (Uint8Array | null)[] = [];
  /** The row's `,"noise":{...}` bytes (null: none): the level's, the simulation's, the cycles' when expected values. */
  private noiseFrag(d: DesignEval, cyclesExact: boolean, simNoise: Readonly<Record<string, number>> | undefined): Uint8Array | null {
    const noise: Partial<Record<MetricName, number>> = Object.assign({}, LEVEL_NOISE[this.spec.level]);
    if (simNoise) for (const [k, v] of Object.entries(simNoise)) if (v > 0) noise[k as MetricName] = v;
    if (!cyclesExact && noise.cycles === undefined) noise.cycles = EXPECTED_CYCLES_NOISE;
    if (noise.cycles !== undefined) noise.topsPerMm2 = Math.max(noise.topsPerMm2 ?? 0, noise.cycles);
    let nk = '';
    for (const k in noise) nk += `${k}=${noise[k as MetricName]};`;
    if (!nk) return null;
    let f = d.noiseFrag.get(nk);
    if (!f) {
      f = fragment(`,"noise":${JSON.stringify(Object.fromEntries(Object.entries(noise).map(([k, v]) => [k, fix(v, 4)])))}`);
      d.noiseFrag.set(nk, f);
    }
    return f;
  }

  /** The row key's text after the design's IR hash, per workload (plain generated data). */
  private readonly keySuffix: string[] = [];
  private readonly wKeys = new Map<number, string>();
  private workloadKeyOf(i: number, w: WorkloadPoint): string {
    let k = this.wKeys.get(i);
    if (k === undefined) {
      k = workloadKey(w);
      this.wKeys.set(i, k);
    }
    return k;
  }

  private readonly wFrag = new Map<string, Uint8Array>();
  private readonly wFragPlain: Uint8Array[] = [];
  /** The row's workload object as JSON bytes (per workload, and per data text where a tensor sets it). */
  private workloadFrag(i: number, w: WorkloadPoint, data: string): Uint8Array {
    if (data === w.data) return (this.wFragPlain[i] ??= fragment(JSON.stringify(rowWorkload(w, data))));
    const k = `${i}|${data}`;
    let j = this.wFrag.get(k);
    if (j === undefined) {
      j = fragment(JSON.stringify(rowWorkload(w, data)));
      if (this.wFrag.size > 10_000) this.wFrag.clear();
      this.wFrag.set(k, j);
    }
    return j;
  }

  /** The metrics a row carries, in METRIC_ORDER, each with its key's bytes (`,"metrics":{` before the first). */
  private metricKeys?: { k: MetricName; pre: Uint8Array; digits: number }[];
  private writeMetrics(d: DesignEval, m: RowMetrics): void {
    const keys = (this.metricKeys ??= METRIC_ORDER.filter((k) => !this.keep || this.keep.has(k)).map((k, i) => ({
      k,
      pre: fragment(`${i ? ',' : ',"metrics":{'}"${k}":`),
      digits: METRIC_DIGITS[k],
    })));
    const out = this.out;
    if (keys.length === 0) return out.text(',"metrics":{');
    // Area and fmax are the design's (metrics() copies them): their bytes once per design.
    let lead = 0;
    while (lead < keys.length && PER_DESIGN_METRICS.has(keys[lead].k)) lead++;
    if (lead > 0) {
      let head = d.metricsHead;
      if (!head) {
        const s = new ByteSink();
        for (let i = 0; i < lead; i++) writeMetric(s, keys[i], m[keys[i].k]);
        d.metricsHead = head = s.take();
      }
      out.bytes(head);
    }
    for (let i = lead; i < keys.length; i++) writeMetric(out, keys[i], m[keys[i].k]);
  }

  private metrics(d: DesignEval, macs: number, cycles: number, en: number | undefined): RowMetrics {
    const util = macs / (cycles * d.est.macsPerCycle);
    const f = d.fmaxMHz;
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
      powerMw: phys && seconds ? ((en! * 1e-15) / seconds) * 1e3 : null,
    };
  }
}

const METRIC_ORDER = Object.keys(METRIC_DIGITS) as MetricName[];
/** Metrics that are the design's alone (DesignEval's areaUm2, fmaxMHz), the same in each of its rows. */
const PER_DESIGN_METRICS: ReadonlySet<MetricName> = new Set<MetricName>(['areaUm2', 'fmaxMHz']);
function writeMetric(out: ByteSink, key: { pre: Uint8Array; digits: number }, v: number | null): void {
  out.bytes(key.pre);
  if (v === null) out.text('null');
  else out.fixed(v, key.digits);
}
const KEY_FRAG = fragment('{"key":"'),
  ID_FRAG = fragment('","id":"'),
  INDEX_FRAG = fragment('","index":'),
  EXACT_FRAG = fragment('],"cyclesExact":true'),
  INEXACT_FRAG = fragment('],"cyclesExact":false');

/** The largest blocks (6 at most, the rest summed as "other"), area in 4 significant digits. */
function compactArea(byBlock: readonly (readonly [string, number])[]): [string, number][] {
  const top = byBlock.slice(0, byBlock.length > 6 ? 5 : 6).map(([n, a]) => [n, sig(a)] as [string, number]);
  if (byBlock.length > 6) top.push(['other', sig(byBlock.slice(5).reduce((x, [, a]) => x + a, 0))]);
  return top;
}

/** The point's identity hash (row `id`): base file, axis values, workload GEMM and data, level. */
export function pointIdentity(file: string, params: Readonly<Record<string, string | number>>, w: WorkloadPoint, level: Level): string {
  return hash64(identitySuffix(w, level), hashState(identityPrefix(file, params)));
}
const identityPrefix = (file: string, params: Readonly<Record<string, string | number>>) => `${JSON.stringify([file, params])}|`;
const identitySuffix = (w: WorkloadPoint, level: Level) =>
  `${w.set}|${w.gemm}|${w.M}x${w.N}x${w.K}|${w.count}|${w.data}|${w.tensor?.ref ?? ''}|${level}`;

export function workloadKey(w: WorkloadPoint): string {
  return `${w.set}|${w.gemm}|${w.M}x${w.N}x${w.K}|${w.count}|${w.data}|${w.tensor ? `${w.tensor.ref}@${w.tensor.sha}:${w.tensor.operand}:${w.tensor.layout}:${w.tensor.quantize}` : ''}`;
}

export function rowWorkload(w: WorkloadPoint, data: string): RowWorkload {
  return { set: w.set, gemm: w.gemm, M: w.M, N: w.N, K: w.K, count: w.count, data };
}
