// A mapped netlist (Yosys `write_json` of the liberty-mapped design) bound to the liberty's cell
// models: nets numbered densely (0 and 1 are the constants), every instance pin on a net, every
// combinational output as an evaluation unit with a truth table, flip-flops with their next-state
// functions, units in topological order. Problems name the cell: a cell the liberty does not
// define, a latch, a cell with outputs but no internal-power tables, a combinational loop.
import type { Diagnostic, Result } from '../ir/index.js';
import { exprVars, truthTable, type Expr } from './expr.js';
import type { CellModel, LibertyModel } from './liberty.js';

export interface Instance {
  name: string;
  cell: CellModel;
  /** Net of each liberty pin (inputs and outputs) of the cell. */
  pins: Map<string, number>;
}

/** One combinational output: out = tt[index built from the input nets, bit k = ins[k]]. */
export interface Unit {
  inst: number;
  pin: string;
  out: number;
  ins: number[];
  tt: Uint8Array;
}

export interface Flop {
  inst: number;
  /** Inputs of next_state / clear / preset, as nets (bit k of the index). */
  ins: number[];
  next: Uint8Array;
  clear?: Uint8Array;
  preset?: Uint8Array;
  /** Outputs driven by the state: net and whether it is IQ (true) or IQN. */
  outs: { net: number; pin: string; inverted: boolean }[];
  clockPin: string;
  /** The clock gate (index into Netlist.gates) whose GCLK clocks it, or -1: clocked by clk. */
  gate: number;
}

/**
 * An integrated clock-gating cell (liberty `clock_gating_integrated_cell : "latch_posedge"`):
 * GCLK = CLK & the GATE value latched while CLK is low, so the flip-flops on GCLK capture at a
 * rising edge of clk iff GATE was 1 before it.
 */
export interface ClockGate {
  inst: number;
  /** Nets of its GATE (enable) and GCLK (gated clock) pins; its CLK is the clk port. */
  gate: number;
  gclk: number;
  clockPin: string;
  outPin: string;
}

export interface Netlist {
  top: string;
  nets: number;
  netName: string[];
  /** Primary ports: name -> nets (bit 0 first). */
  inputs: Map<string, number[]>;
  outputs: Map<string, number[]>;
  instances: Instance[];
  /** In evaluation (topological) order. */
  units: Unit[];
  flops: Flop[];
  /** The clk port: it clocks every flip-flop, directly or through one clock gate. */
  clockNet: number;
  gates: ClockGate[];
  /** 1 on the clk net and every gated clock (priced at an ideal, zero transition time). */
  isClock: Uint8Array;
  /** Driver of each net: -1 constant, -2 primary input, else the instance index. */
  driver: Int32Array;
  driverPin: string[];
  /** Every instance input pin on each net (for loads and input-pin power). */
  loads: { inst: number; pin: string }[][];
}

interface YosysModule {
  ports: Record<string, { direction: string; bits: (number | string)[] }>;
  cells: Record<string, { type: string; connections: Record<string, (number | string)[]> }>;
  netnames?: Record<string, { bits: (number | string)[]; hide_name?: number }>;
}

const err = (code: string, message: string, hint?: string): Diagnostic => ({ code, severity: 'error', message, ...(hint ? { hint } : {}) });

