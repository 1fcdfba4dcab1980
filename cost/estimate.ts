// The estimate: inventory x technology table -> area, critical path and fmax, power and the
// figures architects compare. Pure over its inputs; toggle counts come from the simulator.
import { designErrors, type Design, type Diagnostic, type Result } from '../ir/index.js';
import type { ToggleCounts } from '../simulator/types.js';
import { inventory } from './inventory/index.js';
import { designReading } from './inventory/rtl-reading.js';
import { COMPONENTS, type ComponentId } from './tech/recipes.js';
import type { TechTable } from './tech/types.js';
import type { Inventory, PathElement } from './types.js';

export interface Workload {
  /** Real MACs of the GEMM. */
  macs: number;
  cycles: number;
  toggles: ToggleCounts;
}

export interface EstimateOptions {
  tech: TechTable;
  /** User frequency for power and throughput figures, MHz (ps tables only). */
  freqMHz?: number;
  workload?: Workload;
}

export interface AreaLine {
  block: string;
  component: string;
  scope: string;
  count: number;
  area: number;
  sequential: boolean;
  note?: string;
}

export interface StageTiming {
  name: string;
  /** Combinational delay (table units, corrected). */
  logic: number;
  /** logic + clock-to-Q + setup. */
  period: number;
  elements: { what: string; delay: number; fanout: boolean }[];
}

export interface PowerFigures {
  freqMHz: number;
  /** Energies in table energy units (fJ for ps/um2 tables). */
  dynamic: number;
  clock: number;
  leakage: number;
  total: number;
  perMac: number;
  breakdown: { what: string; energy: number }[];
  /** mW at freqMHz (fJ tables only). */
  averagePowerMw?: number;
  topsPerW?: number;
}

export interface Estimate {
  design: string;
  tech: string;
  units: TechTable['units'];
  pes: number;
  macsPerCycle: number;
  area: { total: number; combinational: number; sequential: number; perMac: number; lines: AreaLine[]; byBlock: { block: string; area: number }[] };
  timing: { stages: StageTiming[]; limiting: string; logic: number; period: number; fmaxMHz?: number };
  power?: { atFmax?: PowerFigures; atFreq?: PowerFigures };
  figures: {
    areaPerMac: number;
    /** Utilization of the workload (1 without one). */
    utilization: number;
    topsPerMm2AtFmax?: number;
    topsPerMm2AtFreq?: number;
    topsPerWAtFmax?: number;
    topsPerWAtFreq?: number;
  };
  inventory: Inventory;
  notes: string[];
}

const isComponent = (t: TechTable, c: string): c is ComponentId => Object.prototype.hasOwnProperty.call(t.components, c);

/** Prefix (Brent-Kung) carry network depth of a w-bit CPA. */
export function cpaLevels(w: number): number {
  return w <= 1 ? 0 : 2 * Math.ceil(Math.log2(w)) - 1;
}

/**
 * Delay of one path element, uncorrected. A CPA fed directly by another CPA (`chained`) costs a
 * 3:2 level and two prefix levels: synthesis overlaps the two carry networks (the second starts
 * on the low bits while the first still resolves the high ones), as the calibration paths show.
 */
export function elementDelay(t: TechTable, e: PathElement, chained = false): number {
  switch (e.kind) {
    case 'component':
      return t.components[e.component].delay * e.times;
    case 'cpa':
      if (chained) return t.components.fa.delay + Math.max(2, cpaLevels(e.chainedTail ?? 2)) * t.components.cpa_level.delay;
      return t.components.cpa_bit.delay + t.components.cpa_level.delay * cpaLevels(e.width);
    case 'fanout':
      return fanoutDelay(t, e.loads);
  }
}

/**
 * Delay of a net driving `loads` gate inputs. A few loads are a linear load penalty; a large
 * fan-out is split by a buffer tree (ABC `buffer -p` in the synthesis flow, as in any real
 * flow), whose depth grows with log4 of the fan-out, each level a buffer (two inverter delays).
 * The cheaper of the two is what the buffering pass leaves.
 */
export function fanoutDelay(t: TechTable, loads: number): number {
  const free = t.fanout.freeLoads;
  if (loads <= free) return 0;
  const linear = t.fanout.delayPerLoad * (loads - free);
  const tree = 2 * t.components.inv.delay * (Math.log(loads / free) / Math.log(4));
  return Math.min(linear, tree);
}

