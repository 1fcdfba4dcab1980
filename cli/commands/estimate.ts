// `tpe estimate design.tpe --gemm MxNxK [--tech generic|ihp-sg13g2|file.json] [--clock NS]
// [--freq MHz] [--dist D] [--seed S] [--json]`: area, timing and power of a design on a workload
// (docs/TECH.md), and the area and energy at the clock target (--clock, else the design's
// `clock`). Power comes from the simulator's toggle counts on the generated operands
// (pipeline/workload.ts); this file parses options and prints. A missed clock is a warning
// naming the limiting stage and its fmax; with --clock (or --fail-on-missed-clock) it exits 1.
import type { Command } from 'commander';
import { loadTech, type EnergyActivity, type Estimate, type TechTable } from '../../cost/index.js';
import { renderEstimate } from '../../cost/report/render.js';
import { arrayShape, type Design, type Diagnostic, type GemmShape } from '../../ir/index.js';
import {
  DEFAULT_DIST,
  DEFAULT_SEED,
  DIST_HELP,
  SEED_HELP,
  estimateDesign,
  parseDistribution,
  parseGemm,
  parseSeed,
} from '../../pipeline/index.js';
import type { Dist } from '../../simulator/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { FAIL_ON_MISSED, missedClock, parseClockNs } from './clock.js';
import { load, printDiagnostics } from './dsl-io.js';
import { stepper, type StartStep } from '../progress.js';
import { tileProgress } from '../simulate.js';
import type { RegisterCommand } from './index.js';

export interface EstimateFlags {
  gemm?: string;
  tech?: string;
  freq?: string;
  clock?: string;
  dist: string;
  seed: string;
  json?: boolean;
  failOnMissedClock?: boolean;
  clockGating?: boolean;
  activity?: string;
}

function usage(ctx: CommandContext, cmd: string, msg: string): undefined {
  ctx.stderr(`error: ${msg}\n(run tpe ${cmd} --help for usage)\n`);
  raise(ctx, EXIT.USAGE);
  return undefined;
}

/** The option values once checked: validated once per command, not once per design file. */
export interface EstimateOptions {
  freq?: number;
  /** --clock, ns (an explicit target); else each design's own clock. */
  clockNs?: number;
  shape?: GemmShape;
  dist: Dist;
  seed: number;
  /** The --tech table when given; otherwise each design's own technology is loaded. */
  tech?: TechTable;
  /** --clock-gating: price the design as the flow's clock gating builds it. */
  clockGating?: boolean;
  /** --activity timed: the glitch-aware energy (the estimate's glitch term). */
  activity?: EnergyActivity;
}

/** Checks every option value (usage errors exit 2, an unreadable --tech table exit 1); prints why. */
export function parseEstimateFlags(ctx: CommandContext, cmd: string, o: EstimateFlags): EstimateOptions | undefined {
  const clockNs = parseClockNs(ctx, cmd, '--clock', o.clock);
  if (clockNs === null) return undefined;
  const freq = o.freq === undefined ? undefined : Number(o.freq);
  // Number('1e400') is Infinity: a clock must be finite as well as positive.
  if (freq !== undefined && !(freq > 0 && Number.isFinite(freq)))
    return usage(ctx, cmd, `--freq expects a finite positive number of MHz, got "${o.freq}"`);
  const usageDiags = (r: { diagnostics: readonly Diagnostic[] }) => {
    printDiagnostics(ctx, r.diagnostics);
    raise(ctx, EXIT.USAGE);
    return undefined;
  };
  if (o.activity !== undefined && o.activity !== 'toggles' && o.activity !== 'timed')
    return usage(ctx, cmd, `--activity expects toggles or timed, got "${o.activity}"`);
  const shape = o.gemm === undefined ? undefined : parseGemm(o.gemm);
  if (shape && !shape.value) return usageDiags(shape);
  const seed = parseSeed(o.seed);
  if (seed.value === undefined) return usageDiags(seed);
  // Checked even without --gemm (where it goes unused) so a typo is never silently accepted.
  const dist = parseDistribution(o.dist);
  if (!dist.value) return usageDiags(dist);
  let tech: TechTable | undefined;
  if (o.tech !== undefined) {
    const t = loadTech(o.tech, ctx.cwd);
    if (!t.value) {
      printDiagnostics(ctx, t.diagnostics);
      raise(ctx, EXIT.INPUT);
      return undefined;
    }
    tech = t.value;
  }
  return {
    ...(freq !== undefined ? { freq } : {}),
    ...(clockNs !== undefined ? { clockNs } : {}),
    ...(shape?.value ? { shape: shape.value } : {}),
    dist: dist.value,
    seed: seed.value,
    ...(tech ? { tech } : {}),
    ...(o.clockGating ? { clockGating: true } : {}),
    ...(o.activity === 'timed' ? { activity: 'timed' as const } : {}),
  };
}

