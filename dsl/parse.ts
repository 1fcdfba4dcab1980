// Text -> AST with every lexical and syntax error of the file (chevrotain recovery).
// Inserted/EOF tokens have no position: those errors point just after the previous token.
import type { IRecognitionException, IToken, ILexingError } from 'chevrotain';
import type { Diagnostic } from '../ir/diagnostic.js';
import type { Span } from '../ir/types.js';
import type { EngineNode } from './ast.js';
import { diag } from './messages.js';
import { tpeParser } from './parser.js';
import { afterSpan, hasPosition, offsetSpan, tokenSpan } from './span.js';
import { tpeLexer } from './tokens.js';
import { toAst } from './to-ast.js';

const TOKEN_TEXT: Record<string, string> = {
  Ident: 'a name',
  NumberLit: 'a number',
  StringLit: 'a "string"',
  EOF: 'end of file',
  LBrace: '`{`',
  RBrace: '`}`',
  LParen: '`(`',
  RParen: '`)`',
  LBracket: '`[`',
  RBracket: '`]`',
  Comma: '`,`',
  Colon: '`:`',
  Dot: '`.`',
  LessEq: '`<=`',
  Equals: '`=`',
  Plus: '`+`',
  Star: '`*`',
};

function tokenText(name: string): string {
  return TOKEN_TEXT[name] ?? `\`${name.toLowerCase()}\``;
}

const RULE_TEXT: Record<string, string> = {
  engine: 'the engine',
  typeDecl: 'a type declaration (`A: int8`)',
  encodeDecl: 'an encode declaration (`encode A booth4 in pe`)',
  placement: 'a placement (`in pe`, `per row`, `per column`, `per group`)',
  clockDecl: 'a clock (`clock 2.0 ns`)',
  techDecl: 'a technology (`technology generic`)',
  pipelineDecl: 'a pipeline (`pipeline none` or `pipeline operands, tree`)',
  workloadDecl: 'a workload bound (`workload K <= 4096`)',
  loop: 'a loop (`for k {`, `forall m 8 (B systolic) {`)',
  flows: 'a movement list (`(A systolic, C stationary)`)',
  flow: 'a movement (`A systolic`)',
  assign: 'a statement (`s, c = half_reduce(pp)`)',
  lvalue: 'an assignment target',
  expr: 'an expression',
  call: 'a primitive call',
  ref: 'a name',
};

