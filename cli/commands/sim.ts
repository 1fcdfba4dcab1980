// `tpe sim design.tpe --gemm MxNxK [--dist D] [--seed S] [--a A.npy --b B.npy] [--out C.npy]
// [--wrap] [--trace file [--trace-pe r,c;...]] [--json] [--no-activity] [--level auto|fast|stepped] [--threads N]
// [--sample-macs N]`: bit-exact, cycle-level simulation of one GEMM (docs/CYCLES.md). Operands
// come from pipeline/operands.ts (the seed rule, the default distribution, .npy files); this
// file parses options and prints.
// Levels: `stepped` runs the cycle-stepped engines (exact toggles); `fast` computes C with the
// exact GEMM kernel and cycles from the closed form, replays only what can overflow, and counts
// toggles on a sample of tiles (simulator/fast/exact.ts); `auto` (default) is stepped up to
// AUTO_STEPPED_MACS MACs and with --trace, fast above.
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { parseDesign, readSource, renderDiagnostics } from '../../dsl/index.js';
import { appliedOptimizations, architectureOf, arrayShape, type Design, type Diagnostic, type IntMatrix } from '../../ir/index.js';
import {
  DEFAULT_DIST,
  DEFAULT_SEED,
  DIST_HELP,
  SEED_HELP,
  describeGenerated,
  generateOperands,
  parseDistribution,
  parseGemm,
  parseSeed,
  readOperands,
  simulateChecked,
  workloadBoundWarning,
} from '../../pipeline/index.js';
import {
  DEFAULT_SAMPLE_MACS,
  mulberry32,
  referenceGemm,
  resultDtype,
  simulateFast,
  writeNpy,
  type Dist,
  type FastSimResult,
  type SimResult,
} from '../../simulator/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { fsReason } from '../files.js';
import { stepper } from '../progress.js';
import { tileProgress } from '../simulate.js';
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
  tracePe?: string;
  json?: boolean;
  activity: boolean;
  level: string;
  threads?: string;
  sampleMacs?: string;
}

/** `--level auto` runs the stepped engine up to this many MACs (about a second with toggles). */
export const AUTO_STEPPED_MACS = 2 ** 24;

export const registerSim: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('sim')
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
    .option('--trace-pe <row,col;...>', "with --trace: each line also carries these PEs' operands, product and accumulator, e.g. 0,0;7,7")
    .option('--json', 'print the full result as JSON')
    .option('--no-activity', 'skip toggle counting (faster)')
    .option(
      '--level <level>',
      `auto | fast | stepped: stepped steps every cycle; fast gives the same C, cycles and overflow report from an exact GEMM kernel, with toggles from sampled tiles; auto is stepped up to ${AUTO_STEPPED_MACS} MACs, fast above`,
      'auto',
    )
    .option('--threads <n>', "threads of the fast level's GEMM kernel (default: all cores)")
    .option('--sample-macs <n>', `fast level: stepped MACs spent on sampled tiles for toggle activity (default ${DEFAULT_SAMPLE_MACS})`)
    .action((file: string, o: SimFlags) => runSim(ctx, file, o));
};

