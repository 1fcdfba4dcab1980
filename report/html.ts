// One self-contained HTML file: the layout template filled with the section skeletons (built
// here, every string escaped), the data block (JSON that cannot close its script), d3 and the
// page scripts. The page draws every view from the data block.
import { loadAssets } from './assets.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { fillTemplate } from './template.js';

export interface SectionDef {
  title: string;
  lead: string;
}

export const SECTIONS: Record<string, SectionDef> = {
  summary: { title: 'Summary', lead: 'What the report was made from.' },
  pareto: {
    title: 'Pareto front',
    lead: "Any two metrics against each other, coloured by a property of the rows. Outlined points are not dominated under the two axes' directions (the Markdown summary uses area, energy per MAC and throughput together). Hover a point for its parameters and metrics; drag to brush a region and filter the table.",
  },
  table: { title: 'Rows', lead: 'Every ok row (sortable); brushing the scatter above keeps the rows inside the region.' },
  ratios: {
    title: 'Baseline vs OPT',
    lead: 'Each OPT variant against its baseline (same architecture, array, workload, level and other parameters), with the published ratios where the rows carry them.',
  },
  breakdown: { title: 'Breakdown', lead: 'Area and energy by component class, and the timing stage that limits fmax.' },
  layers: {
    title: 'Per-layer totals',
    lead: "A model's GEMMs for one design: cycles, energy and utilization per GEMM, and the pass totals weighted by how often each GEMM runs.",
  },
  accuracy: {
    title: 'Estimate vs synthesis',
    lead: 'Estimated against synthesized figures of the same points; the bands are ±10% and ±15%.',
  },
  changes: {
    title: 'Changes against the baseline',
    lead: 'The same points in the baseline file: the biggest relative changes of any metric.',
  },
  problems: { title: 'Invalid and failed points', lead: 'Rows with status invalid or error, with their diagnostics.' },
  heatmap: {
    title: 'PE utilization',
    lead: 'Cycles in which each PE did useful work (a real MAC or digit term), from the simulator, over all cycles of the run.',
  },
  timeline: {
    title: 'Cycle timeline per tile',
    lead: "Each tile's fill, steady issue, stalls and drain cycles as the simulator counted them.",
  },
  lines: {
    title: 'Area by inventory line',
    lead: 'The component inventory priced by the technology table: what the area breakdown adds up.',
  },
};

export function renderHtml(data: { sections: string[] }, title: string, subtitle: string, generator: string): string {
  const a = loadAssets();
  const nav = data.sections.map((s) => `<a href="#${s}">${escapeHtml(SECTIONS[s].title)}</a>`).join('\n');
  const sections = data.sections
    .map((s) =>
      [
        `<section id="${s}" data-section="${s}">`,
        `<h2>${escapeHtml(SECTIONS[s].title)}</h2>`,
        `<p class="lead">${escapeHtml(SECTIONS[s].lead)}</p>`,
        '<div class="body"></div>',
        '</section>',
      ].join('\n'),
    )
    .join('\n');
  return fillTemplate(
    a.template,
    { title, subtitle, generator, d3Version: a.d3Version },
    { css: a.css, nav, sections, data: jsonForScript(data), d3: a.d3, page: a.page },
  );
}
