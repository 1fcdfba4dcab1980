import { loadPairDesign } from './pipeline/reproduce.js';
import { designReading } from './cost/inventory/rtl-reading.js';
const files: [string, boolean][] = [['sa_os_16x16.tpe', true], ['sa_os_16x16_opt1_shared.tpe', true], ['cube_mac_8x8x8.tpe', true], ['cube_mac_8x8x8_opt1_shared.tpe', true], ['cube_mac_8x8x8_opt2.tpe', true], ['adder_tree_k4.tpe', false], ['adder_tree_k4_opt2.tpe', false], ['matrix2d_16x16.tpe', true], ['matrix2d_16x16_opt1_shared.tpe', true], ['laconic_c16.tpe', true], ['bitslice_c16_opt4c.tpe', true]];
for (const [f, sh] of files) {
  const d = loadPairDesign('.', f, sh);
  if (!d.value) { console.log(f, d.diagnostics.map((x) => x.message)); continue; }
  const r = designReading(d.value).value!;
  const g = r.gating.banks;
  console.log(`== ${f} flops ${r.totals.flops} banks ${g.length} gated ${g.filter((b) => b.gated).length} gatedBits ${g.filter((b) => b.gated).reduce((s, b) => s + b.bits, 0)}`);
  const by = new Map<string, number[]>();
  for (const b of g) { const k = b.enable.replace(/^.*?\//, '*/').replace(/pe\d+_\d+/g,'pe*') + ' | ' + b.blocks.join(','); by.set(k, [...(by.get(k) ?? []), b.bits]); }
  for (const [k, v] of by) console.log('  ', k, JSON.stringify(v));
}
