// `tpe sim design.tpe --gemm MxNxK [--dist D] [--seed S] [--a A.npy --b B.npy] [--out C.npy]
// [--wrap] [--trace file] [--json] [--no-activity] [--level auto|fast|stepped] [--threads N]
// [--sample-macs N]`: bit-exact, cycle-level simulation of one GEMM (docs/CYCLES.md).
// Generated operands: A from seed S, B from seed S + 1.
// Levels: `stepped` runs the cycle-stepped engine (exact toggles; about 50-100 M MACs/s);
// `fast` computes C with the exact GEMM kernel and cycles from the closed form, replays only
// what can overflow, and counts toggles on a sample of tiles (simulator/fast/exact.ts);
// `auto` (default) is stepped up to AUTO_STEPPED_MACS MACs and with --trace, fast above.
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { parseDesign, readSource, renderDiagnostics } from '../../dsl/index.js';
import { appliedOptimizations, parseGemmShape, type Design, type Diagnostic, type IntMatrix } from '../../ir/index.js';
import {
  DEFAULT_SAMPLE_MACS, MAX_SEED, generateMatrix, mulberry32, formatDist, parseDist, parseNpy, npyToMatrix, referenceGemm, resultDtype, simulate, simulateFast, writeNpy,
  type Dist, type FastSimResult, type SimResult,
} from '../../simulator/index.js';
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
  level: string;
  threads?: string;
  sampleMacs?: string;
}

/** `--level auto` runs the stepped engine up to this many MACs (about a second with toggles). */
export const AUTO_STEPPED_MACS = 2 ** 24;

export const registerSim: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program.command('sim')
    .description('simulate a GEMM on a design: exact C, cycles, utilization, toggle activity')
    .argument('<design>', '.tpe design file')
    .option('--gemm <MxNxK>', 'GEMM shape, e.g. 64x64x128 (optional with --a/--b)')
    .option('--dist <dist>', 'operand distribution: uniform | normal:MEAN,STD | laplace:B', 'uniform')
    .option('--seed <n>', 'PRNG seed (A uses seed, B seed+1)', '1')
    .option('--a <file>', 'A operand (.npy, M x K, int8/uint8/int16/int32)')
    .option('--b <file>', 'B operand (.npy, K x N)')
    .option('--out <file>', 'write C as .npy (int32 or int64 as the accumulator needs)')
    .option('--wrap', 'wrap the accumulator like hardware instead of failing on overflow')
    .option('--trace <file>', 'write one JSON line per simulated cycle to this file (slow)')
    .option('--json', 'print the full result as JSON')
    .option('--no-activity', 'skip toggle counting (faster)')
    .option('--level <level>', `auto | fast | stepped: stepped steps every cycle; fast gives the same C, cycles and overflow report from an exact GEMM kernel, with toggles from sampled tiles; auto is stepped up to ${AUTO_STEPPED_MACS} MACs, fast above`, 'auto')
    .option('--threads <n>', 'threads of the fast level\'s GEMM kernel (default: all cores)')
    .option('--sample-macs <n>', `fast level: stepped MACs spent on sampled tiles for toggle activity (default ${DEFAULT_SAMPLE_MACS})`)
    .action((file: string, o: SimFlags) => runSim(ctx, file, o));
};

/** Per-matrix element cap: C is a BigInt64Array, so 2^24 elements is 128 MiB. */
const MAX_ELEMENTS = 2 ** 24;

function fail(ctx: CommandContext, diags: readonly Diagnostic[], sources: Map<string, string> = new Map(), code: number = EXIT.INPUT): void {
  ctx.stderr(renderDiagnostics(diags, sources));
  raise(ctx, code);
}

function usage(ctx: CommandContext, msg: string): void {
  ctx.stderr(`error: ${msg}\n(run tpe sim --help for usage)\n`);
  raise(ctx, EXIT.USAGE);
}

