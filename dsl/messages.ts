// Every diagnostic the DSL can produce, in one table keyed by a stable code. Tests assert
// codes (plus line and column), never wording. Templates use {placeholders}.
import type { Diagnostic, Severity } from '../ir/diagnostic.js';
import type { Span } from '../ir/types.js';

export interface MessageDef {
  readonly severity: Severity;
  readonly message: string;
  readonly expected?: string;
  readonly hint?: string;
}

export const MESSAGES = {
  // Whole-file problems (source.ts).
  E0001: { severity: 'error', message: '{file} is empty', expected: 'one `engine NAME : ARCHITECTURE { ... }` description', hint: 'start from one of the files in examples/' },
  E0002: { severity: 'error', message: '{file} looks binary (it contains NUL bytes), not .tpe text', hint: 'pass a .tpe text file' },
  E0003: { severity: 'error', message: '{file} is {size} bytes; .tpe files are limited to {limit} bytes', hint: 'one file describes one engine; a description is a few hundred bytes' },
  E0004: { severity: 'error', message: '{file} is not valid UTF-8 (first bad byte at offset {offset})', hint: 're-save the file as UTF-8' },
  E0005: { severity: 'error', message: 'cannot read {file}: {reason}', hint: 'check the path' },
  // Syntax (parse.ts).
  E0101: { severity: 'error', message: 'unexpected character {char}', expected: 'letters, digits, punctuation of the language ({ } ( ) [ ] , : . = <= + *), // or /* */ comments', hint: 'remove the character or put it inside a comment' },
  E0102: { severity: 'error', message: 'unexpected {found}', expected: '{expected}' },
  E0103: { severity: 'error', message: 'unexpected {found} at the end of the description', expected: 'nothing after the closing `}` of the engine', hint: 'one file describes one engine' },
  E0104: { severity: 'error', message: 'unexpected end of file', expected: '{expected}', hint: 'a `}` may be missing' },
  E0105: { severity: 'error', message: 'brackets are nested {depth} deep here', expected: 'at most {max} levels of ( [ {', hint: 'a loop nest has five loops; check for unbalanced brackets' },
  E0106: { severity: 'error', message: 'too many syntax errors ({count}); stopping after the first {max}', hint: 'fix the first errors and run again' },
  E0107: { severity: 'error', message: 'unterminated block comment', expected: 'a closing `*/`', hint: 'close the comment, or use // for a line comment' },
  // Names and structure (lower.ts).
  E0201: { severity: 'error', message: 'unknown {what} `{name}`', expected: '{expected}' },
  E0202: { severity: 'error', message: 'loop `{name}` appears twice in the nest', expected: 'each of m, n, k, j (and i for bit-slice) at most once', hint: 'merge the two loops or rename one' },
  E0203: { severity: 'error', message: '{what} is declared twice', hint: 'keep one declaration' },
  E0204: { severity: 'error', message: 'missing {what}', expected: '{expected}' },
  E0205: { severity: 'error', message: 'spatial loop `forall {name}` has no size', expected: 'a hardware extent, e.g. `forall {name} 8`', hint: 'a spatial loop is unrolled into parallel hardware, so it needs a size; use `for {name}` for a loop over time' },
  E0206: { severity: 'error', message: 'temporal loop `for {name}` takes no size', expected: '`for {name}` (its trip count comes from the workload)', hint: 'write `forall {name} {size}` to unroll it in hardware' },
  E0207: { severity: 'error', message: 'two loops at the same level of the nest (`{a}` and `{b}`)', expected: 'one loop per level: the nest is a chain, outer to inner', hint: 'nest the second loop inside the first' },
  E0208: { severity: 'error', message: 'this statement is not one of the primitive forms: `{text}`', expected: '{expected}' },
  E0209: { severity: 'error', message: 'the nest has no `{name}` loop', expected: 'loops over m, n, k and the bit-weight loop j', hint: '{hint}' },
  E0210: { severity: 'error', message: '{problem}', expected: 'exactly one `C = accumulate(C, p)` (CPA accumulator) or `C.s, C.c = accumulate(C, half_reduce(pp))` (carry-save accumulator)' },
  E0211: { severity: 'error', message: '{problem}', expected: '{expected}', hint: '{hint}' },
  E0212: { severity: 'error', message: 'a CPA per product feeding a carry-save accumulator is not a structure the IR describes', expected: '`C.s, C.c = accumulate(C, half_reduce(pp))` (no per-product CPA) or `C = accumulate(C, p)` (binary accumulator)', hint: 'drop `p = add(s, c)` and accumulate the partial products in carry-save' },
  E0213: { severity: 'error', message: '`group` marks the PE group along k (OPT4E) and is only allowed on a spatial k loop, not on `{loop}`', expected: '`forall k 2 group`' },
  E0214: { severity: 'error', message: '{operand} has {bits} bits; {what} must have {min}..{max} bits', expected: '{example}' },
  E0215: { severity: 'error', message: 'shift `{found}` does not weight digit {v} of {scheme} (radix {radix})', expected: '`{expected}`', hint: 'digit j of a radix-r encoding weighs r^j, i.e. a shift of log2(r)*j' },
  E0216: { severity: 'error', message: '{what} must be {rule}, got {value}', expected: '{expected}' },
  E0217: { severity: 'error', message: '{problem}', expected: '{expected}', hint: '{hint}' },
  E0218: { severity: 'error', message: '{what} is at the wrong place in the nest', expected: '{expected}', hint: '{hint}' },
  // Semantics (check.ts).
  E0301: { severity: 'error', message: 'zero-skip on the spatial bit-weight loop `{name}`', expected: 'skip zeros only on a temporal bit-weight loop (`for {name} skip zeros`)', hint: 'a spatial loop builds every digit in parallel hardware, so there is no cycle to skip' },
  E0302: { severity: 'error', message: '{scheme} encoding of {operand}: {type} has {digits} digits, but `{loop}` builds {size}', expected: '`forall {var} {digits}`', hint: 'the spatial bit-weight loop builds one partial product per digit' },
  E0303: { severity: 'error', message: '{problem}', expected: '{expected}', hint: '{hint}' },
  E0304: { severity: 'error', message: '{problem}', expected: '{expected}', hint: '{hint}' },
  E0305: { severity: 'error', message: 'the bit-weight loop `{name}` is temporal on {arch}, a classic architecture', expected: '`forall j {digits}` (all digits built in parallel)', hint: 'only bitslice designs step through digits over time' },
  W0306: { severity: 'warning', message: 'the {acc} accumulator can overflow for K <= {k}: the largest K that is always safe is {safe}', expected: 'K <= {safe}, or a wider accumulator', hint: 'widen C (e.g. {wider}) or lower the workload bound' },
  E0307: { severity: 'error', message: '{problem}', expected: '{expected}', hint: '{hint}' },
  E0308: { severity: 'error', message: '{problem}', expected: '{expected}', hint: '{hint}' },
  E0309: { severity: 'error', message: 'PEs with data-dependent latency (zero-skipping `{loop}`) need a `sync`', expected: 'a `sync` after the zero-skipping loop', hint: 'the PEs of a row wait for the slowest before the next group of k' },
  W0310: { severity: 'warning', message: '`sync` has nothing to wait for: no loop skips zeros', hint: 'remove `sync`, or add `skip zeros` to a temporal bit-weight loop' },
  E0311: { severity: 'error', message: 'the accumulator C is unsigned but {operand} is signed', expected: 'a signed accumulator, e.g. `C: int{bits}`' },
  E0312: { severity: 'error', message: '{problem}', expected: '{expected}' },
  E0313: { severity: 'error', message: '{problem}', expected: '{expected}', hint: '{hint}' },
  W0314: { severity: 'warning', message: 'the {acc} accumulator cannot hold even one product ({min}..{max})', expected: 'an accumulator of at least {need} bits', hint: 'widen C, e.g. `C: {wider}`' },
  W0315: { severity: 'warning', message: 'unknown technology `{name}`', expected: 'generic, ihp-sg13g2, or a path to a JSON table ending in .json', hint: '{hint}' },
  // Transformations (transform/).
  E0401: { severity: 'error', message: '{opt} does not apply to {name}: {reason}', hint: '{hint}' },
  E0402: { severity: 'error', message: 'unknown transformation `{name}`', expected: 'one of opt1, opt2, opt3, opt4c, opt4e' },
  // Last resort: a bug inside the DSL, reported as data instead of a stack trace.
  E0999: { severity: 'error', message: 'internal error in the DSL: {reason}', hint: 'this is a bug in TPE Toolkit; please report it with the input file' },
} as const satisfies Record<string, MessageDef>;

