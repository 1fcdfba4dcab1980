// CST -> AST: a chevrotain visitor that only reshapes (names get meaning in lower.ts).
// Runs on trees without syntax errors, but never assumes a child is present.
import type { CstNode, IToken } from 'chevrotain';
import type { Diagnostic } from '../ir/diagnostic.js';
import type { AssignNode, EngineNode, Expr, FlowNode, HeaderItem, LoopNode, LValue, NumLit, Stmt, Word } from './ast.js';
import { diag } from './messages.js';
import { tpeParser } from './parser.js';
import { hasPosition, joinSpans, tokenSpan } from './span.js';

type Ctx = Record<string, (CstNode | IToken)[] | undefined>;
const BaseVisitor = tpeParser.getBaseCstVisitorConstructor();

function isToken(x: CstNode | IToken | undefined): x is IToken {
  return x !== undefined && (x as IToken).image !== undefined;
}

class AstBuilder extends BaseVisitor {
  fileName = '';
  /** Error productions found while building (missing `:`, stray tokens, misplaced items). */
  issues: Diagnostic[] = [];
  constructor() {
    super();
    this.validateVisitor();
  }

  private tok(ctx: Ctx, key: string, i = 0): IToken | undefined {
    const t = ctx[key]?.[i];
    return isToken(t) && hasPosition(t) ? t : undefined;
  }
  private node(ctx: Ctx, key: string, i = 0): CstNode | undefined {
    const n = ctx[key]?.[i];
    return n && !isToken(n) ? n : undefined;
  }
  private nodes(ctx: Ctx, key: string): CstNode[] {
    return (ctx[key] ?? []).filter((n): n is CstNode => !isToken(n));
  }
  private word(t: IToken | undefined): Word | undefined {
    return t ? { text: t.image, span: tokenSpan(t, this.fileName) } : undefined;
  }
  private num(t: IToken | undefined): NumLit | undefined {
    return t ? { value: Number(t.image), text: t.image, span: tokenSpan(t, this.fileName) } : undefined;
  }
  file(ctx: Ctx): EngineNode | undefined {
    const e = this.node(ctx, 'engine');
    return e ? (this.visit(e) as EngineNode) : undefined;
  }

  engine(ctx: Ctx): EngineNode | undefined {
    const header: HeaderItem[] = [];
    const body: Stmt[] = [];
    for (const it of this.nodes(ctx, 'item')) {
      const r = this.visit(it) as HeaderItem | Stmt | undefined;
      if (!r) continue;
      if (r.kind === 'loop' || r.kind === 'assign' || r.kind === 'sync') body.push(r);
      else header.push(r);
    }
    const first = this.tok(ctx, 'Engine');
    const last = this.tok(ctx, 'RBrace') ?? this.tok(ctx, 'LBrace');
    if (!first) return undefined;
    const nameTok = this.tok(ctx, 'name');
    let name = this.word(nameTok);
    if (name && nameTok?.tokenType.name === 'StringLit') {
      try {
        name = { ...name, text: JSON.parse(nameTok.image) as string };
      } catch {
        name = { ...name, text: nameTok.image.slice(1, -1) };
      }
    }
    return {
      name,
      arch: this.word(this.tok(ctx, 'arch')),
      header,
      body,
      span: joinSpans(tokenSpan(first, this.fileName), tokenSpan(last ?? first, this.fileName)),
    };
  }

  item(ctx: Ctx): HeaderItem | Stmt | undefined {
    const sync = this.tok(ctx, 'Sync');
    if (sync) return { kind: 'sync', span: tokenSpan(sync, this.fileName) };
    for (const k of ['typeOrAssign', 'encodeDecl', 'clockDecl', 'techDecl', 'pipelineDecl', 'workloadDecl', 'loop', 'stray']) {
      const n = this.node(ctx, k);
      if (n) return this.visit(n) as HeaderItem | Stmt | undefined;
    }
    return undefined;
  }

  typeOrAssign(ctx: Ctx): HeaderItem | AssignNode | undefined {
    const head = this.tok(ctx, 'head');
    if (!head) return undefined;
    const tail = this.node(ctx, 'assignTail');
    if (tail) return this.visit(tail, head) as AssignNode | undefined;
    const operand = this.word(head)!;
    const type = this.word(this.tok(ctx, 'type'));
    if (!type) return undefined;
    if (!this.tok(ctx, 'Colon')) {
      this.issues.push(
        diag('E0102', type.span, {
          found: `\`${type.text}\``,
          expected: `\`:\` between the operand and its type (\`${operand.text}: ${type.text}\`)`,
        }),
      );
    }
    return { kind: 'type', operand, type, span: joinSpans(operand.span, type.span) };
  }

  stray(ctx: Ctx): undefined {
    const t = Object.values(ctx)
      .flat()
      .find((x): x is IToken => isToken(x) && hasPosition(x));
    if (t)
      this.issues.push(
        diag('E0102', tokenSpan(t, this.fileName), {
          found: `\`${t.image}\``,
          expected: 'a declaration (`A: int8`, `encode ...`, `clock ...`) or a statement (a loop, `sync`, an assignment)',
        }),
      );
    return undefined;
  }

