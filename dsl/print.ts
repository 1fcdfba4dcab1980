// IR -> canonical DSL text. The nest is rebuilt from the IR fields: loops (with OPT2's j moved
// outside k), movements on the loops they move along, and the primitive statements that state
// the reduction. parse(print(d)) equals d modulo spans (test/dsl/roundtrip.test.ts), and the
// output is already in `tpe fmt` form.
import { digitRadix } from '../ir/derive.js';
import type { Design, Loop } from '../ir/types.js';
import { KEYWORDS } from './tokens.js';

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z_][A-Za-z0-9_]*)*$/;
const word = (s: string) => (IDENT.test(s) && !KEYWORDS.has(s) ? s : JSON.stringify(s));
export const formatNumber = (x: number) => (Number.isInteger(x) ? x.toFixed(1) : String(x));
const typeName = (t: { signed: boolean; bits: number }) => `${t.signed ? '' : 'u'}int${t.bits}`;
const PLACE: Record<string, string> = { 'per-product': 'product', 'per-pe-drain': 'pe', 'per-row': 'row', 'per-column': 'column' };

export function printDesign(d: Design): string {
  const out: string[] = [];
  if (d.doc !== undefined) for (const l of d.doc.split('\n')) out.push(l.length > 0 ? `// ${l}` : '//');
  out.push(`engine ${word(d.name)} : ${word(d.architecture)} {`);
  out.push(`  A: ${typeName(d.types.A)}`, `  B: ${typeName(d.types.B)}`, `  C: ${typeName(d.types.acc)}`);
  for (const e of d.encoders) out.push(`  encode ${e.operand} ${e.scheme} ${e.placement === 'pe' ? 'in pe' : `per ${e.placement}`}`);
  out.push(`  clock ${formatNumber(d.clockNs)} ns`, `  technology ${word(d.technology)}`);
  out.push(`  pipeline ${d.pipeline.length === 0 ? 'none' : d.pipeline.join(', ')}`);
  if (d.workload) out.push(`  workload K <= ${d.workload.k}`);
  out.push('');
  for (const l of nestLines(d)) out.push(`  ${l}`);
  out.push('}');
  return out.join('\n') + '\n';
}

function nestLines(d: Design): string[] {
  const r = d.reduction;
  const jl = d.loops.find((l) => l.var === 'j');
  const hasK = d.loops.some((l) => l.var === 'k');
  const outer = r.order === 'bitweight-outer' && jl !== undefined && hasK;
  // Print order: OPT2 interchanges j to just outside k.
  let loops: Loop[] = [...d.loops];
  if (outer) {
    loops = loops.filter((l) => l !== jl);
    loops.splice(
      loops.findIndex((l) => l.var === 'k'),
      0,
      jl,
    );
  }
  const e0 = d.encoders[0];
  const e1 = d.encoders[1];
  const term = (scheme: string | undefined, v: string) => (scheme && digitRadix(scheme as 'binary') === 2 ? v : `2*${v}`);
  const jOp = e0?.operand ?? 'A';
  const digit = d.sparse ? `sparse(encode(${jOp}, j), ${d.sparse.groupSize})` : `encode(${jOp}, j)`;
  const other = e1 ? `encode(${e1.operand}, i)` : jOp === 'A' ? 'B' : 'A';
  const weight = e1 ? `${term(e0?.scheme, 'j')} + ${term(e1.scheme, 'i')}` : term(e0?.scheme, 'j');
  const innermost = loops[loops.length - 1];
  const ppIndexed = outer || (innermost?.var === 'j' && innermost.mapping === 'spatial');
  const pp = `${ppIndexed ? 'pp[j]' : 'pp'} = shift(map(${other}, ${digit}), ${weight})`;

  // The reduction, stated by the primitives (lower.ts reads them back).
  const C = r.k === 'cpa' ? 'C' : 'C.s, C.c';
  const jSpatial = jl?.mapping === 'spatial';
  let reduce: string[];
  if (outer) reduce = r.j === 'carry-save' ? [`${C} = accumulate(C, half_reduce(s, c))`] : ['p = add(s, c)', `${C} = accumulate(C, p)`];
  else if (!jSpatial && r.j === r.k) reduce = [`${C} = accumulate(C, pp)`];
  else if (r.j === 'carry-save')
    reduce =
      r.k === 'cpa' ? ['s, c = half_reduce(pp)', 'p = add(s, c)', 'C = accumulate(C, p)'] : ['C.s, C.c = accumulate(C, half_reduce(pp))'];
  else reduce = ['p = add(pp)', `${C} = accumulate(C, p)`];

  const head = (l: Loop) => {
    let h = l.mapping === 'spatial' ? `forall ${l.var}` : `for ${l.var}`;
    if (l.size !== undefined) h += ` ${l.size}`;
    if (l.skipZeros) h += ' skip zeros';
    if (l.var === 'k' && d.peGroup !== undefined) h += d.peGroup === l.size ? ' group' : ` group ${d.peGroup}`;
    const f = d.flows.filter((x) => x.along === l.var).map((x) => `${x.operand} ${x.movement}`);
    if (f.length > 0) h += ` (${f.join(', ')})`;
    return `${h} {`;
  };
  // `sync` follows the outermost zero-skipping loop.
  const skipAt = loops.findIndex((l) => l.skipZeros);
  // Spatial digit loops at the bottom of the nest build one product: its reduction follows
  // them. A temporal innermost loop takes one digit per cycle: the reduction sits inside it.
  let prodStart = loops.length;
  while (
    !outer &&
    prodStart > 0 &&
    (loops[prodStart - 1].var === 'j' || loops[prodStart - 1].var === 'i') &&
    loops[prodStart - 1].mapping === 'spatial'
  )
    prodStart--;

  const build = (idx: number): string[] => {
    if (idx === loops.length) return outer || prodStart < loops.length ? [pp] : [pp, ...reduce];
    const l = loops[idx];
    const inner = build(idx + 1);
    if (outer && l === jl) inner.push('s[j], c[j] = half_reduce(pp)');
    const lines =
      idx >= prodStart && inner.length === 1 && !inner[0].endsWith('{')
        ? [`${head(l)} ${inner[0]} }`]
        : [head(l), ...inner.map((x) => `  ${x}`), '}'];
    if ((idx === prodStart && prodStart < loops.length) || (outer && l === jl)) lines.push(...reduce);
    if (idx === skipAt) lines.push('sync');
    return lines;
  };
  const lines = loops.length > 0 ? build(0) : [pp, ...reduce];
  if (r.k === 'carry-save' || r.finalCpa !== 'per-product') {
    lines.push(
      r.finalCpa === 'shared'
        ? `C = add(C.s, C.c) at drain shared ${r.lanes ?? '?'}`
        : `C = add(C.s, C.c) at drain per ${PLACE[r.finalCpa] ?? r.finalCpa}`,
    );
  }
  return lines;
}
