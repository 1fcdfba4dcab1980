// The estimate: inventory x technology table -> area, critical path and fmax, power and the
// figures architects compare. Pure over its inputs; toggle counts come from the simulator.
import {
  arrayShape,
  designErrors,
  digitCount,
  type Design,
  type Diagnostic,
  type GemmShape,
  type IntMatrix,
  type Result,
} from '../ir/index.js';
import type { ToggleCounts } from '../simulator/types.js';
import { SIM_ARCHITECTURES } from '../simulator/architectures.js';
import { estimateAtClock, type AtClockEstimate } from './at-clock.js';
import { inventory } from './inventory/index.js';
import { designReading } from './inventory/rtl-reading.js';
import { gatedClock, type ClockGatingFigures } from './clock-gating.js';
import { glitchEnergy, type GlitchFactors } from './glitch.js';
import { COMPONENTS, type ComponentId } from './tech/recipes.js';
import type { TechTable } from './tech/types.js';
import type { Inventory, PathElement } from './types.js';

export interface Workload {
  /** Real MACs of the GEMM. */
  macs: number;
  cycles: number;
  toggles: ToggleCounts;
  /** The GEMM simulated (what the clock-gating estimate drives its enable simulation over). */
  gemm?: GemmShape;
  /**
   * The operands simulated (A is M x K, B is K x N): the clock-gating estimate drives its enable
   * simulation with them, so enables that follow the data (zero skipping) are counted too.
   */
  operands?: { readonly a: IntMatrix; readonly b: IntMatrix };
}

export interface EstimateOptions {
  tech: TechTable;
  /** User frequency for power and throughput figures, MHz (ps tables only). */
  freqMHz?: number;
  workload?: Workload;
  /** The clock target for the area and energy at a clock (default: the design's `clock`). */
  clockNs?: number;
  /**
   * Price the design as the flow's automatic clock gating builds it (`tpe synth --clock-gating`):
   * each bank of >= 3 flip-flops sharing one enable is clocked through the table's clock-gating
   * cell and loses its enable selects (cost/clock-gating.ts). Off by default.
   */
  clockGating?: boolean;
  /**
   * The activity the energy stands for: `toggles` (default) the zero-delay gate level's, `timed`
   * the glitch-aware one's (SDF-annotated simulation): the fitted glitch term of cost/glitch.ts
   * added (needs the table's `corrections.glitch`).
   */
  activity?: EnergyActivity;
}

/** Zero-delay (no glitches) or timed (glitch-aware) energy. */
export type EnergyActivity = 'toggles' | 'timed';

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
  /** Timed activity only: the same energy per MAC without the glitch term (the zero-delay figure). */
  zeroDelayPerMac?: number;
}

