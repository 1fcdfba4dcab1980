// The emitter: deterministic bytes, honest headers, one module per file, and a diagnostic (never
// Verilog) for designs the templates do not cover.
import { describe, expect, it } from 'vitest';
import { ARCHITECTURES, VARIANTS, presetDesign, type Design } from '../../ir/index.js';
import { checkSupport, emitDesign } from '../../rtl/index.js';

const all = ARCHITECTURES.flatMap((a) => VARIANTS[a].map((v) => presetDesign(a, v, { rows: 3, cols: 2, depth: 2 })));

describe('emitDesign', () => {
  it('emits every preset variant, deterministically', () => {
    for (const d of all) {
      const a = emitDesign(d);
      const b = emitDesign(structuredClone(d));
      expect(a.diagnostics, d.name).toEqual([]);
      expect(a.value!.files.map((f) => f.text)).toEqual(b.value!.files.map((f) => f.text));
      const names = a.value!.files.map((f) => f.name);
      expect([...names].sort()).toEqual(names);
      expect(names).toContain(`${a.value!.top}.v`);
    }
  });

  it('writes one module per file with a generated header and no absolute paths or dates', () => {
    const e = emitDesign(presetDesign('systolic-ws', 'opt2', { rows: 2, cols: 2 })).value!;
    for (const f of e.files) {
      const mods = [...f.text.matchAll(/^module (\w+)/gm)].map((m) => m[1]);
      expect(mods).toEqual([f.name.replace(/\.v$/, '')]);
      expect(f.text).toContain('generated — do not edit');
      expect(f.text).toContain('Source design: systolic_ws_opt2');
      expect(f.text).toMatch(/TPE Toolkit \d+\.\d+\.\d+/);
      expect(f.text).not.toMatch(/\/work\/|\/home\/|\/tmp\//);
      expect(f.text).not.toMatch(/20\d\d-\d\d-\d\d/);
    }
  });

  it('builds compressor trees from explicit full-adder instances', () => {
    const e = emitDesign(presetDesign('systolic-os', 'opt1', { rows: 1, cols: 1 })).value!;
    const csa = e.files.find((f) => /csa3_w32\.v$/.test(f.name))!;
    expect(csa.text.match(/systolic_os_opt1_fa u_fa\d+/g)).toHaveLength(32);
    const pe = e.files.find((f) => f.name === 'systolic_os_opt1_pe.v')!.text;
    expect(pe).toMatch(/systolic_os_opt1_csa42_w32 /);
    expect(pe).toMatch(/systolic_os_opt1_cpa_w32 u_drain_cpa/);
  });

  it('rejects designs no template covers with a diagnostic naming what is unsupported', () => {
    const base = presetDesign('systolic-os', 'opt1');
    const cube = presetDesign('cube', 'opt1');
    const bad: Design = { ...cube, reduction: { ...cube.reduction, finalCpa: 'per-row' } };
    const r = emitDesign(bad);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0].code).toBe('E0601');
    expect(r.diagnostics[0].message).toMatch(/cube with k reduction carry-save.*final CPA per-row/);
    // A design the IR's rules reject gets the IR's code, not the emitter's: back ends trust a checked IR.
    const invalid = emitDesign({ ...base, reduction: { ...base.reduction, finalCpa: 'per-column' } });
    expect(invalid.diagnostics.map((x) => x.code)).toEqual(['E0303']);
    const bs = presetDesign('bitslice', 'opt3');
    const r2 = emitDesign({ ...bs, reduction: { ...bs.reduction, k: 'cpa', finalCpa: 'per-product' } });
    expect(r2.diagnostics.map((x) => x.message).join()).toMatch(/bitslice with k reduction cpa/);
    const ws = presetDesign('systolic-ws', 'baseline');
    const r3 = emitDesign({ ...ws, encoders: [{ ...ws.encoders[0], placement: 'column' }] });
    expect(r3.diagnostics.map((x) => x.message).join()).toMatch(/encoder placement column/);
    expect(checkSupport(base)).toEqual([]);
  });
});
