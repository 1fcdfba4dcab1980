// Public face of power/: gate-level power of a mapped netlist on a real GEMM workload.
//
//   liberty.ts   cell models (functions, flip-flops, arcs, power tables) from a liberty
//   netlist.ts   a Yosys JSON netlist bound to those models, levelized
//   loads.ts     net loads and transition times (pre-layout, no wires)
//   sim.ts       zero-delay cycle simulation recording every transition for pricing
//   testbench.ts the RTL testbench's stimulus, cycle for cycle, on the netlist
//   price.ts     liberty pricing of the recorded transitions; OpenSTA 2.0.17's rules
import type { Diagnostic, IntMatrix, IntType, Result } from '../ir/index.js';
import type { TbSpec } from '../rtl/index.js';
import { referenceGemm } from '../simulator/index.js';
import type { LibertyModel } from './liberty.js';
import { netTiming, type NetTiming } from './loads.js';
import { buildNetlist, type Netlist } from './netlist.js';
import { priceEvents, priceOpenStaRules, type EnergyBreakdown, type NetActivity, type RatesW } from './price.js';
import type { TimedDelays } from './sdf.js';
import { GateSim, type ActivityCounts } from './sim.js';
import { runTestbench, TbError } from '../rtl/sim/drive.js';
import { TimedSim, type PulseMode } from './timed.js';

export { readLibertyModel, clockTargetParams, lookupTable, type LibertyModel, type CellModel, type ClockTargetParams } from './liberty.js';
export { buildNetlist, type Netlist } from './netlist.js';
export { netTiming, type NetTiming } from './loads.js';
export { priceEvents, priceOpenStaRules, type EnergyBreakdown, type RatesW, type NetActivity } from './price.js';
export { GateSim } from './sim.js';
export { runTestbench, type TbRun } from '../rtl/sim/drive.js';
export { parseExpr, probability, type Expr } from './expr.js';
export { parseSdf, bindDelays, staSdf, netlistDelays, type Sdf, type TimedDelays } from './sdf.js';
export { TimedSim, type PulseMode, type TimedOptions } from './timed.js';
export { writeStructuralVerilog } from './verilog.js';

export interface GatePowerInput {
  /** Yosys `write_json` of the mapped netlist. */
  netlistJson: string;
  top: string;
  lib: LibertyModel;
  libName: string;
  tb: TbSpec;
  a: IntMatrix;
  b: IntMatrix;
  acc: IntType;
  clockNs: number;
  /** Real MACs of the GEMM (M*N*K). */
  macs: number;
  /** The timed (glitch-aware) mode: cell delays (sdf.ts) and the pulse rule (timed.ts). */
  timed?: { delays: TimedDelays; pulse?: PulseMode; inputDelayPs?: number };
}

/** The timed mode's extras: the same run's zero-delay figures beside the timed ones. */
export interface TimedExtras {
  pulse: PulseMode;
  delaySource: string;
  maxDelayPs: number;
  events: number;
  cancelledPulses: number;
  /**
   * Net transitions over the run (nets driven by cells): timed, zero-delay (the testbench applies
   * inputs after the rising edge's settle, so a net can change twice a cycle there), and
   * functional (end-of-cycle value changed: the glitch-free minimum, once per cycle at most).
   */
  toggles: { timed: number; zeroDelay: number; functional: number };
  zeroDelay: { energyJ: EnergyBreakdown; energyPerMacJ: number; meanActivity: number; unattributed: number };
}

