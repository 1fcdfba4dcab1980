// What generated/ must hold: every example's emitted RTL (`npm run regen` writes it,
// test/rtl/generated.test.ts fails when it is stale).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDesign, renderDiagnostics } from '../dsl/index.js';
import { emitDesign, type EmittedRtl } from '../rtl/index.js';

/** Every example's emitted RTL, keyed by example name (file name without .tpe), sorted. */
export function expectedGenerated(root: string): { name: string; rtl?: EmittedRtl; error?: string }[] {
  const out: { name: string; rtl?: EmittedRtl; error?: string }[] = [];
  for (const f of readdirSync(join(root, 'examples'))
    .filter((x) => x.endsWith('.tpe'))
    .sort()) {
    const name = f.slice(0, -4);
    const d = loadDesign(`examples/${f}`, { cwd: root });
    if (!d.value) {
      out.push({ name, error: renderDiagnostics(d.diagnostics, () => undefined) });
      continue;
    }
    const e = emitDesign(d.value);
    if (!e.value) {
      out.push({ name, error: e.diagnostics.map((x) => x.message).join('\n') });
      continue;
    }
    out.push({ name, rtl: e.value });
  }
  return out;
}
