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

// Offsets of the line starts of the text last asked about: a file with thousands of lexer errors
// positions each by binary search instead of rescanning the text (which was quadratic: a 600 KB
// file of bad lines took over a minute).
let indexed: { text: string; starts: Uint32Array } | undefined;
function lineStarts(text: string): Uint32Array {
  if (indexed?.text === text) return indexed.starts;
  const s: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) s.push(i + 1);
  indexed = { text, starts: Uint32Array.from(s) };
  return indexed.starts;
}

/** 1-based line/column of an offset in text (for lexer errors and whole-text fallbacks). */
export function posAt(text: string, offset: number): SourcePos {
  const end = Math.max(0, Math.min(offset, text.length));
  const starts = lineStarts(text);
  let lo = 0,
    hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= end) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: end - starts[lo] + 1, offset: end };
}

export function offsetSpan(text: string, file: string, start: number, length: number): Span {
  return { file, start: posAt(text, start), end: posAt(text, start + Math.max(0, length)) };
}
