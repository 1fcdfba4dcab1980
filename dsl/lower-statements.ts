// The statements of the nest, read as the primitives they are: which values are formed
// (pp, s/c, p), how C accumulates and where the final CPA sits give the reduction fields.
// Anything else is reported with the forms that are understood.
import type { Diagnostic } from '../ir/diagnostic.js';
import { digitRadix } from '../ir/derive.js';
import type { CpaPlacement, Design, OperandName, ReductionMode, Span } from '../ir/types.js';
import { exprText, lvalueText, type AssignNode, type Expr } from './ast.js';
import type { EncoderDecl } from './lower-header.js';
import { diag, unknownName } from './messages.js';

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
  'C = add(C.s, C.c) at drain shared 8',
];

const isRef = (e: Expr | undefined, name: string, field?: string): boolean =>
  e?.kind === 'ref' && e.name.text === name && (e.field?.text ?? undefined) === field && e.index === undefined;
const isCall = (e: Expr | undefined, callee: string, n?: number): e is Extract<Expr, { kind: 'call' }> =>
  e?.kind === 'call' && e.callee.text === callee && (n === undefined || e.args.length === n);

export interface PlacedAssign {
  readonly node: AssignNode;
  /** Loops around it (0: the engine body). */
  readonly depth: number;
  /** Whether a loop precedes it at its level. */
  readonly afterLoop: boolean;
}

export interface StatementInput {
  readonly assigns: readonly PlacedAssign[];
  readonly loopVarNames: readonly string[];
  /** j encloses k (OPT2's bit-weight-outer order). */
  readonly outer: boolean;
  readonly encDecls: ReadonlyMap<OperandName, EncoderDecl>;
  readonly headSpan: Span;
}

export interface StatementFacts {
  ppStmt?: AssignNode;
  jOperand?: OperandName;
  iOperand?: OperandName;
  sparse?: Design['sparse'];
  jMode?: ReductionMode;
  kMode?: ReductionMode;
  finalCpa?: CpaPlacement;
  /** `at drain shared N`: the resolve stage's lanes. */
  lanes?: number;
  acc?: { node: AssignNode; k: ReductionMode; value: Expr[] };
  /** What each recognized statement is, for the placement rules in lower.ts. */
  roles: Map<AssignNode, StatementRole>;
}

/** pp: partial products; reduce: s/c, p and the accumulation; weight: s[j], c[j]; drain. */
export type StatementRole = 'pp' | 'reduce' | 'weight' | 'drain';

