// Limits every back end relies on, checked with the design so that nothing accepted here fails
// later as an internal error ("Invalid typed array length", "Set maximum size exceeded"):
//  - array size: the simulator, the cost model and the emitter allocate per PE, so the product
//    of the spatial m/n/k loops is bounded (the emitter's own, lower bound is rtl/model/build.ts checkSupport's);
//  - the zero-skip group (OPT3) and the PE group (OPT4E) are bounded the same way.
// And rules on the names a design carries into file names, Verilog comments and terminals: the
// engine name becomes the module prefix and every emitted file's name and header, so it must be
// non-empty, short enough for a file name, and free of line breaks and control characters (a
// newline in it would put live Verilog into the `// Source design:` comment). The technology,
// a table name or path, must be free of them too.
import type { Diagnostic } from './diagnostic.js';
import { diag } from './messages.js';
import type { Design, Span } from './types.js';

/** Most PEs a design may have: 1024 x 1024 (the simulator holds per-PE state for each). */
export const MAX_PES = 1 << 20;
/** Largest zero-skip group (k-elements per sparse group). */
export const MAX_SPARSE_GROUP = 256;

/** Longest engine name: the longest emitted file name adds about 30 characters to it. */
export const MAX_NAME_LENGTH = 64;

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

const shown = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}...` : s);

export function checkLimits(d: Design): Diagnostic[] {
  const out: Diagnostic[] = [];
  let pes = 1;
  for (const l of d.loops) {
    if (l.mapping !== 'spatial' || l.size === undefined || (l.var !== 'm' && l.var !== 'n' && l.var !== 'k')) continue;
    pes *= l.size;
    if (l.size > MAX_PES) {
      out.push(
        diag('E0216', l.span, {
          what: `the size of \`forall ${l.var}\``,
          rule: `at most ${MAX_PES} (the toolkit simulates, prices and emits every PE)`,
          value: String(l.size),
          expected: `e.g. \`forall ${l.var} 32\``,
        }),
      );
    }
  }
  if (pes > MAX_PES && !out.length) {
    out.push(
      diag('E0216', d.span, {
        what: 'the number of PEs (the product of the spatial loop sizes)',
        rule: `at most ${MAX_PES} (1024 x 1024)`,
        value: String(pes),
        expected: 'smaller `forall` sizes',
      }),
    );
  }
  if (d.sparse && d.sparse.groupSize > MAX_SPARSE_GROUP) {
    out.push(
      diag('E0216', d.sparse.span, {
        what: 'the sparse group',
        rule: `at most ${MAX_SPARSE_GROUP} k-elements`,
        value: String(d.sparse.groupSize),
        expected: '`sparse(encode(A, j), 4)`',
      }),
    );
  }
  out.push(...checkNames(d));
  return out;
}

function checkNames(d: Design): Diagnostic[] {
  const out: Diagnostic[] = [];
  const nameAt: Span = d.nameSpan ?? d.span;
  const rule = (value: string, rule: string) =>
    out.push(
      diag('E0216', nameAt, {
        what: 'the engine name',
        rule,
        value,
        expected: '`engine sa_os : systolic-os` (a name, or a "quoted name")',
      }),
    );
  if (d.name.length === 0) rule('""', 'a non-empty name (it names the top module and every emitted file)');
  else if (CONTROL.test(d.name)) rule(shown(d.name), 'printable text (no line breaks or control characters)');
  else if ([...d.name].length > MAX_NAME_LENGTH)
    rule(
      `a name of ${[...d.name].length} characters`,
      `at most ${MAX_NAME_LENGTH} characters (it becomes part of every emitted file name)`,
    );
  if (CONTROL.test(d.technology)) {
    out.push(
      diag('E0216', d.technologySpan ?? d.span, {
        what: 'the technology',
        rule: 'a table name or a path without line breaks or control characters',
        value: shown(d.technology),
        expected: '`technology generic`',
      }),
    );
  }
  return out;
}
