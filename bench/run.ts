// `npm run bench` (tsx bench/run.ts [--quick] [--big] [--no-rtl] [--fast-max N]): every figure is
// a ratio against a baseline measured in the same run (the machine is shared: absolute times
// move with the load, which is printed at the start and the end). Times are CPU time (user +
// system, all threads of the process) unless they say wall.
//  1. Stepped engine vs a plain JavaScript integer GEMM (i-k-j) of the same shape, with and
//     without toggle counting (aim: within 10x with, 4x without); closed-form cycle evaluations/s.
//  2. Fast exact level vs the plain GEMM, from 256^3 up to 4096^3 (--fast-max): in process up to
//     1024^3; above, in a child process of its own (so its peak memory is its own), against the
//     plain GEMM's rate measured here at 1024^3 (a plain JS GEMM of 4096^3 would take minutes).
//  3. The generated RTL of examples/sa_os_opt1.tpe on Verilator (its default -O0 build, cached in
//     .tpe-cache/) against the fast level, the stepped engine and the plain GEMM on the same
//     design, shapes and data (--no-rtl skips it; skipped with a note when Verilator is missing).
//   --quick  64^3 for the stepped engine, fast level up to 1024^3, RTL at 64^3 and 128^3
//   --big    also 1024^3 stepped on the 32x32 systolic array without activity (memory check)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadDesign } from '../dsl/index.js';
import { presetDesign, type Design, type IntMatrix } from '../ir/index.js';
import { buildRtlModel } from '../rtl/index.js';
import { renderModel } from '../rtl/render.js';
import { buildSim } from '../rtl/sim/build.js';
import { testbenchSource } from '../rtl/sim/testbench.js';
import { verilatorStatus } from '../rtl/sim/tools.js';
import { digitStatsFromData, fastCycles, generateMatrix, simulate, simulateFast } from '../simulator/index.js';
import { baselineArg, startupBench } from './startup.js';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const quick = args.has('--quick');
const fastMax = argv.includes('--fast-max') ? Number(argv[argv.indexOf('--fast-max') + 1]) : quick ? 1024 : 4096;
const SHAPES: [number, number, number][] = quick
  ? [[64, 64, 64]]
  : [
      [64, 64, 64],
      [256, 256, 256],
      [512, 512, 256],
    ];
const ARRAYS = [16, 32];

let peakRss = 0,
  peakHeap = 0;
function sampleMemory(): void {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers);
}

/** The textbook triple loop (m, n, k; dot products), integer accumulation. */
function textbookGemm(a: IntMatrix, b: IntMatrix): Int32Array {
  const M = a.rows,
    K = a.cols,
    N = b.cols;
  const c = new Int32Array(M * N);
  const A = a.data,
    B = b.data;
  for (let m = 0; m < M; m++)
    for (let n = 0; n < N; n++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += A[m * K + k] * B[k * N + n];
      c[m * N + n] = s;
    }
  return c;
}

/** The plain GEMM everything is compared with: i-k-j order over typed arrays (cache friendly, the faster one). */
function plainGemm(a: IntMatrix, b: IntMatrix): Float64Array {
  const M = a.rows,
    K = a.cols,
    N = b.cols;
  const c = new Float64Array(M * N);
  const A = a.data,
    B = b.data;
  for (let m = 0; m < M; m++) {
    const co = m * N;
    for (let k = 0; k < K; k++) {
      const av = A[m * K + k];
      const bo = k * N;
      for (let n = 0; n < N; n++) c[co + n] += av * B[bo + n];
    }
  }
  return c;
}

/**
 * CPU milliseconds (user + system) per call, the best of runs of at least minMs: on a shared
 * machine CPU time is far steadier than wall time. The first call warms the JIT up.
 */
function time<T>(f: () => T, minMs = 300): { ms: number; wall: number; value: T } {
  let value = f();
  let best = Infinity,
    wall = Infinity;
  const t0 = performance.now();
  do {
    const c0 = process.cpuUsage(),
      w0 = performance.now();
    value = f();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
    wall = Math.min(wall, performance.now() - w0);
  } while (performance.now() - t0 < minMs);
  return { ms: best, wall, value };
}

