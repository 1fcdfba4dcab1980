// The diagnostics of the rules over the IR (check.ts) and of the OPT passes (transform/), in one
// table keyed by a stable code; the DSL adds the codes of the text (dsl/messages.ts) and shows
// both as one table. Tests assert codes (plus line and column), never wording. Templates use
// {placeholders}.
import type { Diagnostic, Severity } from './diagnostic.js';
import type { Span } from './types.js';

export interface MessageDef {
  readonly severity: Severity;
  readonly message: string;
  readonly expected?: string;
  readonly hint?: string;
}

export const IR_MESSAGES = {
  // Structure of the IR (also reported by lowering, with the span of the text).
  E0202: {
    severity: 'error',
    message: 'loop `{name}` appears twice in the nest',
    expected: 'each of m, n, k, j (and i for bit-slice) at most once',
    hint: 'merge the two loops or rename one',
  },
  E0204: { severity: 'error', message: 'missing {what}', expected: '{expected}' },
  E0205: {
    severity: 'error',
    message: 'spatial loop `forall {name}` has no size',
    expected: 'a hardware extent, e.g. `forall {name} 8`',
    hint: 'a spatial loop is unrolled into parallel hardware, so it needs a size; use `for {name}` for a loop over time',
  },
  E0206: {
    severity: 'error',
    message: 'temporal loop `for {name}` takes no size',
    expected: '`for {name}` (its trip count comes from the workload)',
    hint: 'write `forall {name} {size}` to unroll it in hardware',
  },
  E0209: {
    severity: 'error',
    message: 'the nest has no `{name}` loop',
    expected: 'loops over m, n, k and the bit-weight loop j',
    hint: '{hint}',
  },
  E0211: { severity: 'error', message: '{problem}', expected: '{expected}', hint: '{hint}' },
  E0214: { severity: 'error', message: '{operand} has {bits} bits; {what} must have {min}..{max} bits', expected: '{example}' },
  E0216: { severity: 'error', message: '{what} must be {rule}, got {value}', expected: '{expected}' },
  // Semantics.
  E0301: {
    severity: 'error',
    message: 'zero-skip on the spatial bit-weight loop `{name}`',
    expected: 'skip zeros only on a temporal bit-weight loop (`for {name} skip zeros`)',
    hint: 'a spatial loop builds every digit in parallel hardware, so there is no cycle to skip',
  },
  E0302: {
    severity: 'error',
    message: '{scheme} encoding of {operand}: {type} has {digits} digits, but `{loop}` builds {size}',
    expected: '`forall {var} {digits}`',
    hint: 'the spatial bit-weight loop builds one partial product per digit',
  },
  E0303: { severity: 'error', message: '{problem}', expected: '{expected}', hint: '{hint}' },
  E0304: { severity: 'error', message: '{problem}', expected: '{expected}', hint: '{hint}' },
  E0305: {
    severity: 'error',
    message: 'the bit-weight loop `{name}` is temporal on {arch}, a classic architecture',
    expected: '`forall j {digits}` (all digits built in parallel)',
    hint: 'only bitslice designs step through digits over time',
  },
  W0306: {
    severity: 'warning',
    message: 'the {acc} accumulator can overflow for K <= {k}: the largest K that is always safe is {safe}',
    expected: 'K <= {safe}, or a wider accumulator',
    hint: 'widen C (e.g. {wider}) or lower the workload bound',
  },
  E0307: { severity: 'error', message: '{problem}', expected: '{expected}', hint: '{hint}' },
  E0308: { severity: 'error', message: '{problem}', expected: '{expected}', hint: '{hint}' },
  E0311: {
    severity: 'error',
    message: 'the accumulator C is unsigned but {operand} is signed',
    expected: 'a signed accumulator, e.g. `C: int{bits}`',
  },
  E0312: { severity: 'error', message: '{problem}', expected: '{expected}' },
  E0313: { severity: 'error', message: '{problem}', expected: '{expected}', hint: '{hint}' },
  W0314: {
    severity: 'warning',
    message: 'the {acc} accumulator cannot hold even one product ({min}..{max})',
    expected: 'an accumulator of at least {need} bits',
    hint: 'widen C, e.g. `C: {wider}`',
  },
  W0315: {
    severity: 'warning',
    message: 'unknown technology `{name}`',
    expected: 'generic, ihp-sg13g2, or a path to a JSON table ending in .json',
    hint: '{hint}',
  },
  // Transformations (ir/transform/).
  E0401: { severity: 'error', message: '{opt} does not apply to {name}: {reason}', hint: '{hint}' },
  E0402: { severity: 'error', message: 'unknown transformation `{name}`', expected: 'one of opt1, opt2, opt3, opt4c, opt4e' },
} as const satisfies Record<string, MessageDef>;

export type IrCode = keyof typeof IR_MESSAGES;

function fill(t: string, params: Record<string, string | number>): string {
  return t.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export interface DiagExtra {
  notes?: { message: string; span?: Span }[];
  /** Overrides the table's hint (e.g. "did you mean"). */
  hint?: string;
}

/** Builds the Diagnostic for a code of `table`. Empty expected/hint fields are dropped. */
export function diagFrom(
  table: Record<string, MessageDef>,
  code: string,
  span: Span | undefined,
  params: Record<string, string | number> = {},
  extra: DiagExtra = {},
): Diagnostic {
  const def = table[code];
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

/** The Diagnostic for an IR rule's code. */
export function diag(
  code: IrCode,
  span: Span | undefined,
  params: Record<string, string | number> = {},
  extra: DiagExtra = {},
): Diagnostic {
  return diagFrom(IR_MESSAGES, code, span, params, extra);
}

/** Edit distance with adjacent transpositions (optimal string alignment), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
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
    if (dd < bestD) {
      bestD = dd;
      best = c;
    }
  }
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  return best !== undefined && bestD <= limit ? best : undefined;
}