function fail(
  ctx: CommandContext,
  diags: readonly Diagnostic[],
  sources: Map<string, string> = new Map(),
  code: number = EXIT.INPUT,
): void {
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
  if (!['auto', 'fast', 'stepped'].includes(o.level)) return usage(ctx, `--level expects auto, fast or stepped, got "${o.level}"`);
  if (o.level === 'fast' && o.trace) return usage(ctx, '--trace needs the stepped level (--level stepped or auto)');
  const posInt = (v: string | undefined, name: string, max: number): number | undefined | null => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > max) {
      usage(ctx, `${name} expects an integer in 1..${max}, got "${v}"`);
      return null;
    }
    return Number(v);
  };
  const threads = posInt(o.threads, '--threads', 64),
    sampleMacs = posInt(o.sampleMacs, '--sample-macs', 2 ** 40);
  if (threads === null || sampleMacs === null) return;
  if (o.tracePe !== undefined && o.trace === undefined) return usage(ctx, '--trace-pe needs --trace <file> (where the lines go)');
  const tracePes: [number, number][] = [];
  for (const pair of (o.tracePe ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x !== '')) {
    const m = /^(\d+)\s*,\s*(\d+)$/.exec(pair);
    if (!m) return usage(ctx, `--trace-pe expects row,col pairs separated by ";" (e.g. 0,0;3,5), got "${pair}"`);
    tracePes.push([Number(m[1]), Number(m[2])]);
  }

  const src = readSource(resolve(ctx.cwd, file), file);
  if (src.value === undefined) return fail(ctx, src.diagnostics);
  const parsed = parseDesign(src.value, file);
  const sources = new Map([[file, src.value]]);
  if (!parsed.value) return fail(ctx, parsed.diagnostics, sources);
  const design = parsed.value;
  if (tracePes.length > 0) {
    const arr = arrayShape(design);
    if (architectureOf(design).family === 'bit-slice')
      return usage(ctx, `--trace-pe is not available for bit-slice designs (${design.name}); --trace alone gives the per-cycle lines`);
    const out = tracePes.find(([r, c]) => r >= arr.rows || c >= arr.cols);
    if (out)
      return usage(
        ctx,
        `--trace-pe ${out[0]},${out[1]} is outside the ${arr.rows}x${arr.cols} array (rows 0..${arr.rows - 1}, columns 0..${arr.cols - 1})`,
      );
  }

  let a: IntMatrix, b: IntMatrix;
  if (o.a !== undefined && o.b !== undefined) {
    const r = readOperands(o.a, o.b, ctx.cwd);
    if (!r.value) return fail(ctx, r.diagnostics);
    ({ a, b } = r.value);
    const s = shape?.value;
    if (s && (s.M !== a.rows || s.K !== a.cols || s.N !== b.cols || s.K !== b.rows)) {
      return fail(ctx, [
        {
          code: 'S0101',
          severity: 'error',
          message: `--gemm ${o.gemm} does not match the operands: A is ${a.rows}x${a.cols}, B is ${b.rows}x${b.cols}`,
          expected: `A ${s.M}x${s.K} and B ${s.K}x${s.N}`,
          hint: 'drop --gemm to take the shape from the files',
        },
      ]);
    }
  } else {
    ({ a, b } = generateOperands(design, shape!.value!, dist.value, seed.value));
  }

  // The design may declare the longest reduction it is built for (`workload K <= n`).
  const bound = workloadBoundWarning(design, a.cols);
  if (bound) ctx.stderr(renderDiagnostics([bound], sources));

  let traceFd: number | undefined;
  let traceBuf: string[] = [];
  const flush = () => {
    if (traceFd !== undefined && traceBuf.length) {
      writeSync(traceFd, traceBuf.join('\n') + '\n');
      traceBuf = [];
    }
  };
  if (o.trace) {
    try {
      traceFd = openSync(resolve(ctx.cwd, o.trace), 'w');
    } catch (e) {
      return fail(ctx, [{ code: 'S0108', severity: 'error', message: `cannot write trace ${o.trace}: ${fsReason(e)}` }]);
    }
  }
  const macs = a.rows * a.cols * b.cols;
  const level = o.level === 'auto' ? (o.trace || macs <= AUTO_STEPPED_MACS ? 'stepped' : 'fast') : o.level;
  // Self-check against the plain integer GEMM: a mismatch is a simulator bug, never output.
  // Up to AUTO_STEPPED_MACS every element; above (fast level), 256 seeded elements (a plain JS
  // GEMM of the whole product would take far longer than the fast level itself).
  const checked: 'all' | number = level === 'stepped' || macs <= AUTO_STEPPED_MACS ? 'all' : 256;
  let res: SimResult, same: boolean;
  const failed = (diags: readonly Diagnostic[]) => {
    // Point overflow at the accumulator's declaration (`C: int16`), where the fix goes.
    const accSpan = design.typeSpans?.acc;
    return fail(
      ctx,
      diags.map((x) => (x.code === 'S0103' && accSpan ? { ...x, span: accSpan } : x)),
      sources,
    );
  };
  if (level === 'fast') {
    const r = simulateFast(design, a, b, {
      wrap: o.wrap === true,
      activity: o.activity,
      ...(threads ? { threads } : {}),
      ...(sampleMacs ? { sampleMacs } : {}),
    });
    if (!r.value) return failed(r.diagnostics);
    res = r.value;
    same = checked === 'all' ? sameAsReference(a, b, design, res, o.wrap === true) : spotCheck(a, b, design, res, checked);
  } else {
    const progress = tileProgress(stepper(ctx, { quiet: o.json === true }), design, { M: a.rows, N: b.cols, K: a.cols });
    const r = simulateChecked(design, a, b, {
      wrap: o.wrap === true,
      activity: o.activity,
      onTile: progress.onTile,
      ...(tracePes.length > 0 ? { tracePes } : {}),
      ...(traceFd !== undefined
        ? {
            trace: (l: string) => {
              traceBuf.push(l);
              if (traceBuf.length >= 4096) flush();
            },
          }
        : {}),
    });
    progress.done(r.value !== undefined);
    flush();
    if (traceFd !== undefined) closeSync(traceFd);
    if (!r.value) return failed(r.diagnostics);
    res = r.value.sim;
    same = r.value.reference !== undefined && r.value.mismatches === 0;
  }
  if (!same) {
    ctx.stderr(
      'tpe sim: internal error: simulated C differs from the reference GEMM. This is a bug; please report it with the design and inputs.\n',
    );
    return raise(ctx, EXIT.TOOL);
  }

  if (o.out) {
    const dtype = resultDtype(design.types.acc.bits, design.types.acc.signed);
    try {
      writeFileSync(resolve(ctx.cwd, o.out), writeNpy(res.c, dtype));
    } catch (e) {
      return fail(ctx, [{ code: 'S0108', severity: 'error', message: `cannot write ${o.out}: ${fsReason(e)}` }]);
    }
  }
  const input = o.a !== undefined ? `${o.a}, ${o.b}` : describeGenerated(dist.value, o.seed);
  ctx.stdout(o.json ? jsonResult(design, res, input, checked, o.activity) : table(design, res, input, checked, o.activity, o.out));
}

