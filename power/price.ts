// Pricing a netlist's activity with the liberty, two ways.
//
// `priceEvents` (the toggle-accurate figure): every recorded transition at the energy its
// liberty group gives for that direction — rise_power for a rising output, fall_power for a
// falling one, looked up at the related pin's transition time and the net's load; exactly one
// group per transition (the `when` group that matches the cell's state, else the default one);
// input-pin groups (clock and data pins of flip-flops) per transition of the pin; switching
// ½·C·V² per transition of every net a cell drives; leakage from cell_leakage_power.
//
// `priceOpenStaRules`: OpenSTA 2.0.17's report_power arithmetic (power/Power.cc of that
// version) from per-net activities: per internal-power group, (rise energy + fall energy) x
// duty x the pin's transition rate, where duty is the group's `when` probability, the inferred
// sensitization of the related pin, 1 for a clock or 0.5; every group of a pin counts, the
// unconditional one on top of the state-dependent ones. It exists to check this module's table
// lookups, loads, transition times and activities against `report_power` under the same
// activity (test/power); the two rules differ, and docs/TECH.md says by how much.
import { inferredWhen, probability } from './expr.js';
import { lookupTable, type LibertyModel, type PinModel } from './liberty.js';
import type { NetTiming } from './loads.js';
import type { Netlist } from './netlist.js';
import type { ActivityCounts } from './sim.js';

export interface EnergyBreakdown {
  /** Joules over the run. */
  internal: number;
  switching: number;
  leakage: number;
  total: number;
  /**
   * Of the total: flip-flops (their internal power, clock pins included, and Q-net switching) and
   * clock gates (internal power, GCLK-net switching).
   */
  sequential: number;
  combinational: number;
}

export interface PricedEvents {
  energy: EnergyBreakdown;
  /** Energy per cell type, J, largest first. */
  byCell: { cell: string; count: number; energy: number }[];
  /** Energy per instance (internal, its output nets' switching, leakage), J. */
  perInstance: Float64Array;
  seconds: number;
}

function arcSense(pm: PinModel, related: string): PinModel['arcs'][number]['sense'] | undefined {
  return pm.arcs.find((a) => a.related === related && !/^(setup|hold|recovery|removal|min_pulse|skew|nochange)/.test(a.type))?.sense;
}

export function priceEvents(nl: Netlist, t: NetTiming, lib: LibertyModel, c: ActivityCounts, clockNs: number): PricedEvents {
  const u = lib.units;
  const V = lib.voltage;
  const byCell = new Map<string, { count: number; energy: number }>();
  const instE = new Float64Array(nl.instances.length);
  let internal = 0;
  for (let g = 0; g < c.groups.length; g++) {
    const r = c.cnt[2 * g],
      f = c.cnt[2 * g + 1];
    if (r === 0 && f === 0) continue;
    const gr = c.groups[g];
    const pm = nl.instances[gr.inst].cell.pins.get(gr.pin)!;
    const grp = gr.group;
    let eR = 0,
      eF = 0;
    if (gr.outNet >= 0) {
      const load = t.load[gr.outNet];
      const sense = grp.related ? arcSense(pm, grp.related) : undefined;
      const fr = gr.fromNet;
      const inFor = (rise: boolean) =>
        nl.isClock[fr]
          ? 0
          : sense === 'positive_unate'
            ? rise
              ? t.slewRise[fr]
              : t.slewFall[fr]
            : sense === 'negative_unate'
              ? rise
                ? t.slewFall[fr]
                : t.slewRise[fr]
              : (t.slewRise[fr] + t.slewFall[fr]) / 2;
      if (grp.rise) eR = lookupTable(grp.rise, inFor(true), load);
      if (grp.fall) eF = lookupTable(grp.fall, inFor(false), load);
    } else {
      const n = gr.fromNet;
      const clock = nl.isClock[n] === 1;
      if (grp.rise) eR = lookupTable(grp.rise, clock ? 0 : t.slewRise[n], 0);
      if (grp.fall) eF = lookupTable(grp.fall, clock ? 0 : t.slewFall[n], 0);
    }
    const e = (r * eR + f * eF) * u.energy;
    internal += e;
    instE[gr.inst] += e;
  }
  let switching = 0;
  const half = 0.5 * V * V * u.cap;
  for (let n = 2; n < nl.nets; n++) {
    const drv = nl.driver[n];
    // The clock nets (clk and the clock gates' GCLK) are the clock tree's: not charged (docs/TECH.md 7).
    if (drv < 0 || c.toggles[n] === 0 || nl.isClock[n]) continue;
    const e = c.toggles[n] * half * t.load[n];
    switching += e;
    instE[drv] += e;
  }
  const seconds = c.cycles * clockNs * 1e-9;
  let leakage = 0;
  let seq = 0;
  for (let i = 0; i < nl.instances.length; i++) {
    const cell = nl.instances[i].cell;
    const l = cell.leakage * u.leakage * seconds;
    leakage += l;
    instE[i] += l;
    if (cell.ff || cell.icg) seq += instE[i];
    const b = byCell.get(cell.name) ?? { count: 0, energy: 0 };
    b.count++;
    b.energy += instE[i];
    byCell.set(cell.name, b);
  }
  const total = internal + switching + leakage;
  return {
    energy: { internal, switching, leakage, total, sequential: seq, combinational: total - seq },
    byCell: [...byCell].map(([cell, x]) => ({ cell, ...x })).sort((a, b) => b.energy - a.energy || (a.cell < b.cell ? -1 : 1)),
    perInstance: instE,
    seconds,
  };
}

