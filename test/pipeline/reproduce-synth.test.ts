// `tpe reproduce --synth` (issue 11): one small pair through the synthesis level, its rows' fields
// and figures, and a cross-check of its area and energy against what `tpe synth --clock` and
// `tpe power` give for the same design and clock. The adder-tree pair is the one whose CI forms
// are example files of their own (adder_tree_k4*.tpe), so the other commands can read them.
// Cold (empty synthesis cache) about a minute on one core.
import { describe, expect, it } from 'vitest';
import {
  BEGIN_MARK,
  cutGemm,
  renderReproduction,
  END_MARK,
  REPRODUCE_PAIRS,
  spliceGenerated,
  SYNTH_CLOCK_DESCENT,
  SYNTH_CLOCK_STEPS,
  SYNTH_MARKS,
  topsPerMm2,
  type ReproduceRow,
} from '../../pipeline/index.js';
import { staStatus } from '../../synth/index.js';
import { run } from '../regress/helpers.js';

interface Figures {
  file: string;
  areaUm2: number;
  clockMHz: number;
  periodPs: number;
  macsPerCycle: number;
  energyPerMacPj: number;
  topsPerMm2: number;
  activity: string;
  estimate?: { areaUm2: number; clockMHz: number; periodPs?: number; energyPerMacPj: number };
  zeroDelayEnergyPerMacPj?: number;
}
interface Row {
  architecture: string;
  baseline: string;
  variant: string;
  level: string;
  areaEfficiency: { published: number; measured: number };
  energyEfficiency: { published: number; measured: number };
  clockMHz: { baseline: number; variant: number };
  isoClock: { clockMHz: number; areaUm2: { baseline: number; variant: number }; energyPerMacPj: { baseline: number; variant: number } };
  designs: { baseline: Figures; variant: Figures };
  energyActivity?: string;
  zeroDelay?: { energyPerMacPj: { baseline: number; variant: number }; energyEfficiency: number; isoClock: { energyEfficiency: number } };
}

const GEMM = '64x64x64';
// OpenSTA is installed here and in CI; without it the level exits 3 (checked below either way).
const sta = staStatus().ok;

