import { presetDesign } from './ir/index.js';
import { verifyDesign } from './rtl/verify.js';
const [arch, variant, backend, shape, rows, cols] = process.argv.slice(2);
const [M, N, K] = (shape ?? '5x7x9').split('x').map(Number);
const d = presetDesign(arch as any, variant as any, { rows: Number(rows ?? 3), cols: Number(cols ?? 2) });
const r = await verifyDesign(d, { shapes: [{ M, N, K }], trials: 2, seed: 1, backend: (backend ?? 'verilator') as any, cacheDir: '.tpe-cache', log: (s) => console.error(s) });
if (!r.ok) { console.log(r.message, JSON.stringify(r.diagnostics ?? [])); process.exit(1); }
console.log(`build ${r.report.build.seconds}s cached=${r.report.build.cached} run ${r.report.runSeconds}s mismatches ${r.report.mismatches}`);
for (const c of r.report.cases) console.log(c.label, c.rtlCycles, c.simCycles, JSON.stringify(c.mismatches.slice(0, 3)), c.more);
