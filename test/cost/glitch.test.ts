// The estimate's glitch term (cost/glitch.ts): the fit recovers known factors, the committed
// factors are the fit of the committed measurements (tech/fits/), and `activity: 'timed'` adds
// exactly the term to the zero-delay estimate and nothing else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimate, fitGlitch, glitchEnergy, glitchPoints, loadTech, type GlitchPoint } from '../../cost/index.js';
import { loadPairDesign } from '../../pipeline/reproduce.js';
import { simulatedWorkload } from '../../pipeline/workload.js';
import { parseDist } from '../../simulator/index.js';
import { repoRoot } from '../../synth/index.js';

const ihp = loadTech('ihp-sg13g2').value!;

describe('glitch term', () => {
  it('is zero up to the onset depth and linear in the depth beyond it', () => {
    const g = { perDelay: 0.002, onset: 1000 };
    expect(glitchEnergy(g, 500, 800)).toBe(0);
    expect(glitchEnergy(g, 500, 1000)).toBe(0);
    expect(glitchEnergy(g, 500, 1500)).toBeCloseTo(500 * 0.002 * 500, 9);
    expect(glitchEnergy(g, 500, 2500)).toBeCloseTo(3 * glitchEnergy(g, 500, 1500), 9);
  });

  it('the fit recovers the rate and onset that made the data', () => {
    const truth = { perDelay: 0.0015, onset: 900 };
    const pts: GlitchPoint[] = [1200, 1800, 2400, 3000, 3600, 4200].map((depth, i) => {
      const estimate = 4000 + 700 * i,
        logic = 900 + 150 * i;
      return { design: `d${i}`, estimate, logic, depth, timed: estimate + glitchEnergy(truth, logic, depth) };
    });
    const f = fitGlitch(pts, 50)!;
    expect(f.factors.onset).toBe(900);
    expect(f.factors.perDelay).toBeCloseTo(0.0015, 9);
    expect(f.rmsPct).toBeLessThan(1e-9);
  });

  it('holds the rate at 0 when the timed figures are below the estimates', () => {
    const pts: GlitchPoint[] = [1, 2, 3].map((i) => ({ design: `d${i}`, estimate: 100, logic: 50, depth: 1000 * i, timed: 90 }));
    expect(fitGlitch(pts, 100)!.factors.perDelay).toBe(0);
    expect(fitGlitch(pts.slice(0, 2), 100)).toBeUndefined();
  });

  it('the committed factors are the fit of the committed timed gate-level data (not stale)', () => {
    const { points: pts } = glitchPoints(
      readFileSync(join(repoRoot(), 'tech', 'fits', 'glitch-ihp-sg13g2.jsonl'), 'utf8'),
      ihp.corrections.energy!.logic,
    );
    expect(pts.length).toBe(20);
    const f = fitGlitch(pts, 50)!;
    expect(ihp.corrections.glitch!.onset).toBe(f.factors.onset);
    expect(ihp.corrections.glitch!.perDelay).toBeCloseTo(f.factors.perDelay, 6);
    // Every design of the set within 20% of its timed gate-level energy.
    expect(f.worstPct).toBeLessThan(20);
  });
});

describe("estimate with activity 'timed'", () => {
  const d = loadPairDesign(repoRoot(), 'sa_os_16x16.tpe', true).value!;
  const w = simulatedWorkload(d, { M: 4, N: 4, K: 8 }, parseDist('normal:0,20').value!, 1).value!;

  it('adds the glitch term on the product datapath part at the limiting stage depth, and nothing else', () => {
    const z = estimate(d, { tech: ihp, workload: w }).value!;
    const t = estimate(d, { tech: ihp, workload: w, activity: 'timed' }).value!;
    expect(z.power!.activity).toBe('toggles');
    expect(t.power!.activity).toBe('timed');
    const part = (e: typeof z, what: RegExp) => e.power!.atFmax!.breakdown.find((b) => what.test(b.what))?.energy;
    const logic = part(z, /^product datapath/)!;
    const glitch = part(t, /^glitches/)!;
    expect(part(z, /^glitches/)).toBeUndefined();
    expect(glitch).toBeCloseTo(glitchEnergy(ihp.corrections.glitch!, logic, z.timing.logic), 0);
    expect(glitch).toBeGreaterThan(0);
    expect(t.power!.atFmax!.total).toBeCloseTo(z.power!.atFmax!.total + glitch, 0);
    // The timed figures carry the zero-delay energy per MAC (tpe reproduce shows it beside them).
    expect(t.power!.atFmax!.zeroDelayPerMac).toBeCloseTo(z.power!.atFmax!.perMac, 3);
    expect(z.power!.atFmax!.zeroDelayPerMac).toBeUndefined();
    // Area and timing do not move.
    expect(t.area).toEqual(z.area);
    expect(t.timing).toEqual(z.timing);
  });

  it('a table without glitch factors is an error, not a zero-delay figure', () => {
    const { glitch: _, ...corrections } = ihp.corrections;
    const r = estimate(d, { tech: { ...ihp, corrections }, workload: w, activity: 'timed' });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0]?.code).toBe('E1015');
  });
});
