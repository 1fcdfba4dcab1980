// AST -> IR. The header (lower-header.ts) gives types and encodings; the loop nest gives loops,
// movements and the PE group (here); the statements (lower-statements.ts) are read as the
// primitives they are and give the reduction fields:
//   pp = shift(map(B, encode(A, j)), 2*j)        partial products
//   s, c = half_reduce(pp) / p = add(pp)          j reduced by compressors / by CPAs
//   p = add(s, c)                                 a CPA per product
//   C = accumulate(C, p)                          k reduced by a CPA accumulator (binary C)
//   C.s, C.c = accumulate(C, half_reduce(pp))     k reduced in carry-save (OPT1)
//   s[j], c[j] = half_reduce(pp)                  equal bit weights across k (OPT2: j outside k)
//   C = add(C.s, C.c) at drain per pe|row|column  where the final CPA sits
//   C = add(C.s, C.c) at drain shared N           or a resolve stage of N lanes outside the array
// IR-level rules (architecture, movement, encodings) are in ir/check.ts.
import type { Diagnostic } from '../ir/diagnostic.js';
import {
  MOVEMENTS,
  type Architecture,
  type Design,
  type Encoder,
  type Flow,
  type Loop,
  type LoopVar,
  type Movement,
  type OperandName,
  type Span,
} from '../ir/types.js';
import type { EngineNode, LoopNode, Stmt } from './ast.js';
import { architectureDef } from '../ir/architectures.js';
import type { PartialField } from '../ir/check.js';
import { lowerHeader } from './lower-header.js';
import { lvalueText, type AssignNode } from './ast.js';
import { readStatements, type PlacedAssign, type StatementRole } from './lower-statements.js';
import { diag, unknownName } from './messages.js';

export { parseIntType } from './lower-header.js';
export { STATEMENT_FORMS } from './lower-statements.js';

export interface LowerOutput {
  readonly design?: Design;
  readonly diagnostics: Diagnostic[];
  /**
   * Fields lowering could not read (already reported) and filled with placeholders so the
   * remaining rules still run in the same pass; ir/check.ts skips the rules that depend on them.
   */
  readonly partial: ReadonlySet<PartialField>;
}

const LOOP_VARS = ['m', 'n', 'k', 'j', 'i'] as const;

interface Ctx {
  diags: Diagnostic[];
}

