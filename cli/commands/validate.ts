// `tpe validate design.tpe --workload llama-3-8b:decode | --gemm MxNxK [--quant SCHEME]
// [--ref torch|numpy|ts] [--sample-tiles N] [--time-budget S] ...`: the design's integer
// accumulators against an exact reference at real layer sizes (validate/).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { parseDesign, readSource, renderDiagnostics } from '../../dsl/index.js';
import { parseGemmShape, type Diagnostic } from '../../ir/index.js';
import { MAX_SEED } from '../../simulator/index.js';
import { QUANT_SCHEMES, type QuantScheme } from '../../quant/index.js';
import { SIM_MACS_PER_S, TOOL_CODES, parseModelWorkload, renderReport, reportJson, validateDesign, type NamedGemm, type RefKind } from '../../validate/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import type { RegisterCommand } from './index.js';

interface ValidateFlags {
  gemm?: string;
  workload?: string;
  quant?: string;
  ref: string;
  sampleTiles: string;
  timeBudget: string;
  seed: string;
  dist: string;
  group: string;
  refType: string;
  json?: boolean;
  timing?: boolean;
  keep?: string;
}

export const registerValidate: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program.command('validate')
    .description('check the design\'s integer accumulators against an exact reference (PyTorch, numpy or TypeScript) at real layer sizes')
    .argument('<design>', '.tpe design file')
    .option('--gemm <MxNxK>', 'one GEMM, e.g. 16x4096x4096')
    .option('--workload <w>', 'a model pass: MODEL:decode|prefill[:batch=B,tokens=T,lmhead], e.g. llama-3-8b:decode')
    .option('--quant <scheme>', `quantized operands: ${QUANT_SCHEMES.join(' | ')}`)
    .option('--ref <ref>', 'reference: torch (gpu/ on PyTorch), numpy (gpu/ on numpy) or ts (in process)', 'numpy')
    .option('--sample-tiles <n>', 'output tiles per GEMM when the whole GEMM is over the time budget', '16')
    .option('--time-budget <s>', `simulate the whole GEMM when it fits this many seconds (at a fixed ${SIM_MACS_PER_S / 1e6} M MAC/s)`, '10')
    .option('--seed <n>', 'seed of the generated operands', '1')
    .option('--dist <d>', 'integer operands without --quant: uniform | extreme', 'uniform')
    .option('--group <g>', 'group size of w4a8 / w4a16 weight scales', '128')
    .option('--ref-type <t>', 'low-precision reference of quantized schemes: bf16 | fp16', 'bf16')
    .option('--json', 'print the report as JSON')
    .option('--timing', 'add reference and simulation times (not deterministic)')
    .option('--keep <dir>', 'keep the requests and the reference outputs in this folder')
    .action((file: string, o: ValidateFlags) => runValidate(ctx, file, o));
};

function usage(ctx: CommandContext, msg: string): void {
  ctx.stderr(`error: ${msg}\n(run tpe validate --help for usage)\n`);
  raise(ctx, EXIT.USAGE);
}

function fail(ctx: CommandContext, diags: readonly Diagnostic[], sources: Map<string, string> = new Map()): void {
  ctx.stderr(renderDiagnostics(diags, sources));
  raise(ctx, diags.some((d) => TOOL_CODES.has(d.code)) ? EXIT.TOOL : EXIT.INPUT);
}

const posInt = (s: string, max = 1 << 30) => (/^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= max ? Number(s) : undefined);

function runValidate(ctx: CommandContext, file: string, o: ValidateFlags): void {
  if ((o.gemm === undefined) === (o.workload === undefined)) return usage(ctx, 'give exactly one of --gemm MxNxK and --workload MODEL:PHASE');
  if (!['torch', 'numpy', 'ts'].includes(o.ref)) return usage(ctx, `--ref expects torch, numpy or ts, got "${o.ref}"`);
  if (o.quant !== undefined && !(QUANT_SCHEMES as readonly string[]).includes(o.quant)) return usage(ctx, `--quant expects one of ${QUANT_SCHEMES.join(', ')}, got "${o.quant}"`);
  const tiles = posInt(o.sampleTiles, 1 << 20);
  if (tiles === undefined) return usage(ctx, `--sample-tiles expects a positive integer, got "${o.sampleTiles}"`);
  const budget = Number(o.timeBudget);
  if (!/^\d+(\.\d+)?$/.test(o.timeBudget) || !(budget >= 0)) return usage(ctx, `--time-budget expects seconds (a number >= 0), got "${o.timeBudget}"`);
  if (!/^\d+$/.test(o.seed) || Number(o.seed) > MAX_SEED) return usage(ctx, `--seed expects an integer in 0..${MAX_SEED}, got "${o.seed}"`);
  if (o.dist !== 'uniform' && o.dist !== 'extreme') return usage(ctx, `--dist expects uniform or extreme, got "${o.dist}"`);
  const group = posInt(o.group, 1 << 16);
  if (group === undefined) return usage(ctx, `--group expects a positive integer, got "${o.group}"`);
  if (o.refType !== 'bf16' && o.refType !== 'fp16') return usage(ctx, `--ref-type expects bf16 or fp16, got "${o.refType}"`);

  let gemms: NamedGemm[];
  if (o.gemm !== undefined) {
    const s = parseGemmShape(o.gemm);
    if (!s) return usage(ctx, `bad --gemm "${o.gemm}": expected MxNxK with positive integers, e.g. 16x4096x4096`);
    gemms = [{ name: 'gemm', ...s }];
  } else {
    const w = parseModelWorkload(o.workload!);
    if (!w.value) { ctx.stderr(renderDiagnostics(w.diagnostics, new Map())); return raise(ctx, EXIT.USAGE); }
    gemms = w.value.gemms;
  }

  const src = readSource(resolve(ctx.cwd, file), file);
  if (src.value === undefined) return fail(ctx, src.diagnostics);
  const parsed = parseDesign(src.value, file);
  const sources = new Map([[file, src.value]]);
  if (!parsed.value) return fail(ctx, parsed.diagnostics, sources);

  const workDir = o.keep !== undefined ? resolve(ctx.cwd, o.keep) : mkdtempSync(join(tmpdir(), 'tpe-validate-'));
  try {
    const r = validateDesign(parsed.value, {
      gemms, ref: o.ref as RefKind, ...(o.quant ? { quant: o.quant as QuantScheme } : {}),
      sampleTiles: tiles, timeBudgetS: budget, seed: Number(o.seed), intDist: o.dist, group, refType: o.refType, workDir,
    });
    if (!r.value) {
      const accSpan = parsed.value.typeSpans?.acc;
      return fail(ctx, r.diagnostics.map((x) => (x.code === 'S0103' && accSpan ? { ...x, span: accSpan } : x)), sources);
    }
    ctx.stdout(o.json ? reportJson(r.value, o.timing === true) : renderReport(r.value, parsed.value, { budgetS: budget, timing: o.timing === true, refType: o.refType }));
    if (!r.value.ok) raise(ctx, EXIT.INPUT);
  } finally {
    if (o.keep === undefined) rmSync(workDir, { recursive: true, force: true });
  }
}
