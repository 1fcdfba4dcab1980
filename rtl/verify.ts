// `tpe verify`: emit the design, build a simulator for it (Verilator or CXXRTL), run random and
// edge-case GEMMs through the RTL and compare every output with the exact reference (plain
// integer GEMM and the simulator's C) and the RTL cycle count with the simulator's. With `vcd`,
// the waveforms of failing (and chosen) cases from a tracing build of the same RTL.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { intMatrix, intRange, type Design, type GemmShape, type IntMatrix, type IntType } from '../ir/index.js';
import { generateMatrix, referenceGemm, simulate } from '../simulator/index.js';
import { checkOperand } from '../simulator/engine/index.js';
import { ensureDir } from '../util/fs.js';
import type { StartStep } from '../util/progress.js';
import { buildRtlModel } from './model/build.js';
import { renderModel } from './render.js';
import { buildSim } from './sim/build.js';
import { runSim } from './sim/run.js';
import { testbenchSource, type Backend } from './sim/testbench.js';
import { verilatorStatus } from './sim/tools.js';

export interface VerifyOptions {
  readonly shapes: readonly GemmShape[];
  readonly trials: number;
  readonly seed: number;
  readonly backend: Backend;
  readonly cacheDir: string;
  /** Explicit operands (replace the random/edge cases). */
  readonly inputs?: { a: IntMatrix; b: IntMatrix };
  /** Edge cases (all min, all max, mixed extremes, zeros) per shape; default true. */
  readonly edges?: boolean;
  readonly log?: (line: string) => void;
  /** Progress of the build, the run and the comparison (util/progress; the CLI shows it). */
  readonly step?: StartStep;
  /**
   * Waveforms: a VCD file per failing case (and per chosen case, 1-based numbers in case order)
   * written into `dir` from a second, tracing build of the same RTL.
   */
  readonly vcd?: { readonly dir: string; readonly cases?: readonly number[] };
  /** Fault injection for tests of the checker itself: rewrites the emitted files before the build. */
  readonly patchFiles?: (files: { name: string; text: string }[]) => { name: string; text: string }[];
}

export interface Mismatch {
  readonly kind: 'value' | 'cycles';
  readonly m?: number;
  readonly n?: number;
  readonly expected: string;
  readonly actual: string;
}

export interface CaseReport {
  readonly label: string;
  readonly shape: GemmShape;
  readonly rtlCycles: number;
  readonly simCycles: number;
  readonly rtlTiles: number[];
  readonly mismatches: Mismatch[];
  /** Mismatching elements beyond those listed. */
  readonly more: number;
}

export interface VerifyReport {
  readonly design: string;
  /** VCD files written (with --vcd), in case order. */
  readonly vcd?: readonly { readonly case: number; readonly label: string; readonly file: string }[];
  readonly backend: Backend;
  readonly build: { seconds: number; cached: boolean };
  readonly runSeconds: number;
  readonly cases: CaseReport[];
  readonly mismatches: number;
}

/** `input`: the inputs were refused (operands outside the types), before any build. */
export type VerifyResult =
  { ok: true; report: VerifyReport } | { ok: false; tool: boolean; input?: boolean; message: string; diagnostics?: unknown[] };

export function defaultBackend(): Backend {
  return verilatorStatus().ok ? 'verilator' : 'cxxrtl';
}

function fill(rows: number, cols: number, f: (r: number, c: number) => number): IntMatrix {
  return intMatrix(rows, cols, f);
}

