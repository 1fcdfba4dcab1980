// Estimate vs synthesis: for each design, the cost model's area and critical path next to
// Yosys + ABC on the IHP liberty, with the error in percent, and whether each baseline-vs-OPT
// pair is ordered the same way by both. Used by `tpe calibrate` and test/cost.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cpaLimited,
  estimate,
  estimateAtClock,
  energyTerms,
  loadTech,
  periodAtClock,
  type EnergyTerms,
  type TechTable,
} from '../cost/index.js';
import { loadDesign } from '../dsl/index.js';
import {
  appliedOptimizations,
  arrayShape,
  presetDesign,
  VARIANTS,
  type Architecture,
  type Design,
  type Diagnostic,
  type PresetOptions,
  type Variant,
} from '../ir/index.js';
import { clockTargetParams, readLibertyModel } from '../power/index.js';
import { designPower } from '../power/flow.js';
import { emitDesign } from '../rtl/index.js';
import { generateMatrix, parseDist, simulate } from '../simulator/index.js';
import { sharedLibertyPath, synthesize, synthesizeAtClock, type AdderArch, type SynthReport, type YosysKind } from '../synth/index.js';

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
  raw: { combArea: number; seqArea: number; stages: { logic: number; fanout: number }[]; energy?: EnergyTerms & { macs: number } };
  /** Timing-driven synthesis (OpenSTA sign-off) and the estimate at each clock target. */
  clocks?: ClockPoint[];
  /** The estimate's critical path (its period at the mid clock) against OpenSTA's on the mid netlist, ps. */
  estPeriod?: number;
  staPeriod?: number;
  staDelayErrPct?: number;
  /** Energy per MAC at the mid clock: estimate, toggle-accurate gate-level power, OpenSTA propagated, pJ. */
  energy?: {
    clockNs: number;
    gemm: string;
    estPj: number;
    gatePj: number;
    errPct: number;
    /** OpenSTA's propagated figure; absent with the reason when its report_power failed on the netlist. */
    openstaPj?: number;
    openstaUnavailable?: string;
    rulesPj: number;
    sequentialShare: number;
  };
}

export interface ClockPoint {
  label: 'relaxed' | 'mid' | 'tight';
  clockNs: number;
  syn: {
    areaUm2: number;
    met: boolean;
    adder: AdderArch;
    staCriticalPathPs: number;
    /** Every architecture synthesis mapped at this clock (the last try of each), for fitting the at-clock factors. */
    tried?: { adder: AdderArch; areaUm2: number; staCriticalPathPs: number; met: boolean }[];
  };
  est: { areaUm2: number; met: boolean; adder: string; periodPs: number };
  areaErrPct: number;
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
  /** Energy per MAC, OPT / baseline: gate-level (toggle-accurate) and the estimate; order agreement. */
  energy?: { gateRatio: number; estRatio: number; same: boolean; tie: boolean };
  /** Critical path at the mid clock: the estimate's period against OpenSTA's, order agreement. */
  staDelay?: { same: boolean; tie: boolean; staDiffPct: number };
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
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.tpe'))
      .sort();
  } catch {
    return undefined;
  }
  if (files.length === 0) return undefined;
  const cases: CalibrationCase[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const f of files) {
    const p = loadDesign(join(dir, f));
    if (!p.value) {
      diagnostics.push(...p.diagnostics);
      continue;
    }
    const d = p.value;
    const opts = appliedOptimizations(d);
    const special = /_a8w4|_u8/.test(f);
    // A family is one architecture at one array size: a 16x16 OPT1 pairs with the 16x16 baseline.
    const sh = arrayShape(d);
    const size = `${sh.rows}x${sh.cols}${sh.depth > 1 ? `x${sh.depth}` : ''}`;
    cases.push({
      design: { ...d, name: f.replace(/\.tpe$/, '') },
      family: special ? f : `${d.architecture} ${size}`,
      variant: opts.length ? opts.join('+') : 'baseline',
    });
  }
  return { cases, diagnostics };
}

/** The full set: the canonical 8x8 (cube 4x4x4) presets that the examples state. */
export function fullCases(): CalibrationCase[] {
  const out: CalibrationCase[] = [];
  for (const arch of Object.keys(VARIANTS) as Architecture[]) {
    for (const v of VARIANTS[arch])
      out.push({ design: presetDesign(arch, v as Variant, { technology: 'ihp-sg13g2' }), family: arch, variant: v });
  }
  return out;
}

