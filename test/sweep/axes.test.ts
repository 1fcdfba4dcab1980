import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../dsl/index.js';
import { arrayShape, appliedOptimizations, loopOf } from '../../ir/index.js';
import { applyAxes } from '../../sweep/axes.js';
import { EXAMPLES } from './helpers.js';
import { join } from 'node:path';

const base = (f: string) => loadDesign(join(EXAMPLES, f)).value!;

describe('axes produce designs through the IR', () => {
  it('array sizes, types and encoding are IR edits; spatial digit loops follow the type', () => {
    const r = applyAxes(
      base('sa_os.tpe'),
      ['rows', 'cols', 'A', 'encoding', 'clock', 'pipeline'],
      [16, 4, 'int4', 'ent', 1.5, 'operands+tree'],
    );
    const d = r.value!;
    expect(arrayShape(d)).toMatchObject({ rows: 16, cols: 4 });
    expect(d.types.A).toEqual({ signed: true, bits: 4 });
    expect(d.encoders[0].scheme).toBe('ent');
    expect(loopOf(d, 'j')?.size).toBe(2);
    expect(d.clockNs).toBe(1.5);
    expect(d.pipeline).toEqual(['operands', 'tree']);
  });

  it('OPT passes run as the dsl transform passes', () => {
    const d = applyAxes(base('sa_ws.tpe'), ['opt'], ['opt2']).value!;
    expect(appliedOptimizations(d)).toContain('opt2');
    expect(d.name).toBe('sa_ws_opt2');
    const b = applyAxes(base('bitslice.tpe'), ['opt', 'sparseGroup'], ['opt3+opt4c', 8]).value;
    expect(b?.sparse?.groupSize).toBe(8);
  });

  it('a combination that does not apply is diagnostics, not a design', () => {
    expect(applyAxes(base('sa_os.tpe'), ['opt'], ['opt2']).diagnostics[0].code).toBe('E0401');
    expect(applyAxes(base('sa_os_opt1.tpe'), ['opt'], ['opt1']).diagnostics[0].code).toBe('E0401');
    expect(applyAxes(base('sa_os.tpe'), ['depth'], [4]).diagnostics[0].code).toBe('Y0202');
    expect(applyAxes(base('sa_os.tpe'), ['sparseGroup'], [4]).diagnostics[0].code).toBe('Y0202');
    // Signed operands with an unsigned accumulator: the DSL's own rule.
    expect(applyAxes(base('sa_os.tpe'), ['acc'], ['uint32']).diagnostics.some((x) => x.code === 'E0311')).toBe(true);
  });
});
