// `npm run bench:sweep` (tsx bench/sweep.ts [--quick]): throughput of the sweep runner at the fast
// level, end to end. The runner is the shipped one (dist/, rebuilt first), as `tpe sweep` runs it.
//   1. baseline: the evaluator in this thread, from the sources (points/s, CPU time);
//   2. the runner with 2 worker threads on a big spec: points/s wall and per CPU second of the
//      whole process (all threads), and the ratio to the baseline;
//   3. a 10,000-point sweep end to end: `tpe sweep` + `tpe merge` as child processes, wall time;
//   4. memory: the runner's peak RSS on a spec of N and 10 N points (flat = about equal).
// Wall times on a shared machine are load-dependent; CPU seconds are steadier: both are printed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle } from '../build/bundle.mjs';
import { Evaluator } from '../sweep/evaluate.js';
import { parseSpecText } from '../sweep/spec.js';

const quick = process.argv.includes('--quick');
const ROOT = resolve(import.meta.dirname, '..');
const EX = join(ROOT, 'examples');

/** A spec of 5 architectures x array sizes (x clocks) x `gemms` workload GEMMs. */
function specText(gemms: number, rowsAxis: number[], clocks = [2]): string {
  const list: string[] = [];
  for (let i = 0; list.length < gemms; i++) list.push(`${1 + (i % 64)}x${256 * (1 + ((i >> 6) % 16))}x${256 * (1 + ((i >> 10) % 16))}`);
  return [
    'name: bench',
    'level: fast',
    'kLimit: accumulator',
    `designs: [${['sa_os', 'sa_ws', 'cube', 'adder_tree', 'matrix2d'].map((d) => join(EX, `${d}.tpe`)).join(', ')}]`,
    'axes:',
    `  rows: [${rowsAxis.join(', ')}]`,
    '  cols: [8, 16]',
    `  clock: [${clocks.join(', ')}]`,
    'workloads:',
    `  - gemms: [${list.join(', ')}]`,
    '',
  ].join('\n');
}

async function spec(gemms: number, rowsAxis: number[], parse = parseSpecText, clocks = [2]) {
  const r = await parse(specText(gemms, rowsAxis, clocks), 'bench.yaml', EX);
  if (!r.spec) throw new Error(JSON.stringify(r.diagnostics));
  return r.spec;
}

const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
const k = (x: number) => `${(x / 1000).toFixed(1)}k`;
await bundle();
const shipped = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as typeof import('../sweep/index.js');
const runSweep = shipped.runSweep;
const childMem = process.argv.indexOf('--child-mem');
if (childMem > 0) {
  // The same spec size (1000 GEMMs), N clock values: N x 40 design combinations.
  const n = Number(process.argv[childMem + 1]);
  const s = await spec(
    1000,
    [4, 8, 16, 32],
    shipped.parseSpecText,
    Array.from({ length: n }, (_, i) => 1 + i / 10),
  );
  await runSweep({ spec: s, out: process.argv[childMem + 2], workers: 2, restart: true });
  console.log(process.resourceUsage().maxRSS * 1024);
  process.exit(0);
}
const tmp = mkdtempSync(join(tmpdir(), 'tpe-bench-sweep-'));

try {
  // 1. Baseline: in this thread.
  const base = await spec(quick ? 2000 : 5000, [4, 8]);
  const ev = new Evaluator(base);
  const idx = [...Array(ev.space.points).keys()];
  await ev.batch(idx.slice(0, 2000)); // JIT warm-up and design caches of the first combinations
  let c0 = cpu(),
    t0 = performance.now();
  await ev.batch(idx); // the rows as the file's bytes, as a worker builds them
  const baseWall = (performance.now() - t0) / 1000,
    baseCpu = cpu() - c0;
  const baseRate = idx.length / baseWall,
    baseCpuRate = idx.length / baseCpu;
  console.log(
    `baseline, in-process: ${idx.length} points in ${baseWall.toFixed(2)} s wall (${k(baseRate)}/s), ${baseCpu.toFixed(2)} CPU s (${k(baseCpuRate)} per CPU s)`,
  );

  // 2. The runner, 2 workers.
  const big = await spec(quick ? 10_000 : 20_000, [4, 8, 16, 32], shipped.parseSpecText);
  c0 = cpu();
  t0 = performance.now();
  const r = await runSweep({ spec: big, out: join(tmp, 'big'), workers: 2, restart: true });
  const wall = (performance.now() - t0) / 1000,
    used = cpu() - c0;
  const n = r.result!.written;
  console.log(
    `runner, 2 workers: ${n} points in ${wall.toFixed(2)} s wall = ${k(n / wall)}/s (${(n / wall / baseRate).toFixed(2)}x the in-process baseline); ${used.toFixed(2)} CPU s = ${k(n / used)} per CPU s (${(n / used / baseCpuRate).toFixed(2)}x), ${k((2 * n) / used)}/s projected on 2 free cores`,
  );

  // 3. 10,000 points end to end through the CLI (spec -> sweep -> merge).
  const e2e = join(tmp, 'e2e.yaml');
  writeFileSync(e2e, specText(250, [4, 8, 16, 32]));
  t0 = performance.now();
  const tpe = join(ROOT, 'bin', 'tpe.js');
  execFileSync(process.execPath, [tpe, 'sweep', e2e, '-o', join(tmp, 'e2e'), '-q', '--restart'], { stdio: 'pipe' });
  execFileSync(process.execPath, [tpe, 'merge', join(tmp, 'e2e'), '-o', join(tmp, 'e2e.jsonl')], { stdio: 'pipe' });
  const e2eWall = (performance.now() - t0) / 1000;
  console.log(
    `10,000-point sweep end to end (tpe sweep + tpe merge, 2 workers, process start included): ${e2eWall.toFixed(2)} s wall (target < 20 s)`,
  );

  // 4. Memory: peak RSS of a fresh process running the runner (main thread + workers) at N and
  // 10 N points of specs of the same size (more clock values, so more design combinations).
  const mem: number[] = [];
  for (const c of quick ? [1, 5] : [1, 10]) {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'bench', 'sweep.ts'), '--child-mem', String(c), join(tmp, `mem${c}`)],
      { encoding: 'utf8' },
    );
    const peak = Number(out.trim().split('\n').at(-1));
    mem.push(peak);
    console.log(`memory: ${c * 40_000} points, peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`);
  }
  console.log(`memory ratio (${quick ? 5 : 10}x the points): ${(mem[1] / mem[0]).toFixed(2)}x`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
