// The cell models the gate-level simulator and the power pricing need, read from a liberty:
// pin directions and capacitances, output functions, flip-flop `ff` groups, timing arcs (for the
// transition times that index the power tables), internal-power groups (per pin, related pin,
// `when`, rise and fall energy tables) and leakage. Values stay in the library's own units
// (time_unit, capacitive_load_unit, energy = capacitive_load_unit x voltage_unit^2,
// leakage_power_unit); `units` converts them to SI.
import type { Diagnostic, Result } from '../ir/index.js';
import { attr, childGroups, numAttr, numberList, parseLiberty, type LibGroup } from '../cost/liberty/parse.js';
import { parseExpr, type Expr } from './expr.js';

export interface Table {
  /** index for the input transition (or undefined: not a variable of this table). */
  slew?: number[];
  load?: number[];
  /** values[i][j]: i over the first variable, j over the second. */
  values: number[][];
  /** The first variable is the load (reversed templates). */
  loadFirst: boolean;
}

export interface PowerGroup {
  related?: string;
  when?: Expr;
  whenText?: string;
  rise?: Table;
  fall?: Table;
}

export interface TimingArc {
  related: string;
  sense: 'positive_unate' | 'negative_unate' | 'non_unate';
  type: string;
  riseTransition?: Table;
  fallTransition?: Table;
  cellRise?: Table;
  cellFall?: Table;
  riseConstraint?: Table;
  fallConstraint?: Table;
}

export interface PinModel {
  name: string;
  dir: 'input' | 'output' | 'inout' | 'internal';
  /** Capacitance OpenSTA uses for max analysis: the largest of the rise/fall ranges (else rise/fall, else capacitance), library units. */
  capMax: number;
  capRise: number;
  capFall: number;
  isClock: boolean;
  func?: Expr;
  funcText?: string;
  arcs: TimingArc[];
  power: PowerGroup[];
}

export interface FlopModel {
  iq: string;
  iqn: string;
  next: Expr;
  clockedOn: Expr;
  clear?: Expr;
  preset?: Expr;
}

export interface CellModel {
  name: string;
  area: number;
  /** cell_leakage_power, library units. */
  leakage: number;
  pins: Map<string, PinModel>;
  inputs: string[];
  outputs: string[];
  ff?: FlopModel;
  latch: boolean;
  /**
   * An integrated clock-gating cell (`clock_gating_integrated_cell`): its kind ("latch_posedge":
   * GCLK = CLK & the GATE value latched while CLK is low) and its enable, clock and output pins.
   */
  icg?: { kind: string; gate: string; clock: string; out: string };
  dontUse: boolean;
  line: number;
}

export interface LibertyUnits {
  /** Seconds per library time unit. */
  time: number;
  /** Farads per library capacitance unit. */
  cap: number;
  /** Joules per library energy unit (cap unit x V^2 of the voltage unit). */
  energy: number;
  /** Watts per leakage unit. */
  leakage: number;
}

export interface LibertyModel {
  name: string;
  voltage: number;
  units: LibertyUnits;
  cells: Map<string, CellModel>;
}

const scale = (s: string | undefined, table: Record<string, number>, dflt: number): number => {
  if (!s) return dflt;
  const m = /^"?\s*([0-9.]+)\s*([a-zA-Z]+)\s*"?$/.exec(s.trim());
  if (!m) return dflt;
  const f = table[m[2].toLowerCase()];
  return f === undefined ? dflt : Number(m[1]) * f;
};

