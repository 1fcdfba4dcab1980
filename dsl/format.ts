// The formatter: re-emits the token stream with canonical spacing and indentation, keeping
// every comment and the author's line structure (like gofmt: lines are the author's, spacing
// is the tool's). Trailing comments of a block of consecutive lines are aligned. Files with
// syntax errors are not formatted (the errors are returned instead).
import type { IToken } from 'chevrotain';
import type { Result } from '../ir/diagnostic.js';
import { diag } from './messages.js';
import { parseText } from './parse.js';

const INDENT = '  ';

interface Line {
  depth: number;
  code: string;
  comment?: string;
  /** Blank line(s) before it in the source. */
  gapBefore: boolean;
}

export function formatText(text: string, file: string): Result<string> {
  try {
    return formatChecked(text, file);
  } catch (e) {
    return { diagnostics: [diag('E0999', undefined, { reason: e instanceof Error ? e.message : String(e) })] };
  }
}

function formatChecked(text: string, file: string): Result<string> {
  const parsed = parseText(text, file);
  if (parsed.diagnostics.length > 0) return { diagnostics: parsed.diagnostics };
  const all = [...parsed.tokens, ...parsed.comments].sort((a, b) => a.startOffset - b.startOffset);
  const lines: Line[] = [];
  let depth = 0;
  let prevEndLine = 0;
  let cur: { tokens: IToken[]; startLine: number } | undefined;
  const groups: { tokens: IToken[]; startLine: number; gapBefore: boolean }[] = [];
  for (const t of all) {
    if (!cur || t.startLine !== cur.startLine) {
      const gap = cur !== undefined && (t.startLine ?? 0) - prevEndLine > 1;
      cur = { tokens: [], startLine: t.startLine ?? 0 };
      groups.push({ ...cur, gapBefore: gap });
      cur = groups[groups.length - 1];
    }
    cur.tokens.push(t);
    prevEndLine = t.endLine ?? t.startLine ?? prevEndLine;
  }
  for (const g of groups) {
    const toks = g.tokens;
    const last = toks[toks.length - 1];
    const trailing = toks.length > 1 && last.tokenType.name === 'LineComment' ? last : undefined;
    const codeToks = trailing ? toks.slice(0, -1) : toks;
    const lineDepth = codeToks[0]?.tokenType.name === 'RBrace' ? Math.max(0, depth - 1) : depth;
    for (const t of codeToks) {
      if (t.tokenType.name === 'LBrace') depth++;
      else if (t.tokenType.name === 'RBrace') depth = Math.max(0, depth - 1);
    }
    lines.push({
      depth: lineDepth,
      code: joinTokens(codeToks),
      ...(trailing ? { comment: trailing.image.trimEnd() } : {}),
      gapBefore: g.gapBefore,
    });
  }
  // Align trailing comments within each run of consecutive lines.
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i + 1;
    while (j < lines.length && !lines[j].gapBefore) j++;
    const run = lines.slice(i, j);
    const width = Math.max(0, ...run.filter((l) => l.comment).map((l) => l.depth * INDENT.length + l.code.length));
    if (i > 0) out.push('');
    for (const l of run) {
      const code = INDENT.repeat(l.depth) + l.code;
      out.push(l.comment ? `${code.padEnd(width)}  ${l.comment}` : code);
    }
    i = j;
  }
  return { value: out.map((l) => l.trimEnd()).join('\n') + '\n', diagnostics: [] };
}

/** Joins one line's tokens with the language's spacing rules. */
function joinTokens(toks: IToken[]): string {
  let s = '';
  let inLoopHead = false;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    const n = t.tokenType.name;
    if (n === 'For' || n === 'Forall') inLoopHead = true;
    if (k > 0) s += spaceBetween(toks[k - 1], t, toks[k - 2], inLoopHead) ? ' ' : '';
    if (n === 'LBrace') inLoopHead = false;
    s += n === 'BlockComment' || n === 'LineComment' ? t.image.trimEnd() : t.image;
  }
  return s;
}

function spaceBetween(a: IToken, b: IToken, beforeA: IToken | undefined, inLoopHead: boolean): boolean {
  const x = a.tokenType.name;
  const y = b.tokenType.name;
  if (y === 'LineComment' || y === 'BlockComment' || x === 'BlockComment') return true;
  if (x === 'LParen' || x === 'LBracket' || x === 'Dot') return false;
  if (y === 'RParen' || y === 'RBracket' || y === 'Comma' || y === 'Dot' || y === 'LBracket') return false;
  if (x === 'Star' || y === 'Star') return false;
  // `engine name : arch` vs `A: int8`.
  if (y === 'Colon') return beforeA?.tokenType.name === 'Engine';
  // A call `map(` vs a loop's movement list `forall m 8 (`.
  if (y === 'LParen') return inLoopHead || !(x === 'Ident' || x === 'Encode');
  return true;
}