const pct = (est: number, syn: number) => Math.round(((est - syn) / syn) * 1000) / 10;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The three clock targets of a design, from its area-oriented synthesis (ABC's register-to-
 * register delay plus the flip-flop's clock-to-Q and setup, `p0` ps): relaxed (1.6 x: slack for
 * the smallest adders), mid (1.1 x: what the area-oriented netlist nearly meets in OpenSTA) and
 * tight (0.95 x: near the fastest any architecture reaches). ns, two decimals.
 */
export function clockTargets(p0Ps: number): { label: 'relaxed' | 'mid' | 'tight'; clockNs: number }[] {
  const at = (f: number) => Math.round((p0Ps * f) / 10) / 100;
  return [
    { label: 'relaxed', clockNs: at(1.6) },
    { label: 'mid', clockNs: at(1.1) },
    { label: 'tight', clockNs: at(0.95) },
  ];
}

/** The workload of the energy columns: 16x16x64, normal(0,20) operands (seed 1, B seed 2). */
export const CALIBRATION_GEMM = { M: 16, N: 16, K: 64 } as const;

export interface CalibrateOptions {
  tech?: TechTable;
  yosys?: YosysKind;
  onCase?: (name: string, i: number, n: number) => void;
  /** Progress inside a case (synthesis at a clock, the gate-level simulation). */
  onStep?: (step: string) => void;
  cacheDir?: string;
  /** Clock targets per design: 0 (area-oriented synthesis only), 2 (relaxed, mid) or 3 (and tight). */
  clocks?: 0 | 2 | 3;
  /** The energy column (gate-level power at the mid clock); needs clocks > 0. Default: with clocks. */
  energy?: boolean;
  /** The liberty to synthesize on (default: the vendored IHP SG13G2 one); `tech` should be derived from it. */
  liberty?: { name: string; text: string };
}

