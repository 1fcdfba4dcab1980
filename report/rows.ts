// Reading sweep results: JSON Lines rows in the issue-12 row format, checked field by field.
// Tolerant of fields it does not know (kept out of the report, never an error); strict about
// the ones it draws, with file:line:col, what was expected and a hint. See report/README.md.
import type { Diagnostic, Span } from '../ir/index.js';

export type RowStatus = 'ok' | 'invalid' | 'error';

/**
 * A workload as a row states it: a label, or an object with any of these fields. `tpe sweep`
 * writes { set, gemm, M, N, K, count, data }: a `set` with a named GEMM (not "gemm") is a
 * model's layer, read as model = set, layer = gemm.
 */
export interface RowWorkload {
  /** Free label, e.g. "gemm 64x64x64". */
  name?: string;
  /** Model preset id (e.g. llama-3-8b) with its phase and layer: the per-layer view groups by these. */
  model?: string;
  phase?: string;
  layer?: string;
  M?: number;
  N?: number;
  K?: number;
  /** How many times the GEMM runs per forward pass (weights the per-layer totals). */
  count?: number;
  /** Operand data (e.g. normal:0,20): part of the label when given. */
  data?: string;
}

/** Area (um2) and energy (pJ per MAC) by component class; one selected design's breakdown bars. */
export interface RowBreakdown {
  area?: Record<string, number>;
  energy?: Record<string, number>;
}

/** The published figure a `tpe reproduce` row is held against (issue 11): ratios variant / baseline. */
export interface RowPublished {
  source: string;
  /** Metric id -> published ratio of this variant to its baseline (e.g. topsPerMm2: 1.27). */
  ratios: Record<string, number>;
}

export type Verdict = 'PASS' | 'FAIL' | 'INCONCLUSIVE' | 'ERROR' | 'NEW';
export const VERDICTS: readonly Verdict[] = ['PASS', 'FAIL', 'INCONCLUSIVE', 'ERROR', 'NEW'];

/** One result row. Required: key, status, level, design, params, workload, metrics (ok rows). */
export interface ResultRow {
  key: string;
  /** The point's identity across toolkit versions (`tpe sweep`: base file, params, workload, level). */
  id?: string;
  status: RowStatus;
  level: string;
  design: { name: string; file: string };
  params: Record<string, unknown>;
  workload: RowWorkload | string;
  metrics: Record<string, number>;
  diagnostic?: string;
  architecture?: string;
  opts?: string[];
  array?: { rows: number; cols: number; depth?: number };
  breakdown?: RowBreakdown;
  /** Name of the register-to-register stage that limits fmax. */
  limiting?: string;
  /** Synthesis figures of the same point (accuracy view), when the row carries them itself. */
  synth?: Record<string, number>;
  published?: RowPublished;
  /** Key of this row's baseline, when the producer knows it (else paired by identity, report/model.ts). */
  baseline?: string;
  verdict?: Verdict;
}

/** A row with where it came from: file as the user named it, 1-based line. */
export interface SourcedRow {
  row: ResultRow;
  file: string;
  line: number;
}

export const REPORT_CODES = {
  /** A line is not JSON. */
  badJson: 'E1301',
  /** A field has the wrong type or is missing. */
  badField: 'E1302',
  /** The file cannot be read. */
  unreadable: 'E1303',
  /** No rows at all. */
  empty: 'E1304',
  /** A --gate file that is not `tpe gate --json` output. */
  badGate: 'E1305',
} as const;

const pos = (line: number, col: number, offset = 0) => ({ line, col, offset });
const spanAt = (file: string, line: number, col: number, len = 1): Span => ({ file, start: pos(line, col), end: pos(line, col + len) });

