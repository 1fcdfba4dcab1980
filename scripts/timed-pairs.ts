// Does glitch power change the baseline-vs-OPT energy ordering? (issue 11). Every design of the
// classic pairs in the form `tpe reproduce --synth --small` uses (2x2 arrays, cube 2x2x2, the
// K=4 adder tree), at the clock that command's rule gives it (`reproduceClock`,
// pipeline/reproduce-synth.ts), on the cut GEMM 16x16x64 of the reproduce workload
// (normal(0,20), seed 1): gate-level energy per MAC zero-delay (the toggle mode) and timed
// (OpenSTA SDF delays; the same run's zero-delay figures are checked equal to the toggle mode's),
// split logic / flip-flops, with toggle counts and simulation times, and the energy-efficiency
// ratios baseline / variant in both modes.
// The inertial ratios are what `tpe reproduce --synth --small --activity timed` gives; this script
// adds the transport bound (--pulse transport) and the per-design split.
// With --iso, also the iso-clock view of the pairs whose variant is the faster design: the variant
// synthesized (timing-driven) at the baseline's clock and measured there.
//   npx tsx scripts/timed-pairs.ts [--pulse inertial|transport] [--iso] [--json]   (sta; synthesis cached in .tpe-cache/synth)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cutGemm, reproduceClock } from '../pipeline/reproduce-synth.js';
import { REPRODUCE_PAIRS } from '../pipeline/reproduce-pairs.js';
import { loadPairDesign, pairFiles } from '../pipeline/reproduce.js';
import { readLibertyModel, type PulseMode } from '../power/index.js';
import { designPower } from '../power/flow.js';
import { parseDist } from '../simulator/index.js';
import { sharedLibertyPath } from '../synth/index.js';
import type { Design } from '../ir/index.js';

const args = process.argv.slice(2);
const pi = args.indexOf('--pulse');
const pulse = (pi >= 0 ? args[pi + 1] : 'inertial') as PulseMode;
const json = args.includes('--json');
const iso = args.includes('--iso');
const ROOT = resolve(import.meta.dirname, '..');
const CACHE = resolve(ROOT, '.tpe-cache/synth');
const lib = { name: 'sg13g2_stdcell_typ_1p20V_25C.lib', text: readFileSync(sharedLibertyPath()!, 'utf8') };
const model = readLibertyModel(lib.text, lib.name).value!;
const shape = cutGemm({ M: 256, N: 256, K: 256 });
const dist = parseDist('normal:0,20').value!;
const log = (s: string) => process.stderr.write(s + '\n');

/** The clock `tpe reproduce --synth` gives the design (its own rule, pipeline/reproduce-synth.ts). */
async function clockOf(file: string, d: Design): Promise<number> {
  const r = await reproduceClock(d, file, { cacheDir: CACHE });
  if (!r.value) throw new Error(`${file}: ${r.diagnostics.map((x) => x.message).join('; ')}`);
  return r.value.clockNs;
}

interface Row {
  file: string;
  clockNs: number;
  zero: { total: number; logic: number; ff: number };
  timed: { total: number; logic: number; ff: number };
  toggles: { zero: number; timed: number; functional: number };
  cancelled: number;
  seconds: { zero: number; timed: number };
}

async function measure(file: string, d: Design, clockNs: number): Promise<Row> {
  const base = { shape, dist, seed: 1, clockNs, liberty: lib, model, yosys: 'wasm' as const, cacheDir: CACHE };
  const z = await designPower(d, { ...base, activity: 'toggles' });
  const t = await designPower(d, { ...base, activity: 'timed', pulse });
  if (!z.value || !t.value) throw new Error(JSON.stringify([...z.diagnostics, ...t.diagnostics]));
  const g = t.value.gate!;
  const zt = g.timed!.zeroDelay;
  const macs = t.value.macs!;
  // The timed run's own zero-delay figures must be the toggle mode's.
  if (zt.energyJ.total !== z.value.gate!.energyJ.total) throw new Error(`${file}: zero-delay figures differ between the runs`);
  const pj = (j: number) => Math.round((j / macs) * 1e16) / 1e4;
  return {
    file,
    clockNs,
    zero: { total: pj(zt.energyJ.total), logic: pj(zt.energyJ.combinational), ff: pj(zt.energyJ.sequential) },
    timed: { total: pj(g.energyJ.total), logic: pj(g.energyJ.combinational), ff: pj(g.energyJ.sequential) },
    toggles: { zero: g.timed!.toggles.zeroDelay, timed: g.timed!.toggles.timed, functional: g.timed!.toggles.functional },
    cancelled: g.timed!.cancelledPulses,
    seconds: { zero: Math.round(z.value.gate!.simSeconds * 100) / 100, timed: Math.round(g.simSeconds * 100) / 100 },
  };
}

