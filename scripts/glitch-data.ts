// Glitch energy, measured (issues 10/11): every distinct design of `tpe reproduce --synth --small`
// (2x2 arrays, cube 2x2x2, the K=4 adder tree, the bit-slice 2x2 and c16/c32 2x1 forms), each at
// the clock that command's rule gives it, on the cut GEMM 16x16x64 of the reproduce workload:
// the gate level zero-delay and timed (OpenSTA SDF delays, inertial pulses; one run gives both),
// split logic / flip-flops, beside the estimate's raw energy terms (cost/estimate.ts energyTerms,
// before the fitted factors) and its stages on the same workload and clock. One JSON line per
// design on stdout: the data `scripts/glitch-fit.ts` fits the estimate's glitch factors on.
//   npx tsx scripts/glitch-data.ts [files...] > tech/fits/glitch-ihp-sg13g2.jsonl   (sta; synthesis cached in .tpe-cache/synth;
//   about 6 min warm on 2 cores, plus the reproduce clocks' syntheses cold: `tpe reproduce --synth --small` warms them)
//   npx tsx scripts/glitch-data.ts --reestimate DATA.jsonl > new.jsonl   (keeps every line's gate level, clock and
//   cycles; recomputes only its `est` part with the current estimate: after a change to the estimate, not to the RTL)
import { cutGemm, reproduceClock } from '../pipeline/reproduce-synth.js';
import { REPRODUCE_PAIRS } from '../pipeline/reproduce-pairs.js';
import { loadPairDesign, pairFiles } from '../pipeline/reproduce.js';
import { simulatedWorkload } from '../pipeline/workload.js';
import { readFileSync } from 'node:fs';
import type { Design, GemmShape } from '../ir/index.js';
import { energyTerms, estimate } from '../cost/estimate.js';
import { loadTech } from '../cost/tech/load.js';
import { designPower } from '../power/flow.js';
import { CACHE, dist, gateRun, ROOT } from './gate-level-setup.js';

const given = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const shape = cutGemm({ M: 256, N: 256, K: 256 });
const tech = loadTech('ihp-sg13g2', ROOT).value!;
const log = (s: string) => process.stderr.write(s + '\n');
// The estimate's part of a line: the same workload (seed 1) with the gate level's simulated cycles.
const estPart = (d: Design, clockNs: number, cycles: number | undefined, sh: GemmShape) => {
  const w0 = simulatedWorkload(d, sh, dist, 1).value!;
  const w = { ...w0, cycles: cycles ?? w0.cycles };
  const e = estimate(d, { tech, workload: w, clockNs }).value!;
  return {
    w,
    est: {
      perMacFj: e.power!.atClock!.perMac,
      terms: Object.fromEntries(Object.entries(energyTerms(e.inventory, tech, w, d)).map(([k, v]) => [k, v / w.macs])),
      stages: e.timing.stages.map((s) => ({ name: s.name, logic: Math.round(s.logic * 1e4) / 1e4 })),
    },
  };
};
const ri = process.argv.indexOf('--reestimate');
if (ri >= 0) {
  const shrinkOf = new Map<string, boolean>();
  for (const p of REPRODUCE_PAIRS) {
    const f = pairFiles(p, true);
    shrinkOf.set(f.baseline, f.shrink);
    shrinkOf.set(f.variant, f.shrink);
  }
  const lines = readFileSync(process.argv[ri + 1], 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  for (const l of lines) {
    const row = JSON.parse(l) as { file: string; clockNs: number; cycles: number; est: unknown };
    const d = loadPairDesign(ROOT, row.file, shrinkOf.get(row.file) ?? true).value!;
    row.est = estPart(d, row.clockNs, row.cycles, shape).est;
    process.stdout.write(JSON.stringify(row) + '\n');
  }
  process.exit(0);
}
const seen = new Set<string>();
for (const p of REPRODUCE_PAIRS) {
  const f = pairFiles(p, true);
  for (const file of [f.baseline, f.variant]) {
    if (seen.has(file) || (given.length > 0 && !given.includes(file))) continue;
    seen.add(file);
    const d = loadPairDesign(ROOT, file, f.shrink).value!;
    const c = await reproduceClock(d, file, { cacheDir: CACHE });
    if (!c.value) throw new Error(`${file}: ${c.diagnostics.map((x) => x.message).join('; ')}`);
    const clockNs = c.value.clockNs;
    const pw = await designPower(d, { ...gateRun(shape, clockNs), activity: 'timed', pulse: 'inertial' });
    if (!pw.value) throw new Error(`${file}: ${pw.diagnostics.map((x) => x.message).join('; ')}`);
    const g = pw.value.gate!;
    const z = g.timed!.zeroDelay;
    const macs = pw.value.macs!;
    const { w, est } = estPart(d, clockNs, pw.value.simulatedCycles, shape);
    const fj = (j: number) => (j / macs) * 1e15;
    const row = {
      file,
      clockNs,
      macs,
      cycles: w.cycles,
      gate: {
        zero: { logic: fj(z.energyJ.combinational), ff: fj(z.energyJ.sequential), total: fj(z.energyJ.total) },
        timed: { logic: fj(g.energyJ.combinational), ff: fj(g.energyJ.sequential), total: fj(g.energyJ.total) },
        toggles: g.timed!.toggles,
      },
      est,
    };
    log(
      `${file} at ${clockNs} ns: zero ${(row.gate.zero.total / 1000).toFixed(3)}, timed ${(row.gate.timed.total / 1000).toFixed(3)} pJ/MAC`,
    );
    process.stdout.write(JSON.stringify(row) + '\n');
  }
}
