// The estimate at a clock target: what timing-driven synthesis does to meet it, modelled from the
// inventory's items and stages (cost/inventory is not touched). Synthesis (synth/at-clock.ts)
// picks every adder's carry network by the constraint — a ripple chain when the slack allows,
// Yosys's Brent-Kung otherwise, Sklansky or Kogge-Stone when even that misses — maps, buffers
// and sizes to the target, and keeps the smallest netlist that meets the clock (the fastest when
// none does). The estimate does the same with each architecture's carry network priced from the
// liberty: the prefix nodes each network has (generate merge AO21, propagate merge AND2; a ripple
// chain one inverting merge per bit) for area, and its depth for delay (ripple: one merge per bit;
// Kogge-Stone and Sklansky: log2 w levels, Sklansky with the fan-out of its top level; Brent-Kung:
// 2 log2 w - 1, the estimate's own). Buffering is the estimate's fan-out model; gate upsizing adds
// under 0.5% of area in the calibration set and is not modelled. Three global factors, fitted once
// on the calibration set like the area and delay factors (tech table `corrections.atClock`):
// `adderArea` (ABC shares and simplifies carry networks), `prefixSpeedup` (the fraction of the
// textbook level saving of a log-depth network that survives ABC's restructuring of Brent-Kung)
// and `rippleDelay` (ABC's mapping of a carry chain); and `sizing`, how much shorter than its
// relaxed period a netlist gets when pushed (gate upsizing on the critical path, the tightened
// target): an architecture meets a clock down to (1 - sizing) x its period.
import type { Estimate, StageTiming } from './estimate.js';
import { cpaLevels, stageTimings } from './estimate.js';
import type { TechTable } from './tech/types.js';
import type { PathElement } from './types.js';

export type AdderArch = 'ripple' | 'brent-kung' | 'sklansky' | 'kogge-stone';
export const ADDER_ORDER: readonly AdderArch[] = ['ripple', 'brent-kung', 'sklansky', 'kogge-stone'];

export interface AtClockFactors {
  adderArea: number;
  prefixSpeedup: number;
  rippleDelay: number;
  /**
   * The adder-area factor of a design whose limiting stage holds a carry network (`cpaLimited`):
   * there timing-driven synthesis must keep the faster network's structure on the critical path
   * and area recovery shares less of it. Defaults to `adderArea`.
   */
  criticalAdderArea?: number;
  /**
   * The sizing share of a CPA-limited design's parallel-prefix netlist: a carry network's levels on
   * the critical path stay, and upsizing shortens little of them. Defaults to `sizing`.
   */
  criticalSizing?: number;
  /** Share of its period gate sizing removes from a netlist with parallel-prefix adders. */
  sizing: number;
  /** The same for a netlist with ripple-carry adders (a chain of small cells gains less). */
  rippleSizing: number;
  /**
   * How far above the clock (a share of it) an architecture's sized period may be and still count
   * as reaching it: synthesis over-constrains a near miss and meets it (synth/at-clock.ts), and
   * this is within the estimate's own delay error.
   */
  margin: number;
}
export const DEFAULT_AT_CLOCK: AtClockFactors = { adderArea: 1, prefixSpeedup: 1, rippleDelay: 1, sizing: 0, rippleSizing: 0, margin: 0 };

/**
 * Live nodes of a w-bit carry network: generate merges (g = g | p & g') and propagate merges
 * (p = p & p'), after removing propagate merges nothing reads (what synthesis removes too).
 */
const NODES = new Map<string, { g: number; p: number }>();

export function prefixNodes(a: AdderArch, w: number): { g: number; p: number } {
  const key = `${a}:${w}`;
  let n = NODES.get(key);
  if (!n) {
    n = countNodes(a, w);
    NODES.set(key, n);
  }
  return n;
}

function countNodes(a: AdderArch, w: number): { g: number; p: number } {
  if (w <= 1) return { g: 0, p: 0 };
  if (a === 'ripple') return { g: w - 1, p: 0 };
  // Symbolic run: every merge is a node; pNode[j] is the node whose propagate p[j] now is (-1: the input).
  const pNode: number[] = Array.from({ length: w }, () => -1);
  const nodes: { pLeft: number; pRight: number }[] = [];
  const merge = (j: number, k: number) => {
    // g[j] |= p[j] & g[k]; p[j] &= p[k]
    nodes.push({ pLeft: pNode[j], pRight: pNode[k] });
    pNode[j] = nodes.length - 1;
  };
  const L = Math.ceil(Math.log2(w));
  if (a === 'brent-kung') {
    for (let i = 1; i <= L; i++) for (let j = 2 ** i - 1; j < w; j += 2 ** i) merge(j, j - 2 ** (i - 1));
    for (let i = L; i > 0; i--) for (let j = 2 ** i + 2 ** (i - 1) - 1; j < w; j += 2 ** i) merge(j, j - 2 ** (i - 1));
  } else if (a === 'kogge-stone') {
    for (let i = 0; 2 ** i < w; i++) for (let j = w - 1; j >= 2 ** i; j--) merge(j, j - 2 ** i);
  } else {
    for (let i = 0; 2 ** i < w; i++) for (let j = 0; j < w; j++) if (j & (2 ** i)) merge(j, ((j >> (i + 1)) << (i + 1)) + 2 ** i - 1);
  }
  // Every generate merge feeds a carry out. A propagate merge is live when a later generate merge
  // reads it, or a later live propagate merge does (backward pass).
  const live = new Uint8Array(nodes.length);
  for (let m = nodes.length - 1; m >= 0; m--) {
    const n = nodes[m];
    if (n.pLeft >= 0) live[n.pLeft] = 1;
    if (live[m] && n.pRight >= 0) live[n.pRight] = 1;
  }
  return { g: nodes.length, p: live.reduce((s, x) => s + x, 0) };
}

