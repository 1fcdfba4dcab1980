// OPT passes: baseline -> variant equals presetDesign(arch, variant) for every pair of
// ir/architectures.ts variants; illegal applications say why; results validate and print as DSL.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesign, printDesign, stripSpans } from '../../dsl/index.js';
import {
  applyTransforms,
  ARCHITECTURES,
  appliedOptimizations,
  checkDesign,
  presetDesign,
  VARIANTS,
  type TransformOptions,
  type Variant,
} from '../../ir/index.js';
import { baselineArb, check } from '../dsl/arbitraries.js';

const CHAIN: Record<Exclude<Variant, 'baseline'>, [string[], TransformOptions]> = {
  opt1: [['opt1'], {}],
  'opt1-row': [['opt1'], { cpa: 'per-row' }],
  'opt1-shared': [['opt1'], { cpa: 'shared' }],
  opt2: [['opt2'], {}],
  opt3: [['opt3'], {}],
  opt4c: [['opt3', 'opt4c'], {}],
  opt4e: [['opt3', 'opt4c', 'opt4e'], {}],
};

describe('OPT passes reproduce the presets', () => {
  for (const arch of ARCHITECTURES) {
    for (const v of VARIANTS[arch]) {
      if (v === 'baseline') continue;
      it(`${arch}: baseline -> ${v}`, () => {
        const [names, opts] = CHAIN[v];
        const r = applyTransforms(presetDesign(arch), names, opts);
        expect(r.diagnostics).toEqual([]);
        expect(stripSpans(r.value!, { ignoreName: true, ignoreDoc: true })).toEqual(
          stripSpans(presetDesign(arch, v), { ignoreName: true, ignoreDoc: true }),
        );
        expect(appliedOptimizations(r.value!)).toEqual(appliedOptimizations(presetDesign(arch, v)));
      });
    }
  }
  it('opt4c applies to an opt3 design, opt4e to opt3 and opt4c designs with a group size', () => {
    expect(applyTransforms(presetDesign('bitslice', 'opt3'), ['opt4c']).value?.encoders[0].placement).toBe('column');
    const e = applyTransforms(presetDesign('bitslice', 'opt3'), ['opt4e'], { peGroup: 4 }).value!;
    expect([e.peGroup, e.loops.find((l) => l.var === 'k')?.size, e.encoders[0].placement]).toEqual([4, 4, 'pe']);
    expect(stripSpans(applyTransforms(presetDesign('bitslice', 'opt4c'), ['opt4e']).value!, { ignoreName: true, ignoreDoc: true })).toEqual(
      stripSpans(presetDesign('bitslice', 'opt4e'), { ignoreName: true, ignoreDoc: true }),
    );
  });
});

describe('OPT passes refuse what does not apply, and say why', () => {
  const refuse = (arch: Parameters<typeof presetDesign>[0], v: Variant, names: string[], why: RegExp, opts: TransformOptions = {}) => {
    const r = applyTransforms(presetDesign(arch, v), names, opts);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['E0401']);
    expect(r.diagnostics[0].message).toMatch(why);
  };
  it('opt1 twice', () => refuse('systolic-os', 'opt1', ['opt1'], /already carry-save/));
  it('opt1 on bit-slice', () => refuse('bitslice', 'baseline', ['opt1'], /bit-slice/));
  it('opt1 per row where C moves', () => refuse('systolic-ws', 'baseline', ['opt1'], /not stationary/, { cpa: 'per-row' }));
  it('opt1 per column where k is temporal', () => refuse('systolic-os', 'baseline', ['opt1'], /k is temporal/, { cpa: 'per-column' }));
  it('opt2 without spatial k', () => refuse('matrix2d', 'baseline', ['opt2'], /k is temporal/));
  it('opt2 twice', () => refuse('cube', 'opt2', ['opt2'], /already/));
  it('opt3 on a classic architecture', () => refuse('cube', 'baseline', ['opt3'], /bit-slice design/));
  it('opt3 twice', () => refuse('bitslice', 'opt3', ['opt3'], /already/));
  it('opt4c without opt3', () => refuse('bitslice', 'baseline', ['opt4c'], /OPT3/));
  it('opt4c twice', () => refuse('bitslice', 'opt4c', ['opt4c'], /already/));
  it('opt4e without opt3', () => refuse('bitslice', 'baseline', ['opt4e'], /OPT3/));
  it('opt4e twice', () => refuse('bitslice', 'opt4e', ['opt4e'], /already grouped/));
  it('opt4e with a group of 1', () => refuse('bitslice', 'opt3', ['opt4e'], /at least 2/, { peGroup: 1 }));
  it('unknown pass', () => {
    expect(applyTransforms(presetDesign('cube'), ['opt9']).diagnostics.map((d) => d.code)).toEqual(['E0402']);
  });
});

describe('transformed designs validate (property)', () => {
  it('random baselines through every applicable chain validate and round-trip as DSL', () => {
    const chains = [['opt1'], ['opt2'], ['opt1', 'opt2'], ['opt3'], ['opt3', 'opt4c'], ['opt3', 'opt4e'], ['opt3', 'opt4c', 'opt4e']];
    check(
      'transform-validates',
      fc.property(
        baselineArb,
        fc.constantFrom(...chains),
        fc.constantFrom<TransformOptions>({}, { cpa: 'per-row' }, { peGroup: 3, sparseGroup: 2 }),
        (d, names, opts) => {
          const r = applyTransforms(d, names, opts);
          if (!r.value) {
            // A refused pass may come with the design's own warnings (e.g. W0314 on a narrow accumulator).
            expect(r.diagnostics.filter((x) => x.severity === 'error').map((x) => x.code)).toEqual(['E0401']);
            return;
          }
          expect(checkDesign(r.value).filter((x) => x.severity === 'error')).toEqual([]);
          const back = parseDesign(printDesign(r.value), 't.tpe');
          expect(back.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
          expect(stripSpans(back.value!)).toEqual(stripSpans(r.value));
        },
      ),
      100,
    );
  });
});