export interface Estimate {
  design: string;
  tech: string;
  units: TechTable['units'];
  pes: number;
  macsPerCycle: number;
  area: {
    total: number;
    combinational: number;
    sequential: number;
    perMac: number;
    lines: AreaLine[];
    byBlock: { block: string; area: number }[];
  };
  timing: {
    stages: StageTiming[];
    limiting: string;
    logic: number;
    period: number;
    fmaxMHz?: number;
    /** A normalized table's fmax through its reference cell (the library it was normalized from), MHz. */
    referenceFmaxMHz?: number;
  };
  /** `activity`: what the energy stands for (zero-delay toggles, or timed with the glitch term). */
  power?: { atFmax?: PowerFigures; atFreq?: PowerFigures; atClock?: PowerFigures; activity?: EnergyActivity };
  /** Area and timing at the clock target, as timing-driven synthesis would meet it (cost/at-clock.ts). */
  atClock?: AtClockEstimate;
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
  /** With `clockGating`: the banks gated and the clock they are modelled to see. */
  clockGating?: ClockGatingFigures;
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

/**
 * Buffer levels a fan-out adds above `corrections.fanoutBuffered.aboveLoads` loads (0 below it).
 * The fitted fan-out rule (`fanoutDelay` x `corrections.fanoutDelay`) is fitted where the
 * calibration designs' fan-outs lie (tens of loads); beyond that a net's buffer tree gains one
 * level per fourfold load, each level priced as timing-driven synthesis builds it (strong
 * buffers: scripts/fanout-sweep.ts measures it with OpenSTA), not by extrapolating the fit.
 */
export function bufferedFanout(t: TechTable, loads: number): { fitted: number; beyond: number } {
  const b = t.corrections.fanoutBuffered;
  if (!b || loads <= b.aboveLoads) return { fitted: loads, beyond: 0 };
  return { fitted: b.aboveLoads, beyond: (b.invPerLevel * t.components.inv.delay * Math.log(loads / b.aboveLoads)) / Math.log(4) };
}

const r = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/** A CPA element's uncorrected delay under another adder architecture (cost/at-clock.ts); `prevWidth` when fed directly by a CPA. */
export type CpaModel = (e: Extract<PathElement, { kind: 'cpa' }>, prevWidth: number | undefined) => number;

/** Every stage's corrected delays; `cpa` replaces the Brent-Kung CPA rule (elementDelay). */
export function stageTimings(inv: Inventory, t: TechTable, cpa?: CpaModel): StageTiming[] {
  const corr = t.corrections;
  const overhead = t.register.clkToQ + t.register.setup;
  return inv.stages.map((s) => {
    let prev: number | undefined;
    const elements = s.path.flatMap((e) => {
      // Only a CPA fed directly by another overlaps with it: a fan-out between them (a sign bit
      // spread over the upper bits) arrives all at once and needs the full carry network.
      const chained = e.kind === 'cpa' && prev !== undefined;
      const prevWidth = prev;
      prev = e.kind === 'cpa' ? e.width : undefined;
      if (e.kind === 'fanout') {
        const b = bufferedFanout(t, e.loads);
        const fitted = { what: e.what, delay: r(fanoutDelay(t, b.fitted) * (corr.fanoutDelay ?? 1)), fanout: true };
        if (b.beyond === 0) return [fitted];
        return [fitted, { what: `${e.what}: buffer levels above ${b.fitted} loads`, delay: r(b.beyond), fanout: false }];
      }
      const d = e.kind === 'cpa' && cpa ? cpa(e, chained ? prevWidth : undefined) : elementDelay(t, e, chained);
      return [{ what: chained ? `${e.what} (chained after a CPA)` : e.what, delay: r(d * corr.delay), fanout: false }];
    });
    const logic = elements.reduce((a, e) => a + e.delay, 0);
    return { name: s.name, logic: r(logic), period: r(logic + overhead), elements };
  });
}

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
      code: 'E1013',
      severity: 'error',
      span: des.span,
      message: `technology table ${t.name} has no figures for: ${unknown.join(', ')}`,
      expected: `entries for every component the design uses (${COMPONENTS.join(', ')})`,
      hint: 'add the missing components to the table, or derive a complete one with `tpe tech derive`',
    };
    return { diagnostics: [d] };
  }
  if (opts.clockGating && !t.clockGate) {
    const d: Diagnostic = {
      code: 'E1014',
      severity: 'error',
      span: des.span,
      message: `technology table ${t.name} has no clock-gating cell: cannot estimate with clock gating`,
      expected: 'a table derived from a liberty with a latch_posedge integrated clock-gating cell (clockGate)',
      hint: 'leave out --clock-gating, or use --tech ihp-sg13g2',
    };
    return { diagnostics: [d] };
  }
  if (opts.activity === 'timed' && !t.corrections.glitch) {
    const d: Diagnostic = {
      code: 'E1015',
      severity: 'error',
      span: des.span,
      message: `technology table ${t.name} has no glitch factors: cannot estimate timed (glitch-aware) energy`,
      expected: 'corrections.glitch in the table, fitted on timed gate-level power (scripts/glitch-fit.ts)',
      hint: 'leave out --activity timed, or use --tech ihp-sg13g2',
    };
    return { diagnostics: [d] };
  }
  const cg = opts.clockGating ? gatedClock(rtl.value, t, opts.workload) : undefined;
  const corr = t.corrections;
  const lines: AreaLine[] = (cg ? rtl.value.gating.items : inv.items).map((i) => {
    const seq = i.component === 'dff';
    const count = i.perUnit * i.units;
    const f = seq ? (corr.sequentialArea ?? 1) : corr.area;
    return {
      block: i.block,
      component: i.component,
      scope: i.scope,
      count,
      area: r(count * t.components[i.component as ComponentId].area * f),
      sequential: seq,
      ...(i.note ? { note: i.note } : {}),
    };
  });
  if (cg && cg.gates > 0)
    lines.push({
      block: 'clock gates',
      component: t.clockGate!.cell,
      scope: 'array',
      count: cg.gates,
      area: r(cg.gates * t.clockGate!.area * (corr.sequentialArea ?? 1)),
      sequential: true,
      note: 'one integrated clock-gating cell per bank of >= 3 flip-flops sharing an enable',
    });
  const total = lines.reduce((s, l) => s + l.area, 0);
  const sequential = lines.filter((l) => l.sequential).reduce((s, l) => s + l.area, 0);
  const blocks = new Map<string, number>();
  for (const l of lines) blocks.set(l.block, (blocks.get(l.block) ?? 0) + l.area);
  const overhead = t.register.clkToQ + t.register.setup;
  const stages = stageTimings(inv, t);
  const lim = stages.reduce(
    (a, b) => (b.period > a.period ? b : a),
    stages[0] ?? { name: 'none', logic: 0, period: overhead, elements: [] },
  );
  const ps = t.units.delay === 'ps';
  const fmaxMHz = ps && lim.period > 0 ? r(1e6 / lim.period, 2) : undefined;
  const notes = [...inv.notes];
  const areaMm2 = t.units.area === 'um2' ? total / 1e6 : undefined;
  const util = opts.workload ? opts.workload.macs / (opts.workload.cycles * inv.macsPerCycle) : 1;
  const topsPerMm2 = (f?: number) =>
    f !== undefined && areaMm2 ? r((2 * inv.macsPerCycle * util * f * 1e6) / 1e12 / areaMm2, 4) : undefined;
  const est: Estimate = {
    design: des.name,
    tech: t.name,
    units: t.units,
    pes: inv.pes,
    macsPerCycle: inv.macsPerCycle,
    area: {
      total: r(total),
      combinational: r(total - sequential),
      sequential: r(sequential),
      perMac: r(total / inv.macsPerCycle),
      lines,
      byBlock: [...blocks]
        .map(([block, area]) => ({ block, area: r(area) }))
        .sort((a, b) => b.area - a.area || a.block.localeCompare(b.block)),
    },
    timing: { stages, limiting: lim.name, logic: lim.logic, period: lim.period, ...(fmaxMHz !== undefined ? { fmaxMHz } : {}) },
    figures: { areaPerMac: r(total / inv.macsPerCycle), utilization: r(util, 6) },
    inventory: inv,
    notes,
  };
  if (cg) {
    est.clockGating = cg.figures();
    est.notes.push(...cg.notes);
  }
  const tf = topsPerMm2(fmaxMHz);
  if (tf !== undefined) est.figures.topsPerMm2AtFmax = tf;
  const tu = topsPerMm2(opts.freqMHz);
  if (tu !== undefined) est.figures.topsPerMm2AtFreq = tu;
  const clockNs = opts.clockNs ?? des.clockNs;
  const at = estimateAtClock(est, t, clockNs);
  if (at) est.atClock = at;
  // A normalized table prices time through its reference cell (leakage at a real clock).
  const ref = t.reference?.nand2;
  const realFmaxMHz = fmaxMHz ?? (ref && lim.period > 0 ? r(1e6 / (lim.period * ref.delayPs), 2) : undefined);
  if (fmaxMHz === undefined && realFmaxMHz !== undefined) est.timing.referenceFmaxMHz = realFmaxMHz;
  if (opts.workload) {
    const pw: NonNullable<Estimate['power']> = {};
    const g = cg?.model;
    const gl = opts.activity === 'timed' ? timedGlitch(t, est.timing) : undefined;
    if (realFmaxMHz !== undefined) pw.atFmax = power(inv, t, opts.workload, realFmaxMHz, des, g, gl);
    if (opts.freqMHz !== undefined) pw.atFreq = power(inv, t, opts.workload, opts.freqMHz, des, g, gl);
    if (at) pw.atClock = power(inv, t, opts.workload, r(1000 / clockNs, 4), des, g, gl);
    if (!pw.atFmax) pw.atFmax = power(inv, t, opts.workload, undefined, des, g, gl);
    pw.activity = opts.activity ?? 'toggles';
    est.power = pw;
    if (pw.atFmax?.topsPerW !== undefined) est.figures.topsPerWAtFmax = pw.atFmax.topsPerW;
    if (pw.atFreq?.topsPerW !== undefined) est.figures.topsPerWAtFreq = pw.atFreq.topsPerW;
  } else {
    est.notes.push('no workload: power and TOPS/W need simulated toggle counts (pass --gemm)');
  }
  return { value: est, diagnostics: [] };
}

