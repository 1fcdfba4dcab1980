// AST -> IR. Gives meaning to names (did-you-mean on typos), reads the loop nest into loops and
// flows, and reads the statements (the primitives) into the reduction fields:
//   pp = shift(map(B, encode(A, j)), 2*j)        partial products
//   s, c = half_reduce(pp) / p = add(pp)          j reduced by compressors / by CPAs
//   p = add(s, c)                                 a CPA per product
//   C = accumulate(C, p)                          k reduced by a CPA accumulator (binary C)
//   C.s, C.c = accumulate(C, half_reduce(pp))     k reduced in carry-save (OPT1)
//   s[j], c[j] = half_reduce(pp)                  equal bit weights across k (OPT2: j outside k)
//   C = add(C.s, C.c) at drain per pe|row|column  where the final CPA sits
// IR-level rules (architecture, movement, encodings) are in check.ts.
import type { Diagnostic } from '../ir/diagnostic.js';
import {
  ARCHITECTURES, DIGIT_ENCODINGS, MOVEMENTS, PIPELINE_STAGES,
  type Architecture, type CpaPlacement, type Design, type DigitEncoding, type Encoder, type Flow, type IntType, type Loop,
  type LoopVar, type Movement, type OperandName, type PipelineStage, type Placement, type ReductionMode, type Span,
} from '../ir/types.js';
import { digitRadix } from '../ir/derive.js';
import { exprText, lvalueText, type AssignNode, type EngineNode, type Expr, type HeaderItem, type LoopNode, type Stmt, type Word } from './ast.js';
import { diag, unknownName } from './messages.js';

export interface LowerOutput {
  readonly design?: Design;
  readonly diagnostics: Diagnostic[];
  /** Facts that are not IR but that check.ts uses: declared K bound and where types were written. */
  readonly context: CheckContext;
}

export interface CheckContext {
  typeSpans?: { A?: Span; B?: Span; acc?: Span };
  workload?: { k: number; span: Span };
  /**
   * Fields lowering could not read (already reported) and filled with placeholders so the
   * remaining rules still run in the same pass; check.ts skips the rules that depend on them.
   */
  partial?: ReadonlySet<'arch' | 'types' | 'reduction' | 'encoders' | 'flows' | 'loops'>;
}

const LOOP_VARS = ['m', 'n', 'k', 'j', 'i'] as const;
const PRIMITIVES = ['encode', 'map', 'shift', 'half_reduce', 'add', 'accumulate', 'sparse'];
const VALUE_NAMES = ['A', 'B', 'C', 'pp', 's', 'c', 'p'];
const PLACE_WORDS: Record<string, CpaPlacement> = { product: 'per-product', pe: 'per-pe-drain', row: 'per-row', column: 'per-column' };

export const STATEMENT_FORMS = [
  'pp[j] = shift(map(B, encode(A, j)), 2*j)',
  's, c = half_reduce(pp)',
  'p = add(s, c)',
  'p = add(pp)',
  'C = accumulate(C, p)',
  'C.s, C.c = accumulate(C, half_reduce(pp))',
  's[j], c[j] = half_reduce(pp)',
  'C = add(C.s, C.c) at drain per pe',
];

/** Parses `int8` / `uint4` / `int32`; undefined if the word is not an integer type. */
export function parseIntType(word: string): IntType | undefined {
  const m = /^(u?)int(\d{1,3})$/.exec(word);
  return m ? { signed: m[1] === '', bits: Number(m[2]) } : undefined;
}

const isRef = (e: Expr | undefined, name: string, field?: string): boolean =>
  e?.kind === 'ref' && e.name.text === name && (e.field?.text ?? undefined) === field && e.index === undefined;
const isCall = (e: Expr | undefined, callee: string, n?: number): e is Extract<Expr, { kind: 'call' }> =>
  e?.kind === 'call' && e.callee.text === callee && (n === undefined || e.args.length === n);

interface Ctx {
  diags: Diagnostic[];
}