export async function calibrate(
  cases: CalibrationCase[],
  opts: CalibrateOptions = {},
): Promise<{ value?: CalibrationResult; diagnostics: Diagnostic[] }> {
  let lib = opts.liberty;
  if (!lib) {
    const libPath = sharedLibertyPath();
    if (!libPath) {
      return {
        diagnostics: [
          {
            code: 'E1020',
            severity: 'error',
            message: 'the IHP liberty is missing: expected third_party/ihp-sg13g2/sg13g2_stdcell_typ_1p20V_25C.lib in the toolkit',
            hint: 'reinstall the toolkit (the liberty ships with it), or pass your own liberty with --liberty',
          },
        ],
      };
    }
    lib = { name: 'sg13g2_stdcell_typ_1p20V_25C.lib', text: readFileSync(libPath, 'utf8') };
  }
  const tech = opts.tech ?? loadTech('ihp-sg13g2').value!;
  const rows: CalibrationRow[] = [];
  const skipped: CalibrationResult['skipped'] = [];
  let tool = '';
  const nClocks = opts.clocks ?? 0;
  const model = nClocks ? readLibertyModel(lib.text, lib.name).value : undefined;
  const params = model ? clockTargetParams(model) : undefined;
  if (nClocks && !params)
    return { diagnostics: [{ code: 'E1021', severity: 'error', message: `${lib.name}: no flip-flop timing or buffer for clock targets` }] };
  for (let i = 0; i < cases.length; i++) {
    const cs = cases[i];
    opts.onCase?.(cs.design.name, i, cases.length);
    const e = emitDesign(cs.design);
    if (!e.value) {
      skipped.push({ design: cs.design.name, reason: e.diagnostics.map((d) => d.message).join('; ') });
      continue;
    }
    const est = estimate(cs.design, { tech });
    const raw = estimate(cs.design, { tech: { ...tech, corrections: { area: 1, delay: 1, fanoutDelay: 1, note: 'raw' } } }).value!;
    if (!est.value) {
      skipped.push({ design: cs.design.name, reason: est.diagnostics.map((d) => d.message).join('; ') });
      continue;
    }
    const syn = await synthesize(e.value.files, e.value.top, {
      liberty: lib,
      yosys: opts.yosys ?? 'wasm',
      ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}),
    });
    if (!syn.value) {
      skipped.push({ design: cs.design.name, reason: syn.diagnostics.map((d) => d.message).join('; ') });
      continue;
    }
    const s: SynthReport = syn.value;
    tool = s.tool;
    const ea = est.value.area.total;
    const ed = est.value.timing.logic;
    rows.push({
      design: cs.label ?? cs.design.name,
      family: cs.family,
      variant: cs.variant,
      estArea: Math.round(ea),
      synArea: Math.round(s.area ?? 0),
      areaErrPct: pct(ea, s.area ?? NaN),
      estDelay: Math.round(ed),
      synDelay: Math.round(s.criticalPathPs ?? 0),
      delayErrPct: pct(ed, s.criticalPathPs ?? NaN),
      estLimiting: est.value.timing.limiting,
      synSeconds: Math.round(s.elapsedMs / 100) / 10,
      estFlops: est.value.inventory.items.filter((i) => i.component === 'dff').reduce((n, i) => n + i.perUnit * i.units, 0),
      synFlops: Math.round((s.sequentialArea ?? 0) / tech.components.dff.area),
      raw: {
        combArea: raw.area.combinational,
        seqArea: raw.area.sequential,
        stages: raw.timing.stages.map((st) => ({
          logic: st.elements.filter((e) => !e.fanout).reduce((a, e) => a + e.delay, 0),
          fanout: st.elements.filter((e) => e.fanout).reduce((a, e) => a + e.delay, 0),
        })),
      },
    });
    if (!nClocks || !params) continue;
    const row = rows[rows.length - 1];
    const p0 = (s.criticalPathPs ?? 0) + params.registerOverheadPs;
    const skip = new Set<AdderArch>();
    const points: ClockPoint[] = [];
    let failed = false;
    for (const tgt of clockTargets(p0).slice(0, nClocks)) {
      opts.onStep?.(`${cs.design.name} at ${tgt.clockNs} ns (${tgt.label})`);
      const at = await synthesizeAtClock(e.value.files, e.value.top, {
        liberty: lib,
        clockNs: tgt.clockNs,
        registerOverheadPs: params.registerOverheadPs,
        constraints: { drivingCell: params.drivingCell, loadFf: params.loadFf },
        yosys: opts.yosys ?? 'wasm',
        skip,
        ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}),
        ...(opts.onStep ? { onProgress: opts.onStep } : {}),
      });
      if (!at.value) {
        skipped.push({ design: row.design, reason: at.diagnostics.map((d) => d.message).join('; ') });
        failed = true;
        break;
      }
      // An architecture that missed this clock by more than 10% will not reach a tighter one.
      for (const a of at.value.attempts) if (a.staCriticalPathPs > tgt.clockNs * 1000 * 1.1) skip.add(a.adder);
      const ec = estimate(cs.design, { tech, clockNs: tgt.clockNs }).value!.atClock!;
      const synArea = at.value.synth.area ?? 0;
      points.push({
        label: tgt.label,
        clockNs: tgt.clockNs,
        syn: {
          areaUm2: Math.round(synArea),
          met: at.value.met,
          adder: at.value.adder,
          staCriticalPathPs: Math.round(at.value.sta.criticalPathPs),
          tried: [...new Map(at.value.attempts.map((x) => [x.adder, x])).values()].map((x) => ({
            adder: x.adder,
            areaUm2: Math.round(x.areaUm2),
            staCriticalPathPs: Math.round(x.staCriticalPathPs),
            met: x.met,
          })),
        },
        est: { areaUm2: Math.round(ec.area), met: ec.meetsClock, adder: ec.adder, periodPs: Math.round(ec.period) },
        areaErrPct: pct(ec.area, synArea),
      });
    }
    if (failed) continue;
    row.clocks = points;
    const mid = points.find((x) => x.label === 'mid')!;
    row.estPeriod = mid.est.periodPs;
    row.staPeriod = mid.syn.staCriticalPathPs;
    row.staDelayErrPct = pct(mid.est.periodPs, mid.syn.staCriticalPathPs);
    if (opts.energy === false) continue;
    opts.onStep?.(`${cs.design.name}: gate-level power at ${mid.clockNs} ns`);
    const dist = parseDist('normal:0,20').value!;
    const pw = await designPower(cs.design, {
      shape: CALIBRATION_GEMM,
      dist,
      seed: 1,
      clockNs: mid.clockNs,
      activity: 'toggles',
      liberty: lib,
      ...(model ? { model } : {}),
      yosys: opts.yosys ?? 'wasm',
      ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}),
    });
    if (!pw.value || pw.value.energyPerMacPj === undefined) {
      skipped.push({ design: `${row.design} (energy)`, reason: pw.diagnostics.map((d) => d.message).join('; ') });
      continue;
    }
    const { M, N, K } = CALIBRATION_GEMM;
    const a = generateMatrix(M, K, cs.design.types.A, dist, 1);
    const b = generateMatrix(K, N, cs.design.types.B, dist, 2);
    const sim = simulate(cs.design, a, b, { wrap: true });
    if (!sim.value) continue;
    const w = { macs: sim.value.macs, cycles: pw.value.simulatedCycles ?? sim.value.cycles.total, toggles: sim.value.toggles };
    const ee = estimate(cs.design, { tech, clockNs: mid.clockNs, workload: w }).value!;
    const estPj = (ee.power?.atClock?.perMac ?? 0) / 1000;
    const g = pw.value;
    row.raw.energy = { ...energyTerms(ee.inventory, tech, w, cs.design), macs: w.macs };
    row.energy = {
      clockNs: mid.clockNs,
      gemm: `${M}x${N}x${K}`,
      estPj: r3(estPj),
      gatePj: r3(g.energyPerMacPj!),
      errPct: pct(estPj, g.energyPerMacPj!),
      ...(g.opensta.energyPerMacPj !== undefined
        ? { openstaPj: r3(g.opensta.energyPerMacPj) }
        : { openstaUnavailable: g.opensta.unavailable ?? 'no figure' }),
      rulesPj: r3((((g.openStaRulesMw ?? 0) * 1e-3 * (g.simulatedCycles ?? 0) * mid.clockNs * 1e-9) / w.macs) * 1e12),
      sequentialShare: r3(g.gate!.energyJ.sequential / g.gate!.energyJ.total),
    };
  }
  const pairs = orderPairs(rows);
  return { value: { tool, liberty: lib.name, rows, skipped, pairs }, diagnostics: [] };
}