const r = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

export function estimate(des: Design, opts: EstimateOptions): Result<Estimate> {
  const t = opts.tech;
  // An estimate prices the RTL the toolkit builds: the IR's rules first, then what the templates cover.
  const errors = designErrors(des);
  if (errors.length > 0) return { diagnostics: [...errors] };
  const rtl = designReading(des);
  if (!rtl.value) return { diagnostics: rtl.diagnostics };
  const inv = inventory(des);
  const unknown = [...new Set(inv.items.map((i) => i.component).filter((c) => !isComponent(t, c)))].sort();
  if (unknown.length > 0) {
    const d: Diagnostic = {
      code: 'E1013', severity: 'error', span: des.span,
      message: `technology table ${t.name} has no figures for: ${unknown.join(', ')}`,
      expected: `entries for every component the design uses (${COMPONENTS.join(', ')})`,
      hint: 'add the missing components to the table, or derive a complete one with `tpe tech derive`',
    };
    return { diagnostics: [d] };
  }
  const corr = t.corrections;
  const lines: AreaLine[] = inv.items.map((i) => {
    const seq = i.component === 'dff';
    const count = i.perUnit * i.units;
    const f = seq ? (corr.sequentialArea ?? 1) : corr.area;
    return { block: i.block, component: i.component, scope: i.scope, count, area: r(count * t.components[i.component as ComponentId].area * f), sequential: seq, ...(i.note ? { note: i.note } : {}) };
  });
  const total = lines.reduce((s, l) => s + l.area, 0);
  const sequential = lines.filter((l) => l.sequential).reduce((s, l) => s + l.area, 0);
  const blocks = new Map<string, number>();
  for (const l of lines) blocks.set(l.block, (blocks.get(l.block) ?? 0) + l.area);
  const overhead = t.register.clkToQ + t.register.setup;
  const stages: StageTiming[] = inv.stages.map((s) => {
    let prevCpa = false;
    const elements = s.path.map((e) => {
      // Only a CPA fed directly by another overlaps with it: a fan-out between them (a sign bit
      // spread over the upper bits) arrives all at once and needs the full carry network.
      const chained = e.kind === 'cpa' && prevCpa;
      prevCpa = e.kind === 'cpa';
      const f = e.kind === 'fanout' ? (corr.fanoutDelay ?? 1) : corr.delay;
      return { what: chained ? `${e.what} (chained after a CPA)` : e.what, delay: r(elementDelay(t, e, chained) * f), fanout: e.kind === 'fanout' };
    });
    const logic = elements.reduce((a, e) => a + e.delay, 0);
    return { name: s.name, logic: r(logic), period: r(logic + overhead), elements };
  });
  const lim = stages.reduce((a, b) => (b.period > a.period ? b : a), stages[0] ?? { name: 'none', logic: 0, period: overhead, elements: [] });
  const ps = t.units.delay === 'ps';
  const fmaxMHz = ps && lim.period > 0 ? r(1e6 / lim.period, 2) : undefined;
  const notes = [...inv.notes];
  const areaMm2 = t.units.area === 'um2' ? total / 1e6 : undefined;
  const util = opts.workload ? opts.workload.macs / (opts.workload.cycles * inv.macsPerCycle) : 1;
  const topsPerMm2 = (f?: number) => (f !== undefined && areaMm2 ? r((2 * inv.macsPerCycle * util * f * 1e6) / 1e12 / areaMm2, 4) : undefined);
  const est: Estimate = {
    design: des.name, tech: t.name, units: t.units, pes: inv.pes, macsPerCycle: inv.macsPerCycle,
    area: {
      total: r(total), combinational: r(total - sequential), sequential: r(sequential), perMac: r(total / inv.macsPerCycle), lines,
      byBlock: [...blocks].map(([block, area]) => ({ block, area: r(area) })).sort((a, b) => b.area - a.area || a.block.localeCompare(b.block)),
    },
    timing: { stages, limiting: lim.name, logic: lim.logic, period: lim.period, ...(fmaxMHz !== undefined ? { fmaxMHz } : {}) },
    figures: { areaPerMac: r(total / inv.macsPerCycle), utilization: r(util, 6) },
    inventory: inv,
    notes,
  };
  const tf = topsPerMm2(fmaxMHz);
  if (tf !== undefined) est.figures.topsPerMm2AtFmax = tf;
  const tu = topsPerMm2(opts.freqMHz);
  if (tu !== undefined) est.figures.topsPerMm2AtFreq = tu;
  if (opts.workload) {
    const pw: NonNullable<Estimate['power']> = {};
    if (fmaxMHz !== undefined) pw.atFmax = power(inv, t, opts.workload, fmaxMHz);
    if (opts.freqMHz !== undefined) pw.atFreq = power(inv, t, opts.workload, opts.freqMHz);
    if (!ps) pw.atFmax = power(inv, t, opts.workload, 1);
    est.power = pw;
    if (pw.atFmax?.topsPerW !== undefined) est.figures.topsPerWAtFmax = pw.atFmax.topsPerW;
    if (pw.atFreq?.topsPerW !== undefined) est.figures.topsPerWAtFreq = pw.atFreq.topsPerW;
  } else {
    est.notes.push('no workload: power and TOPS/W need simulated toggle counts (pass --gemm)');
  }
  return { value: est, diagnostics: [] };
}

