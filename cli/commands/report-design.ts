// The data of a single-design report, from the simulator's result and the estimate: the shape
// report/design-data.ts states. Used by `tpe report design.tpe` and `tpe flow --report`.
import type { Estimate } from '../../cost/index.js';
import { areaByClass } from '../../cost/report/classes.js';
import { appliedOptimizations, type Design, type GemmShape, type IntType } from '../../ir/index.js';
import { designSections, MAX_TILES, round, type DesignData } from '../../report/index.js';
import type { SimResult } from '../../simulator/index.js';

const typeName = (t: IntType) => `${t.signed ? 'int' : 'uint'}${t.bits}`;
/** Units as people write them. */
const unit = (u: string) => (u === 'um2' ? 'µm²' : u);

export interface DesignReportArgs {
  file: string;
  design: Design;
  shape: GemmShape;
  dist: string;
  seed: number;
  sim: SimResult;
  est: Estimate;
  generator: string;
  title?: string;
  /** Figures at this clock as well as at fmax (--freq). */
  freqMHz?: number;
  flow?: DesignData['flow'];
}

export function buildDesignData(a: DesignReportArgs): DesignData {
  const { design: d, sim, est: e } = a;
  const u = { area: unit(e.units.area), delay: e.units.delay, energy: e.units.energy };
  const pw = a.freqMHz !== undefined ? e.power?.atFreq : e.power?.atFmax;
  const ps = u.delay === 'ps';
  const f = e.figures;
  const figures: DesignData['figures'] = [
    { label: 'area', value: round(e.area.total), unit: u.area },
    { label: 'fmax', value: e.timing.fmaxMHz ?? null, unit: 'MHz' },
    { label: 'critical path', value: round(e.timing.period), unit: u.delay },
    { label: 'cycles', value: sim.cycles.total, unit: '' },
    { label: 'utilization', value: round(100 * sim.utilization, 4), unit: '%' },
    { label: `energy per MAC${pw && ps ? ` at ${round(pw.freqMHz, 4)} MHz` : ''}`, value: pw ? round(pw.perMac) : null, unit: u.energy },
    { label: 'TOPS/mm² at fmax', value: f.topsPerMm2AtFmax ?? null, unit: '' },
    { label: 'TOPS/W at fmax', value: f.topsPerWAtFmax ?? null, unit: '' },
  ];
  if (a.freqMHz !== undefined) {
    figures.push({ label: `TOPS/mm² at ${a.freqMHz} MHz`, value: f.topsPerMm2AtFreq ?? null, unit: '' });
    figures.push({ label: `TOPS/W at ${a.freqMHz} MHz`, value: f.topsPerWAtFreq ?? null, unit: '' });
  }
  const macs = Math.max(1, sim.macs);
  const base: Omit<DesignData, 'sections'> = {
    kind: 'design',
    title: a.title ?? `Design report: ${d.name}`,
    generator: a.generator,
    design: {
      name: d.name,
      file: a.file,
      architecture: d.architecture,
      array: { rows: sim.array.rows, cols: sim.array.cols, depth: sim.array.depth },
      types: { A: typeName(d.types.A), B: typeName(d.types.B), C: typeName(d.types.acc) },
      opts: appliedOptimizations(d),
      technology: e.tech,
      pipeline: [...d.pipeline],
    },
    workload: { M: a.shape.M, N: a.shape.N, K: a.shape.K, dist: a.dist, seed: a.seed },
    units: { area: u.area, delay: u.delay, energy: u.energy },
    figures,
    area: {
      total: round(e.area.total),
      classes: areaByClass(e),
      lines: e.area.lines.map((l) => ({ block: l.block, component: l.component, scope: l.scope, count: l.count, area: round(l.area) })),
    },
    energy: pw
      ? {
          perMac: round(pw.perMac),
          freqMHz: ps ? round(pw.freqMHz) : null,
          total: round(pw.total),
          parts: pw.breakdown.map((b): [string, number] => [b.what, round(b.energy / macs)]),
        }
      : null,
    timing: {
      limiting: e.timing.limiting,
      logic: round(e.timing.logic),
      period: round(e.timing.period),
      fmaxMHz: e.timing.fmaxMHz ?? null,
      stages: e.timing.stages.map((s) => ({ name: s.name, logic: round(s.logic), period: round(s.period) })),
    },
    cycles: {
      total: sim.cycles.total,
      fill: sim.cycles.fill,
      steady: sim.cycles.steady,
      drain: sim.cycles.drain,
      stalls: sim.cycles.stalls,
    },
    tiles: {
      count: sim.tiles.length,
      shown: sim.tiles
        .slice(0, MAX_TILES)
        .map((t): [number, number, number, number, number, number, number] => [
          t.index,
          t.start,
          t.fill,
          t.steady,
          t.drain,
          t.stalls,
          t.cycles,
        ]),
    },
    pe: { rows: sim.array.rows, cols: sim.array.cols, busy: Array.from(sim.peBusy) },
    utilization: round(sim.utilization),
    flow: a.flow ?? [],
    notes: [...e.notes],
  };
  return { ...base, sections: designSections(base) };
}