export function readStatements(input: StatementInput, c: { diags: Diagnostic[] }): StatementFacts {
  const { assigns, outer, encDecls, headSpan } = input;
  const roles = new Map<AssignNode, StatementRole>();
  const loopVarNames = [...input.loopVarNames];
  /** Reports unknown primitives and names; returns how many it reported. */
  const checkNames = (e: Expr): number => {
    if (e.kind === 'call') {
      let n = 0;
      if (!PRIMITIVES.includes(e.callee.text)) {
        c.diags.push(unknownName('primitive', e.callee.text, PRIMITIVES, e.callee.span));
        n++;
      }
      for (const a of e.args) n += checkNames(a);
      return n;
    }
    if (e.kind === 'ref') {
      let n = 0;
      const known = [...VALUE_NAMES, ...loopVarNames];
      if (!known.includes(e.name.text)) {
        c.diags.push(
          unknownName(
            'name',
            e.name.text,
            known,
            e.name.span,
            `an operand (A, B, C), a value (pp, s, c, p) or a loop variable (${loopVarNames.join(', ') || 'none declared'})`,
          ),
        );
        n++;
      }
      if (e.index && !loopVarNames.includes(e.index.text)) {
        c.diags.push(unknownName('loop variable', e.index.text, loopVarNames, e.index.span));
        n++;
      }
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
  let fin: { node: AssignNode; placement?: CpaPlacement; lanes?: number } | undefined;

  for (const a of assigns) {
    const n = a.node;
    const unknowns = checkNames(n.value);
    const lhs = n.targets.map(lvalueText).join(', ');
    const v = n.value;
    if (n.targets.length === 1 && n.targets[0].name.text === 'pp' && !n.targets[0].field && isCall(v, 'shift', 2)) {
      if (ppStmt) {
        c.diags.push(
          diag('E0203', n.span, { what: 'the partial product `pp`' }, { notes: [{ message: 'first defined here', span: ppStmt.span }] }),
        );
        continue;
      }
      ppStmt = n;
      roles.set(n, 'pp');
      // `pp[k] = ...` is not read as `pp[j]`: partial products are indexed by the digit.
      const ix = n.targets[0].index;
      if (ix && ix.text !== 'j')
        c.diags.push(
          diag('E0217', ix.span, {
            problem: `the partial products are indexed by \`${ix.text}\``,
            expected: '`pp[j]`',
            hint: 'pp[j] is the partial product of digit j, so its index is the bit-weight loop `j`',
          }),
        );
      lowerPp(v);
      continue;
    }
    if (n.drain) {
      if (lhs === 'C' && isCall(v, 'add', 2) && isRef(v.args[0], 'C', 's') && isRef(v.args[1], 'C', 'c')) {
        const dr = n.drain;
        let placement: CpaPlacement | undefined;
        let lanes: number | undefined;
        if (dr.per) {
          placement = PLACE_WORDS[dr.place.text];
          if (!placement)
            c.diags.push(
              unknownName(
                'CPA placement',
                dr.place.text,
                Object.keys(PLACE_WORDS),
                dr.place.span,
                '`per pe` (a CPA per PE at drain), `per row`, `per column`, or `shared N` (a resolve stage of N lanes)',
              ),
            );
        } else if (dr.place.text === 'shared') {
          placement = 'shared';
          lanes = dr.lanes?.value;
          if (lanes === undefined || !Number.isSafeInteger(lanes) || lanes < 1) {
            c.diags.push(
              diag('E0216', dr.lanes?.span ?? dr.span, {
                what: 'the lanes of the shared resolve stage',
                rule: 'a positive integer',
                value: dr.lanes?.text ?? '(none)',
                expected: '`at drain shared 8`',
              }),
            );
            lanes = undefined;
          }
        } else
          c.diags.push(
            unknownName(
              'CPA placement',
              dr.place.text,
              ['shared'],
              dr.place.span,
              '`shared N` (a resolve stage of N CPA lanes outside the array), or `per pe` / `per row` / `per column`',
            ),
          );
        if (fin)
          c.diags.push(diag('E0203', n.span, { what: 'the drain add' }, { notes: [{ message: 'first here', span: fin.node.span }] }));
        else {
          fin = { node: n, ...(placement ? { placement } : {}), ...(lanes !== undefined ? { lanes } : {}) };
          roles.set(n, 'drain');
        }
        if (a.depth !== 0 || !a.afterLoop) {
          c.diags.push(
            diag('E0211', n.span, {
              problem: 'the drain add resolves C once accumulation ends, so it must follow the loop nest',
              expected: 'the statement after the closing `}` of the outermost loop',
              hint: 'move it below the nest',
            }),
          );
        }
        continue;
      }
      c.diags.push(
        diag('E0208', n.span, {
          text: `${lhs} = ${exprText(v)} at drain ${n.drain.per ? 'per ' : ''}${n.drain.place.text}${n.drain.lanes ? ` ${n.drain.lanes.text}` : ''}`,
          expected: '`C = add(C.s, C.c) at drain per pe` (or per row / per column / shared N)',
        }),
      );
      continue;
    }
    if (lhs === 's, c' && isCall(v, 'half_reduce', 1) && isRef(v.args[0], 'pp')) {
      sCs = n;
      roles.set(n, 'reduce');
      continue;
    }
    if (lhs === 's[j], c[j]' && isCall(v, 'half_reduce', 1) && isRef(v.args[0], 'pp')) {
      sCsJ = n;
      roles.set(n, 'weight');
      if (!outer)
        c.diags.push(
          diag('E0211', n.span, {
            problem:
              '`s[j], c[j] = half_reduce(pp)` compresses partial products of equal bit weight across k, which needs the j loop outside the k loop',
            expected: '`forall j D { forall k K { ... } s[j], c[j] = half_reduce(pp) }` (OPT2 order)',
            hint: 'for the classic order write `s, c = half_reduce(pp)`',
          }),
        );
      continue;
    }
    if (lhs === 'p' && isCall(v, 'add', 2) && isRef(v.args[0], 's') && isRef(v.args[1], 'c')) {
      pFromSc = n;
      roles.set(n, 'reduce');
      continue;
    }
    if (lhs === 'p' && isCall(v, 'add', 1) && isRef(v.args[0], 'pp')) {
      pFromPp = n;
      roles.set(n, 'reduce');
      continue;
    }
    if ((lhs === 'C' || lhs === 'C.s, C.c') && isCall(v, 'accumulate') && v.args.length >= 2 && isRef(v.args[0], 'C')) {
      if (acc) {
        c.diags.push(
          diag(
            'E0210',
            n.span,
            { problem: 'C is accumulated twice' },
            { notes: [{ message: 'first accumulation here', span: acc.node.span }] },
          ),
        );
        continue;
      }
      acc = { node: n, k: lhs === 'C' ? 'cpa' : 'carry-save', value: v.args.slice(1) };
      roles.set(n, 'reduce');
      continue;
    }
    if (unknowns === 0)
      c.diags.push(diag('E0208', n.span, { text: `${lhs} = ${exprText(v)}`, expected: `one of: ${STATEMENT_FORMS.join(' | ')}` }));
  }

  function lowerPp(v: Extract<Expr, { kind: 'call' }>): void {
    const [mapE, weight] = v.args;
    const bad = () =>
      c.diags.push(
        diag('E0208', v.span, {
          text: exprText(v),
          expected:
            '`shift(map(B, encode(A, j)), 2*j)`, `shift(map(B, sparse(encode(A, j), 4)), 2*j)` or `shift(map(encode(B, i), encode(A, j)), 2*j + 2*i)`',
        }),
      );
    if (!isCall(mapE, 'map', 2)) {
      bad();
      return;
    }
    let [other, digit] = mapE.args;
    if (isCall(digit, 'sparse', 2)) {
      const g = digit.args[1];
      if (g.kind !== 'num' || !Number.isSafeInteger(g.value) || g.value < 1) {
        c.diags.push(
          diag('E0216', g.span, {
            what: 'the sparse group',
            rule: 'a positive integer number of k-elements',
            value: exprText(g),
            expected: '`sparse(encode(A, j), 4)`',
          }),
        );
      } else sparse = { groupSize: g.value, span: digit.span };
      digit = digit.args[0];
    }
    const enc = (e: Expr, v: string): OperandName | undefined => {
      if (!isCall(e, 'encode', 2)) return undefined;
      const [o, d] = e.args;
      if (o.kind !== 'ref' || (o.name.text !== 'A' && o.name.text !== 'B') || o.field || o.index) return undefined;
      // The digit index is the bit-weight loop itself: `encode(A, k)` is not read as `encode(A, j)`.
      if (!isRef(d, v)) {
        if (d.kind !== 'ref') return undefined;
        c.diags.push(
          diag('E0217', d.span, {
            problem: `\`encode(${o.name.text}, ${exprText(d)})\` indexes the digits of ${o.name.text} by \`${exprText(d)}\``,
            expected: `\`encode(${o.name.text}, ${v})\``,
            hint: `the digits of an encoded operand are counted by the bit-weight loop \`${v}\``,
          }),
        );
      }
      return o.name.text;
    };
    jOperand = enc(digit, 'j');
    if (!jOperand) {
      bad();
      return;
    }
    if (isCall(other, 'encode', 2)) {
      iOperand = enc(other, 'i');
      if (!iOperand) {
        bad();
        return;
      }
    } else if (other.kind !== 'ref' || (other.name.text !== 'A' && other.name.text !== 'B')) {
      bad();
      return;
    }
    const otherName = iOperand ?? (other.kind === 'ref' ? other.name.text : undefined);
    if (otherName === jOperand) {
      c.diags.push(
        diag('E0217', mapE.span, {
          problem: `map multiplies ${jOperand} by digits of ${jOperand}`,
          expected: `map(${jOperand === 'A' ? 'B' : 'A'}, encode(${jOperand}, j))`,
          hint: 'a partial product is a digit of one operand times the other operand',
        }),
      );
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

  if (!ppStmt)
    c.diags.push(
      diag('E0204', headSpan, {
        what: 'the partial-product statement',
        expected: '`pp[j] = shift(map(B, encode(A, j)), 2*j)` in the innermost loop',
      }),
    );

  // Reduction fields from the statements.
  let jMode: ReductionMode | undefined;
  let kMode: ReductionMode | undefined;
  let finalCpa: CpaPlacement | undefined;
  if (acc) {
    kMode = acc.k;
    const val = acc.value;
    const one = val.length === 1 ? val[0] : undefined;
    const badAcc = () =>
      c.diags.push(
        diag('E0208', acc!.node.span, {
          text: `${acc!.node.targets.map(lvalueText).join(', ')} = ${exprText(acc!.node.value)}`,
          expected: outer
            ? '`C.s, C.c = accumulate(C, half_reduce(s, c))` or `C = accumulate(C, p)` with `p = add(s, c)`'
            : '`C = accumulate(C, p)`, `C.s, C.c = accumulate(C, half_reduce(pp))`, `C.s, C.c = accumulate(C, pp)` or `C.s, C.c = accumulate(C, s, c)`',
        }),
      );
    if (outer) {
      if (!sCsJ)
        c.diags.push(
          diag('E0211', acc.node.span, {
            problem: 'with the j loop outside the k loop (OPT2 order), equal bit weights must be compressed across k',
            expected: '`s[j], c[j] = half_reduce(pp)` in the j loop, after the k loop',
            hint: 'or put the j loop back inside the k loop',
          }),
        );
      if (one && isCall(one, 'half_reduce', 2) && isRef(one.args[0], 's') && isRef(one.args[1], 'c')) jMode = 'carry-save';
      else if (isRef(one, 'p') && pFromSc) jMode = 'cpa';
      else badAcc();
    } else if (isRef(one, 'p')) {
      if (pFromPp) jMode = 'cpa';
      else if (pFromSc) {
        if (!sCs && !lhsNames.has('s'))
          c.diags.push(unknownName('name', 's', ['pp'], pFromSc.value.span, 'a value defined earlier: `s, c = half_reduce(pp)`'));
        jMode = 'carry-save';
        if (acc.k === 'carry-save') c.diags.push(diag('E0212', acc.node.span));
      } else if (!lhsNames.has('p'))
        c.diags.push(
          diag('E0211', one!.span, {
            problem: '`p` is used but never defined',
            expected: '`p = add(s, c)` (a CPA per product) or `p = add(pp)` before the accumulation',
            hint: 'define the product before accumulating it',
          }),
        );
    } else if (isRef(one, 'pp')) {
      jMode = acc.k;
    } else if (one && isCall(one, 'half_reduce', 1) && isRef(one.args[0], 'pp')) {
      jMode = 'carry-save';
      if (acc.k === 'cpa')
        c.diags.push(
          diag('E0211', acc.node.span, {
            problem: 'a binary accumulator (`C = ...`) cannot take a carry-save pair directly',
            expected: '`C.s, C.c = accumulate(C, half_reduce(pp))` or `p = add(s, c)` then `C = accumulate(C, p)`',
            hint: 'resolve the product with add first, or keep C in carry-save',
          }),
        );
    } else if (val.length === 2 && isRef(val[0], 's') && isRef(val[1], 'c')) {
      jMode = 'carry-save';
      if (!sCs && !lhsNames.has('s'))
        c.diags.push(
          diag('E0211', acc.node.span, {
            problem: '`s` and `c` are used but never defined',
            expected: '`s, c = half_reduce(pp)` before the accumulation',
            hint: 'compress the partial products first',
          }),
        );
      if (acc.k === 'cpa')
        c.diags.push(
          diag('E0211', acc.node.span, {
            problem: 'a binary accumulator (`C = ...`) cannot take a carry-save pair directly',
            expected: '`C.s, C.c = accumulate(C, s, c)`',
            hint: 'resolve the product with `p = add(s, c)` first, or keep C in carry-save',
          }),
        );
    } else badAcc();
    if (kMode === 'carry-save' && !fin) {
      c.diags.push(
        diag('E0211', acc.node.span, {
          problem: 'the carry-save accumulator C.s, C.c is never resolved to binary',
          expected: '`C = add(C.s, C.c) at drain per pe` after the nest (or per row / per column)',
          hint: 'OPT1 moves the CPA out of the k loop; it still has to exist once',
        }),
      );
    }
    if (kMode === 'cpa' && fin) {
      c.diags.push(
        diag('E0211', fin.node.span, {
          problem: 'C is already binary (`C = accumulate(C, p)` resolves it every step), so there is nothing to add at drain',
          expected: 'no drain add, or a carry-save accumulator `C.s, C.c = accumulate(C, ...)`',
          hint: 'remove this line or keep C in carry-save',
        }),
      );
    }
    finalCpa = fin ? fin.placement : 'per-product';
  }
  const lanes = fin?.lanes;
  if (outer && sCs)
    c.diags.push(
      diag('E0211', sCs.span, {
        problem: 'with the j loop outside the k loop the partial products are compressed per bit weight',
        expected: '`s[j], c[j] = half_reduce(pp)`',
        hint: 'index s and c by j',
      }),
    );

  return { ppStmt, jOperand, iOperand, sparse, jMode, kMode, finalCpa, ...(lanes !== undefined ? { lanes } : {}), acc, roles };
}
