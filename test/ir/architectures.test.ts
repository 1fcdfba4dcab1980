// The architecture registry: one definition per architecture in ir/, one entry per back end
// keyed by it, and every definition consistent with the presets it builds and the rules that
// check them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COST_ARCHITECTURES } from '../../cost/architectures.js';
import {
  ARCHITECTURE_DEFS,
  ARCHITECTURES,
  VARIANTS,
  appliedOptimizations,
  applyTransforms,
  architectureOf,
  arrayShape,
  checkDesign,
  lanesPerPe,
  presetDesign,
  type Architecture,
} from '../../ir/index.js';
import { RTL_ARCHITECTURES } from '../../rtl/model/architectures.js';
import { SIM_ARCHITECTURES } from '../../simulator/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const spatialSet = (d: ReturnType<typeof presetDesign>) =>
  d.loops
    .filter((l) => l.mapping === 'spatial' && 'mnk'.includes(l.var))
    .map((l) => l.var)
    .sort()
    .join(',');

describe('architecture registry', () => {
  it('every back end has exactly one entry per architecture', () => {
    for (const reg of [SIM_ARCHITECTURES, COST_ARCHITECTURES, RTL_ARCHITECTURES])
      expect(Object.keys(reg).sort()).toEqual([...ARCHITECTURES].sort());
  });
  it('the IR schema lists the same architectures', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'dsl', 'ir.schema.json'), 'utf8')) as {
      properties: { architecture: { enum: string[] } };
    };
    expect(schema.properties.architecture.enum).toEqual([...ARCHITECTURES]);
  });
  for (const arch of ARCHITECTURES) {
    const def = ARCHITECTURE_DEFS[arch];
    describe(arch, () => {
      it('the variants start with the baseline, and the preset of each passes the IR rules', () => {
        expect(def.variants[0]).toBe('baseline');
        expect(VARIANTS[arch]).toEqual([...def.variants]);
        for (const v of def.variants) {
          for (const size of [{}, { rows: 2, cols: 3, depth: 3 }]) {
            const d = presetDesign(arch, v, size);
            expect(
              checkDesign(d).filter((x) => x.severity === 'error'),
              `${arch} ${v}`,
            ).toEqual([]);
            expect(architectureOf(d)).toBe(def);
            expect(def.spatial).toContain(spatialSet(d));
            expect(d.flows.map((f) => `${f.operand} ${f.movement} ${f.along}`).sort()).toEqual(
              def.flows.map((f) => `${f.operand} ${f.movement} ${f.along}`).sort(),
            );
            // Products per PE per cycle: the cost model's MACs/cycle and the simulator's utilization use the same lanes.
            expect(lanesPerPe(d)).toBe(arrayShape(d).depth);
            for (const o of appliedOptimizations(d)) expect(def.optimizations).toContain(o);
          }
        }
      });
      it('the OPT passes it does not list refuse with E0401', () => {
        for (const opt of ['opt1', 'opt2', 'opt3'] as const) {
          if (def.optimizations.includes(opt)) continue;
          const r = applyTransforms(presetDesign(arch), [opt]);
          expect(r.value, opt).toBeUndefined();
          expect(r.diagnostics.map((x) => x.code)).toEqual(['E0401']);
        }
      });
    });
  }
  it('a nest that belongs to another architecture is rejected with E0304', () => {
    const pairs: [Architecture, Architecture][] = [
      ['systolic-os', 'systolic-ws'],
      ['cube', 'matrix2d'],
      ['adder-tree', 'systolic-ws'],
      ['bitslice', 'systolic-os'],
    ];
    for (const [a, b] of pairs) {
      const d = { ...presetDesign(a), architecture: b };
      expect(
        checkDesign(d).map((x) => x.code),
        `${a} as ${b}`,
      ).toContain('E0304');
    }
  });
});
