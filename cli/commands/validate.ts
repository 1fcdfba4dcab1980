// `tpe validate design.tpe --workload llama-3-8b:decode | --gemm MxNxK | --data m.safetensors#NAME
// | --b B.npy [--a activations.npy] [--quant SCHEME] [--ref torch|numpy|ts] [--sample-tiles N] ...`: the
// design's integer accumulators against an exact reference at real layer sizes (validate/).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { parseDesign, readSource, renderDiagnostics } from '../../dsl/index.js';
import { parseGemmShape, type Diagnostic } from '../../ir/index.js';
import { MAX_SEED } from '../../simulator/index.js';
import { QUANT_SCHEMES, type QuantScheme } from '../../quant/index.js';
import { parseWorkload } from '../../workload/index.js';
import {
  SIM_MACS_PER_S,
  TOOL_CODES,
  loadOperands,
  renderReport,
  reportJson,
  validateDesign,
  type NamedGemm,
  type OperandData,
  type RefKind,
} from '../../validate/index.js';
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
  a?: string;
  b?: string;
  data?: string;
  m?: string;
  quantize?: string;
}

export const registerValidate: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('validate')
    .description("check the design's integer accumulators against an exact reference (PyTorch, numpy or TypeScript) at real layer sizes")
    .argument('<design>', '.tpe design file')
    .option('--gemm <MxNxK>', 'one GEMM, e.g. 16x4096x4096')
    .option('--workload <w>', 'a model pass: MODEL:decode|prefill[:batch=B,tokens=T,lmhead], e.g. llama-3-8b:decode')
    .option(
      '--data <tensor>',
      "a layer's weight as stored in a checkpoint, [out, in] = N x K (B is its transpose): m.safetensors#NAME, m.safetensors.index.json#NAME or w.npy; K and N come from it",
    )
    .option('--b <tensor>', 'B as K x N from a tensor file (as `tpe sim --b`), instead of --data')
    .option('--a <tensor>', 'A (activations) as M x K from a tensor file; without it A is generated with --m rows')
    .option('--m <M>', 'rows of the generated A with --data / --b (default 16)')
    .option(
      '--quantize <q>',
      "float tensors without --quant: to the design's types with one scale per tensor (tensor) or per stored row (row: per output channel of a [out, in] weight, per token)",
    )
    .option('--quant <scheme>', `quantized operands: ${QUANT_SCHEMES.join(' | ')}`)
    .option('--ref <ref>', 'reference: torch (gpu/ on PyTorch), numpy (gpu/ on numpy) or ts (in process)', 'numpy')
    .option('--sample-tiles <n>', 'output tiles per GEMM when the whole GEMM is over the time budget', '16')
    .option(
      '--time-budget <s>',
      `simulate the whole GEMM when it fits this many seconds (at a fixed ${SIM_MACS_PER_S / 1e6} M MAC/s)`,
      '10',
    )
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
  if (o.b !== undefined && o.data !== undefined)
    return usage(ctx, 'give one of --data (a weight stored [out, in]) and --b (B stored K x N)');
  const bRef = o.b ?? o.data;
  const given = [o.gemm, o.workload, bRef].filter((x) => x !== undefined).length;
  if (given !== 1) return usage(ctx, 'give exactly one of --gemm MxNxK, --workload MODEL:PHASE, --data TENSOR and --b TENSOR');
  if (bRef === undefined) {
    for (const [flag, v] of [
      ['--a', o.a],
      ['--m', o.m],
      ['--quantize', o.quantize],
    ] as const)
      if (v !== undefined) return usage(ctx, `${flag} goes with --data or --b TENSOR`);
  }
  if (o.a !== undefined && o.m !== undefined)
    return usage(ctx, '--m sets the rows of a generated A: with --a the rows come from the tensor');
  const mRows = o.m === undefined ? 16 : posInt(o.m, 1 << 24);
  if (mRows === undefined) return usage(ctx, `--m expects a positive integer, got "${o.m}"`);
  if (o.quantize !== undefined && o.quantize !== 'tensor' && o.quantize !== 'row')
    return usage(ctx, `--quantize expects tensor or row, got "${o.quantize}"`);
  if (o.quantize !== undefined && o.quant !== undefined)
    return usage(ctx, `--quantize applies without --quant (${o.quant} quantizes by its own definition)`);
  if (!['torch', 'numpy', 'ts'].includes(o.ref)) return usage(ctx, `--ref expects torch, numpy or ts, got "${o.ref}"`);
  if (o.quant !== undefined && !(QUANT_SCHEMES as readonly string[]).includes(o.quant))
    return usage(ctx, `--quant expects one of ${QUANT_SCHEMES.join(', ')}, got "${o.quant}"`);
  const tiles = posInt(o.sampleTiles, 1 << 20);
  if (tiles === undefined) return usage(ctx, `--sample-tiles expects a positive integer, got "${o.sampleTiles}"`);
  const budget = Number(o.timeBudget);
  if (!/^\d+(\.\d+)?$/.test(o.timeBudget) || !(budget >= 0))
    return usage(ctx, `--time-budget expects seconds (a number >= 0), got "${o.timeBudget}"`);
  if (!/^\d+$/.test(o.seed) || Number(o.seed) > MAX_SEED) return usage(ctx, `--seed expects an integer in 0..${MAX_SEED}, got "${o.seed}"`);
  if (o.dist !== 'uniform' && o.dist !== 'extreme') return usage(ctx, `--dist expects uniform or extreme, got "${o.dist}"`);
  const group = posInt(o.group, 1 << 16);
  if (group === undefined) return usage(ctx, `--group expects a positive integer, got "${o.group}"`);
  if (o.refType !== 'bf16' && o.refType !== 'fp16') return usage(ctx, `--ref-type expects bf16 or fp16, got "${o.refType}"`);

  let gemms: NamedGemm[] = [];
  if (o.gemm !== undefined) {
    const s = parseGemmShape(o.gemm);
    if (!s) return usage(ctx, `bad --gemm "${o.gemm}": expected MxNxK with positive integers, e.g. 16x4096x4096`);
    gemms = [{ name: 'gemm', ...s }];
  } else if (o.workload !== undefined) {
    const w = parseWorkload(o.workload);
    if (!w.value) {
      ctx.stderr(renderDiagnostics(w.diagnostics, new Map()));
      return raise(ctx, EXIT.USAGE);
    }
    gemms = w.value.gemms.map(({ name, M, N, K }) => ({ name, M, N, K }));
  }

  const src = readSource(resolve(ctx.cwd, file), file);
  if (src.value === undefined) return fail(ctx, src.diagnostics);
  const parsed = parseDesign(src.value, file);
  const sources = new Map([[file, src.value]]);
  if (!parsed.value) return fail(ctx, parsed.diagnostics, sources);

  let data: OperandData | undefined;
  if (bRef !== undefined) {
    const r = loadOperands(parsed.value, {
      b: bRef,
      ...(o.a !== undefined ? { a: o.a } : {}),
      bLayout: o.data !== undefined ? 'nk' : 'kn',
      aLayout: 'mk',
      ...(o.quant ? { quant: o.quant as QuantScheme } : {}),
      ...(o.quantize ? { quantize: o.quantize as 'tensor' | 'row' } : {}),
      cwd: ctx.cwd,
    });
    if (!r.value) return fail(ctx, r.diagnostics);
    data = r.value;
    const name = bRef.includes('#') ? bRef.slice(bRef.lastIndexOf('#') + 1) : basename(bRef).replace(/\.(npy|safetensors)$/, '');
    gemms = [{ name, M: data.a ? data.a.rows : mRows, N: data.b.cols, K: data.b.rows }];
  }

  const workDir = o.keep !== undefined ? resolve(ctx.cwd, o.keep) : mkdtempSync(join(tmpdir(), 'tpe-validate-'));
  try {
    const r = validateDesign(parsed.value, {
      gemms,
      ref: o.ref as RefKind,
      ...(o.quant ? { quant: o.quant as QuantScheme } : {}),
      sampleTiles: tiles,
      timeBudgetS: budget,
      seed: Number(o.seed),
      intDist: o.dist,
      group,
      refType: o.refType,
      workDir,
      ...(data ? { data } : {}),
    });
    if (!r.value) {
      const accSpan = parsed.value.typeSpans?.acc;
      return fail(
        ctx,
        r.diagnostics.map((x) => (x.code === 'S0103' && accSpan ? { ...x, span: accSpan } : x)),
        sources,
      );
    }
    ctx.stdout(
      o.json
        ? reportJson(r.value, o.timing === true)
        : renderReport(r.value, parsed.value, { budgetS: budget, timing: o.timing === true, refType: o.refType }),
    );
    if (!r.value.ok) raise(ctx, EXIT.INPUT);
  } finally {
    if (o.keep === undefined) rmSync(workDir, { recursive: true, force: true });
  }
}
