// Result rows for the report's tests and benchmark, in the issue-12 row format, made from real
// estimates (never typed-in numbers): the simulator's cycles and toggle counts, the cost
// model's area / timing / power on the IHP SG13G2 table, Yosys synthesis for the accuracy rows.
// Deterministic: same toolkit, same bytes.
//
//   npx tsx scripts/report-fixtures.ts              rewrite test/report/fixtures/*.jsonl
//                                                   (synthesis of the 2x2 subset: about a minute
//                                                   the first time, cached in .tpe-cache/synth)
//   npx tsx scripts/report-fixtures.ts --bench N -o rows.jsonl
//                                                   N rows over preset sizes x variants x GEMMs x clocks
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { estimate, loadTech, type Estimate, type TechTable, type Workload } from '../cost/index.js';
import { areaByClass } from '../cost/report/classes.js';
import { loadDesign } from '../dsl/index.js';
import {
  appliedOptimizations,
  arrayShape,
  gemmSizeProblem,
  presetDesign,
  VARIANTS,
  type Architecture,
  type Design,
  type GemmShape,
  type Variant,
} from '../ir/index.js';
import { fastCycles, generateMatrix, parseDist, simulate, type ToggleCounts } from '../simulator/index.js';
import { findModel, modelGemms } from '../workload/models.js';
import { calibrate, subsetCases } from '../pipeline/calibrate.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VERSION = '0.1.0';
const DIST = parseDist('normal:0,20').value!;
const TECH = loadTech('ihp-sg13g2').value!;

type Row = Record<string, unknown>;

const canonical = (v: unknown): string => {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
};
/** The point key as issue 12 states it: a hash of design, parameters, workload, level and toolkit version. */
const keyOf = (file: string, params: unknown, workload: unknown, level: string) =>
  createHash('sha256')
    .update(canonical([file, params, workload, level, VERSION]))
    .digest('hex');
const r6 = (x: number) => Number(x.toPrecision(6));

function simActivity(d: Design, s: GemmShape): { value?: Workload & { utilization: number }; error?: string } {
  const a = generateMatrix(s.M, s.K, d.types.A, DIST, 1);
  const b = generateMatrix(s.K, s.N, d.types.B, DIST, 2);
  const sim = simulate(d, a, b, { wrap: true });
  if (!sim.value) return { error: sim.diagnostics.map((x) => `${x.code}: ${x.message}`).join('; ') };
  return {
    value: { macs: sim.value.macs, cycles: sim.value.cycles.total, toggles: sim.value.toggles, utilization: sim.value.utilization },
  };
}

/** The row of one estimate: metrics, breakdown by component class, limiting stage. */
function estimateRow(o: {
  file: string;
  design: Design;
  params: Row;
  workload: Row;
  level: string;
  est: Estimate;
  cycles?: number;
  utilization?: number;
  macs?: number;
  freqMHz?: number;
  extra?: Row;
}): Row {
  const e = o.est;
  const p = o.freqMHz !== undefined ? e.power?.atFreq : e.power?.atFmax;
  const metrics: Record<string, number> = { areaUm2: r6(e.area.total), criticalPathPs: r6(e.timing.logic) };
  if (e.timing.fmaxMHz !== undefined) metrics.fmaxMHz = e.timing.fmaxMHz;
  if (o.cycles !== undefined) metrics.cycles = o.cycles;
  if (o.utilization !== undefined) metrics.utilization = r6(o.utilization);
  if (p) metrics.energyPerMacPj = r6(p.perMac / 1000);
  const tm = o.freqMHz !== undefined ? e.figures.topsPerMm2AtFreq : e.figures.topsPerMm2AtFmax;
  const tw = o.freqMHz !== undefined ? e.figures.topsPerWAtFreq : e.figures.topsPerWAtFmax;
  if (o.cycles !== undefined && tm !== undefined) metrics.topsPerMm2 = tm;
  if (tw !== undefined) metrics.topsPerW = tw;
  const s = arrayShape(o.design);
  const row: Row = {
    key: keyOf(o.file, o.params, o.workload, o.level),
    status: 'ok',
    level: o.level,
    design: { name: o.design.name, file: o.file },
    params: o.params,
    workload: o.workload,
    metrics,
    architecture: o.design.architecture,
    opts: appliedOptimizations(o.design),
    array: { rows: s.rows, cols: s.cols, depth: s.depth },
    breakdown: {
      area: Object.fromEntries(areaByClass(e)),
      ...(p && o.macs ? { energy: Object.fromEntries(p.breakdown.map((b) => [b.what, r6(b.energy / o.macs! / 1000)])) } : {}),
    },
    limiting: e.timing.limiting,
    ...(o.extra ?? {}),
  };
  return row;
}

