// Gate-level power of a design on a GEMM, end to end: emit the Verilog, synthesize it at the clock
// (timing-driven, signed off by OpenSTA; cached), simulate the netlist on the workload with the
// RTL testbench's stimulus (its C checked against the exact GEMM) and price it — the toggle-
// accurate reference — and have OpenSTA price the same netlist with the input-port activities
// measured from the operand streams (its own propagation, the quick mode). Used by `tpe power`
// and `tpe calibrate`.
import type { Design, Diagnostic, GemmShape, Result } from '../ir/index.js';
import { buildRtlModel, emitDesign } from '../rtl/index.js';
import { generateMatrix, type Dist } from '../simulator/index.js';
import { runSta, synthesizeAtClock, type AtClockReport, type StaPower, type YosysKind } from '../synth/index.js';
import { gatePower, type GatePower } from './index.js';
import { clockTargetParams, readLibertyModel, type LibertyModel } from './liberty.js';
import { buildNetlist } from './netlist.js';
import { netlistDelays } from './sdf.js';
import type { PulseMode } from './timed.js';

export type ActivityMode = 'toggles' | 'timed' | 'propagated' | 'vectorless';

export interface DesignPowerOptions {
  shape?: GemmShape;
  dist: Dist;
  seed: number;
  clockNs: number;
  activity: ActivityMode;
  /** The timed mode's pulse rule (default inertial). */
  pulse?: PulseMode;
  liberty: { name: string; text: string };
  /** A parsed model of the same liberty (parsing takes a while; callers reuse it). */
  model?: LibertyModel;
  cacheDir?: string;
  yosys?: YosysKind;
  onProgress?: (step: string) => void;
  /** Synthesize with automatic clock gating (SynthOptions.clockGating). */
  clockGating?: boolean;
}

export interface DesignPower {
  design: string;
  clockNs: number;
  activity: ActivityMode;
  gemm?: string;
  macs?: number;
  /** Cycles of the workload (RTL testbench count) and clock cycles simulated. */
  cycles?: number;
  simulatedCycles?: number;
  energyPerMacPj?: number;
  powerMw: { internal: number; switching: number; leakage: number; total: number };
  /**
   * OpenSTA's report_power with the measured input-port activities (propagated), mW. With the
   * toggle-accurate figure, which does not need OpenSTA, a report_power that fails leaves the
   * figures out and says why in `unavailable` (never a zero counted as a result).
   */
  opensta: OpenStaPower;
  /** The simulated transitions priced by OpenSTA 2.0.17's rules (this module's arithmetic), mW. */
  openStaRulesMw?: number;
  meetsClock: boolean;
  synthesis: AtClockReport;
  gate?: GatePower;
  seconds: { synthesis: number; simulation: number; opensta: number };
}

export interface OpenStaPower {
  totalMw?: number;
  internalMw?: number;
  switchingMw?: number;
  leakageMw?: number;
  energyPerMacPj?: number;
  /** Why OpenSTA's figures are missing (its report_power failed on this netlist). */
  unavailable?: string;
}

const diag = (code: string, message: string): Diagnostic => ({ code, severity: 'error', message });
const mw = (w: number) => Math.round(w * 1e3 * 1e6) / 1e6;

function staPowerMw(p: StaPower | undefined) {
  return {
    totalMw: mw(p?.totalW ?? 0),
    internalMw: mw(p?.internalW ?? 0),
    switchingMw: mw(p?.switchingW ?? 0),
    leakageMw: mw(p?.leakageW ?? 0),
  };
}

