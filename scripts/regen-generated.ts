// `npm run regen` (tsx scripts/regen-generated.ts): re-emits generated/<example>/ for every examples/*.tpe.
// test/rtl/generated.test.ts fails when generated/ differs from what this would write.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDesign, renderDiagnostics } from '../dsl/index.js';
import { emitDesign, type EmittedRtl } from '../rtl/index.js';
import { writeRtl } from '../rtl/write.js';

export const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

/** Every example's emitted RTL, keyed by example name (file name without .tpe), sorted. */
export function expectedGenerated(root = ROOT): { name: string; rtl?: EmittedRtl; error?: string }[] {
  const out: { name: string; rtl?: EmittedRtl; error?: string }[] = [];
  for (const f of readdirSync(join(root, 'examples')).filter((x) => x.endsWith('.tpe')).sort()) {
    const name = f.slice(0, -4);
    const d = loadDesign(`examples/${f}`, { cwd: root });
    if (!d.value) { out.push({ name, error: renderDiagnostics(d.diagnostics, () => undefined) }); continue; }
    const e = emitDesign(d.value);
    if (!e.value) { out.push({ name, error: e.diagnostics.map((x) => x.message).join('\n') }); continue; }
    out.push({ name, rtl: e.value });
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let bad = 0;
  for (const g of expectedGenerated()) {
    if (!g.rtl) { process.stderr.write(`${g.name}: ${g.error}\n`); bad++; continue; }
    const r = writeRtl(join(ROOT, 'generated', g.name), g.rtl);
    process.stdout.write(`generated/${g.name}: ${g.rtl.files.length} files (${r.written.length} written, ${r.removed.length} removed)\n`);
  }
  process.exitCode = bad ? 1 : 0;
}