function fieldError(file: string, line: number, text: string, field: string, expected: string): Diagnostic {
  // Point at the field's key in the line when it is there, else at the line's start.
  const at = text.indexOf(`"${field.split('.').pop()}"`);
  return {
    code: REPORT_CODES.badField,
    severity: 'error',
    span: spanAt(file, line, at >= 0 ? at + 1 : 1, at >= 0 ? field.length + 2 : 1),
    message: `row field "${field}" is missing or has the wrong type`,
    expected,
    hint: 'rows follow the issue-12 row format (report/README.md); was the file written by `tpe sweep` or `tpe merge`?',
  };
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Numbers of an object, others dropped (a metric that is null or a string is not plotted). */
function numbers(o: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(o).sort()) if (isNum(o[k])) out[k] = o[k] as number;
  return out;
}

/** [name, value] lists as an object; anything else undefined. */
function pairs(x: unknown): Record<string, unknown> | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: Record<string, unknown> = {};
  for (const e of x) if (Array.isArray(e) && typeof e[0] === 'string' && isNum(e[1])) out[e[0]] = ((out[e[0]] as number) ?? 0) + e[1];
  return out;
}

function breakdownOf(x: unknown): RowBreakdown | undefined {
  if (!isObj(x)) return undefined;
  const out: RowBreakdown = {};
  if (isObj(x.area) && Object.keys(numbers(x.area)).length) out.area = numbers(x.area);
  if (isObj(x.energy) && Object.keys(numbers(x.energy)).length) out.energy = numbers(x.energy);
  return out.area || out.energy ? out : undefined;
}

/**
 * Checks one parsed line. Returns the row, or the diagnostic of its first bad field. Fields the
 * report does not use are ignored; optional fields of the wrong type are dropped, not errors
 * (another producer's extension must not stop a report).
 */
export function checkRow(v: unknown, file: string, line: number, text: string): { row?: ResultRow; diagnostic?: Diagnostic } {
  const bad = (field: string, expected: string) => ({ diagnostic: fieldError(file, line, text, field, expected) });
  if (!isObj(v)) return bad('(row)', 'a JSON object per line');
  if (typeof v.key !== 'string' || v.key === '') return bad('key', 'a non-empty string (the point key)');
  if (v.status !== 'ok' && v.status !== 'invalid' && v.status !== 'error') return bad('status', '"ok", "invalid" or "error"');
  if (typeof v.level !== 'string') return bad('level', 'a string: fast, sim or synth');
  if (!isObj(v.design) || typeof v.design.name !== 'string' || typeof v.design.file !== 'string')
    return bad('design', 'an object { name: string, file: string }');
  const params = v.params === undefined ? {} : v.params;
  if (!isObj(params)) return bad('params', 'an object of axis values');
  const w = v.workload;
  if (typeof w !== 'string' && !isObj(w)) return bad('workload', 'a string or an object (name, model, phase, layer, M, N, K, count)');
  if (v.status === 'ok' && !isObj(v.metrics))
    return bad('metrics', 'an object of numbers (areaUm2, fmaxMHz, cycles, energyPerMacPj, topsPerMm2, topsPerW, ...)');
  const workload: RowWorkload | string = typeof w === 'string' ? w : pickWorkload(w as Record<string, unknown>);
  const row: ResultRow = {
    key: v.key,
    status: v.status,
    level: v.level,
    design: { name: v.design.name, file: v.design.file },
    params: params as Record<string, unknown>,
    workload,
    metrics: isObj(v.metrics) ? numbers(v.metrics) : {},
  };
  if (typeof v.diagnostic === 'string') row.diagnostic = v.diagnostic;
  else if (isObj(v.diagnostic) && typeof v.diagnostic.message === 'string')
    row.diagnostic = [v.diagnostic.code, v.diagnostic.message].filter((s) => typeof s === 'string').join(': ');
  // Report details at the top level, or in `detail` as `tpe sweep` writes them (sweep/row.ts:
  // array as [rows, cols, depth], breakdowns as [name, value] lists).
  const det = isObj(v.detail) ? v.detail : {};
  const pick = (k: string): unknown => (v[k] !== undefined ? v[k] : det[k]);
  const arch =
    typeof pick('architecture') === 'string'
      ? (pick('architecture') as string)
      : isObj(v.design) && typeof v.design.architecture === 'string'
        ? v.design.architecture
        : undefined;
  if (arch !== undefined) row.architecture = arch;
  const opts = pick('opts');
  if (Array.isArray(opts) && opts.every((o) => typeof o === 'string')) row.opts = opts as string[];
  const arr = pick('array');
  if (isObj(arr) && isNum(arr.rows) && isNum(arr.cols))
    row.array = { rows: arr.rows, cols: arr.cols, ...(isNum(arr.depth) ? { depth: arr.depth } : {}) };
  else if (Array.isArray(arr) && arr.length >= 2 && arr.every(isNum))
    row.array = { rows: arr[0], cols: arr[1], ...(arr.length > 2 ? { depth: arr[2] } : {}) };
  const bd = breakdownOf(v.breakdown) ?? breakdownOf({ area: pairs(det.area), energy: pairs(det.energy) });
  if (bd) row.breakdown = bd;
  const lim = pick('limiting');
  if (typeof lim === 'string') row.limiting = lim;
  if (typeof v.id === 'string' && v.id !== '') row.id = v.id;
  if (isObj(v.synth)) row.synth = numbers(v.synth);
  if (isObj(v.published) && typeof v.published.source === 'string' && isObj(v.published.ratios))
    row.published = { source: v.published.source, ratios: numbers(v.published.ratios) };
  if (typeof v.baseline === 'string') row.baseline = v.baseline;
  const verdict = isObj(v.verdict) ? v.verdict.status : v.verdict;
  if (VERDICTS.includes(verdict as Verdict)) row.verdict = verdict as Verdict;
  return { row };
}

