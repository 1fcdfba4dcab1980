// The data block of a sweep report: rows as columns with dictionaries for repeated strings (a
// 10,000-row report must stay under 2 MB), and what the views need computed once, here, so the
// Markdown summary and the tests see the same answer as the page: baseline-vs-OPT pairs,
// per-layer groups, estimate-vs-synthesis pairs, changes against a baseline file.
import { canonical, optsLabel, paramsLabel, pointIdentity, workloadLabel } from './labels.js';
import { derivedThroughput, KNOWN_METRICS, metricDef, round, type MetricDef } from './metrics.js';
import { VERDICTS, type GateSummary, type ResultRow, type RowPublished, type SourcedRow, type Verdict } from './rows.js';

/** Interned strings of one column: index into `values`. */
class Dict {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

export interface RatioPair {
  variant: number;
  baseline: number;
  /** Metric id -> variant / baseline. */
  r: Record<string, number>;
  published?: RowPublished;
}

export interface LayerGroup {
  label: string;
  model: string;
  phase: string;
  rows: number[];
  /** Per row (same order): how many times the GEMM runs per forward pass. */
  counts: number[];
  /** Per row (same order): GEMM energy in pJ (energy per MAC x MACs), null when unknown. */
  energyPj: (number | null)[];
  /** Totals weighted by each GEMM's count: cycles, energy (pJ), MACs, utilization. */
  total: { cycles: number; energyPj: number | null; macs: number | null; utilization: number | null; gemms: number };
}

export interface AccuracyPair {
  /** Row of the estimate. */
  row: number;
  /** Row of the synthesis result (-1 when the estimate row carries its synthesis figures). */
  synRow: number;
  metric: string;
  est: number;
  syn: number;
  /** (est - syn) / syn, percent. */
  errPct: number;
}

export interface Change {
  row: number;
  metric: string;
  base: number;
  now: number;
  pct: number;
}

export interface SweepData {
  kind: 'sweep';
  title: string;
  generator: string;
  inputs: string[];
  counts: { rows: number; ok: number; invalid: number; error: number };
  metrics: MetricDef[];
  dict: {
    design: string[];
    file: string[];
    arch: string[];
    opts: string[];
    level: string[];
    workload: string[];
    params: string[];
    limiting: string[];
    cls: string[];
  };
  rows: {
    n: number;
    /** Point keys, shortened to 12 characters (display only). */
    key: string[];
    design: number[];
    file: number[];
    arch: number[];
    opts: number[];
    level: number[];
    workload: number[];
    params: number[];
    src: number[];
    line: number[];
    m: Record<string, (number | null)[]>;
    /** Index into breakdowns.area / .energy, or -1. */
    bdArea: number[];
    bdEnergy: number[];
    /** Sum of the row's energy breakdown (pJ per MAC), null without one: breakdowns.energy holds shares of it. */
    bdEnergySum: (number | null)[];
    limiting: number[];
    verdict?: (Verdict | null)[];
  };
  /**
   * Unique breakdowns as [class index, value] lists: area in um2; energy as shares of the row's
   * bdEnergySum in 0.1% steps (energy splits change with every clock and workload, their shares
   * rarely: this keeps a 10,000-row report small).
   */
  breakdowns: { area: [number, number][][]; energy: [number, number][][] };
  problems: {
    total: number;
    shown: { file: string; line: number; status: string; design: string; workload: string; diagnostic: string }[];
  };
  ratios: { pairs: RatioPair[]; ambiguousFamilies: number };
  layers: LayerGroup[];
  accuracy: AccuracyPair[];
  changes?: { baseline: string[]; matched: number; unmatched: number; top: Change[] };
  /** Verdict counts: from `--gate` (tpe gate --json) or counted from the rows' own `verdict`. */
  verdicts?: Record<string, number>;
  /** The gate's limits and the points that did not pass (row = index of the ok row, -1 when not in the rows). */
  gate?: { limits: string; points: { row: number; verdict: Verdict; design: string; workload: string; reason: string }[] };
  sections: string[];
}

export interface SweepOptions {
  title?: string;
  generator: string;
  /** Rows of a baseline run: the "changes" view and the Markdown's biggest changes. */
  baseline?: { files: string[]; rows: SourcedRow[] };
  /** At most this many invalid/error rows are listed (all are counted). */
  maxProblems?: number;
  /** `tpe gate --json` output: verdicts matched to rows by id. */
  gate?: GateSummary;
}

const RATIO_METRICS = ['areaUm2', 'fmaxMHz', 'energyPerMacPj', 'cycles', 'topsPerMm2', 'topsPerW'];
const ACCURACY_METRICS = ['areaUm2', 'criticalPathPs', 'fmaxMHz'];
const OPT_KEYS = new Set(['opt', 'opts', 'variant']);
const KEY_CHARS = 8;

function metricsOf(r: ResultRow): Record<string, number> {
  const m = { ...r.metrics };
  const t = derivedThroughput(m);
  if (t !== undefined) m.throughputTops = t;
  return m;
}

export function buildSweepData(input: { files: string[]; rows: SourcedRow[] }, o: SweepOptions): SweepData {
  const ok = input.rows.filter((s) => s.row.status === 'ok');
  const bad = input.rows.filter((s) => s.row.status !== 'ok');
  const d = {
    design: new Dict(),
    file: new Dict(),
    arch: new Dict(),
    opts: new Dict(),
    level: new Dict(),
    workload: new Dict(),
    params: new Dict(),
    limiting: new Dict(),
    cls: new Dict(),
  };
  const metricRows = ok.map((s) => metricsOf(s.row));
  const present = new Set(metricRows.flatMap((m) => Object.keys(m)));
  const metrics = [
    ...KNOWN_METRICS.filter((m) => present.has(m.id)),
    ...[...present]
      .filter((id) => !KNOWN_METRICS.some((k) => k.id === id))
      .sort()
      .map(metricDef),
  ];
  const srcIndex = new Map(input.files.map((f, i) => [f, i]));
  const bdArea = new Dict(),
    bdEnergy = new Dict();
  const rows: SweepData['rows'] = {
    n: ok.length,
    key: [],
    design: [],
    file: [],
    arch: [],
    opts: [],
    level: [],
    workload: [],
    params: [],
    src: [],
    line: [],
    m: Object.fromEntries(metrics.map((m) => [m.id, [] as (number | null)[]])),
    bdArea: [],
    bdEnergy: [],
    bdEnergySum: [],
    limiting: [],
  };
  const gateById = new Map((o.gate?.points ?? []).map((p) => [p.id, p.verdict]));
  const verdictOf = (r: ResultRow): Verdict | undefined => r.verdict ?? (r.id !== undefined ? gateById.get(r.id) : undefined);
  const anyVerdict = o.gate !== undefined || ok.some((s) => s.row.verdict !== undefined);
  if (anyVerdict) rows.verdict = [];
  const bdList = (rec: Record<string, number> | undefined, digits: number): string | undefined => {
    if (!rec) return undefined;
    const list = Object.keys(rec)
      .sort()
      .map((c) => [d.cls.id(c), round(rec[c], digits)]);
    return list.length ? JSON.stringify(list) : undefined;
  };
  const shares = (rec: Record<string, number> | undefined): { list?: string; sum: number | null } => {
    if (!rec || Object.keys(rec).length === 0) return { sum: null };
    const sum = Object.values(rec).reduce((a, b) => a + b, 0);
    const list = Object.keys(rec)
      .sort()
      .map((c) => [d.cls.id(c), sum > 0 ? Math.round((1000 * rec[c]) / sum) : 0]);
    return { list: JSON.stringify(list), sum: round(sum, 5) };
  };
  ok.forEach((s, i) => {
    const r = s.row;
    rows.key.push(r.key.slice(0, KEY_CHARS));
    rows.design.push(d.design.id(r.design.name));
    rows.file.push(d.file.id(r.design.file));
    rows.arch.push(d.arch.id(r.architecture ?? ''));
    rows.opts.push(d.opts.id(optsLabel(r)));
    rows.level.push(d.level.id(r.level));
    rows.workload.push(d.workload.id(workloadLabel(r.workload)));
    rows.params.push(d.params.id(paramsLabel(r.params)));
    rows.src.push(srcIndex.get(s.file) ?? 0);
    rows.line.push(s.line);
    for (const m of metrics) {
      const v = metricRows[i][m.id];
      rows.m[m.id].push(v === undefined ? null : round(v));
    }
    const a = bdList(r.breakdown?.area, 4),
      e = shares(r.breakdown?.energy);
    rows.bdArea.push(a === undefined ? -1 : bdArea.id(a));
    rows.bdEnergy.push(e.list === undefined ? -1 : bdEnergy.id(e.list));
    rows.bdEnergySum.push(e.sum);
    rows.limiting.push(r.limiting === undefined ? -1 : d.limiting.id(r.limiting));
    if (rows.verdict) rows.verdict.push(verdictOf(r) ?? null);
  });
  const max = o.maxProblems ?? 500;
  const problems: SweepData['problems'] = {
    total: bad.length,
    shown: bad.slice(0, max).map((s) => ({
      file: s.file,
      line: s.line,
      status: s.row.status,
      design: s.row.design.name,
      workload: workloadLabel(s.row.workload),
      diagnostic: s.row.diagnostic ?? '(no diagnostic given)',
    })),
  };
  const counts = {
    rows: input.rows.length,
    ok: ok.length,
    invalid: bad.filter((s) => s.row.status === 'invalid').length,
    error: bad.filter((s) => s.row.status === 'error').length,
  };
  const ratios = ratioPairs(
    ok.map((s) => s.row),
    metricRows,
  );
  const layers = layerGroups(
    ok.map((s) => s.row),
    metricRows,
  );
  const accuracy = accuracyPairs(ok.map((s) => s.row));
  const data: SweepData = {
    kind: 'sweep',
    title: o.title ?? 'Sweep report',
    generator: o.generator,
    inputs: input.files,
    counts,
    metrics,
    dict: {
      design: d.design.values,
      file: d.file.values,
      arch: d.arch.values,
      opts: d.opts.values,
      level: d.level.values,
      workload: d.workload.values,
      params: d.params.values,
      limiting: d.limiting.values,
      cls: d.cls.values,
    },
    rows,
    breakdowns: { area: bdArea.values.map((s) => JSON.parse(s)), energy: bdEnergy.values.map((s) => JSON.parse(s)) },
    problems,
    ratios,
    layers,
    accuracy,
    sections: [],
  };
  if (o.baseline)
    data.changes = changes(
      ok.map((s) => s.row),
      metricRows,
      o.baseline,
    );
  if (o.gate) {
    data.verdicts = Object.fromEntries(
      Object.keys(o.gate.counts)
        .sort((a, b) => order(a) - order(b))
        .map((k) => [k, o.gate!.counts[k]]),
    );
    const rowById = new Map<string, number>();
    ok.forEach((s, i) => {
      if (s.row.id !== undefined && !rowById.has(s.row.id)) rowById.set(s.row.id, i);
    });
    data.gate = {
      limits: o.gate.limits,
      points: o.gate.points.map((p) => ({
        row: rowById.get(p.id) ?? -1,
        verdict: p.verdict,
        design: p.design,
        workload: p.workload,
        reason: p.reason,
      })),
    };
  } else if (anyVerdict) {
    const v: Record<string, number> = { PASS: 0, FAIL: 0, INCONCLUSIVE: 0, ERROR: 0 };
    for (const s of ok) {
      const x = s.row.verdict;
      if (x) v[x] = (v[x] ?? 0) + 1;
    }
    data.verdicts = v;
  }
  data.sections = sweepSections(data);
  return data;
}

const order = (k: string) => {
  const i = (VERDICTS as readonly string[]).indexOf(k);
  return i < 0 ? VERDICTS.length : i;
};

/** Which views the report has, in order; a view with nothing to show is left out. */
export function sweepSections(d: SweepData): string[] {
  const s = ['summary'];
  if (d.rows.n > 0) s.push('pareto', 'table');
  if (d.ratios.pairs.length > 0) s.push('ratios');
  if (d.rows.bdArea.some((i) => i >= 0) || d.rows.bdEnergy.some((i) => i >= 0)) s.push('breakdown');
  if (d.layers.length > 0) s.push('layers');
  if (d.accuracy.length > 0) s.push('accuracy');
  if (d.changes) s.push('changes');
  if (d.problems.total > 0) s.push('problems');
  return s;
}

/**
 * Baseline-vs-OPT pairs. A row naming its baseline's key is paired with it; otherwise rows are
 * grouped into families (architecture or design file, array, workload, level, parameters other
 * than the OPT axis) and each OPT row is paired with its family's one baseline. A family with
 * more than one baseline (e.g. two operand types, which the row format does not separate) is
 * left unpaired and counted.
 */
function ratioPairs(rows: ResultRow[], metricRows: Record<string, number>[]): SweepData['ratios'] {
  const byKey = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!byKey.has(r.key)) byKey.set(r.key, i);
  });
  const family = (r: ResultRow) =>
    canonical([
      r.architecture ?? r.design.file,
      r.array ?? null,
      workloadLabel(r.workload),
      r.level,
      Object.fromEntries(Object.entries(r.params).filter(([k]) => !OPT_KEYS.has(k))),
    ]);
  const baselines = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (optsLabel(r) !== 'baseline') return;
    const f = family(r);
    const list = baselines.get(f) ?? [];
    list.push(i);
    baselines.set(f, list);
  });
  const ambiguous = new Set<string>();
  const pairs: RatioPair[] = [];
  rows.forEach((r, i) => {
    const o = optsLabel(r);
    if (o === 'baseline' || o === '') return;
    let b: number | undefined;
    if (r.baseline !== undefined) b = byKey.get(r.baseline);
    else {
      const f = family(r);
      const list = baselines.get(f);
      if (list && list.length === 1) b = list[0];
      else if (list && list.length > 1) ambiguous.add(f);
    }
    if (b === undefined) return;
    const ratio: Record<string, number> = {};
    for (const m of RATIO_METRICS) {
      const v = metricRows[i][m],
        w = metricRows[b][m];
      if (v !== undefined && w !== undefined && w !== 0) ratio[m] = round(v / w, 4);
    }
    pairs.push({ variant: i, baseline: b, r: ratio, ...(r.published ? { published: r.published } : {}) });
  });
  return { pairs, ambiguousFamilies: ambiguous.size };
}

