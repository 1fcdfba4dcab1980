// Rules on the names a design carries into file names, Verilog comments and terminals: the
// engine name becomes the module prefix and every emitted file's name and header, so it must be
// non-empty, short enough for a file name, and free of line breaks and control characters (a
// newline in it would put live Verilog into the `// Source design:` comment). The technology,
// a table name or path, must be free of them too.
import type { Diagnostic } from '../ir/diagnostic.js';
import type { Design, Span } from '../ir/types.js';
import { diag } from './messages.js';
import type { CheckContext } from './lower.js';

/** Longest engine name: the longest emitted file name adds about 30 characters to it. */
export const MAX_NAME_LENGTH = 64;

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

const shown = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}...` : s);

export function checkNames(d: Design, ctx: CheckContext = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const nameAt: Span = ctx.nameSpan ?? d.span;
  const rule = (value: string, rule: string) =>
    out.push(diag('E0216', nameAt, { what: 'the engine name', rule, value, expected: '`engine sa_os : systolic-os` (a name, or a "quoted name")' }));
  if (d.name.length === 0) rule('""', 'a non-empty name (it names the top module and every emitted file)');
  else if (CONTROL.test(d.name)) rule(shown(d.name), 'printable text (no line breaks or control characters)');
  else if ([...d.name].length > MAX_NAME_LENGTH) rule(`a name of ${[...d.name].length} characters`, `at most ${MAX_NAME_LENGTH} characters (it becomes part of every emitted file name)`);
  if (CONTROL.test(d.technology)) {
    out.push(diag('E0216', ctx.techSpan ?? d.span, { what: 'the technology', rule: 'a table name or a path without line breaks or control characters', value: shown(d.technology), expected: '`technology generic`' }));
  }
  return out;
}