export async function designPower(des: Design, o: DesignPowerOptions): Promise<Result<DesignPower>> {
  const model = o.model ?? readLibertyModel(o.liberty.text, o.liberty.name).value;
  if (!model) return { diagnostics: readLibertyModel(o.liberty.text, o.liberty.name).diagnostics };
  const params = clockTargetParams(model);
  if (!params)
    return { diagnostics: [diag('E0951', `${o.liberty.name}: no D flip-flop with timing tables or no buffer: cannot set a clock target`)] };
  const e = emitDesign(des);
  if (!e.value) return { diagnostics: e.diagnostics };
  const rtl = buildRtlModel(des);
  if (!rtl.value) return { diagnostics: rtl.diagnostics };
  const t0 = performance.now();
  const syn = await synthesizeAtClock(e.value.files, e.value.top, {
    liberty: o.liberty,
    clockNs: o.clockNs,
    registerOverheadPs: params.registerOverheadPs,
    constraints: { drivingCell: params.drivingCell, loadFf: params.loadFf },
    yosys: o.yosys ?? 'wasm',
    ...(o.clockGating ? { clockGating: true } : {}),
    ...(o.cacheDir ? { cacheDir: o.cacheDir } : {}),
    ...(o.onProgress ? { onProgress: o.onProgress } : {}),
  });
  if (!syn.value) return { diagnostics: syn.diagnostics };
  const tSyn = (performance.now() - t0) / 1000;
  const net = syn.value.synth.netlist!;
  const top = e.value.top;
  if (o.activity === 'vectorless' || !o.shape) {
    const t1 = performance.now();
    o.onProgress?.('OpenSTA report_power (vectorless)');
    const sta = await runSta({
      netlist: net.verilog,
      top,
      liberty: o.liberty,
      clockNs: o.clockNs,
      activity: { kind: 'ports', ports: [], defaultActivity: 0.1, defaultDuty: 0.5 },
    });
    if (!sta.value) return { diagnostics: sta.diagnostics };
    const p = staPowerMw(sta.value.power);
    return {
      value: {
        design: des.name,
        clockNs: o.clockNs,
        activity: 'vectorless',
        powerMw: { internal: p.internalMw, switching: p.switchingMw, leakage: p.leakageMw, total: p.totalMw },
        opensta: p,
        meetsClock: syn.value.met,
        synthesis: syn.value,
        seconds: { synthesis: tSyn, simulation: 0, opensta: (performance.now() - t1) / 1000 },
      },
      diagnostics: [],
    };
  }
  const { M, N, K } = o.shape;
  const a = generateMatrix(M, K, des.types.A, o.dist, o.seed);
  const b = generateMatrix(K, N, des.types.B, o.dist, o.seed + 1);
  const macs = M * N * K;
  let timed: Parameters<typeof gatePower>[0]['timed'];
  if (o.activity === 'timed') {
    o.onProgress?.('OpenSTA write_sdf (cell delays for the timed simulation)');
    const nl = buildNetlist(net.json, top, model, o.liberty.name);
    if (!nl.value) return { diagnostics: nl.diagnostics };
    const dl = await netlistDelays(nl.value, o.liberty, o.clockNs);
    if (!dl.value) return { diagnostics: dl.diagnostics };
    timed = { delays: dl.value, pulse: o.pulse ?? 'inertial' };
  }
  o.onProgress?.(timed ? 'timed gate-level simulation of the workload' : 'gate-level simulation of the workload');
  const gp = gatePower({
    ...(timed ? { timed } : {}),
    netlistJson: net.json,
    top,
    lib: model,
    libName: o.liberty.name,
    tb: rtl.value.tb,
    a,
    b,
    acc: des.types.acc,
    clockNs: o.clockNs,
    macs,
  });
  if (!gp.value) return { diagnostics: gp.diagnostics };
  const g = gp.value;
  const t2 = performance.now();
  o.onProgress?.('OpenSTA report_power with the measured input activities');
  const ports = g.portActivity.map((p) => ({ name: `${p.port}[${p.bit}]`, activity: round6(p.activity), duty: round6(p.duty) }));
  // Single-bit ports are named without an index.
  const widths = new Map<string, number>();
  for (const p of g.portActivity) widths.set(p.port, Math.max(widths.get(p.port) ?? 0, p.bit + 1));
  for (const p of ports) {
    const base = p.name.replace(/\[\d+\]$/, '');
    if (widths.get(base) === 1) p.name = base;
  }
  const sta = await runSta({
    netlist: net.verilog,
    top,
    liberty: o.liberty,
    clockNs: o.clockNs,
    activity: { kind: 'ports', ports, defaultActivity: 0, defaultDuty: 0 },
  });
  const toggles = o.activity === 'toggles' || o.activity === 'timed';
  // The propagated figure is OpenSTA's own: without it only the toggle-accurate mode has a result.
  if (!sta.value && !toggles) return { diagnostics: sta.diagnostics };
  const tSta = (performance.now() - t2) / 1000;
  const seconds = g.simulatedCycles * o.clockNs * 1e-9;
  let opensta: OpenStaPower;
  let ps: ReturnType<typeof staPowerMw> | undefined;
  let staE = NaN;
  if (sta.value) {
    ps = staPowerMw(sta.value.power);
    staE = ((sta.value.power?.totalW ?? 0) * seconds) / macs;
    opensta = { ...ps, energyPerMacPj: round6(staE * 1e12) };
  } else opensta = { unavailable: sta.diagnostics.map((x) => x.message).join('; ') };
  const power =
    toggles || !ps
      ? { internal: mw(g.powerW.internal), switching: mw(g.powerW.switching), leakage: mw(g.powerW.leakage), total: mw(g.powerW.total) }
      : { internal: ps.internalMw, switching: ps.switchingMw, leakage: ps.leakageMw, total: ps.totalMw };
  return {
    value: {
      design: des.name,
      clockNs: o.clockNs,
      activity: o.activity,
      gemm: `${M}x${N}x${K}`,
      macs,
      cycles: g.tileCycles,
      simulatedCycles: g.simulatedCycles,
      energyPerMacPj: round6((toggles ? g.energyPerMacJ : staE) * 1e12),
      powerMw: power,
      opensta,
      openStaRulesMw: mw(g.openStaRulesW.total),
      meetsClock: syn.value.met,
      synthesis: syn.value,
      gate: g,
      seconds: { synthesis: tSyn, simulation: g.simSeconds, opensta: tSta },
    },
    diagnostics: [],
  };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
