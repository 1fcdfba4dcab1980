// `tpe verify design.tpe --gemm MxNxK[,MxNxK...] --trials N --seed S [--sim verilator|cxxrtl]
// [--a A.npy --b B.npy] [--json] [--vcd DIR [--vcd-case n,...]]`: the emitted RTL against the exact
// reference and the simulator, value for value and cycle for cycle; with --vcd the waveform of
// every failing (and each chosen) case for GTKWave. Exit 1 on any mismatch, 3 when a tool is missing.
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Diagnostic, GemmShape, IntMatrix } from '../../ir/index.js';
import { DEFAULT_SEED, parseGemmList, parseSeed, readOperands } from '../../pipeline/index.js';
import { MAX_SEED } from '../../simulator/index.js';
import { defaultBackend, verifyDesign } from '../../rtl/verify.js';
import type { Backend } from '../../rtl/sim/testbench.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { load, prepareDir, printDiagnostics } from './dsl-io.js';
import { stepper } from '../progress.js';
import type { RegisterCommand } from './index.js';

interface Flags {
  gemm?: string;
  trials: string;
  seed: string;
  sim?: string;
  a?: string;
  b?: string;
  json?: boolean;
  edges: boolean;
  cache: string;
  vcd?: string;
  vcdCase?: string;
}

/** Random trials per shape: each is a GEMM held in memory and run through the RTL. */
export const MAX_TRIALS = 10_000;

export const registerVerify: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('verify')
    .description('verify the emitted RTL against the simulator: every output value and the cycle count')
    .argument('<design>', '.tpe design file')
    .option('--gemm <shapes>', 'GEMM shape(s) MxNxK, comma separated, e.g. 5x7x9,17x3x33')
    .option('--trials <n>', 'random trials per shape (after the edge cases)', '4')
    .option('--seed <n>', `seed of the random trials (0..${MAX_SEED})`, DEFAULT_SEED)
    .option('--sim <backend>', 'verilator | cxxrtl (default: verilator when installed)')
    .option('--a <file>', 'A operand (.npy, M x K) instead of generated cases')
    .option('--b <file>', 'B operand (.npy, K x N)')
    .option('--no-edges', 'skip the edge cases (all min, all max, mixed extremes, zeros)')
    .option('--json', 'print the report as JSON')
    .option('--cache <dir>', 'build cache folder', '.tpe-cache')
    .option('--vcd <dir>', 'write the waveform (VCD, for GTKWave) of every failing case into this folder')
    .option('--vcd-case <n,...>', 'also write the waveforms of these cases (numbers as listed, 1 = first)')
    .action(async (file: string, o: Flags) => run(ctx, file, o));
};

function usage(ctx: CommandContext, msg: string): void {
  ctx.stderr(`error: ${msg}\n(run tpe verify --help for usage)\n`);
  raise(ctx, EXIT.USAGE);
}