export interface GatePower {
  clockNs: number;
  /** Clock cycles simulated (from the first tile's start to its last output), and the RTL testbench's count. */
  simulatedCycles: number;
  tileCycles: number;
  energyJ: EnergyBreakdown;
  /** Average power over the simulated cycles at clockNs, W. */
  powerW: { internal: number; switching: number; leakage: number; total: number };
  energyPerMacJ: number;
  /** Per input port bit: transitions per cycle and probability of 1 (for OpenSTA's propagated mode). */
  portActivity: { port: string; bit: number; activity: number; duty: number }[];
  /** Mean transitions per net per cycle, over nets driven by cells. */
  meanActivity: number;
  byCell: { cell: string; count: number; energy: number }[];
  /** The same transitions priced by OpenSTA 2.0.17's rules (net activities from the simulation), W. */
  openStaRulesW: RatesW;
  /** Cell outputs that changed with none of their power arcs' inputs changing (should be 0). */
  unattributed: number;
  uncovered: number;
  cells: number;
  nets: number;
  simSeconds: number;
  /** Present in the timed mode (the figures above are then the timed ones). */
  timed?: TimedExtras;
  /**
   * With clock gates in the netlist: how many, the flip-flops behind them (of all), and the
   * fraction of simulated cycles a gated flip-flop's clock was on (GCLK pulses, flop-weighted).
   */
  clockGates?: { gates: number; gatedFlops: number; flops: number; enabledFraction: number };
}

const diag = (code: string, message: string, hint?: string): Diagnostic => ({
  code,
  severity: 'error',
  message,
  ...(hint ? { hint } : {}),
});

/**
 * Simulates the netlist on the GEMM with the RTL testbench's stimulus, checks its C against the
 * exact GEMM (E0950 on a mismatch: the netlist simulation is wrong, nothing is priced), prices
 * the transitions. E094x: netlist problems (buildNetlist).
 */
