// `tpe sim design.tpe --gemm MxNxK [--dist D] [--seed S] [--a A.npy --b B.npy] [--out C.npy]
// [--wrap] [--trace file] [--json] [--no-activity]`: bit-exact, cycle-level simulation of one
// GEMM (docs/CYCLES.md). Operands come from pipeline/operands.ts (the seed rule, the default
// distribution, .npy files); this file parses options and prints.
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { parseDesign, readSource, renderDiagnostics } from '../../dsl/index.js';
import { appliedOptimizations, type Design, type Diagnostic, type IntMatrix } from '../../ir/index.js';
import {
  DEFAULT_DIST, DEFAULT_SEED, DIST_HELP, SEED_HELP, describeGenerated, generateOperands, parseDistribution, parseGemm, parseSeed,
  readOperands, simulateChecked, workloadBoundWarning,
} from '../../pipeline/index.js';
import { resultDtype, writeNpy, type Dist, type SimResult } from '../../simulator/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import type { RegisterCommand } from './index.js';

interface SimFlags {
  gemm?: string;
  dist: string;
  seed: string;
  a?: string;
  b?: string;
  out?: string;
  wrap?: boolean;
  trace?: string;
  json?: boolean;
  activity: boolean;
}

export const registerSim: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program.command('sim')
    .description('simulate a GEMM on a design: exact C, cycles, utilization, toggle activity')
    .argument('<design>', '.tpe design file')
    .option('--gemm <MxNxK>', 'GEMM shape, e.g. 64x64x128 (optional with --a/--b)')
    .option('--dist <dist>', DIST_HELP, DEFAULT_DIST)
    .option('--seed <n>', SEED_HELP, DEFAULT_SEED)
    .option('--a <file>', 'A operand (.npy, M x K, int8/uint8/int16/int32)')
    .option('--b <file>', 'B operand (.npy, K x N)')
    .option('--out <file>', 'write C as .npy (int32 or int64 as the accumulator needs)')
    .option('--wrap', 'wrap the accumulator like hardware instead of failing on overflow')
    .option('--trace <file>', 'write one JSON line per simulated cycle to this file (slow)')
    .option('--json', 'print the full result as JSON')
    .option('--no-activity', 'skip toggle counting (faster)')
    .action((file: string, o: SimFlags) => runSim(ctx, file, o));
};

function fail(ctx: CommandContext, diags: readonly Diagnostic[], sources: Map<string, string> = new Map(), code: number = EXIT.INPUT): void {
  ctx.stderr(renderDiagnostics(diags, sources));
  raise(ctx, code);
}

function usage(ctx: CommandContext, msg: string): void {
  ctx.stderr(`error: ${msg}\n(run tpe sim --help for usage)\n`);
  raise(ctx, EXIT.USAGE);
}

