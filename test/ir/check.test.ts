// The IR's own rules (ir/check.ts) on designs built by code: the bit-slice nest rules the back
// ends used to re-check with their own codes, spans and the workload bound inside the IR, and
// back ends that answer an invalid design with the IR's codes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimate, loadTech } from '../../cost/index.js';
import { loadDesign } from '../../dsl/index.js';
import { applyTransforms, checkDesign, designErrors, intMatrix, presetDesign, type Design, type Loop } from '../../ir/index.js';
import { emitDesign } from '../../rtl/index.js';
import { fastCycles, simulate } from '../../simulator/index.js';

const codes = (d: Design) =>
  checkDesign(d)
    .filter((x) => x.severity === 'error')
    .map((x) => x.code);
const withLoop = (d: Design, v: string, f: (l: Loop) => Loop): Design => ({ ...d, loops: d.loops.map((l) => (l.var === v ? f(l) : l)) });

describe('bit-slice nests', () => {
  it('a j loop that does not skip zeros: E0304', () => {
    expect(codes(withLoop(presetDesign('bitslice', 'opt3'), 'j', (l) => ({ ...l, skipZeros: false })))).toContain('E0304');
    const spatialJ = withLoop(presetDesign('bitslice', 'baseline'), 'j', (l) => ({ var: 'j', mapping: 'spatial', size: 4, span: l.span }));
    expect(codes(spatialJ)).toContain('E0304');
  });
  it('an i loop that does not skip zeros: E0313', () => {
    expect(codes(withLoop(presetDesign('bitslice', 'baseline'), 'i', (l) => ({ ...l, skipZeros: false })))).toEqual(['E0313']);
  });
  it('zero-skipping digits of A alone need sparse groups: E0308', () => {
    const { sparse: _s, ...noGroups } = presetDesign('bitslice', 'opt3');
    expect(codes(noGroups)).toEqual(['E0308']);
  });
  it('a spatial k is a PE group, and a PE group needs sparse groups: E0312', () => {
    const { peGroup: _g, ...unmarked } = presetDesign('bitslice', 'opt4e');
    expect(codes(unmarked)).toEqual(['E0312']);
    const cube = { ...presetDesign('cube'), peGroup: 4 };
    expect(codes(cube)).toEqual(['E0312']);
  });
  it('the presets pass, and designErrors is computed once per design object', () => {
    const d = presetDesign('bitslice', 'opt4c');
    expect(designErrors(d)).toEqual([]);
    expect(designErrors(d)).toBe(designErrors(d));
  });
});

describe('spans and the workload bound live in the IR', () => {
  const parsed = loadDesign(join(import.meta.dirname, '..', '..', 'examples', 'sa_os.tpe')).value!;
  it('a parsed design carries where its types are written and its K bound', () => {
    expect(parsed.workload?.k).toBe(4096);
    expect(parsed.workload?.span.start.line).toBeGreaterThan(1);
    expect(parsed.typeSpans?.acc?.start.line).toBeGreaterThan(parsed.typeSpans?.A?.start.line ?? 0);
  });
  it('W0306 comes from the IR alone, and a transformed design keeps the bound', () => {
    const narrow: Design = { ...parsed, types: { ...parsed.types, acc: { signed: true, bits: 20 } } };
    const w = checkDesign(narrow).find((x) => x.code === 'W0306');
    expect(w?.span).toEqual(parsed.workload!.span);
    const t = applyTransforms(narrow, ['opt1']);
    expect(t.value?.workload).toEqual(parsed.workload);
    expect(t.diagnostics.find((x) => x.code === 'W0306')?.span).toEqual(parsed.workload!.span);
    expect(checkDesign(narrow).find((x) => x.code === 'W0314')).toBeUndefined();
  });
  it('a programmatic design states its bound through presetDesign', () => {
    const d = presetDesign('cube', 'opt1', { acc: { signed: true, bits: 16 }, workload: 64 });
    expect(checkDesign(d).map((x) => x.code)).toContain('W0306');
  });
});

describe('back ends trust a checked IR', () => {
  const bad = withLoop(presetDesign('systolic-os'), 'j', (l) => ({ ...l, size: 3 }));
  it('simulate, the fast path, the estimate and the emitter answer with the IR code', () => {
    expect(codes(bad)).toEqual(['E0302']);
    const m = intMatrix(2, 2, () => 1);
    expect(simulate(bad, m, m).diagnostics.map((x) => x.code)).toEqual(['E0302']);
    expect(fastCycles(bad, { M: 2, N: 2, K: 2 }).diagnostics.map((x) => x.code)).toEqual(['E0302']);
    expect(emitDesign(bad).diagnostics.map((x) => x.code)).toEqual(['E0302']);
    expect(estimate(bad, { tech: loadTech('generic').value! }).diagnostics.map((x) => x.code)).toEqual(['E0302']);
  });
});