function pickWorkload(w: Record<string, unknown>): RowWorkload {
  const out: RowWorkload = {};
  for (const k of ['name', 'model', 'phase', 'layer'] as const) if (typeof w[k] === 'string') out[k] = w[k] as string;
  const set = typeof w.set === 'string' ? w.set : undefined;
  const gemm = typeof w.gemm === 'string' ? w.gemm : undefined;
  const shapeText = (x: string | undefined) => (x && /^\d+x\d+x\d+$/.test(x) ? x : undefined);
  if (set !== undefined && gemm !== undefined && gemm !== 'gemm' && !shapeText(gemm)) {
    // A layer of a model set (sweep/row.ts): "llama-3-8b:decode:batch=1" + "qkv".
    if (out.model === undefined) out.model = set;
    if (out.layer === undefined) out.layer = gemm;
  } else if (out.name === undefined && (set ?? gemm) !== undefined) out.name = set ?? gemm;
  // A producer may name the layer `gemm` next to a model.
  if (out.layer === undefined && gemm !== undefined && out.model !== undefined && gemm !== 'gemm') out.layer = gemm;
  for (const k of ['M', 'N', 'K', 'count'] as const) if (isNum(w[k])) out[k] = w[k] as number;
  const shape = typeof w.shape === 'string' ? w.shape : (shapeText(gemm) ?? shapeText(set));
  const m = shape ? /^(\d+)x(\d+)x(\d+)$/.exec(shape) : null;
  if (m && out.M === undefined) {
    out.M = Number(m[1]);
    out.N = Number(m[2]);
    out.K = Number(m[3]);
  }
  if (typeof w.data === 'string' && w.data !== '') out.data = w.data;
  return out;
}

/**
 * Column of a JSON.parse error in a line, 1-based. V8 names the position in most messages but
 * not in "Unexpected token"; then the first prefix of the line that fails before its own end
 * ends at the bad character (short lines only: this runs on bad lines alone).
 */
function jsonErrorColumn(message: string, line: string): number {
  const m = /position (\d+)/.exec(message);
  if (m) return Number(m[1]) + 1;
  for (let k = 1; k <= Math.min(line.length, 4096); k++) {
    try {
      JSON.parse(line.slice(0, k));
    } catch (e) {
      const msg = (e as Error).message;
      const p = /position (\d+)/.exec(msg);
      // An error at the prefix's end (or "end of JSON input") only says the prefix is short.
      if (p ? Number(p[1]) < k : !/end of JSON input/.test(msg)) return p ? Number(p[1]) + 1 : k;
    }
  }
  return 1;
}

