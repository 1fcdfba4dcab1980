// `tpe estimate design.tpe --gemm MxNxK [--tech generic|ihp-sg13g2|file.json] [--freq MHz]
// [--dist D] [--seed S] [--json]`: area, timing and power of a design on a workload
// (docs/TECH.md). Power comes from the simulator's toggle counts on the generated operands.
import type { Command } from 'commander';
import { estimate, loadTech, type Estimate, type Workload } from '../../cost/index.js';
import { renderEstimate } from '../../cost/report/render.js';
import { arrayShape, gemmSizeProblem, parseGemmShape, type Design, type Diagnostic } from '../../ir/index.js';
import { generateMatrix, parseDist, simulate } from '../../simulator/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { load, printDiagnostics } from './dsl-io.js';
import type { RegisterCommand } from './index.js';

export interface EstimateFlags {
  gemm?: string;
  tech?: string;
  freq?: string;
  dist: string;
  seed: string;
  json?: boolean;
}

function usage(ctx: CommandContext, cmd: string, msg: string): void {
  ctx.stderr(`error: ${msg}\n(run tpe ${cmd} --help for usage)\n`);
  raise(ctx, EXIT.USAGE);
}

/** Loads, simulates (for activity) and estimates one design; diagnostics are printed. */
export function estimateFile(ctx: CommandContext, cmd: string, file: string, o: EstimateFlags): { design: Design; est: Estimate } | undefined {
  const freq = o.freq === undefined ? undefined : Number(o.freq);
  if (freq !== undefined && !(freq > 0)) { usage(ctx, cmd, `--freq expects a positive number of MHz, got "${o.freq}"`); return undefined; }
  const shape = o.gemm === undefined ? undefined : parseGemmShape(o.gemm);
  if (o.gemm !== undefined && !shape) { usage(ctx, cmd, `--gemm expects MxNxK with positive integers (e.g. 64x64x128), got "${o.gemm}"`); return undefined; }
  const tooBig = shape && gemmSizeProblem(shape);
  if (tooBig) { usage(ctx, cmd, `--gemm ${tooBig}`); return undefined; }
  const seed = Number(o.seed);
  if (!Number.isSafeInteger(seed)) { usage(ctx, cmd, `--seed expects an integer, got "${o.seed}"`); return undefined; }
  const parsed = load(ctx, file);
  if (!parsed.value) { printDiagnostics(ctx, parsed.diagnostics); raise(ctx, EXIT.INPUT); return undefined; }
  const des = parsed.value;
  const techSpec = o.tech ?? des.technology;
  const tech = loadTech(techSpec, ctx.cwd);
  if (!tech.value) { printDiagnostics(ctx, tech.diagnostics.map((d): Diagnostic => (o.tech ? d : { ...d, span: des.span, message: `${d.message} (named by the design's technology)` }))); raise(ctx, EXIT.INPUT); return undefined; }
  let workload: Workload | undefined;
  if (shape) {
    const dist = parseDist(o.dist);
    if (!dist.value) { printDiagnostics(ctx, dist.diagnostics); raise(ctx, EXIT.USAGE); return undefined; }
    const a = generateMatrix(shape.M, shape.K, des.types.A, dist.value, seed);
    const b = generateMatrix(shape.K, shape.N, des.types.B, dist.value, seed + 1);
    const sim = simulate(des, a, b, { wrap: true });
    if (!sim.value) { printDiagnostics(ctx, sim.diagnostics); raise(ctx, EXIT.INPUT); return undefined; }
    workload = { macs: sim.value.macs, cycles: sim.value.cycles.total, toggles: sim.value.toggles };
  }
  const r = estimate(des, { tech: tech.value, ...(freq !== undefined ? { freqMHz: freq } : {}), ...(workload ? { workload } : {}) });
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
    .option('--seed <n>', 'PRNG seed (A uses seed, B seed+1)', '1')
    .option('--json', 'print the estimate as JSON')
    .action((file: string, o: EstimateFlags) => {
      const r = estimateFile(ctx, 'estimate', file, o);
      if (!r) return;
      if (o.json) ctx.stdout(JSON.stringify({ ...r.est, gemm: o.gemm ?? null }, null, 2) + '\n');
      else ctx.stdout(renderEstimate(r.est, estimateHeader(r.design, r.est, o.gemm)));
    });
};