/** Baseline-vs-OPT pairs of each family, with whether the estimate orders them as synthesis. */
export function orderPairs(
  rows: readonly (Pick<CalibrationRow, 'design' | 'family' | 'variant' | 'estArea' | 'synArea' | 'estDelay' | 'synDelay'> & {
    energy?: CalibrationRow['energy'];
    estPeriod?: number;
    staPeriod?: number;
  })[],
): PairOrder[] {
  const pairs: PairOrder[] = [];
  const fams = [...new Set(rows.map((r) => r.family))];
  for (const f of fams) {
    const base = rows.find((r) => r.family === f && r.variant === 'baseline');
    if (!base) continue;
    for (const r of rows.filter((x) => x.family === f && x.variant !== 'baseline')) {
      const synAreaDiffPct = pct(r.synArea, base.synArea);
      const synDelayDiffPct = pct(r.synDelay, base.synDelay);
      pairs.push({
        family: f,
        baseline: base.design,
        opt: r.design,
        areaSame: Math.sign(r.estArea - base.estArea) === Math.sign(r.synArea - base.synArea),
        delaySame: Math.sign(r.estDelay - base.estDelay) === Math.sign(r.synDelay - base.synDelay),
        areaTie: Math.abs(synAreaDiffPct) < TIE_PCT,
        delayTie: Math.abs(synDelayDiffPct) < TIE_PCT,
        synAreaDiffPct,
        synDelayDiffPct,
        ...(r.staPeriod !== undefined && base.staPeriod !== undefined && r.estPeriod !== undefined && base.estPeriod !== undefined
          ? {
              staDelay: {
                same: Math.sign(r.estPeriod - base.estPeriod) === Math.sign(r.staPeriod - base.staPeriod),
                tie: Math.abs(pct(r.staPeriod, base.staPeriod)) < TIE_PCT,
                staDiffPct: pct(r.staPeriod, base.staPeriod),
              },
            }
          : {}),
        ...(r.energy && base.energy
          ? {
              energy: {
                gateRatio: r3(r.energy.gatePj / base.energy.gatePj),
                estRatio: r3(r.energy.estPj / base.energy.estPj),
                same: Math.sign(r.energy.estPj - base.energy.estPj) === Math.sign(r.energy.gatePj - base.energy.gatePj),
                tie: Math.abs(r.energy.gatePj / base.energy.gatePj - 1) * 100 < TIE_PCT,
              },
            }
          : {}),
      });
    }
  }
  return pairs;
}

