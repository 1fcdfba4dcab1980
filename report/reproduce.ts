// `tpe report reproduction.json`: the output of `tpe reproduce --json` ({ rows: [...] }, one row
// per baseline-vs-OPT comparison) read as report rows, one per design and level. Variant rows
// name their baseline's key and carry the published ratios (topsPerMm2 = area efficiency,
// topsPerW = energy efficiency), so the "Baseline vs OPT" view shows measured beside published;
// the synthesis level becomes `level: "synth"` rows, which the accuracy view holds the estimates
// against. Checked loosely like other rows: a comparison without its designs is an error with
// its position.
import type { Diagnostic } from '../ir/index.js';
import { REPORT_CODES, type ResultRow, type SourcedRow } from './rows.js';

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Is this parsed JSON a `tpe reproduce --json` document? */
export function isReproduction(v: unknown): v is { rows: unknown[] } {
  return (
    isObj(v) &&
    Array.isArray(v.rows) &&
    v.rows.length > 0 &&
    isObj(v.rows[0]) &&
    isObj(v.rows[0].areaEfficiency) &&
    isObj(v.rows[0].designs)
  );
}

function pairsToObject(x: unknown): Record<string, number> | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: Record<string, number> = {};
  for (const e of x) if (Array.isArray(e) && typeof e[0] === 'string' && isNum(e[1])) out[e[0]] = (out[e[0]] ?? 0) + e[1];
  return Object.keys(out).length ? out : undefined;
}

function designRow(d: Record<string, unknown>, level: string, workload: ResultRow['workload']): ResultRow | undefined {
  if (typeof d.file !== 'string' || typeof d.name !== 'string') return undefined;
  const num = (k: string) => (isNum(d[k]) ? (d[k] as number) : undefined);
  const metrics: Record<string, number> = {};
  const put = (k: string, v: number | undefined) => {
    if (v !== undefined) metrics[k] = v;
  };
  put('areaUm2', num('areaUm2'));
  put('fmaxMHz', num('clockMHz'));
  put('criticalPathPs', num('periodPs'));
  put('cycles', num('cycles'));
  put('macs', num('macs'));
  put('energyPerMacPj', num('energyPerMacPj'));
  put('topsPerMm2', num('topsPerMm2'));
  put('topsPerW', num('topsPerW'));
  const mpc = num('macsPerCycle'),
    peak = num('peakMacsPerCycle');
  if (mpc !== undefined && peak) metrics.utilization = Math.round((mpc / peak) * 1e6) / 1e6;
  const lvl = level === 'synthesis' ? 'synth' : level;
  const row: ResultRow = {
    key: `${lvl}:${d.file}`,
    status: 'ok',
    level: lvl,
    design: { name: d.name, file: `examples/${d.file}` },
    params: {},
    workload,
    metrics,
  };
  if (typeof d.architecture === 'string') row.architecture = d.architecture;
  if (Array.isArray(d.opts) && d.opts.every((o) => typeof o === 'string')) row.opts = d.opts as string[];
  const arr = d.array;
  if (isObj(arr) && isNum(arr.rows) && isNum(arr.cols))
    row.array = { rows: arr.rows, cols: arr.cols, ...(isNum(arr.depth) && arr.depth > 1 ? { depth: arr.depth } : {}) };
  if (typeof d.limiting === 'string') row.limiting = d.limiting;
  const bd = isObj(d.breakdown) ? d.breakdown : {};
  const area = pairsToObject(bd.area),
    energy = pairsToObject(bd.energy);
  if (area || energy) row.breakdown = { ...(area ? { area } : {}), ...(energy ? { energy } : {}) };
  return row;
}

/**
 * The report rows of a reproduce document: each design once per level (the first comparison
 * that names it), the variants paired with their baselines and holding the published ratios.
 */
export function reproductionRows(
  doc: { rows: unknown[] } & Record<string, unknown>,
  file: string,
): { rows: SourcedRow[]; diagnostics: Diagnostic[] } {
  const out = new Map<string, ResultRow>();
  const diagnostics: Diagnostic[] = [];
  const source = typeof doc.source === 'string' ? doc.source : 'published';
  const w = isObj(doc.workload) ? doc.workload : {};
  const gemm = typeof w.gemm === 'string' ? w.gemm : undefined;
  const m = gemm ? /^(\d+)x(\d+)x(\d+)$/.exec(gemm) : null;
  const workload: ResultRow['workload'] = {
    name: gemm ? `gemm ${gemm}` : 'reproduce',
    ...(m ? { M: Number(m[1]), N: Number(m[2]), K: Number(m[3]) } : {}),
    ...(typeof w.data === 'string' ? { data: w.data } : {}),
  };
  doc.rows.forEach((r, i) => {
    const bad = (what: string) =>
      diagnostics.push({
        code: REPORT_CODES.badField,
        severity: 'error',
        span: { file, start: { line: 1, col: 1, offset: 0 }, end: { line: 1, col: 2, offset: 1 } },
        message: `reproduce row ${i + 1}: ${what}`,
        expected:
          'the JSON that `tpe reproduce --json` prints: rows with level, designs { baseline, variant }, areaEfficiency and energyEfficiency { published, measured }',
        hint: 'write it with: tpe reproduce --json -o reproduction.json',
      });
    if (!isObj(r) || !isObj(r.designs) || !isObj(r.designs.baseline) || !isObj(r.designs.variant))
      return bad('no designs { baseline, variant }');
    if (typeof r.level !== 'string') return bad('no level');
    const ae = isObj(r.areaEfficiency) ? r.areaEfficiency.published : undefined;
    const ee = isObj(r.energyEfficiency) ? r.energyEfficiency.published : undefined;
    const base = designRow(r.designs.baseline, r.level, workload);
    const vari = designRow(r.designs.variant, r.level, workload);
    if (!base || !vari) return bad('a design without file and name');
    if (!out.has(base.key)) out.set(base.key, { ...base, opts: [] });
    if (!out.has(vari.key)) {
      const ratios: Record<string, number> = {};
      if (isNum(ae)) ratios.topsPerMm2 = ae;
      if (isNum(ee)) ratios.topsPerW = ee;
      out.set(vari.key, {
        ...vari,
        opts: vari.opts?.length ? vari.opts : ['variant'],
        baseline: base.key,
        params: typeof r.architecture === 'string' ? { comparison: r.architecture } : {},
        ...(Object.keys(ratios).length ? { published: { source, ratios } } : {}),
      });
    }
  });
  return { rows: [...out.values()].map((row) => ({ row, file, line: 1 })), diagnostics };
}