  encodeDecl(ctx: Ctx): HeaderItem | undefined {
    const kw = this.tok(ctx, 'Encode');
    const operand = this.word(this.tok(ctx, 'operand'));
    const scheme = this.word(this.tok(ctx, 'scheme'));
    const pl = this.node(ctx, 'placement');
    const p = pl ? (this.visit(pl) as { prep: 'in' | 'per'; place: Word } | undefined) : undefined;
    if (!kw || !operand || !scheme || !p) return undefined;
    return { kind: 'encode', operand, scheme, prep: p.prep, place: p.place, span: joinSpans(tokenSpan(kw, this.fileName), p.place.span) };
  }

  placement(ctx: Ctx): { prep: 'in' | 'per'; place: Word } | undefined {
    const place = this.word(this.tok(ctx, 'place'));
    if (!place) return undefined;
    return { prep: this.tok(ctx, 'In') ? 'in' : 'per', place };
  }

  clockDecl(ctx: Ctx): HeaderItem | undefined {
    const kw = this.tok(ctx, 'Clock');
    const value = this.num(this.tok(ctx, 'value'));
    const unit = this.word(this.tok(ctx, 'unit'));
    if (!kw || !value || !unit) return undefined;
    return { kind: 'clock', value, unit, span: joinSpans(tokenSpan(kw, this.fileName), unit.span) };
  }

  techDecl(ctx: Ctx): HeaderItem | undefined {
    const kw = this.tok(ctx, 'Technology');
    const t = this.tok(ctx, 'value');
    if (!kw || !t) return undefined;
    let text = t.image;
    if (t.tokenType.name === 'StringLit') {
      try {
        text = JSON.parse(t.image) as string;
      } catch {
        text = t.image.slice(1, -1);
      }
    }
    const value: Word = { text, span: tokenSpan(t, this.fileName) };
    return { kind: 'technology', value, span: joinSpans(tokenSpan(kw, this.fileName), value.span) };
  }

  pipelineDecl(ctx: Ctx): HeaderItem | undefined {
    const kw = this.tok(ctx, 'Pipeline');
    const stages = (ctx.stage ?? [])
      .filter(isToken)
      .filter(hasPosition)
      .map((t) => this.word(t)!);
    if (!kw || stages.length === 0) return undefined;
    return { kind: 'pipeline', stages, span: joinSpans(tokenSpan(kw, this.fileName), stages[stages.length - 1].span) };
  }

  workloadDecl(ctx: Ctx): HeaderItem | undefined {
    const kw = this.tok(ctx, 'Workload');
    const v = this.word(this.tok(ctx, 'var'));
    const bound = this.num(this.tok(ctx, 'bound'));
    if (!kw || !v || !bound) return undefined;
    return { kind: 'workload', var: v, bound, span: joinSpans(tokenSpan(kw, this.fileName), bound.span) };
  }

  loop(ctx: Ctx): LoopNode | undefined {
    const kw = this.tok(ctx, 'kw');
    const v = this.word(this.tok(ctx, 'var'));
    const lb = this.tok(ctx, 'LBrace');
    const rb = this.tok(ctx, 'RBrace');
    if (!kw || !v || !lb) return undefined;
    const fl = this.node(ctx, 'flows');
    const flows = fl ? ((this.visit(fl) as FlowNode[] | undefined) ?? []) : [];
    const body: Stmt[] = [];
    for (const it of this.nodes(ctx, 'item')) {
      const r = this.visit(it) as HeaderItem | Stmt | undefined;
      if (!r) continue;
      if (r.kind === 'loop' || r.kind === 'assign' || r.kind === 'sync') body.push(r);
      else
        this.issues.push(
          diag('E0102', r.span, {
            found: 'a declaration inside a loop',
            expected: 'a loop, `sync` or a statement here; declarations belong to the engine header',
          }),
        );
    }
    const skip = this.tok(ctx, 'Skip');
    const zeros = this.tok(ctx, 'Zeros');
    const group = this.tok(ctx, 'Group');
    const headSpan = joinSpans(tokenSpan(kw, this.fileName), tokenSpan(lb, this.fileName));
    const size = this.num(this.tok(ctx, 'size'));
    const gsize = this.num(this.tok(ctx, 'groupSize'));
    return {
      kind: 'loop',
      keyword: kw.image === 'forall' ? 'forall' : 'for',
      var: v,
      ...(size ? { size } : {}),
      ...(skip ? { skipZeros: joinSpans(tokenSpan(skip, this.fileName), tokenSpan(zeros ?? skip, this.fileName)) } : {}),
      ...(group ? { group: { span: tokenSpan(group, this.fileName), ...(gsize ? { size: gsize } : {}) } } : {}),
      flows,
      body,
      headSpan,
      span: joinSpans(tokenSpan(kw, this.fileName), tokenSpan(rb ?? lb, this.fileName)),
    };
  }

  flows(ctx: Ctx): FlowNode[] {
    return this.nodes(ctx, 'flow')
      .map((f) => this.visit(f) as FlowNode | undefined)
      .filter((f): f is FlowNode => f !== undefined);
  }