function layerGroups(rows: ResultRow[], metricRows: Record<string, number>[]): LayerGroup[] {
  const groups = new Map<string, LayerGroup>();
  rows.forEach((r, i) => {
    const w = r.workload;
    if (typeof w === 'string' || w.model === undefined) return;
    const phase = w.phase ?? '';
    const key = canonical([r.design.file, r.design.name, r.params, r.level, w.model, phase]);
    let g = groups.get(key);
    if (!g) {
      const p = paramsLabel(r.params);
      g = {
        label: `${r.design.name}${p ? ` (${p})` : ''}: ${w.model}${phase ? ` ${phase}` : ''}, ${r.level}`,
        model: w.model,
        phase,
        rows: [],
        counts: [],
        energyPj: [],
        total: { cycles: 0, energyPj: 0, macs: 0, utilization: null, gemms: 0 },
      };
      groups.set(key, g);
    }
    g.rows.push(i);
    g.counts.push(w.count ?? 1);
    const m = metricRows[i];
    const macs = w.M !== undefined && w.N !== undefined && w.K !== undefined ? w.M * w.N * w.K : undefined;
    const energy =
      m.energyPj ??
      (m.energyNj !== undefined ? 1000 * m.energyNj : undefined) ??
      (m.energyPerMacPj !== undefined && macs !== undefined ? m.energyPerMacPj * macs : undefined);
    g.energyPj.push(energy === undefined ? null : round(energy));
  });
  const out: LayerGroup[] = [];
  for (const g of groups.values()) {
    let cycles = 0,
      energy: number | null = 0,
      macs: number | null = 0,
      busy: number | null = 0,
      gemms = 0;
    g.rows.forEach((i, k) => {
      const r = rows[i],
        m = metricRows[i];
      const w = r.workload as Exclude<ResultRow['workload'], string>;
      const c = w.count ?? 1;
      gemms += c;
      cycles += c * (m.cycles ?? 0);
      const e = g.energyPj[k];
      energy = energy === null || e === null ? null : energy + c * e;
      const mm = w.M !== undefined && w.N !== undefined && w.K !== undefined ? w.M * w.N * w.K : undefined;
      macs = macs === null || mm === undefined ? null : macs + c * mm;
      // Utilization of the whole pass: useful MACs over MAC slots, each GEMM's slots = MACs / its utilization.
      busy = busy === null || mm === undefined || !m.utilization ? null : busy + (c * mm) / m.utilization;
    });
    g.total = {
      cycles: round(cycles),
      energyPj: energy === null ? null : round(energy),
      macs,
      utilization: macs !== null && busy ? round(macs / busy, 4) : null,
      gemms,
    };
    out.push(g);
  }
  return out;
}

