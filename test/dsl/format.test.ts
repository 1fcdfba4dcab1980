// The formatter: canonical spacing and indentation, comments kept, idempotent, meaning kept.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatText, parseDesign, stripSpans } from '../../dsl/index.js';
import { tpeLexer } from '../../dsl/tokens.js';
import { check } from './arbitraries.js';
import { OS } from './helpers.js';

const EX = join(import.meta.dirname, '..', '..', 'examples');
const examples = readdirSync(EX)
  .filter((f) => f.endsWith('.tpe'))
  .sort()
  .map((f) => readFileSync(join(EX, f), 'utf8'));
const fmt = (t: string) => formatText(t, 'f.tpe');

describe('fmt', () => {
  it('normalizes spacing and indentation', () => {
    const messy =
      'engine t:cube{\nA :int8\n    B: int8\n C:int32\n encode A booth4 in pe\n\n\n\nforall m 4 ( B broadcast ){\nforall n 4(A broadcast){\nforall k 4 (C stationary) {\nforall j 4{pp[ j ]=shift( map(B,encode(A,j)),2 * j)}\ns , c=half_reduce( pp )\np = add(s,c)\nC=accumulate(C,p)\n}}}\n}';
    expect(fmt(messy).value).toBe(
      [
        'engine t : cube {',
        '  A: int8',
        '  B: int8',
        '  C: int32',
        '  encode A booth4 in pe',
        '',
        '  forall m 4 (B broadcast) {',
        '    forall n 4 (A broadcast) {',
        '      forall k 4 (C stationary) {',
        '        forall j 4 { pp[j] = shift(map(B, encode(A, j)), 2*j) }',
        '        s, c = half_reduce(pp)',
        '        p = add(s, c)',
        '        C = accumulate(C, p)',
        '      } } }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('keeps every comment and aligns trailing ones in a block', () => {
    const src = '// doc\nengine t : cube { /* inline */\n  A: int8 // a\n  B: int8\n  C: int32      // the accumulator\n  // own line\n}\n';
    const out = fmt(src).value!;
    expect(out).toBe(
      '// doc\nengine t : cube { /* inline */\n  A: int8   // a\n  B: int8\n  C: int32  // the accumulator\n  // own line\n}\n',
    );
    const comments = (t: string) => (tpeLexer.tokenize(t).groups.comments ?? []).map((c) => c.image);
    expect(comments(out)).toEqual(comments(src));
  });

  it('refuses files with syntax errors and returns them', () => {
    const r = fmt('engine t : cube {\n  A int8\n');
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.length).toBeGreaterThan(0);
  });

  it('examples are formatted already', () => {
    for (const t of examples) expect(fmt(t).value).toBe(t);
  });

  it('is idempotent and keeps meaning on perturbed examples (property)', () => {
    // Perturb the layout: random spaces between tokens, random blank lines, CRLF endings.
    const perturbed = fc
      .tuple(
        fc.constantFrom(...examples, OS),
        fc.array(fc.constantFrom('', ' ', '   ', '\t'), { minLength: 400, maxLength: 400 }),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([t, spaces, blank, crlf]) => {
        let k = 0;
        let s = t.replace(/([(),{}]|(?<!<)=)/g, (m) => `${spaces[k++ % spaces.length]}${m}${spaces[k++ % spaces.length]}`);
        if (blank) s = s.replace(/\n  (for|C =)/g, '\n\n\n  $1');
        if (crlf) s = s.replace(/\n/g, '\r\n');
        return s;
      });
    check(
      'fmt-idempotent',
      fc.property(perturbed, (t) => {
        const once = fmt(t);
        expect(once.diagnostics).toEqual([]);
        expect(fmt(once.value!).value).toBe(once.value);
        const a = parseDesign(t, 'f.tpe');
        const b = parseDesign(once.value!, 'f.tpe');
        expect(stripSpans(b.value!)).toEqual(stripSpans(a.value!));
      }),
      100,
    );
  });
});
