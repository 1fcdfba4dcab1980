// Estimate vs synthesis: for each design, the cost model's area and critical path next to
// Yosys + ABC on the IHP liberty, with the error in percent, and whether each baseline-vs-OPT
// pair is ordered the same way by both. Used by `tpe calibrate` and test/cost.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { estimate, loadTech, type TechTable } from '../cost/index.js';
import { loadDesign } from '../dsl/index.js';
import { appliedOptimizations, arrayShape, presetDesign, VARIANTS, type Architecture, type Design, type Diagnostic, type PresetOptions, type Variant } from '../ir/index.js';
import { emitDesign } from '../rtl/index.js';
import { sharedLibertyPath, synthesize, type SynthReport, type YosysKind } from '../synth/index.js';

export interface CalibrationRow {
  design: string;
  /** Group of a baseline and its OPT variants (same architecture and size). */
  family: string;
  variant: string;
  estArea: number;
  synArea: number;
  areaErrPct: number;
  /** Combinational critical path (register to register, ABC's measure), ps. */
  estDelay: number;
  synDelay: number;
  delayErrPct: number;
  estLimiting: string;
  /** Flip-flops: the estimate's register bits, and synthesis's (its sequential area over one flip-flop's). */
  estFlops: number;
  synFlops: number;
  synSeconds: number;
  /** Uncorrected figures (all correction factors 1), for fitting the global factors. */
  raw: { combArea: number; seqArea: number; stages: { logic: number; fanout: number }[] };
}

export interface PairOrder {
  family: string;
  baseline: string;
  opt: string;
  /** Does the estimate order the pair as synthesis does (area, delay)? */
  areaSame: boolean;
  delaySame: boolean;
  /** Synthesis puts the two within TIE_PCT of each other: below its own noise, either order. */
  areaTie: boolean;
  delayTie: boolean;
  /** How far apart synthesis puts the OPT variant from the baseline, percent. */
  synAreaDiffPct: number;
  synDelayDiffPct: number;
}

/**
 * Below this difference in synthesis, a pair's order is not a property of the designs: ABC's
 * heuristics move results by 1-2% on changes that do not change the logic (bitslice_baseline
 * 2x2 moved 2336 -> 2367 ps and 52496 -> 52448 um2 when its one maximum compare only gained a
 * wire name; docs/TECH.md, 5).
 */
export const TIE_PCT = 2.5;

export interface CalibrationResult {
  tool: string;
  liberty: string;
  rows: CalibrationRow[];
  skipped: { design: string; reason: string }[];
  pairs: PairOrder[];
}

export interface CalibrationCase {
  design: Design;
  /** Name in the table, where the design's own name would be ambiguous (the 2x2 subset). */
  label?: string;
  family: string;
  variant: string;
}

/** The CI subset: every baseline/OPT family at 2x2 (cube 2x2x2) that the RTL emitter covers. */
export function subsetCases(): CalibrationCase[] {
  const out: CalibrationCase[] = [];
  for (const arch of Object.keys(VARIANTS) as Architecture[]) {
    for (const v of VARIANTS[arch]) {
      const d = presetDesign(arch, v as Variant, { rows: 2, cols: 2, depth: 2, technology: 'ihp-sg13g2' });
      out.push({ design: d, label: `${d.name} 2x2`, family: `${arch} 2x2`, variant: v });
    }
  }
  // The pipelined forms of issue 11 (register levels in the adder tree, the bit-slice encoders in
  // a stage of their own, the Laconic-class baseline with its histogram levels), CI-sized.
  const piped: [Architecture, Variant, PresetOptions][] = [
    ['adder-tree', 'baseline', { rows: 4, cols: 2, pipeline: ['partial-products', 'reduction', 'reduction'] }],
    ['adder-tree', 'opt2', { rows: 4, cols: 2, pipeline: ['partial-products', 'reduction', 'reduction'] }],
    ['bitslice', 'opt4c', { rows: 2, cols: 2, pipeline: ['operands', 'partial-products'] }],
    ['laconic', 'baseline', { rows: 2, cols: 2, depth: 4, pipeline: ['operands', 'partial-products', 'reduction', 'reduction'] }],
  ];
  for (const [arch, v, o] of piped) {
    const d = presetDesign(arch, v, { ...o, technology: 'ihp-sg13g2' });
    out.push({ design: d, label: `${d.name} ${o.rows}x${o.cols} pipelined`, family: `${arch} pipelined`, variant: v });
  }
  return out;
}