/** The deterministic case list: edge cases then seeded random trials, per shape. */
export function verifyCases(d: Design, o: VerifyOptions): { label: string; a: IntMatrix; b: IntMatrix }[] {
  if (o.inputs) return [{ label: 'inputs', ...o.inputs }];
  const out: { label: string; a: IntMatrix; b: IntMatrix }[] = [];
  const ra = intRange(d.types.A),
    rb = intRange(d.types.B);
  const [aMin, aMax, bMin, bMax] = [Number(ra.min), Number(ra.max), Number(rb.min), Number(rb.max)];
  for (const s of o.shapes) {
    const tag = `${s.M}x${s.N}x${s.K}`;
    if (o.edges !== false) {
      out.push({ label: `${tag} all-min`, a: fill(s.M, s.K, () => aMin), b: fill(s.K, s.N, () => bMin) });
      out.push({ label: `${tag} all-max`, a: fill(s.M, s.K, () => aMax), b: fill(s.K, s.N, () => bMax) });
      out.push({
        label: `${tag} mixed-extremes`,
        a: fill(s.M, s.K, (r, c) => ((r + c) % 2 ? aMin : aMax)),
        b: fill(s.K, s.N, (r, c) => ((r * 3 + c) % 3 ? bMax : bMin)),
      });
      out.push({ label: `${tag} zeros`, a: fill(s.M, s.K, (r, c) => ((r + 2 * c) % 3 === 0 ? aMin : 0)), b: fill(s.K, s.N, () => 0) });
    }
    for (let t = 0; t < o.trials; t++) {
      const seed = (o.seed * 1000003 + t * 7919 + s.M * 31 + s.N * 17 + s.K) >>> 0;
      const dist = t % 2 ? { kind: 'normal' as const, mean: 0, std: spread(d.types.A) } : { kind: 'uniform' as const };
      const distB = t % 2 ? { kind: 'normal' as const, mean: 0, std: spread(d.types.B) } : { kind: 'uniform' as const };
      out.push({
        label: `${tag} random#${t} (seed ${seed})`,
        a: generateMatrix(s.M, s.K, d.types.A, dist, seed),
        b: generateMatrix(s.K, s.N, d.types.B, distB, seed ^ 0x5bd1e995),
      });
    }
  }
  return out;
}

/** A bell-shaped spread that uses a fair part of the type's range (zero-skip designs see real sparsity). */
function spread(t: IntType): number {
  return Math.max(1, 2 ** (t.bits - 3));
}

/** A step that shows nothing (no `step` option). */
const silent: StartStep = () => ({ tick() {}, update() {}, done() {} });

/** A case label as a file name: `3-5x7x9-all-max.vcd`. */
const vcdName = (i: number, label: string) => `${i + 1}-${label.replace(/[^A-Za-z0-9.]+/g, '-').replace(/^-|-$/g, '')}.vcd`;