export function gatePower(inp: GatePowerInput): Result<GatePower> {
  const nl = buildNetlist(inp.netlistJson, inp.top, inp.lib, inp.libName);
  if (!nl.value) return { diagnostics: nl.diagnostics };
  const t0 = performance.now();
  const timed = inp.timed
    ? new TimedSim(nl.value, inp.timed.delays, {
        ...(inp.timed.pulse ? { pulse: inp.timed.pulse } : {}),
        ...(inp.timed.inputDelayPs !== undefined ? { inputDelayPs: inp.timed.inputDelayPs } : {}),
      })
    : undefined;
  const sim = timed ?? new GateSim(nl.value);
  let run;
  try {
    run = runTestbench(sim, inp.tb, inp.a, inp.b);
  } catch (e) {
    if (e instanceof TbError) return { diagnostics: [diag('E0950', `gate-level simulation of ${inp.top}: ${e.message}`)] };
    throw e;
  }
  const ref = referenceGemm(inp.a, inp.b, inp.acc, true);
  if (!ref.value) return { diagnostics: ref.diagnostics };
  let bad = 0,
    firstBad = -1;
  for (let i = 0; i < ref.value.data.length; i++)
    if (ref.value.data[i] !== run.c[i]) {
      bad++;
      if (firstBad < 0) firstBad = i;
    }
  if (bad) {
    const N = inp.b.cols;
    return {
      diagnostics: [
        diag(
          'E0950',
          `gate-level simulation of ${inp.top} disagrees with the exact GEMM in ${bad} of ${run.c.length} outputs (first C[${Math.floor(firstBad / N)}][${firstBad % N}]: netlist ${run.c[firstBad]}, exact ${ref.value.data[firstBad]})`,
          'the netlist simulation (power/) or the synthesis is wrong; nothing is priced',
        ),
      ],
    };
  }
  const simSeconds = (performance.now() - t0) / 1000;
  const timing = netTiming(nl.value);
  const counts = sim.counts();
  const priced = priceEvents(nl.value, timing, inp.lib, counts, inp.clockNs);
  const driven = (c: ActivityCounts) => {
    let sum = 0;
    for (let n = 2; n < nl.value!.nets; n++) if (nl.value!.driver[n] >= 0) sum += c.toggles[n];
    return sum;
  };
  const s = priced.seconds;
  const e = priced.energy;
  const cyc = Math.max(1, counts.cycles);
  const portActivity: GatePower['portActivity'] = [];
  for (const [port, bits] of run.portActivity)
    bits.forEach((b, bit) => portActivity.push({ port, bit, activity: b.toggles / cyc, duty: b.ones / cyc }));
  let sumA = 0,
    nA = 0;
  for (let n = 2; n < nl.value.nets; n++)
    if (nl.value.driver[n] >= 0) {
      sumA += counts.toggles[n] / cyc;
      nA++;
    }
  let timedExtras: TimedExtras | undefined;
  if (timed && inp.timed) {
    const zc = timed.zeroDelayCounts();
    const zp = priceEvents(nl.value, timing, inp.lib, zc, inp.clockNs);
    const st = timed.stats();
    timedExtras = {
      pulse: inp.timed.pulse ?? 'inertial',
      delaySource: inp.timed.delays.source,
      maxDelayPs: inp.timed.delays.maxPs,
      events: st.events,
      cancelledPulses: st.cancelled,
      toggles: { timed: driven(counts), zeroDelay: driven(zc), functional: st.functional },
      zeroDelay: {
        energyJ: zp.energy,
        energyPerMacJ: zp.energy.total / Math.max(1, inp.macs),
        meanActivity: nA ? driven(zc) / Math.max(1, zc.cycles) / nA : 0,
        unattributed: zc.unattributed,
      },
    };
  }
  // Duty per net is not recorded; OpenSTA's rules need it only inside `when` probabilities: 0.5.
  // OpenSTA's rules with its view of gated clocks (propagated GCLK transition times).
  const openStaRulesW = priceOpenStaRules(
    nl.value,
    nl.value.gates.length ? netTiming(nl.value, { gatedClocks: 'propagated' }) : timing,
    inp.lib,
    (n) => ({ activity: counts.toggles[n] / cyc, duty: 0.5 }),
    inp.clockNs,
  );
  let clockGates: GatePower['clockGates'];
  if (nl.value.gates.length) {
    const per = new Float64Array(nl.value.gates.length);
    for (const f of nl.value.flops) if (f.gate >= 0) per[f.gate]++;
    let gated = 0,
      on = 0;
    nl.value.gates.forEach((g, k) => {
      gated += per[k];
      on += (per[k] * counts.toggles[g.gclk]) / 2 / cyc;
    });
    clockGates = {
      gates: nl.value.gates.length,
      gatedFlops: gated,
      flops: nl.value.flops.length,
      enabledFraction: gated ? Math.round((on / gated) * 1e4) / 1e4 : 0,
    };
  }
  return {
    value: {
      ...(clockGates ? { clockGates } : {}),
      clockNs: inp.clockNs,
      simulatedCycles: counts.cycles,
      tileCycles: run.cycles,
      energyJ: e,
      powerW: { internal: e.internal / s, switching: e.switching / s, leakage: e.leakage / s, total: e.total / s },
      energyPerMacJ: e.total / Math.max(1, inp.macs),
      portActivity,
      meanActivity: nA ? sumA / nA : 0,
      byCell: priced.byCell,
      openStaRulesW,
      unattributed: counts.unattributed,
      uncovered: counts.uncovered,
      cells: nl.value.instances.length,
      nets: nl.value.nets,
      simSeconds,
      ...(timedExtras ? { timed: timedExtras } : {}),
    },
    diagnostics: [],
  };
}

/** OpenSTA 2.0.17's report_power under one uniform activity, from this module's own arithmetic (for the cross-check). */
export function uniformOpenStaRules(
  netlistJson: string,
  top: string,
  lib: LibertyModel,
  libName: string,
  activity: number,
  duty: number,
  clockNs: number,
): Result<{ rates: RatesW; nl: Netlist; timing: NetTiming }> {
  const nl = buildNetlist(netlistJson, top, lib, libName);
  if (!nl.value) return { diagnostics: nl.diagnostics };
  const timing = netTiming(nl.value, { gatedClocks: 'propagated' });
  const a: NetActivity = { activity, duty };
  // A gated clock is in OpenSTA's clock network: the clock's activity (2 per period, duty 0.5),
  // whatever the global activity says.
  const gclk: NetActivity = { activity: 2, duty: 0.5 };
  const act = (n: number) => (nl.value!.isClock[n] ? gclk : a);
  return { value: { rates: priceOpenStaRules(nl.value, timing, lib, act, clockNs), nl: nl.value, timing }, diagnostics: [] };
}
