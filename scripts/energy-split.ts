// Issue 10: where the bit-slice designs' gate-level energy goes, beside the estimate's parts.
// Prices the toggle-accurate gate-level run per instance (power/price.ts priceEvents), groups
// instances by flip-flop / logic and by the RTL name of the net they drive (Yosys keeps the
// hierarchical names of named nets; abc's internal nets are grouped as 'logic (unnamed)').
//   npx tsx scripts/energy-split.ts ARCH VARIANT CLOCK_NS [ACC_REGEX]   (the 2x2 subset preset, ihp-sg13g2;
//   ACC_REGEX names the accumulator flip-flops, default acc_[sc]; out_data for a MAC PE's binary accumulator)
import { presetDesign } from '../ir/build.js';
import { estimate, energyTerms } from '../cost/estimate.js';
import { loadTech } from '../cost/tech/load.js';
import { buildNetlist, GateSim, netTiming, priceEvents, runTestbench } from '../power/index.js';
import { designPower } from '../power/flow.js';
import { buildRtlModel, emitDesign } from '../rtl/index.js';
import { generateMatrix, simulate } from '../simulator/index.js';
import { dist, gateRun, lib, model, ROOT } from './gate-level-setup.js';

const [arch, variant, clk, accRe] = process.argv.slice(2);
// The accumulator's flip-flops, by RTL name (4th argument; default: the carry-save words acc_s / acc_c).
const ACC = new RegExp(accRe ?? 'acc_[sc]');
const clockNs = Number(clk);
const tech = loadTech('ihp-sg13g2', ROOT).value!;
const d = presetDesign(arch as never, variant as never, { rows: 2, cols: 2, depth: 2, technology: 'ihp-sg13g2' });
const shape = { M: 16, N: 16, K: 64 };
const pw = await designPower(d, gateRun(shape, clockNs));
if (!pw.value) throw new Error(pw.diagnostics.map((x) => x.message).join('; '));
const top = buildRtlModel(d).value!;
const nl = buildNetlist(pw.value.synthesis.synth.netlist!.json, emitDesign(d).value!.top, model, lib.name);
const a = generateMatrix(16, 64, d.types.A, dist, 1);
const b = generateMatrix(64, 16, d.types.B, dist, 2);
const net = nl.value!;
const sim = new GateSim(net);
runTestbench(sim, top.tb, a, b);
const counts = sim.counts();
const pr = priceEvents(net, netTiming(net), model, counts, clockNs);
const macs = 16 * 16 * 64;
const pj = (j: number) => Math.round((j / macs) * 1e15) / 1000;
// Group by the first output net's name, indices and PE coordinates removed.
const groups = new Map<string, { n: number; e: number; tog: number }>();
net.instances.forEach((inst, i) => {
  let outNet = -1;
  for (const [pin, n] of inst.pins) if (inst.cell.pins.get(pin)?.dir === 'output') outNet = n;
  const raw = outNet >= 0 ? net.netName[outNet] : '?';
  const name = /^n\d+$/.test(raw) || raw.startsWith('$') ? 'unnamed' : raw.replace(/\[\d+\]/g, '').replace(/\d+/g, '#');
  const key = `${inst.cell.ff ? 'FF ' : inst.cell.icg ? 'ICG ' : 'logic '}${name}`;
  const g = groups.get(key) ?? { n: 0, e: 0, tog: 0 };
  g.n++;
  g.e += pr.perInstance[i];
  if (outNet >= 0) g.tog += counts.toggles[outNet];
  groups.set(key, g);
});
// Logic cells by the register groups their fan-out cone reaches (the first flip-flops forward).
const readers: number[][] = Array.from({ length: net.nets }, () => []);
const outs: number[][] = net.instances.map(() => []);
net.instances.forEach((inst, i) => {
  for (const [pin, n] of inst.pins) {
    if (inst.cell.pins.get(pin)?.dir === 'output') outs[i].push(n);
    else readers[n].push(i);
  }
});
const ffName = (i: number) => {
  const n = outs[i][0];
  const raw = n === undefined ? '?' : net.netName[n];
  return raw
    .replace(/\[\d+\]/g, '')
    .replace(/pe\d+_\d+/g, 'pe')
    .replace(/\d+/g, '#');
};
const memo = new Map<number, Set<string>>();
const cone = (i: number): Set<string> => {
  const m = memo.get(i);
  if (m) return m;
  const s = new Set<string>();
  memo.set(i, s);
  for (const n of outs[i]) {
    if (net.outputs && [...net.outputs.values()].some((v) => v.includes(n))) s.add('port');
    for (const j of readers[n]) {
      if (net.instances[j].cell.ff || net.instances[j].cell.icg) s.add(ffName(j));
      else for (const x of cone(j)) s.add(x);
    }
  }
  return s;
};
// Whether a cell reads the accumulator's flip-flops (through logic): the carry-save tree, against
// the term select / encoders that only feed it.
const ins: number[][] = net.instances.map(() => []);
net.instances.forEach((inst, i) => {
  for (const [pin, n] of inst.pins) if (inst.cell.pins.get(pin)?.dir !== 'output') ins[i].push(n);
});
const fromAcc = new Map<number, boolean>();
const readsAcc = (i: number): boolean => {
  const m = fromAcc.get(i);
  if (m !== undefined) return m;
  fromAcc.set(i, false);
  let r = false;
  for (const n of ins[i]) {
    const dv = net.driver[n];
    if (dv < 0) continue;
    const c = net.instances[dv].cell;
    if (c.ff || c.icg) r ||= ACC.test(ffName(dv));
    else r ||= readsAcc(dv);
    if (r) break;
  }
  fromAcc.set(i, r);
  return r;
};
const byCone = new Map<string, { n: number; e: number; tog: number }>();
net.instances.forEach((inst, i) => {
  if (inst.cell.ff || inst.cell.icg) return;
  const key = `${readsAcc(i) ? 'reads acc' : 'no acc'} -> ${[...cone(i)].sort().join('+') || 'none'}`;
  const g = byCone.get(key) ?? { n: 0, e: 0, tog: 0 };
  g.n++;
  g.e += pr.perInstance[i];
  for (const n of outs[i]) g.tog += counts.toggles[n];
  byCone.set(key, g);
});
// Logic cells by their depth: levels of logic from the nearest registers or ports behind them
// (forward) and ahead of them (to the flip-flops their outputs reach, backward). The adder tree's
// selectors sit at the first levels, its column CPA at the last ones before the result registers.
const logicCell = (i: number) => !net.instances[i].cell.ff && !net.instances[i].cell.icg;
// Levels of logic along `next` (the cells driving or reading a cell), memoized; registers end a walk.
const depthAlong = (next: (i: number) => Iterable<number>) => {
  const memo = new Map<number, number>();
  const depth = (i: number): number => {
    const m = memo.get(i);
    if (m !== undefined) return m;
    memo.set(i, 0);
    let dep = 0;
    for (const j of next(i)) if (logicCell(j)) dep = Math.max(dep, depth(j));
    memo.set(i, dep + 1);
    return dep + 1;
  };
  return depth;
};
const fwdDepth = depthAlong((i) => ins[i].map((n) => net.driver[n]).filter((dv) => dv >= 0));
const bwdDepth = depthAlong((i) => outs[i].flatMap((n) => readers[n]));
const byDepth = (f: (i: number) => number) => {
  const m = new Map<number, { n: number; e: number }>();
  net.instances.forEach((inst, i) => {
    if (inst.cell.ff || inst.cell.icg) return;
    const k = f(i);
    const g = m.get(k) ?? { n: 0, e: 0 };
    g.n++;
    g.e += pr.perInstance[i];
    m.set(k, g);
  });
  return [...m].sort((x, y) => x[0] - y[0]).map(([k, g]) => `${k}: cells ${g.n}, ${pj(g.e)} pJ/MAC`);
};
const sim2 = simulate(d, a, b, { wrap: true }).value!;
const w = { macs: sim2.macs, cycles: pw.value.simulatedCycles ?? sim2.cycles.total, toggles: sim2.toggles };
const ee = estimate(d, { tech, clockNs, workload: w }).value!;
const terms = energyTerms(ee.inventory, tech, w, d);
const out = {
  design: `${d.name} 2x2`,
  k: d.reduction?.k,
  clockNs,
  cycles: w.cycles,
  simToggles: w.toggles,
  gate: {
    pj: pw.value.energyPerMacPj,
    seqPj: pj(pr.energy.sequential),
    combPj: pj(pr.energy.combinational),
    leakPj: pj(pr.energy.leakage),
  },
  est: {
    pj: ee.power!.atClock!.perMac / 1000,
    parts: ee.power!.atClock!.breakdown.map((p) => ({ what: p.what, pj: Math.round(p.energy / macs) / 1000 })),
    terms: Object.fromEntries(Object.entries(terms).map(([k, v]) => [k, Math.round(v / macs) / 1000])),
    corrections: tech.corrections.energy,
  },
  byCell: pr.byCell.slice(0, 12).map((c) => ({ cell: c.cell, n: c.count, pj: pj(c.energy) })),
  cones: [...byCone]
    .sort((x, y) => y[1].e - x[1].e)
    .slice(0, 25)
    .map(([k, g]) => `${k}: cells ${g.n}, ${pj(g.e)} pJ/MAC, out toggles/MAC ${(g.tog / macs).toFixed(2)}`),
  levelsFromRegisters: byDepth(fwdDepth),
  levelsToRegisters: byDepth(bwdDepth),
  groups: [...groups]
    .sort((x, y) => y[1].e - x[1].e)
    .slice(0, 40)
    .map(([k, g]) => `${k}: cells ${g.n}, ${pj(g.e)} pJ/MAC, out toggles/MAC ${(g.tog / macs).toFixed(2)}`),
};
console.log(JSON.stringify(out, null, 1));