function sameAsReference(a: IntMatrix, b: IntMatrix, d: Design, r: SimResult, wrap: boolean): boolean {
  const ref = referenceGemm(a, b, d.types.acc, wrap);
  return ref.value !== undefined && ref.value.data.every((v, i) => v === r.c.data[i]);
}

/** `count` seeded elements of C against their own exact dot products (wrapped to the accumulator). */
function spotCheck(a: IntMatrix, b: IntMatrix, d: Design, r: SimResult, count: number): boolean {
  const M = a.rows,
    K = a.cols,
    N = b.cols;
  const rnd = mulberry32(12345);
  const acc = d.types.acc;
  for (let i = 0; i < count; i++) {
    const m = Math.floor(rnd() * M),
      n = Math.floor(rnd() * N);
    let s = 0n,
      f = 0;
    for (let k = 0; k < K; k++) {
      f += a.data[m * K + k] * b.data[k * N + n];
      if (Math.abs(f) > 2 ** 52) {
        s += BigInt(f);
        f = 0;
      }
    }
    s += BigInt(f);
    const want = acc.signed ? BigInt.asIntN(acc.bits, s) : BigInt.asUintN(acc.bits, s);
    if (r.c.data[m * N + n] !== want) return false;
  }
  return true;
}

const isFast = (r: SimResult): r is FastSimResult => (r as Partial<FastSimResult>).level === 'fast';

function levelLine(r: SimResult): string {
  if (!isFast(r)) return 'stepped (every cycle simulated)';
  const k = r.kernel;
  const how =
    k.kind === 'wasm-simd'
      ? `WebAssembly SIMD GEMM on ${k.threads} thread(s)${k.digits === 2 ? ', 16-bit operand split into 8-bit digits' : ''}${k.transposed ? ', transposed' : ''}`
      : 'exact JavaScript GEMM';
  return `fast (exact C, cycles from the closed form, ${how}; ${r.replayed} element(s) replayed for overflow checks)`;
}