export function renderCalibration(r: CalibrationResult): string {
  const lines: string[] = [];
  lines.push(
    `estimate vs area-oriented synthesis (${r.tool}, ${r.liberty}); area um2; delay ps: the estimate's logic against ABC's register-to-register delay (ideal register outputs; the estimate's delay factors follow OpenSTA, section 6, so this column is informational)`,
  );
  const head = [
    'design',
    'est area',
    'syn area',
    'err %',
    'est delay',
    'syn delay',
    'err %',
    'limiting stage (est)',
    'synth s',
    'flip-flops est/syn',
  ];
  const body = r.rows.map((x) => [
    x.design,
    String(x.estArea),
    String(x.synArea),
    x.areaErrPct.toFixed(1),
    String(x.estDelay),
    String(x.synDelay),
    x.delayErrPct.toFixed(1),
    x.estLimiting,
    x.synSeconds.toFixed(1),
    `${x.estFlops}/${x.synFlops}`,
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 7 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  lines.push(fmt(head), ...body.map(fmt));
  const within = r.rows.filter((x) => Math.abs(x.areaErrPct) <= 10).length;
  const withinD = r.rows.filter((x) => Math.abs(x.delayErrPct) <= 15).length;
  lines.push(`area within 10%: ${within}/${r.rows.length}; logic within 15% of ABC's delay: ${withinD}/${r.rows.length}`);
  const word = (same: boolean, tie: boolean, diff: number) =>
    same ? 'same' : tie ? `differs, a tie in synthesis (${diff > 0 ? '+' : ''}${diff}%)` : 'DIFFERENT';
  for (const p of r.pairs)
    lines.push(
      `order ${p.baseline} vs ${p.opt}: area ${word(p.areaSame, p.areaTie, p.synAreaDiffPct)}, delay (ABC) ${word(p.delaySame, p.delayTie, p.synDelayDiffPct)}` +
        (p.staDelay ? `, critical path at the mid clock (OpenSTA) ${word(p.staDelay.same, p.staDelay.tie, p.staDelay.staDiffPct)}` : ''),
    );
  const strict = r.pairs.filter((p) => p.areaSame && p.delaySame).length;
  const withTies = r.pairs.filter((p) => (p.areaSame || p.areaTie) && (p.delaySame || p.delayTie)).length;
  if (r.pairs.length)
    lines.push(
      `baseline-vs-OPT order as synthesis: ${strict}/${r.pairs.length} pairs in both figures; ${withTies}/${r.pairs.length} counting synthesis ties (< ${TIE_PCT}% apart) as either order`,
    );
  const withClocks = r.rows.filter((x) => x.clocks);
  if (withClocks.length) {
    lines.push('');
    lines.push(
      'at clock targets: estimate vs timing-driven synthesis (adder architecture by the constraint, ABC to the target, OpenSTA sign-off); area um2, est/syn (adders est/syn), met +, missed -',
    );
    const labels = withClocks[0].clocks!.map((c) => c.label);
    const h2 = ['design', ...labels.map((l) => `${l}: ns, area est/syn, err %`), 'period est/OpenSTA ps', 'err %'];
    const ab = (a: string) =>
      (({ ripple: 'rip', 'brent-kung': 'bk', sklansky: 'skl', 'kogge-stone': 'ks' }) as Record<string, string>)[a] ?? a;
    const b2 = withClocks.map((x) => [
      x.design,
      ...x.clocks!.map(
        (c) =>
          `${c.clockNs.toFixed(2)} ${c.est.areaUm2}/${c.syn.areaUm2} (${ab(c.est.adder)}${c.est.met ? '+' : '-'}/${ab(c.syn.adder)}${c.syn.met ? '+' : '-'}) ${c.areaErrPct.toFixed(1)}`,
      ),
      `${x.estPeriod}/${x.staPeriod}`,
      (x.staDelayErrPct ?? NaN).toFixed(1),
    ]);
    const w2 = h2.map((h, i) => Math.max(h.length, ...b2.map((b) => b[i].length)));
    const f2 = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w2[i]) : c.padStart(w2[i]))).join('  ');
    lines.push(f2(h2), ...b2.map(f2));
    const pts = withClocks.flatMap((x) => x.clocks!);
    lines.push(
      `area at a clock within 10%: ${pts.filter((c) => Math.abs(c.areaErrPct) <= 10).length}/${pts.length}; met/missed as synthesis: ${pts.filter((c) => c.est.met === c.syn.met).length}/${pts.length}; ` +
        `critical path within 15% of OpenSTA (mid clock): ${withClocks.filter((x) => Math.abs(x.staDelayErrPct ?? Infinity) <= 15).length}/${withClocks.length}`,
    );
  }
  const withE = r.rows.filter((x) => x.energy);
  if (withE.length) {
    lines.push('');
    lines.push(
      `energy per MAC at the mid clock, GEMM ${withE[0].energy!.gemm} normal(0,20): estimate vs toggle-accurate gate-level power of the mid netlist (pJ); OpenSTA ${'propagated'} report_power and OpenSTA 2.0.17's rules on the simulated toggles beside it`,
    );
    const h3 = ['design', 'clock ns', 'est pJ', 'gate pJ', 'err %', 'flip-flops %', 'OpenSTA prop pJ', 'OpenSTA rules pJ'];
    const b3 = withE.map((x) => {
      const e = x.energy!;
      return [
        x.design,
        e.clockNs.toFixed(2),
        e.estPj.toFixed(3),
        e.gatePj.toFixed(3),
        e.errPct.toFixed(1),
        (100 * e.sequentialShare).toFixed(0),
        e.openstaPj !== undefined ? e.openstaPj.toFixed(3) : 'unavailable*',
        e.rulesPj.toFixed(3),
      ];
    });
    const w3 = h3.map((h, i) => Math.max(h.length, ...b3.map((b) => b[i].length)));
    const f3 = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w3[i]) : c.padStart(w3[i]))).join('  ');
    lines.push(f3(h3), ...b3.map(f3));
    for (const x of withE)
      if (x.energy!.openstaUnavailable !== undefined)
        lines.push(
          `* ${x.design}: OpenSTA's report_power failed on the netlist (${x.energy!.openstaUnavailable}); the toggle-accurate figure does not need it`,
        );
    lines.push(`energy within 20% of gate-level: ${withE.filter((x) => Math.abs(x.energy!.errPct) <= 20).length}/${withE.length}`);
    const ep = r.pairs.filter((p) => p.energy);
    for (const p of ep)
      lines.push(
        `energy ${p.opt} / ${p.baseline}: gate-level ${p.energy!.gateRatio.toFixed(3)}x, estimate ${p.energy!.estRatio.toFixed(3)}x: ${p.energy!.same ? 'same order' : p.energy!.tie ? 'differs, a tie at gate level' : 'DIFFERENT order'}`,
      );
    if (ep.length)
      lines.push(
        `baseline-vs-OPT energy order as gate-level power: ${ep.filter((p) => p.energy!.same).length}/${ep.length} (${ep.filter((p) => p.energy!.same || p.energy!.tie).length}/${ep.length} counting ties)`,
      );
  }
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
  return {
    area: r3(best.f),
    delay: r3(bd.d),
    fanoutDelay: r3(bd.g),
    areaRmsPct: rmsOf(areaErr),
    delayRmsPct: rmsOf(delayErr),
    designs: rows.length,
  };
}

