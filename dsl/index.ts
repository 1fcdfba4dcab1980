// The DSL's public face: text or file -> validated IR, diagnostics as data, IR -> canonical text.
import { resolve } from 'node:path';
import { checkDesign } from '../ir/check.js';
import type { Diagnostic, Result } from '../ir/diagnostic.js';
import type { Design } from '../ir/types.js';
import { lower } from './lower.js';
import { diag } from './messages.js';
import { parseText } from './parse.js';
import { sortDiagnostics } from './render.js';
import { readSource } from './source.js';

export { renderDiagnostics, renderDiagnostic, sortDiagnostics, type SourceLookup } from './render.js';
export { checkDesign } from '../ir/check.js';
export { printDesign } from './print.js';
export { formatText } from './format.js';
export { stripSpans, equalModuloSpans } from './equal.js';
export { readSource, decodeSource, MAX_SOURCE_BYTES } from './source.js';
export { MESSAGES, type Code } from './messages.js';
export { applyTransforms, TRANSFORMS, type TransformName, type TransformOptions } from '../ir/transform/index.js';

export type ParsedDesign = Result<Design>;

/** Parses and validates one engine. Never throws: every problem is a diagnostic. */
export function parseDesign(text: string, file: string): ParsedDesign {
  try {
    const parsed = parseText(text, file);
    if (!parsed.ast) return { diagnostics: sortDiagnostics(parsed.diagnostics) };
    const low = lower(parsed.ast, file);
    const diags: Diagnostic[] = [...parsed.diagnostics, ...low.diagnostics];
    if (low.design) {
      // Lowering already reports some rules with better spans; keep one per code and place.
      const seen = new Set(diags.map((d) => `${d.code}@${d.span?.start.offset ?? -1}`));
      for (const d of checkDesign(low.design, { partial: low.partial })) {
        const key = `${d.code}@${d.span?.start.offset ?? -1}`;
        if (!seen.has(key)) {
          seen.add(key);
          diags.push(d);
        }
      }
    }
    const sorted = sortDiagnostics(diags);
    const ok = !sorted.some((d) => d.severity === 'error');
    return { ...(ok && low.design ? { value: low.design } : {}), diagnostics: sorted };
  } catch (e) {
    return { diagnostics: [diag('E0999', undefined, { reason: e instanceof Error ? e.message : String(e) })] };
  }
}

/**
 * Reads a file (size, binary and UTF-8 checks first), then parses it. Spans name the file as
 * given; `cwd` (default: the process's) resolves a relative path for reading only.
 */
export function loadDesign(path: string, opts: { cwd?: string } = {}): ParsedDesign {
  const src = readSource(opts.cwd ? resolve(opts.cwd, path) : path, path);
  if (src.value === undefined) return { diagnostics: src.diagnostics };
  return parseDesign(src.value, path);
}
