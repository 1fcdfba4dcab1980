// Regression: technology problems put the caret on the `engine` line, and `technology "x.json"`
// resolved against the folder tpe ran in, not the design file's, so a design and its table
// moved together stopped working from anywhere else.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, scratch } from './helpers.js';

const dir = scratch('tech');
const base = readFileSync(join(ROOT, 'examples', 'sa_os.tpe'), 'utf8');
mkdirSync(join(dir, 'designs', 'tables'), { recursive: true });
copyFileSync(join(ROOT, 'tech', 'ihp-sg13g2.json'), join(dir, 'designs', 'tables', 'mine.json'));
writeFileSync(join(dir, 'designs', 'd.tpe'), base.replace('technology generic', 'technology "tables/mine.json"'));
writeFileSync(join(dir, 'designs', 'missing.tpe'), base.replace('technology generic', 'technology "tables/nosuch.json"'));
writeFileSync(join(dir, 'typo.tpe'), base.replace('technology generic', 'technology genric'));

describe('technology', () => {
  it('a table path is relative to the design file (estimate, flow)', async () => {
    // Run from a folder that has no tables/ of its own.
    const e = await run(['estimate', 'designs/d.tpe'], dir);
    // The table is found; the only message is the header clock's (2 ns is past the 8x8 array's
    // fmax in IHP SG13G2: informational, exit 0).
    expect(e.err).toMatch(/^warning: sa_os misses its 2 ns clock \(the design's clock\)[^\n]*\n$/);
    expect(e.code).toBe(0);
    expect(e.out).toContain('technology ihp-sg13g2');
    const f = await run(['flow', 'designs/d.tpe', '--gemm', '4x4x4', '--no-verify', '-o', join(dir, 'flow-out')], dir);
    expect(f.out).toMatch(/ok {3}estimate {2}tables\/mine\.json/);
  });

  it('a missing table points at the technology value, not the engine line', async () => {
    const e = await run(['estimate', 'designs/missing.tpe'], dir);
    expect(e.code).toBe(1);
    expect(e.err).toMatch(/designs\/missing\.tpe:9:14: error\[E1011\]: technology table tables\/nosuch\.json not found/);
  });

  it('an unknown technology name warns at the name', async () => {
    const c = await run(['check', 'typo.tpe'], dir);
    expect(c.err).toMatch(/typo\.tpe:9:14: warning\[W0315\]: unknown technology `genric`/);
    expect(c.err).toContain('did you mean `generic`?');
  });
});
