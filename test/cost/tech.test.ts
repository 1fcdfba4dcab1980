// Technology tables: the shipped tables follow the schema, the IHP table is what the project's
// own derivation gives from the shared liberty, and bad tables or liberties fail by name.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkTechTable,
  COMPONENTS,
  deriveTechTable,
  estimate,
  loadTech,
  normalizeToNand2,
  parseLiberty,
  type TechTable,
} from '../../cost/index.js';
import { presetDesign } from '../../ir/index.js';
import { sharedLibertyPath } from '../../synth/index.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const LIB = sharedLibertyPath();
const table = (n: string) => JSON.parse(readFileSync(resolve(ROOT, 'tech', `${n}.json`), 'utf8')) as TechTable;

describe('technology tables', () => {
  it('the shared IHP liberty is present (vendored in third_party/ihp-sg13g2)', () => {
    expect(LIB, 'expected third_party/ihp-sg13g2/sg13g2_stdcell_typ_1p20V_25C.lib in third_party/ihp-sg13g2').toBeDefined();
  });

  for (const n of ['generic', 'ihp-sg13g2']) {
    it(`${n}.json follows tech/schema.json and prices every component`, () => {
      const r = checkTechTable(table(n), n);
      expect(r.diagnostics).toEqual([]);
      for (const c of COMPONENTS) expect(r.value!.components[c].area).toBeGreaterThanOrEqual(0);
      expect(loadTech(n).value?.name).toBe(n);
    });
  }

  it('ihp-sg13g2.json is exactly what `tpe tech derive` gives from the liberty (not stale)', () => {
    const committed = table('ihp-sg13g2');
    const r = deriveTechTable(readFileSync(LIB!, 'utf8'), {
      libertyName: 'sg13g2_stdcell_typ_1p20V_25C.lib',
      name: 'ihp-sg13g2',
      corrections: committed.corrections,
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual(committed);
    // generic = the same figures over the NAND2's (`tpe tech derive --generic`).
    const g = deriveTechTable(readFileSync(LIB!, 'utf8'), {
      libertyName: 'sg13g2_stdcell_typ_1p20V_25C.lib',
      corrections: committed.corrections,
    });
    expect(normalizeToNand2(g.value!)).toEqual(table('generic'));
  });

  it('derived figures are plausible for IHP SG13G2 (130 nm)', () => {
    const t = table('ihp-sg13g2');
    expect(t.components.nand2.area).toBeCloseTo(7.2576, 4); // the liberty's sg13g2_nand2_1 area
    expect(t.components.dff.area).toBeCloseTo(48.9888, 4); // sg13g2_dfrbpq_1
    expect(t.components.fa.area).toBeCloseTo(2 * 14.5152 + 3 * 7.2576, 3); // recipe: 2 XOR2 + 3 NAND2
    expect(t.components.nand2.delay).toBeGreaterThan(50);
    expect(t.components.nand2.delay).toBeLessThan(200);
    expect(t.register.clkToQ).toBeGreaterThan(t.components.nand2.delay);
    expect(t.components.nand2.leakage).toBeGreaterThan(0);
  });

  it('a liberty that does not parse is an error with the line', () => {
    const r = deriveTechTable('library (x) {\n  cell (a) {\n    area : 1;\n', { libertyName: 'broken.lib' });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0].code).toBe('E1001');
    expect(r.diagnostics[0].message).toMatch(/broken\.lib:\d+: liberty does not parse: group "cell" opened on line 2 is not closed/);
    expect(parseLiberty('not a liberty').ok).toBe(false);
  });

  it('a liberty without the needed cells names them', () => {
    const r = deriveTechTable('library (tiny) {\n  cell (INV) { area : 1; }\n}\n', { libertyName: 'tiny.lib' });
    expect(r.diagnostics[0].code).toBe('E1002');
    expect(r.diagnostics[0].message).toContain('nand2 (sg13g2_nand2_1)');
  });

  it('an unknown technology is an error listing the known ones', () => {
    const r = loadTech('tsmc3');
    expect(r.diagnostics[0]).toMatchObject({ code: 'E1010' });
    expect(r.diagnostics[0].message).toContain('unknown technology "tsmc3"');
    expect(r.diagnostics[0].hint).toContain('generic, ihp-sg13g2');
  });

  it('a table missing a component names it', () => {
    const t = structuredClone(table('generic')) as unknown as { components: Record<string, unknown> };
    delete t.components.booth_sel;
    const r = checkTechTable(t, 'mine.json');
    expect(r.diagnostics[0].code).toBe('E1012');
    expect(r.diagnostics[0].message).toContain('/components: missing "booth_sel"');
  });

  it('an estimate never prices an unknown component at zero', () => {
    // Bypass the schema (a table built in code): the estimate itself refuses and names the gap.
    const t = structuredClone(table('generic'));
    delete (t.components as Partial<TechTable['components']>).booth_sel;
    const r = estimate(presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2 }), { tech: t });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ code: 'E1013' });
    expect(r.diagnostics[0].message).toContain('booth_sel');
  });
});