/** 3:2 levels that reduce `rows` addends to two (the product tree of one multiplier). */
export function treeLevels(rows: number): number {
  let r = rows,
    l = 0;
  while (r > 2) {
    r -= Math.floor(r / 3);
    l++;
  }
  return l;
}

/** The energy model's terms for a workload, before the fitted factors (table energy units). */
export interface EnergyTerms {
  /** Every register bit clocked every cycle (no clock gating): bits x cycles x clock energy. */
  clock: number;
  /** Register data toggles (operand, accumulator, pipeline) x a flip-flop's energy per toggle. */
  register: number;
  /** Partial-product toggles x (selector + one full adder per product-tree level): the product datapath. */
  logic: number;
  /**
   * Operand toggles as the PEs see them x the selector inputs each operand bit drives (two per
   * digit row): a broadcast operand's toggle reaches every PE of its line (`operandReach`).
   */
  operand: number;
  /**
   * The carry-propagate adders (the inventory's cpa_bits but the resolve CPAs behind the drain
   * select), each bit toggling at the rate of the words it adds, by its role (`cpaToggles`):
   * product CPAs and adders of resolved words at the product words' rate (product-word toggles
   * per product-CPA bit); drain and column CPAs, which resolve a carry-save sum every cycle, at
   * the rate of the words that sum settles in (accumulator toggles per accumulator register bit;
   * none in the adder tree), x a CPA bit's energy per toggle.
   */
  cpa: number;
}

