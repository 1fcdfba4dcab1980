// One fast-level simulation in a process of its own, so its peak memory is its own:
// `tsx bench/fast-child.ts design.tpe MxNxK [--no-activity] [--threads N]` prints one JSON
// line: wall and CPU milliseconds (CPU over all threads), peak RSS, cycles, and a spot check of
// 64 seeded elements against their own exact dot products.
import { loadDesign } from '../dsl/index.js';
import { parseGemmShape } from '../ir/index.js';
import { fastCycles, generateMatrix, mulberry32, simulateFast } from '../simulator/index.js';

const [file, shapeArg, ...rest] = process.argv.slice(2);
const shape = parseGemmShape(shapeArg ?? '');
const d = loadDesign(file ?? '').value;
if (!shape || !d) {
  console.error('usage: tsx bench/fast-child.ts design.tpe MxNxK [--no-activity] [--threads N]');
  process.exit(2);
}
const activity = !rest.includes('--no-activity');
const ti = rest.indexOf('--threads');
const threads = ti >= 0 ? Number(rest[ti + 1]) : undefined;
const { M, N, K } = shape;
const a = generateMatrix(M, K, d.types.A, { kind: 'normal', mean: 0, std: 20 }, 1);
const b = generateMatrix(K, N, d.types.B, { kind: 'normal', mean: 0, std: 20 }, 2);
const t0 = performance.now(),
  c0 = process.cpuUsage();
const r = simulateFast(d, a, b, { activity, ...(threads ? { threads } : {}) });
const cpu = process.cpuUsage(c0),
  wall = performance.now() - t0;
const v = r.value;
if (!v) {
  console.error(r.diagnostics.map((x) => x.message).join('\n'));
  process.exit(1);
}
// Spot check: 64 seeded elements against their own dot products (BigInt), and the closed form.
const rnd = mulberry32(7);
let spot = true;
for (let i = 0; i < 64; i++) {
  const m = Math.floor(rnd() * M),
    n = Math.floor(rnd() * N);
  let s = 0n;
  for (let k = 0; k < K; k++) s += BigInt(a.data[m * K + k] * b.data[k * N + n]);
  if (v.c.data[m * N + n] !== s) spot = false;
}
const closed = fastCycles(d, shape).value?.total;
console.log(
  JSON.stringify({
    wallMs: wall,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    cycles: v.cycles.total,
    closedForm: closed,
    spotCheck: spot,
    kernel: v.kernel,
    sample: v.activitySample ?? null,
  }),
);