/** One call's CPU milliseconds (the JIT is already warm). */
function once<T>(f: () => T): { ms: number; wall: number; value: T } {
  const c0 = process.cpuUsage(),
    w0 = performance.now();
  const value = f();
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000, wall: performance.now() - w0, value };
}

const fmt = (x: number) =>
  x >= 1e9 ? `${(x / 1e9).toFixed(2)}G` : x >= 1e6 ? `${(x / 1e6).toFixed(1)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)}k` : x.toFixed(0);
const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
const int8 = { signed: true, bits: 8 };
const gen = (M: number, N: number, K: number): [IntMatrix, IntMatrix] => [
  generateMatrix(M, K, int8, { kind: 'normal', mean: 0, std: 20 }, 1),
  generateMatrix(K, N, int8, { kind: 'normal', mean: 0, std: 20 }, 2),
];

console.log(`TPE simulator benchmark (node ${process.version}, ${availableParallelism()} cores); load average at start: ${load()}`);

// ---- 1. Stepped engine vs plain GEMM -------------------------------------------------------
interface Row {
  design: string;
  shape: string;
  ratio: number;
  activity: boolean;
  digitTiming: boolean;
  fastPerS: number;
}
const rows: Row[] = [];

function designsFor(size: number): Design[] {
  return [
    presetDesign('systolic-os', 'baseline', { rows: size, cols: size }),
    presetDesign('systolic-os', 'opt1', { rows: size, cols: size }),
    presetDesign('systolic-ws', 'baseline', { rows: size, cols: size }),
    presetDesign('systolic-ws', 'opt2', { rows: size, cols: size }),
    presetDesign('matrix2d', 'opt1', { rows: size, cols: size }),
    presetDesign('adder-tree', 'opt2', { rows: size, cols: size }),
    presetDesign('cube', 'opt1', { rows: size / 4, cols: size / 4, depth: 4 }),
  ];
}

{
  // Warm the JIT up on every engine (V8 optimizes a function after some calls, in the
  // background: under load that takes a while), so no measured row is the one that compiles.
  const [wa, wb] = gen(48, 48, 48);
  for (let rep = 0; rep < 25; rep++) {
    for (const size of ARRAYS)
      for (const d of [
        ...designsFor(size),
        presetDesign('bitslice', 'opt3', { rows: size, cols: size }),
        presetDesign('bitslice', 'baseline', { rows: size, cols: size }),
      ])
        for (const activity of [true, false]) simulate(d, wa, wb, { activity });
  }
}

