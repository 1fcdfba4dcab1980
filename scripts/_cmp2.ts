import { ARCHITECTURES, VARIANTS, presetDesign, type PipelineStage } from '../ir/index.js';
import { buildRtlModel } from '../rtl/index.js';
import { inventory } from '../cost/index.js';
import { readModule } from '../cost/inventory/rtl-reading.js';
const all: PipelineStage[] = ['operands', 'partial-products', 'tree'];
const TEMPLATE = new Set(['controller']);
let ok = 0, bad = 0;
for (const a of ARCHITECTURES) for (const v of VARIANTS[a]) for (const o of [{}, { rows: 3, cols: 2, depth: 3, pipeline: all }, { A: { signed: false, bits: 8 }, B: { signed: true, bits: 4 }, acc: { signed: true, bits: 20 } }, { encoding: 'binary' as const }, { rows: 1, cols: 1, depth: 2 }]) {
  let d; try { d = presetDesign(a, v, o); } catch { continue; }
  const mm = buildRtlModel(d); if (!mm.value) { console.log('skip', a, v, mm.diagnostics[0]?.message); continue; }
  const rd = readModule(mm.value, mm.value.top);
  const inv = inventory(d);
  const items = inv.items.filter((i) => !TEMPLATE.has(i.block));
  const tot = (f: (i: typeof items[number]) => boolean) => items.filter(f).reduce((s, i) => s + i.perUnit * i.units, 0);
  const hand = { fa: tot((i) => i.component === 'fa'), ha: tot((i) => i.component === 'ha' && i.block !== 'drain sequencer'), sel: tot((i) => i.block === 'partial-product selectors' || i.block === 'term selectors'), enc: tot((i) => i.component === 'booth_enc' || i.component === 'ent_enc'), cpa: tot((i) => i.component === 'cpa_bit'), dff: tot((i) => i.component === 'dff'), ha2: 0 };
  const got = { fa: rd.fa, ha: rd.ha, sel: rd.selectors, enc: rd.encoderDigits, cpa: rd.cpaBits, dff: rd.flops, ha2: 0 };
  const diff = (Object.keys(hand) as (keyof typeof hand)[]).filter((k) => hand[k] !== got[k]); const same = diff.length === 0;
  same ? ok++ : bad++;
  console.log(same ? "ok  " : "DIFF " + diff.join(","), a.padEnd(11), v.padEnd(8), JSON.stringify(o).slice(0, 30).padEnd(30), 'hand', JSON.stringify(hand), 'rtl', JSON.stringify(got));
}
console.log(ok, 'agree', bad, 'differ');