async function run(ctx: CommandContext, file: string, o: Flags): Promise<void> {
  if ((o.a === undefined) !== (o.b === undefined)) return usage(ctx, '--a and --b go together');
  if (o.a === undefined && o.gemm === undefined) return usage(ctx, 'give --gemm MxNxK (or --a and --b)');
  if (!/^\d+$/.test(o.trials)) return usage(ctx, '--trials expects a non-negative integer');
  if (Number(o.trials) > MAX_TRIALS) return usage(ctx, `--trials expects at most ${MAX_TRIALS} random trials per shape, got ${o.trials}`);
  const vcdCases: number[] = [];
  for (const c of (o.vcdCase ?? '').split(',').filter((x) => x !== '')) {
    if (!/^\d+$/.test(c) || Number(c) < 1) return usage(ctx, `--vcd-case expects case numbers 1, 2, ... (as listed), got "${c}"`);
    vcdCases.push(Number(c));
  }
  if (vcdCases.length > 0 && o.vcd === undefined) return usage(ctx, '--vcd-case needs --vcd <dir> (where the waveforms go)');
  if (o.sim !== undefined && o.sim !== 'verilator' && o.sim !== 'cxxrtl')
    return usage(ctx, `--sim expects verilator or cxxrtl, got "${o.sim}"`);
  const seed = parseSeed(o.seed);
  if (seed.value === undefined) {
    printDiagnostics(ctx, seed.diagnostics);
    raise(ctx, EXIT.USAGE);
    return;
  }
  // Without --gemm the shape comes from --a/--b.
  const list = o.gemm === undefined ? { value: [], diagnostics: [] } : parseGemmList(o.gemm);
  if (!list.value) {
    printDiagnostics(ctx, list.diagnostics);
    raise(ctx, EXIT.USAGE);
    return;
  }
  const shapes: GemmShape[] = list.value;
  const d = load(ctx, file);
  if (!d.value) {
    printDiagnostics(ctx, d.diagnostics);
    raise(ctx, EXIT.INPUT);
    return;
  }
  let inputs: { a: IntMatrix; b: IntMatrix } | undefined;
  if (o.a !== undefined && o.b !== undefined) {
    const r = readOperands(o.a, o.b, ctx.cwd);
    if (!r.value) {
      printDiagnostics(ctx, r.diagnostics);
      raise(ctx, EXIT.INPUT);
      return;
    }
    const { a, b } = r.value;
    if (a.cols !== b.rows) return usage(ctx, `A is ${a.rows}x${a.cols} but B is ${b.rows}x${b.cols}`);
    // --gemm beside --a/--b must agree with the files (as in tpe sim), not be silently ignored.
    const g = shapes[0];
    if (shapes.length > 1 || (g && (g.M !== a.rows || g.K !== a.cols || g.N !== b.cols))) {
      return usage(
        ctx,
        `--gemm ${o.gemm} does not match the operands: A is ${a.rows}x${a.cols}, B is ${b.rows}x${b.cols} (drop --gemm to take the shape from the files)`,
      );
    }
    inputs = { a, b };
  }
  if (!prepareDir(ctx, o.cache, 'cache')) return;
  if (o.vcd !== undefined && !prepareDir(ctx, o.vcd, 'waveform')) return;
  const backend: Backend = (o.sim as Backend | undefined) ?? defaultBackend();
  const t0 = Date.now();
  const r = await verifyDesign(d.value, {
    shapes,
    trials: Number(o.trials),
    seed: seed.value,
    backend,
    cacheDir: resolve(ctx.cwd, o.cache),
    edges: o.edges,
    ...(inputs ? { inputs } : {}),
    step: stepper(ctx, { quiet: o.json === true }),
    ...(o.vcd !== undefined ? { vcd: { dir: resolve(ctx.cwd, o.vcd), cases: vcdCases } } : {}),
  });
  if (!r.ok) {
    if (r.diagnostics) printDiagnostics(ctx, r.diagnostics as Diagnostic[]);
    ctx.stderr(`${file}: ${r.message}\n`);
    raise(ctx, r.tool ? EXIT.TOOL : EXIT.INPUT);
    return;
  }
  const bad = vcdCases.filter((c) => c > r.report.cases.length);
  if (bad.length > 0) {
    ctx.stderr(`error: --vcd-case ${bad.join(',')}: there are ${r.report.cases.length} case(s)\n`);
    raise(ctx, EXIT.USAGE);
  }
  // Waveform paths as the user named the folder (the report stays machine independent).
  const rep = { ...r.report, ...(r.report.vcd ? { vcd: r.report.vcd.map((v) => ({ ...v, file: join(o.vcd!, basename(v.file)) })) } : {}) };
  if (o.json) ctx.stdout(`${JSON.stringify(rep, null, 2)}\n`);
  else {
    const width = String(rep.cases.length).length;
    rep.cases.forEach((c, i) => {
      const bad = c.mismatches.length + c.more;
      ctx.stdout(
        `${bad ? 'FAIL' : 'ok  '} ${String(i + 1).padStart(width)} ${c.label}: cycles rtl ${c.rtlCycles} / sim ${c.simCycles}${bad ? `, ${bad} mismatch(es)` : ''}\n`,
      );
      for (const m of c.mismatches) {
        ctx.stdout(
          m.kind === 'cycles'
            ? `       cycles: expected ${m.expected}, RTL ${m.actual}\n`
            : `       C[${m.m}][${m.n}]: expected ${m.expected}, RTL ${m.actual}\n`,
        );
      }
      if (c.more) ctx.stdout(`       ... and ${c.more} more\n`);
    });
    for (const v of rep.vcd ?? []) ctx.stdout(`waveform of case ${v.case} (${v.label}): ${v.file}\n`);
    ctx.stdout(
      `${d.value.name} on ${backend}: ${rep.cases.length} case(s), ${rep.mismatches} mismatch(es); build ${rep.build.cached ? 'cached' : `${rep.build.seconds.toFixed(1)}s`}, run ${rep.runSeconds.toFixed(2)}s, total ${((Date.now() - t0) / 1000).toFixed(1)}s\n`,
    );
  }
  if (rep.mismatches > 0) raise(ctx, EXIT.INPUT);
}
