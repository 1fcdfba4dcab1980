// The whole inventory of every example, not only its totals (rtl-reading.test.ts lists those):
// every item (block, component, scope, register role, count per unit, units, note), the timing
// segments, the compressor depth of every module and the estimate's stages, as a SHA-256 per
// design in test/cost/golden/inventory-fingerprints.json. The reading is optimized for speed
// (numeric structural hash, per-module analysis, readings shared by structure); this fails on
// any change of what it reads. Variants: smaller arrays of each example, and the same design at
// another clock and technology (read from the structure cache) must print the example's own.
// Regenerate deliberately with TPE_GOLDEN=1 after checking why it moved.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventory } from '../../cost/index.js';
import { designReading } from '../../cost/inventory/rtl-reading.js';
import { loadDesign } from '../../dsl/index.js';
import type { Design } from '../../ir/index.js';
import { applyAxes } from '../../sweep/axes.js';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLDEN = join(import.meta.dirname, 'golden', 'inventory-fingerprints.json');

function fingerprint(d: Design): string {
  const r = designReading(d);
  if (!r.value) return `diagnostics: ${r.diagnostics.map((x) => x.code).join(',')}`;
  const x = r.value;
  const depth = Object.fromEntries(x.model.modules.map((m) => [m.name, x.depthIn(m.name)]));
  const inv = inventory(d);
  const body = JSON.stringify({
    items: x.items,
    pes: x.pes,
    totals: x.totals,
    undriven: x.undriven,
    segments: x.segments,
    depth,
    stages: inv.stages,
  });
  return createHash('sha256').update(body).digest('hex').slice(0, 24);
}

describe('inventory fingerprints', () => {
  it('every item of every example (and smaller arrays of it) as listed', () => {
    const got: Record<string, string> = {};
    const files = readdirSync(join(ROOT, 'examples'))
      .filter((f) => f.endsWith('.tpe'))
      .sort();
    for (const f of files) {
      const d = loadDesign(join(ROOT, 'examples', f)).value!;
      got[f] = fingerprint(d);
      for (const [rows, cols] of [
        [2, 4],
        [4, 2],
      ]) {
        const v = applyAxes(d, ['rows', 'cols'], [rows, cols]);
        if (v.value) got[`${f} ${rows}x${cols}`] = fingerprint(v.value);
      }
      // Another clock and technology: the RTL model does not read them, so the same reading.
      const other = applyAxes(d, ['clock', 'technology'], [d.clockNs * 2, d.technology === 'generic' ? 'ihp-sg13g2' : 'generic']);
      expect(other.value, f).toBeDefined();
      expect(fingerprint(other.value!), `${f} at another clock and technology`).toBe(got[f]);
    }
    if (process.env.TPE_GOLDEN === '1') writeFileSync(GOLDEN, JSON.stringify(got, null, 1) + '\n');
    expect(existsSync(GOLDEN), 'test/cost/golden/inventory-fingerprints.json (TPE_GOLDEN=1 writes it)').toBe(true);
    expect(got).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  }, 300_000);
});