function readOperand(ctx: CommandContext, file: string, name: 'A' | 'B'): IntMatrix | Diagnostic[] {
  let buf: Uint8Array;
  try {
    buf = readFileSync(resolve(ctx.cwd, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return [{ code: 'S0108', severity: 'error', message: `cannot read ${name} from ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code ?? String(e)}`, hint: `pass an existing .npy file to --${name.toLowerCase()}` }];
  }
  const p = parseNpy(buf, file);
  if (!p.value) return [...p.diagnostics];
  const m = npyToMatrix(p.value, file);
  return m.value ?? [...m.diagnostics];
}

function runSim(ctx: CommandContext, file: string, o: SimFlags): void {
  if ((o.a === undefined) !== (o.b === undefined)) return usage(ctx, '--a and --b go together');
  if (o.a === undefined && o.gemm === undefined) return usage(ctx, 'give --gemm MxNxK (or --a and --b)');
  // The PRNG takes a 32-bit seed and B uses seed + 1: larger seeds would silently alias.
  if (!/^\d+$/.test(o.seed) || Number(o.seed) > MAX_SEED) return usage(ctx, `--seed expects an integer in 0..${MAX_SEED}, got "${o.seed}"`);
  const shape = o.gemm !== undefined ? parseGemmShape(o.gemm) : undefined;
  if (o.gemm !== undefined && !shape) {
    return fail(ctx, [{ code: 'S0106', severity: 'error', message: `bad --gemm "${o.gemm}"`, expected: 'MxNxK with positive integers, e.g. 64x64x128' }], new Map(), EXIT.USAGE);
  }
  if (shape) {
    const big = ([['M x K', shape.M * shape.K], ['K x N', shape.K * shape.N], ['M x N', shape.M * shape.N]] as const).find(([, n]) => n > MAX_ELEMENTS);
    if (big) {
      return fail(ctx, [{ code: 'S0106', severity: 'error', message: `--gemm ${o.gemm} is too large: ${big[0]} has ${big[1]} elements`, expected: `at most ${MAX_ELEMENTS} elements per matrix`, hint: 'simulate a smaller GEMM; tpe estimate gives figures for large workloads' }], new Map(), EXIT.USAGE);
    }
  }
  const dist = parseDist(o.dist);
  if (!dist.value) return fail(ctx, dist.diagnostics, new Map(), EXIT.USAGE);
  if (!['auto', 'fast', 'stepped'].includes(o.level)) return usage(ctx, `--level expects auto, fast or stepped, got "${o.level}"`);
  if (o.level === 'fast' && o.trace) return usage(ctx, '--trace needs the stepped level (--level stepped or auto)');
  const posInt = (v: string | undefined, name: string, max: number): number | undefined | null => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > max) { usage(ctx, `${name} expects an integer in 1..${max}, got "${v}"`); return null; }
    return Number(v);
  };
  const threads = posInt(o.threads, '--threads', 64), sampleMacs = posInt(o.sampleMacs, '--sample-macs', 2 ** 40);
  if (threads === null || sampleMacs === null) return;

  const src = readSource(resolve(ctx.cwd, file), file);
  if (src.value === undefined) return fail(ctx, src.diagnostics);
  const parsed = parseDesign(src.value, file);
  const sources = new Map([[file, src.value]]);
  if (!parsed.value) return fail(ctx, parsed.diagnostics, sources);
  const design = parsed.value;

  let a: IntMatrix, b: IntMatrix;
  if (o.a !== undefined && o.b !== undefined) {
    const ra = readOperand(ctx, o.a, 'A'), rb = readOperand(ctx, o.b, 'B');
    const errs = [...(Array.isArray(ra) ? ra : []), ...(Array.isArray(rb) ? rb : [])];
    if (errs.length > 0 || Array.isArray(ra) || Array.isArray(rb)) return fail(ctx, errs);
    a = ra; b = rb;
    if (shape && (shape.M !== a.rows || shape.K !== a.cols || shape.N !== b.cols || shape.K !== b.rows)) {
      return fail(ctx, [{ code: 'S0101', severity: 'error', message: `--gemm ${o.gemm} does not match the operands: A is ${a.rows}x${a.cols}, B is ${b.rows}x${b.cols}`, expected: `A ${shape.M}x${shape.K} and B ${shape.K}x${shape.N}`, hint: 'drop --gemm to take the shape from the files' }]);
    }
  } else {
    const s = shape!;
    const seed = Number(o.seed);
    a = generateMatrix(s.M, s.K, design.types.A, dist.value, seed);
    b = generateMatrix(s.K, s.N, design.types.B, dist.value, seed + 1);
  }

  // The design may declare the longest reduction it is built for (`workload K <= n`).
  const wl = parsed.context?.workload;
  if (wl && a.cols > wl.k) {
    ctx.stderr(renderDiagnostics([{ code: 'S0110', severity: 'warning', message: `K = ${a.cols} exceeds the design's declared workload K <= ${wl.k}`, span: wl.span, hint: 'the accumulator was sized for the declared K; overflow is still detected' }], sources));
  }

  let traceFd: number | undefined;
  let traceBuf: string[] = [];
  const flush = () => { if (traceFd !== undefined && traceBuf.length) { writeSync(traceFd, traceBuf.join('\n') + '\n'); traceBuf = []; } };
  if (o.trace) {
    try { traceFd = openSync(resolve(ctx.cwd, o.trace), 'w'); } catch (e) {
      return fail(ctx, [{ code: 'S0108', severity: 'error', message: `cannot write trace ${o.trace}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` }]);
    }
  }
  const macs = a.rows * a.cols * b.cols;
  const level = o.level === 'auto' ? (o.trace || macs <= AUTO_STEPPED_MACS ? 'stepped' : 'fast') : o.level;
  const r = level === 'fast'
    ? simulateFast(design, a, b, { wrap: o.wrap === true, activity: o.activity, ...(threads ? { threads } : {}), ...(sampleMacs ? { sampleMacs } : {}) })
    : simulate(design, a, b, {
      wrap: o.wrap === true, activity: o.activity,
      ...(traceFd !== undefined ? { trace: (l: string) => { traceBuf.push(l); if (traceBuf.length >= 4096) flush(); } } : {}),
    });
  flush();
  if (traceFd !== undefined) closeSync(traceFd);
  if (!r.value) {
    // Point overflow at the accumulator's declaration (`C: int16`), where the fix goes.
    const accSpan = parsed.context?.typeSpans?.acc;
    return fail(ctx, r.diagnostics.map((x) => (x.code === 'S0103' && accSpan ? { ...x, span: accSpan } : x)), sources);
  }
  const res = r.value;

  // Self-check against the plain integer GEMM: a mismatch is a simulator bug, never output.
  // Up to AUTO_STEPPED_MACS every element; above, 256 seeded elements (a plain JS GEMM of
  // the whole product would take far longer than the fast level itself).
  const checked = macs <= AUTO_STEPPED_MACS ? 'all' : 256;
  const same = checked === 'all' ? sameAsReference(a, b, design, res) : spotCheck(a, b, design, res, checked);
  if (!same) {
    ctx.stderr('tpe sim: internal error: simulated C differs from the reference GEMM. This is a bug; please report it with the design and inputs.\n');
    return raise(ctx, EXIT.TOOL);
  }

  if (o.out) {
    const dtype = resultDtype(design.types.acc.bits, design.types.acc.signed);
    try { writeFileSync(resolve(ctx.cwd, o.out), writeNpy(res.c, dtype)); } catch (e) {
      return fail(ctx, [{ code: 'S0108', severity: 'error', message: `cannot write ${o.out}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` }]);
    }
  }
  const input = o.a !== undefined ? `${o.a}, ${o.b}` : `${formatDist(dist.value)} seed ${o.seed}`;
  ctx.stdout(o.json ? jsonResult(design, res, input, checked) : table(design, res, input, checked, o.out));
}