export interface NetActivity {
  /** Transitions per clock period. */
  activity: number;
  /** Probability of logic 1. */
  duty: number;
}

export interface RatesW {
  internal: number;
  switching: number;
  leakage: number;
  total: number;
}

/** OpenSTA 2.0.17's report_power from per-net activities (see the header). Watts. */
export function priceOpenStaRules(
  nl: Netlist,
  t: NetTiming,
  lib: LibertyModel,
  activity: (net: number) => NetActivity,
  clockNs: number,
): RatesW {
  const u = lib.units;
  const period = clockNs * 1e-9;
  const clk = nl.clockNet;
  const act = (n: number): NetActivity => (n === clk && nl.flops.length ? { activity: 2, duty: 0.5 } : activity(n));
  let internal = 0;
  let switching = 0;
  let leakage = 0;
  for (const inst of nl.instances) {
    const cell = inst.cell;
    leakage += cell.leakage * u.leakage;
    const duty = (name: string) => {
      const n = inst.pins.get(name);
      return n === undefined ? 0 : act(n).duty;
    };
    for (const pm of cell.pins.values()) {
      const toNet = inst.pins.get(pm.name);
      if (toNet === undefined) continue;
      const to = act(toNet);
      const out = pm.dir === 'output';
      const load = out ? t.load[toNet] : 0;
      if (out) switching += (0.5 * load * u.cap * lib.voltage * lib.voltage * to.activity) / period;
      for (const g of pm.power) {
        const fromName = g.related ?? pm.name;
        const fromNet = inst.pins.get(fromName);
        if (fromNet === undefined) continue;
        const inf = !g.when && g.related && pm.func ? inferredWhen(pm.func, g.related) : undefined;
        let d: number;
        if (inf) d = to.activity === 0 ? 0 : (act(fromNet).activity / to.activity) * probability(inf, duty);
        else if (g.when) d = probability(g.when, duty);
        else d = nl.isClock[fromNet] ? 1 : 0.5;
        const sr = fromNet === clk ? 0 : t.slewRise[fromNet];
        const sf = fromNet === clk ? 0 : t.slewFall[fromNet];
        const e = (g.rise ? lookupTable(g.rise, sr, load) : 0) + (g.fall ? lookupTable(g.fall, sf, load) : 0);
        internal += (e * u.energy * d * to.activity) / period;
      }
    }
  }
  return { internal, switching, leakage, total: internal + switching + leakage };
}
