// `tpe digits TENSOR [--type int8] [--encoding ent|booth4|binary|all] [--group 4] [--layout nk|kn]
// [--ref ts|numpy|torch[,...]] [--json]`: nonzero digits of a real tensor per value, per digit
// position and per group of k, as the zero-skip engines issue them (validate/digits.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { renderDiagnostics } from '../../dsl/index.js';
import type { Diagnostic, IntType } from '../../ir/index.js';
import { DIGIT_SCHEMES, TOOL_CODES, digitStatsByRefs, renderDigitStats, type DigitRef, type DigitScheme } from '../../validate/index.js';
import { openTensor, parseTensorRef, tensorMatrix } from '../../workload/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import type { RegisterCommand } from './index.js';

interface DigitsFlags {
  type: string;
  encoding: string;
  group: string;
  layout: string;
  quantize: string;
  ref: string;
  json?: boolean;
  timing?: boolean;
}

export const registerDigits: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('digits')
    .description(
      'nonzero EN-T / Booth / binary digits of a real tensor per value, per digit position and per group of k, as zero-skip engines issue them',
    )
    .argument('<tensor>', 'x.npy, m.safetensors#NAME or m.safetensors.index.json#NAME')
    .option('--type <t>', 'the integer type of the values (int2..int16, uint2..uint16); float tensors are quantized to it', 'int8')
    .option('--encoding <e>', `${DIGIT_SCHEMES.join(' | ')} | all`, 'all')
    .option('--group <g>', 'consecutive k per group (the zero-skip issue width)', '4')
    .option(
      '--layout <l>',
      'where k lies: nk / mk (along the stored rows: a [out, in] weight, [tokens, in] activations) or kn / km (down the columns)',
      'nk',
    )
    .option('--quantize <q>', 'float tensors: one scale per tensor (tensor) or per stored row (row)', 'tensor')
    .option('--ref <refs>', 'ts (in process), numpy or torch (gpu/), or a comma list that must agree, e.g. ts,numpy', 'ts')
    .option('--json', 'print the statistics as JSON')
    .option('--timing', 'add the time of each reference (not deterministic)')
    .action((ref: string, o: DigitsFlags) => runDigits(ctx, ref, o));
};

function usage(ctx: CommandContext, msg: string): void {
  ctx.stderr(`error: ${msg}\n(run tpe digits --help for usage)\n`);
  raise(ctx, EXIT.USAGE);
}

function fail(ctx: CommandContext, diags: readonly Diagnostic[]): void {
  ctx.stderr(renderDiagnostics(diags, new Map()));
  raise(ctx, diags.some((d) => TOOL_CODES.has(d.code)) ? EXIT.TOOL : EXIT.INPUT);
}

function runDigits(ctx: CommandContext, ref: string, o: DigitsFlags): void {
  const tm = /^(u?)int(\d+)$/.exec(o.type);
  const t: IntType | undefined =
    tm && Number(tm[2]) >= 2 && Number(tm[2]) <= 16 ? { signed: tm[1] === '', bits: Number(tm[2]) } : undefined;
  if (!t) return usage(ctx, `--type expects int2..int16 or uint2..uint16, got "${o.type}"`);
  const schemes =
    o.encoding === 'all'
      ? DIGIT_SCHEMES
      : (DIGIT_SCHEMES as readonly string[]).includes(o.encoding)
        ? [o.encoding as DigitScheme]
        : undefined;
  if (!schemes) return usage(ctx, `--encoding expects ${DIGIT_SCHEMES.join(', ')} or all, got "${o.encoding}"`);
  const group = /^\d+$/.test(o.group) ? Number(o.group) : NaN;
  if (!(group >= 1 && group <= 64)) return usage(ctx, `--group expects an integer in 1..64, got "${o.group}"`);
  if (!['nk', 'mk', 'kn', 'km'].includes(o.layout)) return usage(ctx, `--layout expects nk, mk, kn or km, got "${o.layout}"`);
  if (o.quantize !== 'tensor' && o.quantize !== 'row') return usage(ctx, `--quantize expects tensor or row, got "${o.quantize}"`);
  const refs = o.ref.split(',').map((s) => s.trim());
  if (refs.length === 0 || refs.some((r) => !['ts', 'numpy', 'torch'].includes(r)) || new Set(refs).size !== refs.length)
    return usage(ctx, `--ref expects ts, numpy or torch, or a comma list of them, got "${o.ref}"`);

  const src = openTensor(parseTensorRef(ref), ctx.cwd);
  if (!src.value) return fail(ctx, src.diagnostics);
  const transpose = o.layout === 'kn' || o.layout === 'km';
  const m = tensorMatrix(src.value, { as: t, quantize: o.quantize, transpose });
  if (!m.value) return fail(ctx, m.diagnostics);
  const x = m.value.matrix,
    s = src.value;
  const typeName = `${t.signed ? '' : 'u'}int${t.bits}`;
  const sc = m.value.scale;
  const how = !sc
    ? `values as they are (in ${typeName})`
    : `quantized to ${typeName} ${sc.length === 1 ? `per tensor (scale ${sc[0].toExponential(3)})` : `per stored row (${sc.length} scales)`}`;
  const workDir = mkdtempSync(join(tmpdir(), 'tpe-digits-'));
  try {
    const r = digitStatsByRefs(x, t, schemes, group, refs as DigitRef[], workDir);
    if (!r.value) return fail(ctx, r.diagnostics);
    const c = r.value;
    if (o.json) {
      const out = {
        tensor: ref,
        dtype: s.dtype,
        shape: [s.rows, s.cols],
        type: typeName,
        layout: o.layout,
        rows: x.rows,
        k: x.cols,
        quantization: how,
        refs: c.runs.map((run) => ({
          ref: run.ref,
          ...(run.backend ? { backend: run.backend } : {}),
          ...(o.timing ? { seconds: run.seconds } : {}),
        })),
        equal: c.difference === undefined,
        ...(c.difference ? { difference: c.difference } : {}),
        stats: c.runs[0].stats,
      };
      ctx.stdout(JSON.stringify(out, null, 2) + '\n');
    } else {
      ctx.stdout(
        renderDigitStats(
          c,
          [
            ['tensor', `${ref}: ${s.dtype} [${s.rows}, ${s.cols}], ${how}`],
            [
              'k',
              `${transpose ? 'down the stored columns' : 'along the stored rows'} (${o.layout}): ${x.rows} rows x ${x.cols} k, ${x.rows * Math.ceil(x.cols / group)} groups of ${group}`,
            ],
          ],
          o.timing === true,
        ),
      );
    }
    if (c.difference) raise(ctx, EXIT.INPUT);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