function sameAsReference(a: IntMatrix, b: IntMatrix, d: Design, r: SimResult): boolean {
  const ref = referenceGemm(a, b, d.types.acc, true);
  return ref.value !== undefined && ref.value.data.every((v, i) => v === r.c.data[i]);
}

/** `count` seeded elements of C against their own exact dot products (wrapped to the accumulator). */
function spotCheck(a: IntMatrix, b: IntMatrix, d: Design, r: SimResult, count: number): boolean {
  const M = a.rows, K = a.cols, N = b.cols;
  const rnd = mulberry32(12345);
  const acc = d.types.acc;
  for (let i = 0; i < count; i++) {
    const m = Math.floor(rnd() * M), n = Math.floor(rnd() * N);
    let s = 0n, f = 0;
    for (let k = 0; k < K; k++) {
      f += a.data[m * K + k] * b.data[k * N + n];
      if (Math.abs(f) > 2 ** 52) { s += BigInt(f); f = 0; }
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
  const how = k.kind === 'wasm-simd' ? `WebAssembly SIMD GEMM on ${k.threads} thread(s)${k.digits === 2 ? ', 16-bit operand split into 8-bit digits' : ''}${k.transposed ? ', transposed' : ''}` : 'exact JavaScript GEMM';
  return `fast (exact C, cycles from the closed form, ${how}; ${r.replayed} element(s) replayed for overflow checks)`;
}

function togglesNote(r: SimResult): string {
  if (!isFast(r) || !r.activitySample) return '';
  const s = r.activitySample;
  if (s.exact) return ` (every tile stepped: exact)`;
  const worst = Math.max(...Object.values(s.relStdErr));
  return ` (estimated from ${s.tilesSampled} of ${s.tiles} tiles stepped, stratified by tile extent, seed ${s.seed}; relative standard error <= ${(100 * worst).toFixed(2)}%)`;
}

function jsonResult(d: Design, r: SimResult, input: string, checked: 'all' | number): string {
  const small = r.c.rows * r.c.cols <= 65536;
  const fast = isFast(r) ? r : undefined;
  const out = {
    design: d.name, architecture: d.architecture, optimizations: appliedOptimizations(d), input,
    level: fast ? 'fast' : 'stepped',
    ...(fast ? { kernel: fast.kernel, replayed: fast.replayed, ...(fast.activitySample ? { activitySample: fast.activitySample } : {}) } : {}),
    referenceCheck: checked === 'all' ? 'every element equals the plain integer GEMM' : `${checked} seeded elements equal their exact dot products`,
    shape: r.shape, array: r.array, cycles: r.cycles, utilization: Number(r.utilization.toFixed(6)), macs: r.macs,
    toggles: r.toggles, overflowCount: r.overflowCount, overflows: r.overflows,
    peBusy: Array.from(r.peBusy), tiles: r.tiles,
    c: small ? Array.from(r.c.data, (v) => (v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v.toString())) : null,
    ...(small ? {} : { cNote: 'C has more than 65536 elements: write it with --out C.npy' }),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

function table(d: Design, r: SimResult, input: string, checked: 'all' | number, out?: string): string {
  const opts = appliedOptimizations(d);
  const t = r.cycles;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const g = r.toggles;
  const rows: [string, string][] = [
    ['design', `${d.name} (${d.architecture}${opts.length ? ', ' + opts.join('+') : ''}), ${r.array.rows}x${r.array.cols}${r.array.depth > 1 ? 'x' + r.array.depth : ''} PEs`],
    ['GEMM', `${r.shape.M}x${r.shape.N}x${r.shape.K}, ${input}`],
    ['level', levelLine(r)],
    ['cycles', `${t.total} (fill ${t.fill}, steady ${t.steady}, drain ${t.drain}, stalls ${t.stalls}) over ${r.tiles.length} tile(s)`],
    ['utilization', `${pct(r.utilization)} (${r.macs} MACs)`],
    ['toggles', `operand regs ${g.operandRegs}, partial products ${g.partialProducts}, compressor outputs ${g.compressorOutputs}, accumulators ${g.accumulatorRegs}, pipeline ${g.pipelineRegs}${togglesNote(r)}`],
    ['C', `${r.c.rows}x${r.c.cols}, ${checked === 'all' ? 'equal to the plain integer GEMM' : `${checked} seeded elements checked against the plain integer GEMM`}${r.overflowCount > 0 ? ` wrapped to ${d.types.acc.signed ? 'int' : 'uint'}${d.types.acc.bits}` : ''}${out ? `, written to ${out}` : ''}`],
  ];
  if (r.overflowCount > 0) rows.push(['overflow', `${r.overflowCount} wrapped (first C[${r.overflows[0].m}][${r.overflows[0].n}] at cycle ${r.overflows[0].cycle})`]);
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n') + '\n';
}

export type { Dist };
