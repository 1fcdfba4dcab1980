// SCALE-Sim (v2) studies into a sweep: its .cfg (array size, dataflow) gives a base design made
// through the IR (the example systolic array of that dataflow with the array size set), and its
// topology CSV (convolution layers, or M, N, K rows of GEMM mode) gives one workload set of
// named GEMMs. Convolutions become their im2col GEMMs as SCALE-Sim computes them: M = output
// pixels, N = filters, K = filter height x width x channels; depthwise layers (a name holding
// "DP") one GEMM per channel (count = channels). Input-stationary is weight-stationary on the
// transposed GEMM (M and N swapped). SRAM sizes, offsets and bandwidth have no counterpart (the
// toolkit's arrays read from ideal memory): they are named in the spec's comments.
import type { Design, Diagnostic, Result } from '../ir/index.js';
import { applyAxes } from './axes.js';

export interface ScaleSimConfig {
  readonly runName: string;
  readonly rows: number;
  readonly cols: number;
  readonly dataflow: 'os' | 'ws' | 'is';
  /** Settings read but not modeled, as `key = value`. */
  readonly ignored: readonly string[];
}

export interface ScaleSimLayer {
  readonly name: string;
  readonly M: number;
  readonly N: number;
  readonly K: number;
  readonly count: number;
  readonly from: string;
}

const e = (code: string, message: string, file: string, line?: number, hint?: string): Diagnostic => ({
  code,
  severity: 'error',
  message,
  ...(line !== undefined ? { span: { file, start: { line, col: 1, offset: 0 }, end: { line, col: 1, offset: 0 } } } : {}),
  ...(hint ? { hint } : {}),
});

/** Reads a SCALE-Sim .cfg (INI: [general], [architecture_presets], [run_presets], ...). */
export function parseScaleSimConfig(text: string, file: string): Result<ScaleSimConfig> {
  const values = new Map<string, { v: string; line: number }>();
  let section = '';
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/[#;].*$/, '').trim();
    if (!line) return;
    const s = /^\[(.+)\]$/.exec(line);
    if (s) {
      section = s[1].trim().toLowerCase();
      return;
    }
    const kv = /^([^:=]+)[:=](.*)$/.exec(line);
    if (kv) values.set(`${section}.${kv[1].trim().toLowerCase()}`, { v: kv[2].trim(), line: i + 1 });
  });
  const get = (k: string) => values.get(k);
  const num = (k: string, what: string): number | Diagnostic => {
    const x = get(`architecture_presets.${k}`);
    if (!x)
      return e(
        'Y0701',
        `${file}: no ${what} (${k} in [architecture_presets])`,
        file,
        undefined,
        'a SCALE-Sim config states ArrayHeight, ArrayWidth and Dataflow',
      );
    const n = Number(x.v);
    if (!(Number.isSafeInteger(n) && n >= 1 && n <= 1024))
      return e('Y0701', `${file}:${x.line}: ${k} = ${x.v} is not an array size (1..1024)`, file, x.line);
    return n;
  };
  const rows = num('arrayheight', 'array height'),
    cols = num('arraywidth', 'array width');
  if (typeof rows !== 'number') return { diagnostics: [rows] };
  if (typeof cols !== 'number') return { diagnostics: [cols] };
  const df = get('architecture_presets.dataflow');
  const dataflow = df?.v.toLowerCase();
  if (dataflow !== 'os' && dataflow !== 'ws' && dataflow !== 'is') {
    return {
      diagnostics: [
        e(
          'Y0701',
          `${file}${df ? `:${df.line}` : ''}: Dataflow ${df ? `'${df.v}'` : 'missing'}`,
          file,
          df?.line,
          'SCALE-Sim dataflows are os, ws and is',
        ),
      ],
    };
  }
  const ignored = [...values]
    .filter(
      ([k]) =>
        ![
          'architecture_presets.arrayheight',
          'architecture_presets.arraywidth',
          'architecture_presets.dataflow',
          'general.run_name',
        ].includes(k),
    )
    .map(([k, x]) => `${k.split('.')[1]} = ${x.v}`);
  return {
    value: { runName: get('general.run_name')?.v.replace(/[^A-Za-z0-9_.-]/g, '_') || 'scalesim', rows, cols, dataflow, ignored },
    diagnostics: [],
  };
}