/**
 * The examples (examples/*.tpe under `root`), each its own row: the family is its architecture
 * (mixed-precision and unsigned examples are families of their own, with no baseline partner)
 * and the variant its optimizations. Undefined when the folder is missing or empty; designs
 * that do not load are returned as diagnostics.
 */
export function exampleCases(root: string): { cases: CalibrationCase[]; diagnostics: Diagnostic[] } | undefined {
  const dir = join(root, 'examples');
  let files: string[];
  try { files = readdirSync(dir).filter((f) => f.endsWith('.tpe')).sort(); } catch { return undefined; }
  if (files.length === 0) return undefined;
  const cases: CalibrationCase[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const f of files) {
    const p = loadDesign(join(dir, f));
    if (!p.value) { diagnostics.push(...p.diagnostics); continue; }
    const d = p.value;
    const opts = appliedOptimizations(d);
    const special = /_a8w4|_u8/.test(f);
    // A family is one architecture at one array size: a 16x16 OPT1 pairs with the 16x16 baseline.
    const sh = arrayShape(d);
    const size = `${sh.rows}x${sh.cols}${sh.depth > 1 ? `x${sh.depth}` : ''}`;
    cases.push({ design: { ...d, name: f.replace(/\.tpe$/, '') }, family: special ? f : `${d.architecture} ${size}`, variant: opts.length ? opts.join('+') : 'baseline' });
  }
  return { cases, diagnostics };
}

/** The full set: the canonical 8x8 (cube 4x4x4) presets that the examples state. */
export function fullCases(): CalibrationCase[] {
  const out: CalibrationCase[] = [];
  for (const arch of Object.keys(VARIANTS) as Architecture[]) {
    for (const v of VARIANTS[arch]) out.push({ design: presetDesign(arch, v as Variant, { technology: 'ihp-sg13g2' }), family: arch, variant: v });
  }
  return out;
}

const pct = (est: number, syn: number) => Math.round(((est - syn) / syn) * 1000) / 10;

