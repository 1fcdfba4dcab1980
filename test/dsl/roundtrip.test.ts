// print(ir) is canonical DSL: parse(print(ir)) equals ir modulo spans, for every preset and for
// random valid designs; print's output is already formatted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalModuloSpans, formatText, parseDesign, printDesign, stripSpans } from '../../dsl/index.js';
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
      });
    }
  }

  it('random valid designs: parse(print(d)) == d, and print is fmt-clean (property)', () => {
    check('roundtrip', fc.property(designArb, (d) => {
      const text = printDesign(d);
      const r = parseDesign(text, 'p.tpe');
      expect(r.diagnostics.filter((x) => x.severity === 'error'), text).toEqual([]);
      expect(stripSpans(r.value!)).toEqual(stripSpans(d));
      expect(formatText(text, 'p.tpe').value).toBe(text);
    }));
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