console.log('\n1. Stepped engine / plain JS GEMM (i-k-j), CPU time');
for (const [M, N, K] of SHAPES) {
  const [a, b] = gen(M, N, K);
  const plain = time(() => plainGemm(a, b));
  const textbook = time(() => textbookGemm(a, b));
  sampleMemory();
  console.log(
    `\n${M}x${N}x${K}: plain GEMM (i-k-j) ${plain.ms.toFixed(1)} ms = ${fmt((M * N * K) / (plain.ms / 1000))} MAC/s; textbook (m-n-k) ${textbook.ms.toFixed(1)} ms`,
  );
  for (const size of ARRAYS) {
    const list = [...designsFor(size)];
    // Per-digit-timing (zero-skip) designs on the smallest shape only: listed apart from the aim.
    if (M === 64)
      list.push(
        presetDesign('bitslice', 'opt3', { rows: size, cols: size }),
        presetDesign('bitslice', 'baseline', { rows: size, cols: size }),
      );
    for (const d of list) {
      for (const activity of [true, false]) {
        const sim = M === 64 ? time(() => simulate(d, a, b, { activity }), 200) : once(() => simulate(d, a, b, { activity }));
        // The plain GEMM again right after: the smaller of the two is the baseline of this row.
        const p2 = M === 64 ? time(() => plainGemm(a, b), 100).ms : once(() => plainGemm(a, b)).ms;
        const base = Math.min(plain.ms, p2);
        sampleMemory();
        const r = sim.value.value!;
        const digitTiming = d.architecture === 'bitslice';
        const stats = digitTiming
          ? { kind: 'dist' as const, a: { kind: 'normal' as const, mean: 0, std: 20 }, b: { kind: 'normal' as const, mean: 0, std: 20 } }
          : undefined;
        if (digitTiming && activity) {
          const est = fastCycles(d, { M, N, K }, stats).value!.total,
            exact = fastCycles(d, { M, N, K }, digitStatsFromData(d, a, b)).value!.total;
          console.log(
            `  ${d.name}: closed form exact from data ${exact} (= stepped ${r.cycles.total}), estimate from normal(0,20) ${est.toFixed(1)}`,
          );
        }
        const FAST_N = 20_000;
        const c0 = process.cpuUsage();
        for (let n = 0; n < FAST_N; n++) fastCycles(d, { M, N, K: K + (n & 1) }, stats);
        const cf = process.cpuUsage(c0);
        const fastPerS = FAST_N / Math.max(1e-6, (cf.user + cf.system) / 1e6);
        const row: Row = {
          design: `${d.name}${activity ? '' : ' (no activity)'}`,
          shape: `${M}x${N}x${K}`,
          ratio: sim.ms / base,
          activity,
          digitTiming,
          fastPerS,
        };
        rows.push(row);
        const arr = `${r.array.rows}x${r.array.cols}${r.array.depth > 1 ? `x${r.array.depth}` : ''}`;
        console.log(
          `${row.shape.padEnd(12)} ${arr.padEnd(7)} ${row.design.padEnd(34)} sim ${sim.ms.toFixed(0).padStart(6)} ms ${fmt((M * N * K) / (sim.ms / 1000)).padStart(7)} MAC/s  plain ${base.toFixed(1).padStart(6)} ms  ratio ${row.ratio.toFixed(1).padStart(5)}x  closed form ${fmt(fastPerS).padStart(7)} eval/s  cycles ${r.cycles.total}`,
        );
      }
    }
  }
}

if (args.has('--big')) {
  const M = 1024,
    N = 1024,
    K = 1024;
  const d = presetDesign('systolic-os', 'opt1', { rows: 32, cols: 32 });
  const [a, b] = gen(M, N, K);
  const { ms, value: r } = once(() => simulate(d, a, b, { activity: false }));
  sampleMemory();
  const p = once(() => plainGemm(a, b));
  console.log(
    `\n1024x1024x1024 32x32 ${d.name} stepped (no activity): ${(ms / 1000).toFixed(1)} s, ${r.value!.cycles.total} cycles, plain ${p.ms.toFixed(0)} ms, ratio ${(ms / p.ms).toFixed(1)}x`,
  );
}

const aim = rows.filter((r) => !r.digitTiming && !r.shape.startsWith('64x'));
const worstOf = (rs: Row[], act: boolean) => rs.filter((r) => r.activity === act).reduce((m, r) => Math.max(m, r.ratio), 0);
const small = rows.filter((r) => !r.digitTiming && r.shape.startsWith('64x'));
const digit = rows.filter((r) => r.digitTiming);
console.log('');
if (aim.length > 0)
  console.log(
    `worst stepped / plain, designs without per-digit timing, 256^3 and 512x512x256: ${worstOf(aim, true).toFixed(1)}x with toggle counting (aim <= 10x), ${worstOf(aim, false).toFixed(1)}x without (aim <= 4x)`,
  );
console.log(
  `slowest closed form: ${fmt(rows.reduce((m, r) => Math.min(m, r.fastPerS), Infinity))} evaluations/s (zero-skip designs from distributions); aim > 100k`,
);
console.log(
  `worst at 64^3 (the plain GEMM runs from L1 there): ${worstOf(small, true).toFixed(1)}x with, ${worstOf(small, false).toFixed(1)}x without; bit-slice (per-digit timing) ${worstOf(digit, true).toFixed(1)}x with, ${worstOf(digit, false).toFixed(1)}x without`,
);