export interface FittedClockCorrections {
  /** Logic and fan-out delay factors fitted to OpenSTA's critical paths of the timing-driven netlists. */
  delay: number;
  fanoutDelay: number;
  atClock: {
    adderArea: number;
    criticalAdderArea: number;
    prefixSpeedup: number;
    rippleDelay: number;
    sizing: number;
    criticalSizing: number;
    rippleSizing: number;
    margin: number;
  };
  /**
   * Mean absolute log error after the fit, percent: the delay of the synthesized architecture; the
   * area of every architecture synthesis mapped; the area of the estimate's own pick (end to end).
   */
  delayErrPct: number;
  areaErrPct: number;
  pickErrPct: number;
  /** Clock points whose met / missed the estimate says as synthesis does. */
  metAgree: number;
  points: number;
}

/**
 * The at-clock factors and the delay factors against OpenSTA, from the clock columns: every clock
 * point is a synthesized netlist with a known adder architecture and its OpenSTA critical path.
 * Coordinate descent on mean absolute log errors, in three parts: (1) logic delay, fan-out delay,
 * ripple delay and the prefix speed-up on the estimate's period for the architecture synthesis
 * used; (2) the adder-area factor on the area of every architecture synthesis mapped at that
 * clock (its own and the ones it tried first); (3) the two sizing shares (prefix networks, ripple
 * chains) and the margin on the end-to-end area of the estimate's own pick plus the period error,
 * with met / missed disagreements as a penalty: they decide what the estimate picks, as
 * synthesis's reach decides what it keeps. Global factors, the same for every design.
 */
