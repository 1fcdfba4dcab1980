import { calibrate, renderCalibration, subsetCases } from '../pipeline/calibrate.js';
const cases = subsetCases().filter((c) => /pipelined|laconic/.test(c.label ?? ''));
const r = await calibrate(cases, { onCase: (n, i, t) => console.error(`${i + 1}/${t} ${n}`) });
console.log(renderCalibration(r.value!));