/**
 * Energy of the workload. Dynamic: each simulated bit toggle is priced by the component it
 * drives (operand/pipeline/accumulator register bits: a dff toggle, accumulator bits also their
 * adder bit; partial-product bits: a selector plus one 3:2 counter per tree level; resolved
 * product bits: a CPA bit). Clock: every register bit every cycle (no clock gating). Leakage:
 * all cells for the run's duration at `freqMHz`.
 */
export function power(inv: Inventory, t: TechTable, w: Workload, freqMHz: number): PowerFigures {
  const c = t.components;
  const levels = Math.max(1, ...inv.stages.flatMap((s) => s.path.filter((e) => e.kind === 'component' && e.component === 'fa').map((e) => (e.kind === 'component' ? e.times : 0))));
  const sel = inv.items.find((i) => i.block === 'partial-product selectors' || i.block === 'term selectors')?.component as ComponentId | undefined;
  const tg = w.toggles;
  const parts = [
    { what: 'operand registers', energy: tg.operandRegs * c.dff.energyPerToggle },
    { what: 'partial products + trees', energy: tg.partialProducts * ((sel ? c[sel].energyPerToggle : 0) + levels * c.fa.energyPerToggle) },
    { what: 'product words (CPA)', energy: tg.compressorOutputs * c.cpa_bit.energyPerToggle },
    { what: 'accumulators', energy: tg.accumulatorRegs * (c.dff.energyPerToggle + c.fa.energyPerToggle) },
    { what: 'pipeline registers', energy: tg.pipelineRegs * c.dff.energyPerToggle },
  ];
  const dynamic = parts.reduce((s, p) => s + p.energy, 0);
  const regBits = inv.items.filter((i) => i.component === 'dff').reduce((s, i) => s + i.perUnit * i.units, 0);
  const clock = regBits * w.cycles * t.register.clockEnergyPerCycle;
  const leakW = inv.items.reduce((s, i) => s + i.perUnit * i.units * (c[i.component as ComponentId]?.leakage ?? 0), 0);
  const fj = t.units.energy === 'fJ' && t.units.leakage === 'nW';
  // nW x s = nJ = 1e6 fJ; duration = cycles / (f MHz * 1e6) s.
  const leakage = fj ? leakW * (w.cycles / (freqMHz * 1e6)) * 1e6 : leakW * w.cycles;
  const total = dynamic + clock + leakage;
  const out: PowerFigures = {
    freqMHz, dynamic: r(dynamic, 2), clock: r(clock, 2), leakage: r(leakage, 2), total: r(total, 2), perMac: r(total / Math.max(1, w.macs), 4),
    breakdown: [...parts, { what: 'clock (all register bits)', energy: clock }, { what: 'leakage', energy: leakage }].map((p) => ({ what: p.what, energy: r(p.energy, 2) })),
  };
  if (fj) {
    const seconds = w.cycles / (freqMHz * 1e6);
    out.averagePowerMw = r((total * 1e-15) / seconds * 1e3, 4);
    out.topsPerW = r((2 * w.macs) / (total * 1e-15) / 1e12, 4);
  }
  return out;
}