export async function calibrate(
  cases: CalibrationCase[],
  opts: {
    tech?: TechTable; yosys?: YosysKind; onCase?: (name: string, i: number, n: number) => void; cacheDir?: string;
    /** The liberty to synthesize on (default: the vendored IHP SG13G2 one); `tech` should be derived from it. */
    liberty?: { name: string; text: string };
  } = {},
): Promise<{ value?: CalibrationResult; diagnostics: Diagnostic[] }> {
  let lib = opts.liberty;
  if (!lib) {
    const libPath = sharedLibertyPath();
    if (!libPath) {
      return { diagnostics: [{ code: 'E1020', severity: 'error', message: 'the IHP liberty is missing: expected third_party/ihp-sg13g2/sg13g2_stdcell_typ_1p20V_25C.lib in the toolkit', hint: 'reinstall the toolkit (the liberty ships with it), or pass your own liberty with --liberty' }] };
    }
    lib = { name: 'sg13g2_stdcell_typ_1p20V_25C.lib', text: readFileSync(libPath, 'utf8') };
  }
  const tech = opts.tech ?? loadTech('ihp-sg13g2').value!;
  const rows: CalibrationRow[] = [];
  const skipped: CalibrationResult['skipped'] = [];
  let tool = '';
  for (let i = 0; i < cases.length; i++) {
    const cs = cases[i];
    opts.onCase?.(cs.design.name, i, cases.length);
    const e = emitDesign(cs.design);
    if (!e.value) { skipped.push({ design: cs.design.name, reason: e.diagnostics.map((d) => d.message).join('; ') }); continue; }
    const est = estimate(cs.design, { tech });
    const raw = estimate(cs.design, { tech: { ...tech, corrections: { area: 1, delay: 1, fanoutDelay: 1, note: 'raw' } } }).value!;
    if (!est.value) { skipped.push({ design: cs.design.name, reason: est.diagnostics.map((d) => d.message).join('; ') }); continue; }
    const syn = await synthesize(e.value.files, e.value.top, { liberty: lib, yosys: opts.yosys ?? 'wasm', ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}) });
    if (!syn.value) { skipped.push({ design: cs.design.name, reason: syn.diagnostics.map((d) => d.message).join('; ') }); continue; }
    const s: SynthReport = syn.value;
    tool = s.tool;
    const ea = est.value.area.total;
    const ed = est.value.timing.logic;
    rows.push({
      design: cs.label ?? cs.design.name, family: cs.family, variant: cs.variant,
      estArea: Math.round(ea), synArea: Math.round(s.area ?? 0), areaErrPct: pct(ea, s.area ?? NaN),
      estDelay: Math.round(ed), synDelay: Math.round(s.criticalPathPs ?? 0), delayErrPct: pct(ed, s.criticalPathPs ?? NaN),
      estLimiting: est.value.timing.limiting, synSeconds: Math.round(s.elapsedMs / 100) / 10,
      estFlops: est.value.inventory.items.filter((i) => i.component === 'dff').reduce((n, i) => n + i.perUnit * i.units, 0),
      synFlops: Math.round((s.sequentialArea ?? 0) / tech.components.dff.area),
      raw: {
        combArea: raw.area.combinational, seqArea: raw.area.sequential,
        stages: raw.timing.stages.map((st) => ({
          logic: st.elements.filter((e) => !e.fanout).reduce((a, e) => a + e.delay, 0),
          fanout: st.elements.filter((e) => e.fanout).reduce((a, e) => a + e.delay, 0),
        })),
      },
    });
  }
  const pairs = orderPairs(rows);
  return { value: { tool, liberty: lib.name, rows, skipped, pairs }, diagnostics: [] };
}

/** Baseline-vs-OPT pairs of each family, with whether the estimate orders them as synthesis. */
export function orderPairs(rows: readonly Pick<CalibrationRow, 'design' | 'family' | 'variant' | 'estArea' | 'synArea' | 'estDelay' | 'synDelay'>[]): PairOrder[] {
  const pairs: PairOrder[] = [];
  const fams = [...new Set(rows.map((r) => r.family))];
  for (const f of fams) {
    const base = rows.find((r) => r.family === f && r.variant === 'baseline');
    if (!base) continue;
    for (const r of rows.filter((x) => x.family === f && x.variant !== 'baseline')) {
      const synAreaDiffPct = pct(r.synArea, base.synArea);
      const synDelayDiffPct = pct(r.synDelay, base.synDelay);
      pairs.push({
        family: f, baseline: base.design, opt: r.design,
        areaSame: Math.sign(r.estArea - base.estArea) === Math.sign(r.synArea - base.synArea),
        delaySame: Math.sign(r.estDelay - base.estDelay) === Math.sign(r.synDelay - base.synDelay),
        areaTie: Math.abs(synAreaDiffPct) < TIE_PCT, delayTie: Math.abs(synDelayDiffPct) < TIE_PCT,
        synAreaDiffPct, synDelayDiffPct,
      });
    }
  }
  return pairs;
}

