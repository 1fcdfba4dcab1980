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
  out.push(`  pipeline ${d.pipeline.length === 0 ? 'none' : d.pipeline.join(', ')}`, '');
  for (const l of nestLines(d)) out.push(`  ${l}`);
  out.push('}');
  return out.join('\n') + '\n';
}

function nestLines(d: Design): string[] {
  const r = d.reduction;
  const outer = r.order === 'bitweight-outer';
  // Print order: OPT2 interchanges j to just outside k.
  let loops: Loop[] = [...d.loops];
  const jl = loops.find((l) => l.var === 'j');
  if (outer && jl && loops.some((l) => l.var === 'k')) {
    loops = loops.filter((l) => l !== jl);
    loops.splice(loops.findIndex((l) => l.var === 'k'), 0, jl);
  }
  const e0 = d.encoders[0];
  const e1 = d.encoders[1];
  const term = (scheme: string | undefined, v: string) => (scheme && digitRadix(scheme as 'binary') === 2 ? v : `2*${v}`);
  const jOp = e0?.operand ?? 'A';
  const digit = d.sparse ? `sparse(encode(${jOp}, j), ${d.sparse.groupSize})` : `encode(${jOp}, j)`;
  const other = e1 ? `encode(${e1.operand}, i)` : jOp === 'A' ? 'B' : 'A';
  const weight = e1 ? `${term(e0?.scheme, 'j')} + ${term(e1.scheme, 'i')}` : term(e0?.scheme, 'j');
  const inner = loops[loops.length - 1];
  const ppIndexed = inner?.var === 'j' && inner.mapping === 'spatial' || outer;
  const pp = `${ppIndexed ? 'pp[j]' : 'pp'} = shift(map(${other}, ${digit}), ${weight})`;

  const reduce: string[] = [];
  const jSpatial = jl?.mapping === 'spatial';
  if (outer) {
    if (r.j === 'carry-save') reduce.push(`${r.k === 'cpa' ? 'C' : 'C.s, C.c'} = accumulate(C, half_reduce(s, c))`);
    else reduce.push('p = add(s, c)', `${r.k === 'cpa' ? 'C' : 'C.s, C.c'} = accumulate(C, p)`);
  } else if (!jSpatial && r.j === r.k) {
    reduce.push(`${r.k === 'cpa' ? 'C' : 'C.s, C.c'} = accumulate(C, pp)`);
  } else if (r.j === 'carry-save' && r.k === 'cpa') {
    reduce.push('s, c = half_reduce(pp)', 'p = add(s, c)', 'C = accumulate(C, p)');
  } else if (r.j === 'carry-save') {
    reduce.push('C.s, C.c = accumulate(C, half_reduce(pp))');
  } else {
    reduce.push('p = add(pp)', `${r.k === 'cpa' ? 'C' : 'C.s, C.c'} = accumulate(C, p)`);
  }

  const flowsOf = (l: Loop) => d.flows.filter((f) => f.along === l.var).map((f) => `${f.operand} ${f.movement}`);
  const head = (l: Loop) => {
    let s = l.mapping === 'spatial' ? `forall ${l.var}` : `for ${l.var}`;
    if (l.size !== undefined) s += ` ${l.size}`;
    if (l.skipZeros) s += ' skip zeros';
    if (l.var === 'k' && d.peGroup !== undefined) s += d.peGroup === l.size ? ' group' : ` group ${d.peGroup}`;
    const f = flowsOf(l);
    if (f.length > 0) s += ` (${f.join(', ')})`;
    return `${s} {`;
  };
  // The outermost zero-skipping loop: `sync` follows it.
  const skipAt = loops.findIndex((l) => l.skipZeros);
  // Where reductions go: after the spatial digit loops (one product each), or inside the
  // innermost temporal one (one digit per cycle).
  let prodStart = loops.length;
  while (prodStart > 0 && (loops[prodStart - 1].var === 'j' || loops[prodStart - 1].var === 'i') && loops[prodStart - 1].mapping === 'spatial') prodStart--;
  if (outer) prodStart = loops.length;

  const build = (idx: number): string[] => {
    if (idx === loops.length) {
      return outer || prodStart === loops.length ? [pp, ...(outer ? [] : reduce)] : [pp];
    }
    const l = loops[idx];
    const body = build(idx + 1);
    const lines: string[] = [];
    if (idx >= prodStart && body.length === 1 && !body[0].endsWith('{')) lines.push(`${head(l)} ${body[0]} }`);
    else lines.push(head(l), ...body.map((b) => `  ${b}`), '}');
    if (idx === prodStart && prodStart < loops.length) lines.push(...reduce);
    if (outer && l === jl) { /* j body gets the per-weight compression, after the k loop */ lines.splice(lines.length - 1, 0, '  s[j], c[j] = half_reduce(pp)'); }
    if (outer && idx > 0 && loops[idx - 1] === jl) { /* handled by the j level */ }
    if (idx === skipAt) lines.push('sync');
    return lines;
  };
  const lines = loops.length > 0 ? build(0) : [pp, ...reduce];
  if (outer && jl) {
    // After the j loop, in j's parent: combine the weights once.
    const jHead = head(jl);
    const at = lines.findIndex((x) => x.trimStart() === jHead);
    const indent = lines[at]?.length - lines[at]?.trimStart().length;
    let end = at + 1;
    while (end < lines.length && !(lines[end].length - lines[end].trimStart().length === indent && lines[end].trim() === '}')) end++;
    lines.splice(end + 1, 0, ...reduce.map((x) => ' '.repeat(indent) + x));
  }
  if (r.k === 'carry-save' || r.finalCpa !== 'per-product') lines.push(`C = add(C.s, C.c) at drain per ${PLACE[r.finalCpa] ?? r.finalCpa}`);
  return lines;
}
