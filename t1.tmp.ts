import { presetDesign } from './ir/index.js';
import { emitDesign } from './rtl/index.js';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
const [arch, variant, dir] = process.argv.slice(2);
const r = emitDesign(presetDesign(arch as any, variant as any, { rows: 3, cols: 2 }));
if (!r.value) { console.log(JSON.stringify(r.diagnostics)); process.exit(1); }
rmSync(dir, { recursive: true, force: true }); mkdirSync(dir, { recursive: true });
for (const f of r.value.files) writeFileSync(`${dir}/${f.name}`, f.text);
console.log(r.value.top);