/** E0940 JSON, E0941 unknown cell, E0942 unsupported cell, E0943 loop/driver, E0944 clock. */
export function buildNetlist(json: string, top: string, lib: LibertyModel, libName: string): Result<Netlist> {
  let doc: { modules?: Record<string, YosysModule> };
  try {
    doc = JSON.parse(json) as typeof doc;
  } catch (e) {
    return { diagnostics: [err('E0940', `netlist JSON does not parse: ${e instanceof Error ? e.message : String(e)}`)] };
  }
  const mod = doc.modules?.[top];
  if (!mod) return { diagnostics: [err('E0940', `netlist JSON has no module "${top}"`)] };
  const ids = new Map<number, number>();
  const netName: string[] = ["1'b0", "1'b1"];
  const netOf = (b: number | string): number => {
    if (typeof b === 'string') return b === '1' ? 1 : 0; // 'x' and 'z' read as 0
    let n = ids.get(b);
    if (n === undefined) {
      n = netName.length;
      ids.set(b, n);
      netName.push(`n${b}`);
    }
    return n;
  };
  const inputs = new Map<string, number[]>();
  const outputs = new Map<string, number[]>();
  for (const [name, p] of Object.entries(mod.ports)) {
    const nets = p.bits.map(netOf);
    nets.forEach((n, i) => {
      if (n > 1) netName[n] = p.bits.length > 1 ? `${name}[${i}]` : name;
    });
    if (p.direction === 'input') inputs.set(name, nets);
    else outputs.set(name, nets);
  }
  for (const [name, nn] of Object.entries(mod.netnames ?? {})) {
    if (nn.hide_name) continue;
    nn.bits.forEach((b, i) => {
      if (typeof b === 'number') {
        const n = netOf(b);
        if (/^n\d+$/.test(netName[n])) netName[n] = nn.bits.length > 1 ? `${name}[${i}]` : name;
      }
    });
  }
  const unknown = new Set<string>();
  const latches = new Set<string>();
  const instances: Instance[] = [];
  for (const [name, c] of Object.entries(mod.cells)) {
    const cell = lib.cells.get(c.type);
    if (!cell) {
      unknown.add(c.type);
      continue;
    }
    const icg = cell.icg?.kind === 'latch_posedge';
    if (!icg && (cell.latch || (!cell.ff && cell.outputs.some((o) => !cell.pins.get(o)?.func)))) {
      latches.add(c.type);
      continue;
    }
    const pins = new Map<string, number>();
    for (const [pn, bits] of Object.entries(c.connections)) {
      if (bits.length !== 1) return { diagnostics: [err('E0942', `instance ${name} (${c.type}) pin ${pn} has ${bits.length} bits`)] };
      pins.set(pn, netOf(bits[0]));
    }
    instances.push({ name, cell, pins });
  }
  if (unknown.size)
    return {
      diagnostics: [
        err(
          'E0941',
          `cells not in ${libName}: ${[...unknown].sort().join(', ')}`,
          'synthesize with the same liberty the power is priced with',
        ),
      ],
    };
  if (latches.size)
    return {
      diagnostics: [
        err(
          'E0942',
          `cells the gate-level simulator does not model (latches, state tables, outputs without a function): ${[...latches].sort().join(', ')}`,
        ),
      ],
    };
  const noPower = [
    ...new Set(
      instances
        .filter(
          (i) =>
            i.cell.outputs.length > 0 &&
            i.cell.inputs.length > 0 &&
            i.cell.outputs.every((o) => (i.cell.pins.get(o)?.power.length ?? 0) === 0),
        )
        .map((i) => i.cell.name),
    ),
  ];
  if (noPower.length)
    return {
      diagnostics: [
        err(
          'E0945',
          `${libName}: cells without internal-power tables: ${noPower.sort().join(', ')}`,
          'the power of these cells cannot be priced; use a liberty with internal_power groups for every cell',
        ),
      ],
    };
  const nets = netName.length;
  const driver = new Int32Array(nets).fill(-3);
  const driverPin: string[] = new Array<string>(nets).fill('');
  driver[0] = -1;
  driver[1] = -1;
  for (const ns of inputs.values()) for (const n of ns) if (n > 1) driver[n] = -2;
  const loads: { inst: number; pin: string }[][] = Array.from({ length: nets }, () => []);
  for (let i = 0; i < instances.length; i++) {
    const inst = instances[i];
    for (const [pn, n] of inst.pins) {
      const pm = inst.cell.pins.get(pn);
      if (!pm) return { diagnostics: [err('E0942', `instance ${inst.name}: ${inst.cell.name} has no pin ${pn} in ${libName}`)] };
      if (pm.dir === 'output') {
        if (n <= 1) continue;
        if (driver[n] !== -3) return { diagnostics: [err('E0943', `net ${netName[n]} has two drivers (${inst.name}/${pn} and another)`)] };
        driver[n] = i;
        driverPin[n] = pn;
      } else loads[n].push({ inst: i, pin: pn });
    }
    for (const ip of inst.cell.inputs)
      if (!inst.pins.has(ip))
        return { diagnostics: [err('E0942', `instance ${inst.name} (${inst.cell.name}) leaves input ${ip} unconnected`)] };
  }
  // Clock: every flop's clocked_on must be the clk port or the GCLK of a clock gate on clk.
  const clk = inputs.get('clk')?.[0];
  const gates: ClockGate[] = [];
  const gateOf = new Map<number, number>();
  for (let i = 0; i < instances.length; i++) {
    const inst = instances[i];
    const g = inst.cell.icg;
    if (!g || g.kind !== 'latch_posedge') continue;
    const cn = inst.pins.get(g.clock);
    const gn = inst.pins.get(g.gate);
    const on = inst.pins.get(g.out);
    if (cn === undefined || cn !== clk)
      return {
        diagnostics: [
          err(
            'E0944',
            `clock gate ${inst.name} (${inst.cell.name}) is not clocked by the clk port (cascaded or derived clocks are not simulated)`,
          ),
        ],
      };
    if (gn === undefined || on === undefined || on <= 1)
      return { diagnostics: [err('E0942', `clock gate ${inst.name} (${inst.cell.name}) leaves ${g.gate} or ${g.out} unconnected`)] };
    gateOf.set(on, gates.length);
    gates.push({ inst: i, gate: gn, gclk: on, clockPin: g.clock, outPin: g.out });
  }
  const flops: Flop[] = [];
  for (let i = 0; i < instances.length; i++) {
    const inst = instances[i];
    const ff = inst.cell.ff;
    if (!ff) continue;
    if (ff.clockedOn.op !== 'var')
      return { diagnostics: [err('E0944', `${inst.cell.name}: clocked_on "${JSON.stringify(ff.clockedOn)}" is not a single pin`)] };
    const cn = inst.pins.get(ff.clockedOn.name);
    const gate = cn === undefined ? undefined : gateOf.get(cn);
    if (cn === undefined || (cn !== clk && gate === undefined))
      return {
        diagnostics: [
          err(
            'E0944',
            `flip-flop ${inst.name} is clocked neither by the clk port nor by the GCLK of a clock gate on clk (derived clocks are not simulated)`,
          ),
        ],
      };
    const exprs = [ff.next, ff.clear, ff.preset].filter((e): e is Expr => !!e);
    const vars: string[] = [];
    for (const e of exprs) exprVars(e, vars);
    const f: Flop = {
      inst: i,
      ins: vars.map((v) => inst.pins.get(v) ?? 0),
      next: truthTable(ff.next, vars),
      outs: [],
      clockPin: ff.clockedOn.name,
      gate: gate ?? -1,
    };
    if (ff.clear) f.clear = truthTable(ff.clear, vars);
    if (ff.preset) f.preset = truthTable(ff.preset, vars);
    for (const o of inst.cell.outputs) {
      const fn = inst.cell.pins.get(o)!.func!;
      const n = inst.pins.get(o);
      if (n === undefined || n <= 1) continue;
      const inv = (fn.op === 'not' && fn.a.op === 'var' && fn.a.name === ff.iq) || (fn.op === 'var' && fn.name === ff.iqn);
      const direct = (fn.op === 'var' && fn.name === ff.iq) || (fn.op === 'not' && fn.a.op === 'var' && fn.a.name === ff.iqn);
      if (!inv && !direct)
        return {
          diagnostics: [
            err('E0942', `${inst.cell.name}/${o}: output function "${inst.cell.pins.get(o)!.funcText}" of a flip-flop is not its state`),
          ],
        };
      f.outs.push({ net: n, pin: o, inverted: inv });
    }
    flops.push(f);
  }
  if ((flops.length || gates.length) && clk === undefined) return { diagnostics: [err('E0944', `${top} has flip-flops but no clk input`)] };
  // Combinational units, levelized.
  const raw: Unit[] = [];
  for (let i = 0; i < instances.length; i++) {
    const inst = instances[i];
    if (inst.cell.ff || inst.cell.icg?.kind === 'latch_posedge') continue;
    for (const o of inst.cell.outputs) {
      const n = inst.pins.get(o);
      if (n === undefined || n <= 1) continue;
      const fn = inst.cell.pins.get(o)!.func!;
      const vars = exprVars(fn);
      if (vars.length > 12)
        return { diagnostics: [err('E0942', `${inst.cell.name}/${o} has ${vars.length} inputs (at most 12 are simulated)`)] };
      const ins = vars.map((v) => inst.pins.get(v));
      if (ins.some((x) => x === undefined))
        return { diagnostics: [err('E0942', `${inst.name}: ${inst.cell.name}/${o} reads an unconnected pin`)] };
      raw.push({ inst: i, pin: o, out: n, ins: ins as number[], tt: truthTable(fn, vars) });
    }
  }
  for (let n = 2; n < nets; n++) if (driver[n] === -3 && loads[n].length > 0) driver[n] = -1; // undriven: reads as 0
  const clocked = raw.find((u) => u.ins.some((n) => n === clk || gateOf.has(n)));
  if (clocked)
    return {
      diagnostics: [
        err(
          'E0944',
          `${instances[clocked.inst].name} (${instances[clocked.inst].cell.name}) reads a clock as data (only integrated clock-gating cells may gate the clock)`,
        ),
      ],
    };
  for (const [n, k] of gateOf)
    for (const l of loads[n])
      if (!instances[l.inst].cell.ff)
        return {
          diagnostics: [
            err(
              'E0944',
              `gated clock of ${instances[gates[k].inst].name} reaches ${instances[l.inst].name} (${instances[l.inst].cell.name}), not a flip-flop clock`,
            ),
          ],
        };
  const isClock = new Uint8Array(nets);
  if (clk !== undefined) isClock[clk] = 1;
  for (const g of gates) isClock[g.gclk] = 1;
  const byOut = new Map<number, number>();
  raw.forEach((u, k) => byOut.set(u.out, k));
  const state = new Uint8Array(raw.length); // 0 new, 1 visiting, 2 done
  const order: Unit[] = [];
  for (let s = 0; s < raw.length; s++) {
    if (state[s]) continue;
    const stack: [number, number][] = [[s, 0]];
    state[s] = 1;
    while (stack.length) {
      const top2 = stack[stack.length - 1];
      const u = raw[top2[0]];
      if (top2[1] < u.ins.length) {
        const dep = byOut.get(u.ins[top2[1]++]);
        if (dep === undefined || state[dep] === 2) continue;
        if (state[dep] === 1)
          return {
            diagnostics: [
              err('E0943', `combinational loop through ${instances[raw[dep].inst].name} (${instances[raw[dep].inst].cell.name})`),
            ],
          };
        state[dep] = 1;
        stack.push([dep, 0]);
      } else {
        state[top2[0]] = 2;
        order.push(u);
        stack.pop();
      }
    }
  }
  return {
    value: {
      top,
      nets,
      netName,
      inputs,
      outputs,
      instances,
      units: order,
      flops,
      clockNet: clk ?? 0,
      gates,
      isClock,
      driver,
      driverPin,
      loads,
    },
    diagnostics: [],
  };
}