function togglesNote(r: SimResult): string {
  if (!isFast(r) || !r.activitySample) return '';
  const s = r.activitySample;
  if (s.exact) return ` (every tile stepped: exact)`;
  const worst = Math.max(...Object.values(s.relStdErr));
  return ` (estimated from ${s.tilesSampled} of ${s.tiles} tiles stepped, stratified by tile extent, seed ${s.seed}; relative standard error <= ${(100 * worst).toFixed(2)}%)`;
}

function jsonResult(d: Design, r: SimResult, input: string, checked: 'all' | number, activity: boolean): string {
  const small = r.c.rows * r.c.cols <= 65536;
  const fast = isFast(r) ? r : undefined;
  const out = {
    design: d.name,
    architecture: d.architecture,
    optimizations: appliedOptimizations(d),
    input,
    level: fast ? 'fast' : 'stepped',
    ...(fast
      ? { kernel: fast.kernel, replayed: fast.replayed, ...(fast.activitySample ? { activitySample: fast.activitySample } : {}) }
      : {}),
    referenceCheck:
      checked === 'all' ? 'every element equals the plain integer GEMM' : `${checked} seeded elements equal their exact dot products`,
    shape: r.shape,
    array: r.array,
    cycles: r.cycles,
    utilization: Number(r.utilization.toFixed(6)),
    macs: r.macs,
    // --no-activity: toggles were not counted, so they are null, never zeros that look measured.
    toggles: activity ? r.toggles : null,
    overflowCount: r.overflowCount,
    overflows: r.overflows,
    peBusy: Array.from(r.peBusy),
    tiles: r.tiles,
    c: small ? Array.from(r.c.data, (v) => (v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v.toString())) : null,
    ...(small ? {} : { cNote: 'C has more than 65536 elements: write it with --out C.npy' }),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

function table(d: Design, r: SimResult, input: string, checked: 'all' | number, activity: boolean, out?: string): string {
  const opts = appliedOptimizations(d);
  const t = r.cycles;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const g = r.toggles;
  const rows: [string, string][] = [
    [
      'design',
      `${d.name} (${d.architecture}${opts.length ? ', ' + opts.join('+') : ''}), ${r.array.rows}x${r.array.cols}${r.array.depth > 1 ? 'x' + r.array.depth : ''} PEs`,
    ],
    ['GEMM', `${r.shape.M}x${r.shape.N}x${r.shape.K}, ${input}`],
    ['level', levelLine(r)],
    ['cycles', `${t.total} (fill ${t.fill}, steady ${t.steady}, drain ${t.drain}, stalls ${t.stalls}) over ${r.tiles.length} tile(s)`],
    ['utilization', `${pct(r.utilization)} (${r.macs} MACs)`],
    [
      'toggles',
      activity
        ? `operand regs ${g.operandRegs}, partial products ${g.partialProducts}, compressor outputs ${g.compressorOutputs}, accumulators ${g.accumulatorRegs}, pipeline ${g.pipelineRegs}${togglesNote(r)}`
        : 'not counted (--no-activity)',
    ],
    [
      'C',
      `${r.c.rows}x${r.c.cols}, ${checked === 'all' ? 'equal to the plain integer GEMM' : `${checked} seeded elements checked against the plain integer GEMM`}${r.overflowCount > 0 ? ` wrapped to ${d.types.acc.signed ? 'int' : 'uint'}${d.types.acc.bits}` : ''}${out ? `, written to ${out}` : ''}`,
    ],
  ];
  if (r.overflowCount > 0)
    rows.push([
      'overflow',
      `${r.overflowCount} wrapped (first C[${r.overflows[0].m}][${r.overflows[0].n}] at cycle ${r.overflows[0].cycle})`,
    ]);
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n') + '\n';
}

export type { Dist };
