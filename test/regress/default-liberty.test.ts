// Regression (self-contained repository): tests and `tpe calibrate` expected a liberty in a folder
// beside the repository, and calibrate had no --liberty. The vendored IHP SG13G2 liberty
// (third_party/ihp-sg13g2/) is now the default of every --liberty, and calibrate takes one.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetDesign } from '../../ir/index.js';
import { calibrate } from '../../pipeline/index.js';
import { sharedLibertyPath } from '../../synth/index.js';
import { ROOT, run, scratch } from './helpers.js';

const dir = scratch('liberty');
const LIB = sharedLibertyPath()!;

describe('the vendored liberty is the default', () => {
  it('lives in the repository', () => {
    expect(LIB.startsWith(join(ROOT, 'third_party', 'ihp-sg13g2'))).toBe(true);
  });

  it('tech derive without --liberty derives from it', async () => {
    const a = await run(['tech', 'derive', '--name', 'ihp-sg13g2']);
    const b = await run(['tech', 'derive', '--name', 'ihp-sg13g2', '--liberty', LIB]);
    expect(a.code, a.err).toBe(0);
    expect(a.out).toBe(b.out);
    expect(a.out).toContain('derived by `tpe tech derive` from sg13g2_stdcell_typ_1p20V_25C.lib');
  });

  it('synth without --liberty maps onto it; --liberty none gives generic gates', async () => {
    const mapped = await run(['synth', 'test/synth/fixtures/mac8.v', '--top', 'mac', '--json']);
    expect(mapped.code, mapped.err).toBe(0);
    const j = JSON.parse(mapped.out) as { mode: string; liberty: string; area: number };
    expect(j.mode).toBe('liberty');
    expect(j.liberty).toBe('sg13g2_stdcell_typ_1p20V_25C.lib');
    expect(j.area).toBeGreaterThan(0);
    const generic = await run(['synth', 'test/synth/fixtures/mac8.v', '--top', 'mac', '--liberty', 'none', '--json']);
    expect((JSON.parse(generic.out) as { mode: string }).mode).toBe('generic');
  });
});

describe('calibrate --liberty', () => {
  it('synthesizes on the liberty given (a copy under another name gives the same areas)', async () => {
    const copy = join(dir, 'my-copy.lib');
    copyFileSync(LIB, copy);
    const cases = [
      { design: presetDesign('systolic-os', 'opt1', { rows: 1, cols: 1, technology: 'ihp-sg13g2' }), family: 'os 1x1', variant: 'opt1' },
    ];
    const def = await calibrate(cases);
    const mine = await calibrate(cases, { liberty: { name: 'my-copy.lib', text: readFileSync(copy, 'utf8') } });
    expect(def.diagnostics).toEqual([]);
    expect(mine.value!.liberty).toBe('my-copy.lib');
    expect(def.value!.liberty).toBe('sg13g2_stdcell_typ_1p20V_25C.lib');
    expect(mine.value!.rows.map((r) => r.synArea)).toEqual(def.value!.rows.map((r) => r.synArea));
  });

  it('a missing or broken liberty stops before any synthesis', async () => {
    const missing = await run(['calibrate', '--subset', '--liberty', 'nosuch.lib']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('error[E0910]: cannot read liberty nosuch.lib: no such file');
    writeFileSync(join(dir, 'cut.lib'), readFileSync(LIB, 'utf8').slice(0, 200_000));
    const cut = await run(['calibrate', '--subset', '--liberty', join(dir, 'cut.lib')]);
    expect(cut.code).toBe(1);
    expect(cut.err).toMatch(/error\[E0912\]: liberty does not parse/);
  });

  it('a liberty whose cells the default map does not name asks for --tech', async () => {
    writeFileSync(join(dir, 'other.lib'), 'library (other) {\n  time_unit : "1ns";\n  cell (INV) {\n    area : 1;\n  }\n}\n');
    const r = await run(['calibrate', '--subset', '--liberty', join(dir, 'other.lib')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('pass --tech t.json');
  });

  it('--help shows the option and its default', async () => {
    const r = await run(['calibrate', '--help']);
    expect(r.out).toContain('--liberty <file>');
    expect(r.out).toContain('third_party/ihp-sg13g2/sg13g2_stdcell_typ_1p20V_25C.lib');
  });
});
