// Every example: parses clean, equals the presetDesign it states (modulo name/doc/spans), is
// fmt-clean, carries a leading comment, and its IR JSON validates against dsl/ir.schema.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { equalModuloSpans, formatText, loadDesign, stripSpans } from '../../dsl/index.js';
import { presetDesign, type Architecture, type PresetOptions, type Variant } from '../../ir/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EX = join(ROOT, 'examples');
const schema = JSON.parse(readFileSync(join(ROOT, 'dsl', 'ir.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

const u8 = { signed: false, bits: 8 };
export const EXAMPLES: Record<string, [Architecture, Variant, PresetOptions?]> = {
  'sa_os.tpe': ['systolic-os', 'baseline'],
  'sa_os_opt1.tpe': ['systolic-os', 'opt1'],
  'sa_os_opt1_row.tpe': ['systolic-os', 'opt1-row'],
  'sa_ws.tpe': ['systolic-ws', 'baseline'],
  'sa_ws_opt1.tpe': ['systolic-ws', 'opt1'],
  'sa_ws_opt2.tpe': ['systolic-ws', 'opt2'],
  'cube.tpe': ['cube', 'baseline'],
  'cube_opt1.tpe': ['cube', 'opt1'],
  'cube_opt2.tpe': ['cube', 'opt2'],
  'adder_tree.tpe': ['adder-tree', 'baseline'],
  'adder_tree_opt1.tpe': ['adder-tree', 'opt1'],
  'adder_tree_opt2.tpe': ['adder-tree', 'opt2'],
  'matrix2d.tpe': ['matrix2d', 'baseline'],
  'matrix2d_opt1.tpe': ['matrix2d', 'opt1'],
  'bitslice.tpe': ['bitslice', 'baseline'],
  'bitslice_opt3.tpe': ['bitslice', 'opt3'],
  'bitslice_opt4c.tpe': ['bitslice', 'opt4c'],
  'bitslice_opt4e.tpe': ['bitslice', 'opt4e'],
  'sa_os_a8w4.tpe': ['systolic-os', 'baseline', { B: { signed: true, bits: 4 } }],
  'adder_tree_u8.tpe': ['adder-tree', 'baseline', { A: u8, B: u8 }],
  'sa_os_opt1_shared.tpe': ['systolic-os', 'opt1-shared', { lanes: 8 }],
  'matrix2d_opt1_shared.tpe': ['matrix2d', 'opt1-shared', { lanes: 8 }],
  'sa_os_16x16.tpe': ['systolic-os', 'baseline', { rows: 16, cols: 16 }],
  'sa_os_16x16_opt1.tpe': ['systolic-os', 'opt1', { rows: 16, cols: 16 }],
  'sa_os_16x16_opt1_shared.tpe': ['systolic-os', 'opt1-shared', { rows: 16, cols: 16, lanes: 16 }],
  'matrix2d_16x16.tpe': ['matrix2d', 'baseline', { rows: 16, cols: 16 }],
  'matrix2d_16x16_opt1_shared.tpe': ['matrix2d', 'opt1-shared', { rows: 16, cols: 16, lanes: 16 }],
  'cube_mac.tpe': ['cube-mac', 'baseline'],
  'cube_mac_opt1.tpe': ['cube-mac', 'opt1'],
  'cube_mac_opt1_shared.tpe': ['cube-mac', 'opt1-shared', { lanes: 4 }],
  'cube_mac_opt2.tpe': ['cube-mac', 'opt2'],
  'cube_mac_8x8x8.tpe': ['cube-mac', 'baseline', { rows: 8, cols: 8, depth: 8 }],
  'cube_mac_8x8x8_opt1_shared.tpe': ['cube-mac', 'opt1-shared', { rows: 8, cols: 8, depth: 8, lanes: 8 }],
  'cube_mac_8x8x8_opt2.tpe': ['cube-mac', 'opt2', { rows: 8, cols: 8, depth: 8 }],
  // Issue 11: the multiplier-adder tree at the published K = 16 x N = 16 with register levels in
  // the k tree, today's single-cycle form at that size, and the CI-sized versions.
  'adder_tree_k16.tpe': ['adder-tree', 'baseline', { rows: 16, cols: 16, pipeline: ['partial-products', 'reduction', 'reduction'] }],
  'adder_tree_k16_opt1.tpe': ['adder-tree', 'opt1', { rows: 16, cols: 16, pipeline: ['partial-products', 'reduction', 'reduction'] }],
  'adder_tree_k16_opt2.tpe': ['adder-tree', 'opt2', { rows: 16, cols: 16, pipeline: ['partial-products', 'reduction', 'reduction'] }],
  'adder_tree_k16_flat.tpe': ['adder-tree', 'baseline', { rows: 16, cols: 16 }],
  'adder_tree_k4.tpe': ['adder-tree', 'baseline', { rows: 4, cols: 2, pipeline: ['partial-products', 'reduction', 'reduction'] }],
  'adder_tree_k4_opt2.tpe': ['adder-tree', 'opt2', { rows: 4, cols: 2, pipeline: ['partial-products', 'reduction', 'reduction'] }],
  // Issue 11: bit-slice columns of 16 and 32 PEs with the encoders in a stage of their own, the
  // Laconic-class baseline, and their CI-sized versions.
  'bitslice_c16_opt4c.tpe': ['bitslice', 'opt4c', { rows: 16, cols: 1, pipeline: ['operands', 'partial-products'] }],
  'bitslice_c32_opt4c.tpe': ['bitslice', 'opt4c', { rows: 32, cols: 1, pipeline: ['operands', 'partial-products'] }],
  'bitslice_c16_opt3.tpe': ['bitslice', 'opt3', { rows: 16, cols: 1, pipeline: ['operands', 'partial-products'] }],
  'bitslice_2x2_opt4c.tpe': ['bitslice', 'opt4c', { rows: 2, cols: 2, pipeline: ['operands', 'partial-products'] }],
  'laconic_c16.tpe': [
    'laconic',
    'baseline',
    { rows: 16, cols: 1, depth: 16, pipeline: ['operands', 'partial-products', 'reduction', 'reduction'] },
  ],
  'laconic_c32.tpe': [
    'laconic',
    'baseline',
    { rows: 32, cols: 1, depth: 16, pipeline: ['operands', 'partial-products', 'reduction', 'reduction'] },
  ],
  'laconic_2x2.tpe': [
    'laconic',
    'baseline',
    { rows: 2, cols: 2, depth: 4, pipeline: ['operands', 'partial-products', 'reduction', 'reduction'] },
  ],
};

describe('examples', () => {
  it('the folder holds exactly the listed examples', () => {
    expect(
      readdirSync(EX)
        .filter((f) => f.endsWith('.tpe'))
        .sort(),
    ).toEqual(Object.keys(EXAMPLES).sort());
  });
  for (const [file, [arch, variant, opts]] of Object.entries(EXAMPLES)) {
    it(file, () => {
      const path = join(EX, file);
      const text = readFileSync(path, 'utf8');
      expect(text.startsWith('//'), 'a leading comment says what it is').toBe(true);
      const r = loadDesign(path);
      expect(r.diagnostics).toEqual([]);
      const d = r.value!;
      expect(d.doc?.length).toBeGreaterThan(20);
      expect(d.name).toBe(file.replace(/\.tpe$/, ''));
      const want = presetDesign(arch, variant, { ...opts, workload: 4096 });
      expect(stripSpans(d, { ignoreName: true, ignoreDoc: true })).toEqual(stripSpans(want, { ignoreName: true, ignoreDoc: true }));
      expect(equalModuloSpans(d, want, { ignoreName: true, ignoreDoc: true })).toBe(true);
      // Field for field, flows in the preset's order too (not only as a set).
      const plain = (x: object) =>
        JSON.stringify(x, (k, v: unknown) =>
          k === 'span' || k === 'typeSpans' || k === 'nameSpan' || k === 'technologySpan' || k === 'name' || k === 'doc' ? undefined : v,
        );
      expect(plain(d)).toBe(plain(want));
      expect(formatText(text, file).value, 'tpe fmt --check is clean').toBe(text);
      const json = JSON.parse(JSON.stringify(d)) as unknown;
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      // Spans point into the file.
      expect(d.loops.every((l) => l.span.file === path && l.span.start.line > 1)).toBe(true);
    });
  }
  it('the schema rejects a broken IR', () => {
    const d = JSON.parse(JSON.stringify(presetDesign('cube'))) as Record<string, unknown>;
    expect(validate({ ...d, architecture: 'mesh' })).toBe(false);
    expect(
      validate({ ...d, types: { A: { signed: true, bits: 17 }, B: { signed: true, bits: 8 }, acc: { signed: true, bits: 32 } } }),
    ).toBe(false);
    const { reduction: _r, ...noReduction } = d;
    expect(validate(noReduction)).toBe(false);
  });
});
