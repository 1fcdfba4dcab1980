// The syntax tree of one .tpe file, as written (before any meaning is given to names).
// Every node has a span; to-ast.ts builds it from the CST, lower.ts turns it into the IR.
import type { Span } from '../ir/types.js';

export interface Word {
  readonly text: string;
  readonly span: Span;
}

export interface NumLit {
  readonly value: number;
  readonly text: string;
  readonly span: Span;
}

export type HeaderItem =
  | { readonly kind: 'type'; readonly operand: Word; readonly type: Word; readonly span: Span }
  | {
      readonly kind: 'encode';
      readonly operand: Word;
      readonly scheme: Word;
      readonly prep: 'in' | 'per';
      readonly place: Word;
      readonly span: Span;
    }
  | { readonly kind: 'clock'; readonly value: NumLit; readonly unit: Word; readonly span: Span }
  | { readonly kind: 'technology'; readonly value: Word; readonly span: Span }
  | { readonly kind: 'pipeline'; readonly stages: readonly Word[]; readonly span: Span }
  | { readonly kind: 'workload'; readonly var: Word; readonly bound: NumLit; readonly span: Span };

export interface FlowNode {
  readonly operand: Word;
  readonly movement: Word;
  readonly span: Span;
}

export interface LoopNode {
  readonly kind: 'loop';
  readonly keyword: 'for' | 'forall';
  readonly var: Word;
  readonly size?: NumLit;
  readonly skipZeros?: Span;
  readonly group?: { readonly span: Span; readonly size?: NumLit };
  readonly flows: readonly FlowNode[];
  readonly body: readonly Stmt[];
  /** From the keyword to the opening brace: what messages point at. */
  readonly headSpan: Span;
  readonly span: Span;
}

export interface LValue {
  readonly name: Word;
  readonly field?: Word;
  readonly index?: Word;
  readonly span: Span;
}

export type Expr =
  | { readonly kind: 'call'; readonly callee: Word; readonly args: readonly Expr[]; readonly span: Span }
  | { readonly kind: 'ref'; readonly name: Word; readonly field?: Word; readonly index?: Word; readonly span: Span }
  | { readonly kind: 'num'; readonly value: number; readonly span: Span }
  | { readonly kind: 'binop'; readonly op: '+' | '*'; readonly left: Expr; readonly right: Expr; readonly span: Span };

export interface AssignNode {
  readonly kind: 'assign';
  readonly targets: readonly LValue[];
  readonly value: Expr;
  /** `at drain per place`, or `at drain shared N` (`place` is then the word before the number). */
  readonly drain?: { readonly place: Word; readonly per: boolean; readonly lanes?: NumLit; readonly span: Span };
  readonly span: Span;
}

export type Stmt = LoopNode | AssignNode | { readonly kind: 'sync'; readonly span: Span };

export interface EngineNode {
  readonly name?: Word;
  readonly arch?: Word;
  readonly header: readonly HeaderItem[];
  readonly body: readonly Stmt[];
  /** The leading comment(s) before `engine`, without comment markers. */
  readonly doc?: string;
  readonly span: Span;
}

/** Canonical text of an expression (for messages and pattern matching). */
export function exprText(e: Expr): string {
  switch (e.kind) {
    case 'call':
      return `${e.callee.text}(${e.args.map(exprText).join(', ')})`;
    case 'ref':
      return `${e.name.text}${e.field ? `.${e.field.text}` : ''}${e.index ? `[${e.index.text}]` : ''}`;
    case 'num':
      return String(e.value);
    case 'binop': {
      if (e.op === '+') return `${exprText(e.left)} + ${exprText(e.right)}`;
      const side = (x: Expr) => (x.kind === 'binop' && x.op === '+' ? `(${exprText(x)})` : exprText(x));
      return `${side(e.left)}*${side(e.right)}`;
    }
  }
}

export function lvalueText(l: LValue): string {
  return `${l.name.text}${l.field ? `.${l.field.text}` : ''}${l.index ? `[${l.index.text}]` : ''}`;
}
