// generated/ holds the emitted RTL of every example; it must be exactly what `npm run regen`
// (tsx scripts/regen-generated.ts, from pipeline/generated.ts) writes today.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedGenerated } from '../../pipeline/generated.js';
import { ROOT } from './helpers.js';

describe('generated/', () => {
  it('is reproducible from examples/ (run `npm run regen` after changing templates or examples)', () => {
    const exp = expectedGenerated(ROOT);
    expect(exp.length).toBeGreaterThan(0);
    const stale: string[] = [];
    for (const g of exp) {
      expect(g.error, g.name).toBeUndefined();
      const dir = join(ROOT, 'generated', g.name);
      const want = new Map(g.rtl!.files.map((f) => [f.name, f.text]));
      const have = existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => f.endsWith('.v'))
            .sort()
        : [];
      for (const f of have) if (!want.has(f)) stale.push(`${g.name}/${f} (no longer emitted)`);
      for (const [f, text] of want) {
        const p = join(dir, f);
        if (!existsSync(p)) stale.push(`${g.name}/${f} (missing)`);
        else if (readFileSync(p, 'utf8') !== text) stale.push(`${g.name}/${f} (differs)`);
      }
    }
    const dirs = readdirSync(join(ROOT, 'generated'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    for (const d of dirs) if (!exp.some((g) => g.name === d)) stale.push(`${d}/ (no such example)`);
    expect(stale).toEqual([]);
  });
});