// ---- 2. Fast exact level vs plain GEMM -----------------------------------------------------
const sa = loadDesign(join(ROOT, 'examples/sa_os_opt1.tpe')).value!;
console.log(
  `\n2. Fast exact level (${sa.name}, 8x8 systolic OS OPT1, int8) / plain JS GEMM; CPU time over all threads, wall time beside it`,
);
let plainRate1024 = 0;
for (const S of [256, 512, 1024].filter((s) => s <= fastMax)) {
  const [a, b] = gen(S, S, S);
  const plain = S <= 512 ? time(() => plainGemm(a, b), 200) : once(() => plainGemm(a, b));
  const macs = S ** 3;
  if (S === 1024) plainRate1024 = macs / (plain.ms / 1000);
  for (const activity of [false, true]) {
    const f = S <= 512 ? time(() => simulateFast(sa, a, b, { activity }), 200) : once(() => simulateFast(sa, a, b, { activity }));
    sampleMemory();
    const v = f.value.value!;
    const note = activity ? `, toggles from ${v.activitySample!.tilesSampled}/${v.activitySample!.tiles} tiles` : ', no toggles';
    console.log(
      `${S}^3 fast${activity ? '' : ' (no activity)'}: ${f.ms.toFixed(0)} ms CPU (${f.wall.toFixed(0)} ms wall), ${fmt(macs / (f.ms / 1000))} MAC per CPU-s, ${fmt(macs / (f.wall / 1000))} MAC/s wall; plain GEMM ${plain.ms.toFixed(0)} ms = ${fmt(macs / (plain.ms / 1000))} MAC/s; fast is ${(plain.ms / f.ms).toFixed(1)}x faster in CPU time${note}`,
    );
  }
}
for (const S of [2048, 4096].filter((s) => s <= fastMax)) {
  for (const activity of [false, true]) {
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'bench/fast-child.ts'),
        join(ROOT, 'examples/sa_os_opt1.tpe'),
        `${S}x${S}x${S}`,
        ...(activity ? [] : ['--no-activity']),
      ],
      { encoding: 'utf8', cwd: ROOT },
    );
    const j = JSON.parse(out) as {
      wallMs: number;
      cpuMs: number;
      maxRssMiB: number;
      cycles: number;
      closedForm: number;
      spotCheck: boolean;
      kernel: { threads: number };
    };
    const macs = S ** 3;
    const vsPlain =
      plainRate1024 > 0 ? `; ${(macs / (j.cpuMs / 1000) / plainRate1024).toFixed(0)}x the plain GEMM's rate at 1024^3 (CPU)` : '';
    console.log(
      `${S}^3 fast${activity ? '' : ' (no activity)'} (own process, ${j.kernel.threads} threads): ${(j.wallMs / 1000).toFixed(1)} s wall, ${(j.cpuMs / 1000).toFixed(1)} s CPU, ${fmt(macs / (j.wallMs / 1000))} MAC/s wall, ${fmt(macs / (j.cpuMs / 1000))} MAC per CPU-s, peak RSS ${j.maxRssMiB.toFixed(0)} MiB, cycles ${j.cycles} (closed form ${j.closedForm}), 64 spot-checked elements ${j.spotCheck ? 'exact' : 'WRONG'}${vsPlain}`,
    );
  }
}

// Toggle sampling error: the fast level's sampled toggles against a full stepped run.
{
  console.log('\nfast level toggle sampling (default budget 2^24 stepped MACs) against a full stepped run of the same GEMM:');
  for (const [d, M, N, K] of [
    [sa, 512, 512, 256],
    [sa, 1024, 1024, 256],
    [presetDesign('systolic-ws', 'opt2', { rows: 16, cols: 16 }), 1024, 512, 256],
  ] as const) {
    const [a, b] = gen(M, N, K);
    const full = once(() => simulate(d, a, b)),
      f = once(() => simulateFast(d, a, b));
    const fv = f.value.value!,
      sv = full.value.value!,
      s = fv.activitySample!;
    const errs = (Object.keys(sv.toggles) as (keyof typeof sv.toggles)[])
      .filter((k) => sv.toggles[k] > 0)
      .map(
        (k) =>
          `${k} ${((100 * (fv.toggles[k] - sv.toggles[k])) / sv.toggles[k]).toFixed(3)}% (stated s.e. ${(100 * s.relStdErr[k]).toFixed(3)}%)`,
      );
    console.log(
      `  ${d.name} ${M}x${N}x${K}: ${s.tilesSampled}/${s.tiles} tiles sampled; error ${errs.join(', ')}; fast ${f.ms.toFixed(0)} ms CPU, full stepped ${full.ms.toFixed(0)} ms CPU`,
    );
  }
}

