// Public face of report/: one self-contained HTML file (d3 and the data inlined) or a short
// Markdown summary, for sweep results (JSON Lines rows, the issue-12 row format) and for one
// design. Pure over its inputs; imports no back end (the command line builds a design's data).
import type { DesignData } from './design-data.js';
import { renderHtml } from './html.js';
import { designMarkdown, sweepMarkdown } from './markdown.js';
import { buildSweepData, type SweepData, type SweepOptions } from './sweep-data.js';
import type { SourcedRow } from './rows.js';

export {
  parseRows,
  checkRow,
  parseGate,
  REPORT_CODES,
  VERDICTS,
  type GateSummary,
  type ResultRow,
  type SourcedRow,
  type RowWorkload,
  type RowBreakdown,
  type RowPublished,
  type Verdict,
} from './rows.js';
export { readRowFiles, rowsPath } from './read.js';
export { isReproduction, reproductionRows } from './reproduce.js';
export { buildSweepData, type SweepData, type SweepOptions, type RatioPair, type LayerGroup, type AccuracyPair } from './sweep-data.js';
export { designSections, MAX_TILES, type DesignData } from './design-data.js';
export { nonDominated } from './pareto.js';
export { summaryFront, summaryObjectives } from './markdown.js';
export { KNOWN_METRICS, metricDef, fmt, round, type MetricDef } from './metrics.js';
export { escapeHtml, jsonForScript, escapeMd } from './escape.js';
export { loadAssets } from './assets.js';

export type ReportFormat = 'html' | 'md';

export function sweepReport(
  input: { files: string[]; rows: SourcedRow[] },
  o: SweepOptions & { format: ReportFormat },
): { text: string; data: SweepData } {
  const data = buildSweepData(input, o);
  const c = data.counts;
  const subtitle = `${c.rows} rows (${c.ok} ok${c.invalid ? `, ${c.invalid} invalid` : ''}${c.error ? `, ${c.error} error` : ''}) from ${input.files.join(', ')}`;
  return { data, text: o.format === 'md' ? sweepMarkdown(data) : renderHtml(data, data.title, subtitle, o.generator) };
}

export function designReport(data: DesignData, format: ReportFormat): string {
  if (format === 'md') return designMarkdown(data);
  const w = data.workload;
  const subtitle = `${data.design.file}: ${data.design.architecture} ${data.design.array.rows}x${data.design.array.cols}, GEMM ${w.M}x${w.N}x${w.K}, technology ${data.design.technology}`;
  return renderHtml(data, data.title, subtitle, data.generator);
}