export function fitClockCorrections(rows: CalibrationRow[], cases: CalibrationCase[], tech: TechTable): FittedClockCorrections | undefined {
  const data = rows.map((r) => ({ r, c: cases.find((c) => (c.label ?? c.design.name) === r.design) })).filter((x) => x.r.clocks && x.c);
  if (!data.length) return undefined;
  type P = { d: number; g: number; rd: number; ps: number; sz: number; rsz: number; aa: number; caa: number; csz: number; m: number };
  // The technology table's at-clock corrections from a point of the search (the fit and its result).
  const atClockOf = (p: P) => ({
    adderArea: p.aa,
    criticalAdderArea: p.caa,
    prefixSpeedup: p.ps,
    rippleDelay: p.rd,
    sizing: p.sz,
    criticalSizing: p.csz,
    rippleSizing: p.rsz,
    margin: p.m,
  });
  // The estimate at a clock reads only the inventory and the area of an estimate: one per design.
  const base = data.map(({ r, c }) => ({ r, e: estimate(c!.design, { tech }).value! }));
  const ev = (p: P) => {
    const t: TechTable = {
      ...tech,
      corrections: {
        ...tech.corrections,
        delay: p.d,
        fanoutDelay: p.g,
        atClock: atClockOf(p),
      },
    };
    let de = 0,
      ae = 0,
      an = 0,
      pe = 0,
      agree = 0,
      n = 0;
    for (const { r, e } of base) {
      for (const pt of r.clocks!) {
        const a = estimateAtClock(e, t, pt.clockNs)!;
        const same = a.curve.find((x) => x.adder === pt.syn.adder)!;
        de += Math.abs(Math.log(periodAtClock(same, a.clock, p.m) / pt.syn.staCriticalPathPs));
        for (const tr of pt.syn.tried ?? [{ adder: pt.syn.adder, areaUm2: pt.syn.areaUm2 }]) {
          ae += Math.abs(Math.log(a.curve.find((x) => x.adder === tr.adder)!.area / tr.areaUm2));
          an++;
        }
        pe += Math.abs(Math.log(a.area / pt.syn.areaUm2));
        if (a.meetsClock === pt.syn.met) agree++;
        n++;
      }
    }
    return { de: de / n, ae: ae / an, pe: pe / n, agree, n };
  };
  const at0 = tech.corrections.atClock;
  let p: P = {
    d: tech.corrections.delay,
    g: tech.corrections.fanoutDelay ?? 1,
    rd: at0?.rippleDelay ?? 1,
    ps: at0?.prefixSpeedup ?? 1,
    sz: at0?.sizing ?? 0,
    rsz: at0?.rippleSizing ?? at0?.sizing ?? 0,
    aa: at0?.adderArea ?? 1,
    caa: at0?.criticalAdderArea ?? at0?.adderArea ?? 1,
    csz: at0?.criticalSizing ?? at0?.sizing ?? 0,
    m: at0?.margin ?? 0,
  };
  // The CPA-limited designs' sizing share is measured, not fitted end to end: how much shorter
  // OpenSTA times each parallel-prefix netlist synthesis mapped at two or more targets (mid and
  // tight) at the tighter one, averaged over those designs. Fitted end to end it would absorb the
  // period model's error instead (it came out 0.115 where the netlists shrink 2-4%).
  const shrinks: number[] = [];
  for (const { r, e } of base) {
    if (!cpaLimited(e)) continue;
    const per = new Map<string, number[]>();
    for (const pt of r.clocks!)
      for (const tr of pt.syn.tried ?? []) per.set(tr.adder, [...(per.get(tr.adder) ?? []), tr.staCriticalPathPs]);
    for (const [a, ps] of per) if (a !== 'ripple' && ps.length >= 2) shrinks.push(1 - Math.min(...ps) / ps[0]);
  }
  if (shrinks.length) p.csz = Math.round((shrinks.reduce((x, y) => x + y, 0) / shrinks.length) * 1000) / 1000;
  const range = (lo: number, hi: number, step: number) =>
    Array.from({ length: Math.round((hi - lo) / step) + 1 }, (_, i) => Math.round((lo + i * step) * 1e4) / 1e4);
  const grid: Record<keyof P, number[]> = {
    d: range(0.6, 1.4, 0.005),
    g: range(0.5, 4, 0.05),
    rd: range(0.3, 1.5, 0.01),
    ps: range(0, 1, 0.05),
    sz: range(0, 0.15, 0.005),
    rsz: range(0, 0.15, 0.005),
    aa: range(0.1, 1.5, 0.02),
    caa: range(0.1, 1.5, 0.02),
    csz: range(0, 0.15, 0.005),
    m: range(0, 0.1, 0.005),
  };
  const descend = (k: keyof P, cost: (p: P) => number) => {
    let best = { v: p[k], e: Infinity };
    for (const v of grid[k]) {
      const x = cost({ ...p, [k]: v });
      if (x < best.e - 1e-12) best = { v, e: x };
    }
    p = { ...p, [k]: best.v };
  };
  for (let sweep = 0; sweep < 3; sweep++) {
    for (const k of ['d', 'g', 'rd', 'ps'] as const) descend(k, (q) => ev(q).de);
    descend('aa', (q) => ev(q).ae);
    // How far sizing reaches decides which architecture the estimate picks, whether it meets the
    // clock and the period it reports: the sizing shares and the margin are fitted on all three,
    // the end-to-end area of the pick, the period error, each met / missed disagreement costing
    // as much as a 1% error.
    for (const k of ['sz', 'rsz', 'm', 'caa'] as const)
      descend(k, (q) => {
        const x = ev(q);
        return x.pe + x.de + (0.01 * (x.n - x.agree)) / x.n;
      });
  }
  const f = ev(p);
  const r1 = (x: number) => Math.round(x * 1000) / 10;
  return {
    delay: p.d,
    fanoutDelay: p.g,
    atClock: atClockOf(p),
    delayErrPct: r1(f.de),
    areaErrPct: r1(f.ae),
    pickErrPct: r1(f.pe),
    metAgree: f.agree,
    points: f.n,
  };
}

