// Fits the estimate's glitch factors (corrections.glitch, cost/glitch.ts) on the data of
// scripts/glitch-data.ts: every distinct design of `tpe reproduce --synth --small` at its reproduce
// clock, timed (inertial) gate-level energy per MAC against the zero-delay estimate, its product
// datapath part and its limiting stage's logic delay. Prints the factors, the per-design error of
// the timed estimate, and the energy-efficiency ratios of the pairs (estimate / gate level, timed).
// Designs whose figures repeat (the c32 forms shrink to the c16 ones, sa_os to sa_os_16x16) count once.
//   npx tsx scripts/glitch-fit.ts [tech/fits/glitch-ihp-sg13g2.jsonl] [--step PS]   (the committed data by default)
import { readFileSync } from 'node:fs';
import { fitGlitch, glitchEnergy, glitchPoints, type GlitchPoint } from '../cost/glitch.js';
import { loadTech } from '../cost/tech/load.js';
import { REPRODUCE_PAIRS } from '../pipeline/reproduce-pairs.js';
import { pairFiles } from '../pipeline/reproduce.js';
import { ROOT } from './gate-level-setup.js';

const args = process.argv.slice(2);
const si = args.indexOf('--step');
const step = si >= 0 ? Number(args[si + 1]) : 50;
const file = args.find((a, i) => !a.startsWith('--') && (si < 0 || i !== si + 1)) ?? `${ROOT}/tech/fits/glitch-ihp-sg13g2.jsonl`;
const tech = loadTech('ihp-sg13g2', ROOT).value!;
const fLogic = tech.corrections.energy?.logic ?? 1;

const { rows, points, byFile } = glitchPoints(readFileSync(file, 'utf8'), fLogic);
const fit = fitGlitch(points, step);
if (!fit) throw new Error('fewer than 3 designs');
const f3 = (x: number) => x.toFixed(3);
console.log(
  `glitch factors: perDelay ${fit.factors.perDelay.toPrecision(4)} per ps, onset ${fit.factors.onset} ps; ${points.length} designs, rms ${fit.rmsPct.toFixed(1)}%, worst ${fit.worstPct.toFixed(1)}%`,
);
console.log('\n| design | zero-delay estimate / gate pJ/MAC | timed estimate / gate pJ/MAC | timed error |\n|---|---|---|---|');
const rowOf = new Map(rows.map((r) => [r.file, r]));
const timedEst = (p: GlitchPoint) => p.estimate + glitchEnergy(fit.factors, p.logic, p.depth);
for (const p of points)
  console.log(
    `| ${p.design} | ${f3(p.estimate / 1000)} / ${f3(rowOf.get(p.design)!.gate.zero.total / 1000)} | ${f3(timedEst(p) / 1000)} / ${f3(p.timed / 1000)} | ${(timedEst(p) / p.timed - 1 >= 0 ? '+' : '') + ((timedEst(p) / p.timed - 1) * 100).toFixed(1)}% |`,
  );
console.log('\n| pair | energy eff. zero-delay estimate / gate | timed estimate / gate |\n|---|---|---|');
for (const pr of REPRODUCE_PAIRS) {
  const f = pairFiles(pr, true);
  const b = byFile.get(f.baseline),
    v = byFile.get(f.variant);
  if (!b || !v) continue;
  const zb = rowOf.get(f.baseline)!.gate.zero.total,
    zv = rowOf.get(f.variant)!.gate.zero.total;
  console.log(
    `| ${pr.architecture}: ${f.variant} | ${(b.estimate / v.estimate).toFixed(2)} / ${(zb / zv).toFixed(2)} | ${(timedEst(b) / timedEst(v)).toFixed(2)} / ${(b.timed / v.timed).toFixed(2)} |`,
  );
}
