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
 * The accumulator's control paths: the restart flag fans out to the AND gates that drop the
 * fed-back value (one per accumulator bit it governs), whose outputs still pass the accumulate
 * logic (`through`) and the enable select; the valid flag fans out to the enable selects.
 */
export function controlFanoutStage(c: Ctx, loads: number, through: PathElement[] = []): void {
  const p: PathElement[] = [
    { kind: 'fanout', loads, what: 'restart flag to the accumulator feedback gates it drives' },
    { kind: 'component', component: 'and2', times: 1, what: 'restart gate' },
    ...through,
    { kind: 'component', component: 'mux2', times: 1, what: 'enable select' },
  ];
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