function accuracyPairs(rows: ResultRow[]): AccuracyPair[] {
  const out: AccuracyPair[] = [];
  const push = (row: number, synRow: number, est: Record<string, number>, syn: Record<string, number>) => {
    for (const m of ACCURACY_METRICS) {
      if (est[m] === undefined || syn[m] === undefined || syn[m] === 0) continue;
      out.push({ row, synRow, metric: m, est: round(est[m]), syn: round(syn[m]), errPct: round((100 * (est[m] - syn[m])) / syn[m], 4) });
    }
  };
  const estimates = new Map<string, number>();
  rows.forEach((r, i) => {
    if (r.level !== 'synth') {
      const id = pointIdentity(r);
      if (!estimates.has(id)) estimates.set(id, i);
    }
  });
  rows.forEach((r, i) => {
    if (r.synth) push(i, -1, r.metrics, r.synth);
    if (r.level === 'synth') {
      const e = estimates.get(pointIdentity(r));
      if (e !== undefined) push(e, i, rows[e].metrics, r.metrics);
    }
  });
  return out;
}

function changes(
  rows: ResultRow[],
  metricRows: Record<string, number>[],
  base: { files: string[]; rows: SourcedRow[] },
): NonNullable<SweepData['changes']> {
  const baseBy = new Map<string, ResultRow>();
  // Matched on the point id where both sides have one (tpe sweep's identity), else on design, parameters, workload and level.
  const ident = (r: ResultRow) => (r.id !== undefined ? `id:${r.id}` : pointIdentity(r) + r.level);
  for (const s of base.rows) if (s.row.status === 'ok') baseBy.set(ident(s.row), s.row);
  let matched = 0,
    unmatched = 0;
  const all: Change[] = [];
  rows.forEach((r, i) => {
    const b = baseBy.get(ident(r));
    if (!b) {
      unmatched++;
      return;
    }
    matched++;
    const bm = metricsOf(b);
    for (const m of Object.keys(metricRows[i]).sort()) {
      const now = metricRows[i][m],
        was = bm[m];
      if (was === undefined || was === 0 || now === was) continue;
      all.push({ row: i, metric: m, base: round(was), now: round(now), pct: round((100 * (now - was)) / Math.abs(was), 4) });
    }
  });
  // Biggest first; ties in a fixed order so the output is the same every run.
  all.sort((a, b) => Math.abs(b.pct) - Math.abs(a.pct) || a.row - b.row || a.metric.localeCompare(b.metric));
  return { baseline: base.files, matched, unmatched, top: all.slice(0, 50) };
}
