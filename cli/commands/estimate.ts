// `tpe estimate design.tpe --gemm MxNxK [--tech generic|ihp-sg13g2|file.json] [--freq MHz]
// [--dist D] [--seed S] [--json]`: area, timing and power of a design on a workload
// (docs/TECH.md). Power comes from the simulator's toggle counts on the generated operands.
import type { Command } from 'commander';
import { estimate, loadTech, type Estimate, type TechTable, type Workload } from '../../cost/index.js';
import { renderEstimate } from '../../cost/report/render.js';
import { arrayShape, gemmSizeProblem, parseGemmShape, type Design, type Diagnostic, type GemmShape } from '../../ir/index.js';
import { MAX_SEED, generateMatrix, parseDist, simulate, type Dist } from '../../simulator/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { load, printDiagnostics } from './dsl-io.js';
import { designTech } from './design-tech.js';
import { stepper, type StartStep } from '../progress.js';
import { simulateWithProgress } from '../simulate.js';
import type { RegisterCommand } from './index.js';

export interface EstimateFlags {
  gemm?: string;
  tech?: string;
  freq?: string;
  dist: string;
  seed: string;
  json?: boolean;
}

function usage(ctx: CommandContext, cmd: string, msg: string): undefined {
  ctx.stderr(`error: ${msg}\n(run tpe ${cmd} --help for usage)\n`);
  raise(ctx, EXIT.USAGE);
  return undefined;
}

/** The option values once checked: validated once per command, not once per design file. */
export interface EstimateOptions {
  freq?: number;
  shape?: GemmShape;
  dist: Dist;
  seed: number;
  /** The --tech table when given; otherwise each design's own technology is loaded. */
  tech?: TechTable;
}

/** Checks every option value (usage errors exit 2, an unreadable --tech table exit 1); prints why. */
export function parseEstimateFlags(ctx: CommandContext, cmd: string, o: EstimateFlags): EstimateOptions | undefined {
  const freq = o.freq === undefined ? undefined : Number(o.freq);
  // Number('1e400') is Infinity: a clock must be finite as well as positive.
  if (freq !== undefined && !(freq > 0 && Number.isFinite(freq))) return usage(ctx, cmd, `--freq expects a finite positive number of MHz, got "${o.freq}"`);
  const shape = o.gemm === undefined ? undefined : parseGemmShape(o.gemm);
  if (o.gemm !== undefined && !shape) return usage(ctx, cmd, `--gemm expects MxNxK with positive integers (e.g. 64x64x128), got "${o.gemm}"`);
  const tooBig = shape && gemmSizeProblem(shape);
  if (tooBig) return usage(ctx, cmd, `--gemm ${tooBig}`);
  if (!/^\d+$/.test(o.seed) || Number(o.seed) > MAX_SEED) return usage(ctx, cmd, `--seed expects an integer in 0..${MAX_SEED}, got "${o.seed}"`);
  // Checked even without --gemm (where it goes unused) so a typo is never silently accepted.
  const dist = parseDist(o.dist);
  if (!dist.value) { printDiagnostics(ctx, dist.diagnostics); raise(ctx, EXIT.USAGE); return undefined; }
  let tech: TechTable | undefined;
  if (o.tech !== undefined) {
    const t = loadTech(o.tech, ctx.cwd);
    if (!t.value) { printDiagnostics(ctx, t.diagnostics); raise(ctx, EXIT.INPUT); return undefined; }
    tech = t.value;
  }
  return { ...(freq !== undefined ? { freq } : {}), ...(shape ? { shape } : {}), dist: dist.value, seed: Number(o.seed), ...(tech ? { tech } : {}) };
}

/** Loads, simulates (for activity) and estimates one design; diagnostics are printed. */
export function estimateFile(ctx: CommandContext, file: string, o: EstimateOptions, step: StartStep = stepper(ctx)): { design: Design; est: Estimate } | undefined {
  const parsed = load(ctx, file);
  if (!parsed.value) { printDiagnostics(ctx, parsed.diagnostics); raise(ctx, EXIT.INPUT); return undefined; }
  const des = parsed.value;
  let tech = o.tech;
  if (!tech) {
    tech = designTech(ctx, file, parsed);
    if (!tech) return undefined;
  }
  let workload: Workload | undefined;
  if (o.shape) {
    const a = generateMatrix(o.shape.M, o.shape.K, des.types.A, o.dist, o.seed);
    const b = generateMatrix(o.shape.K, o.shape.N, des.types.B, o.dist, o.seed + 1);
    const sim = simulateWithProgress(step, des, a, b, { wrap: true });
    if (!sim.value) { printDiagnostics(ctx, sim.diagnostics); raise(ctx, EXIT.INPUT); return undefined; }
    workload = { macs: sim.value.macs, cycles: sim.value.cycles.total, toggles: sim.value.toggles };
  }
  const r = estimate(des, { tech, ...(o.freq !== undefined ? { freqMHz: o.freq } : {}), ...(workload ? { workload } : {}) });
  if (!r.value) { printDiagnostics(ctx, r.diagnostics); raise(ctx, EXIT.INPUT); return undefined; }
  return { design: des, est: r.value };
}

export function estimateHeader(des: Design, e: Estimate, gemm?: string): string {
  const s = arrayShape(des);
  const shape = `${s.rows}x${s.cols}${des.architecture === 'cube' ? `x${s.depth}` : ''}`;
  return `${des.name}: ${des.architecture} ${shape}, technology ${e.tech} (${e.units.area}, ${e.units.delay}, ${e.units.energy}, ${e.units.leakage})${gemm ? `, GEMM ${gemm}` : ''}`;
}

export const registerEstimate: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program.command('estimate')
    .description('area, critical path / fmax, power and efficiency of a design on a GEMM workload')
    .argument('<design>', '.tpe design file')
    .option('--gemm <MxNxK>', 'workload shape; needed for power and TOPS/W (toggle counts from the simulator)')
    .option('--tech <tech>', 'generic | ihp-sg13g2 | path to a JSON table (default: the design\'s technology)')
    .option('--freq <MHz>', 'also report power and throughput at this clock')
    .option('--dist <dist>', 'operand distribution: uniform | normal:MEAN,STD | laplace:B', 'normal:0,20')
    .option('--seed <n>', `PRNG seed 0..${MAX_SEED} (A uses seed, B seed+1)`, '1')
    .option('--json', 'print the estimate as JSON')
    .action((file: string, o: EstimateFlags) => {
      const opts = parseEstimateFlags(ctx, 'estimate', o);
      if (!opts) return;
      const r = estimateFile(ctx, file, opts, stepper(ctx, { quiet: o.json === true }));
      if (!r) return;
      if (o.json) ctx.stdout(JSON.stringify({ ...r.est, gemm: o.gemm ?? null }, null, 2) + '\n');
      else ctx.stdout(renderEstimate(r.est, estimateHeader(r.design, r.est, o.gemm)));
    });
};
