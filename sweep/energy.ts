// Energy of a workload from toggle counts, for many workloads of one design. The cost model's
// power() is linear in the toggle counts and in the cycles (dynamic energy per toggle class,
// clock energy and leakage per cycle at a given clock); its coefficients are read off it once
// per design with unit workloads, so a sweep point costs a dot product, and the figures are the
// ones `tpe estimate` reports. The `fast` level's toggle counts come from a simulated sample
// GEMM of the same design and data (toggles per MAC), scaled to the workload's MACs.
import { power, timedGlitch, type Estimate, type TechTable } from '../cost/index.js';
import { spatialSize, type Design, type GemmShape } from '../ir/index.js';
import { generateMatrix, simulate, type Dist, type ToggleCounts } from '../simulator/index.js';

export const TOGGLE_CLASSES = ['operandRegs', 'partialProducts', 'compressorOutputs', 'accumulatorRegs', 'pipelineRegs'] as const;
export type ToggleClass = (typeof TOGGLE_CLASSES)[number];

export interface EnergyModel {
  readonly freqMHz: number;
  /** Energy (table units, fJ) per toggle of each class, TOGGLE_CLASSES order. */
  readonly perToggle: Float64Array;
  /** Labels of the classes as the cost model's breakdown names them. */
  readonly labels: readonly string[];
  readonly clockPerCycle: number;
  readonly leakPerCycle: number;
}

const ZERO: ToggleCounts = { operandRegs: 0, partialProducts: 0, compressorOutputs: 0, accumulatorRegs: 0, pipelineRegs: 0 };
const UNIT = 1e6;

/**
 * `timed`: with the estimate's glitch term (linear in the partial-product toggles, so it joins
 * that class's energy per toggle); the caller checks the table has glitch factors.
 */
export function energyModel(est: Estimate, tech: TechTable, freqMHz: number, design: Design, timed = false): EnergyModel {
  const inv = est.inventory;
  const perToggle = new Float64Array(TOGGLE_CLASSES.length);
  const labels: string[] = [];
  const glitch = timed ? timedGlitch(tech, est.timing) : undefined;
  TOGGLE_CLASSES.forEach((c, i) => {
    // The design too: the operand term's reach and the product tree's depth are read off it.
    const p = power(inv, tech, { macs: 1, cycles: 0, toggles: { ...ZERO, [c]: UNIT } }, freqMHz, design, undefined, glitch);
    perToggle[i] = p.dynamic / UNIT;
    labels.push(p.breakdown.find((b) => b.energy > 0)?.what ?? c);
  });
  const p = power(inv, tech, { macs: 1, cycles: UNIT, toggles: ZERO }, freqMHz, design);
  return { freqMHz, perToggle, labels, clockPerCycle: p.clock / UNIT, leakPerCycle: p.leakage / UNIT };
}

export interface EnergyFigures {
  /** Total energy of the workload, table units (fJ). */
  readonly total: number;
  /** [label, energy] per class, then clock and leakage. */
  readonly parts: readonly (readonly [string, number])[];
}

export function workloadEnergy(m: EnergyModel, toggles: Float64Array, cycles: number): EnergyFigures {
  const e = new Float64Array(toggles.length + 2);
  const total = energyParts(m, toggles, cycles, e);
  const parts: [string, number][] = [];
  for (let i = 0; i < toggles.length; i++) if (e[i] > 0) parts.push([m.labels[i], e[i]]);
  parts.push(['clock', e[toggles.length]], ['leakage', e[toggles.length + 1]]);
  return { total, parts };
}

/**
 * `workloadEnergy` into a caller's array, no objects (a sweep point's path): `out` gets the energy
 * of each class, then clock and leakage; returns the total. The parts of EnergyFigures are those
 * classes whose energy is > 0, then clock and leakage.
 */
export function energyParts(m: EnergyModel, toggles: Float64Array, cycles: number, out: Float64Array): number {
  let total = 0;
  for (let i = 0; i < toggles.length; i++) {
    const e = toggles[i] * m.perToggle[i];
    out[i] = e;
    total += e;
  }
  const clock = cycles * m.clockPerCycle,
    leak = cycles * m.leakPerCycle;
  out[toggles.length] = clock;
  out[toggles.length + 1] = leak;
  return total + clock + leak;
}

export function togglesArray(t: ToggleCounts): Float64Array {
  return Float64Array.from(TOGGLE_CLASSES.map((c) => t[c]));
}

/**
 * The sample GEMM the fast level simulates for activity: each dimension cut to the array's
 * extent along it (at least 16 for a temporal one), small dimensions rounded down to a power of
 * two so a sweep over batch sizes reuses a handful of samples.
 */
export function sampleShape(d: Design, s: GemmShape): GemmShape {
  const [m, n, k] = sampleCaps(d);
  return { M: sampleDim(s.M, m), N: sampleDim(s.N, n), K: sampleDim(s.K, k) };
}

/** The extents sampleShape cuts the m, n, k dimensions to (the design's alone: a sweep keeps them per design). */
export function sampleCaps(d: Design): [number, number, number] {
  return [Math.max(spatialSize(d, 'm'), 16), Math.max(spatialSize(d, 'n'), 16), Math.max(spatialSize(d, 'k'), 16)];
}

/** One dimension of sampleShape: the cap, or below it a power of two. */
export const sampleDim = (D: number, cap: number): number => (D >= cap ? cap : 2 ** Math.floor(Math.log2(D)));

/** Toggles per MAC of each class on a simulated sample with the given data. */
export function sampleActivity(d: Design, shape: GemmShape, a: Dist, b: Dist, seed: number): { perMac: Float64Array } | { error: string } {
  const A = generateMatrix(shape.M, shape.K, d.types.A, a, seed);
  const B = generateMatrix(shape.K, shape.N, d.types.B, b, seed + 1);
  const r = simulate(d, A, B, { wrap: true });
  if (!r.value) return { error: r.diagnostics.map((x) => `${x.code}: ${x.message}`).join('; ') };
  const t = togglesArray(r.value.toggles);
  for (let i = 0; i < t.length; i++) t[i] /= r.value.macs;
  return { perMac: t };
}
