// Shared state of one inventory build and the pieces every architecture has: the controller,
// register enables, pipeline stages.
import { arrayShape, type Design } from '../../ir/index.js';
import { regItem, type Operands } from '../blocks.js';
import type { InventoryItem, PathElement, Scope, Stage } from '../types.js';
import { BitPool } from '../word-tree.js';
import type { DesignReading } from './rtl-reading.js';

export interface Ctx {
  des: Design;
  o: Operands;
  R: number;
  C: number;
  /** Products (bit-slice: digit terms) per PE per cycle: ir lanesPerPe. */
  Kp: number;
  pes: number;
  items: InventoryItem[];
  stages: Stage[];
  notes: string[];
  /** One pool per PE type: identical adders inside a PE are shared, as synthesis shares them. */
  pool: BitPool;
  /** The design's RTL model and what is read from it (rtl-reading.ts). */
  rtl: DesignReading;
}

export function stageCount(d: Design, s: string): number {
  return d.pipeline.filter((x) => x === s).length;
}

/**
 * An accumulator register with an enable and a restart (`first ? x : acc + x`): the flip-flop, a
 * feedback select for the enable (the library has no enable flip-flop), and an AND per bit that
 * zeroes the fed-back value on restart (`first ? x : acc + x` = `x + (first ? 0 : acc)`).
 */
export function accRegister(c: Ctx, block: string, bits: number, units: number, scope: Scope, role: InventoryItem['register']): void {
  c.items.push(regItem(block, bits, units, scope, role));
  c.items.push({ block: `${block} enable`, component: 'mux2', perUnit: bits, units, scope, note: 'hold when not valid' });
  c.items.push({ block: `${block} restart`, component: 'and2', perUnit: bits, units, scope, note: 'drop the old value at a tile\'s first step' });
}

/**
 * The array controller of the emitted RTL: a run flag, a 32-bit step counter with its
 * incrementer (the request index), a 32-bit steps-left counter with its decrementer, and first /
 * last flags registered a step ahead (steps-left == 2, or cfg_k == 1 at start: constant compares),
 * so no compare against cfg_k sits on the per-cycle path. Two paths: the counters' update, and
 * the registered flags fanned out to the rows into the run update.
 */
export function controller(c: Ctx): void {
  const b = 'controller';
  c.items.push(regItem(b, 67, 1, 'array', 'pipeline', 'run flag, step counter, steps-left counter, first/last flags'));
  c.items.push({ block: b, component: 'ha', perUnit: 64, units: 1, scope: 'array', note: 'step incrementer and steps-left decrementer' });
  c.items.push({ block: b, component: 'nor2', perUnit: 62, units: 1, scope: 'array', note: 'two 32-input constant compares (steps-left == 2, cfg_k == 1)' });
  c.items.push({ block: b, component: 'and2', perUnit: 3, units: 1, scope: 'array', note: 'flags gated by run' });
  c.items.push({ block: b, component: 'mux2', perUnit: 67, units: 1, scope: 'array', note: 'start / run selects' });
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

/** Flags (valid, first) follow the data through every pipeline stage of every PE. */
export function flagRegisters(c: Ctx, stagesPerPe: number): void {
  if (stagesPerPe > 0) c.items.push(regItem('valid/first flags', 2 * stagesPerPe, c.pes, 'pe', 'pipeline'));
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

/**
 * Copies of per-PE logic fed by one operand alone that survive synthesis. A broadcast operand
 * gives every PE on its line the same nets, so flattening synthesis (Yosys opt_merge, ABC's
 * structural hashing) keeps one copy of such logic (its encoders, their digit picks) per line.
 * Systolic and stationary operands reach each PE through its own register: every PE keeps its
 * copy.
 */
export function operandCopies(c: Ctx, operand: 'A' | 'B'): number {
  const line = broadcastLine(c, operand);
  return line === undefined ? c.pes : c.pes / line;
}

/** Gate inputs one broadcast bit of each operand drives (0 for systolic/stationary movement). */
export function operandLines(c: Ctx): { A: number; B: number } {
  // An A bit feeds about two encoder windows; a B bit two selectors per digit row.
  return { A: 2 * (broadcastLine(c, 'A') ?? 0), B: 2 * c.o.d * (broadcastLine(c, 'B') ?? 0) };
}
