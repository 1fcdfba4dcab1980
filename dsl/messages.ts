// Every diagnostic the DSL can produce, in one table keyed by a stable code: the codes of the
// text (whole file, syntax, names and structure as lowering reads them) here, and the codes of
// the rules over the IR from ir/messages.ts. Tests assert codes (plus line and column), never
// wording. Templates use {placeholders}.
import type { Diagnostic } from '../ir/diagnostic.js';
import { IR_MESSAGES, diagFrom, didYouMean, type DiagExtra, type MessageDef } from '../ir/messages.js';
import type { Span } from '../ir/types.js';

export { didYouMean, editDistance, type DiagExtra, type MessageDef } from '../ir/messages.js';

const DSL_MESSAGES = {
  // Whole-file problems (source.ts).
  E0001: {
    severity: 'error',
    message: '{file} is empty',
    expected: 'one `engine NAME : ARCHITECTURE { ... }` description',
    hint: 'start from one of the files in examples/',
  },
  E0002: { severity: 'error', message: '{file} looks binary (it contains NUL bytes), not .tpe text', hint: 'pass a .tpe text file' },
  E0003: {
    severity: 'error',
    message: '{file} is {size} bytes; .tpe files are limited to {limit} bytes',
    hint: 'one file describes one engine; a description is a few hundred bytes',
  },
  E0004: { severity: 'error', message: '{file} is not valid UTF-8 (first bad byte at offset {offset})', hint: 're-save the file as UTF-8' },
  E0005: { severity: 'error', message: 'cannot read {file}: {reason}', hint: 'check the path' },
  // Syntax (parse.ts).
  E0101: {
    severity: 'error',
    message: 'unexpected character {char}',
    expected: 'letters, digits, punctuation of the language ({ } ( ) [ ] , : . = <= + *), // or /* */ comments',
    hint: 'remove the character or put it inside a comment',
  },
  E0102: { severity: 'error', message: 'unexpected {found}', expected: '{expected}' },
  E0103: {
    severity: 'error',
    message: 'unexpected {found} at the end of the description',
    expected: 'nothing after the closing `}` of the engine',
    hint: 'one file describes one engine',
  },
  E0104: { severity: 'error', message: 'unexpected end of file', expected: '{expected}', hint: 'a `}` may be missing' },
  E0105: {
    severity: 'error',
    message: 'brackets are nested {depth} deep here',
    expected: 'at most {max} levels of ( [ {',
    hint: 'a loop nest has five loops; check for unbalanced brackets',
  },
  E0106: {
    severity: 'error',
    message: 'too many syntax errors ({count}); stopping after the first {max}',
    hint: 'fix the first errors and run again',
  },
  E0107: {
    severity: 'error',
    message: 'unterminated block comment',
    expected: 'a closing `*/`',
    hint: 'close the comment, or use // for a line comment',
  },
  // Names and structure (lower.ts).
  E0201: { severity: 'error', message: 'unknown {what} `{name}`', expected: '{expected}' },
  E0203: { severity: 'error', message: '{what} is declared twice', hint: 'keep one declaration' },
  E0207: {
    severity: 'error',
    message: 'two loops at the same level of the nest (`{a}` and `{b}`)',
    expected: 'one loop per level: the nest is a chain, outer to inner',
    hint: 'nest the second loop inside the first',
  },
  E0208: { severity: 'error', message: 'this statement is not one of the primitive forms: `{text}`', expected: '{expected}' },
  E0210: {
    severity: 'error',
    message: '{problem}',
    expected:
      'exactly one `C = accumulate(C, p)` (CPA accumulator) or `C.s, C.c = accumulate(C, half_reduce(pp))` (carry-save accumulator)',
  },
  E0212: {
    severity: 'error',
    message: 'a CPA per product feeding a carry-save accumulator is not a structure the IR describes',
    expected: '`C.s, C.c = accumulate(C, half_reduce(pp))` (no per-product CPA) or `C = accumulate(C, p)` (binary accumulator)',
    hint: 'drop `p = add(s, c)` and accumulate the partial products in carry-save',
  },
  E0213: {
    severity: 'error',
    message: '`group` marks the PE group along k (OPT4E) and is only allowed on a spatial k loop, not on `{loop}`',
    expected: '`forall k 2 group`',
  },
  E0215: {
    severity: 'error',
    message: 'shift `{found}` does not weight digit {v} of {scheme} (radix {radix})',
    expected: '`{expected}`',
    hint: 'digit j of a radix-r encoding weighs r^j, i.e. a shift of log2(r)*j',
  },
  E0217: { severity: 'error', message: '{problem}', expected: '{expected}', hint: '{hint}' },
  E0218: { severity: 'error', message: '{what} is at the wrong place in the nest', expected: '{expected}', hint: '{hint}' },
  // The nest's `sync` statements (lower.ts).
  E0309: {
    severity: 'error',
    message: 'PEs with data-dependent latency (zero-skipping `{loop}`) need a `sync`',
    expected: 'a `sync` after the zero-skipping loop',
    hint: 'the PEs of a row wait for the slowest before the next group of k',
  },
  W0310: {
    severity: 'warning',
    message: '`sync` has nothing to wait for: no loop skips zeros',
    hint: 'remove `sync`, or add `skip zeros` to a temporal bit-weight loop',
  },
  // Last resort: a bug inside the DSL, reported as data instead of a stack trace.
  E0999: {
    severity: 'error',
    message: 'internal error in the DSL: {reason}',
    hint: 'this is a bug in TPE Toolkit; please report it with the input file',
  },
} as const satisfies Record<string, MessageDef>;

/** Both tables, in code order. */
export const MESSAGES = Object.fromEntries(
  Object.entries({ ...DSL_MESSAGES, ...IR_MESSAGES }).sort(([a], [b]) => a.slice(1).localeCompare(b.slice(1))),
) as typeof DSL_MESSAGES & typeof IR_MESSAGES;

export type Code = keyof typeof MESSAGES;

/** Builds the Diagnostic for a code from the table. Empty expected/hint fields are dropped. */
export function diag(code: Code, span: Span | undefined, params: Record<string, string | number> = {}, extra: DiagExtra = {}): Diagnostic {
  return diagFrom(MESSAGES, code, span, params, extra);
}

export function unknownName(what: string, name: string, candidates: readonly string[], span: Span, expected?: string): Diagnostic {
  const guess = didYouMean(name, candidates);
  return diag(
    'E0201',
    span,
    { what, name, expected: expected ?? `one of ${[...candidates].join(', ')}` },
    guess ? { hint: `did you mean \`${guess}\`?` } : {},
  );
}
