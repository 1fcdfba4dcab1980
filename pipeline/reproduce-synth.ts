// `tpe reproduce --synth` (issue 11): the synthesis level of the baseline-vs-OPT comparisons.
// Every design at its own highest clock as synthesis finds it, its area from that netlist, its
// energy per MAC from toggle-accurate gate-level power of a cut GEMM of the same data, and the
// estimate at the same clock beside every figure.
//
// The clock rule (`synthClock`): synthesize the design area-oriented and time that netlist with
// OpenSTA (clock-to-Q and setup included): its critical path P is the first candidate period
// (rounded up to 0.01 ns). Timing-driven synthesis at P (synth/at-clock.ts: the smallest adder
// architecture that OpenSTA signs off); if that misses, the next relaxed candidate, P x 1.1,
// 1.2, 1.35, 1.5, 1.75, 2; the first clock met is the design's clock. Where P itself is met, the
// search goes down (P is the area-oriented netlist's period, not the design's limit: in the
// bit-slice arrays an unbuffered run flag with 316-356 loads takes 3.2-3.6 ns of it, which
// timing-driven synthesis buffers away): first to ABC's period of that netlist (mapping delay
// plus the register overhead) where lower, then in steps of 0.95 x the last met clock (or the met
// netlist's own OpenSTA period where lower) until a clock is missed (at most 6 tries). Met at a
// relaxed step, it goes down the same way from the met netlist's own OpenSTA period, never to a
// clock already missed. The last met is the design's clock.
// A design that meets none is an error (never a silent number).
//
// The cut GEMM: M and N at most 16, K at most 64 of the asked shape (16x16x64 for the default
// 256x256x256), operands from the same distribution and seeds; the netlist simulated on it with
// the RTL testbench's stimulus, its C checked against the exact GEMM (power/index.ts). MACs per
// cycle come from the exact cycles of the full GEMM (the estimate level's simulation; equal to the
// RTL's by `tpe verify`), so area efficiency differs between the levels by area and clock only.
//
// The iso-clock view: both designs synthesized (timing-driven) at the baseline's clock and their
// gate-level energy measured there (at the variant's clock where it cannot reach the baseline's).
// Everything is cached by content in the synthesis cache (the same Verilog, clock and liberty are
// synthesized once).
//
// The energy's activity (`activity`): `toggles` (default) is the zero-delay gate-level simulation
// (every net settles once per evaluation, no glitches); `timed` is the glitch-aware one
// (power/timed.ts: OpenSTA's SDF cell delays, inertial pulses), whose run also gives the
// zero-delay figures of the same stimulus, kept beside the timed ones (`zeroDelay*`).
import { readFileSync } from 'node:fs';
import { estimate, type TechTable } from '../cost/index.js';
import type { Design, Diagnostic, GemmShape, Result } from '../ir/index.js';
import { clockTargetParams, readLibertyModel, type LibertyModel } from '../power/index.js';
import { designPower, type DesignPower } from '../power/flow.js';
import { emitDesign } from '../rtl/index.js';
import { generateMatrix, simulate, type Dist } from '../simulator/index.js';
import { runSta, sharedLibertyPath, synthesize, synthesizeAtClock, type AtClockReport } from '../synth/index.js';
import { REPRODUCE_PAIRS, type ReproducePair } from './reproduce-pairs.js';
import {
  designInfo,
  isoClockOf,
  loadPairDesign,
  pairFiles,
  pairRow,
  topsPerMm2,
  type DesignFigures,
  type ReproduceResult,
} from './reproduce.js';

/** Relaxation steps of the clock rule, over the area-oriented netlist's OpenSTA period. */
export const SYNTH_CLOCK_STEPS = [1, 1.1, 1.2, 1.35, 1.5, 1.75, 2] as const;
/**
 * From the first clock met the search goes down: each step to at most this share of the last met
 * clock (or its netlist's own OpenSTA period where lower; from P itself the first also to ABC's
 * period of the area-oriented netlist), until a miss.
 */
