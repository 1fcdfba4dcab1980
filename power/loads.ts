// Net loads and transition times, as a static timer computes them before layout: the load of a
// net is the sum of its fan-out pins' capacitances (the largest of each pin's rise/fall ranges,
// what OpenSTA uses for max analysis), with no wire capacitance; primary inputs and the ideal
// clock switch in zero time; every cell output's rise and fall transition is the largest over its
// timing arcs of the liberty's transition table at (input transition, load), in topological
// order. These index the internal-power tables.
import { lookupTable, type TimingArc } from './liberty.js';
import type { Netlist } from './netlist.js';

export interface NetTiming {
  /** Load per net, library capacitance units. */
  load: Float64Array;
  /** Rise and fall transition per net, library time units. */
  slewRise: Float64Array;
  slewFall: Float64Array;
}

const COMB = new Set(['combinational', 'combinational_rise', 'combinational_fall']);

/**
 * `gatedClocks`: 'ideal' (default; the toggle-accurate pricing) keeps every clock gate's GCLK at
 * zero transition time like the clk port, so the flip-flops behind it see an ideal clock;
 * 'propagated' is OpenSTA's view (it propagates slews through the clock network with ideal
 * clocks too): GCLK gets the gate's CLK->GCLK transition at its load, and the flip-flops' outputs
 * follow from it.
 */
export function netTiming(nl: Netlist, o: { gatedClocks?: 'ideal' | 'propagated' } = {}): NetTiming {
  const load = new Float64Array(nl.nets);
  for (let n = 0; n < nl.nets; n++) {
    let c = 0;
    for (const l of nl.loads[n]) c += nl.instances[l.inst].cell.pins.get(l.pin)?.capMax ?? 0;
    load[n] = c;
  }
  const slewRise = new Float64Array(nl.nets);
  const slewFall = new Float64Array(nl.nets);
  const constant = (n: number) => nl.driver[n] === -1;
  const outSlew = (inst: number, pin: string, arcs: TimingArc[], types: (t: string) => boolean) => {
    const ins = nl.instances[inst];
    let r = 0,
      f = 0;
    const ld = load[ins.pins.get(pin)!];
    for (const a of arcs) {
      if (!types(a.type)) continue;
      const from = ins.pins.get(a.related);
      if (from === undefined || constant(from)) continue;
      const inR = slewRise[from],
        inF = slewFall[from];
      const pick = (forRise: boolean) =>
        a.sense === 'positive_unate' ? (forRise ? inR : inF) : a.sense === 'negative_unate' ? (forRise ? inF : inR) : Math.max(inR, inF);
      if (a.riseTransition) r = Math.max(r, lookupTable(a.riseTransition, pick(true), ld));
      if (a.fallTransition) f = Math.max(f, lookupTable(a.fallTransition, pick(false), ld));
    }
    return [r, f];
  };
  if (o.gatedClocks === 'propagated')
    for (const g of nl.gates) {
      const cell = nl.instances[g.inst].cell;
      const [r, f] = outSlew(g.inst, g.outPin, cell.pins.get(g.outPin)!.arcs, (t) => COMB.has(t));
      slewRise[g.gclk] = r;
      slewFall[g.gclk] = f;
    }
  for (const fl of nl.flops) {
    const cell = nl.instances[fl.inst].cell;
    for (const o of fl.outs) {
      const [r, f] = outSlew(fl.inst, o.pin, cell.pins.get(o.pin)!.arcs, (t) => t === 'rising_edge' || t === 'falling_edge');
      slewRise[o.net] = r;
      slewFall[o.net] = f;
    }
  }
  for (const u of nl.units) {
    const cell = nl.instances[u.inst].cell;
    const [r, f] = outSlew(u.inst, u.pin, cell.pins.get(u.pin)!.arcs, (t) => COMB.has(t));
    slewRise[u.out] = r;
    slewFall[u.out] = f;
  }
  return { load, slewRise, slewFall };
}