function runSim(ctx: CommandContext, file: string, o: SimFlags): void {
  if ((o.a === undefined) !== (o.b === undefined)) return usage(ctx, '--a and --b go together');
  if (o.a === undefined && o.gemm === undefined) return usage(ctx, 'give --gemm MxNxK (or --a and --b)');
  const seed = parseSeed(o.seed);
  if (seed.value === undefined) return fail(ctx, seed.diagnostics, new Map(), EXIT.USAGE);
  const shape = o.gemm !== undefined ? parseGemm(o.gemm) : undefined;
  if (shape && !shape.value) return fail(ctx, shape.diagnostics, new Map(), EXIT.USAGE);
  const dist = parseDistribution(o.dist);
  if (!dist.value) return fail(ctx, dist.diagnostics, new Map(), EXIT.USAGE);

  const src = readSource(resolve(ctx.cwd, file), file);
  if (src.value === undefined) return fail(ctx, src.diagnostics);
  const parsed = parseDesign(src.value, file);
  const sources = new Map([[file, src.value]]);
  if (!parsed.value) return fail(ctx, parsed.diagnostics, sources);
  const design = parsed.value;

  let a: IntMatrix, b: IntMatrix;
  if (o.a !== undefined && o.b !== undefined) {
    const r = readOperands(o.a, o.b, ctx.cwd);
    if (!r.value) return fail(ctx, r.diagnostics);
    ({ a, b } = r.value);
    const s = shape?.value;
    if (s && (s.M !== a.rows || s.K !== a.cols || s.N !== b.cols || s.K !== b.rows)) {
      return fail(ctx, [{ code: 'S0101', severity: 'error', message: `--gemm ${o.gemm} does not match the operands: A is ${a.rows}x${a.cols}, B is ${b.rows}x${b.cols}`, expected: `A ${s.M}x${s.K} and B ${s.K}x${s.N}`, hint: 'drop --gemm to take the shape from the files' }]);
    }
  } else {
    ({ a, b } = generateOperands(design, shape!.value!, dist.value, seed.value));
  }

  // The design may declare the longest reduction it is built for (`workload K <= n`).
  const bound = workloadBoundWarning(design, a.cols);
  if (bound) ctx.stderr(renderDiagnostics([bound], sources));

  let traceFd: number | undefined;
  let traceBuf: string[] = [];
  const flush = () => { if (traceFd !== undefined && traceBuf.length) { writeSync(traceFd, traceBuf.join('\n') + '\n'); traceBuf = []; } };
  if (o.trace) {
    try { traceFd = openSync(resolve(ctx.cwd, o.trace), 'w'); } catch (e) {
      return fail(ctx, [{ code: 'S0108', severity: 'error', message: `cannot write trace ${o.trace}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` }]);
    }
  }
  const r = simulateChecked(design, a, b, {
    wrap: o.wrap === true, activity: o.activity,
    ...(traceFd !== undefined ? { trace: (l: string) => { traceBuf.push(l); if (traceBuf.length >= 4096) flush(); } } : {}),
  });
  flush();
  if (traceFd !== undefined) closeSync(traceFd);
  if (!r.value) {
    // Point overflow at the accumulator's declaration (`C: int16`), where the fix goes.
    const accSpan = design.typeSpans?.acc;
    return fail(ctx, r.diagnostics.map((x) => (x.code === 'S0103' && accSpan ? { ...x, span: accSpan } : x)), sources);
  }
  const res = r.value.sim;

  // Self-check against the plain integer GEMM: a mismatch is a simulator bug, never output.
  if (!r.value.reference || r.value.mismatches > 0) {
    ctx.stderr('tpe sim: internal error: simulated C differs from the reference GEMM. This is a bug; please report it with the design and inputs.\n');
    return raise(ctx, EXIT.TOOL);
  }

  if (o.out) {
    const dtype = resultDtype(design.types.acc.bits, design.types.acc.signed);
    try { writeFileSync(resolve(ctx.cwd, o.out), writeNpy(res.c, dtype)); } catch (e) {
      return fail(ctx, [{ code: 'S0108', severity: 'error', message: `cannot write ${o.out}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` }]);
    }
  }
  const input = o.a !== undefined ? `${o.a}, ${o.b}` : describeGenerated(dist.value, o.seed);
  ctx.stdout(o.json ? jsonResult(design, res, input) : table(design, res, input, o.out));
}

function jsonResult(d: Design, r: SimResult, input: string): string {
  const small = r.c.rows * r.c.cols <= 65536;
  const out = {
    design: d.name, architecture: d.architecture, optimizations: appliedOptimizations(d), input,
    shape: r.shape, array: r.array, cycles: r.cycles, utilization: Number(r.utilization.toFixed(6)), macs: r.macs,
    toggles: r.toggles, overflowCount: r.overflowCount, overflows: r.overflows,
    peBusy: Array.from(r.peBusy), tiles: r.tiles,
    c: small ? Array.from(r.c.data, (v) => (v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v.toString())) : null,
    ...(small ? {} : { cNote: 'C has more than 65536 elements: write it with --out C.npy' }),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

function table(d: Design, r: SimResult, input: string, out?: string): string {
  const opts = appliedOptimizations(d);
  const t = r.cycles;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const g = r.toggles;
  const rows: [string, string][] = [
    ['design', `${d.name} (${d.architecture}${opts.length ? ', ' + opts.join('+') : ''}), ${r.array.rows}x${r.array.cols}${r.array.depth > 1 ? 'x' + r.array.depth : ''} PEs`],
    ['GEMM', `${r.shape.M}x${r.shape.N}x${r.shape.K}, ${input}`],
    ['cycles', `${t.total} (fill ${t.fill}, steady ${t.steady}, drain ${t.drain}, stalls ${t.stalls}) over ${r.tiles.length} tile(s)`],
    ['utilization', `${pct(r.utilization)} (${r.macs} MACs)`],
    ['toggles', `operand regs ${g.operandRegs}, partial products ${g.partialProducts}, compressor outputs ${g.compressorOutputs}, accumulators ${g.accumulatorRegs}, pipeline ${g.pipelineRegs}`],
    ['C', `${r.c.rows}x${r.c.cols}, equal to the plain integer GEMM${r.overflowCount > 0 ? ` wrapped to ${d.types.acc.signed ? 'int' : 'uint'}${d.types.acc.bits}` : ''}${out ? `, written to ${out}` : ''}`],
  ];
  if (r.overflowCount > 0) rows.push(['overflow', `${r.overflowCount} wrapped (first C[${r.overflows[0].m}][${r.overflows[0].n}] at cycle ${r.overflows[0].cycle})`]);
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n') + '\n';
}

export type { Dist };
