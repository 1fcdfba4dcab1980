// The sweep spec (sweep.yaml): read with source positions, validated against the published JSON
// Schema (sweep/sweep.schema.json) and then semantically (files exist, workloads and
// distributions parse), normalized into a plain object whose hash identifies the sweep.
// Every problem is a diagnostic with file:line:col, what was expected and a hint ("did you
// mean" for a misspelt key or value). Nothing here evaluates a design.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Diagnostic, Span } from '../ir/index.js';
import { fsReason } from '../util/fs.js';
import { TOOLKIT_VERSION } from '../rtl/index.js';
import { parseDist } from '../simulator/index.js';
import { closest } from '../workload/diagnostics.js';
import { parseWorkload, tensorInfo } from '../workload/index.js';
import { METRIC_DIGITS, ROW_FORMAT, type Level, type MetricName } from './row.js';
import schemaJson from './sweep.schema.json' with { type: 'json' };
import { keySpan, parseYaml, valueSpan, type YamlSource } from './yaml-source.js';

export const AXIS_NAMES = [
  'rows',
  'cols',
  'depth',
  'A',
  'B',
  'acc',
  'encoding',
  'placement',
  'opt',
  'cpa',
  'sparseGroup',
  'peGroup',
  'pipeline',
  'clock',
  'technology',
] as const;
export type AxisName = (typeof AXIS_NAMES)[number];
export type AxisValue = string | number;

export interface Axis {
  readonly name: AxisName;
  readonly values: readonly AxisValue[];
}

export type Sample =
  { readonly kind: 'grid' } | { readonly kind: 'random'; readonly n: number } | { readonly kind: 'lhs'; readonly n: number };

export interface Constraint {
  readonly metric: MetricName;
  readonly op: '<=' | '>=' | '<' | '>';
  readonly value: number;
  readonly text: string;
}

export interface TensorWorkload {
  /** As written (file#name), relative to the spec. */
  readonly ref: string;
  readonly operand: 'a' | 'b';
  readonly layout: 'kn' | 'nk' | 'mk' | 'km';
  readonly quantize: 'tensor' | 'row';
  /** sha256 (16 hex) of the file's bytes. */
  readonly sha: string;
}

/** One GEMM of the sweep's workloads (every point evaluates one design on one of these). */
export interface WorkloadPoint {
  readonly set: string;
  readonly gemm: string;
  readonly M: number;
  readonly N: number;
  readonly K: number;
  readonly count: number;
  /** Distribution text of generated operands (both, or the one a tensor does not supply). */
  readonly data: string;
  readonly tensor?: TensorWorkload;
}

export interface DesignRef {
  /** As the spec writes it (relative to the spec). */
  readonly file: string;
  /** sha256 (16 hex) of its text. */
  readonly sha: string;
}

/** The normalized spec: plain JSON (it goes into the manifest and its hash names the sweep). */
export interface NormalizedSpec {
  readonly format: typeof ROW_FORMAT;
  readonly toolkit: string;
  readonly name: string;
  readonly level: Level;
  readonly seed: number;
  readonly technology: string;
  readonly kLimit: 'design' | 'accumulator';
  /** Energy with the glitch term (EstimateOptions.activity); absent: zero-delay toggles (so older specs hash as before). */
  readonly activity?: 'timed';
  readonly designs: readonly DesignRef[];
  readonly axes: readonly Axis[];
  readonly sample: Sample;
  readonly constraints: readonly Constraint[];
  readonly metrics?: readonly MetricName[];
  readonly workloads: readonly WorkloadPoint[];
  readonly sim: { readonly maxMacs: number; readonly tiles: number };
  readonly synth: { readonly liberty?: string; readonly cache?: string };
}

export interface SweepSpec extends NormalizedSpec {
  /** The spec file as given, and the folder its paths are relative to. */
  readonly file: string;
  readonly dir: string;
  readonly hash: string;
}

let validator: ValidateFunction | undefined;
/** The published JSON Schema of a spec (sweep/sweep.schema.json; `tpe sweep --schema`). */
export function sweepSchema(): Record<string, unknown> {
  return schemaJson as Record<string, unknown>;
}
function validate(doc: unknown): ErrorObject[] {
  if (!validator) {
    const s = { ...sweepSchema() };
    delete s.$schema;
    validator = new Ajv({ allErrors: true, strict: false }).compile(s);
  }
  return validator(doc) ? [] : [...(validator.errors ?? [])];
}