export type Code = keyof typeof MESSAGES;

function fill(t: string, params: Record<string, string | number>): string {
  return t.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export interface DiagExtra {
  notes?: { message: string; span?: Span }[];
  /** Overrides the table's hint (e.g. "did you mean"). */
  hint?: string;
}

/** Builds the Diagnostic for a code from the table. Empty expected/hint fields are dropped. */
export function diag(code: Code, span: Span | undefined, params: Record<string, string | number> = {}, extra: DiagExtra = {}): Diagnostic {
  const def: MessageDef = MESSAGES[code];
  const expected = def.expected !== undefined ? fill(def.expected, params) : undefined;
  const hint = extra.hint ?? (def.hint !== undefined ? fill(def.hint, params) : undefined);
  return {
    code,
    severity: def.severity,
    message: fill(def.message, params),
    ...(span ? { span } : {}),
    ...(expected ? { expected } : {}),
    ...(hint ? { hint } : {}),
    ...(extra.notes && extra.notes.length > 0 ? { notes: extra.notes } : {}),
  };
}

/** Edit distance with adjacent transpositions (optimal string alignment), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[x.length][y.length];
}

/** The closest candidate within a third of the word's length (at least 1, at most 3 edits). */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of [...candidates].sort()) {
    const dd = editDistance(word, c);
    if (dd < bestD) { bestD = dd; best = c; }
  }
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  return best !== undefined && bestD <= limit ? best : undefined;
}

export function unknownName(what: string, name: string, candidates: readonly string[], span: Span, expected?: string): Diagnostic {
  const guess = didYouMean(name, candidates);
  return diag('E0201', span, { what, name, expected: expected ?? `one of ${[...candidates].join(', ')}` },
    guess ? { hint: `did you mean \`${guess}\`?` } : {});
}