/** Loads and estimates one design (pipeline/workload.ts); diagnostics are printed. */
export function estimateFile(
  ctx: CommandContext,
  file: string,
  o: EstimateOptions,
  step: StartStep = stepper(ctx),
): { design: Design; est: Estimate } | undefined {
  const parsed = load(ctx, file);
  if (!parsed.value) {
    printDiagnostics(ctx, parsed.diagnostics);
    raise(ctx, EXIT.INPUT);
    return undefined;
  }
  const des = parsed.value;
  const progress = o.shape ? tileProgress(step, des, o.shape) : undefined;
  const r = estimateDesign(
    des,
    {
      ...(o.tech ? { tech: o.tech } : {}),
      ...(o.shape ? { shape: o.shape } : {}),
      dist: o.dist,
      seed: o.seed,
      ...(o.freq !== undefined ? { freqMHz: o.freq } : {}),
      ...(o.clockNs !== undefined ? { clockNs: o.clockNs } : {}),
      ...(o.clockGating ? { clockGating: true } : {}),
      ...(o.activity ? { activity: o.activity } : {}),
      ...(progress ? { onTile: progress.onTile } : {}),
    },
    ctx.cwd,
  );
  progress?.done(r.value !== undefined);
  if (!r.value) {
    printDiagnostics(ctx, r.diagnostics);
    raise(ctx, EXIT.INPUT);
    return undefined;
  }
  return { design: des, est: r.value };
}

/**
 * Says when the design misses its clock (--clock, or the header's) or runs slower than --freq:
 * the limiting stage and its fmax. An explicit --clock missed exits 1; the header's clock and
 * --freq only warn, unless --fail-on-missed-clock.
 */
export function clockWarnings(ctx: CommandContext, des: Design, e: Estimate, o: EstimateOptions, failOnMissed?: boolean): void {
  const a = e.atClock;
  if (a && !a.meetsClock) {
    const fm = a.fmaxMHz !== undefined ? `fmax ${a.fmaxMHz.toFixed(1)} MHz, ` : '';
    missedClock(
      ctx,
      { explicit: o.clockNs !== undefined, failOnMissed },
      `${des.name} misses its ${a.clockNs} ns clock${o.clockNs === undefined ? " (the design's clock)" : ''}: limiting stage "${a.limiting}", ${fm}period ${a.period.toFixed(1)} ${e.units.delay} even with ${a.adder} adders`,
    );
  }
  const fmax = e.timing.fmaxMHz ?? e.timing.referenceFmaxMHz;
  if (o.freq !== undefined && fmax !== undefined && o.freq > fmax) {
    const via = e.timing.fmaxMHz === undefined ? ' in the library the table was normalized from' : '';
    missedClock(
      ctx,
      { explicit: false, failOnMissed },
      `${des.name}: --freq ${o.freq} MHz is above the estimated fmax ${fmax.toFixed(1)} MHz${via} (limiting stage "${e.timing.limiting}"); the figures at --freq assume a clock the design does not meet`,
    );
  }
}

/** The JSON of an estimate: the at-clock fields first (the issue's names), then everything. */
export function estimateJson(e: Estimate, gemm: string | undefined): Record<string, unknown> {
  const a = e.atClock;
  const um2 = e.units.area === 'um2';
  const pc = e.power?.atClock;
  return {
    clockNs: a?.clockNs ?? null,
    areaUm2: a && um2 ? a.area : null,
    meetsClock: a?.meetsClock ?? null,
    energyPerMacPj: pc && e.units.energy === 'fJ' ? Math.round(pc.perMac) / 1000 : null,
    activity: e.power?.activity ?? null,
    ...e,
    gemm: gemm ?? null,
  };
}

export function estimateHeader(des: Design, e: Estimate, gemm?: string): string {
  const s = arrayShape(des);
  const shape = `${s.rows}x${s.cols}${s.depth > 1 ? `x${s.depth}` : ''}`;
  return `${des.name}: ${des.architecture} ${shape}, technology ${e.tech} (${e.units.area}, ${e.units.delay}, ${e.units.energy}, ${e.units.leakage})${gemm ? `, GEMM ${gemm}` : ''}`;
}

export const registerEstimate: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('estimate')
    .description('area, critical path / fmax, power and efficiency of a design on a GEMM workload')
    .argument('<design>', '.tpe design file')
    .option('--gemm <MxNxK>', 'workload shape; needed for power and TOPS/W (toggle counts from the simulator)')
    .option('--tech <tech>', "generic | ihp-sg13g2 | path to a JSON table (default: the design's technology)")
    .option('--clock <ns>', "area and energy at this clock target (default: the design's clock); a missed --clock exits 1")
    .option('--freq <MHz>', 'also report power and throughput at this clock')
    .option('--dist <dist>', DIST_HELP, DEFAULT_DIST)
    .option('--seed <n>', SEED_HELP, DEFAULT_SEED)
    .option('--json', 'print the estimate as JSON')
    .option(
      '--clock-gating',
      'price the design as synthesis with clock gating builds it (ICG per bank of >= 3 flip-flops sharing an enable)',
    )
    .option(
      '--activity <mode>',
      "the energy's activity: toggles (as the zero-delay gate level, no glitches) or timed (as the glitch-aware gate level, SDF delays: the fitted glitch term added; docs/TECH.md section 4)",
      'toggles',
    )
    .option(FAIL_ON_MISSED[0], FAIL_ON_MISSED[1])
    .action((file: string, o: EstimateFlags) => {
      const opts = parseEstimateFlags(ctx, 'estimate', o);
      if (!opts) return;
      const r = estimateFile(ctx, file, opts, stepper(ctx, { quiet: o.json === true }));
      if (!r) return;
      if (o.json) ctx.stdout(JSON.stringify(estimateJson(r.est, o.gemm), null, 2) + '\n');
      else ctx.stdout(renderEstimate(r.est, estimateHeader(r.design, r.est, o.gemm)));
      clockWarnings(ctx, r.design, r.est, opts, o.failOnMissedClock);
    });
};
