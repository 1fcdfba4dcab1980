// Diagnostics of workload/: stable codes (tests assert codes), one table.
import type { Diagnostic } from '../ir/index.js';

export const WORKLOAD_CODES = {
  T0101: 'bad workload text',
  T0102: 'unknown model preset',
  T0103: 'bad tensor file',
  T0104: 'tensor not found',
  T0105: 'unsupported dtype',
  T0106: 'bad tensor shape',
  T0107: 'value out of the operand type',
  T0108: 'bad tensor values (NaN or infinity)',
} as const;
export type WorkloadCode = keyof typeof WORKLOAD_CODES;

export function wlError(code: WorkloadCode, message: string, extra: { expected?: string; hint?: string } = {}): Diagnostic {
  return { code, severity: 'error', message, ...extra };
}

/** Closest candidate within a small edit distance, for "did you mean" (none for words under 3 letters). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length < 3) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of [...candidates].sort()) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  if (best !== undefined && bestD <= limit) return best;
  // A unique candidate that the word begins (area -> areaUm2).
  const pre = candidates.filter((c) => c.toLowerCase().startsWith(word.toLowerCase()));
  return pre.length === 1 ? pre[0] : undefined;
}

/** Edit distance with adjacent transpositions counted as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Math.abs(a.length - b.length) + 64;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