/**
 * PE operand inputs one counted operand toggle reaches, averaged over the streamed operands
 * (stationary ones, the adder tree's weights, toggle only when loaded and are left out of the
 * average): 1 where every PE's operand is counted, the PEs on a broadcast line where the line is
 * counted once. A broadcast toggle charges the selector inputs (and the buffer tree) of every PE
 * on the line, as the gate-level power of the synthesized netlists shows (2D-Matrix and the cube
 * of dot products at 2x2: broadcast operands are wires from the edge to every PE, buffered).
 * With equal toggle rates per bit, counted toggles split as the counted bits: wX per line, so
 * reach = (wA + wB) / (wA / lineA + wB / lineB) over the streamed operands.
 */
export function operandReach(des: Design): number {
  // The engines' counting convention (simulator/architectures.ts: matrix2d, the cubes and the adder
  // tree count a broadcast operand once per line; systolic, bit-slice and Laconic per PE).
  if (SIM_ARCHITECTURES[des.architecture].operandToggles === 'pe') return 1;
  const s = arrayShape(des);
  let num = 0,
    den = 0;
  for (const x of ['A', 'B'] as const) {
    const f = des.flows.find((y) => y.operand === x);
    if (!f || f.movement === 'stationary') continue;
    const line = f.movement === 'broadcast' ? (f.along === s.colVar ? s.cols : s.rows) : 1;
    const w = des.types[x].bits;
    num += w;
    den += w / line;
  }
  return den > 0 ? num / den : 1;
}

/**
 * The clock under clock gating, for energyTerms: the clock energy of the workload and the cells
 * priced in place of the ungated inventory (leakage).
 */
export interface GatedClockModel {
  clock: (w: Workload) => number;
  items: readonly { component: string; perUnit: number; units: number }[];
  /** Leakage of the clock-gating cells (table leakage units). */
  gateLeakage: number;
}

