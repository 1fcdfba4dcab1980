// `npm run regen` (tsx scripts/regen-generated.ts): re-emits generated/<example>/ for every examples/*.tpe.
// test/rtl/generated.test.ts fails when generated/ differs from what this would write
// (both read pipeline/generated.ts).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedGenerated } from '../pipeline/generated.js';
import { writeRtl } from '../rtl/write.js';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

let bad = 0;
for (const g of expectedGenerated(ROOT)) {
  if (!g.rtl) {
    process.stderr.write(`${g.name}: ${g.error}\n`);
    bad++;
    continue;
  }
  const r = writeRtl(join(ROOT, 'generated', g.name), g.rtl);
  process.stdout.write(`generated/${g.name}: ${g.rtl.files.length} files (${r.written.length} written, ${r.removed.length} removed)\n`);
}
process.exitCode = bad ? 1 : 0;
