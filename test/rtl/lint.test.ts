// Every preset variant passes `verilator --lint-only -Wall` (waivers only where a template says
// why) and Yosys reads it; one design per family is fully synthesized.
import { describe, expect, it } from 'vitest';
import { ARCHITECTURES, VARIANTS, presetDesign } from '../../ir/index.js';
import { emitDesign } from '../../rtl/index.js';
import { verilatorLint, yosysCheck } from '../../rtl/lint.js';
import { verilatorStatus } from '../../rtl/sim/tools.js';
import { CACHE } from './helpers.js';

describe('lint', () => {
  for (const arch of ARCHITECTURES) {
    for (const v of VARIANTS[arch]) {
      it.skipIf(!verilatorStatus().ok)(`${arch} ${v}: verilator -Wall clean, yosys reads it`, async () => {
        const e = emitDesign(presetDesign(arch, v, { rows: 2, cols: 3, depth: 2, pipeline: ['operands', 'tree'] })).value!;
        const vl = verilatorLint(e, CACHE);
        expect(vl.output).toBe('');
        expect(vl.ok).toBe(true);
        const ys = await yosysCheck(e, CACHE, v === VARIANTS[arch][VARIANTS[arch].length - 1]);
        expect(ys.output.split('\n').filter((l) => /ERROR|Warning/i.test(l))).toEqual([]);
        expect(ys.ok).toBe(true);
      });
    }
  }

  it('every lint waiver in the templates carries its reason', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(CACHE, '..', 'rtl-templates');
    const files = [
      ...readdirSync(dir).filter((x) => x.endsWith('.hbs')),
      ...readdirSync(join(dir, 'partials')).map((x) => join('partials', x)),
    ];
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        if (line.includes('lint_off')) expect(line, f).toMatch(/lint_off \w+ \*\/ \/\/ \S/);
      }
    }
  });
});
