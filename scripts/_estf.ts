// scratch: estimate stages of an example file
import { estimate, loadTech } from '../cost/index.js';
import { loadDesign } from '../dsl/index.js';
const d = loadDesign(process.argv[2]).value!;
const e = estimate({ ...d, technology: 'ihp-sg13g2' }, { tech: loadTech('ihp-sg13g2').value! }).value!;
console.log('area', Math.round(e.area.total), 'logic', Math.round(e.timing.logic), e.timing.limiting);
for (const st of e.timing.stages) console.log(Math.round(st.elements.reduce((a: number, x: any) => a + x.delay, 0)), st.name, '|', st.elements.map((x: any) => `${x.what}:${Math.round(x.delay)}`).join(', '));