/**
 * Parses JSON Lines text. Blank lines are skipped. Every bad line is reported (up to `maxErrors`),
 * so one run shows what is wrong with a file.
 */
export function parseRows(text: string, file: string, maxErrors = 20): { rows: SourcedRow[]; diagnostics: Diagnostic[] } {
  const rows: SourcedRow[] = [];
  const diagnostics: Diagnostic[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && diagnostics.length < maxErrors; i++) {
    const t = lines[i].replace(/\r$/, '');
    if (t.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch (e) {
      const msg = (e as Error).message;
      diagnostics.push({
        code: REPORT_CODES.badJson,
        severity: 'error',
        span: spanAt(file, i + 1, jsonErrorColumn(msg, t)),
        message: `line ${i + 1} is not valid JSON (${msg.replace(/, ".*" is not valid JSON$/, '').replace(/ in JSON at position \d+.*$/, '')})`,
        expected: 'one JSON object per line (JSON Lines)',
        hint:
          i === lines.length - 1 || (i === lines.length - 2 && lines[i + 1] === '')
            ? 'a torn last line: an interrupted sweep; `tpe sweep` repairs it when it resumes'
            : 'each row must be one complete JSON object on its own line',
      });
      continue;
    }
    const r = checkRow(v, file, i + 1, t);
    if (r.diagnostic) diagnostics.push(r.diagnostic);
    else if (r.row) rows.push({ row: r.row, file, line: i + 1 });
  }
  return { rows, diagnostics };
}

/**
 * The output of `tpe gate --json` (sweep/gate.ts): verdict counts and the points that did not
 * pass, matched to rows by their `id`. Checked loosely: what the report shows is the counts
 * and each listed point's verdict and reason.
 */
export interface GateSummary {
  counts: Record<string, number>;
  points: { id: string; verdict: Verdict; design: string; workload: string; reason: string }[];
  limits: string;
}

export function parseGate(text: string, file: string): { value?: GateSummary; diagnostic?: Diagnostic } {
  const bad = (message: string): { diagnostic: Diagnostic } => ({
    diagnostic: {
      code: REPORT_CODES.badGate,
      severity: 'error',
      span: spanAt(file, 1, 1),
      message: `${file}: ${message}`,
      expected: 'the JSON that `tpe gate --json` prints: { counts, points, limits }',
      hint: 'write it with: tpe gate all.jsonl --baseline base.jsonl --json > gate.json',
    },
  });
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return bad(`not JSON (${(e as Error).message})`);
  }
  if (!isObj(v) || !isObj(v.counts) || !Array.isArray(v.points)) return bad('no counts and points');
  const counts = numbers(v.counts);
  const points: GateSummary['points'] = [];
  for (const p of v.points) {
    if (!isObj(p) || typeof p.id !== 'string' || !VERDICTS.includes(p.verdict as Verdict)) continue;
    const changes = Array.isArray(p.changes)
      ? p.changes
          .filter(isObj)
          .filter((c) => c.verdict !== 'PASS')
          .map((c) => `${String(c.metric)} ${typeof c.worse === 'number' ? `${(100 * c.worse).toFixed(2)}% worse` : ''}`.trim())
      : [];
    points.push({
      id: p.id,
      verdict: p.verdict as Verdict,
      design: typeof p.design === 'string' ? p.design : '',
      workload: typeof p.workload === 'string' ? p.workload : '',
      reason: typeof p.reason === 'string' ? p.reason : changes.join(', '),
    });
  }
  const limits = Array.isArray(v.limits)
    ? v.limits
        .filter(isObj)
        .map((l) => `${String(l.metric)}=${typeof l.max === 'number' ? `${Number((100 * l.max).toPrecision(4))}%` : '?'}`)
        .join(', ')
    : '';
  return { value: { counts, points, limits } };
}