function failRow(
  file: string,
  name: string,
  params: Row,
  workload: Row,
  level: string,
  status: 'invalid' | 'error',
  diagnostic: string,
): Row {
  return { key: keyOf(file, params, workload, level), status, level, design: { name, file }, params, workload, diagnostic };
}

const gemmWorkload = (s: GemmShape): Row => ({ name: `gemm ${s.M}x${s.N}x${s.K}`, M: s.M, N: s.N, K: s.K });

/** Every example on a few GEMMs (sim level), a model's decode layers (fast level) and three rows that are not ok. */
function sweepRows(): Row[] {
  const files = [
    'adder_tree',
    'adder_tree_opt1',
    'adder_tree_opt2',
    'adder_tree_u8',
    'bitslice',
    'bitslice_opt3',
    'bitslice_opt4c',
    'bitslice_opt4e',
    'cube',
    'cube_opt1',
    'cube_opt2',
    'matrix2d',
    'matrix2d_opt1',
    'sa_os',
    'sa_os_a8w4',
    'sa_os_opt1',
    'sa_os_opt1_row',
    'sa_ws',
    'sa_ws_opt1',
    'sa_ws_opt2',
  ];
  const shapes: GemmShape[] = [
    { M: 16, N: 16, K: 32 },
    { M: 64, N: 64, K: 64 },
  ];
  const designs = new Map<string, Design>();
  for (const f of files) {
    const p = loadDesign(`examples/${f}.tpe`, { cwd: ROOT });
    if (!p.value) throw new Error(`examples/${f}.tpe: ${p.diagnostics[0]?.message}`);
    designs.set(f, p.value);
  }
  // The baseline of each OPT example: same architecture, int8 operands (the a8w4 and u8 examples have none).
  const baselineOf = (f: string) =>
    /_a8w4|_u8/.test(f) || appliedOptimizations(designs.get(f)!).length === 0 ? undefined : f.replace(/_opt.*$/, '');
  const rows: Row[] = [];
  for (const s of shapes) {
    const w = gemmWorkload(s);
    for (const f of files) {
      const d = designs.get(f)!;
      const file = `examples/${f}.tpe`;
      const act = simActivity(d, s);
      if (!act.value) {
        rows.push(failRow(file, d.name, {}, w, 'sim', 'error', act.error!));
        continue;
      }
      const est = estimate(d, { tech: TECH, workload: act.value });
      if (!est.value) {
        rows.push(failRow(file, d.name, {}, w, 'sim', 'error', est.diagnostics.map((x) => `${x.code}: ${x.message}`).join('; ')));
        continue;
      }
      const b = baselineOf(f);
      rows.push(
        estimateRow({
          file,
          design: d,
          params: {},
          workload: w,
          level: 'sim',
          est: est.value,
          cycles: act.value.cycles,
          utilization: act.value.utilization,
          macs: act.value.macs,
          extra: b ? { baseline: keyOf(`examples/${b}.tpe`, {}, w, 'sim') } : {},
        }),
      );
    }
  }
  // Llama-3-8B decode (batch 8) on the systolic and cube examples: closed-form cycles of the
  // whole layer; switching activity from the simulator on an 8 x 16 x 256 slice of it, scaled
  // by MACs (the row says so).
  const model = findModel('llama-3-8b')!;
  for (const f of ['sa_os', 'sa_os_opt1', 'cube', 'cube_opt2']) {
    const d = designs.get(f)!;
    for (const g of modelGemms(model, 'decode', { batch: 8 })) {
      const shape = { M: g.M, N: g.N, K: g.K };
      const w: Row = { model: model.id, phase: 'decode', layer: g.name, M: g.M, N: g.N, K: g.K, count: g.count };
      const fc = fastCycles(d, shape);
      if (!fc.value) throw new Error(`${f} ${g.name}: ${fc.diagnostics[0]?.message}`);
      const slice = { M: g.M, N: 16, K: 256 };
      const act = simActivity(d, slice);
      if (!act.value) throw new Error(act.error);
      const macs = g.M * g.N * g.K;
      const scale = macs / act.value.macs;
      const toggles = Object.fromEntries(
        Object.entries(act.value.toggles).map(([k, v]) => [k, Math.round(v * scale)]),
      ) as unknown as ToggleCounts;
      const est = estimate(d, { tech: TECH, workload: { macs, cycles: fc.value.total, toggles } });
      const util = macs / (fc.value.total * est.value!.macsPerCycle);
      rows.push(
        estimateRow({
          file: `examples/${f}.tpe`,
          design: d,
          params: {},
          workload: w,
          level: 'fast',
          est: est.value!,
          cycles: fc.value.total,
          utilization: util,
          macs,
          extra: { sampling: `activity from an ${slice.M}x${slice.N}x${slice.K} slice, scaled by MACs` },
        }),
      );
    }
  }
  // Not ok: an OPT that does not apply, a GEMM too large to hold, a technology table without a component.
  try {
    presetDesign('systolic-os', 'opt3');
  } catch (e) {
    rows.push(failRow('examples/sa_os.tpe', 'sa_os', { variant: 'opt3' }, gemmWorkload(shapes[0]), 'sim', 'invalid', (e as Error).message));
  }
  const big = { M: 100000, N: 100000, K: 100000 };
  rows.push(failRow('examples/sa_os.tpe', 'sa_os', {}, gemmWorkload(big), 'sim', 'invalid', gemmSizeProblem(big) ?? 'fits'));
  const partial: TechTable = {
    ...TECH,
    components: Object.fromEntries(Object.entries(TECH.components).filter(([k]) => k !== 'booth_sel')) as TechTable['components'],
  };
  const bad = estimate(designs.get('matrix2d')!, { tech: partial });
  rows.push(
    failRow(
      'examples/matrix2d.tpe',
      'matrix2d',
      { technology: 'ihp-sg13g2 without booth_sel' },
      gemmWorkload(shapes[0]),
      'sim',
      'error',
      bad.diagnostics.map((x) => `${x.code}: ${x.message}`).join('; '),
    ),
  );
  return rows;
}

