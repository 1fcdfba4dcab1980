// One test per grammar rule: what each construct parses to (AST), through parseText.
import { describe, expect, it } from 'vitest';
import type { AssignNode, EngineNode, LoopNode } from '../../dsl/ast.js';
import { exprText } from '../../dsl/ast.js';
import { parseText } from '../../dsl/parse.js';
import { Lexer } from 'chevrotain';
import { TpeParser } from '../../dsl/parser.js';
import { ALL_TOKENS, LEXER_CONFIG, tpeLexer } from '../../dsl/tokens.js';

function ast(body: string, header = ''): EngineNode {
  const r = parseText(`engine t : cube {\n${header}\n${body}\n}\n`, 'g.tpe');
  expect(r.diagnostics, r.diagnostics.map((d) => d.message).join('\n')).toEqual([]);
  return r.ast!;
}

describe('grammar validations (skipped by the shared parser and lexer at start-up)', () => {
  it("the parser passes chevrotain's grammar checks", () => {
    expect(() => new TpeParser(true)).not.toThrow();
  });
  it("the tokens pass chevrotain's lexer checks", () => {
    const l = new Lexer(ALL_TOKENS, { ...LEXER_CONFIG, skipValidations: false, deferDefinitionErrorsHandling: true });
    expect(l.lexerDefinitionErrors).toEqual([]);
  });
});

describe('tokens', () => {
  it('keeps dashed words as one identifier and keywords apart from longer names', () => {
    const toks = tpeLexer.tokenize('systolic-os partial-products encoder encode forall for k <= 2.5e3 "x y"').tokens;
    expect(toks.map((t) => `${t.tokenType.name}:${t.image}`)).toEqual([
      'Ident:systolic-os',
      'Ident:partial-products',
      'Ident:encoder',
      'Encode:encode',
      'Forall:forall',
      'For:for',
      'Ident:k',
      'LessEq:<=',
      'NumberLit:2.5e3',
      'StringLit:"x y"',
    ]);
  });
  it('puts comments in their own group', () => {
    const r = tpeLexer.tokenize('a // one\n/* two\nlines */ b');
    expect(r.tokens.map((t) => t.image)).toEqual(['a', 'b']);
    expect((r.groups.comments ?? []).map((t) => t.image)).toEqual(['// one', '/* two\nlines */']);
  });
});

describe('engine and header rules', () => {
  it('engine: name, architecture and a leading doc comment', () => {
    const r = parseText('// What it is.\n// Second line.\nengine "my engine" : systolic-os {\n}\n', 'g.tpe');
    expect(r.ast?.name?.text).toBe('my engine');
    expect(r.ast?.arch?.text).toBe('systolic-os');
    expect(r.ast?.doc).toBe('What it is.\nSecond line.');
  });
  it('block comment as doc', () => {
    expect(parseText('/* A cube.\n * Two lines. */\nengine t : cube {\n}\n', 'g.tpe').ast?.doc).toBe('A cube.\nTwo lines.');
  });
  it('typeDecl', () => {
    const h = ast('', 'A: int8\nB: uint4\nC: int32').header;
    expect(h.map((x) => x.kind === 'type' && `${x.operand.text}=${x.type.text}`)).toEqual(['A=int8', 'B=uint4', 'C=int32']);
    expect(h[1].span.start).toMatchObject({ line: 3, col: 1 });
  });
  it('encodeDecl and placement', () => {
    const h = ast('', 'encode A booth4 in pe\nencode B ent per column\nencode A binary per group').header;
    expect(h.map((x) => x.kind === 'encode' && `${x.operand.text} ${x.scheme.text} ${x.prep} ${x.place.text}`)).toEqual([
      'A booth4 in pe',
      'B ent per column',
      'A binary per group',
    ]);
  });
  it('clockDecl', () => {
    const h = ast('', 'clock 1.25 ns').header[0];
    expect(h.kind === 'clock' && [h.value.value, h.unit.text]).toEqual([1.25, 'ns']);
  });
  it('techDecl: a name or a quoted path', () => {
    const h = ast('', 'technology ihp-sg13g2\ntechnology "tech/my table.json"').header;
    expect(h.map((x) => x.kind === 'technology' && x.value.text)).toEqual(['ihp-sg13g2', 'tech/my table.json']);
  });
  it('pipelineDecl', () => {
    const h = ast('', 'pipeline none\npipeline operands, partial-products, tree').header;
    expect(h.map((x) => x.kind === 'pipeline' && x.stages.map((s) => s.text).join('|'))).toEqual([
      'none',
      'operands|partial-products|tree',
    ]);
  });
  it('workloadDecl', () => {
    const h = ast('', 'workload K <= 4096').header[0];
    expect(h.kind === 'workload' && [h.var.text, h.bound.value]).toEqual(['K', 4096]);
  });
});

