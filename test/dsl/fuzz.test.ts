// Robustness: random and mutated inputs never throw, never hit the internal-error code, and
// every diagnostic's position lies inside the file and agrees with its offset.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSource, formatText, parseDesign, renderDiagnostics } from '../../dsl/index.js';
import { posAt } from '../../dsl/span.js';
import { tpeLexer } from '../../dsl/tokens.js';
import type { Diagnostic } from '../../ir/index.js';
import { check } from './arbitraries.js';

const EX = join(import.meta.dirname, '..', '..', 'examples');
const examples = readdirSync(EX)
  .filter((f) => f.endsWith('.tpe'))
  .sort()
  .map((f) => readFileSync(join(EX, f), 'utf8'));

/** Tokens (comments included) with the whitespace that followed each. */
function pieces(text: string): { image: string; gap: string }[] {
  const r = tpeLexer.tokenize(text);
  const all = [...r.tokens, ...((r.groups.comments ?? []) as typeof r.tokens)].sort((a, b) => a.startOffset - b.startOffset);
  return all.map((t, i) => ({
    image: t.image,
    gap: text.slice(t.endOffset! + 1, i + 1 < all.length ? all[i + 1].startOffset : text.length),
  }));
}

const VOCAB = [
  'engine',
  'for',
  'forall',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ',',
  ':',
  '.',
  '=',
  '<=',
  '+',
  '*',
  'skip',
  'zeros',
  'group',
  'sync',
  'encode',
  'in',
  'per',
  'at',
  'drain',
  'k',
  'j',
  'i',
  'm',
  'n',
  'A',
  'B',
  'C',
  '8',
  '0',
  '99999999999999999999',
  '"str"',
  'accumulate',
  'half_reduce',
  'add',
  'sparse',
  'map',
  'shift',
  'pp',
  's',
  'c',
  'p',
  '// c',
  '/* b */',
  'int8',
  'uint2',
  'int64',
  'ent',
  'booth4',
  'binary',
];

type Mutation = { kind: 'drop' | 'dup' | 'swap' | 'insert'; at: number; other: number; word: string };
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('drop', 'dup', 'swap', 'insert'),
  at: fc.nat(),
  other: fc.nat(),
  word: fc.constantFrom(...VOCAB),
});

function mutate(text: string, muts: Mutation[]): string {
  const p = pieces(text);
  for (const m of muts) {
    if (p.length === 0) break;
    const i = m.at % p.length;
    const j = m.other % p.length;
    if (m.kind === 'drop') p.splice(i, 1);
    else if (m.kind === 'dup') p.splice(i, 0, { ...p[i] });
    else if (m.kind === 'swap') [p[i].image, p[j].image] = [p[j].image, p[i].image];
    else p.splice(i, 0, { image: m.word, gap: ' ' });
  }
  return p.map((x) => x.image + (x.gap || ' ')).join('');
}

function assertWellFormed(text: string, diags: readonly Diagnostic[], value: unknown): void {
  const lines = text.split('\n');
  for (const d of diags) {
    expect(d.code, d.message).not.toBe('E0999');
    expect(d.message.length).toBeGreaterThan(0);
    if (!d.span) continue;
    const { start, end } = d.span;
    expect(start.line).toBeGreaterThanOrEqual(1);
    expect(start.line).toBeLessThanOrEqual(lines.length);
    expect(start.col).toBeGreaterThanOrEqual(1);
    expect(start.col).toBeLessThanOrEqual(lines[start.line - 1].length + 1);
    expect(start.offset).toBeLessThanOrEqual(end.offset);
    expect(end.offset).toBeLessThanOrEqual(text.length);
    expect(posAt(text, start.offset)).toEqual(start);
    for (const n of d.notes ?? []) if (n.span) expect(n.span.start.line).toBeLessThanOrEqual(lines.length);
  }
  if (diags.some((d) => d.severity === 'error')) expect(value).toBeUndefined();
  expect(typeof renderDiagnostics(diags, new Map([['z.tpe', text]]))).toBe('string');
}

describe('fuzz', () => {
  it('mutated examples (drop / duplicate / swap / insert tokens) (property)', () => {
    check(
      'fuzz-mutations',
      fc.property(fc.constantFrom(...examples), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (t, muts) => {
        const text = mutate(t, muts);
        const r = parseDesign(text, 'z.tpe');
        assertWellFormed(text, r.diagnostics, r.value);
        const f = formatText(text, 'z.tpe');
        if (f.value !== undefined) expect(formatText(f.value, 'z.tpe').value).toBe(f.value);
      }),
      300,
    );
  });

  it('random bytes through the file decoder (property)', () => {
    check(
      'fuzz-bytes',
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const src = decodeSource(bytes, 'z.tpe');
        if (src.value === undefined) {
          expect(src.diagnostics.length).toBe(1);
          expect(src.diagnostics[0].span).toBeUndefined();
          return;
        }
        const r = parseDesign(src.value, 'z.tpe');
        assertWellFormed(src.value, r.diagnostics, r.value);
      }),
      200,
    );
  });

  it('random text, and random splices of the vocabulary (property)', () => {
    const splice = fc.array(fc.constantFrom(...VOCAB, '\n', ' ', '\r\n', '\t', '\u00e9', '\r'), { maxLength: 60 }).map((w) => w.join(' '));
    check(
      'fuzz-text',
      fc.property(fc.oneof(fc.string({ maxLength: 200, unit: 'binary' }), splice), (text) => {
        const r = parseDesign(text, 'z.tpe');
        assertWellFormed(text, r.diagnostics, r.value);
        expect(r.diagnostics.length + (r.value ? 1 : 0)).toBeGreaterThan(0);
      }),
      300,
    );
  });

  it('regressions: empty engine, lone brace, EOF after header', () => {
    for (const text of [
      '',
      '}',
      'engine',
      'engine x : cube {',
      'engine x : cube {}',
      'engine x : cube { for k { } }',
      '\r\r\r{',
      'engine "\\u0000" : cube {}',
    ]) {
      const r = parseDesign(text, 'z.tpe');
      assertWellFormed(text, r.diagnostics, r.value);
      expect(r.diagnostics.length).toBeGreaterThan(0);
    }
  });
});