function units(lib: LibGroup): LibertyUnits {
  const time = scale(attr(lib, 'time_unit'), { ps: 1e-12, ns: 1e-9, us: 1e-6 }, 1e-9);
  const capC = lib.complex.find((c) => c.name === 'capacitive_load_unit');
  let cap = 1e-12;
  if (capC && capC.args.length >= 2)
    cap = Number(capC.args[0]) * ({ ff: 1e-15, pf: 1e-12, nf: 1e-9 }[capC.args[1].trim().toLowerCase()] ?? 1e-12);
  const vUnit = scale(attr(lib, 'voltage_unit'), { v: 1, mv: 1e-3 }, 1);
  const leakage = scale(attr(lib, 'leakage_power_unit'), { pw: 1e-12, nw: 1e-9, uw: 1e-6, mw: 1e-3 }, 1e-9);
  return { time, cap, energy: cap * vUnit * vUnit, leakage };
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

const isCapVar = (v: string | undefined) => !!v && /capacitance/.test(v);

function readTable(g: LibGroup | undefined, tpl: Map<string, Template>): Table | undefined {
  if (!g) return undefined;
  const vc = g.complex.find((c) => c.name === 'values');
  if (!vc) return undefined;
  const t = tpl.get(g.args[0] ?? '') ?? {};
  const i1c = g.complex.find((c) => c.name === 'index_1');
  const i2c = g.complex.find((c) => c.name === 'index_2');
  const i1 = i1c ? numberList(i1c.args) : t.index1;
  const i2 = i2c ? numberList(i2c.args) : t.index2;
  const values = vc.args.map((a) => numberList([a]));
  if (!i1 || g.args[0] === 'scalar') return { values: [[values[0]?.[0] ?? 0]], loadFirst: false };
  const v1cap = isCapVar(t.var1);
  if (!i2) {
    // 1-D: one row over index_1.
    const row = values.length === 1 ? values[0] : values.map((r) => r[0]);
    return v1cap ? { load: i1, values: [row], loadFirst: true } : { slew: i1, values: row.map((x) => [x]), loadFirst: false };
  }
  return v1cap ? { load: i1, slew: i2, values, loadFirst: true } : { slew: i1, load: i2, values, loadFirst: false };
}

/** Linear interpolation on a sorted axis, extrapolating from the end segments (as OpenSTA does). */
function axisPos(xs: number[], x: number): [number, number] {
  if (xs.length === 1) return [0, 0];
  let i = 0;
  while (i < xs.length - 2 && x > xs[i + 1]) i++;
  return [i, (x - xs[i]) / (xs[i + 1] - xs[i])];
}

/** Table value at (input transition, load), library units. */
export function lookupTable(t: Table, slew: number, load: number): number {
  const rows = t.values;
  const a1 = t.loadFirst ? t.load : t.slew;
  const a2 = t.loadFirst ? t.slew : t.load;
  const x1 = t.loadFirst ? load : slew;
  const x2 = t.loadFirst ? slew : load;
  const col = (r: number[]) => {
    if (!a2 || r.length === 1) return r[0];
    const [j, u] = axisPos(a2, x2);
    return r[j] + u * (r[j + 1] - r[j]);
  };
  if (!a1 || rows.length === 1) return col(rows[0]);
  const [i, s] = axisPos(a1, x1);
  const v0 = col(rows[i]);
  const v1 = col(rows[i + 1]);
  return v0 + s * (v1 - v0);
}

function readExpr(text: string | undefined, where: string, errs: string[]): Expr | undefined {
  if (text === undefined) return undefined;
  const e = parseExpr(text);
  if (typeof e === 'string') {
    errs.push(`${where}: ${e}`);
    return undefined;
  }
  return e;
}

function readPin(p: LibGroup, tpl: Map<string, Template>, cell: string, errs: string[]): PinModel {
  const name = p.args[0] ?? '?';
  const dirA = attr(p, 'direction') ?? 'input';
  const dir = (['input', 'output', 'inout', 'internal'].includes(dirA) ? dirA : 'input') as PinModel['dir'];
  const range = (n: string) => p.complex.find((c) => c.name === n)?.args.map(Number);
  const cap = numAttr(p, 'capacitance') ?? 0;
  const capRise = numAttr(p, 'rise_capacitance') ?? cap;
  const capFall = numAttr(p, 'fall_capacitance') ?? cap;
  const rr = range('rise_capacitance_range');
  const fr = range('fall_capacitance_range');
  const capMax = Math.max(rr ? Math.max(...rr) : capRise, fr ? Math.max(...fr) : capFall);
  const funcText = attr(p, 'function');
  const pin: PinModel = {
    name,
    dir,
    capMax,
    capRise,
    capFall,
    isClock: attr(p, 'clock') === 'true',
    arcs: [],
    power: [],
    ...(funcText !== undefined ? { funcText, func: readExpr(funcText, `${cell}/${name} function`, errs) } : {}),
  };
  for (const t of childGroups(p, 'timing')) {
    const sense = (attr(t, 'timing_sense') ?? 'non_unate') as TimingArc['sense'];
    const arc: TimingArc = { related: (attr(t, 'related_pin') ?? '').trim(), sense, type: attr(t, 'timing_type') ?? 'combinational' };
    const g = (k: string) => readTable(childGroups(t, k)[0], tpl);
    const rt = g('rise_transition'),
      ft = g('fall_transition'),
      cr = g('cell_rise'),
      cf = g('cell_fall'),
      rc = g('rise_constraint'),
      fc = g('fall_constraint');
    if (rt) arc.riseTransition = rt;
    if (ft) arc.fallTransition = ft;
    if (cr) arc.cellRise = cr;
    if (cf) arc.cellFall = cf;
    if (rc) arc.riseConstraint = rc;
    if (fc) arc.fallConstraint = fc;
    for (const rel of arc.related.split(/\s+/).filter(Boolean)) pin.arcs.push({ ...arc, related: rel });
  }
  for (const ip of childGroups(p, 'internal_power')) {
    const whenText = attr(ip, 'when');
    const rel = attr(ip, 'related_pin')?.trim();
    const rise = readTable(childGroups(ip, 'rise_power')[0] ?? childGroups(ip, 'power')[0], tpl);
    const fall = readTable(childGroups(ip, 'fall_power')[0] ?? childGroups(ip, 'power')[0], tpl);
    const base: PowerGroup = { ...(rise ? { rise } : {}), ...(fall ? { fall } : {}) };
    if (whenText !== undefined) {
      base.whenText = whenText;
      const w = readExpr(whenText, `${cell}/${name} when`, errs);
      if (w) base.when = w;
    }
    const rels = rel ? rel.split(/\s+/).filter(Boolean) : [undefined];
    for (const r of rels) pin.power.push({ ...base, ...(r ? { related: r } : {}) });
  }
  return pin;
}

/** Builds the model from liberty text. E0930 (does not parse), E0931 (bad expression). */
export function readLibertyModel(text: string, name: string): Result<LibertyModel> {
  const parsed = parseLiberty(text);
  if (!parsed.ok) {
    return {
      diagnostics: [
        {
          code: 'E0930',
          severity: 'error',
          message: `${name}:${parsed.line}: liberty does not parse: ${parsed.message}`,
          hint: 'pass a Liberty (.lib) file such as third_party/ihp-sg13g2/sg13g2_stdcell_typ_1p20V_25C.lib',
        } satisfies Diagnostic,
      ],
    };
  }
  const lib = parsed.library;
  const tpl = templates(lib);
  const errs: string[] = [];
  const cells = new Map<string, CellModel>();
  for (const c of childGroups(lib, 'cell')) {
    const cname = c.args[0] ?? '?';
    const pins = new Map<string, PinModel>();
    for (const p of childGroups(c, 'pin')) {
      for (const pn of (p.args[0] ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)) {
        const pm = readPin({ ...p, args: [pn] }, tpl, cname, errs);
        pins.set(pn, pm);
      }
    }
    const ffg = childGroups(c, 'ff')[0];
    let ff: FlopModel | undefined;
    if (ffg) {
      const next = readExpr(attr(ffg, 'next_state'), `${cname} next_state`, errs);
      const clockedOn = readExpr(attr(ffg, 'clocked_on'), `${cname} clocked_on`, errs);
      if (next && clockedOn) {
        ff = { iq: ffg.args[0] ?? 'IQ', iqn: ffg.args[1] ?? 'IQN', next, clockedOn };
        const cl = readExpr(attr(ffg, 'clear'), `${cname} clear`, errs);
        const pr = readExpr(attr(ffg, 'preset'), `${cname} preset`, errs);
        if (cl) ff.clear = cl;
        if (pr) ff.preset = pr;
      }
    }
    const icgKind = attr(c, 'clock_gating_integrated_cell');
    const flagged = (f: string) =>
      childGroups(c, 'pin')
        .find((p) => attr(p, f) === 'true')
        ?.args[0]?.trim();
    const icgPins = { gate: flagged('clock_gate_enable_pin'), clock: flagged('clock_gate_clock_pin'), out: flagged('clock_gate_out_pin') };
    const icg =
      icgKind && icgPins.gate && icgPins.clock && icgPins.out
        ? { kind: icgKind.replace(/"/g, ''), gate: icgPins.gate, clock: icgPins.clock, out: icgPins.out }
        : undefined;
    cells.set(cname, {
      name: cname,
      ...(icg ? { icg } : {}),
      area: numAttr(c, 'area') ?? 0,
      leakage: numAttr(c, 'cell_leakage_power') ?? 0,
      pins,
      inputs: [...pins.values()].filter((p) => p.dir === 'input' || p.dir === 'inout').map((p) => p.name),
      outputs: [...pins.values()].filter((p) => p.dir === 'output' || p.dir === 'inout').map((p) => p.name),
      ...(ff ? { ff } : {}),
      latch: childGroups(c, 'latch').length > 0 || childGroups(c, 'statetable').length > 0,
      dontUse: attr(c, 'dont_use') === 'true',
      line: c.line,
    });
  }
  if (errs.length)
    return {
      diagnostics: [{ code: 'E0931', severity: 'error', message: `${name}: cannot read cell expressions: ${errs.slice(0, 3).join('; ')}` }],
    };
  return { value: { name: lib.args[0] ?? name, voltage: numAttr(lib, 'nom_voltage') ?? 1, units: units(lib), cells }, diagnostics: [] };
}

/** What timing-driven synthesis needs from a library: register overheads and ABC's constraints. */
export interface ClockTargetParams {
  /** Clock-to-Q (at `loadFf` x 3) plus setup of the smallest D flip-flop, ps. */
  registerOverheadPs: number;
  clkToQPs: number;
  setupPs: number;
  /** The weakest buffer: what ABC assumes drives each register output. */
  drivingCell: string;
  /** A flip-flop's D pin, fF: what ABC assumes each register input loads. */
  loadFf: number;
  flop: string;
}

export function clockTargetParams(m: LibertyModel): ClockTargetParams | undefined {
  const flops = [...m.cells.values()]
    .filter((c) => c.ff && !c.dontUse && c.pins.has('D') && [...c.pins.keys()].length <= 5)
    .sort((a, b) => a.area - b.area || (a.name < b.name ? -1 : 1));
  const bufs = [...m.cells.values()]
    .filter((c) => !c.dontUse && !c.ff && c.inputs.length === 1 && c.outputs.length === 1 && c.pins.get(c.outputs[0])?.func?.op === 'var')
    .sort((a, b) => a.area - b.area || (a.name < b.name ? -1 : 1));
  const flop = flops[0];
  const buf = bufs[0];
  if (!flop || !buf) return undefined;
  const dPin = flop.pins.get('D')!;
  const load = dPin.capMax * 3;
  const slew = 0.1e-9 / m.units.time;
  const ps = m.units.time / 1e-12;
  const clkq: number[] = [];
  const setup: number[] = [];
  for (const p of flop.pins.values()) {
    for (const a of p.arcs) {
      if (a.type === 'rising_edge') for (const t of [a.cellRise, a.cellFall]) if (t) clkq.push(lookupTable(t, 0, load));
      if (a.type === 'setup_rising') for (const t of [a.riseConstraint, a.fallConstraint]) if (t) setup.push(lookupTable(t, slew, 0));
    }
  }
  if (!clkq.length || !setup.length) return undefined;
  const clkToQPs = Math.max(...clkq) * ps;
  // Constraint tables are indexed (constrained pin slew, related pin slew): slew/0 order does not
  // matter for a mean over a small table; the largest of rise and fall is what limits.
  const setupPs = Math.max(...setup) * ps;
  return {
    registerOverheadPs: Math.round(clkToQPs + setupPs),
    clkToQPs: Math.round(clkToQPs),
    setupPs: Math.round(setupPs),
    drivingCell: buf.name,
    loadFf: Math.round(dPin.capMax * (m.units.cap / 1e-15) * 1000) / 1000,
    flop: flop.name,
  };
}