export interface FittedEnergy {
  energy: { logic: number; register: number; clock: number; operand: number; cpa: number };
  /** Root-mean-square relative error after the fit, percent; worst design. */
  rmsPct: number;
  worstPct: number;
  designs: number;
}

/**
 * Least squares on relative error, n variables (normal equations, Gaussian elimination), each
 * factor at least `floor`: a factor that comes out below it is held at the floor and the rest refitted.
 */
export function fitN(pts: { x: number[]; y: number }[], floor: number): number[] {
  const n = pts[0].x.length;
  const held = new Map<number, number>();
  for (;;) {
    const free = [...Array(n).keys()].filter((j) => !held.has(j));
    const A = free.map(() => free.map(() => 0));
    const b = free.map(() => 0);
    for (const p of pts) {
      const w = 1 / p.y;
      const rest = [...held].reduce((s, [j, f]) => s + p.x[j] * f, 0);
      free.forEach((j, a) => {
        b[a] += p.x[j] * w * (1 - rest * w);
        free.forEach((k, c) => (A[a][c] += p.x[j] * p.x[k] * w * w));
      });
    }
    const m = free.length;
    for (let i = 0; i < m; i++) {
      const piv = [...Array(m - i).keys()].map((x) => x + i).reduce((u, v) => (Math.abs(A[v][i]) > Math.abs(A[u][i]) ? v : u), i);
      [A[i], A[piv]] = [A[piv], A[i]];
      [b[i], b[piv]] = [b[piv], b[i]];
      for (let r = i + 1; r < m; r++) {
        const f = A[r][i] / A[i][i];
        for (let c = i; c < m; c++) A[r][c] -= f * A[i][c];
        b[r] -= f * b[i];
      }
    }
    const x = Array(m).fill(0);
    for (let i = m - 1; i >= 0; i--) x[i] = (b[i] - A[i].slice(i + 1).reduce((s, a, c) => s + a * x[i + 1 + c], 0)) / A[i][i];
    const low = free.map((j, a) => [j, x[a]] as const).filter(([, v]) => !(v >= floor));
    if (!low.length) {
      const out = Array(n).fill(floor);
      free.forEach((j, a) => (out[j] = x[a]));
      for (const [j, f] of held) out[j] = f;
      return out;
    }
    // Hold the lowest at the floor and refit the others.
    const [j] = low.reduce((u, v) => (v[1] < u[1] ? v : u));
    held.set(j, floor);
    if (held.size === n) return Array(n).fill(floor);
  }
}

/**
 * The energy factors, from the energy column: least squares on the relative error against the
 * toggle-accurate gate-level power, the flip-flops' share (clock and register-data terms against
 * the gate-level energy of the flip-flops) and the rest (product datapath, operand fan-out and
 * carry-propagate adders against the combinational cells' energy) fitted separately, as the gate-level power splits
 * them. Global factors; a term whose factor would come out below a small floor is held there.
 */
export function fitEnergy(rows: CalibrationRow[]): FittedEnergy | undefined {
  const data = rows
    .filter((r) => r.raw.energy && r.energy)
    .map((r) => {
      const e = r.raw.energy!;
      const y = r.energy!.gatePj * 1000;
      return {
        seq: { x: [e.clock / e.macs, e.register / e.macs], y: y * r.energy!.sequentialShare },
        comb: { x: [e.logic / e.macs, e.operand / e.macs, e.cpa / e.macs], y: y * (1 - r.energy!.sequentialShare) },
        y,
      };
    });
  if (data.length < 3) return undefined;
  const FLOOR = 0.01;
  const [clock, register] = fitN(
    data.map((d) => d.seq),
    FLOOR,
  );
  const [logic, operand, cpa] = fitN(
    data.map((d) => d.comb),
    FLOOR,
  );
  const errs = data.map(
    (d) => (d.seq.x[0] * clock + d.seq.x[1] * register + d.comb.x[0] * logic + d.comb.x[1] * operand + d.comb.x[2] * cpa) / d.y - 1,
  );
  const q = (x: number) => Math.round(x * 1000) / 1000;
  return {
    energy: { logic: q(logic), register: q(register), clock: q(clock), operand: q(operand), cpa: q(cpa) },
    rmsPct: Math.round(Math.sqrt(errs.reduce((a, e) => a + e * e, 0) / errs.length) * 1000) / 10,
    worstPct: Math.round(Math.max(...errs.map(Math.abs)) * 1000) / 10,
    designs: data.length,
  };
}
