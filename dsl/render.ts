// Diagnostics as text: `file:line:col: severity[code]: message`, the source line, a caret under
// the span, then expected / hint / notes. Deterministic: no colours, no absolute paths.
import type { Diagnostic } from '../ir/diagnostic.js';
import type { Span } from '../ir/types.js';

export type SourceLookup = Map<string, string> | ((file: string) => string | undefined);

function lookup(sources: SourceLookup, file: string): string | undefined {
  return typeof sources === 'function' ? sources(file) : sources.get(file);
}

function where(s: Span): string {
  return `${s.file}:${s.start.line}:${s.start.col}`;
}

function snippet(s: Span, text: string | undefined): string[] {
  if (text === undefined) return [];
  const lines = text.split(/\r?\n/);
  const line = lines[s.start.line - 1];
  if (line === undefined) return [];
  const num = String(s.start.line);
  const pad = ' '.repeat(num.length);
  const startCol = Math.max(1, Math.min(s.start.col, line.length + 1));
  const endCol = s.end.line === s.start.line ? Math.max(startCol + 1, Math.min(s.end.col, line.length + 1)) : line.length + 1;
  // Tabs keep their width under the caret line.
  const lead = line.slice(0, startCol - 1).replace(/[^\t]/g, ' ');
  const carets = '^'.repeat(Math.max(1, endCol - startCol));
  return [`${num} | ${line}`, `${pad} | ${lead}${carets}`];
}

export function renderDiagnostic(d: Diagnostic, sources: SourceLookup): string {
  const head = d.span ? `${where(d.span)}: ` : '';
  const out = [`${head}${d.severity}[${d.code}]: ${d.message}`];
  if (d.span) out.push(...snippet(d.span, lookup(sources, d.span.file)).map((l) => `  ${l}`));
  if (d.expected) out.push(`  = expected: ${d.expected}`);
  if (d.hint) out.push(`  = hint: ${d.hint}`);
  for (const n of d.notes ?? []) out.push(`  = note: ${n.message}${n.span ? ` (${where(n.span)})` : ''}`);
  return out.join('\n');
}

/** All diagnostics, in file/position order, separated by blank lines, ending in a newline. */
export function renderDiagnostics(diags: readonly Diagnostic[], sources: SourceLookup): string {
  if (diags.length === 0) return '';
  return (
    sortDiagnostics(diags)
      .map((d) => renderDiagnostic(d, sources))
      .join('\n\n') + '\n'
  );
}

export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  return [...diags].sort((a, b) => {
    const fa = a.span?.file ?? '';
    const fb = b.span?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const oa = a.span?.start.offset ?? -1;
    const ob = b.span?.start.offset ?? -1;
    if (oa !== ob) return oa - ob;
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  });
}
