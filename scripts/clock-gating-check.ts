// Does the estimate's clock-gating model (cost/clock-gating.ts) follow the gated gate-level power?
// Every design of the pairs in the form `tpe reproduce --synth --small` uses (2x2 arrays, cube
// 2x2x2, the K=4 adder tree) plus laconic_c16 / bitslice_c16_opt4c / bitslice_c16_opt3 shrunk the
// same way, at one relaxed clock for all (--clock, default 5 ns), on the cut GEMM 16x16x64 of the
// reproduce workload (normal(0,20), seed 1): the estimate (ihp-sg13g2, at the clock) ungated and with
// clockGating, beside `tpe power --gemm 16x16x64 --clock NS [--clock-gating]` (zero-delay toggles):
// energy per MAC, area, ICGs and gated flip-flops, one JSON line per design on stdout.
//   npx tsx scripts/clock-gating-check.ts [--clock NS] [--estimate-only] [files...]   (sta; synthesis cached in .tpe-cache/synth)
import { cutGemm } from '../pipeline/reproduce-synth.js';
import { loadPairDesign } from '../pipeline/reproduce.js';
import { simulatedWorkload } from '../pipeline/workload.js';
import { estimate } from '../cost/estimate.js';
import { loadTech } from '../cost/tech/load.js';
import { designPower } from '../power/flow.js';
import { dist, gateRun, ROOT } from './gate-level-setup.js';

const args = process.argv.slice(2);
const ci = args.indexOf('--clock');
const clockNs = ci >= 0 ? Number(args[ci + 1]) : 5;
// --estimate-only: the estimates alone (no synthesis, no gate-level simulation).
const estimateOnly = args.includes('--estimate-only');
const given = args.filter((a, i) => !a.startsWith('--') && (ci < 0 || i !== ci + 1));
const FILES: [string, boolean][] = [
  ['sa_os_16x16.tpe', true],
  ['sa_os_16x16_opt1_shared.tpe', true],
  ['cube_mac_8x8x8.tpe', true],
  ['cube_mac_8x8x8_opt1_shared.tpe', true],
  ['cube_mac_8x8x8_opt2.tpe', true],
  ['adder_tree_k4.tpe', false],
  ['adder_tree_k4_opt2.tpe', false],
  ['matrix2d_16x16.tpe', true],
  ['matrix2d_16x16_opt1_shared.tpe', true],
  ['laconic_c16.tpe', true],
  ['bitslice_c16_opt4c.tpe', true],
  ['bitslice_c16_opt3.tpe', true],
];
const shape = cutGemm({ M: 256, N: 256, K: 256 });
const tech = loadTech('ihp-sg13g2', ROOT).value!;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

for (const [file, shrunk] of FILES.filter(([f]) => given.length === 0 || given.includes(f))) {
  const d = loadPairDesign(ROOT, file, shrunk).value!;
  const w = simulatedWorkload(d, shape, dist, 1).value!;
  const est = (g: boolean) => {
    const e = estimate(d, { tech, workload: w, clockNs, ...(g ? { clockGating: true } : {}) }).value!;
    return {
      pj: r3(e.power!.atClock!.perMac / 1000),
      area: Math.round(e.atClock!.area),
      gates: e.clockGating?.gates,
      gatedBits: e.clockGating?.gatedBits,
      // The bit-weighted mean enable duty of the gated banks (compare gate.gated.clockGates.enabledFraction).
      ...(e.clockGating?.gatedBits
        ? { duty: r3(e.clockGating.banks.reduce((s, b) => s + b.bits * b.duty, 0) / e.clockGating.gatedBits) }
        : {}),
    };
  };
  const gate = async (g: boolean) => {
    const p = await designPower(d, { ...gateRun(shape, clockNs), ...(g ? { clockGating: true } : {}) });
    if (!p.value) throw new Error(`${file}: ${p.diagnostics.map((x) => x.message).join('; ')}`);
    const v = p.value;
    return {
      pj: r3(v.energyPerMacPj!),
      area: Math.round(v.synthesis.synth.area ?? NaN),
      met: v.meetsClock,
      clockGates: v.gate?.clockGates,
    };
  };
  const row = {
    file,
    clockNs,
    macs: w.macs,
    cycles: w.cycles,
    est: { ungated: est(false), gated: est(true) },
    ...(estimateOnly ? {} : { gate: { ungated: await gate(false), gated: await gate(true) } }),
  };
  process.stdout.write(JSON.stringify(row) + '\n');
}