/** Token type names mentioned in a chevrotain message, in order, deduplicated. */
function expectedFrom(e: IRecognitionException): string {
  const names: string[] = [];
  const m = e.message;
  for (const r of m.matchAll(/-->\s*(\w+)\s*<--/g)) if (!names.includes(r[1])) names.push(r[1]);
  if (names.length === 0 || /one of these|at least one/.test(m)) {
    // Sequence lists look like "[Ident, Colon]" or "<[Ident]>": take the first token of each.
    for (const r of m.matchAll(/\[(\w+)/g)) if (!names.includes(r[1])) names.push(r[1]);
  }
  const tokens = names.filter((n) => n !== 'EOF' || names.length === 1).map(tokenText);
  const rule = e.context?.ruleStack?.[e.context.ruleStack.length - 1];
  const ctx = rule && RULE_TEXT[rule] ? `, in ${RULE_TEXT[rule]}` : '';
  return (tokens.length > 0 ? tokens.join(' or ') : 'a valid construct') + ctx;
}

function foundText(t: IToken | undefined): string {
  if (t === undefined || t.tokenType?.name === 'EOF') return 'end of file';
  const img = t.image.length > 24 ? `${t.image.slice(0, 24)}…` : t.image;
  return `\`${img}\``;
}

export interface ParseOutput {
  readonly ast?: EngineNode;
  readonly tokens: readonly IToken[];
  readonly comments: readonly IToken[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Deeper bracket nesting than this is not a loop nest (and would exhaust the parser's stack). */
export const MAX_NESTING = 64;
/** Syntax errors reported per file before giving up. */
export const MAX_SYNTAX_ERRORS = 50;

export function parseText(text: string, file: string): ParseOutput {
  const out = parseTextAll(text, file);
  if (out.diagnostics.length <= MAX_SYNTAX_ERRORS) return out;
  const first = out.diagnostics.slice(0, MAX_SYNTAX_ERRORS);
  return { ...out, diagnostics: [...first, diag('E0106', undefined, { count: out.diagnostics.length, max: MAX_SYNTAX_ERRORS })] };
}

function parseTextAll(text: string, file: string): ParseOutput {
  const lexed = tpeLexer.tokenize(text);
  const diagnostics: Diagnostic[] = lexed.errors.map((e: ILexingError) =>
    diag('E0101', offsetSpan(text, file, e.offset, Math.max(1, e.length)), {
      char: JSON.stringify(text.substr(e.offset, Math.max(1, Math.min(e.length, 8)))),
    }),
  );
  for (const t of (lexed.groups.open ?? []) as IToken[])
    diagnostics.push(
      diag('E0107', tokenSpan({ ...t, endOffset: t.startOffset + 1, endLine: t.startLine, endColumn: (t.startColumn ?? 1) + 1 }, file)),
    );
  const tokens = lexed.tokens;
  let depth = 0;
  for (const t of tokens) {
    const n = t.tokenType.name;
    if (n === 'LParen' || n === 'LBracket' || n === 'LBrace') {
      if (++depth > MAX_NESTING)
        return { tokens, comments: [], diagnostics: [...diagnostics, diag('E0105', tokenSpan(t, file), { depth, max: MAX_NESTING })] };
    } else if (n === 'RParen' || n === 'RBracket' || n === 'RBrace') depth = Math.max(0, depth - 1);
  }
  const comments = (lexed.groups.comments ?? []) as IToken[];
  tpeParser.input = tokens;
  const cst = tpeParser.file();
  const lastReal = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
  const fileStart: Span = { file, start: { line: 1, col: 1, offset: 0 }, end: { line: 1, col: 1, offset: 0 } };
  const seen = new Set<string>();
  for (const e of tpeParser.errors) {
    const t: IToken | undefined = e.token;
    // MismatchedToken and NoViableAlt exceptions carry the last consumed token (not typed).
    const prev = (e as IRecognitionException & { previousToken?: IToken }).previousToken;
    let span: Span;
    if (hasPosition(t)) span = tokenSpan(t, file);
    else if (hasPosition(prev)) span = afterSpan(tokenSpan(prev, file));
    else if (lastReal) span = afterSpan(tokenSpan(lastReal, file));
    else span = fileStart;
    // One syntax error per line: recovery often trips twice over one mistake.
    const key = `${span.start.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const eof = t === undefined || t.tokenType?.name === 'EOF';
    if (e.name === 'NotAllInputParsedException') diagnostics.push(diag('E0103', span, { found: foundText(t) }));
    else if (eof) diagnostics.push(diag('E0104', span, { expected: expectedFrom(e) }));
    else diagnostics.push(diag('E0102', span, { found: foundText(t), expected: expectedFrom(e) }));
  }
  // The tree is built even after errors: its error productions add precise messages.
  const built = toAst(cst, file);
  for (const d of built.issues) {
    const key = `${d.span?.start.line}`;
    if (!seen.has(key)) {
      seen.add(key);
      diagnostics.push(d);
    }
  }
  if (diagnostics.length > 0) return { tokens, comments, diagnostics };
  const ast = built.ast;
  if (!ast)
    return {
      tokens,
      comments,
      diagnostics: [
        diag('E0104', lastReal ? afterSpan(tokenSpan(lastReal, file)) : fileStart, { expected: '`engine NAME : ARCHITECTURE { ... }`' }),
      ],
    };
  const first = tokens[0];
  const lead = comments.filter((c) => first === undefined || c.startOffset < first.startOffset);
  const doc = docOf(lead);
  return { ast: doc !== undefined ? { ...ast, doc } : ast, tokens, comments, diagnostics };
}

/** The leading comments as plain text: `// x` -> `x`, `/* x *\/` -> `x`. */
function docOf(comments: readonly IToken[]): string | undefined {
  if (comments.length === 0) return undefined;
  const lines: string[] = [];
  for (const c of comments) {
    if (c.image.startsWith('//')) lines.push(c.image.slice(2).replace(/^ /, '').trimEnd());
    else for (const l of c.image.slice(2, -2).trim().split(/\r?\n/)) lines.push(l.replace(/^\s*\*? ?/, '').trimEnd());
  }
  return lines.join('\n');
}