export function lower(ast: EngineNode, file: string): LowerOutput {
  const c: Ctx = { diags: [] };
  const context: CheckContext = { typeSpans: {} };
  const headSpan: Span = ast.name ? { file, start: ast.span.start, end: (ast.arch ?? ast.name).span.end } : ast.span;

  // ---- header ----
  let architecture: Architecture | undefined;
  if (ast.arch) {
    if ((ARCHITECTURES as readonly string[]).includes(ast.arch.text)) architecture = ast.arch.text as Architecture;
    else c.diags.push(unknownName('architecture', ast.arch.text, ARCHITECTURES, ast.arch.span));
  }
  const types: { A?: IntType; B?: IntType; acc?: IntType } = {};
  const encDecls = new Map<OperandName, { scheme?: DigitEncoding; placement?: Placement; span: Span }>();
  let clockNs: number | undefined;
  let technology: string | undefined;
  let pipeline: PipelineStage[] | undefined;
  const seen = new Map<string, Span>();
  const once = (key: string, what: string, span: Span): boolean => {
    const first = seen.get(key);
    if (first) {
      c.diags.push(diag('E0203', span, { what }, { notes: [{ message: 'first declared here', span: first }] }));
      return false;
    }
    seen.set(key, span);
    return true;
  };
  for (const h of ast.header) lowerHeader(h);

  function lowerHeader(h: HeaderItem): void {
    switch (h.kind) {
      case 'type': {
        const op = h.operand.text;
        if (op !== 'A' && op !== 'B' && op !== 'C') {
          c.diags.push(unknownName('operand', op, ['A', 'B', 'C'], h.operand.span, 'A, B (the operands) or C (the accumulator)'));
          return;
        }
        if (!once(`type:${op}`, `the type of ${op}`, h.span)) return;
        const t = parseIntType(h.type.text);
        if (!t) {
          c.diags.push(unknownName('type', h.type.text, ['int4', 'int8', 'int16', 'int32', 'uint4', 'uint8', 'uint16', 'uint32'], h.type.span,
            'intN or uintN, e.g. int8, uint4, int32'));
          return;
        }
        if (op === 'C') { types.acc = t; context.typeSpans!.acc = h.type.span; } else { types[op] = t; context.typeSpans![op] = h.type.span; }
        return;
      }
      case 'encode': {
        const op = h.operand.text;
        if (op !== 'A' && op !== 'B') { c.diags.push(unknownName('operand', op, ['A', 'B'], h.operand.span, 'A or B (an operand to decompose into digits)')); return; }
        if (!once(`encode:${op}`, `the encoding of ${op}`, h.span)) return;
        const e: { scheme?: DigitEncoding; placement?: Placement; span: Span } = { span: h.span };
        if ((DIGIT_ENCODINGS as readonly string[]).includes(h.scheme.text)) e.scheme = h.scheme.text as DigitEncoding;
        else c.diags.push(unknownName('encoding', h.scheme.text, DIGIT_ENCODINGS, h.scheme.span));
        const p = h.place.text;
        if (h.prep === 'in' && p === 'pe') e.placement = 'pe';
        else if (h.prep === 'per' && (p === 'row' || p === 'column' || p === 'group')) e.placement = p;
        else c.diags.push(unknownName('placement', `${h.prep} ${p}`, ['in pe', 'per row', 'per column', 'per group'], h.place.span));
        encDecls.set(op, e);
        return;
      }
      case 'clock':
        if (!once('clock', 'the clock', h.span)) return;
        if (h.unit.text !== 'ns') c.diags.push(unknownName('time unit', h.unit.text, ['ns'], h.unit.span, '`ns` (the clock period in nanoseconds)'));
        if (!(Number.isFinite(h.value.value) && h.value.value > 0)) c.diags.push(diag('E0216', h.value.span, { what: 'the clock period', rule: 'a positive number of nanoseconds', value: h.value.text, expected: 'e.g. `clock 2.0 ns`' }));
        else clockNs = h.value.value;
        return;
      case 'technology':
        if (!once('technology', 'the technology', h.span)) return;
        if (h.value.text.length === 0) c.diags.push(diag('E0216', h.value.span, { what: 'the technology', rule: 'a table name or a path', value: '""', expected: '`technology generic`' }));
        else technology = h.value.text;
        return;
      case 'pipeline': {
        if (!once('pipeline', 'the pipeline', h.span)) return;
        if (h.stages.length === 1 && h.stages[0].text === 'none') { pipeline = []; return; }
        const out: PipelineStage[] = [];
        const firstAt = new Map<string, Span>();
        for (const s of h.stages) {
          if (!(PIPELINE_STAGES as readonly string[]).includes(s.text)) {
            c.diags.push(unknownName('pipeline stage', s.text, [...PIPELINE_STAGES, ...(h.stages.length === 1 ? ['none'] : [])], s.span,
              'operands, partial-products or tree (comma separated), or `none` alone'));
            continue;
          }
          const f = firstAt.get(s.text);
          if (f) { c.diags.push(diag('E0203', s.span, { what: `pipeline stage \`${s.text}\`` }, { notes: [{ message: 'first listed here', span: f }] })); continue; }
          firstAt.set(s.text, s.span);
          out.push(s.text as PipelineStage);
        }
        pipeline = out;
        return;
      }
      case 'workload':
        if (!once('workload', 'the workload bound', h.span)) return;
        if (h.var.text !== 'K') { c.diags.push(unknownName('workload dimension', h.var.text, ['K'], h.var.span, '`K` (the reduction length bound that sizes the accumulator)')); return; }
        if (!(Number.isSafeInteger(h.bound.value) && h.bound.value >= 1)) { c.diags.push(diag('E0216', h.bound.span, { what: 'the K bound', rule: 'a positive integer', value: h.bound.text, expected: 'e.g. `workload K <= 4096`' })); return; }
        context.workload = { k: h.bound.value, span: h.span };
        return;
    }
  }
  for (const [op, what] of [['A', 'the type of operand A'], ['B', 'the type of operand B'], ['C', 'the accumulator type']] as const) {
    if (!seen.has(`type:${op}`)) c.diags.push(diag('E0204', headSpan, { what, expected: `\`${op}: ${op === 'C' ? 'int32' : 'int8'}\` in the header` }));
  }

  // ---- the nest ----
  const chain: LoopNode[] = [];
  const assigns: { node: AssignNode; depth: number; inLoop?: LoopNode; afterLoop: boolean }[] = [];
  const syncs: Span[] = [];
  const loopFirst = new Map<string, LoopNode>();
  walk(ast.body, 0, undefined);

  function walk(stmts: readonly Stmt[], depth: number, parent: LoopNode | undefined): void {
    let loopSeen: LoopNode | undefined;
    for (const s of stmts) {
      if (s.kind === 'loop') {
        if (loopSeen) {
          c.diags.push(diag('E0207', s.headSpan, { a: `${loopSeen.keyword} ${loopSeen.var.text}`, b: `${s.keyword} ${s.var.text}` },
            { notes: [{ message: 'the first loop at this level', span: loopSeen.headSpan }] }));
          continue;
        }
        loopSeen = s;
        if (!(LOOP_VARS as readonly string[]).includes(s.var.text)) {
          c.diags.push(unknownName('loop variable', s.var.text, LOOP_VARS, s.var.span, 'm, n, k (the GEMM loops), j (digits of the encoded operand) or i (digits of the other, bit-slice)'));
        } else {
          const first = loopFirst.get(s.var.text);
          if (first) c.diags.push(diag('E0202', s.headSpan, { name: s.var.text }, { notes: [{ message: `first \`${s.var.text}\` loop here`, span: first.headSpan }] }));
          else loopFirst.set(s.var.text, s);
        }
        chain.push(s);
        walk(s.body, depth + 1, s);
      } else if (s.kind === 'sync') syncs.push(s.span);
      else assigns.push({ node: s, depth, inLoop: parent, afterLoop: loopSeen !== undefined });
    }
  }

  const validChain = chain.filter((l) => (LOOP_VARS as readonly string[]).includes(l.var.text) && loopFirst.get(l.var.text) === l);
  const jIdx = validChain.findIndex((l) => l.var.text === 'j');
  const kIdx = validChain.findIndex((l) => l.var.text === 'k');
  const outer = jIdx >= 0 && kIdx > jIdx;
  // IR order: OPT2's interchange is a reduction order, not a different loop list; j goes back
  // to its classic place (innermost of m/n/k/j, before i).
  const irChain = outer
    ? (() => { const rest = validChain.filter((l) => l.var.text !== 'j'); const iPos = rest.findIndex((l) => l.var.text === 'i'); const at = iPos < 0 ? rest.length : iPos; return [...rest.slice(0, at), validChain[jIdx], ...rest.slice(at)]; })()
    : validChain;

  const flows: Flow[] = [];
  let badFlows = false;
  const flowSeen = new Map<string, Span>();
  let peGroup: number | undefined;
  const loops: Loop[] = irChain.map((l) => {
    const v = l.var.text as LoopVar;
    const mapping = l.keyword === 'forall' ? 'spatial' : 'temporal';
    if (l.size && !(Number.isSafeInteger(l.size.value) && l.size.value >= 1)) {
      c.diags.push(diag('E0216', l.size.span, { what: `the size of loop ${v}`, rule: 'a positive integer', value: l.size.text, expected: `e.g. \`forall ${v} 8\`` }));
    }
    for (const f of l.flows) {
      const op = f.operand.text;
      if (op !== 'A' && op !== 'B' && op !== 'C') { badFlows = true; c.diags.push(unknownName('operand', op, ['A', 'B', 'C'], f.operand.span)); continue; }
      if (!(MOVEMENTS as readonly string[]).includes(f.movement.text)) { badFlows = true; c.diags.push(unknownName('movement', f.movement.text, MOVEMENTS, f.movement.span)); continue; }
      const key = `${op}@${v}`;
      const first = flowSeen.get(key);
      if (first) { c.diags.push(diag('E0203', f.span, { what: `the movement of ${op} along ${v}` }, { notes: [{ message: 'first stated here', span: first }] })); continue; }
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
  if (chain.length === 0) c.diags.push(diag('E0209', headSpan, { name: 'k', hint: 'write the nest, e.g. `for k { forall m 8 (B systolic) { ... } }`' }));

  // Syncs: data-dependent latency needs one; one without it is noise.
  const skipLoop = validChain.find((l) => l.skipZeros);
  if (skipLoop && syncs.length === 0) c.diags.push(diag('E0309', skipLoop.headSpan, { loop: `for ${skipLoop.var.text} skip zeros` }));
  if (!skipLoop) for (const s of syncs) c.diags.push(diag('W0310', s));

  // ---- statements ----
  const loopVarNames = validChain.map((l) => l.var.text);
  /** Reports unknown primitives and names; returns how many it reported. */
  const checkNames = (e: Expr): number => {
    if (e.kind === 'call') {
      let n = 0;
      if (!PRIMITIVES.includes(e.callee.text)) { c.diags.push(unknownName('primitive', e.callee.text, PRIMITIVES, e.callee.span)); n++; }
      for (const a of e.args) n += checkNames(a);
      return n;
    }
    if (e.kind === 'ref') {
      let n = 0;
      const known = [...VALUE_NAMES, ...loopVarNames];
      if (!known.includes(e.name.text)) { c.diags.push(unknownName('name', e.name.text, known, e.name.span, `an operand (A, B, C), a value (pp, s, c, p) or a loop variable (${loopVarNames.join(', ') || 'none declared'})`)); n++; }
      if (e.index && !loopVarNames.includes(e.index.text)) { c.diags.push(unknownName('loop variable', e.index.text, loopVarNames, e.index.span)); n++; }
      return n;
    }
    if (e.kind === 'binop') return checkNames(e.left) + checkNames(e.right);
    return 0;
  };

  // Names some statement tries to define, even one that failed to match: a typo in a
  // definition should not also be reported at every use.
  const lhsNames = new Set(assigns.flatMap((a) => a.node.targets.map((t) => t.name.text)));
  let ppStmt: AssignNode | undefined;
  let jOperand: OperandName | undefined;
  let iOperand: OperandName | undefined;
  let sparse: Design['sparse'];
  let sCs: AssignNode | undefined;
  let sCsJ: AssignNode | undefined;
  let pFromSc: AssignNode | undefined;
  let pFromPp: AssignNode | undefined;
  let acc: { node: AssignNode; k: ReductionMode; value: Expr[] } | undefined;
  let fin: { node: AssignNode; placement?: CpaPlacement } | undefined;

  for (const a of assigns) {
    const n = a.node;
    const unknowns = checkNames(n.value);
    const lhs = n.targets.map(lvalueText).join(', ');
    const v = n.value;
    if (n.targets.length === 1 && n.targets[0].name.text === 'pp' && !n.targets[0].field && isCall(v, 'shift', 2)) {
      if (ppStmt) { c.diags.push(diag('E0203', n.span, { what: 'the partial product `pp`' }, { notes: [{ message: 'first defined here', span: ppStmt.span }] })); continue; }
      ppStmt = n;
      lowerPp(v);
      continue;
    }
    if (n.drain) {
      if (lhs === 'C' && isCall(v, 'add', 2) && isRef(v.args[0], 'C', 's') && isRef(v.args[1], 'C', 'c')) {
        const placement = PLACE_WORDS[n.drain.place.text];
        if (!placement) c.diags.push(unknownName('CPA placement', n.drain.place.text, Object.keys(PLACE_WORDS), n.drain.place.span, '`per pe` (a CPA per PE at drain), `per row` or `per column`'));
        if (fin) c.diags.push(diag('E0203', n.span, { what: 'the drain add' }, { notes: [{ message: 'first here', span: fin.node.span }] }));
        else fin = { node: n, ...(placement ? { placement } : {}) };
        if (a.depth !== 0 || !a.afterLoop) {
          c.diags.push(diag('E0211', n.span, { problem: 'the drain add resolves C once accumulation ends, so it must follow the loop nest', expected: 'the statement after the closing `}` of the outermost loop', hint: 'move it below the nest' }));
        }
        continue;
      }
      c.diags.push(diag('E0208', n.span, { text: `${lhs} = ${exprText(v)} at drain per ${n.drain.place.text}`, expected: '`C = add(C.s, C.c) at drain per pe` (or per row / per column)' }));
      continue;
    }
    if (lhs === 's, c' && isCall(v, 'half_reduce', 1) && isRef(v.args[0], 'pp')) { sCs = n; continue; }
    if (lhs === 's[j], c[j]' && isCall(v, 'half_reduce', 1) && isRef(v.args[0], 'pp')) {
      sCsJ = n;
      if (!outer) c.diags.push(diag('E0211', n.span, { problem: '`s[j], c[j] = half_reduce(pp)` compresses partial products of equal bit weight across k, which needs the j loop outside the k loop', expected: '`forall j D { forall k K { ... } s[j], c[j] = half_reduce(pp) }` (OPT2 order)', hint: 'for the classic order write `s, c = half_reduce(pp)`' }));
      continue;
    }
    if (lhs === 'p' && isCall(v, 'add', 2) && isRef(v.args[0], 's') && isRef(v.args[1], 'c')) { pFromSc = n; continue; }
    if (lhs === 'p' && isCall(v, 'add', 1) && isRef(v.args[0], 'pp')) { pFromPp = n; continue; }
    if ((lhs === 'C' || lhs === 'C.s, C.c') && isCall(v, 'accumulate') && v.args.length >= 2 && isRef(v.args[0], 'C')) {
      if (acc) { c.diags.push(diag('E0210', n.span, { problem: 'C is accumulated twice' }, { notes: [{ message: 'first accumulation here', span: acc.node.span }] })); continue; }
      acc = { node: n, k: lhs === 'C' ? 'cpa' : 'carry-save', value: v.args.slice(1) };
      continue;
    }
    if (unknowns === 0) c.diags.push(diag('E0208', n.span, { text: `${lhs} = ${exprText(v)}`, expected: `one of: ${STATEMENT_FORMS.join(' | ')}` }));
  }

  function lowerPp(v: Extract<Expr, { kind: 'call' }>): void {
    const [mapE, weight] = v.args;
    const bad = () => c.diags.push(diag('E0208', v.span, { text: exprText(v), expected: '`shift(map(B, encode(A, j)), 2*j)`, `shift(map(B, sparse(encode(A, j), 4)), 2*j)` or `shift(map(encode(B, i), encode(A, j)), 2*j + 2*i)`' }));
    if (!isCall(mapE, 'map', 2)) { bad(); return; }
    let [other, digit] = mapE.args;
    if (isCall(digit, 'sparse', 2)) {
      const g = digit.args[1];
      if (g.kind !== 'num' || !Number.isSafeInteger(g.value) || g.value < 1) {
        c.diags.push(diag('E0216', g.span, { what: 'the sparse group', rule: 'a positive integer number of k-elements', value: exprText(g), expected: '`sparse(encode(A, j), 4)`' }));
      } else sparse = { groupSize: g.value, span: digit.span };
      digit = digit.args[0];
    }
    const enc = (e: Expr, v: string): OperandName | undefined => {
      if (!isCall(e, 'encode', 2)) return undefined;
      const [o, d] = e.args;
      if (o.kind !== 'ref' || (o.name.text !== 'A' && o.name.text !== 'B') || o.field || o.index) return undefined;
      if (!isRef(d, v)) { if (d.kind === 'ref') return o.name.text; return undefined; }
      return o.name.text;
    };
    jOperand = enc(digit, 'j');
    if (!jOperand) { bad(); return; }
    if (isCall(other, 'encode', 2)) {
      iOperand = enc(other, 'i');
      if (!iOperand) { bad(); return; }
    } else if (other.kind !== 'ref' || (other.name.text !== 'A' && other.name.text !== 'B')) { bad(); return; }
    const otherName = iOperand ?? (other.kind === 'ref' ? other.name.text : undefined);
    if (otherName === jOperand) {
      c.diags.push(diag('E0217', mapE.span, { problem: `map multiplies ${jOperand} by digits of ${jOperand}`, expected: `map(${jOperand === 'A' ? 'B' : 'A'}, encode(${jOperand}, j))`, hint: 'a partial product is a digit of one operand times the other operand' }));
      return;
    }
    // The shift must weight digit j (and i) by the radix of its encoding.
    const term = (o: OperandName, v: string): string | undefined => {
      const s = encDecls.get(o)?.scheme;
      if (!s) return undefined;
      return digitRadix(s) === 4 ? `2*${v}` : v;
    };
    const tj = term(jOperand, 'j');
    const ti = iOperand ? term(iOperand, 'i') : '';
    if (tj !== undefined && ti !== undefined) {
      const want = ti ? `${tj} + ${ti}` : tj;
      if (exprText(weight) !== want) {
        const s = encDecls.get(jOperand)!.scheme!;
        c.diags.push(diag('E0215', weight.span, { found: exprText(weight), v: 'j', scheme: s, radix: digitRadix(s), expected: want }));
      }
    }
  }

  if (!ppStmt) c.diags.push(diag('E0204', headSpan, { what: 'the partial-product statement', expected: '`pp[j] = shift(map(B, encode(A, j)), 2*j)` in the innermost loop' }));

  // Reduction fields from the statements.
  let jMode: ReductionMode | undefined;
  let kMode: ReductionMode | undefined;
  let finalCpa: CpaPlacement | undefined;
  if (acc) {
    kMode = acc.k;
    const val = acc.value;
    const one = val.length === 1 ? val[0] : undefined;
    const badAcc = () => c.diags.push(diag('E0208', acc!.node.span, { text: `${acc!.node.targets.map(lvalueText).join(', ')} = ${exprText(acc!.node.value)}`,
      expected: outer ? '`C.s, C.c = accumulate(C, half_reduce(s, c))` or `C = accumulate(C, p)` with `p = add(s, c)`'
        : '`C = accumulate(C, p)`, `C.s, C.c = accumulate(C, half_reduce(pp))`, `C.s, C.c = accumulate(C, pp)` or `C.s, C.c = accumulate(C, s, c)`' }));
    if (outer) {
      if (!sCsJ) c.diags.push(diag('E0211', acc.node.span, { problem: 'with the j loop outside the k loop (OPT2 order), equal bit weights must be compressed across k', expected: '`s[j], c[j] = half_reduce(pp)` in the j loop, after the k loop', hint: 'or put the j loop back inside the k loop' }));
      if (one && isCall(one, 'half_reduce', 2) && isRef(one.args[0], 's') && isRef(one.args[1], 'c')) jMode = 'carry-save';
      else if (isRef(one, 'p') && pFromSc) jMode = 'cpa';
      else badAcc();
    } else if (isRef(one, 'p')) {
      if (pFromPp) jMode = 'cpa';
      else if (pFromSc) {
        if (!sCs && !lhsNames.has('s')) c.diags.push(unknownName('name', 's', ['pp'], pFromSc.value.span, 'a value defined earlier: `s, c = half_reduce(pp)`'));
        jMode = 'carry-save';
        if (acc.k === 'carry-save') c.diags.push(diag('E0212', acc.node.span));
      } else if (!lhsNames.has('p')) c.diags.push(diag('E0211', one!.span, { problem: '`p` is used but never defined', expected: '`p = add(s, c)` (a CPA per product) or `p = add(pp)` before the accumulation', hint: 'define the product before accumulating it' }));
    } else if (isRef(one, 'pp')) {
      jMode = acc.k;
    } else if (one && isCall(one, 'half_reduce', 1) && isRef(one.args[0], 'pp')) {
      jMode = 'carry-save';
      if (acc.k === 'cpa') c.diags.push(diag('E0211', acc.node.span, { problem: 'a binary accumulator (`C = ...`) cannot take a carry-save pair directly', expected: '`C.s, C.c = accumulate(C, half_reduce(pp))` or `p = add(s, c)` then `C = accumulate(C, p)`', hint: 'resolve the product with add first, or keep C in carry-save' }));
    } else if (val.length === 2 && isRef(val[0], 's') && isRef(val[1], 'c')) {
      jMode = 'carry-save';
      if (!sCs && !lhsNames.has('s')) c.diags.push(diag('E0211', acc.node.span, { problem: '`s` and `c` are used but never defined', expected: '`s, c = half_reduce(pp)` before the accumulation', hint: 'compress the partial products first' }));
      if (acc.k === 'cpa') c.diags.push(diag('E0211', acc.node.span, { problem: 'a binary accumulator (`C = ...`) cannot take a carry-save pair directly', expected: '`C.s, C.c = accumulate(C, s, c)`', hint: 'resolve the product with `p = add(s, c)` first, or keep C in carry-save' }));
    } else badAcc();
    if (kMode === 'carry-save' && !fin) {
      c.diags.push(diag('E0211', acc.node.span, { problem: 'the carry-save accumulator C.s, C.c is never resolved to binary', expected: '`C = add(C.s, C.c) at drain per pe` after the nest (or per row / per column)', hint: 'OPT1 moves the CPA out of the k loop; it still has to exist once' }));
    }
    if (kMode === 'cpa' && fin) {
      c.diags.push(diag('E0211', fin.node.span, { problem: 'C is already binary (`C = accumulate(C, p)` resolves it every step), so there is nothing to add at drain', expected: 'no drain add, or a carry-save accumulator `C.s, C.c = accumulate(C, ...)`', hint: 'remove this line or keep C in carry-save' }));
    }
    finalCpa = fin ? fin.placement : 'per-product';
  }
  if (outer && sCs) c.diags.push(diag('E0211', sCs.span, { problem: 'with the j loop outside the k loop the partial products are compressed per bit weight', expected: '`s[j], c[j] = half_reduce(pp)`', hint: 'index s and c by j' }));

  // Encoders: the j operand's first, then the i operand's.
  const encoders: Encoder[] = [];
  const addEnc = (o: OperandName | undefined, loopName: string) => {
    if (!o) return;
    const e = encDecls.get(o);
    if (!e) { c.diags.push(diag('E0217', ppStmt?.span ?? headSpan, { problem: `the nest encodes ${o} (loop ${loopName}) but the header does not say how`, expected: `\`encode ${o} booth4 in pe\` (binary | booth4 | ent; in pe | per row | per column | per group)`, hint: 'add an encode line to the header' })); return; }
    if (e.scheme && e.placement) encoders.push({ operand: o, scheme: e.scheme, placement: e.placement, span: e.span });
  };
  addEnc(jOperand, 'j');
  addEnc(iOperand, 'i');
  for (const [o, e] of [...encDecls.entries()].sort()) {
    if (ppStmt && o !== jOperand && o !== iOperand) c.diags.push(diag('E0217', e.span, { problem: `${o} is declared as encoded but the nest never encodes it`, expected: iOperand ? 'one encode line per encoded operand' : `\`encode(${o}, i)\` in the partial product and an i loop (bit-slice), or no encode line for ${o}`, hint: `remove \`encode ${o} ...\`` }));
  }
  if (!encDecls.size && !ppStmt) c.diags.push(diag('E0204', headSpan, { what: 'the encoding of A', expected: '`encode A booth4 in pe` in the header' }));

  const partial = new Set<'arch' | 'types' | 'reduction' | 'encoders' | 'flows' | 'loops'>();
  if (badFlows) partial.add('flows');
  if (validChain.length !== chain.length) partial.add('loops');
  if (!architecture) partial.add('arch');
  if (!types.A || !types.B || !types.acc) partial.add('types');
  if (!jMode || !kMode || !finalCpa || !acc) partial.add('reduction');
  if (encoders.length === 0) partial.add('encoders');
  context.partial = partial;
  if (!acc && !c.diags.some((d) => d.code === 'E0208' || d.code === 'E0201') && ppStmt) c.diags.push(diag('E0210', ppStmt.span, { problem: 'the nest never accumulates into C' }));
  const name = ast.name?.text ?? 'engine';
  const design: Design = {
    irVersion: 1,
    name,
    ...(ast.doc !== undefined ? { doc: ast.doc } : {}),
    architecture: architecture ?? 'systolic-os',
    types: { A: types.A ?? { signed: true, bits: 8 }, B: types.B ?? { signed: true, bits: 8 }, acc: types.acc ?? { signed: true, bits: 32 } },
    encoders,
    loops,
    flows,
    reduction: { j: jMode ?? 'carry-save', k: kMode ?? 'cpa', order: outer ? 'bitweight-outer' : 'bitweight-inner', finalCpa: finalCpa ?? 'per-product', span: acc?.node.span ?? headSpan },
    ...(sparse ? { sparse } : {}),
    ...(peGroup !== undefined ? { peGroup } : {}),
    pipeline: pipeline ?? [],
    clockNs: clockNs ?? 2.0,
    technology: technology ?? 'generic',
    span: headSpan,
  };
  return { design, diagnostics: c.diags, context };
}