  flow(ctx: Ctx): FlowNode | undefined {
    const operand = this.word(this.tok(ctx, 'operand'));
    const movement = this.word(this.tok(ctx, 'movement'));
    if (!operand || !movement) return undefined;
    return { operand, movement, span: joinSpans(operand.span, movement.span) };
  }

  assignTail(ctx: Ctx, head: IToken): AssignNode | undefined {
    const name = this.word(head)!;
    const field = this.word(this.tok(ctx, 'field'));
    const index = this.word(this.tok(ctx, 'index'));
    const rb = this.tok(ctx, 'RBracket');
    const first: LValue = {
      name,
      ...(field ? { field } : {}),
      ...(index ? { index } : {}),
      span: joinSpans(name.span, rb ? tokenSpan(rb, this.fileName) : (field ?? name).span),
    };
    const rest = this.nodes(ctx, 'lvalue').map((l) => this.visit(l) as LValue | undefined);
    if (rest.some((l) => l === undefined)) return undefined;
    const targets = [first, ...(rest as LValue[])];
    const e = this.node(ctx, 'expr');
    const value = e ? (this.visit(e) as Expr | undefined) : undefined;
    if (!value) return undefined;
    const at = this.tok(ctx, 'At');
    const place = this.word(this.tok(ctx, 'place'));
    const lanes = this.num(this.tok(ctx, 'lanes'));
    const per = this.tok(ctx, 'Per') !== undefined;
    const drain =
      at && place && (per || lanes)
        ? { place, per, ...(lanes ? { lanes } : {}), span: joinSpans(tokenSpan(at, this.fileName), (lanes ?? place).span) }
        : undefined;
    return {
      kind: 'assign',
      targets,
      value,
      ...(drain ? { drain } : {}),
      span: joinSpans(first.span, drain ? drain.span : value.span),
    };
  }

  lvalue(ctx: Ctx): LValue | undefined {
    const name = this.word(this.tok(ctx, 'name'));
    if (!name) return undefined;
    const field = this.word(this.tok(ctx, 'field'));
    const index = this.word(this.tok(ctx, 'index'));
    const rb = this.tok(ctx, 'RBracket');
    const end = rb ? tokenSpan(rb, this.fileName) : (field ?? name).span;
    return { name, ...(field ? { field } : {}), ...(index ? { index } : {}), span: joinSpans(name.span, end) };
  }

  expr(ctx: Ctx): Expr | undefined {
    return this.chain(this.nodes(ctx, 'term'), '+');
  }

  term(ctx: Ctx): Expr | undefined {
    return this.chain(this.nodes(ctx, 'atom'), '*');
  }

  private chain(parts: CstNode[], op: '+' | '*'): Expr | undefined {
    let acc: Expr | undefined;
    for (const p of parts) {
      const e = this.visit(p) as Expr | undefined;
      if (!e) return undefined;
      acc = acc ? { kind: 'binop', op, left: acc, right: e, span: joinSpans(acc.span, e.span) } : e;
    }
    return acc;
  }

  atom(ctx: Ctx): Expr | undefined {
    const c = this.node(ctx, 'call');
    if (c) return this.visit(c) as Expr | undefined;
    const r = this.node(ctx, 'ref');
    if (r) return this.visit(r) as Expr | undefined;
    const n = this.tok(ctx, 'NumberLit');
    if (n) return { kind: 'num', value: Number(n.image), span: tokenSpan(n, this.fileName) };
    const e = this.node(ctx, 'expr');
    return e ? (this.visit(e) as Expr | undefined) : undefined;
  }

  call(ctx: Ctx): Expr | undefined {
    const callee = this.word(this.tok(ctx, 'callee'));
    const rp = this.tok(ctx, 'RParen');
    if (!callee || !rp) return undefined;
    const args: Expr[] = [];
    for (const a of this.nodes(ctx, 'expr')) {
      const e = this.visit(a) as Expr | undefined;
      if (!e) return undefined;
      args.push(e);
    }
    return { kind: 'call', callee, args, span: joinSpans(callee.span, tokenSpan(rp, this.fileName)) };
  }

  ref(ctx: Ctx): Expr | undefined {
    const name = this.word(this.tok(ctx, 'name'));
    if (!name) return undefined;
    const field = this.word(this.tok(ctx, 'field'));
    const index = this.word(this.tok(ctx, 'index'));
    const rb = this.tok(ctx, 'RBracket');
    const end = rb ? tokenSpan(rb, this.fileName) : (field ?? name).span;
    return { kind: 'ref', name, ...(field ? { field } : {}), ...(index ? { index } : {}), span: joinSpans(name.span, end) };
  }
}

let builder: AstBuilder | undefined;

export function toAst(cst: CstNode, file: string): { ast?: EngineNode; issues: Diagnostic[] } {
  builder ??= new AstBuilder();
  builder.fileName = file;
  builder.issues = [];
  const ast = builder.visit(cst) as EngineNode | undefined;
  return { ...(ast ? { ast } : {}), issues: builder.issues };
}
