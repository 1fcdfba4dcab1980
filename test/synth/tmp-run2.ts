import { readFileSync } from 'node:fs';
import { synthesize, sharedLibertyPath } from '../../synth/index.js';
const lib = readFileSync(sharedLibertyPath()!, 'utf8');
const v = readFileSync('/tmp/ce/arr.v', 'utf8');
for (const k of ['native', 'wasm'] as const) {
  const r = await synthesize([{ name: 'arr.v', text: v }], 'arr', { liberty: { name: 'ihp', text: lib }, yosys: k });
  console.log(k, r.value?.elapsedMs, r.value?.area, r.value?.criticalPathPs, r.diagnostics);
}