export function renderCalibration(r: CalibrationResult): string {
  const lines: string[] = [];
  lines.push(`estimate vs synthesis (${r.tool}, ${r.liberty}); area um2, delay ps (combinational, register to register)`);
  const head = ['design', 'est area', 'syn area', 'err %', 'est delay', 'syn delay', 'err %', 'limiting stage (est)', 'synth s', 'flip-flops est/syn'];
  const body = r.rows.map((x) => [x.design, String(x.estArea), String(x.synArea), x.areaErrPct.toFixed(1), String(x.estDelay), String(x.synDelay), x.delayErrPct.toFixed(1), x.estLimiting, x.synSeconds.toFixed(1), `${x.estFlops}/${x.synFlops}`]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 7 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  lines.push(fmt(head), ...body.map(fmt));
  const within = r.rows.filter((x) => Math.abs(x.areaErrPct) <= 10).length;
  const withinD = r.rows.filter((x) => Math.abs(x.delayErrPct) <= 15).length;
  lines.push(`area within 10%: ${within}/${r.rows.length}; critical path within 15%: ${withinD}/${r.rows.length}`);
  const word = (same: boolean, tie: boolean, diff: number) =>
    same ? 'same' : tie ? `differs, a tie in synthesis (${diff > 0 ? '+' : ''}${diff}%)` : 'DIFFERENT';
  for (const p of r.pairs) lines.push(`order ${p.baseline} vs ${p.opt}: area ${word(p.areaSame, p.areaTie, p.synAreaDiffPct)}, delay ${word(p.delaySame, p.delayTie, p.synDelayDiffPct)}`);
  const strict = r.pairs.filter((p) => p.areaSame && p.delaySame).length;
  const withTies = r.pairs.filter((p) => (p.areaSame || p.areaTie) && (p.delaySame || p.delayTie)).length;
  if (r.pairs.length) lines.push(`baseline-vs-OPT order as synthesis: ${strict}/${r.pairs.length} pairs in both figures; ${withTies}/${r.pairs.length} counting synthesis ties (< ${TIE_PCT}% apart) as either order`);
  for (const s of r.skipped) lines.push(`skipped ${s.design}: ${s.reason}`);
  return lines.join('\n') + '\n';
}

export interface FittedCorrections {
  area: number;
  delay: number;
  fanoutDelay: number;
  /** Root-mean-square of the log error after the fit, as a percentage. */
  areaRmsPct: number;
  delayRmsPct: number;
  designs: number;
}

/**
 * Global correction factors from a calibration run: one factor on combinational area, one on
 * logic delay and one on fan-out delay, each minimizing the sum of absolute log errors over all
 * designs (least absolute deviations: one outlier design cannot pull the factor for the rest;
 * grid search, as the delay estimate is the max over stages). Sequential area is left
 * uncorrected: flip-flops map one to one.
 */
export function fitCorrections(rows: CalibrationRow[]): FittedCorrections | undefined {
  if (rows.length === 0) return undefined;
  const sq = (x: number) => x * x;
  let best = { f: 1, e: Infinity };
  for (let f = 0.5; f <= 2.0001; f += 0.001) {
    const e = rows.reduce((a, r) => a + Math.abs(Math.log((f * r.raw.combArea + r.raw.seqArea) / r.synArea)), 0);
    if (e < best.e) best = { f, e };
  }
  let bd = { d: 1, g: 1, e: Infinity };
  for (let d = 0.5; d <= 2.0001; d += 0.01) {
    for (let g = 0.25; g <= 4.0001; g += 0.025) {
      let e = 0;
      for (const r of rows) {
        const est = Math.max(...r.raw.stages.map((s) => d * s.logic + g * s.fanout));
        e += Math.abs(Math.log(est / r.synDelay));
      }
      if (e < bd.e) bd = { d, g, e };
    }
  }
  const rmsOf = (errs: number[]) => Math.round(Math.sqrt(errs.reduce((a, x) => a + sq(x), 0) / errs.length) * 1000) / 10;
  const areaErr = rows.map((r) => Math.log((best.f * r.raw.combArea + r.raw.seqArea) / r.synArea));
  const delayErr = rows.map((r) => Math.log(Math.max(...r.raw.stages.map((s) => bd.d * s.logic + bd.g * s.fanout)) / r.synDelay));
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return { area: r3(best.f), delay: r3(bd.d), fanoutDelay: r3(bd.g), areaRmsPct: rmsOf(areaErr), delayRmsPct: rmsOf(delayErr), designs: rows.length };
}
