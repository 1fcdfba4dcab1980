// Shared state of one inventory build and the timing paths every architecture has: the
// controller, the accumulator's control fan-out, the broadcast operand lines.
import { arrayShape, type Design } from '../../ir/index.js';
import type { Operands } from '../blocks.js';
import type { PathElement, Stage } from '../types.js';
import type { DesignReading } from './rtl-reading.js';

export interface Ctx {
  des: Design;
  o: Operands;
  R: number;
  C: number;
  /** Products (bit-slice: digit terms) per PE per cycle: ir lanesPerPe. */
  Kp: number;
  pes: number;
  stages: Stage[];
  notes: string[];
  /** The design's RTL model and what is read from it (rtl-reading.ts): every component. */
  rtl: DesignReading;
}

/**
 * The array controller's two paths (rtl/model/control.ts): the 32-bit counters' update, and the
 * registered flags (first / last are registered a step ahead) fanned out to the rows into the run
 * update.
 */
export function controller(c: Ctx): void {
  c.stages.push({
    name: 'controller',
    path: [
      { kind: 'cpa', width: 32, what: 'step increment / steps-left decrement' },
      { kind: 'component', component: 'mux2', times: 1, what: 'start / run select' },
    ],
  });
  c.stages.push({
    name: 'controller flags',
    path: [
      { kind: 'component', component: 'and2', times: 1, what: 'registered flag gated by run' },
      { kind: 'fanout', loads: c.R * 3, what: 'first/last/valid flags to the rows' },
      { kind: 'component', component: 'mux2', times: 1, what: 'run update' },
    ],
  });
}

/**
 * The accumulator's control paths. Two RTL forms: `select` (rtl/model/pe-mac.ts, the cube's chain
 * accumulators: `acc <= first ? new : acc + new`) puts the restart flag on a select after the
 * accumulate logic, so its path is the fan-out, the restart select and the enable select (the
 * OpenSTA path through k_first of a synthesized matrix2d_opt1 shows no adder on it); `gate`
 * (bit-slice: `first ? 0 : acc` fed back) drops the fed-back value with one AND per bit, whose
 * outputs still pass the accumulate logic (`through`) and the enable select.
 */
export function controlFanoutStage(c: Ctx, loads: number, restart: 'select' | { gate: PathElement[] }): void {
  const fan: PathElement = { kind: 'fanout', loads, what: 'restart flag to the accumulator bits it governs' };
  const p: PathElement[] =
    restart === 'select'
      ? [fan, { kind: 'component', component: 'mux2', times: 1, what: 'restart select' }]
      : [fan, { kind: 'component', component: 'and2', times: 1, what: 'restart gate' }, ...restart.gate];
  p.push({ kind: 'component', component: 'mux2', times: 1, what: 'enable select' });
  c.stages.push({ name: 'accumulator control', path: p });
}

/** PEs on one broadcast line of `operand`, or undefined when it is not broadcast. */
function broadcastLine(c: Ctx, operand: 'A' | 'B'): number | undefined {
  const f = c.des.flows.find((x) => x.operand === operand);
  if (!f || f.movement !== 'broadcast') return undefined;
  return f.along === arrayShape(c.des).colVar ? c.C : c.R;
}

/** Gate inputs one broadcast bit of each operand drives (0 for systolic/stationary movement). */
export function operandLines(c: Ctx): { A: number; B: number } {
  // An A bit feeds about two encoder windows; a B bit two selectors per digit row.
  return { A: 2 * (broadcastLine(c, 'A') ?? 0), B: 2 * c.o.d * (broadcastLine(c, 'B') ?? 0) };
}