/** Estimate (fast) and synthesis rows of the 2x2 subset: the accuracy view. */
async function accuracyRows(): Promise<Row[]> {
  const cal = await calibrate(subsetCases(), { yosys: 'wasm', cacheDir: join(ROOT, '.tpe-cache', 'synth') });
  if (!cal.value) throw new Error(cal.diagnostics[0]?.message);
  const byName = new Map(cal.value.rows.map((r) => [r.design, r]));
  const rows: Row[] = [];
  for (const c of subsetCases()) {
    const label = c.label ?? c.design.name;
    const r = byName.get(label);
    if (!r) continue;
    const file = `preset:${c.design.architecture}/${c.variant}`;
    const params = { rows: 2, cols: 2, variant: c.variant };
    const w = { name: 'area and timing only' };
    const est = estimate(c.design, { tech: TECH }).value!;
    rows.push(estimateRow({ file, design: c.design, params, workload: w, level: 'fast', est }));
    rows.push({
      key: keyOf(file, params, w, 'synth'),
      status: 'ok',
      level: 'synth',
      design: { name: c.design.name, file },
      params,
      workload: w,
      metrics: { areaUm2: r.synArea, criticalPathPs: r.synDelay },
      architecture: c.design.architecture,
      opts: appliedOptimizations(c.design),
      tool: cal.value.tool,
      liberty: cal.value.liberty,
    });
  }
  return rows;
}

/**
 * The 8x8 presets, each baseline and the variant the paper's comparison uses, on one GEMM, with
 * the published ratios (docs/DESIGN.md, section 2: RTL at 28 nm) on the variant rows: the shape
 * `tpe reproduce` (issue 11) is expected to write.
 */
