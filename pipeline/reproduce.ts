// `tpe reproduce` (issue 11): the paper's baseline-vs-OPT comparisons regenerated with the
// toolkit's own designs. For each pair of pipeline/reproduce-pairs.ts: area efficiency (MACs per
// cycle x clock / area) and energy efficiency (1 / energy per MAC) of the variant over its
// baseline, each design at its own highest clock, on one GEMM of generated data (default
// 256x256x256 int8 normal(0,20)); and the iso-clock view (both at the baseline's clock). The
// estimate level prices the simulated workload (the fast simulation level: exact cycles, toggles
// from sampled tiles); the synthesis level is pipeline/reproduce-synth.ts.
import { join } from 'node:path';
import { estimate, type EnergyActivity, type Estimate, type PowerFigures, type TechTable, type Workload } from '../cost/index.js';
import { loadDesign } from '../dsl/index.js';
import {
  appliedOptimizations,
  arrayShape,
  checkDesign,
  hasErrors,
  type Design,
  type Diagnostic,
  type GemmShape,
  type Result,
} from '../ir/index.js';
import { formatDist, simulateFast, type Dist } from '../simulator/index.js';
import { generateOperands } from './operands.js';
import { PUBLISHED_SOURCE, REPRODUCE_PAIRS, type ReproducePair } from './reproduce-pairs.js';

export type ReproduceLevel = 'estimate' | 'synthesis';

/** One design's figures at one level. Areas um2, clocks MHz, energies pJ per MAC. */
export interface DesignFigures {
  file: string;
  name: string;
  architecture: string;
  opts: string[];
  array: { rows: number; cols: number; depth: number };
  /** Area at its own highest clock. */
  areaUm2: number;
  /** Its highest clock and the stage that limits it. */
  clockMHz: number;
  limiting: string;
  /** Register-to-register period at that clock, ps (logic + clock-to-Q + setup). */
  periodPs: number;
  macs: number;
  cycles: number;
  /** Useful MACs per cycle on the workload (peak MACs per cycle x utilization). */
  macsPerCycle: number;
  peakMacsPerCycle: number;
  energyPerMacPj: number;
  /** Area efficiency: 2 x MACs per cycle x clock / area, TOPS/mm2. */
  topsPerMm2: number;
  topsPerW: number;
  /** Area by block and energy per MAC by part (pJ), largest first. */
  breakdown: { area: [string, number][]; energy: [string, number][] };
  /** How the activity was obtained (estimate level: the tile sample of the fast simulation). */
  activity: string;
  /** The example shrunk to the CI size (`--small` without a small file of its own). */
  shrunk?: boolean;
  /**
   * Synthesis level: the estimate beside it — its area at the synthesized clock, the highest
   * clock it believes synthesis reaches (its fastest adder network, sized: cost/at-clock.ts
   * `fastestMHz`), its critical path at the synthesized clock (beside OpenSTA's `periodPs`), and
   * its energy per MAC on the same (cut) GEMM at the synthesized clock.
   */
  estimate?: { areaUm2: number; clockMHz: number; periodPs?: number; energyPerMacPj: number };
  /** Timed activity: the zero-delay energy per MAC (synthesis: the same gate-level run's; estimate: without the glitch term); energyPerMacPj is the timed one. */
  zeroDelayEnergyPerMacPj?: number;
}

/** The variant and its baseline both clocked at one clock (the baseline's). */
export interface IsoClock {
  clockMHz: number;
  /** Whether the variant can run at that clock (else both run at the slower of the two). */
  note?: string;
  areaUm2: { baseline: number; variant: number };
  energyPerMacPj: { baseline: number; variant: number };
  areaEfficiency: number;
  energyEfficiency: number;
}