export const SYNTH_CLOCK_DESCENT = 0.95;
/** The most timing-driven syntheses of the descent below P. */
export const SYNTH_CLOCK_DESCENT_STEPS = 6;
/** The activity of the synthesis level's gate-level energy: zero-delay toggles or timed (glitches counted). */
export type SynthEnergyActivity = 'toggles' | 'timed';
export const SYNTH_ENERGY_ACTIVITIES: readonly SynthEnergyActivity[] = ['toggles', 'timed'];
/** The cut GEMM's limits (M, N, K). */
export const SYNTH_GEMM_CUT = { M: 16, N: 16, K: 64 } as const;

export function cutGemm(s: GemmShape): GemmShape {
  return { M: Math.min(s.M, SYNTH_GEMM_CUT.M), N: Math.min(s.N, SYNTH_GEMM_CUT.N), K: Math.min(s.K, SYNTH_GEMM_CUT.K) };
}

export interface ReproduceSynthOptions {
  root: string;
  tech: TechTable;
  shape: GemmShape;
  dist: Dist;
  seed: number;
  pairs?: readonly ReproducePair[];
  small?: boolean;
  /** The estimate level of the same pairs (its designs' exact MACs per cycle on the full GEMM). */
  estimates: ReproduceResult;
  cacheDir?: string;
  /** The gate-level energy's activity (default toggles: zero-delay). */
  activity?: SynthEnergyActivity;
  /** Synthesize every design (baselines and variants) with automatic clock gating. */
  clockGating?: boolean;
  /** A progress line per design and step. */
  onStep?: (line: string) => void;
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
const ceil2 = (ns: number) => Math.ceil(ns * 100 - 1e-6) / 100;
const err = (code: string, message: string, hint?: string): Diagnostic => ({ code, severity: 'error', message, ...(hint ? { hint } : {}) });

/** The liberty and the clock-target parameters the level synthesizes with. */
interface LibCtx {
  lib: { name: string; text: string };
  model: LibertyModel;
  overheadPs: number;
  constraints: { drivingCell: string; loadFf: number };
}

interface Ctx extends LibCtx {
  o: ReproduceSynthOptions;
  cut: GemmShape;
}

function libCtx(): Result<LibCtx> {
  const libPath = sharedLibertyPath();
  if (!libPath)
    return {
      diagnostics: [
        err(
          'E1020',
          'the IHP liberty is missing: expected third_party/ihp-sg13g2/sg13g2_stdcell_typ_1p20V_25C.lib in the toolkit',
          'reinstall the toolkit',
        ),
      ],
    };
  const lib = { name: 'sg13g2_stdcell_typ_1p20V_25C.lib', text: readFileSync(libPath, 'utf8') };
  const m = readLibertyModel(lib.text, lib.name);
  if (!m.value) return { diagnostics: m.diagnostics };
  const params = clockTargetParams(m.value);
  if (!params) return { diagnostics: [err('E1021', `${lib.name}: no flip-flop timing or buffer for clock targets`)] };
  return {
    value: {
      lib,
      model: m.value,
      overheadPs: params.registerOverheadPs,
      constraints: { drivingCell: params.drivingCell, loadFf: params.loadFf },
    },
    diagnostics: [],
  };
}

/**
 * A design's clock by the level's rule (for scripts that measure at the same clocks, e.g.
 * scripts/timed-pairs.ts), with its timing-driven netlist's report and the liberty used.
 */
export async function reproduceClock(
  d: Design,
  file: string,
  o: { cacheDir?: string; onStep?: (line: string) => void; clockGating?: boolean } = {},
): Promise<Result<{ clockNs: number; at: AtClockReport; lib: { name: string; text: string }; model: LibertyModel }>> {
  const l = libCtx();
  if (!l.value) return { diagnostics: l.diagnostics };
  const r = await synthClock({ ...l.value, ...o }, file, d);
  if (!r.value) return { diagnostics: r.diagnostics };
  return { value: { clockNs: r.value.clockNs, at: r.value.at, lib: l.value.lib, model: l.value.model }, diagnostics: [] };
}

/** The design's highest clock by the rule above, with its timing-driven netlist. */
async function synthClock(
  c: LibCtx & { cacheDir?: string; onStep?: (line: string) => void; clockGating?: boolean },
  file: string,
  d: Design,
): Promise<Result<{ clockNs: number; at: AtClockReport; staAreaPs: number }>> {
  const e = emitDesign(d);
  if (!e.value) return { diagnostics: e.diagnostics };
  c.onStep?.(`${file}: area-oriented synthesis`);
  const area = await synthesize(e.value.files, e.value.top, {
    liberty: c.lib,
    yosys: 'wasm',
    netlist: true,
    ...(c.clockGating ? { clockGating: true } : {}),
    ...(c.cacheDir ? { cacheDir: c.cacheDir } : {}),
  });
  if (!area.value) return { diagnostics: area.diagnostics };
  const guess = ((area.value.criticalPathPs ?? 0) + c.overheadPs) / 1000;
  const sta = await runSta({
    netlist: area.value.netlist!.verilog,
    top: e.value.top,
    liberty: c.lib,
    clockNs: ceil2(Math.max(0.1, guess)),
  });
  if (!sta.value) return { diagnostics: sta.diagnostics };
  const p = sta.value.criticalPathPs / 1000;
  // One flow for every clock of the search (up and down): only the clock differs.
  const { files, top } = e.value;
  const atClock = (clockNs: number) =>
    synthesizeAtClock(files, top, {
      liberty: c.lib,
      clockNs,
      registerOverheadPs: c.overheadPs,
      constraints: c.constraints,
      yosys: 'wasm',
      ...(c.clockGating ? { clockGating: true } : {}),
      ...(c.cacheDir ? { cacheDir: c.cacheDir } : {}),
    });
  const tried: string[] = [];
  for (const f of SYNTH_CLOCK_STEPS) {
    const clockNs = ceil2(p * f);
    if (tried.length && clockNs <= Number(tried[tried.length - 1].split(' ')[0])) continue;
    c.onStep?.(`${file}: timing-driven synthesis at ${clockNs} ns`);
    const at = await atClock(clockNs);
    if (!at.value) return { diagnostics: at.diagnostics };
    if (at.value.met) {
      // The search goes down from the first clock met, until a clock is missed (at most
      // SYNTH_CLOCK_DESCENT_STEPS syntheses), never to a clock already missed. Met at P itself,
      // the area-oriented netlist's period is not the design's limit (an unbuffered high-fan-out
      // net can dominate it, which timing-driven synthesis buffers): the first step goes to the
      // lowest of ABC's period of the area-oriented netlist (its mapping delay plus the register
      // overhead: what that netlist reaches once buffered), the met netlist's own OpenSTA period
      // and SYNTH_CLOCK_DESCENT x the clock. Met at a relaxed step, the first goes to the met
      // netlist's own OpenSTA period (the steps are 10-25% apart). Then each to the lower of the
      // last met netlist's period and SYNTH_CLOCK_DESCENT x its clock; a miss of a larger jump
      // retries at SYNTH_CLOCK_DESCENT x the last met clock, a miss of that step ends the search.
      let best = { clockNs, at: at.value };
      const floor = tried.length ? Number(tried[tried.length - 1].split(' ')[0]) : 0;
      const own = () => ceil2(best.at.sta.criticalPathPs / 1000);
      const step = () => ceil2(best.clockNs * SYNTH_CLOCK_DESCENT);
      let next = f === 1 ? Math.min(ceil2(guess), own(), step()) : own();
      for (let i = 0; i < SYNTH_CLOCK_DESCENT_STEPS && next > floor && next < best.clockNs; i++) {
        c.onStep?.(`${file}: timing-driven synthesis at ${next} ns`);
        const down = await atClock(next);
        if (!down.value) return { diagnostics: down.diagnostics };
        if (down.value.met) {
          best = { clockNs: next, at: down.value };
          next = Math.min(own(), step());
        } else if (next < step()) next = step();
        else break;
      }
      return { value: { ...best, staAreaPs: Math.round(sta.value.criticalPathPs) }, diagnostics: [] };
    }
    tried.push(`${clockNs} ns (OpenSTA ${(at.value.sta.criticalPathPs / 1000).toFixed(3)} ns)`);
  }
  return {
    diagnostics: [
      err(
        'E1402',
        `${file}: timing-driven synthesis meets no clock of the rule: its area-oriented netlist times at ${p.toFixed(3)} ns in OpenSTA; tried ${tried.join(', ')}`,
        'time the design by hand with `tpe synth FILE --clock-sweep`',
      ),
    ],
  };
}

/** Gate-level energy per MAC of the cut GEMM at a clock, and the estimate's on the same workload. */
async function energyAt(
  c: Ctx,
  file: string,
  d: Design,
  clockNs: number,
): Promise<Result<{ pw: DesignPower; estPj: number; estAreaUm2: number; estClockMHz: number; estPeriodPs: number; zeroDelayPj?: number }>> {
  const timed = c.o.activity === 'timed';
  c.o.onStep?.(`${file}: ${timed ? 'timed ' : ''}gate-level power of GEMM ${c.cut.M}x${c.cut.N}x${c.cut.K} at ${clockNs} ns`);
  const pw = await designPower(d, {
    shape: c.cut,
    dist: c.o.dist,
    seed: c.o.seed,
    clockNs,
    activity: timed ? 'timed' : 'toggles',
    liberty: c.lib,
    model: c.model,
    yosys: 'wasm',
    ...(c.o.clockGating ? { clockGating: true } : {}),
    ...(c.o.cacheDir ? { cacheDir: c.o.cacheDir } : {}),
  });
  if (!pw.value) return { diagnostics: pw.diagnostics };
  if (pw.value.energyPerMacPj === undefined || !Number.isFinite(pw.value.energyPerMacPj))
    return { diagnostics: [err('E1403', `${file}: gate-level power at ${clockNs} ns gave no energy per MAC`)] };
  const zd = pw.value.gate?.timed?.zeroDelay;
  if (timed && !zd)
    return { diagnostics: [err('E1403', `${file}: the timed gate-level power at ${clockNs} ns gave no zero-delay figures`)] };
  // The estimate on the same workload (calibration's pairing: the simulated toggles, the netlist's cycles).
  const a = generateMatrix(c.cut.M, c.cut.K, d.types.A, c.o.dist, c.o.seed);
  const b = generateMatrix(c.cut.K, c.cut.N, d.types.B, c.o.dist, c.o.seed + 1);
  const sim = simulate(d, a, b, { wrap: true });
  if (!sim.value) return { diagnostics: sim.diagnostics };
  const w = { macs: sim.value.macs, cycles: pw.value.simulatedCycles ?? sim.value.cycles.total, toggles: sim.value.toggles };
  // The estimate beside it is priced as the netlist is built and simulated: gated, timed.
  const ee = estimate(d, {
    tech: c.o.tech,
    clockNs,
    workload: w,
    ...(c.o.clockGating ? { clockGating: true } : {}),
    ...(timed ? { activity: 'timed' as const } : {}),
  });
  if (!ee.value) return { diagnostics: ee.diagnostics };
  return {
    value: {
      pw: pw.value,
      estPj: r4((ee.value.power?.atClock?.perMac ?? NaN) / 1000),
      estAreaUm2: r2(ee.value.atClock?.area ?? NaN),
      estClockMHz: ee.value.atClock?.fastestMHz ?? NaN,
      estPeriodPs: Math.round(ee.value.atClock?.period ?? NaN),
      ...(zd ? { zeroDelayPj: r4(zd.energyPerMacJ * 1e12) } : {}),
    },
    diagnostics: [],
  };
}

interface SynthDesign {
  figures: DesignFigures;
  design: Design;
  /** Its clock period as synthesized, ns. */
  clockNs: number;
}

async function synthFigures(c: Ctx, file: string, d: Design, est: DesignFigures): Promise<Result<SynthDesign>> {
  const clk = await synthClock(
    {
      ...c,
      ...(c.o.cacheDir ? { cacheDir: c.o.cacheDir } : {}),
      ...(c.o.onStep ? { onStep: c.o.onStep } : {}),
      ...(c.o.clockGating ? { clockGating: true } : {}),
    },
    file,
    d,
  );
  if (!clk.value) return { diagnostics: clk.diagnostics };
  const { clockNs, at } = clk.value;
  const en = await energyAt(c, file, d, clockNs);
  if (!en.value) return { diagnostics: en.diagnostics };
  const pw = en.value.pw;
  const clockMHz = r2(1000 / clockNs);
  const areaUm2 = r2(at.synth.area ?? NaN);
  const ePj = r4(pw.energyPerMacPj!);
  const g = pw.gate!;
  const sh = (x: number) => r4((x / g.energyJ.total) * ePj);
  const figures: DesignFigures = {
    file,
    ...designInfo(d),
    areaUm2,
    clockMHz,
    limiting: `${at.sta.startPoint} -> ${at.sta.endPoint}`,
    periodPs: Math.round(at.sta.criticalPathPs),
    macs: est.macs,
    cycles: est.cycles,
    macsPerCycle: est.macsPerCycle,
    peakMacsPerCycle: est.peakMacsPerCycle,
    energyPerMacPj: ePj,
    topsPerMm2: r4(topsPerMm2(est.macsPerCycle, clockMHz, areaUm2)),
    topsPerW: r4(1 / ePj),
    breakdown: {
      area: [
        ['sequential', r2(at.synth.sequentialArea ?? 0)],
        ['combinational', r2(at.synth.combinationalArea ?? 0)],
      ],
      energy: (
        [
          ['flip-flops', sh(g.energyJ.sequential)],
          ['logic', sh(g.energyJ.combinational)],
        ] as [string, number][]
      ).sort((x, y) => y[1] - x[1]),
    },
    activity: `${g.timed ? `timed gate-level simulation (${g.timed.pulse} pulses, ${g.timed.delaySource} delays)` : 'gate-level simulation'} of GEMM ${pw.gemm} (${pw.simulatedCycles} cycles), ${at.adder} adders, OpenSTA slack ${Math.round(at.sta.slackPs)} ps${g.clockGates ? `, ${g.clockGates.gates} clock gates on ${g.clockGates.gatedFlops} of ${g.clockGates.flops} flip-flops (clocked ${(100 * g.clockGates.enabledFraction).toFixed(1)}% of cycles)` : c.o.clockGating ? ', clock gating: no bank of 3 enable flip-flops' : ''}`,
    ...(est.shrunk ? { shrunk: true } : {}),
    ...(en.value.zeroDelayPj !== undefined ? { zeroDelayEnergyPerMacPj: en.value.zeroDelayPj } : {}),
    estimate: {
      areaUm2: en.value.estAreaUm2,
      clockMHz: en.value.estClockMHz,
      periodPs: en.value.estPeriodPs,
      energyPerMacPj: en.value.estPj,
    },
  };
  return { value: { figures, design: d, clockNs }, diagnostics: [] };
}

/** Area and energy at a given clock (the iso-clock view): timing-driven synthesis there, gate-level power. */
async function figuresAt(
  c: Ctx,
  x: SynthDesign,
  clockNs: number,
): Promise<Result<{ areaUm2: number; energyPerMacPj: number; met: boolean; zeroDelayPj?: number }>> {
  if (clockNs === x.clockNs)
    return {
      value: {
        areaUm2: x.figures.areaUm2,
        energyPerMacPj: x.figures.energyPerMacPj,
        met: true,
        ...(x.figures.zeroDelayEnergyPerMacPj !== undefined ? { zeroDelayPj: x.figures.zeroDelayEnergyPerMacPj } : {}),
      },
      diagnostics: [],
    };
  const en = await energyAt(c, x.figures.file, x.design, clockNs);
  if (!en.value) return { diagnostics: en.diagnostics };
  return {
    value: {
      areaUm2: r2(en.value.pw.synthesis.synth.area ?? NaN),
      energyPerMacPj: r4(en.value.pw.energyPerMacPj!),
      met: en.value.pw.meetsClock,
      ...(en.value.zeroDelayPj !== undefined ? { zeroDelayPj: en.value.zeroDelayPj } : {}),
    },
    diagnostics: [],
  };
}

export async function reproduceSynthesis(o: ReproduceSynthOptions): Promise<Result<ReproduceResult>> {
  const l = libCtx();
  if (!l.value) return { diagnostics: l.diagnostics };
  const lib = l.value.lib;
  const c: Ctx = { ...l.value, o, cut: cutGemm(o.shape) };
  const pairs = o.pairs ?? REPRODUCE_PAIRS;
  const small = o.small === true;
  const activity: SynthEnergyActivity = o.activity ?? 'toggles';
  const estOf = new Map<string, DesignFigures>();
  for (const r of o.estimates.rows) for (const d of [r.designs.baseline, r.designs.variant]) estOf.set(d.file, d);
  const files = [...new Set(pairs.flatMap((p) => [pairFiles(p, small).baseline, pairFiles(p, small).variant]))];
  const done = new Map<string, SynthDesign>();
  const diagnostics: Diagnostic[] = [];
  for (const f of files) {
    const est = estOf.get(f);
    if (!est) {
      diagnostics.push(err('E1404', `${f}: no estimate-level figures to take its MACs per cycle from`));
      continue;
    }
    const d = loadPairDesign(o.root, f, est.shrunk === true);
    if (!d.value) {
      diagnostics.push(...d.diagnostics);
      continue;
    }
    const s = await synthFigures(c, f, d.value, est);
    if (!s.value) {
      diagnostics.push(...s.diagnostics);
      continue;
    }
    o.onStep?.(
      `${f}: ${s.value.figures.clockMHz} MHz, ${Math.round(s.value.figures.areaUm2)} um2, ${s.value.figures.energyPerMacPj.toFixed(3)} pJ/MAC`,
    );
    done.set(f, s.value);
  }
  if (diagnostics.some((x) => x.severity === 'error')) return { diagnostics };
  const rows = [];
  for (const p of pairs) {
    const f = pairFiles(p, small);
    const b = done.get(f.baseline)!,
      v = done.get(f.variant)!;
    const iso = isoClockOf(b.figures, v.figures);
    // The iso clock is one of the two designs' own clocks: its period in ns as synthesized.
    const isoNs = iso.clockMHz === b.figures.clockMHz ? b.clockNs : v.clockNs;
    const bb = await figuresAt(c, b, isoNs);
    if (!bb.value) return { diagnostics: bb.diagnostics };
    const vv = await figuresAt(c, v, isoNs);
    if (!vv.value) return { diagnostics: vv.diagnostics };
    const missed = [!bb.value.met ? f.baseline : '', !vv.value.met ? f.variant : ''].filter((x) => x);
    const note = [
      iso.note,
      missed.length ? `${missed.join(' and ')} misses ${isoNs} ns after timing-driven synthesis (figures of its fastest netlist)` : '',
    ]
      .filter((x) => x)
      .join('; ');
    const row = pairRow(p, 'synthesis', b.figures, v.figures, {
      clockMHz: iso.clockMHz,
      ...(note ? { note } : {}),
      base: { areaUm2: bb.value.areaUm2, energyPerMacPj: bb.value.energyPerMacPj },
      vari: { areaUm2: vv.value.areaUm2, energyPerMacPj: vv.value.energyPerMacPj },
    });
    const zb = b.figures.zeroDelayEnergyPerMacPj,
      zv = v.figures.zeroDelayEnergyPerMacPj;
    const zib = bb.value.zeroDelayPj,
      ziv = vv.value.zeroDelayPj;
    rows.push({
      ...row,
      energyActivity: activity,
      ...(zb !== undefined && zv !== undefined && zib !== undefined && ziv !== undefined
        ? {
            zeroDelay: {
              energyPerMacPj: { baseline: zb, variant: zv },
              energyEfficiency: r4(zb / zv),
              isoClock: { energyPerMacPj: { baseline: zib, variant: ziv }, energyEfficiency: r4(zib / ziv) },
            },
          }
        : {}),
    });
  }
  return {
    value: {
      source: o.estimates.source,
      workload: o.estimates.workload,
      tech: `${o.tech.name} (synthesis: ${lib.name}, Yosys + ABC, OpenSTA)`,
      note: `Each design at its own highest clock as synthesis finds it: its area-oriented netlist timed by OpenSTA gives a period P; timing-driven synthesis at P, else at P x ${SYNTH_CLOCK_STEPS.slice(1).join(', ')} (the first met); then down from the clock met (from P first to ABC's period of the area-oriented netlist where lower; then the met netlist's own OpenSTA period or ${SYNTH_CLOCK_DESCENT} x the last met clock, whichever is lower, never to a clock missed) until a miss, at most ${SYNTH_CLOCK_DESCENT_STEPS} tries (the last met). Area of that netlist; energy per MAC from ${activity === 'timed' ? "timed (glitch-aware) gate-level simulation, OpenSTA's SDF cell delays with inertial pulses (activity timed; the same run's zero-delay figures are in the last table)," : 'toggle-accurate gate-level simulation'} of the cut GEMM ${c.cut.M}x${c.cut.N}x${c.cut.K} (same data and seeds); MACs per cycle from the exact cycles of the full GEMM ${o.estimates.workload.gemm} (as the estimate level). Iso-clock: both synthesized at that clock and measured there.`,
      rows,
    },
    diagnostics,
  };
}