function reproduceRows(): Row[] {
  const source = 'docs/DESIGN.md section 2 (published RTL at 28 nm)';
  const published: [Architecture, Variant, Record<string, number>][] = [
    ['systolic-os', 'opt1', { topsPerMm2: 1.27, topsPerW: 1.04 }],
    ['cube', 'opt2', { topsPerMm2: 1.28, topsPerW: 1.56 }],
    ['adder-tree', 'opt2', { topsPerMm2: 1.56, topsPerW: 1.49 }],
    ['matrix2d', 'opt1', { topsPerMm2: 1.44, topsPerW: 1.2 }],
    ['bitslice', 'opt4e', { topsPerMm2: 2.85, topsPerW: 12.1 }],
  ];
  const s = { M: 32, N: 32, K: 64 };
  const w = gemmWorkload(s);
  const rows: Row[] = [];
  for (const [arch, variant, ratios] of published) {
    for (const v of ['baseline', variant] as Variant[]) {
      const d = presetDesign(arch, v, { technology: 'ihp-sg13g2' });
      const act = simActivity(d, s);
      const est = estimate(d, { tech: TECH, workload: act.value! }).value!;
      const file = `preset:${arch}/${v}`;
      rows.push(
        estimateRow({
          file,
          design: d,
          params: { variant: v },
          workload: w,
          level: 'sim',
          est,
          cycles: act.value!.cycles,
          utilization: act.value!.utilization,
          macs: act.value!.macs,
          extra:
            v === 'baseline'
              ? {}
              : { baseline: keyOf(`preset:${arch}/baseline`, { variant: 'baseline' }, w, 'sim'), published: { source, ratios } },
        }),
      );
    }
  }
  return rows;
}

/** About n rows: preset variants x array sizes x GEMMs x clocks (a fraction of each design's fmax). */
function benchRows(n: number): Row[] {
  const sizes = [2, 4, 8, 16];
  const shapes: GemmShape[] = [
    { M: 16, N: 16, K: 32 },
    { M: 32, N: 32, K: 32 },
    { M: 64, N: 16, K: 64 },
  ];
  const designs: { d: Design; arch: Architecture; v: Variant; rows: number; cols: number }[] = [];
  for (const arch of Object.keys(VARIANTS) as Architecture[])
    for (const v of VARIANTS[arch])
      for (const rr of sizes)
        for (const cc of sizes) {
          designs.push({ d: presetDesign(arch, v, { rows: rr, cols: cc, technology: 'ihp-sg13g2' }), arch, v, rows: rr, cols: cc });
        }
  const clocks = Math.max(1, Math.ceil(n / (designs.length * shapes.length)));
  const rows: Row[] = [];
  outer: for (const s of shapes) {
    for (const x of designs) {
      const act = simActivity(x.d, s);
      if (!act.value) continue;
      const base = estimate(x.d, { tech: TECH }).value!;
      const fmax = base.timing.fmaxMHz!;
      for (let c = 0; c < clocks; c++) {
        const f = Math.round(fmax * (0.5 + (0.5 * (c + 1)) / clocks));
        const est = estimate(x.d, { tech: TECH, freqMHz: f, workload: act.value }).value!;
        rows.push(
          estimateRow({
            file: `preset:${x.arch}/${x.v}`,
            design: x.d,
            params: { rows: x.rows, cols: x.cols, variant: x.v, clockMHz: f },
            workload: gemmWorkload(s),
            level: 'sim',
            est,
            cycles: act.value.cycles,
            utilization: act.value.utilization,
            macs: act.value.macs,
            freqMHz: f,
          }),
        );
        if (rows.length >= n) break outer;
      }
    }
  }
  return rows;
}

const jsonl = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

async function mainCli(argv: string[]): Promise<void> {
  const b = argv.indexOf('--bench');
  if (b >= 0) {
    const n = Number(argv[b + 1]);
    const o = argv[argv.indexOf('-o') + 1];
    if (!(n > 0) || argv.indexOf('-o') < 0 || !o) throw new Error('usage: report-fixtures.ts --bench N -o rows.jsonl');
    writeFileSync(o, jsonl(benchRows(n)));
    return;
  }
  const dir = join(ROOT, 'test', 'report', 'fixtures');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'sweep.jsonl'), jsonl(sweepRows()));
  writeFileSync(join(dir, 'reproduce.jsonl'), jsonl(reproduceRows()));
  writeFileSync(join(dir, 'accuracy.jsonl'), jsonl(await accuracyRows()));
}

await mainCli(process.argv.slice(2));
