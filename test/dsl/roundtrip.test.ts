// print(ir) is canonical DSL: parse(print(ir)) equals ir modulo spans, for every preset and for
// random valid designs; print's output is already formatted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDesign, equalModuloSpans, formatText, parseDesign, printDesign, stripSpans } from '../../dsl/index.js';
import { ARCHITECTURES, presetDesign, VARIANTS } from '../../ir/index.js';
import { check, designArb } from './arbitraries.js';

describe('print / parse round trip', () => {
  for (const arch of ARCHITECTURES) {
    for (const v of VARIANTS[arch]) {
      it(`${arch} ${v}`, () => {
        const d = presetDesign(arch, v);
        const r = parseDesign(printDesign(d), 'p.tpe');
        expect(r.diagnostics).toEqual([]);
        expect(stripSpans(r.value!)).toEqual(stripSpans(d));
        // Strictly, flows in the same order too.
        const plain = (x: object) =>
          JSON.stringify(x, (k, v: unknown) =>
            k === 'span' || k === 'typeSpans' || k === 'nameSpan' || k === 'technologySpan' ? undefined : v,
          );
        expect(plain(r.value!)).toBe(plain(d));
      });
    }
  }

  it('random valid designs: parse(print(d)) == d, and print is fmt-clean (property)', () => {
    check(
      'roundtrip',
      fc.property(designArb, (d) => {
        const text = printDesign(d);
        const r = parseDesign(text, 'p.tpe');
        expect(
          r.diagnostics.filter((x) => x.severity === 'error'),
          text,
        ).toEqual([]);
        expect(stripSpans(r.value!)).toEqual(stripSpans(d));
        expect(formatText(text, 'p.tpe').value).toBe(text);
      }),
    );
  });

  it('equalModuloSpans sees real differences', () => {
    const a = presetDesign('cube', 'opt1');
    const b = presetDesign('cube', 'opt2');
    expect(equalModuloSpans(a, a)).toBe(true);
    expect(equalModuloSpans(a, b)).toBe(false);
    expect(equalModuloSpans(a, { ...a, name: 'x' })).toBe(false);
    expect(equalModuloSpans(a, { ...a, name: 'x' }, { ignoreName: true })).toBe(true);
    expect(equalModuloSpans(a, { ...a, flows: [...a.flows].reverse() })).toBe(true);
  });
});

describe('every IR field is expressible', () => {
  // Designs with any reduction / placement / pipeline combination, valid or not: a valid one
  // must come back equal; an invalid one must come back with errors, not a different design.
  const anyIr = fc
    .tuple(
      designArb,
      fc.constantFrom<'carry-save' | 'cpa'>('carry-save', 'cpa'),
      fc.constantFrom<'carry-save' | 'cpa'>('carry-save', 'cpa'),
      fc.constantFrom<'bitweight-inner' | 'bitweight-outer'>('bitweight-inner', 'bitweight-outer'),
      fc.constantFrom<'per-product' | 'per-pe-drain' | 'per-row' | 'per-column' | 'shared'>(
        'per-product',
        'per-pe-drain',
        'per-row',
        'per-column',
        'shared',
      ),
      fc.constantFrom<'pe' | 'row' | 'column' | 'group'>('pe', 'row', 'column', 'group'),
      fc.integer({ min: 1, max: 40 }),
    )
    .map(([d, j, k, order, finalCpa, placement, lanes]) => ({
      ...d,
      // Lanes exist only with a shared resolve stage (the text has no place for them otherwise).
      reduction: { ...(({ lanes: _, ...rest }) => rest)(d.reduction), j, k, order, finalCpa, ...(finalCpa === 'shared' ? { lanes } : {}) },
      encoders: d.encoders.map((e, i) => (i === 0 ? { ...e, placement } : e)),
    }));
  it('parse(print(d)) == d whenever d validates; errors otherwise (property)', () => {
    let valid = 0;
    check(
      'any-ir',
      fc.property(anyIr, (d) => {
        const text = printDesign(d);
        const r = parseDesign(text, 'p.tpe');
        if (checkDesign(d).some((x) => x.severity === 'error')) {
          expect(r.value, text).toBeUndefined();
          return;
        }
        valid++;
        expect(
          r.diagnostics.filter((x) => x.severity === 'error'),
          text,
        ).toEqual([]);
        expect(stripSpans(r.value!)).toEqual(stripSpans(d));
      }),
      400,
    );
    expect(valid).toBeGreaterThan(20);
  });
});