export function energyTerms(inv: Inventory, t: TechTable, w: Workload, des?: Design, gating?: GatedClockModel): EnergyTerms {
  const c = t.components;
  const tg = w.toggles;
  const selItem = inv.items.find((i) => i.component === 'booth_sel') ?? inv.items.find((i) => i.component === 'and2');
  const sel = (selItem?.component ?? 'booth_sel') as ComponentId;
  const digits = des ? digitCount(des.types.A, des.encoders[0]?.scheme ?? 'booth4') : 4;
  const levels = treeLevels(digits + 1);
  const regBits = inv.items.filter((i) => i.component === 'dff').reduce((s, i) => s + i.perUnit * i.units, 0);
  return {
    clock: gating ? gating.clock(w) : regBits * w.cycles * t.register.clockEnergyPerCycle,
    register: (tg.operandRegs + tg.accumulatorRegs + tg.pipelineRegs) * c.dff.energyPerToggle,
    logic: tg.partialProducts * (c[sel].energyPerToggle + levels * c.fa.energyPerToggle),
    operand: tg.operandRegs * (des ? operandReach(des) : 1) * 2 * c[sel].energyPerToggle,
    cpa: cpaToggles(inv, w) * (c.cpa_bit?.energyPerToggle ?? 0),
  };
}

/** Registers whose toggles the simulator counts as accumulatorRegs: the words the datapath sums into. */
const ACC_ROLES = new Set(['accumulator', 'accumulator-sum', 'accumulator-carry', 'partial-sum']);
const bitsOf = (items: readonly { perUnit: number; units: number }[]) => items.reduce((s, i) => s + i.perUnit * i.units, 0);

/**
 * Bit toggles of the carry-propagate adders (EnergyTerms.cpa): every CPA bit of the inventory at
 * the per-bit toggle rate of the words it adds, by its role (InventoryItem.cpa, set where the
 * RTL model builds the adder). Product CPAs and the adders that sum resolved words (accumulator,
 * partial-sum, product and column adder trees): the product words' rate, compressorOutputs over
 * the product CPAs' bits (a datapath without product CPAs: the accumulator words' rate). Drain
 * and column CPAs, which resolve a carry-save sum every cycle: the rate of the words that sum
 * settles in, accumulatorRegs over the accumulator and partial-sum register bits. The adder tree
 * OPT1/OPT2 column CPAs have no such registers and are not priced (docs/TECH.md section 4: priced
 * at the column result words' rate and refitted, they did not order the adder tree pairs as the
 * gate level does, and moved others away from it).
 */
export function cpaToggles(inv: Inventory, w: Workload): number {
  const cpas = inv.items.filter((i) => i.component === 'cpa_bit');
  if (!cpas.length) return 0;
  const regBits = (roles: ReadonlySet<string>) =>
    bitsOf(inv.items.filter((i) => i.component === 'dff' && i.register !== undefined && roles.has(i.register)));
  const prodBits = bitsOf(cpas.filter((i) => i.cpa === 'product'));
  const accBits = regBits(ACC_ROLES);
  const accRate = accBits > 0 ? w.toggles.accumulatorRegs / accBits : 0;
  const prodRate = prodBits > 0 ? w.toggles.compressorOutputs / prodBits : accRate;
  let t = 0;
  for (const i of cpas) {
    // A resolve CPA behind the drain select (the shared resolve stage, a row's CPA) sees a new
    // word once per output, not every cycle: the gate level prices it at about 1% of the datapath
    // (0.03 pJ/MAC on systolic-os OPT1 shared 2x2), so it is not counted.
    if (i.cpa === 'resolve') continue;
    t += i.perUnit * i.units * (i.cpa === 'drain' || i.cpa === 'column' ? accRate : prodRate);
  }
  return t;
}

/**
 * The glitch term's input (cost/glitch.ts) of a design at timed activity: the table's factors and,
 * as the depth, the limiting stage's logic (the design's deepest register-to-register path).
 * Undefined for a table without glitch factors (estimate() refuses timed activity there, E1015).
 */
export function timedGlitch(
  t: TechTable,
  timing: Pick<Estimate['timing'], 'logic'>,
): { factors: GlitchFactors; depth: number } | undefined {
  return t.corrections.glitch ? { factors: t.corrections.glitch, depth: timing.logic } : undefined;
}