export function lower(ast: EngineNode, file: string): LowerOutput {
  const c: Ctx = { diags: [] };
  const headSpan: Span = ast.name ? { file, start: ast.span.start, end: (ast.arch ?? ast.name).span.end } : ast.span;

  const hf = lowerHeader(ast, headSpan, c);
  const { architecture, types, encDecls, clockNs, technology, pipeline } = hf;

  // ---- the nest ----
  const chain: LoopNode[] = [];
  const assigns: PlacedAssign[] = [];
  const syncs: { span: Span; depth: number; afterLoop: boolean }[] = [];
  const loopFirst = new Map<string, LoopNode>();
  walk(ast.body, 0);

  function walk(stmts: readonly Stmt[], depth: number): void {
    let loopSeen: LoopNode | undefined;
    for (const s of stmts) {
      if (s.kind === 'loop') {
        if (loopSeen) {
          c.diags.push(
            diag(
              'E0207',
              s.headSpan,
              { a: `${loopSeen.keyword} ${loopSeen.var.text}`, b: `${s.keyword} ${s.var.text}` },
              { notes: [{ message: 'the first loop at this level', span: loopSeen.headSpan }] },
            ),
          );
          continue;
        }
        loopSeen = s;
        if (!(LOOP_VARS as readonly string[]).includes(s.var.text)) {
          c.diags.push(
            unknownName(
              'loop variable',
              s.var.text,
              LOOP_VARS,
              s.var.span,
              'm, n, k (the GEMM loops), j (digits of the encoded operand) or i (digits of the other, bit-slice)',
            ),
          );
        } else {
          const first = loopFirst.get(s.var.text);
          if (first)
            c.diags.push(
              diag(
                'E0202',
                s.headSpan,
                { name: s.var.text },
                { notes: [{ message: `first \`${s.var.text}\` loop here`, span: first.headSpan }] },
              ),
            );
          else loopFirst.set(s.var.text, s);
        }
        chain.push(s);
        walk(s.body, depth + 1);
      } else if (s.kind === 'sync') syncs.push({ span: s.span, depth, afterLoop: loopSeen !== undefined });
      else assigns.push({ node: s, depth, afterLoop: loopSeen !== undefined });
    }
  }

  const validChain = chain.filter((l) => (LOOP_VARS as readonly string[]).includes(l.var.text) && loopFirst.get(l.var.text) === l);
  const jIdx = validChain.findIndex((l) => l.var.text === 'j');
  const kIdx = validChain.findIndex((l) => l.var.text === 'k');
  const outer = jIdx >= 0 && kIdx > jIdx;
  // IR order: OPT2's interchange is a reduction order, not a different loop list; j goes back
  // to its classic place (innermost of m/n/k/j, before i).
  const irChain = outer
    ? (() => {
        const rest = validChain.filter((l) => l.var.text !== 'j');
        const iPos = rest.findIndex((l) => l.var.text === 'i');
        const at = iPos < 0 ? rest.length : iPos;
        return [...rest.slice(0, at), validChain[jIdx], ...rest.slice(at)];
      })()
    : validChain;

  const flows: Flow[] = [];
  let badFlows = false;
  const flowSeen = new Map<string, Span>();
  let peGroup: number | undefined;
  const loops: Loop[] = irChain.map((l) => {
    const v = l.var.text as LoopVar;
    const mapping = l.keyword === 'forall' ? 'spatial' : 'temporal';
    if (l.size && !(Number.isSafeInteger(l.size.value) && l.size.value >= 1)) {
      c.diags.push(
        diag('E0216', l.size.span, {
          what: `the size of loop ${v}`,
          rule: 'a positive integer',
          value: l.size.text,
          expected: `e.g. \`forall ${v} 8\``,
        }),
      );
    }
    for (const f of l.flows) {
      const op = f.operand.text;
      if (op !== 'A' && op !== 'B' && op !== 'C') {
        badFlows = true;
        c.diags.push(unknownName('operand', op, ['A', 'B', 'C'], f.operand.span));
        continue;
      }
      if (!(MOVEMENTS as readonly string[]).includes(f.movement.text)) {
        badFlows = true;
        c.diags.push(unknownName('movement', f.movement.text, MOVEMENTS, f.movement.span));
        continue;
      }
      const key = `${op}@${v}`;
      const first = flowSeen.get(key);
      if (first) {
        c.diags.push(
          diag('E0203', f.span, { what: `the movement of ${op} along ${v}` }, { notes: [{ message: 'first stated here', span: first }] }),
        );
        continue;
      }
      flowSeen.set(key, f.span);
      flows.push({ operand: op, along: v, movement: f.movement.text as Movement, span: f.span });
    }
    if (l.group) {
      if (v !== 'k' || mapping !== 'spatial') c.diags.push(diag('E0213', l.group.span, { loop: `${l.keyword} ${v}` }));
      else peGroup = l.group.size?.value ?? l.size?.value;
    }
    const size = l.size && Number.isSafeInteger(l.size.value) && l.size.value >= 1 ? l.size.value : undefined;
    return { var: v, mapping, ...(size !== undefined ? { size } : {}), ...(l.skipZeros ? { skipZeros: true } : {}), span: l.headSpan };
  });
  if (chain.length === 0)
    c.diags.push(diag('E0209', headSpan, { name: 'k', hint: 'write the nest, e.g. `for k { forall m 8 (B systolic) { ... } }`' }));

  // Syncs: data-dependent latency needs one; one without it is noise.
  const skipLoop = validChain.find((l) => l.skipZeros);
  if (skipLoop && syncs.length === 0) c.diags.push(diag('E0309', skipLoop.headSpan, { loop: `for ${skipLoop.var.text} skip zeros` }));
  if (!skipLoop) for (const s of syncs) c.diags.push(diag('W0310', s.span));

  const sf = readStatements({ assigns, loopVarNames: validChain.map((l) => l.var.text), outer, encDecls, headSpan }, c);
  const { ppStmt, jOperand, iOperand, sparse, jMode, kMode, finalCpa, lanes, acc } = sf;
  if (validChain.length === chain.length && chain.length > 0) checkPlacement(chain, assigns, sf.roles, syncs, outer, c.diags);

  // Encoders: the j operand's first, then the i operand's.
  const encoders: Encoder[] = [];
  const addEnc = (o: OperandName | undefined, loopName: string) => {
    if (!o) return;
    const e = encDecls.get(o);
    if (!e) {
      c.diags.push(
        diag('E0217', ppStmt?.span ?? headSpan, {
          problem: `the nest encodes ${o} (loop ${loopName}) but the header does not say how`,
          expected: `\`encode ${o} booth4 in pe\` (binary | booth4 | ent; in pe | per row | per column | per group)`,
          hint: 'add an encode line to the header',
        }),
      );
      return;
    }
    if (e.scheme && e.placement) encoders.push({ operand: o, scheme: e.scheme, placement: e.placement, span: e.span });
  };
  addEnc(jOperand, 'j');
  addEnc(iOperand, 'i');
  for (const [o, e] of [...encDecls.entries()].sort()) {
    if (ppStmt && o !== jOperand && o !== iOperand)
      c.diags.push(
        diag('E0217', e.span, {
          problem: `${o} is declared as encoded but the nest never encodes it`,
          expected: iOperand
            ? 'one encode line per encoded operand'
            : `\`encode(${o}, i)\` in the partial product and an i loop (bit-slice), or no encode line for ${o}`,
          hint: `remove \`encode ${o} ...\``,
        }),
      );
  }
  if (!encDecls.size && !ppStmt)
    c.diags.push(diag('E0204', headSpan, { what: 'the encoding of A', expected: '`encode A booth4 in pe` in the header' }));

  const partial = new Set<PartialField>();
  if (badFlows) partial.add('flows');
  if (validChain.length !== chain.length || chain.length === 0) partial.add('loops');
  if (!architecture) partial.add('arch');
  if (!types.A || !types.B || !types.acc) partial.add('types');
  if (!jMode || !kMode || !finalCpa || !acc) partial.add('reduction');
  if (encoders.length === 0) partial.add('encoders');
  if (!acc && !c.diags.some((d) => d.code === 'E0208' || d.code === 'E0201') && ppStmt)
    c.diags.push(diag('E0210', ppStmt.span, { problem: 'the nest never accumulates into C' }));
  const name = ast.name?.text ?? 'engine';
  const design: Design = {
    irVersion: 1,
    name,
    ...(ast.doc !== undefined ? { doc: ast.doc } : {}),
    architecture: architecture ?? 'systolic-os',
    types: {
      A: types.A ?? { signed: true, bits: 8 },
      B: types.B ?? { signed: true, bits: 8 },
      acc: types.acc ?? { signed: true, bits: 32 },
    },
    typeSpans: hf.typeSpans,
    ...(ast.name ? { nameSpan: ast.name.span } : {}),
    ...(hf.technologySpan ? { technologySpan: hf.technologySpan } : {}),
    encoders,
    loops,
    flows: architecture ? canonicalFlowOrder(flows, architecture) : flows,
    reduction: {
      j: jMode ?? 'carry-save',
      k: kMode ?? 'cpa',
      order: outer ? 'bitweight-outer' : 'bitweight-inner',
      finalCpa: finalCpa ?? 'per-product',
      ...(lanes !== undefined ? { lanes } : {}),
      span: acc?.node.span ?? headSpan,
    },
    ...(sparse ? { sparse } : {}),
    ...(peGroup !== undefined ? { peGroup } : {}),
    pipeline: pipeline ?? [],
    clockNs: clockNs ?? 2.0,
    technology: technology ?? 'generic',
    ...(hf.workload ? { workload: hf.workload } : {}),
    span: headSpan,
  };
  return { design, diagnostics: c.diags, partial };
}

