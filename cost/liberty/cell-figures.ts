// Per-cell figures read from a parsed liberty at one documented operating point (input slew,
// output load): area, mean input capacitance, mean arc delay, internal energy per output
// toggle, leakage; for flip-flops also clock-to-Q, setup and clock-pin energy per cycle.
// Units follow the liberty's own declarations and are converted to um2 / ps / fJ / nW.
import { attr, childGroups, numAttr, numberList, type LibGroup } from './parse.js';

export interface OperatingPoint {
  /** Input transition, ns. */
  slewNs: number;
  /** Output load, pF. */
  loadPf: number;
}

export interface CellFigures {
  name: string;
  area: number;
  /** Mean capacitance of the input pins, fF. */
  inputCapFf: number;
  /** Mean over output arcs of (cell_rise + cell_fall) / 2 at the operating point, ps. */
  delayPs: number;
  /** Mean internal energy per output transition (rise/fall averaged), fJ. */
  internalEnergyFj: number;
  leakageNw: number;
  sequential: boolean;
  clkToQPs?: number;
  setupPs?: number;
  /** Internal energy of the clock pin per clock cycle (one rise + one fall), fJ. */
  clockEnergyFj?: number;
  dontUse: boolean;
}

export interface LibraryUnits {
  /** Multiply a liberty time value by this to get ps. */
  timeToPs: number;
  capToFf: number;
  /** Internal power tables are energy in cap_unit * V^2; to fJ. */
  energyToFj: number;
  leakageToNw: number;
  voltage: number;
}

function unitScale(s: string | undefined, table: Record<string, number>, dflt: number): number {
  if (!s) return dflt;
  const m = /^"?\s*([0-9.]+)\s*([a-zA-Z]+)\s*"?$/.exec(s.trim());
  if (!m) return dflt;
  const f = table[m[2].toLowerCase()];
  return f === undefined ? dflt : Number(m[1]) * f;
}

export function libraryUnits(lib: LibGroup): LibraryUnits {
  const timeToPs = unitScale(attr(lib, 'time_unit'), { ps: 1, ns: 1000, us: 1e6 }, 1000);
  const capC = lib.complex.find((c) => c.name === 'capacitive_load_unit');
  let capToFf = 1000; // default 1 pF
  if (capC && capC.args.length >= 2) {
    const unit: Record<string, number> = { ff: 1, pf: 1000, nf: 1e6 };
    capToFf = Number(capC.args[0]) * (unit[capC.args[1].trim().toLowerCase()] ?? 1000);
  }
  const voltage = numAttr(lib, 'nom_voltage') ?? 1;
  const leakageToNw = unitScale(attr(lib, 'leakage_power_unit'), { pw: 1e-3, nw: 1, uw: 1e3, mw: 1e6 }, 1);
  // capToFf (fF) * V^2 = fJ.
  return { timeToPs, capToFf, energyToFj: capToFf, leakageToNw, voltage };
}

interface Template {
  var1?: string;
  var2?: string;
  index1?: number[];
  index2?: number[];
}

function templates(lib: LibGroup): Map<string, Template> {
  const out = new Map<string, Template>();
  for (const g of lib.groups) {
    if (!/_template$/.test(g.type)) continue;
    const t: Template = { var1: attr(g, 'variable_1'), var2: attr(g, 'variable_2') };
    const i1 = g.complex.find((c) => c.name === 'index_1');
    const i2 = g.complex.find((c) => c.name === 'index_2');
    if (i1) t.index1 = numberList(i1.args);
    if (i2) t.index2 = numberList(i2.args);
    out.set(g.args[0] ?? '', t);
  }
  return out;
}

function interp1(xs: number[], ys: number[], x: number): number {
  if (xs.length === 1) return ys[0];
  let i = 0;
  while (i < xs.length - 2 && x > xs[i + 1]) i++;
  const t = (x - xs[i]) / (xs[i + 1] - xs[i]);
  return ys[i] + t * (ys[i + 1] - ys[i]);
}

/** Looks a table up at the operating point; variables decide which index is slew and which load. */
export function lookup(table: LibGroup, tpl: Map<string, Template>, op: OperatingPoint): number | undefined {
  const t = tpl.get(table.args[0] ?? '') ?? {};
  const i1c = table.complex.find((c) => c.name === 'index_1');
  const i2c = table.complex.find((c) => c.name === 'index_2');
  const vc = table.complex.find((c) => c.name === 'values');
  if (!vc) return undefined;
  const i1 = i1c ? numberList(i1c.args) : t.index1;
  const i2 = i2c ? numberList(i2c.args) : t.index2;
  const rows = vc.args.map((a) => numberList([a]));
  const pick = (v: string | undefined) => (v && /capacitance/.test(v) ? op.loadPf : op.slewNs);
  const x1 = pick(t.var1 ?? 'input_net_transition');
  const x2 = pick(t.var2 ?? 'total_output_net_capacitance');
  if (!i1) return rows[0]?.[0];
  if (!i2 || (rows.length === 1 && rows[0].length === i1.length && !i2c && !t.index2)) {
    // 1-D table: one row (or a column) over index_1.
    const ys = rows.length === 1 ? rows[0] : rows.map((r) => r[0]);
    return interp1(i1, ys, x1);
  }
  const col = rows.map((r) => interp1(i2, r, x2));
  return interp1(i1, col, x1);
}