export interface ReproduceRow {
  architecture: string;
  baseline: string;
  variant: string;
  level: ReproduceLevel;
  areaEfficiency: { published: number; measured: number };
  energyEfficiency: { published: number; measured: number };
  clockMHz: { baseline: number; variant: number };
  /** Variant / baseline of the factors of area efficiency and of energy per MAC. */
  ratios: { area: number; clock: number; macsPerCycle: number; energyPerMac: number };
  isoClock: IsoClock;
  designs: { baseline: DesignFigures; variant: DesignFigures };
  /** The activity the energy comes from: zero-delay toggles or timed (synthesis level: the SDF-timed gate level; estimate level: the glitch term). Absent: toggles. */
  energyActivity?: 'toggles' | 'timed';
  /** Timed activity: the zero-delay energies and ratios beside (synthesis: the same runs'; estimate: without the glitch term). */
  zeroDelay?: {
    energyPerMacPj: { baseline: number; variant: number };
    energyEfficiency: number;
    isoClock: { energyPerMacPj: { baseline: number; variant: number }; energyEfficiency: number };
  };
}

export interface ReproduceResult {
  /** Where the published ratios come from. */
  source: string;
  workload: { gemm: string; data: string; seed: number };
  tech: string;
  /** What the level measured and how (shown above its table). */
  note?: string;
  rows: ReproduceRow[];
}

export interface ReproduceOptions {
  /** The toolkit's root: examples/ is read from here. */
  root: string;
  tech: TechTable;
  shape: GemmShape;
  dist: Dist;
  seed: number;
  pairs?: readonly ReproducePair[];
  /** Use each pair's CI form (2x2, cube 2x2x2): `small` files, else the files shrunk. */
  small?: boolean;
  /** Stepped MACs for toggle activity per design (fast simulation level). */
  sampleMacs?: number;
  threads?: number;
  /** Estimate every design as the flow's clock gating builds it (EstimateOptions.clockGating). */
  clockGating?: boolean;
  /** The energy's activity (EstimateOptions.activity): timed adds the fitted glitch term. */
  activity?: EnergyActivity;
  onDesign?: (file: string, i: number, n: number) => void;
}

