import type { Span } from './types.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * The one diagnostic type of the toolkit. User errors are data, never exceptions:
 * functions return `{ value?, diagnostics }` (see Result).
 */
export interface Diagnostic {
  /** Stable code, e.g. 'E0101'. Tests assert codes, not wording. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** Where; absent only for whole-file problems (empty, binary, too large). */
  readonly span?: Span;
  /** What was expected, e.g. "a loop variable (m, n, k, j or i)". */
  readonly expected?: string;
  readonly hint?: string;
  /** Secondary places, e.g. the first declaration of a duplicate. */
  readonly notes?: readonly { readonly message: string; readonly span?: Span }[];
}

export interface Result<T> {
  readonly value?: T;
  readonly diagnostics: readonly Diagnostic[];
}

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'error');
}

/** A span for things made by code rather than read from a file. */
export function syntheticSpan(file = '<generated>'): Span {
  return { file, start: { line: 1, col: 1, offset: 0 }, end: { line: 1, col: 1, offset: 0 } };
}
