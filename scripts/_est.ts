import { estimate, loadTech } from '../cost/index.js';
import { presetDesign } from '../ir/index.js';
const [arch, v, n] = process.argv.slice(2);
const s = Number(n ?? 2);
const d = presetDesign(arch as any, v as any, { rows: s, cols: s, depth: s, technology: 'ihp-sg13g2' });
const e = estimate(d, { tech: loadTech('ihp-sg13g2').value! }).value!;
console.log('area', Math.round(e.area.total), 'logic', Math.round(e.timing.logic), e.timing.limiting);
for (const st of e.timing.stages) console.log(Math.round(st.elements.reduce((a:any, x:any) => a + x.delay, 0)), st.name, '|', st.elements.map((x: any) => `${x.what}:${Math.round(x.delay)}`).join(', '));
if (process.env.ITEMS) { console.log('comb', Math.round(e.area.combinational), 'seq', Math.round(e.area.sequential)); for (const b of e.area.byBlock) console.log('  ', Math.round(b.area), b.block); }