/** Default stepped-MAC budget of each design's toggle sample: about 1/8 of a 256^3 GEMM. */
export const REPRODUCE_SAMPLE_MACS = 2 ** 21;

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * A design shrunk to the CI size: every spatial m, n, k loop of size above 2 set to 2 (a PE group
 * and a shared resolve stage's lanes too). Checked by the IR's rules like parsed text (a design
 * whose structure needs its size is an error).
 */
export function shrink(d: Design): Result<Design> {
  const loops = d.loops.map((l) =>
    l.mapping === 'spatial' && (l.var === 'm' || l.var === 'n' || l.var === 'k') && (l.size ?? 0) > 2 ? { ...l, size: 2 } : l,
  );
  const peGroup = d.peGroup !== undefined && d.peGroup > 2 ? 2 : d.peGroup;
  // A shared resolve stage keeps at most as many lanes as the shrunk array has accumulators.
  const lanes = d.reduction.lanes !== undefined && d.reduction.lanes > 2 ? 2 : d.reduction.lanes;
  const reduction = lanes !== undefined ? { ...d.reduction, lanes } : d.reduction;
  const out: Design = { ...d, loops, reduction, ...(peGroup !== undefined ? { peGroup } : {}) };
  const diags = checkDesign(out);
  if (hasErrors(diags)) return { diagnostics: diags };
  return { value: out, diagnostics: [] };
}

/** The files of a pair at the size asked for. */
export function pairFiles(p: ReproducePair, small: boolean): { baseline: string; variant: string; shrink: boolean } {
  if (small && p.small) return { ...p.small, shrink: false };
  return { baseline: p.baseline, variant: p.variant, shrink: small };
}

/** Loads an example (shrunk when asked); its name is the file's. */
export function loadPairDesign(root: string, file: string, shrinkIt: boolean): Result<Design> {
  const p = loadDesign(join('examples', file), { cwd: root });
  if (!p.value) return { diagnostics: p.diagnostics };
  if (!shrinkIt) return { value: p.value, diagnostics: [] };
  const s = shrink(p.value);
  if (!s.value) return { diagnostics: s.diagnostics.map((x) => ({ ...x, message: `${file} shrunk to 2x2: ${x.message}` })) };
  return s;
}

export function designInfo(d: Design): Pick<DesignFigures, 'name' | 'architecture' | 'opts' | 'array'> {
  const s = arrayShape(d);
  return {
    name: d.name,
    architecture: d.architecture,
    opts: appliedOptimizations(d),
    array: { rows: s.rows, cols: s.cols, depth: s.depth },
  };
}

/** The workload's activity on the fast simulation level (exact C and cycles, sampled toggles). */
export function simulatedActivity(
  d: Design,
  o: Pick<ReproduceOptions, 'shape' | 'dist' | 'seed' | 'sampleMacs' | 'threads'>,
): Result<{ workload: Workload; activity: string }> {
  const { a, b } = generateOperands(d, o.shape, o.dist, o.seed);
  const sim = simulateFast(d, a, b, {
    wrap: true,
    activity: true,
    sampleMacs: o.sampleMacs ?? REPRODUCE_SAMPLE_MACS,
    sampleSeed: 1,
    ...(o.threads !== undefined ? { threads: o.threads } : {}),
  });
  if (!sim.value) return { diagnostics: sim.diagnostics };
  const s = sim.value;
  const smp = s.activitySample;
  const worst = smp ? Math.max(...Object.values(smp.relStdErr)) : 0;
  const activity = !smp
    ? 'none'
    : smp.exact
      ? 'every tile stepped'
      : `${smp.tilesSampled} of ${smp.tiles} tiles stepped (toggle std. error <= ${(100 * worst).toFixed(1)}%)`;
  // The GEMM and its operands too: the clock-gating estimate simulates its enables over them (cost/inventory/enable-duty.ts).
  const gemm = { M: o.shape.M, N: o.shape.N, K: o.shape.K };
  return {
    value: { workload: { macs: s.macs, cycles: s.cycles.total, toggles: s.toggles, gemm, operands: { a, b } }, activity },
    diagnostics: [],
  };
}

function energyBreakdown(e: Estimate, which: 'atFmax' | 'atFreq'): [string, number][] {
  const p = e.power?.[which];
  if (!p) return [];
  return p.breakdown
    .map((x): [string, number] => [x.what, r4(((x.energy / Math.max(1, p.total)) * p.perMac) / 1000)])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

interface EstimatedDesign {
  figures: DesignFigures;
  design: Design;
  workload: Workload;
}

/** A design's estimate-level figures at its own highest clock (the estimate's fmax). */
function estimateFigures(file: string, d: Design, o: ReproduceOptions, shrunk: boolean): Result<EstimatedDesign> {
  const act = simulatedActivity(d, o);
  if (!act.value) return { diagnostics: act.diagnostics };
  const w = act.value.workload;
  const e = estimate(d, {
    tech: o.tech,
    workload: w,
    ...(o.clockGating ? { clockGating: true } : {}),
    ...(o.activity === 'timed' ? { activity: 'timed' as const } : {}),
  });
  if (!e.value) return { diagnostics: e.diagnostics };
  const est = e.value;
  const f = est.timing.fmaxMHz;
  const p = est.power?.atFmax;
  // Timed: the zero-delay figure of the same design and activity beside it (the glitch term is the only difference).
  const zd = o.activity === 'timed' && p ? zeroDelayPj(p) : undefined;
  if (f === undefined || !p)
    return {
      diagnostics: [
        {
          code: 'E1401',
          severity: 'error',
          message: `${file}: the technology table ${o.tech.name} gives no clock in MHz or no energy; tpe reproduce needs a table in ps and fJ (e.g. ihp-sg13g2)`,
          hint: 'pass --tech ihp-sg13g2',
        },
      ],
    };
  const macsPerCycle = w.macs / w.cycles;
  const figures: DesignFigures = {
    file,
    ...designInfo(d),
    areaUm2: r2(est.area.total),
    clockMHz: f,
    limiting: est.timing.limiting,
    periodPs: r2(est.timing.period),
    macs: w.macs,
    cycles: w.cycles,
    macsPerCycle: r4(macsPerCycle),
    peakMacsPerCycle: est.macsPerCycle,
    energyPerMacPj: r4(p.perMac / 1000),
    topsPerMm2: r4(topsPerMm2(macsPerCycle, f, est.area.total)),
    topsPerW: r4(1 / (p.perMac / 1000)),
    breakdown: { area: est.area.byBlock.map((b): [string, number] => [b.block, r2(b.area)]), energy: energyBreakdown(est, 'atFmax') },
    activity: act.value.activity,
    ...(shrunk ? { shrunk } : {}),
    ...(zd !== undefined ? { zeroDelayEnergyPerMacPj: zd } : {}),
  };
  return { value: { figures, design: d, workload: w }, diagnostics: [] };
}

/** 2 ops per MAC x MACs per cycle x MHz -> TOPS, over mm2. */
export function topsPerMm2(macsPerCycle: number, clockMHz: number, areaUm2: number): number {
  return (2 * macsPerCycle * clockMHz * 1e6) / 1e12 / (areaUm2 / 1e6);
}

/** Timed: the zero-delay energy per MAC (pJ) of the same estimate, the glitch term taken out. */
function zeroDelayPj(p: PowerFigures): number {
  return r4(p.zeroDelayPerMac! / 1000);
}

/** The design's area and energy per MAC at a given clock (estimate level); timed: the zero-delay figure beside. */
function estimateAt(
  x: EstimatedDesign,
  o: ReproduceOptions,
  clockMHz: number,
): { areaUm2: number; energyPerMacPj: number; zeroDelayPj?: number } {
  const e = estimate(x.design, {
    tech: o.tech,
    workload: x.workload,
    freqMHz: clockMHz,
    ...(o.clockGating ? { clockGating: true } : {}),
    ...(o.activity === 'timed' ? { activity: 'timed' as const } : {}),
  }).value!;
  return {
    areaUm2: r2(e.area.total),
    energyPerMacPj: r4(e.power!.atFreq!.perMac / 1000),
    ...(o.activity === 'timed' ? { zeroDelayPj: zeroDelayPj(e.power!.atFreq!) } : {}),
  };
}

/** The row of one pair from the two designs' figures (any level). */
export function pairRow(
  p: ReproducePair,
  level: ReproduceLevel,
  base: DesignFigures,
  vari: DesignFigures,
  iso: {
    clockMHz: number;
    note?: string;
    base: { areaUm2: number; energyPerMacPj: number };
    vari: { areaUm2: number; energyPerMacPj: number };
  },
): ReproduceRow {
  const isoAe = vari.macsPerCycle / iso.vari.areaUm2 / (base.macsPerCycle / iso.base.areaUm2);
  return {
    architecture: p.architecture,
    baseline: base.file,
    variant: vari.file,
    level,
    areaEfficiency: { published: p.published.areaEfficiency, measured: r4(vari.topsPerMm2 / base.topsPerMm2) },
    energyEfficiency: { published: p.published.energyEfficiency, measured: r4(base.energyPerMacPj / vari.energyPerMacPj) },
    clockMHz: { baseline: base.clockMHz, variant: vari.clockMHz },
    ratios: {
      area: r4(vari.areaUm2 / base.areaUm2),
      clock: r4(vari.clockMHz / base.clockMHz),
      macsPerCycle: r4(vari.macsPerCycle / base.macsPerCycle),
      energyPerMac: r4(vari.energyPerMacPj / base.energyPerMacPj),
    },
    isoClock: {
      clockMHz: iso.clockMHz,
      ...(iso.note ? { note: iso.note } : {}),
      areaUm2: { baseline: iso.base.areaUm2, variant: iso.vari.areaUm2 },
      energyPerMacPj: { baseline: iso.base.energyPerMacPj, variant: iso.vari.energyPerMacPj },
      areaEfficiency: r4(isoAe),
      energyEfficiency: r4(iso.base.energyPerMacPj / iso.vari.energyPerMacPj),
    },
    designs: { baseline: base, variant: vari },
  };
}

/** The iso clock of a pair: the baseline's, or the variant's where it cannot reach that. */
export function isoClockOf(base: DesignFigures, vari: DesignFigures): { clockMHz: number; note?: string } {
  if (vari.clockMHz >= base.clockMHz) return { clockMHz: base.clockMHz };
  return {
    clockMHz: vari.clockMHz,
    note: `the variant's highest clock (${vari.clockMHz} MHz) is below the baseline's (${base.clockMHz} MHz): both at the variant's`,
  };
}

/** The estimate level of every pair. Designs shared by pairs are estimated once. */
export function reproduceEstimates(o: ReproduceOptions): Result<ReproduceResult> {
  const pairs = o.pairs ?? REPRODUCE_PAIRS;
  const small = o.small === true;
  const files = [
    ...new Set(
      pairs.flatMap((p) => {
        const f = pairFiles(p, small);
        return [f.baseline, f.variant];
      }),
    ),
  ];
  const done = new Map<string, EstimatedDesign>();
  const diagnostics: Diagnostic[] = [];
  files.forEach((f, i) => {
    o.onDesign?.(f, i, files.length);
    const shrinkIt = pairs.some((p) => {
      const x = pairFiles(p, small);
      return x.shrink && (x.baseline === f || x.variant === f);
    });
    const d = loadPairDesign(o.root, f, shrinkIt);
    if (!d.value) {
      diagnostics.push(...d.diagnostics);
      return;
    }
    const e = estimateFigures(f, d.value, o, shrinkIt);
    if (!e.value) {
      diagnostics.push(...e.diagnostics);
      return;
    }
    done.set(f, e.value);
  });
  if (diagnostics.some((x) => x.severity === 'error')) return { diagnostics };
  const rows = pairs.map((p) => {
    const f = pairFiles(p, small);
    const b = done.get(f.baseline)!,
      v = done.get(f.variant)!;
    const iso = isoClockOf(b.figures, v.figures);
    const bi = estimateAt(b, o, iso.clockMHz),
      vi = estimateAt(v, o, iso.clockMHz);
    const row = pairRow(p, 'estimate', b.figures, v.figures, {
      ...iso,
      base: { areaUm2: bi.areaUm2, energyPerMacPj: bi.energyPerMacPj },
      vari: { areaUm2: vi.areaUm2, energyPerMacPj: vi.energyPerMacPj },
    });
    if (o.activity !== 'timed') return row;
    const zb = b.figures.zeroDelayEnergyPerMacPj!,
      zv = v.figures.zeroDelayEnergyPerMacPj!;
    return {
      ...row,
      energyActivity: 'timed' as const,
      zeroDelay: {
        energyPerMacPj: { baseline: zb, variant: zv },
        energyEfficiency: r4(zb / zv),
        isoClock: {
          energyPerMacPj: { baseline: bi.zeroDelayPj!, variant: vi.zeroDelayPj! },
          energyEfficiency: r4(bi.zeroDelayPj! / vi.zeroDelayPj!),
        },
      },
    };
  });
  return {
    value: {
      source: PUBLISHED_SOURCE,
      workload: { gemm: `${o.shape.M}x${o.shape.N}x${o.shape.K}`, data: formatDist(o.dist), seed: o.seed },
      tech: o.tech.name,
      ...(o.activity === 'timed'
        ? {
            note: "Energy with timed activity: the zero-delay estimate plus the fitted glitch term (docs/TECH.md section 4: the product datapath's energy x the glitch rate per ps of its limiting stage's logic depth beyond the onset; two global factors fitted on the timed gate level of the `--small` designs).",
          }
        : {}),
      rows,
    },
    diagnostics,
  };
}