function mean(xs: number[]): number | undefined {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined;
}

export function cellFigures(lib: LibGroup, cell: LibGroup, op: OperatingPoint, u: LibraryUnits): CellFigures {
  const tpl = templates(lib);
  const pins = childGroups(cell, 'pin');
  const inputs = pins.filter((p) => attr(p, 'direction') === 'input' && attr(p, 'clock') !== 'true');
  const outputs = pins.filter((p) => attr(p, 'direction') === 'output');
  const caps = inputs.map((p) => numAttr(p, 'capacitance')).filter((x): x is number => x !== undefined);
  const sequential = childGroups(cell, 'ff').length + childGroups(cell, 'latch').length > 0;
  const delays: number[] = [];
  const clkq: number[] = [];
  const energies: number[] = [];
  for (const o of outputs) {
    for (const t of childGroups(o, 'timing')) {
      const type = attr(t, 'timing_type') ?? 'combinational';
      const vals = ['cell_rise', 'cell_fall']
        .flatMap((k) => childGroups(t, k))
        .map((g) => lookup(g, tpl, op))
        .filter((x): x is number => x !== undefined);
      const m = mean(vals);
      if (m === undefined) continue;
      if (type === 'rising_edge' || type === 'falling_edge') clkq.push(m);
      else if (type === 'combinational' || type === 'combinational_rise' || type === 'combinational_fall') delays.push(m);
    }
    for (const ip of childGroups(o, 'internal_power')) {
      const vals = ['rise_power', 'fall_power', 'power']
        .flatMap((k) => childGroups(ip, k))
        .map((g) => lookup(g, tpl, op))
        .filter((x): x is number => x !== undefined);
      const m = mean(vals);
      if (m !== undefined) energies.push(m);
    }
  }
  const fig: CellFigures = {
    name: cell.args[0] ?? '?',
    area: numAttr(cell, 'area') ?? NaN,
    inputCapFf: (mean(caps) ?? 0) * u.capToFf,
    delayPs: (mean(delays) ?? mean(clkq) ?? NaN) * u.timeToPs,
    internalEnergyFj: (mean(energies) ?? 0) * u.energyToFj,
    leakageNw: (numAttr(cell, 'cell_leakage_power') ?? 0) * u.leakageToNw,
    sequential,
    dontUse: attr(cell, 'dont_use') === 'true',
  };
  // An integrated clock-gating cell's clock pin is priced as a flip-flop's is (its latch clock).
  if (sequential || attr(cell, 'clock_gating_integrated_cell') !== undefined) {
    if (clkq.length) fig.clkToQPs = mean(clkq)! * u.timeToPs;
    const setups: number[] = [];
    const clkE: number[] = [];
    for (const p of pins) {
      for (const t of childGroups(p, 'timing')) {
        if (!/^setup_/.test(attr(t, 'timing_type') ?? '')) continue;
        const v = ['rise_constraint', 'fall_constraint']
          .flatMap((k) => childGroups(t, k))
          .map((g) => lookup(g, tpl, { slewNs: op.slewNs, loadPf: op.slewNs }))
          .filter((x): x is number => x !== undefined);
        const m = mean(v);
        if (m !== undefined) setups.push(m);
      }
      if (attr(p, 'clock') === 'true') {
        for (const ip of childGroups(p, 'internal_power')) {
          // One rise and one fall of the clock per cycle.
          const r = childGroups(ip, 'rise_power')
            .map((g) => lookup(g, tpl, op))
            .filter((x): x is number => x !== undefined);
          const f = childGroups(ip, 'fall_power')
            .map((g) => lookup(g, tpl, op))
            .filter((x): x is number => x !== undefined);
          if (r.length && f.length) clkE.push(mean(r)! + mean(f)!);
        }
      }
    }
    if (setups.length) fig.setupPs = Math.max(...setups) * u.timeToPs;
    if (clkE.length) fig.clockEnergyFj = mean(clkE)! * u.energyToFj;
  }
  return fig;
}

export function allCellFigures(lib: LibGroup, op: OperatingPoint): Map<string, CellFigures> {
  const u = libraryUnits(lib);
  const out = new Map<string, CellFigures>();
  for (const c of childGroups(lib, 'cell')) out.set(c.args[0] ?? '?', cellFigures(lib, c, op, u));
  return out;
}
