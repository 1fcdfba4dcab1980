// A point's design: the base design's IR edited by the axis values (types, encoding and where it
// sits, OPT passes as the dsl transform passes, array sizes, pipeline, clock, technology), then
// validated by the same rules as parsed text. Never text substitution: a value that makes no
// sense for the design (an OPT that does not apply, a size on a loop that is not spatial)
// comes back as diagnostics, which the runner turns into an `invalid` row.
// The passes and checks come from ir/, not dsl/ (whose parser costs about a second of start-up
// per worker thread); workers get the base designs already parsed (sweep/evaluate.ts).
import {
  applyTransforms,
  checkDesign,
  type TransformOptions,
  arrayShape,
  digitCount,
  hasErrors,
  type Design,
  type Diagnostic,
  type DigitEncoding,
  type IntType,
  type Loop,
  type PipelineStage,
  type Placement,
  type Result,
} from '../ir/index.js';
import type { AxisName, AxisValue } from './spec.js';

export function parseIntType(s: string): IntType | undefined {
  const m = /^(u?)int(\d+)$/.exec(s);
  return m ? { signed: m[1] === '', bits: Number(m[2]) } : undefined;
}

const invalid = (code: string, message: string, d: Design, hint?: string): Result<Design> => ({
  diagnostics: [{ code, severity: 'error', message, span: d.span, ...(hint ? { hint } : {}) }],
});

/** Applies the axis values to a base design; `values[i]` belongs to `names[i]`. */
export function applyAxes(base: Design, names: readonly AxisName[], values: readonly AxisValue[]): Result<Design> {
  const v = new Map<AxisName, AxisValue>();
  names.forEach((n, i) => v.set(n, values[i]));
  let d: Design = base;
  const warnings: Diagnostic[] = [];

  // 1. Operand types and the encoding (before the OPT passes, which read them).
  const types = { ...d.types };
  for (const [axis, key] of [
    ['A', 'A'],
    ['B', 'B'],
    ['acc', 'acc'],
  ] as const) {
    const x = v.get(axis);
    if (x === undefined) continue;
    const t = parseIntType(String(x));
    if (!t) return invalid('Y0201', `${axis}: '${x}' is not an integer type`, d, 'e.g. int8, uint4');
    types[key] = t;
  }
  d = { ...d, types };
  const enc = v.get('encoding'),
    place = v.get('placement');
  if (enc !== undefined || place !== undefined) {
    d = {
      ...d,
      encoders: d.encoders.map((e, i) => ({
        ...e,
        ...(enc !== undefined ? { scheme: enc as DigitEncoding } : {}),
        ...(place !== undefined && i === 0 ? { placement: place as Placement } : {}),
      })),
    };
  }
  d = withDigitLoops(d);

  // 2. OPT passes, in order, with their options.
  const opt = v.get('opt');
  const topts: TransformOptions = {};
  if (v.has('cpa')) topts.cpa = v.get('cpa') as TransformOptions['cpa'];
  if (v.has('sparseGroup')) topts.sparseGroup = Number(v.get('sparseGroup'));
  if (v.has('peGroup')) topts.peGroup = Number(v.get('peGroup'));
  if (opt !== undefined && opt !== 'none') {
    const r = applyTransforms(d, String(opt).split('+'), topts);
    if (!r.value) return { diagnostics: r.diagnostics };
    warnings.push(...r.diagnostics);
    d = r.value;
  }

  // Group sizes of a design that already has them (an OPT3/OPT4E file) are IR edits too.
  if (v.has('sparseGroup') && !(opt !== undefined && String(opt).includes('opt3'))) {
    if (!d.sparse)
      return invalid(
        'Y0202',
        `sparseGroup = ${v.get('sparseGroup')}: design '${d.name}' skips no zero digits (no sparse group)`,
        d,
        'sparseGroup applies to OPT3 / OPT4 bit-slice designs, or with opt: opt3',
      );
    d = { ...d, sparse: { ...d.sparse, groupSize: Number(v.get('sparseGroup')) } };
  }
  if (v.has('peGroup') && !(opt !== undefined && String(opt).includes('opt4e'))) {
    if (d.peGroup === undefined)
      return invalid(
        'Y0202',
        `peGroup = ${v.get('peGroup')}: design '${d.name}' has no PE groups along k`,
        d,
        'peGroup applies to OPT4E designs, or with opt: opt4e',
      );
    const g = Number(v.get('peGroup'));
    d = { ...d, peGroup: g, loops: d.loops.map((l) => (l.var === 'k' && l.mapping === 'spatial' ? { ...l, size: g } : l)) };
  }

  // 3. Array sizes on the spatial loops the nest states (rows, cols, depth in nest order).
  const sizes: [AxisName, 0 | 1 | 2][] = [
    ['rows', 0],
    ['cols', 1],
    ['depth', 2],
  ];
  const spatial = d.loops.filter((l) => l.mapping === 'spatial' && (l.var === 'm' || l.var === 'n' || l.var === 'k'));
  let loops: Loop[] = [...d.loops];
  let peGroup = d.peGroup;
  for (const [axis, pos] of sizes) {
    const x = v.get(axis);
    if (x === undefined) continue;
    const target = spatial[pos];
    if (!target)
      return invalid(
        'Y0202',
        `${axis} = ${x}: design '${d.name}' has no ${['first', 'second', 'third'][pos]} spatial loop (its array is ${shapeText(d)})`,
        d,
        axis === 'depth' ? 'depth applies to the cube and to bit-slice OPT4E designs' : undefined,
      );
    loops = loops.map((l) => (l === target ? { ...l, size: Number(x) } : l));
    if (target.var === 'k' && peGroup !== undefined) peGroup = Number(x);
  }
  d = { ...d, loops, ...(peGroup !== undefined ? { peGroup } : {}) };

  // 4. Pipeline, clock, technology.
  const pipe = v.get('pipeline');
  if (pipe !== undefined) d = { ...d, pipeline: pipe === 'none' ? [] : (String(pipe).split('+') as PipelineStage[]) };
  if (v.has('clock')) d = { ...d, clockNs: Number(v.get('clock')) };
  if (v.has('technology')) d = { ...d, technology: String(v.get('technology')) };

  const diags = checkDesign(d);
  if (hasErrors(diags)) return { diagnostics: diags };
  return { value: d, diagnostics: [...warnings, ...diags] };
}

/** Spatial digit loops follow the encoded operand's digit count (a type or encoding change). */
function withDigitLoops(d: Design): Design {
  const loops = d.loops.map((l) => {
    if (l.mapping !== 'spatial' || (l.var !== 'j' && l.var !== 'i')) return l;
    const e = d.encoders[l.var === 'j' ? 0 : 1];
    if (!e) return l;
    return { ...l, size: digitCount(d.types[e.operand], e.scheme) };
  });
  return { ...d, loops };
}

export function shapeText(d: Design): string {
  const s = arrayShape(d);
  return s.depth > 1 ? `${s.rows}x${s.cols}x${s.depth}` : `${s.rows}x${s.cols}`;
}