// ---- 3. Generated RTL on Verilator ----------------------------------------------------------
if (!args.has('--no-rtl')) {
  console.log(
    `\n3. Generated RTL of ${sa.name} on Verilator vs the simulator on the same design and data (CPU time; Verilator: the simulation process)`,
  );
  const v = verilatorStatus();
  if (!v.ok) console.log(`skipped: verilator not found (${v.fix})`);
  else {
    const model = buildRtlModel(sa).value!;
    const files = renderModel(model, sa.span.file);
    const top = model.modules.find((m) => m.name === model.top)!;
    const tb = testbenchSource(model.top, top.ports, model.tb, 'verilator');
    const built = await buildSim({
      top: model.top,
      files,
      testbench: tb,
      backend: 'verilator',
      cacheDir: join(ROOT, '.tpe-cache'),
      log: (l) => console.log(`  ${l}`),
    });
    if (!built.ok) console.log(`skipped: ${built.message}`);
    else {
      const dir = mkdtempSync(join(tmpdir(), 'tpe-bench-rtl-'));
      for (const S of quick ? [64, 128] : [64, 128, 256]) {
        const [a, b] = gen(S, S, S);
        writeFileSync(join(dir, 'in.txt'), `1\n${S} ${S} ${S}\n${a.data.join(' ')}\n${b.data.join(' ')}\n`);
        // /usr/bin/time: the simulation process's own user + system seconds.
        const res = execFileSync(
          'bash',
          ['-c', `{ /usr/bin/time -f '%U %S' "$0" < "$1" > "$2"; } 2>&1`, built.value.binary, join(dir, 'in.txt'), join(dir, 'out.txt')],
          { encoding: 'utf8' },
        );
        const [u, s] = res.trim().split(/\s+/).slice(-2).map(Number);
        const rtlMs = (u + s) * 1000;
        const fast = time(() => simulateFast(sa, a, b, { activity: true }), 200);
        const fastNoAct = time(() => simulateFast(sa, a, b, { activity: false }), 200);
        const st = time(() => simulate(sa, a, b, { activity: true }), 200);
        const stNo = time(() => simulate(sa, a, b, { activity: false }), 200);
        const plain = time(() => plainGemm(a, b), 200);
        const same = fast.value.value!.cycles.total === st.value.value!.cycles.total;
        console.log(
          `${S}^3: Verilator ${rtlMs.toFixed(0)} ms; fast level ${fast.ms.toFixed(1)} ms (${(rtlMs / fast.ms).toFixed(0)}x faster than Verilator; without toggles ${fastNoAct.ms.toFixed(1)} ms, ${(rtlMs / fastNoAct.ms).toFixed(0)}x); stepped ${st.ms.toFixed(0)} ms (${(rtlMs / st.ms).toFixed(1)}x; without toggles ${(rtlMs / stNo.ms).toFixed(1)}x); plain GEMM ${plain.ms.toFixed(1)} ms (${(rtlMs / plain.ms).toFixed(0)}x); cycles fast = stepped: ${same}`,
        );
      }
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

console.log(
  `\npeak memory of this process: rss ${mib(Math.max(peakRss, process.resourceUsage().maxRSS * 1024))}, heap+buffers ${mib(peakHeap)}; load average at the end: ${load()}`,
);

console.log(`\n${(await startupBench(10, baselineArg(process.argv))).text}`);