export async function verifyDesign(d: Design, o: VerifyOptions): Promise<VerifyResult> {
  const step = o.step ?? silent;
  // Operands outside the design's types would show up as RTL "mismatches": refuse them first,
  // as the simulator does.
  if (o.inputs) {
    const bad = [checkOperand('A', o.inputs.a, d), checkOperand('B', o.inputs.b, d)].filter((x) => x !== undefined);
    if (bad.length > 0)
      return { ok: false, tool: false, input: true, message: "the operands do not fit the design's types", diagnostics: bad };
  }
  const model = buildRtlModel(d);
  if (!model.value) return { ok: false, tool: false, message: 'the design cannot be emitted', diagnostics: [...model.diagnostics] };
  const emitted = renderModel(model.value, d.span.file);
  const files = o.patchFiles ? o.patchFiles(emitted) : emitted;
  const topMod = model.value.modules.find((m) => m.name === model.value!.top)!;
  const build = async (trace: boolean) => {
    const tb = testbenchSource(model.value!.top, topMod.ports, model.value!.tb, o.backend, trace);
    const p = step(`build ${model.value!.top} (${o.backend}${trace ? ', tracing' : ''})`);
    const r = await buildSim({
      top: model.value!.top,
      files,
      testbench: tb,
      backend: o.backend,
      cacheDir: o.cacheDir,
      trace,
      ...(o.log ? { log: o.log } : {}),
    });
    p.done(r.ok ? (r.value.cached ? 'cached' : 'ok') : 'failed');
    return r;
  };
  const built = await build(false);
  if (!built.ok) return { ok: false, tool: built.tool === true, message: built.message };
  const cases = verifyCases(d, o);
  const t0 = Date.now();
  o.log?.(`running ${cases.length} case(s) on ${o.backend}...`);
  const pr = step(`run ${cases.length} case(s) on ${o.backend}`);
  const ran = await runSim(built.value.binary, cases);
  pr.done(ran.ok ? 'ok' : 'failed');
  if (!ran.ok) {
    // A hang or a crash: with --vcd, find the first case that fails alone and keep its waveform.
    if (o.vcd) {
      const traced = await build(true);
      if (traced.ok) {
        ensureDir(o.vcd.dir);
        for (let i = 0; i < cases.length; i++) {
          const file = join(o.vcd.dir, vcdName(i, cases[i].label));
          const one = await runSim(traced.value.binary, [cases[i]], [file]);
          if (!one.ok)
            return {
              ok: false,
              tool: false,
              message: `${ran.message}\nwaveform of case ${i + 1} (${cases[i].label}), the first that fails alone: ${file}`,
            };
          rmSync(file, { force: true });
        }
      }
    }
    return { ok: false, tool: false, message: ran.message };
  }
  const reports: CaseReport[] = [];
  let total = 0;
  const pc = step('compare with the simulator', cases.length);
  cases.forEach((cs, i) => {
    const rtl = ran.runs[i];
    const shape = { M: cs.a.rows, N: cs.b.cols, K: cs.a.cols };
    const ref = referenceGemm(cs.a, cs.b, d.types.acc, true);
    const sim = simulate(d, cs.a, cs.b, { wrap: true, activity: false });
    const mism: Mismatch[] = [];
    let more = 0;
    const simErr = sim.value ? undefined : sim.diagnostics.map((x) => x.message).join('; ');
    if (simErr) mism.push({ kind: 'cycles', expected: `simulator: ${simErr}`, actual: `${rtl.cycles}` });
    else if (sim.value!.cycles.total !== rtl.cycles) {
      mism.push({
        kind: 'cycles',
        expected: `${sim.value!.cycles.total} (tiles ${sim.value!.tiles.map((t) => t.cycles).join(' ')})`,
        actual: `${rtl.cycles} (tiles ${rtl.tiles.join(' ')})`,
      });
    }
    const refC = ref.value!;
    for (let m = 0; m < shape.M; m++) {
      for (let n = 0; n < shape.N; n++) {
        const idx = m * shape.N + n;
        const want = refC.data[idx];
        const got = rtl.c[idx];
        const simV = sim.value?.c.data[idx];
        const bad = got !== want || (simV !== undefined && simV !== want);
        if (!bad) continue;
        if (mism.length < 12)
          mism.push({
            kind: 'value',
            m,
            n,
            expected: `${want}${simV !== undefined && simV !== want ? ` (simulator says ${simV})` : ''}`,
            actual: `${got}`,
          });
        else more++;
      }
    }
    total += mism.length + more;
    reports.push({
      label: cs.label,
      shape,
      rtlCycles: rtl.cycles,
      simCycles: sim.value?.cycles.total ?? -1,
      rtlTiles: rtl.tiles,
      mismatches: mism,
      more,
    });
    pc.tick(1, cs.label);
  });
  pc.done(total === 0 ? 'ok' : `${total} mismatch(es)`);
  const runSeconds = (Date.now() - t0) / 1000;
  // Waveforms of the failing cases and of the chosen ones.
  let vcd: { case: number; label: string; file: string }[] | undefined;
  if (o.vcd) {
    const chosen = new Set(o.vcd.cases ?? []);
    const pick = reports.map((r, i) => i).filter((i) => chosen.has(i + 1) || reports[i].mismatches.length + reports[i].more > 0);
    vcd = [];
    if (pick.length > 0) {
      const traced = await build(true);
      if (!traced.ok) return { ok: false, tool: traced.tool === true, message: `the tracing build failed: ${traced.message}` };
      ensureDir(o.vcd.dir);
      const pw = step('write waveforms', pick.length);
      for (const i of pick) {
        const file = join(o.vcd.dir, vcdName(i, cases[i].label));
        const one = await runSim(traced.value.binary, [cases[i]], [file]);
        if (!one.ok) {
          pw.done('failed');
          return { ok: false, tool: false, message: `writing ${file}: ${one.message}` };
        }
        vcd.push({ case: i + 1, label: cases[i].label, file });
        pw.tick(1, cases[i].label);
      }
      pw.done();
    }
  }
  return {
    ok: true,
    report: {
      design: d.name,
      ...(vcd ? { vcd } : {}),
      backend: o.backend,
      build: { seconds: built.value.seconds, cached: built.value.cached },
      runSeconds,
      cases: reports,
      mismatches: total,
    },
  };
}