/**
 * Flows are a set, written on the loops they move along; the IR lists them in the order
 * ir/architectures.ts gives for the architecture (others after, as written), so a parsed example is
 * field-for-field equal to its preset, not just equal as a set.
 */
function canonicalFlowOrder(flows: readonly Flow[], arch: Architecture): Flow[] {
  const order = architectureDef(arch).flows.map((f) => `${f.operand}@${f.along}`);
  const rank = (f: Flow) => {
    const i = order.indexOf(`${f.operand}@${f.along}`);
    return i < 0 ? order.length : i;
  };
  return flows
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map((x) => x.f);
}

/**
 * Where each primitive belongs, as the printer writes it: the partial products in the innermost
 * loop; the product's reduction after the spatial digit loops it reduces (or inside the
 * innermost temporal one, one digit per cycle); with OPT2's order, the per-weight compression
 * inside j after the k loop and the combination after j; `sync` after the zero-skipping loop.
 */
function checkPlacement(
  chain: readonly LoopNode[],
  assigns: readonly PlacedAssign[],
  roles: ReadonlyMap<AssignNode, StatementRole>,
  syncs: readonly { span: Span; depth: number; afterLoop: boolean }[],
  outer: boolean,
  diags: Diagnostic[],
): void {
  const n = chain.length;
  const head = (l: LoopNode) => `\`${l.keyword} ${l.var.text}${l.size ? ` ${l.size.text}` : ''}\``;
  const inside = (d: number) => (d === 0 ? 'at the engine level' : `inside ${head(chain[d - 1])}`);
  const place = (d: number, after: boolean) => (after && chain[d] ? `${inside(d)}, after ${head(chain[d])}` : inside(d));
  const jPos = chain.findIndex((l) => l.var.text === 'j');
  let prod = n;
  while (!outer && prod > 0 && ['j', 'i'].includes(chain[prod - 1].var.text) && chain[prod - 1].keyword === 'forall') prod--;
  const want: Record<Exclude<StatementRole, 'drain'>, { depth: number; after: boolean; why: string }> = {
    pp: { depth: n, after: false, why: 'a partial product is formed for every digit, in the innermost loop' },
    reduce: outer
      ? { depth: jPos, after: true, why: 'with j outside k the weights are combined once, after the j loop' }
      : prod < n
        ? { depth: prod, after: true, why: 'a product is reduced once all its digits exist, after the spatial digit loop' }
        : { depth: n, after: false, why: 'a temporal digit loop accumulates one digit per cycle, inside it' },
    weight: { depth: jPos + 1, after: true, why: 'equal bit weights are compressed across k, after the k loop inside j' },
  };
  for (const a of assigns) {
    const role = roles.get(a.node);
    if (!role || role === 'drain') continue;
    const w = want[role];
    if (a.depth !== w.depth || (w.after && !a.afterLoop && chain[w.depth] !== undefined)) {
      diags.push(
        diag('E0218', a.node.span, {
          what: `\`${lvalueText(a.node.targets[0])}${a.node.targets.length > 1 ? ', ...' : ''} = ...\``,
          expected: place(w.depth, w.after),
          hint: w.why,
        }),
      );
    }
  }
  const skipAt = chain.findIndex((l) => l.skipZeros !== undefined);
  if (skipAt >= 0) {
    for (const s of syncs) {
      if (s.depth !== skipAt || !s.afterLoop)
        diags.push(
          diag('E0218', s.span, {
            what: '`sync`',
            expected: place(skipAt, true),
            hint: 'the PEs wait for the slowest once the zero-skipping loop ends',
          }),
        );
    }
  }
}