const rows = new Map<string, Row>();
const classic = REPRODUCE_PAIRS.filter((p) => !/bit-slice/.test(p.architecture));
for (const p of classic) {
  const f = pairFiles(p, true);
  for (const file of [f.baseline, f.variant]) {
    if (rows.has(file)) continue;
    const d = loadPairDesign(ROOT, file, f.shrink).value!;
    const clockNs = await clockOf(file, d);
    log(`${file}: ${clockNs} ns`);
    rows.set(file, await measure(file, d, clockNs));
    log(`  zero ${rows.get(file)!.zero.total} pJ/MAC, timed ${rows.get(file)!.timed.total} pJ/MAC`);
  }
}
const r2 = (x: number) => Math.round(x * 100) / 100;
const pairs = classic.map((p) => {
  const f = pairFiles(p, true);
  const b = rows.get(f.baseline)!,
    v = rows.get(f.variant)!;
  return {
    architecture: p.architecture,
    baseline: f.baseline,
    variant: f.variant,
    published: p.published.energyEfficiency,
    zeroDelay: r2(b.zero.total / v.zero.total),
    timed: r2(b.timed.total / v.timed.total),
  };
});
const isoRows: { architecture: string; clockNs: number; variant: Row; zeroDelay: number; timed: number }[] = [];
if (iso)
  for (const p of classic.slice(0, 5)) {
    const f = pairFiles(p, true);
    const b = rows.get(f.baseline)!,
      v = rows.get(f.variant)!;
    if (b.clockNs <= v.clockNs) continue;
    const d = loadPairDesign(ROOT, f.variant, f.shrink).value!;
    const r = await measure(f.variant, d, b.clockNs);
    log(`${f.variant} at ${b.clockNs} ns: zero ${r.zero.total}, timed ${r.timed.total}`);
    isoRows.push({
      architecture: p.architecture,
      clockNs: b.clockNs,
      variant: r,
      zeroDelay: r2(b.zero.total / r.zero.total),
      timed: r2(b.timed.total / r.timed.total),
    });
  }
if (json)
  console.log(
    JSON.stringify({ pulse, gemm: `${shape.M}x${shape.N}x${shape.K}`, designs: [...rows.values()], pairs, iso: isoRows }, null, 2),
  );
else {
  const out = [
    `GEMM ${shape.M}x${shape.N}x${shape.K}, normal(0,20), seed 1; timed: ${pulse} pulses, OpenSTA 2.0.17 SDF delays`,
    '',
    '| design | clock ns | zero-delay pJ/MAC (logic / ff) | timed pJ/MAC (logic / ff) | timed / zero: total, logic, ff | net transitions timed / zero / functional | sim s zero / timed |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of rows.values())
    out.push(
      `| ${r.file} | ${r.clockNs} | ${r.zero.total} (${r.zero.logic} / ${r.zero.ff}) | ${r.timed.total} (${r.timed.logic} / ${r.timed.ff}) | ${r2(r.timed.total / r.zero.total)}, ${r2(r.timed.logic / r.zero.logic)}, ${r2(r.timed.ff / r.zero.ff)} | ${r.toggles.timed} / ${r.toggles.zero} / ${r.toggles.functional} | ${r.seconds.zero} / ${r.seconds.timed} |`,
    );
  out.push('', '| pair | published | energy efficiency zero-delay | timed |', '|---|---|---|---|');
  for (const p of pairs) out.push(`| ${p.architecture}: ${p.baseline} -> ${p.variant} | ${p.published} | ${p.zeroDelay} | ${p.timed} |`);
  if (isoRows.length) {
    out.push(
      '',
      '| iso-clock (variant at the baseline clock) | clock ns | variant zero-delay pJ/MAC (logic / ff) | variant timed (logic / ff) | energy efficiency zero-delay | timed |',
      '|---|---|---|---|---|---|',
    );
    for (const r of isoRows)
      out.push(
        `| ${r.architecture} | ${r.clockNs} | ${r.variant.zero.total} (${r.variant.zero.logic} / ${r.variant.zero.ff}) | ${r.variant.timed.total} (${r.variant.timed.logic} / ${r.variant.timed.ff}) | ${r.zeroDelay} | ${r.timed} |`,
      );
  }
  console.log(out.join('\n'));
}
