// `tpe reproduce [--synth] [--activity toggles|timed] [--clock-gating] [--json] [-o docs/REPRODUCTION.md] [--small]
// [--gemm MxNxK] [--dist D] [--seed S] [--tech T]`: the paper's baseline-vs-OPT comparisons
// regenerated with the toolkit's own designs (issue 11; pipeline/reproduce*.ts): the published
// ratios beside the measured ones, from estimates and, with --synth, from timing-driven synthesis
// and gate-level power (zero-delay toggles by default; --activity timed counts glitches: the fitted glitch term at the estimate level, SDF-timed simulation at the synthesis level).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadTech } from '../../cost/index.js';
import {
  DEFAULT_DIST,
  DEFAULT_SEED,
  DIST_HELP,
  SEED_HELP,
  REPRODUCE_SAMPLE_MACS,
  parseDistribution,
  parseGemm,
  parseSeed,
  REPRODUCE_PAIRS,
  renderReproduction,
  reproduceEstimates,
  reproduceSynthesis,
  SYNTH_ENERGY_ACTIVITIES,
  SYNTH_GEMM_CUT,
  spliceGenerated,
  type SynthEnergyActivity,
  SYNTH_MARKS,
  type ReproducePair,
  type ReproduceResult,
} from '../../pipeline/index.js';
import { repoRoot, STA_INSTALL, staStatus } from '../../synth/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { writeOutput } from '../files.js';
import { stepper } from '../progress.js';
import { printDiagnostics } from './dsl-io.js';
import type { RegisterCommand } from './index.js';

export const DEFAULT_REPRODUCE_GEMM = '256x256x256';

interface ReproduceFlags {
  synth?: boolean;
  json?: boolean;
  out?: string;
  small?: boolean;
  gemm: string;
  dist: string;
  seed: string;
  tech: string;
  sampleMacs?: string;
  cache: string | false;
  pair?: string[];
  activity: string;
  clockGating?: boolean;
}

const usage = (ctx: CommandContext, msg: string) => {
  ctx.stderr(`error: ${msg}\n(run tpe reproduce --help for usage)\n`);
  raise(ctx, EXIT.USAGE);
};

/** The command line that regenerates this output (written into the Markdown). */
function commandLine(o: ReproduceFlags): string {
  const parts = ['tpe reproduce'];
  if (o.synth) parts.push('--synth');
  if (o.activity !== 'toggles') parts.push(`--activity ${o.activity}`);
  if (o.clockGating) parts.push('--clock-gating');
  if (o.small) parts.push('--small');
  if (o.pair) parts.push(`--pair ${o.pair.join(' ')}`);
  if (o.gemm !== DEFAULT_REPRODUCE_GEMM) parts.push(`--gemm ${o.gemm}`);
  if (o.dist !== DEFAULT_DIST) parts.push(`--dist ${o.dist}`);
  if (o.seed !== DEFAULT_SEED) parts.push(`--seed ${o.seed}`);
  if (o.tech !== 'ihp-sg13g2') parts.push(`--tech ${o.tech}`);
  if (o.sampleMacs !== undefined) parts.push(`--sample-macs ${o.sampleMacs}`);
  if (o.out) parts.push(`-o ${o.out}`);
  return parts.join(' ');
}

