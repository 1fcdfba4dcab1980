// Spans from chevrotain tokens. Tokens inserted by error recovery (and EOF) carry NaN/-1
// positions; callers pass a fallback token (the previous real one) for those.
import type { IToken } from 'chevrotain';
import type { SourcePos, Span } from '../ir/types.js';

export function hasPosition(t: IToken | undefined): t is IToken {
  return t !== undefined && Number.isFinite(t.startOffset) && t.startOffset >= 0 && Number.isFinite(t.startLine ?? NaN);
}

export function tokenSpan(t: IToken, file: string): Span {
  const start: SourcePos = { line: t.startLine ?? 1, col: t.startColumn ?? 1, offset: t.startOffset };
  const endOffset = (t.endOffset ?? t.startOffset) + 1;
  const end: SourcePos = { line: t.endLine ?? start.line, col: (t.endColumn ?? start.col) + 1, offset: endOffset };
  return { file, start, end };
}

export function joinSpans(a: Span, b: Span): Span {
  return { file: a.file, start: a.start, end: b.end };
}

/** A zero-width span at the end of a token (for "expected X after here"). */
export function afterSpan(s: Span): Span {
  return { file: s.file, start: s.end, end: s.end };
}

/** 1-based line/column of an offset in text (for lexer errors and whole-text fallbacks). */
export function posAt(text: string, offset: number): SourcePos {
  let line = 1;
  let col = 1;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) { line++; col = 1; } else col++;
  }
  return { line, col, offset: end };
}

export function offsetSpan(text: string, file: string, start: number, length: number): Span {
  return { file, start: posAt(text, start), end: posAt(text, start + Math.max(0, length)) };
}