const err = (code: string, message: string, span: Span | undefined, extra: { expected?: string; hint?: string } = {}): Diagnostic => ({
  code,
  severity: 'error',
  message,
  ...(span ? { span } : {}),
  ...extra,
});

const toPath = (p: string): (string | number)[] =>
  p
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/** The schema node an ajv schemaPath points at (for "did you mean" candidates). */
function schemaAt(path: string): Record<string, unknown> | undefined {
  let cur: unknown = sweepSchema();
  for (const part of path.replace(/^#\//, '').split('/')) {
    if (cur === undefined || part === '') break;
    cur = (cur as Record<string, unknown>)[part];
  }
  if (cur && typeof cur === 'object' && '$ref' in (cur as object)) return schemaAt(String((cur as { $ref: string }).$ref));
  return cur as Record<string, unknown> | undefined;
}

const typeOf = (v: unknown) =>
  Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v;

/**
 * ajv errors as diagnostics at the offending key or value. Alternatives (anyOf): only the branch
 * whose type matches the value is reported, so `rows: {form: 4}` says "unknown key form", not
 * "must be array".
 */
function schemaDiagnostics(src: YamlSource, doc: unknown, errors: ErrorObject[]): Diagnostic[] {
  // Drop the errors of anyOf branches whose type does not match the data.
  const branchTypeMismatch = new Set<string>();
  for (const e of errors) {
    const m = /^(.*\/anyOf\/\d+)\/(type|const)$/.exec(e.schemaPath);
    if (m) branchTypeMismatch.add(`${e.instancePath}|${m[1]}`);
  }
  const anyOfWithBranch = new Set<string>();
  const kept = errors
    .filter((e) => {
      const m = /^(.*\/anyOf\/\d+)\//.exec(e.schemaPath);
      if (!m) return true;
      // The branch is alive when no type/const mismatch was reported at its own instance.
      const base = e.schemaPath.slice(0, m[1].length);
      const ownInstance = [...branchTypeMismatch].some((k) => k.endsWith(`|${base}`) && e.instancePath.startsWith(k.split('|')[0]));
      if (ownInstance) return false;
      anyOfWithBranch.add(base.replace(/\/\d+$/, ''));
      return true;
    })
    .filter((e) => !(e.keyword === 'anyOf' && anyOfWithBranch.has(e.schemaPath)));
  // Several branches alive (e.g. two object forms): report the one with the fewest errors.
  const perBranch = new Map<string, Map<string, number>>();
  for (const e of kept) {
    const m = /^(.*\/anyOf)\/(\d+)\//.exec(e.schemaPath);
    if (!m) continue;
    const b = perBranch.get(m[1]) ?? new Map<string, number>();
    b.set(m[2], (b.get(m[2]) ?? 0) + 1);
    perBranch.set(m[1], b);
  }
  const best = new Map<string, string>();
  for (const [k, b] of perBranch) best.set(k, [...b].sort((x, y) => x[1] - y[1] || Number(x[0]) - Number(y[0]))[0][0]);
  const chosen = kept.filter((e) => {
    const m = /^(.*\/anyOf)\/(\d+)\//.exec(e.schemaPath);
    return !m || best.get(m[1]) === m[2];
  });
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of chosen) {
    const path = toPath(e.instancePath);
    const at = path.length ? path.join('.') : 'the spec';
    let d: Diagnostic;
    if (e.keyword === 'additionalProperties') {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const props = Object.keys((schemaAt(e.schemaPath.replace(/\/additionalProperties$/, '/properties')) ?? {}) as object);
      const guess = closest(key, props);
      d = err('Y0102', `unknown key '${key}'${path.length ? ` in ${at}` : ''}`, keySpan(src, path, key), {
        expected: `one of ${props.join(', ')}`,
        hint: guess ? `did you mean '${guess}'?` : 'remove it',
      });
    } else if (e.keyword === 'required') {
      const key = (e.params as { missingProperty: string }).missingProperty;
      d = err('Y0103', `${at} needs '${key}'`, valueSpan(src, path), {
        expected: `a '${key}:' entry`,
        hint:
          key === 'designs'
            ? 'list the base .tpe files: designs: [examples/sa_os.tpe]'
            : key === 'workloads'
              ? 'e.g. workloads: [{ gemm: 64x64x128 }, { model: llama-3-8b:decode }]'
              : `add ${key}:`,
      });
    } else if (e.keyword === 'enum') {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const value = String(getPath(doc, path));
      const guess = closest(value, allowed);
      d = err('Y0104', `${at}: '${value}' is not allowed`, valueSpan(src, path), {
        expected: `one of ${allowed.join(', ')}`,
        ...(guess ? { hint: `did you mean '${guess}'?` } : {}),
      });
    } else if (e.keyword === 'type') {
      d = err('Y0104', `${at} must be ${(e.params as { type: string }).type}, not ${typeOf(getPath(doc, path))}`, valueSpan(src, path), {
        expected: describeSchema(e.parentSchema),
      });
    } else if (e.keyword === 'anyOf') {
      d = err('Y0104', `${at} has the wrong form`, valueSpan(src, path), { expected: describeSchema(e.parentSchema) });
    } else if (e.keyword === 'pattern') {
      d = err('Y0104', `${at}: '${String(getPath(doc, path))}' is not valid here`, valueSpan(src, path), {
        expected: describeSchema(e.parentSchema) ?? `text matching ${(e.params as { pattern: string }).pattern}`,
      });
    } else {
      d = err('Y0104', `${at} ${e.message ?? e.keyword}`, valueSpan(src, path), { expected: describeSchema(e.parentSchema) });
    }
    const k = `${d.code}@${d.span?.start.offset}:${d.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(d);
    }
  }
  return out;
}

function describeSchema(s: unknown): string | undefined {
  const o = s as { description?: string; items?: { description?: string } } | undefined;
  return o?.description;
}

function getPath(doc: unknown, path: readonly (string | number)[]): unknown {
  let cur = doc;
  for (const p of path) cur = (cur as Record<string | number, unknown> | undefined)?.[p];
  return cur;
}

const sha16 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex').slice(0, 16);

/** sha256 of a (possibly large) file, streamed. */
export async function fileSha(path: string): Promise<string> {
  const h = createHash('sha256');
  await new Promise<void>((res, rej) => {
    createReadStream(path)
      .on('data', (c) => h.update(c))
      .on('end', () => res())
      .on('error', rej);
  });
  return h.digest('hex').slice(0, 16);
}

function expandAxis(name: AxisName, v: unknown): AxisValue[] | string {
  if (Array.isArray(v)) {
    const seen = new Set<string>();
    const out: AxisValue[] = [];
    for (const x of v as AxisValue[]) {
      const k = String(x);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(x);
      }
    }
    return out;
  }
  const r = v as { from: number; to: number; step?: number; times?: number };
  if (r.to < r.from) return `the range ${name} goes from ${r.from} down to ${r.to}`;
  const out: number[] = [];
  if (r.times !== undefined) {
    if (r.step !== undefined) return `a range takes step or times, not both`;
    for (let x = r.from; x <= r.to + 1e-9; x *= r.times) out.push(x);
  } else {
    const step = r.step ?? 1;
    for (let i = 0; ; i++) {
      const x = Math.round((r.from + i * step) * 1e6) / 1e6;
      if (x > r.to + 1e-9) break;
      out.push(x);
      if (out.length > 4096) return `the range ${name} has more than 4096 values`;
    }
  }
  return out;
}

const DEFAULT_DATA = 'normal:0,20';

/** Reads, validates and normalizes a spec. `file` as the user gave it; reads resolve from cwd. */
export async function loadSpec(file: string, cwd = process.cwd()): Promise<{ spec?: SweepSpec; diagnostics: Diagnostic[] }> {
  const path = resolve(cwd, file);
  let text: string;
  try {
    if (statSync(path).size > 4 * 2 ** 20)
      return { diagnostics: [err('Y0101', `${file}: larger than 4 MiB, not a sweep spec`, undefined)] };
    text = readFileSync(path, 'utf8');
  } catch (e) {
    // Say why (a folder, no permission), not always "no such file".
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : fsReason(e);
    return { diagnostics: [err('Y0105', `${file}: ${why}`, undefined, { hint: 'check the path of the sweep spec' })] };
  }
  return parseSpecText(text, file, dirname(path), cwd);
}

/** As loadSpec, from text; `dir` is the folder the spec's paths are relative to. */
export async function parseSpecText(
  text: string,
  file: string,
  dir: string,
  cwd = process.cwd(),
): Promise<{ spec?: SweepSpec; diagnostics: Diagnostic[] }> {
  const y = parseYaml(text, file);
  if (!y.src) return { diagnostics: y.diagnostics };
  const src = y.src;
  const doc = src.doc.toJS() as unknown;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return {
      diagnostics: [
        err('Y0101', 'a sweep spec is a YAML mapping', valueSpan(src, []), {
          expected: 'designs:, axes:, workloads: ...',
          hint: 'see examples/sweeps/',
        }),
      ],
    };
  }
  const schemaErrs = validate(doc);
  if (schemaErrs.length) return { diagnostics: schemaDiagnostics(src, doc, schemaErrs) };
  const o = doc as Record<string, unknown>;
  const diags: Diagnostic[] = [];
  // Spec paths are relative to the spec, but named relative to the user's cwd in messages.
  const rel = (p: string) => resolve(dir, p);

  const designs: DesignRef[] = [];
  (o.designs as string[]).forEach((f, i) => {
    const p = rel(f);
    if (!existsSync(p) || !statSync(p).isFile())
      diags.push(
        err('Y0105', `design file '${f}' not found`, valueSpan(src, ['designs', i]), {
          expected: 'a .tpe file, relative to the spec',
          hint: `looked for ${basename(p)} in ${dirname(f) === '.' ? "the spec's folder" : dirname(f)}`,
        }),
      );
    else designs.push({ file: f, sha: sha16(readFileSync(p)) });
  });

  const axes: Axis[] = [];
  for (const [name, v] of Object.entries((o.axes ?? {}) as Record<string, unknown>)) {
    const vals = expandAxis(name as AxisName, v);
    if (typeof vals === 'string') {
      diags.push(err('Y0104', vals, valueSpan(src, ['axes', name]), { expected: 'from <= to' }));
      continue;
    }
    if (name === 'technology') {
      vals.forEach((t, i) => {
        const s = String(t);
        if (s.endsWith('.json') && !existsSync(rel(s)))
          diags.push(
            err('Y0105', `technology table '${s}' not found`, valueSpan(src, ['axes', name, i]), {
              hint: 'a path relative to the spec, or generic / ihp-sg13g2',
            }),
          );
      });
    }
    axes.push({ name: name as AxisName, values: vals });
  }

  const sampleRaw = o.sample ?? 'grid';
  const sample: Sample =
    sampleRaw === 'grid'
      ? { kind: 'grid' }
      : 'random' in (sampleRaw as object)
        ? { kind: 'random', n: (sampleRaw as { random: number }).random }
        : { kind: 'lhs', n: (sampleRaw as { lhs: number }).lhs };

  const constraints: Constraint[] = [];
  ((o.constraints ?? []) as string[]).forEach((c, i) => {
    const m = /^\s*([A-Za-z][A-Za-z0-9]*)\s*(<=|>=|<|>)\s*(\S+)\s*$/.exec(c)!;
    const metric = m[1];
    if (!(metric in METRIC_DIGITS)) {
      const guess = closest(metric, Object.keys(METRIC_DIGITS));
      diags.push(
        err('Y0104', `unknown metric '${metric}' in constraint '${c}'`, valueSpan(src, ['constraints', i]), {
          expected: `one of ${Object.keys(METRIC_DIGITS).join(', ')}`,
          ...(guess ? { hint: `did you mean '${guess}'?` } : {}),
        }),
      );
      return;
    }
    constraints.push({ metric: metric as MetricName, op: m[2] as Constraint['op'], value: Number(m[3]), text: c.trim() });
  });

  const dataDefault = (o.data as string | undefined) ?? DEFAULT_DATA;
  const checkDist = (s: string, path: (string | number)[]) => {
    const r = parseDist(s);
    if (!r.value)
      diags.push(
        err('Y0106', `unknown distribution '${s}'`, valueSpan(src, path), {
          expected: 'uniform, normal:MEAN,STD (STD > 0) or laplace:B (B > 0)',
          hint: 'e.g. data: normal:0,20',
        }),
      );
  };
  if (o.data !== undefined) checkDist(dataDefault, ['data']);

  const workloads: WorkloadPoint[] = [];
  const wls = o.workloads as Record<string, unknown>[];
  for (let i = 0; i < wls.length; i++) {
    const w = wls[i];
    const kinds = ['gemm', 'gemms', 'layers', 'model', 'tensor'].filter((k) => w[k] !== undefined);
    if (kinds.length !== 1) {
      diags.push(
        err(
          'Y0103',
          kinds.length === 0
            ? 'a workload needs one of gemm, gemms, layers, model or tensor'
            : `a workload takes one of gemm, gemms, layers, model or tensor, not ${kinds.join(' and ')}`,
          valueSpan(src, ['workloads', i]),
          { hint: 'split it into several workloads' },
        ),
      );
      continue;
    }
    const kind = kinds[0];
    if (kind !== 'tensor')
      for (const k of ['operand', 'layout', 'm', 'quantize'])
        if (w[k] !== undefined)
          diags.push(err('Y0102', `'${k}' applies to tensor workloads only`, keySpan(src, ['workloads', i], k), { hint: `remove ${k}:` }));
    const dataList = w.data === undefined ? [dataDefault] : Array.isArray(w.data) ? (w.data as string[]) : [w.data as string];
    if (w.data !== undefined)
      dataList.forEach((d, j) => checkDist(d, Array.isArray(w.data) ? ['workloads', i, 'data', j] : ['workloads', i, 'data']));
    const push = (
      set: string,
      gemms: readonly { name: string; M: number; N: number; K: number; count: number }[],
      tensor?: TensorWorkload,
    ) => {
      for (const data of dataList)
        for (const g of gemms)
          workloads.push({ set, gemm: g.name, M: g.M, N: g.N, K: g.K, count: g.count, data, ...(tensor ? { tensor } : {}) });
    };
    if (kind === 'gemm' || kind === 'gemms') {
      const list = kind === 'gemm' ? [w.gemm as string] : (w.gemms as string[]);
      list.forEach((g, j) => {
        const r = parseWorkload(g);
        if (!r.value) {
          diags.push({
            ...r.diagnostics[0],
            span: valueSpan(src, kind === 'gemm' ? ['workloads', i, 'gemm'] : ['workloads', i, 'gemms', j]),
          });
          return;
        }
        push((w.name as string | undefined) ?? r.value.id, r.value.gemms);
      });
    } else if (kind === 'layers') {
      const ls = w.layers as { name: string; gemm: string; count?: number }[];
      const gemms: { name: string; M: number; N: number; K: number; count: number }[] = [];
      const names = new Set<string>();
      ls.forEach((l, j) => {
        const r = parseWorkload(l.gemm);
        if (!r.value) {
          diags.push({ ...r.diagnostics[0], span: valueSpan(src, ['workloads', i, 'layers', j, 'gemm']) });
          return;
        }
        if (names.has(l.name))
          diags.push(
            err('Y0103', `two layers are called '${l.name}'`, valueSpan(src, ['workloads', i, 'layers', j, 'name']), {
              hint: 'layer names identify GEMMs in rows: make them unique',
            }),
          );
        names.add(l.name);
        gemms.push({ ...r.value.gemms[0], name: l.name, count: l.count ?? 1 });
      });
      push((w.name as string | undefined) ?? `layers:${i}`, gemms);
    } else if (kind === 'model') {
      const r = parseWorkload(w.model as string);
      if (!r.value) {
        diags.push({ ...r.diagnostics[0], span: valueSpan(src, ['workloads', i, 'model']) });
        continue;
      }
      push((w.name as string | undefined) ?? r.value.id, r.value.gemms);
    } else {
      const ref = w.tensor as string;
      const fileOnly = ref.includes('#') ? ref.slice(0, ref.lastIndexOf('#')) : ref;
      const p = rel(fileOnly);
      if (!existsSync(p)) {
        diags.push(
          err('T0104', `tensor file '${fileOnly}' not found`, valueSpan(src, ['workloads', i, 'tensor']), {
            expected: 'a .npy, .safetensors or .safetensors.index.json file relative to the spec',
          }),
        );
        continue;
      }
      // The shape is read here (headers only); values are read where they are evaluated.
      const sh = tensorInfo(ref, dir);
      if (!sh.value) {
        diags.push({ ...sh.diagnostics[0], span: valueSpan(src, ['workloads', i, 'tensor']) });
        continue;
      }
      const operand = (w.operand as 'a' | 'b' | undefined) ?? 'b';
      const layout = (w.layout as TensorWorkload['layout'] | undefined) ?? (operand === 'b' ? 'nk' : 'mk');
      if ((operand === 'b') !== (layout === 'kn' || layout === 'nk')) {
        diags.push(
          err(
            'Y0104',
            `layout '${layout}' does not describe operand ${operand.toUpperCase()}`,
            valueSpan(src, ['workloads', i, 'layout']),
            { expected: operand === 'b' ? 'kn or nk (B is K x N)' : 'mk or km (A is M x K)' },
          ),
        );
        continue;
      }
      const [r0, c0] = [sh.value.rows, sh.value.cols];
      const other = (w.m as number | undefined) ?? 1;
      let M: number, N: number, K: number;
      if (operand === 'b') {
        [K, N] = layout === 'kn' ? [r0, c0] : [c0, r0];
        M = other;
      } else {
        [M, K] = layout === 'mk' ? [r0, c0] : [c0, r0];
        N = other;
      }
      // The file holding the values (a sharded checkpoint's shard, not its index).
      const sha = await fileSha(sh.value.dataFile);
      const tw: TensorWorkload = { ref, operand, layout, quantize: (w.quantize as 'tensor' | 'row' | undefined) ?? 'tensor', sha };
      push((w.name as string | undefined) ?? `tensor:${ref}`, [{ name: basenameOf(ref), M, N, K, count: 1 }], tw);
    }
  }
  void cwd;
  if (diags.length) return { diagnostics: diags };
  const sim = (o.sim ?? {}) as { maxMacs?: number; tiles?: number };
  const synth = (o.synth ?? {}) as { liberty?: string; cache?: string };
  const norm: NormalizedSpec = {
    format: ROW_FORMAT,
    toolkit: TOOLKIT_VERSION,
    name: (o.name as string | undefined) ?? basename(file).replace(/\.ya?ml$/, ''),
    level: (o.level as Level | undefined) ?? 'fast',
    seed: (o.seed as number | undefined) ?? 1,
    technology: (o.technology as string | undefined) ?? 'ihp-sg13g2',
    kLimit: (o.kLimit as 'design' | 'accumulator' | undefined) ?? 'design',
    ...(o.activity === 'timed' ? { activity: 'timed' as const } : {}),
    designs,
    axes,
    sample,
    constraints,
    ...(o.metrics ? { metrics: o.metrics as MetricName[] } : {}),
    workloads,
    sim: { maxMacs: sim.maxMacs ?? 2 ** 22, tiles: sim.tiles ?? 4 },
    synth: { ...(synth.liberty ? { liberty: synth.liberty } : {}), ...(synth.cache ? { cache: synth.cache } : {}) },
  };
  return { spec: { ...norm, file, dir, hash: specHash(norm) }, diagnostics: [] };
}

function basenameOf(ref: string): string {
  const i = ref.lastIndexOf('#');
  return i >= 0 ? ref.slice(i + 1) : basename(ref).replace(/\.npy$/, '');
}

export function specHash(n: NormalizedSpec): string {
  return sha16(JSON.stringify(n));
}

/** The normalized part of a spec (what the manifest stores). */
export function normalized(s: SweepSpec): NormalizedSpec {
  const { file: _f, dir: _d, hash: _h, ...n } = s;
  void _f;
  void _d;
  void _h;
  return n;
}