export const registerReproduce: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('reproduce')
    .description("regenerate the published baseline-vs-OPT comparisons (area and energy efficiency) from the toolkit's own designs")
    .option(
      '--synth',
      `also from timing-driven synthesis, OpenSTA timing and toggle-accurate gate-level power of a cut GEMM (M, N <= ${SYNTH_GEMM_CUT.M}, K <= ${SYNTH_GEMM_CUT.K}); cached by content in --cache. With --small (2x2 forms) about 25 min cold, about 10 min with synthesis cached (the gate-level simulations rerun); at the published sizes (16x16 arrays, cube 8x8x8) hours cold`,
    )
    .option('--json', 'print { rows: [...] } as JSON')
    .option(
      '-o, --out <file>',
      'write the Markdown (or with --json the JSON) to this file; an existing file keeps what lies outside the generated markers',
    )
    .option(
      '--pair <names...>',
      'only these comparisons: words of their architecture column (e.g. systolic, cube, tree, matrix, bit-slice), or their 1-based numbers',
    )
    .option(
      '--activity <mode>',
      "the energy's activity: toggles (zero-delay, no glitches) or timed (glitch-aware): at the estimate level the fitted glitch term (seconds); with --synth the gate-level simulation with OpenSTA's SDF cell delays and inertial pulses (several times slower; the same runs' zero-delay ratios are shown beside)",
      'toggles',
    )
    .option(
      '--clock-gating',
      'every design (baselines included) with automatic clock gating (banks of >= 3 enable flip-flops behind one ICG): the estimates model it (enable duty 1 where unknown); with --synth, synthesized so and the gated clocks simulated',
    )
    .option('--small', 'the CI forms of every pair: 2x2 arrays (cube 2x2x2)')
    .option('--gemm <MxNxK>', 'workload shape', DEFAULT_REPRODUCE_GEMM)
    .option('--dist <dist>', DIST_HELP, DEFAULT_DIST)
    .option('--seed <n>', SEED_HELP, DEFAULT_SEED)
    .option('--tech <tech>', 'technology table of the estimates (ps and fJ: ihp-sg13g2 or a derived JSON table)', 'ihp-sg13g2')
    .option('--sample-macs <n>', `stepped MACs per design for toggle activity (fast simulation level; default ${REPRODUCE_SAMPLE_MACS})`)
    .option('--cache <dir>', 'synthesis: reuse results for unchanged Verilog from this folder', '.tpe-cache/synth')
    .option('--no-cache', 'synthesis: synthesize every design again')
    .action(async (o: ReproduceFlags) => {
      const shape = parseGemm(o.gemm);
      if (!shape.value) {
        printDiagnostics(ctx, shape.diagnostics);
        return raise(ctx, EXIT.USAGE);
      }
      if (!(SYNTH_ENERGY_ACTIVITIES as readonly string[]).includes(o.activity))
        return usage(ctx, `--activity expects ${SYNTH_ENERGY_ACTIVITIES.join(' or ')}, got "${o.activity}"`);
      const seed = parseSeed(o.seed);
      if (seed.value === undefined) {
        printDiagnostics(ctx, seed.diagnostics);
        return raise(ctx, EXIT.USAGE);
      }
      const dist = parseDistribution(o.dist);
      if (!dist.value) {
        printDiagnostics(ctx, dist.diagnostics);
        return raise(ctx, EXIT.USAGE);
      }
      let sampleMacs: number | undefined;
      if (o.sampleMacs !== undefined) {
        sampleMacs = Number(o.sampleMacs);
        if (!/^\d+$/.test(o.sampleMacs) || !(sampleMacs >= 1))
          return usage(ctx, `--sample-macs expects a positive integer, got "${o.sampleMacs}"`);
      }
      const tech = loadTech(o.tech, ctx.cwd);
      if (!tech.value) {
        printDiagnostics(ctx, tech.diagnostics);
        return raise(ctx, EXIT.INPUT);
      }
      if (tech.value.units.delay !== 'ps' || tech.value.units.energy !== 'fJ') {
        ctx.stderr(
          `error: tpe reproduce needs a technology table in ps and fJ (clocks in MHz, energy in pJ); ${tech.value.name} is in ${tech.value.units.delay} and ${tech.value.units.energy}\n  = hint: pass --tech ihp-sg13g2, or a table derived from a liberty (tpe tech derive)\n`,
        );
        return raise(ctx, EXIT.INPUT);
      }
      let pairs: readonly ReproducePair[] = REPRODUCE_PAIRS;
      if (o.pair) {
        const want = o.pair.flatMap((x) => x.split(',')).filter((x) => x !== '');
        const hit = (p: ReproducePair, i: number, w: string) =>
          /^\d+$/.test(w) ? String(i + 1) === w : p.architecture.toLowerCase().includes(w.toLowerCase());
        const bad = want.filter((w) => !REPRODUCE_PAIRS.some((p, i) => hit(p, i, w)));
        if (bad.length)
          return usage(
            ctx,
            `--pair: no comparison matches ${bad.map((b) => `"${b}"`).join(', ')}; the comparisons are ${REPRODUCE_PAIRS.map((p, i) => `${i + 1} ${p.architecture}`).join('; ')}`,
          );
        pairs = REPRODUCE_PAIRS.filter((p, i) => want.some((w) => hit(p, i, w)));
      }
      const step = stepper(ctx, { quiet: o.json === true });
      let bar: ReturnType<typeof step> | undefined;
      const results: ReproduceResult[] = [];
      const est = reproduceEstimates({
        root: repoRoot(),
        tech: tech.value,
        shape: shape.value,
        dist: dist.value,
        seed: seed.value,
        small: o.small === true,
        pairs,
        ...(sampleMacs !== undefined ? { sampleMacs } : {}),
        ...(o.clockGating ? { clockGating: true } : {}),
        ...(o.activity === 'timed' ? { activity: 'timed' as const } : {}),
        onDesign: (f, i, n) => {
          if (!bar) bar = step('reproduce: estimates', n);
          bar.update(i, f);
        },
      });
      if (est.value) bar?.update(est.value.rows.length ? new Set(est.value.rows.flatMap((r) => [r.baseline, r.variant])).size : 0);
      bar?.done(est.value ? 'ok' : 'failed');
      printDiagnostics(ctx, est.diagnostics);
      if (!est.value) return raise(ctx, EXIT.INPUT);
      results.push(est.value);
      if (o.synth) {
        const st = staStatus();
        if (!st.ok) {
          ctx.stderr(`error: tpe reproduce --synth needs OpenSTA: ${st.message ?? 'sta not found'}\n  = hint: ${STA_INSTALL}\n`);
          return raise(ctx, EXIT.TOOL);
        }
        const syn = await reproduceSynthesis({
          root: repoRoot(),
          tech: tech.value,
          shape: shape.value,
          dist: dist.value,
          seed: seed.value,
          small: o.small === true,
          pairs,
          estimates: est.value,
          activity: o.activity as SynthEnergyActivity,
          ...(o.clockGating ? { clockGating: true } : {}),
          ...(o.cache !== false ? { cacheDir: resolve(ctx.cwd, o.cache) } : {}),
          onStep: (line) => ctx.stderr(`reproduce --synth: ${line}\n`),
        });
        printDiagnostics(ctx, syn.diagnostics);
        if (!syn.value) return raise(ctx, EXIT.INPUT);
        results.push(syn.value);
      }
      const text = o.json
        ? JSON.stringify(
            { source: est.value.source, workload: est.value.workload, tech: est.value.tech, rows: results.flatMap((r) => r.rows) },
            null,
            2,
          ) + '\n'
        : renderReproduction(results, commandLine(o), o.synth ? SYNTH_MARKS : undefined);
      if (!o.out || o.out === '-') {
        ctx.stdout(text);
        return;
      }
      let existing: string | undefined;
      if (!o.json) {
        try {
          existing = readFileSync(resolve(ctx.cwd, o.out), 'utf8');
        } catch {
          /* a new file */
        }
      }
      if (writeOutput(ctx, o.out, o.json ? text : spliceGenerated(existing, text, o.synth ? SYNTH_MARKS : undefined)))
        ctx.stderr(`reproduce: wrote ${o.out}\n`);
    });
};