describe('loop rules', () => {
  it('for / forall with size, skip zeros, group and movements', () => {
    const e = ast('for k (C stationary) { forall m 8 (A broadcast, B systolic) { forall k 2 group 2 { for j skip zeros { } } } }');
    const k = e.body[0] as LoopNode;
    expect([k.keyword, k.var.text, k.size, k.flows.map((f) => `${f.operand.text} ${f.movement.text}`)]).toEqual([
      'for',
      'k',
      undefined,
      ['C stationary'],
    ]);
    const m = k.body[0] as LoopNode;
    expect([m.keyword, m.var.text, m.size?.value, m.flows.length]).toEqual(['forall', 'm', 8, 2]);
    const g = m.body[0] as LoopNode;
    expect([g.group?.size?.value, g.size?.value]).toEqual([2, 2]);
    const j = g.body[0] as LoopNode;
    expect([j.keyword, j.skipZeros !== undefined, j.body.length]).toEqual(['for', true, 0]);
    expect(m.headSpan.start).toMatchObject({ line: 3, col: 24 });
  });
  it('sync', () => {
    expect(ast('sync').body[0].kind).toBe('sync');
  });
});

describe('statement and expression rules', () => {
  const first = (s: string) => ast(s).body[0] as AssignNode;
  it('assign with indexed, field and multiple targets', () => {
    const a = first('C.s, C.c = accumulate(C, half_reduce(pp))');
    expect(a.targets.map((t) => [t.name.text, t.field?.text])).toEqual([
      ['C', 's'],
      ['C', 'c'],
    ]);
    expect(exprText(a.value)).toBe('accumulate(C, half_reduce(pp))');
    expect(first('s[j], c[j] = half_reduce(pp)').targets.map((t) => t.index?.text)).toEqual(['j', 'j']);
  });
  it('drain placement', () => {
    const a = first('C = add(C.s, C.c) at drain per row');
    expect(a.drain?.place.text).toBe('row');
  });
  it('calls nest, `encode` is a callee, + and * keep precedence', () => {
    const a = first('pp = shift(map(encode(B, i), encode(A, j)), 2*j + 2*i)');
    expect(exprText(a.value)).toBe('shift(map(encode(B, i), encode(A, j)), 2*j + 2*i)');
    const w = a.value.kind === 'call' ? a.value.args[1] : undefined;
    expect(w?.kind === 'binop' && w.op).toBe('+');
    expect(exprText(first('x = (1 + 2)*3').value)).toBe('(1 + 2)*3');
    expect(exprText(first('x = 1 + 2*3').value)).toBe('1 + 2*3');
  });
});

describe('error productions and recovery', () => {
  it('a missing colon is one precise error', () => {
    const r = parseText('engine t : cube {\n  A int8\n}\n', 'g.tpe');
    expect(r.diagnostics.map((d) => [d.code, d.span?.start.line, d.span?.start.col])).toEqual([['E0102', 2, 5]]);
    expect(r.diagnostics[0].expected).toContain('A: int8');
  });
  it('a declaration inside a loop is reported', () => {
    const r = parseText('engine t : cube {\n  for k {\n    clock 2.0 ns\n  }\n}\n', 'g.tpe');
    expect(r.diagnostics.map((d) => [d.code, d.span?.start.line])).toEqual([['E0102', 3]]);
  });
  it('EOF errors point just after the last real token', () => {
    const r = parseText('engine t : cube {\n  A: int8', 'g.tpe');
    expect(r.diagnostics.map((d) => [d.code, d.span?.start.line, d.span?.start.col])).toEqual([['E0104', 2, 10]]);
  });
  it('deep nesting is refused before it reaches the parser', () => {
    const r = parseText(`engine t : cube {\n x = ${'('.repeat(500)}1${')'.repeat(500)}\n}`, 'g.tpe');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['E0105']);
  });
  it('an unterminated block comment has its own message', () => {
    expect(parseText('engine t : cube {\n}\n/* open', 'g.tpe').diagnostics.map((d) => d.code)).toContain('E0107');
  });
  it('error storms are capped', () => {
    const r = parseText(`engine t : cube {\n${'1 2 3\n'.repeat(200)}}`, 'g.tpe');
    expect(r.diagnostics.length).toBe(51);
    expect(r.diagnostics[50].code).toBe('E0106');
  });
});