describe('tpe reproduce --synth', () => {
  it.skipIf(!sta)(
    'gives synthesis-level rows whose area and energy are what tpe synth --clock and tpe power give',
    async () => {
      const r = await run(['reproduce', '--synth', '--small', '--pair', 'tree', '--gemm', GEMM, '--json']);
      expect(r.code, r.err).toBe(0);
      // A progress line per design on stderr.
      expect(r.err).toMatch(/reproduce --synth: adder_tree_k4\.tpe: [\d.]+ MHz/);
      expect(r.err).toMatch(/reproduce --synth: adder_tree_k4_opt2\.tpe: [\d.]+ MHz/);
      const j = JSON.parse(r.out) as { rows: Row[] };
      const pair = REPRODUCE_PAIRS.find((p) => p.architecture.includes('tree'))!;
      const est = j.rows.filter((x) => x.level === 'estimate');
      const syn = j.rows.filter((x) => x.level === 'synthesis');
      expect(est.length).toBe(1);
      expect(syn.length).toBe(1);
      const row = syn[0];
      expect(row.architecture).toBe(pair.architecture);
      expect([row.baseline, row.variant]).toEqual([pair.small!.baseline, pair.small!.variant]);
      expect(row.areaEfficiency.published).toBe(pair.published.areaEfficiency);
      expect(row.energyEfficiency.published).toBe(pair.published.energyEfficiency);
      const { baseline: b, variant: v } = row.designs;
      expect(row.clockMHz).toEqual({ baseline: b.clockMHz, variant: v.clockMHz });
      for (const d of [b, v]) {
        for (const x of [
          d.areaUm2,
          d.clockMHz,
          d.energyPerMacPj,
          d.topsPerMm2,
          d.estimate!.areaUm2,
          d.estimate!.clockMHz,
          d.estimate!.periodPs!,
          d.estimate!.energyPerMacPj,
        ]) {
          expect(Number.isFinite(x) && x > 0).toBe(true);
        }
        expect(d.topsPerMm2).toBeCloseTo(topsPerMm2(d.macsPerCycle, d.clockMHz, d.areaUm2), 2);
        // The cut GEMM is named in the figures.
        const c = cutGemm({ M: 64, N: 64, K: 64 });
        expect(d.activity).toContain(`GEMM ${c.M}x${c.N}x${c.K}`);
      }
      // MACs per cycle are the estimate level's (exact cycles of the full GEMM).
      expect(v.macsPerCycle).toBe(est[0].designs.variant.macsPerCycle);
      expect(row.areaEfficiency.measured).toBeCloseTo(v.topsPerMm2 / b.topsPerMm2, 2);
      expect(row.energyEfficiency.measured).toBeCloseTo(b.energyPerMacPj / v.energyPerMacPj, 2);

      // The cross-check: each design at its clock through the per-design commands.
      for (const d of [b, v]) {
        const ns = String(Math.round((1000 / d.clockMHz) * 100) / 100);
        const s = await run(['synth', `examples/${d.file}`, '--clock', ns, '--json']);
        expect(s.code, s.err).toBe(0);
        const sj = JSON.parse(s.out) as { areaUm2: number; met: boolean; opensta: { criticalPathPs: number } };
        expect(sj.met).toBe(true);
        expect(sj.areaUm2).toBeCloseTo(d.areaUm2, 1);
        expect(Math.round(sj.opensta.criticalPathPs)).toBe(d.periodPs);
        const p = await run(['power', `examples/${d.file}`, '--gemm', '16x16x64', '--clock', ns, '--json']);
        expect(p.code, p.err).toBe(0);
        const pj = JSON.parse(p.out) as { energyPerMacPj: number; synthesis: { areaUm2: number } };
        expect(pj.energyPerMacPj).toBeCloseTo(d.energyPerMacPj, 3);
        expect(pj.synthesis.areaUm2).toBeCloseTo(d.areaUm2, 1);
      }
      // The clock is the rule's: a relaxation step over OpenSTA's period of the area-oriented
      // netlist, or (where that period itself is met) a step down from it, met; the estimate's
      // critical path at that clock stands beside OpenSTA's.
      expect(SYNTH_CLOCK_STEPS[0]).toBe(1);
      expect(SYNTH_CLOCK_DESCENT).toBeLessThan(1);
      for (const d of [b, v]) expect(d.estimate!.periodPs!).toBeGreaterThan(0);
      // Iso-clock: both at one clock no faster than either.
      expect(row.isoClock.clockMHz).toBeLessThanOrEqual(Math.min(b.clockMHz, v.clockMHz) + 1e-9);
    },
    600_000,
  );

  it.skipIf(!sta)(
    '--activity timed: the synthesis energy is the timed (glitch-aware) one, the zero-delay one beside it; the default stays toggles',
    async () => {
      // A small workload (cut GEMM 8x8x16) so the timed simulation stays fast.
      const argv = ['reproduce', '--synth', '--small', '--pair', 'tree', '--gemm', '8x8x16', '--json'];
      const z = await run(argv);
      expect(z.code, z.err).toBe(0);
      const t = await run([...argv, '--activity', 'timed']);
      expect(t.code, t.err).toBe(0);
      expect(t.err).toMatch(/adder_tree_k4\.tpe: timed gate-level power of GEMM 8x8x16/);
      const zs = (JSON.parse(z.out) as { rows: Row[] }).rows.filter((r) => r.level === 'synthesis');
      const tj = JSON.parse(t.out) as { source: string; workload: { gemm: string; data: string; seed: number }; tech: string; rows: Row[] };
      const ts = tj.rows.filter((r) => r.level === 'synthesis');
      expect(zs.length).toBe(1);
      expect(ts.length).toBe(1);
      // Default: zero-delay toggles, no timed extras.
      expect(zs[0].energyActivity).toBe('toggles');
      expect(zs[0].zeroDelay).toBeUndefined();
      expect(zs[0].designs.baseline.zeroDelayEnergyPerMacPj).toBeUndefined();
      expect(zs[0].designs.baseline.activity).toMatch(/^gate-level simulation of GEMM 8x8x16/);
      // Timed: same clocks and areas, the timed energy above the same run's zero-delay one, which is the default's.
      const r = ts[0];
      expect(r.energyActivity).toBe('timed');
      expect(r.clockMHz).toEqual(zs[0].clockMHz);
      for (const k of ['baseline', 'variant'] as const) {
        const d = r.designs[k],
          d0 = zs[0].designs[k];
        expect(d.areaUm2).toBe(d0.areaUm2);
        expect(d.activity).toMatch(/^timed gate-level simulation \(inertial pulses, OpenSTA/);
        expect(d.zeroDelayEnergyPerMacPj!).toBeCloseTo(d0.energyPerMacPj, 3);
        expect(d.energyPerMacPj).toBeGreaterThan(d.zeroDelayEnergyPerMacPj! * 1.01);
        expect(r.zeroDelay!.energyPerMacPj[k]).toBe(d.zeroDelayEnergyPerMacPj);
      }
      expect(r.zeroDelay!.energyEfficiency).toBeCloseTo(zs[0].energyEfficiency.measured, 3);
      expect(r.zeroDelay!.isoClock.energyEfficiency).toBeCloseTo((zs[0] as unknown as ReproduceRow).isoClock.energyEfficiency, 3);
      expect(r.energyEfficiency.measured).toBeCloseTo(r.designs.baseline.energyPerMacPj / r.designs.variant.energyPerMacPj, 3);
      expect(Math.abs(r.energyEfficiency.measured - r.zeroDelay!.energyEfficiency)).toBeGreaterThan(0.005);
      // The Markdown says which activity the energy comes from and shows both ratios.
      const md = renderReproduction([{ ...tj, rows: ts as unknown as ReproduceRow[] }], 'tpe reproduce', SYNTH_MARKS);
      expect(md).toContain('timed (glitch-aware) gate-level power');
      expect(md).toMatch(/\| architecture \| variant \| energy eff\. published \| timed \| zero-delay \|/);
      const md0 = renderReproduction([{ ...tj, rows: zs as unknown as ReproduceRow[] }], 'tpe reproduce', SYNTH_MARKS);
      expect(md0).not.toMatch(/timed|zero-delay/);
    },
    600_000,
  );

  it('a bad --activity is a usage error; timed without --synth is the estimate level with the glitch term', async () => {
    const r = await run(['reproduce', '--synth', '--small', '--activity', 'glitchy', '--json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--activity expects toggles or timed, got "glitchy"/);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    const z = await run(['reproduce', '--small', '--pair', 'systolic', '--json', '--sample-macs', '4096']);
    const t = await run(['reproduce', '--small', '--pair', 'systolic', '--activity', 'timed', '--json', '--sample-macs', '4096']);
    expect([z.code, t.code]).toEqual([0, 0]);
    const zr = JSON.parse(z.out).rows as ReproduceRow[],
      tr = JSON.parse(t.out).rows as ReproduceRow[];
    expect(tr.length).toBe(zr.length);
    for (const [i, row] of tr.entries()) {
      expect(row.energyActivity).toBe('timed');
      expect(zr[i].energyActivity).toBeUndefined();
      // Glitches add energy to both designs; area and clocks do not move.
      expect(row.designs.baseline.energyPerMacPj).toBeGreaterThan(zr[i].designs.baseline.energyPerMacPj);
      expect(row.designs.variant.energyPerMacPj).toBeGreaterThan(zr[i].designs.variant.energyPerMacPj);
      expect(row.designs.baseline.areaUm2).toBe(zr[i].designs.baseline.areaUm2);
      expect(row.clockMHz).toEqual(zr[i].clockMHz);
      // The zero-delay figures beside the timed ones are the toggles run's, ratio and iso-clock alike.
      expect(row.zeroDelay).toBeDefined();
      expect(row.zeroDelay!.energyPerMacPj).toEqual({
        baseline: zr[i].designs.baseline.energyPerMacPj,
        variant: zr[i].designs.variant.energyPerMacPj,
      });
      expect(row.zeroDelay!.energyEfficiency).toBeCloseTo(zr[i].energyEfficiency.measured, 3);
      expect(row.zeroDelay!.isoClock.energyEfficiency).toBeCloseTo(zr[i].isoClock.energyEfficiency, 3);
      expect(zr[i].zeroDelay).toBeUndefined();
    }
    const md = await run(['reproduce', '--small', '--pair', 'systolic', '--activity', 'timed', '--sample-macs', '4096']);
    expect(md.out).toContain('Timed against zero-delay (estimate; the zero-delay figures are the same estimates without the glitch term).');
  });

  it('keeps its block beside the estimate block: appended after it, then rewritten in place', () => {
    const est = `# T\n\n${BEGIN_MARK}\nestimate\n${END_MARK}\n\n## Analysis\n`;
    const syn1 = `${SYNTH_MARKS[0]}\nsynthesis 1\n${SYNTH_MARKS[1]}\n`;
    const once = spliceGenerated(est, syn1, SYNTH_MARKS);
    expect(once).toBe(`# T\n\n${BEGIN_MARK}\nestimate\n${END_MARK}\n\n${SYNTH_MARKS[0]}\nsynthesis 1\n${SYNTH_MARKS[1]}\n\n## Analysis\n`);
    const twice = spliceGenerated(once, syn1.replace('1', '2'), SYNTH_MARKS);
    expect(twice).toBe(once.replace('synthesis 1', 'synthesis 2'));
    // The estimate block is rewritten without touching the synthesis block.
    expect(spliceGenerated(twice, `${BEGIN_MARK}\nnew\n${END_MARK}\n`)).toBe(twice.replace('\nestimate\n', '\nnew\n'));
  });

  it('a bad --pair is a usage error before any synthesis', async () => {
    const r = await run(['reproduce', '--synth', '--small', '--pair', 'nosuch', '--json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--pair: no comparison matches "nosuch"/);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });
});
