// What the measurement scripts share: the IHP SG13G2 liberty with its power model, and the options
// of a zero-delay gate-level run (`designPower`) on the reproduce workload's distribution.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GemmShape } from '../ir/index.js';
import { readLibertyModel } from '../power/index.js';
import { parseDist } from '../simulator/index.js';
import { sharedLibertyPath } from '../synth/index.js';

export const ROOT = resolve(import.meta.dirname, '..');
/** The synthesis cache the CLI uses. */
export const CACHE = resolve(ROOT, '.tpe-cache/synth');
export const lib = { name: 'sg13g2_stdcell_typ_1p20V_25C.lib', text: readFileSync(sharedLibertyPath()!, 'utf8') };
export const model = readLibertyModel(lib.text, lib.name).value!;
/** normal(0,20), the reproduce workload's operands. */
export const dist = parseDist('normal:0,20').value!;

/** designPower options: zero-delay toggles, seed 1, Yosys from npm, the shared cache. */
export function gateRun(shape: GemmShape, clockNs: number) {
  return { shape, dist, seed: 1, clockNs, activity: 'toggles' as const, liberty: lib, model, yosys: 'wasm' as const, cacheDir: CACHE };
}