/** Levels of a w-bit network (uncorrected, before the speed-up factor). */
function levels(a: AdderArch, w: number): number {
  if (a === 'brent-kung') return cpaLevels(w);
  return w <= 1 ? 0 : Math.ceil(Math.log2(w));
}

function factorsOf(t: TechTable): AtClockFactors {
  const a = t.corrections.atClock;
  // A table without a ripple sizing factor sizes every architecture alike (its `sizing`).
  return { ...DEFAULT_AT_CLOCK, ...(a ?? {}), rippleSizing: a?.rippleSizing ?? a?.sizing ?? 0 };
}

/** CPA delay of one path element under an architecture, uncorrected (the estimate's rule for Brent-Kung). */
export function cpaDelay(
  t: TechTable,
  a: AdderArch,
  e: Extract<PathElement, { kind: 'cpa' }>,
  prevWidth: number | undefined,
  f: AtClockFactors,
): number {
  const c = t.components;
  const rb = (c.ripple_bit?.delay ?? c.cpa_level.delay) * f.rippleDelay;
  const lv = c.cpa_level.delay;
  const chained = prevWidth !== undefined;
  if (a === 'ripple') {
    if (chained) return c.fa.delay + Math.max(2, e.chainedTail ?? e.width - prevWidth + 1) * rb;
    return c.cpa_bit.delay + Math.max(0, e.width - 1) * rb;
  }
  const eff = (w: number) => {
    const bk = cpaLevels(w);
    return a === 'brent-kung' ? bk : bk - f.prefixSpeedup * (bk - levels(a, w));
  };
  const top = a === 'sklansky' ? fanoutExtra(t, e.width) : 0;
  if (chained) return c.fa.delay + Math.max(2, eff(e.chainedTail ?? 2)) * lv;
  return c.cpa_bit.delay + eff(e.width) * lv + top;
}

function fanoutExtra(t: TechTable, w: number): number {
  const free = t.fanout.freeLoads;
  const loads = w / 2;
  if (loads <= free) return 0;
  return (
    (Math.min(t.fanout.delayPerLoad * (loads - free), 2 * t.components.inv.delay * (Math.log(loads / free) / Math.log(4))) *
      (t.corrections.fanoutDelay ?? 1)) /
    t.corrections.delay
  );
}

/**
 * With ripple adders a carry-select the inventory models for a prefix adder (the upper bits of an
 * accumulator adder whose carries are ready early: one AO21 after the late sign) is a ripple chain
 * through those bits again: synthesis does not restructure a chain whose every bit reads the
 * late sign. Such an element (`upper N bits (carry select)`) becomes an N-bit carry chain.
 */
export function rippleStages(inv: Estimate['inventory']): Estimate['inventory'] {
  return {
    ...inv,
    stages: inv.stages.map((s) => ({
      ...s,
      path: s.path.map((e): PathElement => {
        const m = e.kind === 'component' && e.component === 'ao21' ? /upper (\d+) bits \(carry select\)/.exec(e.what) : null;
        return m
          ? { kind: 'cpa', width: Number(m[1]) + 1, what: `${e.what.replace(' (carry select)', '')} (ripple chain after the sign)` }
          : e;
      }),
    })),
  };
}

/**
 * Whether the design's critical path holds a carry network: its limiting stage (as the area-
 * oriented estimate times it) has a CPA element of at least 8 bits. Then every architecture
 * but the area-oriented one is bought for that path (the MAC arrays' product CPA and accumulator
 * adder); otherwise a faster network only replaces adders with slack (OPT1's drain CPA), which
 * synthesis's area recovery shares and simplifies.
 */
export function cpaLimited(e: Estimate): boolean {
  const lim = e.inventory.stages.find((s) => s.name === e.timing.limiting);
  return !!lim && lim.path.some((x) => x.kind === 'cpa' && x.width >= 8);
}

export interface ArchPoint {
  adder: AdderArch;
  /** Total area with this architecture's carry networks (table units). */
  area: number;
  /** Area of the carry networks' prefix nodes relative to Brent-Kung (table units). */
  adderDelta: number;
  limiting: string;
  logic: number;
  /** Period with the gates as an area-oriented mapping leaves them. */
  period: number;
  /** The shortest period sizing reaches: (1 - sizing) x period. */
  minPeriod: number;
  stages: StageTiming[];
}

