// `tpe tech derive`: a technology table from a liberty file. Every component of RECIPES is
// priced from the cells named in the cell map (see docs/TECH.md for the rules):
//   area     = sum of cell areas (um2)
//   delay    = sum over the recipe's path of each cell's mean arc delay at the operating point (ps)
//   energy   = sum over cells of (internal energy per output toggle + 1/2 C_load V^2) (fJ)
//   leakage  = sum of cell_leakage_power (nW)
// Register overheads and clock energy come from the flip-flop cell; the fan-out stage delay is
// that of a NAND2 driving four of its own inputs.
import type { Diagnostic, Result } from '../../ir/index.js';
import { allCellFigures, cellFigures, libraryUnits, type CellFigures, type OperatingPoint } from '../liberty/cell-figures.js';
import { attr, childGroups, parseLiberty, type LibGroup } from '../liberty/parse.js';
import { COMPONENTS, IHP_CELL, RECIPES, type FunctionCell } from './recipes.js';
import type { TechComponent, TechTable } from './types.js';

export const DEFAULT_OP: OperatingPoint = { slewNs: 0.1, loadPf: 0.01 };

export interface DeriveOptions {
  name?: string;
  /** Name of the liberty as the user gave it (recorded in `source`; never an absolute path). */
  libertyName: string;
  op?: OperatingPoint;
  cellMap?: Partial<Record<FunctionCell, string>>;
  corrections?: TechTable['corrections'];
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * Fan-out: the slope of the NAND2's delay against load at the operating slew, times its input
 * capacitance, is the delay one more gate input adds; the operating-point load already holds
 * `freeLoads` such inputs.
 */
function fanoutFigures(lib: LibGroup, nand2: string, op: OperatingPoint, u: ReturnType<typeof libraryUnits>): TechTable['fanout'] {
  const cell = childGroups(lib, 'cell').find((c) => c.args[0] === nand2)!;
  const at = (loadPf: number) => cellFigures(lib, cell, { slewNs: op.slewNs, loadPf }, u);
  const lo = at(op.loadPf);
  const hi = at(op.loadPf + 0.05);
  const psPerFf = (hi.delayPs - lo.delayPs) / (0.05 * 1000);
  return { delayPerLoad: r4(psPerFf * lo.inputCapFf), freeLoads: r4((op.loadPf * 1000) / lo.inputCapFf) };
}

/**
 * The smallest positive-edge integrated clock-gating cell (`clock_gating_integrated_cell :
 * "latch_posedge"`), the one the synthesis flow's clock gating places (synth/synthesize.ts).
 */
function icgFigures(lib: LibGroup, figs: Map<string, CellFigures>): TechTable['clockGate'] {
  const icgs = childGroups(lib, 'cell')
    .filter((c) => (attr(c, 'clock_gating_integrated_cell') ?? '').replace(/"/g, '') === 'latch_posedge')
    .map((c) => figs.get(c.args[0] ?? '')!)
    .filter((f) => f && Number.isFinite(f.area) && f.clockEnergyFj !== undefined)
    .sort((a, b) => a.area - b.area || a.name.localeCompare(b.name));
  const f = icgs[0];
  if (!f) return undefined;
  return {
    cell: f.name,
    area: r4(f.area),
    leakage: r4(f.leakageNw),
    clockEnergyPerCycle: r4(f.clockEnergyFj!),
    energyPerToggle: r4(f.internalEnergyFj),
  };
}

export function deriveTechTable(libText: string, o: DeriveOptions): Result<TechTable> {
  const diag = (code: string, message: string, hint?: string): Result<TechTable> => ({
    diagnostics: [{ code, severity: 'error', message, ...(hint ? { hint } : {}) } satisfies Diagnostic],
  });
  const parsed = parseLiberty(libText);
  if (!parsed.ok)
    return diag(
      'E1001',
      `${o.libertyName}:${parsed.line}: liberty does not parse: ${parsed.message}`,
      'pass a Liberty (.lib) file such as third_party/ihp-sg13g2/sg13g2_stdcell_typ_1p20V_25C.lib',
    );
  const op = o.op ?? DEFAULT_OP;
  const figs = allCellFigures(parsed.library, op);
  const map = { ...IHP_CELL, ...(o.cellMap ?? {}) };
  const missing = (Object.keys(map) as FunctionCell[]).filter((f) => !figs.has(map[f])).map((f) => `${f} (${map[f]})`);
  if (missing.length)
    return diag(
      'E1002',
      `${o.libertyName}: cells needed by the cost model are missing: ${missing.join(', ')}`,
      'map each function to a cell of your library, e.g. --map nand2=ND2X1,xor2=XOR2X1',
    );
  const u = libraryUnits(parsed.library);
  const fig = (f: FunctionCell): CellFigures => figs.get(map[f])!;
  const loadFf = op.loadPf * 1000;
  const switching = 0.5 * loadFf * u.voltage * u.voltage; // fJ per output toggle
  const bad = (Object.keys(map) as FunctionCell[]).filter(
    (f) => !Number.isFinite(fig(f).area) || (f !== 'dff' && !Number.isFinite(fig(f).delayPs)),
  );
  if (bad.length) return diag('E1003', `${o.libertyName}: cells lack area or timing tables: ${bad.map((f) => map[f]).join(', ')}`);
  const components = {} as TechTable['components'];
  for (const id of COMPONENTS) {
    const r = RECIPES[id];
    let area = 0,
      energy = 0,
      leak = 0;
    const cells: Record<string, number> = {};
    for (const [f, n] of Object.entries(r.cells) as [FunctionCell, number][]) {
      const c = fig(f);
      area += n * c.area;
      energy += n * (c.internalEnergyFj + switching);
      leak += n * c.leakageNw;
      cells[map[f]] = (cells[map[f]] ?? 0) + n;
    }
    const delay = r.path.reduce((s, f) => s + fig(f).delayPs, 0);
    const comp: TechComponent = { what: r.what, area: r4(area), delay: r4(delay), energyPerToggle: r4(energy), leakage: r4(leak) };
    if (Object.keys(cells).length) comp.cells = Object.fromEntries(Object.entries(cells).sort(([a], [b]) => a.localeCompare(b)));
    components[id] = comp;
  }
  const ff = fig('dff');
  if (ff.clkToQPs === undefined || ff.setupPs === undefined || ff.clockEnergyFj === undefined) {
    return diag('E1004', `${o.libertyName}: flip-flop ${map.dff} lacks clock-to-Q, setup or clock-pin power tables`);
  }
  const libName = parsed.library.args[0] ?? 'library';
  const clockGate = icgFigures(parsed.library, figs);
  return {
    value: {
      $schema: './schema.json',
      name: o.name ?? libName,
      description: `Cost-model components priced from the standard cells of ${libName}.`,
      source: `derived by \`tpe tech derive\` from ${o.libertyName} (library ${libName}) at input slew ${op.slewNs} ns, load ${op.loadPf} pF, ${u.voltage} V; rules in docs/TECH.md`,
      units: { area: 'um2', delay: 'ps', energy: 'fJ', leakage: 'nW' },
      operatingPoint: { slewNs: op.slewNs, loadPf: op.loadPf, voltage: u.voltage },
      register: { clkToQ: r4(ff.clkToQPs), setup: r4(ff.setupPs), clockEnergyPerCycle: r4(ff.clockEnergyFj) },
      fanout: fanoutFigures(parsed.library, map.nand2, op, u),
      corrections: o.corrections ?? { area: 1, delay: 1, note: 'none' },
      components,
      ...(clockGate ? { clockGate } : {}),
    },
    diagnostics: [],
  };
}

/**
 * The technology-free table: every figure of a derived table divided by the NAND2's (area,
 * delay, energy, leakage), so designs compare in NAND2-equivalents.
 */
export function normalizeToNand2(t: TechTable, name = 'generic'): TechTable {
  const n = t.components.nand2;
  const components = {} as TechTable['components'];
  for (const id of COMPONENTS) {
    const c = t.components[id];
    components[id] = {
      ...(c.what ? { what: c.what } : {}),
      area: r4(c.area / n.area),
      delay: r4(c.delay / n.delay),
      energyPerToggle: r4(c.energyPerToggle / n.energyPerToggle),
      leakage: r4(c.leakage / n.leakage),
    };
  }
  return {
    $schema: './schema.json',
    name,
    description: 'Technology-free figures in NAND2 equivalents: each figure is the ratio to a 2-input NAND of the same library.',
    source: `${t.name} normalized to its NAND2 (${t.source})`,
    units: { area: 'NAND2-eq', delay: 'NAND2-delays', energy: 'NAND2-toggles', leakage: 'NAND2-leakages' },
    register: {
      clkToQ: r4(t.register.clkToQ / n.delay),
      setup: r4(t.register.setup / n.delay),
      clockEnergyPerCycle: r4(t.register.clockEnergyPerCycle / n.energyPerToggle),
    },
    fanout: { delayPerLoad: r4(t.fanout.delayPerLoad / n.delay), freeLoads: t.fanout.freeLoads },
    // The glitch term is per delay unit of depth: rescaled to NAND2 delays; the other factors are ratios.
    corrections: t.corrections.glitch
      ? {
          ...t.corrections,
          glitch: { perDelay: r4(t.corrections.glitch.perDelay * n.delay), onset: r4(t.corrections.glitch.onset / n.delay) },
        }
      : t.corrections,
    // The NAND2 in absolute terms: leakage (power) is priced at a design's real clock through it.
    reference: { nand2: { delayPs: n.delay, energyFj: n.energyPerToggle, leakageNw: n.leakage } },
    components,
    ...(t.clockGate
      ? {
          clockGate: {
            cell: t.clockGate.cell,
            area: r4(t.clockGate.area / n.area),
            leakage: r4(t.clockGate.leakage / n.leakage),
            clockEnergyPerCycle: r4(t.clockGate.clockEnergyPerCycle / n.energyPerToggle),
            energyPerToggle: r4(t.clockGate.energyPerToggle / n.energyPerToggle),
          },
        }
      : {}),
  };
}