/** Reads a topology CSV: convolution rows, or `Layer, M, N, K` rows (detected from the header). */
export function parseScaleSimTopology(text: string, file: string): Result<ScaleSimLayer[]> {
  const rows = text
    .split(/\r?\n/)
    .map((l, i) => ({ cells: l.split(',').map((c) => c.trim()), line: i + 1 }))
    .filter((r) => r.cells.some((c) => c.length > 0));
  if (rows.length < 2) return { diagnostics: [e('Y0702', `${file}: no layers (a header row, then one row per layer)`, file)] };
  const header = rows[0].cells.filter(Boolean).map((c) => c.toLowerCase());
  const gemm = header.length >= 4 && header[1] === 'm' && header[2] === 'n' && header[3] === 'k';
  const out: ScaleSimLayer[] = [];
  const names = new Set<string>();
  for (const r of rows.slice(1)) {
    const c = r.cells.filter((x, i) => x.length > 0 || i < r.cells.length - 1);
    const name = c[0];
    const nums = c.slice(1).map(Number);
    const need = gemm ? 3 : 7;
    if (!name || nums.length < need || nums.slice(0, need).some((x) => !(Number.isSafeInteger(x) && x >= 1))) {
      return {
        diagnostics: [
          e(
            'Y0702',
            `${file}:${r.line}: expected ${gemm ? 'Layer, M, N, K' : 'Layer name, IFMAP height, IFMAP width, Filter height, Filter width, Channels, Num filter, Strides'} with positive integers`,
            file,
            r.line,
          ),
        ],
      };
    }
    let layer: ScaleSimLayer;
    if (gemm) {
      layer = { name, M: nums[0], N: nums[1], K: nums[2], count: 1, from: `GEMM ${nums[0]}x${nums[1]}x${nums[2]}` };
    } else {
      const [ih, iw, fh, fw, ch, nf, sh] = nums;
      const sw = nums.length > 7 && Number.isSafeInteger(nums[7]) && nums[7] >= 1 ? nums[7] : sh;
      if (fh > ih || fw > iw)
        return {
          diagnostics: [e('Y0702', `${file}:${r.line}: the filter (${fh}x${fw}) is larger than the input (${ih}x${iw})`, file, r.line)],
        };
      const oh = Math.ceil((ih - fh + sh) / sh),
        ow = Math.ceil((iw - fw + sw) / sw);
      const dp = name.includes('DP');
      layer = dp
        ? {
            name,
            M: oh * ow,
            N: nf,
            K: fh * fw,
            count: ch,
            from: `depthwise conv ${ih}x${iw}x${ch}, ${fh}x${fw} filter, stride ${sh}: one GEMM per channel`,
          }
        : {
            name,
            M: oh * ow,
            N: nf,
            K: fh * fw * ch,
            count: 1,
            from: `conv ${ih}x${iw}x${ch}, ${nf} ${fh}x${fw} filters, stride ${sh}${sw !== sh ? `x${sw}` : ''}`,
          };
    }
    let n = layer.name,
      k = 2;
    while (names.has(n)) n = `${layer.name}_${k++}`;
    names.add(n);
    out.push({ ...layer, name: n });
  }
  return { value: out, diagnostics: [] };
}

export interface ImportedStudy {
  readonly design: Design;
  /** Where the spec expects the design (beside it). */
  readonly designFile: string;
  readonly specText: string;
}

const q = (s: string) => JSON.stringify(s);

/**
 * The base design (an example array of the dataflow, sized through the IR) and the sweep spec
 * text for a SCALE-Sim study.
 */
export function importScaleSim(
  cfg: ScaleSimConfig,
  layers: readonly ScaleSimLayer[],
  base: Design,
  sources: { cfg: string; topology: string },
): Result<ImportedStudy> {
  const sized = applyAxes(base, ['rows', 'cols'], [cfg.rows, cfg.cols]);
  if (!sized.value) return { diagnostics: sized.diagnostics };
  const design: Design = {
    ...sized.value,
    name: `${cfg.runName.replace(/[^A-Za-z0-9_]/g, '_')}_${cfg.dataflow}`,
    doc: `Imported from SCALE-Sim ${sources.cfg}: a ${cfg.rows}x${cfg.cols} ${cfg.dataflow === 'os' ? 'output' : cfg.dataflow === 'ws' ? 'weight' : 'input'}-stationary systolic array${cfg.dataflow === 'is' ? ' (run as weight-stationary on the transposed GEMMs)' : ''}.`,
  };
  const designFile = `${design.name}.tpe`;
  const t = cfg.dataflow === 'is';
  const lines = [
    `# Imported by tpe import scalesim from ${sources.cfg} and ${sources.topology}.`,
    `# SCALE-Sim ${cfg.dataflow.toUpperCase()} array ${cfg.rows}x${cfg.cols} -> ${designFile} (an example systolic array, sized through the IR).`,
    ...(t ? ['# Input-stationary: run as weight-stationary with each GEMM transposed (M and N swapped).'] : []),
    '# Not modeled here (the arrays read ideal memory), kept for reference:',
    ...cfg.ignored.map((x) => `#   ${x}`),
    '# Layers (SCALE-Sim im2col: M = output pixels, N = filters, K = filter h x w x channels):',
    ...layers.map((l) => `#   ${l.name}: ${l.from}`),
    `name: ${q(cfg.runName)}`,
    'level: fast',
    'seed: 1',
    'kLimit: accumulator',
    `designs: [${q(designFile)}]`,
    '# Add axes to explore around the study, e.g.:',
    '# axes:',
    `#   rows: [${[cfg.rows / 2, cfg.rows, cfg.rows * 2].filter((x) => Number.isInteger(x) && x >= 1).join(', ')}]`,
    '#   opt: [none, opt1]',
    'workloads:',
    `  - name: ${q(`scalesim:${cfg.runName}`)}`,
    '    layers:',
    ...layers.map(
      (l) =>
        `      - { name: ${q(l.name)}, gemm: ${t ? `${l.N}x${l.M}x${l.K}` : `${l.M}x${l.N}x${l.K}`}${l.count > 1 ? `, count: ${l.count}` : ''} }`,
    ),
    '',
  ];
  return { value: { design, designFile, specText: lines.join('\n') }, diagnostics: sized.diagnostics };
}