export interface AtClockEstimate {
  clockNs: number;
  /** The clock as the table's delay unit (ps, or NAND2 delays through the table's reference). */
  clock: number;
  meetsClock: boolean;
  adder: AdderArch;
  area: number;
  limiting: string;
  logic: number;
  period: number;
  fmaxMHz?: number;
  /** Slack at the clock in the table's delay unit (negative: missed). */
  slack: number;
  /**
   * The highest clock the estimate believes synthesis reaches at all: the shortest sized period
   * of any architecture (the fastest network, pushed), MHz. What a search for the design's
   * highest met clock compares with (`tpe reproduce --synth`).
   */
  fastestMHz?: number;
  /** Every architecture's area and period: the area-versus-clock curve's corners. */
  curve: ArchPoint[];
}

/** The clock in the table's delay unit, or undefined when the table has no time scale. */
export function clockInTableUnits(t: TechTable, clockNs: number): number | undefined {
  if (t.units.delay === 'ps') return clockNs * 1000;
  const ref = t.reference?.nand2;
  return ref ? (clockNs * 1000) / ref.delayPs : undefined;
}

/**
 * An architecture's period at a clock: as mapped if that meets it, else sized toward the clock:
 * to the clock where sizing reaches it (within `margin` of it), to its minimum where not.
 */
export function periodAtClock(p: ArchPoint, clock: number, margin = 0): number {
  if (p.period <= clock) return r(p.period);
  return r(p.minPeriod <= clock * (1 + margin) ? clock : p.minPeriod);
}

export function estimateAtClock(e: Estimate, t: TechTable, clockNs: number): AtClockEstimate | undefined {
  const clock = clockInTableUnits(t, clockNs);
  if (clock === undefined) return undefined;
  const f = factorsOf(t);
  const inv = e.inventory;
  const mergeArea = (a: AdderArch, w: number) => {
    const n = prefixNodes(a, w);
    const c = t.components;
    if (a === 'ripple') return n.g * (c.ripple_bit?.area ?? c.ao21.area);
    const pm = c.prefix_merge;
    const gA = pm ? pm.area - c.and2.area : c.ao21.area;
    return n.g * gA + n.p * c.and2.area;
  };
  const cpas = inv.items.filter((i) => i.component === 'cpa_bit');
  const limitedByCpa = cpaLimited(e);
  const areaFactor = limitedByCpa ? (f.criticalAdderArea ?? f.adderArea) : f.adderArea;
  const prefixSizing = limitedByCpa ? (f.criticalSizing ?? f.sizing) : f.sizing;
  const curve: ArchPoint[] = ADDER_ORDER.map((a) => {
    let delta = 0;
    for (const it of cpas) {
      const w = it.width ?? it.perUnit;
      const count = (it.perUnit * it.units) / Math.max(1, w);
      delta += count * (mergeArea(a, w) - mergeArea('brent-kung', w));
    }
    delta *= areaFactor * t.corrections.area;
    const stages = stageTimings(
      a === 'ripple' ? rippleStages(inv) : inv,
      t,
      a === 'brent-kung' ? undefined : (el, prev) => cpaDelay(t, a, el, prev, f),
    );
    const lim = stages.reduce((x, y) => (y.period > x.period ? y : x), stages[0] ?? { name: 'none', logic: 0, period: 0, elements: [] });
    return {
      adder: a,
      area: r(e.area.total + delta),
      adderDelta: r(delta),
      limiting: lim.name,
      logic: lim.logic,
      period: lim.period,
      minPeriod: r(lim.period * (1 - (a === 'ripple' ? f.rippleSizing : prefixSizing))),
      stages,
    };
  });
  // Reaching the clock: the sized period within the margin above it (see AtClockFactors.margin).
  const reach = clock * (1 + f.margin);
  const meets = curve.filter((c) => c.minPeriod <= reach);
  let pick: ArchPoint;
  if (meets.length) pick = meets[0];
  else {
    const best = Math.min(...curve.map((c) => c.minPeriod));
    pick = curve.filter((c) => c.minPeriod <= best * 1.005).reduce((x, y) => (y.area < x.area ? y : x));
  }
  // The netlist's period at this clock: as mapped when that meets it, sized down to the clock
  // (at most to the minimum) when not.
  const period = periodAtClock(pick, clock, f.margin);
  const ps = t.units.delay === 'ps' ? 1 : t.reference?.nand2.delayPs;
  const fastest = Math.min(...curve.map((c) => c.minPeriod));
  return {
    clockNs,
    clock: r(clock),
    meetsClock: meets.length > 0,
    adder: pick.adder,
    area: pick.area,
    limiting: pick.limiting,
    logic: pick.logic,
    period,
    ...(ps ? { fmaxMHz: r(1e6 / (pick.minPeriod * ps), 2) } : {}),
    slack: r(clock - period),
    ...(ps && fastest > 0 ? { fastestMHz: r(1e6 / (fastest * ps), 2) } : {}),
    curve,
  };
}

const r = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
