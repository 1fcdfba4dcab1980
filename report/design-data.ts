// The data block of a single-design report. The command line fills it from the simulator and
// the estimate (cli/commands/report-design.ts); this module only states its shape and which
// views it has, so report/ depends on no back end.

export interface DesignData {
  kind: 'design';
  title: string;
  generator: string;
  design: {
    name: string;
    file: string;
    architecture: string;
    array: { rows: number; cols: number; depth: number };
    types: Record<string, string>;
    opts: string[];
    technology: string;
    pipeline: string[];
  };
  workload: { M: number; N: number; K: number; dist: string; seed: number };
  units: { area: string; delay: string; energy: string };
  /** The headline figures, in display order; null where the technology gives none (e.g. MHz on a unitless table). */
  figures: { label: string; value: number | null; unit: string }[];
  area: {
    total: number;
    classes: [string, number][];
    lines: { block: string; component: string; scope: string; count: number; area: number }[];
  };
  /** Energy of the workload by part, per MAC, at `freqMHz` (null on a table without a time unit); null without toggle counts. */
  energy: { perMac: number; freqMHz: number | null; total: number; parts: [string, number][] } | null;
  timing: {
    limiting: string;
    logic: number;
    period: number;
    fmaxMHz: number | null;
    stages: { name: string; logic: number; period: number }[];
  };
  cycles: { total: number; fill: number; steady: number; drain: number; stalls: number };
  /** Tiles as [index, start, fill, steady, drain, stalls, cycles]; at most MAX_TILES drawn. */
  tiles: { count: number; shown: [number, number, number, number, number, number, number][] };
  /** Busy cycles per PE, row-major. */
  pe: { rows: number; cols: number; busy: number[] };
  utilization: number;
  /** `tpe flow --report`: each step's outcome. */
  flow: { step: string; ok: boolean; text: string }[];
  notes: string[];
  sections: string[];
}

export const MAX_TILES = 256;

export function designSections(d: Omit<DesignData, 'sections'>): string[] {
  const s = ['summary', 'breakdown'];
  if (d.pe.busy.length > 0) s.push('heatmap');
  if (d.tiles.shown.length > 0) s.push('timeline');
  if (d.area.lines.length > 0) s.push('lines');
  return s;
}