/**
 * Energy of the workload, from the simulator's toggle counts on the actual data, with five global
 * factors fitted to gate-level power of the synthesized netlists (`corrections.energy`,
 * `tpe calibrate --fit`): clock (every register bit every cycle, no clock gating), register data
 * toggles, the product datapath per partial-product toggle (selectors, product tree, the
 * compressors that take the products), the operand fan-out per operand toggle (encoder and
 * selector inputs, operand buffers), and the carry-propagate adders (product CPAs, accumulator and
 * partial-sum adders, per-PE drain and column CPAs) per CPA-bit toggle at the rate of the words
 * they add (`cpaToggles`). Leakage: all cells for the run's duration at `freqMHz`. With
 * `glitch` (timed activity), the glitch term of cost/glitch.ts on the product datapath's part.
 */
export function power(
  inv: Inventory,
  t: TechTable,
  w: Workload,
  freqMHz: number | undefined,
  // Required: the operand term's reach and the product tree's depth are read off the design (a
  // caller without it priced broadcast designs 24-45% low: the sweeps until 2026-12-04).
  des: Design,
  gating?: GatedClockModel,
  glitch?: { factors: GlitchFactors; depth: number },
): PowerFigures {
  const c = t.components;
  const f = { logic: 1, register: 1, clock: 1, operand: 1, cpa: 1, ...(t.corrections.energy ?? {}) };
  const x = energyTerms(inv, t, w, des, gating);
  const glitchPart = glitch ? glitchEnergy(glitch.factors, x.logic * f.logic, glitch.depth) : 0;
  const parts = [
    { what: 'register data toggles', energy: x.register * f.register },
    { what: 'product datapath (partial products, trees, compressors)', energy: x.logic * f.logic },
    { what: 'operand fan-out (encoders, selector inputs)', energy: x.operand * f.operand },
    { what: 'carry-propagate adders (product, accumulator, drain, column CPAs)', energy: x.cpa * f.cpa },
    ...(glitch
      ? [
          {
            what: 'glitches (timed activity: product datapath beyond the onset depth)',
            energy: glitchPart,
          },
        ]
      : []),
  ];
  const dynamic = parts.reduce((s, p) => s + p.energy, 0);
  const clock = x.clock * f.clock;
  const leakW =
    (gating?.items ?? inv.items).reduce((s, i) => s + i.perUnit * i.units * (c[i.component as ComponentId]?.leakage ?? 0), 0) +
    (gating?.gateLeakage ?? 0);
  const fj = t.units.energy === 'fJ' && t.units.leakage === 'nW';
  const ref = t.reference?.nand2;
  // Leakage is power: it needs the run's duration, cycles / (f MHz * 1e6) s. nW x s = nJ = 1e6
  // fJ; a normalized table converts its NAND2-leakages through the reference cell into
  // NAND2-toggle energies. Without a frequency (or a time scale) it is not priced.
  const seconds = freqMHz !== undefined ? w.cycles / (freqMHz * 1e6) : undefined;
  const leakage =
    seconds === undefined ? 0 : fj ? leakW * seconds * 1e6 : ref ? (leakW * ref.leakageNw * 1e-9 * seconds) / (ref.energyFj * 1e-15) : 0;
  const total = dynamic + clock + leakage;
  const out: PowerFigures = {
    freqMHz: freqMHz ?? 0,
    dynamic: r(dynamic, 2),
    clock: r(clock, 2),
    leakage: r(leakage, 2),
    total: r(total, 2),
    perMac: r(total / Math.max(1, w.macs), 4),
    breakdown: [
      ...parts,
      {
        what: gating ? 'clock (gated banks on their enable, the rest every cycle, clock gates)' : 'clock (all register bits)',
        energy: clock,
      },
      { what: 'leakage', energy: leakage },
    ].map((p) => ({
      what: p.what,
      energy: r(p.energy, 2),
    })),
  };
  // The glitch term is additive, so the zero-delay figure is the total without it (no second estimate).
  if (glitch) out.zeroDelayPerMac = r((total - glitchPart) / Math.max(1, w.macs), 4);
  if (fj && seconds !== undefined) {
    out.averagePowerMw = r(((total * 1e-15) / seconds) * 1e3, 4);
    out.topsPerW = r((2 * w.macs) / (total * 1e-15) / 1e12, 4);
  }
  return out;
}
