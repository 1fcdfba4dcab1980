// `npx tsx bench/reading.ts [REPS] [--baseline DIR]`: CPU time of the RTL reading
// (cost/inventory/rtl-reading.ts readModel) of the 40 design structures of `npm run bench:sweep`
// (sa_os, sa_ws, cube, adder_tree, matrix2d x rows 4, 8, 16, 32 x cols 8, 16), the largest part
// of a fast-level sweep worker's time. The RTL models are built first (not timed); each
// repetition reads every model afresh. The hash covers what the reading gives the inventory
// (items, totals, segments, PE count, undriven signals), so a change that alters a reading shows.
// `--baseline DIR` times another checkout's reading too (e.g. `git worktree add /tmp/base main`,
// its node_modules linked), alternating the two, in child processes of their own.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const reps = Number(args.find((a) => /^\d+$/.test(a)) ?? 2);
const bi = args.indexOf('--baseline');
const child = args.indexOf('--child');

if (child >= 0) {
  // Times the reading of the tree at args[child + 1], prints `ms hash`.
  const tree = args[child + 1];
  const imp = async <T>(p: string) => (await import(pathToFileURL(join(tree, p)).href)) as T;
  const { applyAxes } = await imp<typeof import('../sweep/axes.js')>('sweep/axes.ts');
  const { loadDesign } = await imp<typeof import('../dsl/index.js')>('dsl/index.ts');
  const { buildRtlModel } = await imp<typeof import('../rtl/index.js')>('rtl/index.ts');
  // The reading's module by path (bench/ may not import cost/: test/architecture.test.ts).
  type Reading = { items: unknown; totals: unknown; segments: unknown; pes: number; undriven: unknown };
  const { readModel } = await imp<{ readModel: (m: unknown) => Reading }>('cost/inventory/rtl-reading.ts');
  const models = [];
  for (const name of ['sa_os', 'sa_ws', 'cube', 'adder_tree', 'matrix2d']) {
    const file = join(ROOT, 'examples', `${name}.tpe`);
    const d = loadDesign(file, { cwd: ROOT });
    if (!d.value) throw new Error(`${file}: ${JSON.stringify(d.diagnostics)}`);
    for (const rows of [4, 8, 16, 32])
      for (const cols of [8, 16]) {
        const v = applyAxes(d.value, ['rows', 'cols', 'clock'], [rows, cols, 2]);
        const m = v.value && buildRtlModel(v.value);
        if (!m?.value) throw new Error(`${name} ${rows}x${cols}: no RTL model`);
        models.push(m.value);
      }
  }
  const h = createHash('sha256');
  const c0 = process.cpuUsage();
  for (let k = 0; k < reps; k++)
    for (const m of models) {
      const r = readModel(m);
      if (k === 0) h.update(JSON.stringify([r.items, r.totals, r.segments, r.pes, r.undriven]));
    }
  const c = process.cpuUsage(c0);
  console.log(`${((c.user + c.system) / 1e3).toFixed(0)} ${h.digest('hex').slice(0, 16)} ${models.length}`);
  process.exit(0);
}

const trees = bi >= 0 ? [resolve(args[bi + 1]), ROOT] : [ROOT];
const runs = bi >= 0 ? 3 : 1;
const times = new Map<string, number[]>(trees.map((t) => [t, []]));
for (let r = 0; r < runs; r++)
  for (const t of trees) {
    const p = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'reading.ts'), String(reps), '--child', t], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (p.status !== 0) throw new Error(`${t}: ${p.stderr}`);
    const [ms, hash, n] = p.stdout.trim().split('\n').at(-1)!.split(' ');
    times.get(t)!.push(Number(ms));
    console.log(`${t}: ${n} readings x ${reps}: ${ms} CPU ms, readings ${hash}`);
  }
if (bi >= 0) {
  const best = (t: string) => Math.min(...times.get(t)!);
  console.log(`best of ${runs}: baseline ${best(trees[0])} ms, this tree ${best(ROOT)} ms, ${(best(trees[0]) / best(ROOT)).toFixed(2)}x`);
}
