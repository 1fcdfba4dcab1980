import { presetDesign } from './ir/index.js';
import { emitDesign } from './rtl/index.js';
import { verilatorLint, yosysCheck } from './rtl/lint.js';
const [arch, variant, synth] = process.argv.slice(2);
const e = emitDesign(presetDesign(arch as any, variant as any)).value!;
console.log(verilatorLint(e, '.tpe-cache'));
console.log(await yosysCheck(e, '.tpe-cache', synth === 'synth'));
