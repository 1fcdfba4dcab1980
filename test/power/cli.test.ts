// The clock-aware commands end to end on a 2x2 design: `tpe synth --clock` (timing-driven
// synthesis signed off by OpenSTA) and `tpe power` (gate-level power of the workload), their JSON
// fields, the missed-clock rule (exit 1), bad clocks (exit 2) and a missing `sta` (exit 3).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { printDesign } from '../../dsl/index.js';
import { presetDesign } from '../../ir/index.js';
import { staStatus } from '../../synth/index.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CI = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const HAVE_STA = staStatus().ok;
if (!HAVE_STA && CI) throw new Error('OpenSTA (sta) is required in CI (.ci/run installs the opensta package)');

let dir: string;
async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    cwd: dir,
    isTTY: false,
  });
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tpe-clock-'));
  writeFileSync(
    join(dir, 'os2.tpe'),
    printDesign(presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2, technology: 'ihp-sg13g2', name: 'os2' })),
  );
});

describe('bad clocks are usage errors', () => {
  for (const [cmd, v] of [
    ['synth', '0'],
    ['synth', '-1'],
    ['synth', 'abc'],
    ['power', '0'],
    ['power', 'NaN'],
    ['estimate', '-2'],
  ] as const) {
    it(`tpe ${cmd} --clock ${v} exits 2`, async () => {
      const r = await run([cmd, 'os2.tpe', '--clock', v]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--clock expects a positive number of ns/);
    });
  }
});

describe.skipIf(!HAVE_STA)('tpe synth --clock and tpe power (skipped only where sta is not installed; CI requires it)', () => {
  it("synth --clock 8: met, with the issue's JSON fields, the same bytes twice", async () => {
    const a = await run(['synth', 'os2.tpe', '--clock', '8', '--json']);
    expect(a.err).toBe('');
    expect(a.code).toBe(0);
    const j = JSON.parse(a.out);
    expect(j.clockNs).toBe(8);
    expect(j.met).toBe(true);
    expect(j.areaUm2).toBeGreaterThan(20000);
    expect(j.slackPs).toBeGreaterThan(0);
    expect(j.criticalPathPs).toBeGreaterThan(1000);
    expect(j.opensta.criticalPathPs).toBeGreaterThan(1000);
    expect(j.opensta.slackPs).toBeCloseTo(8000 - j.opensta.criticalPathPs, 0);
    expect(['ripple', 'brent-kung', 'sklansky', 'kogge-stone']).toContain(j.adder);
    const b = await run(['synth', 'os2.tpe', '--clock', '8', '--json']);
    expect(b.out).toBe(a.out);
  });

  it('synth --clock 1 is missed: a warning naming the critical path, exit 1', async () => {
    const r = await run(['synth', 'os2.tpe', '--clock', '1']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/misses the 1 ns clock: OpenSTA's critical path is [0-9.]+ ns/);
    expect(r.out).toMatch(/MISSED/);
  });

  it("power --gemm at 8 ns: toggle-accurate figures beside OpenSTA's propagated one", async () => {
    const r = await run(['power', 'os2.tpe', '--gemm', '4x4x8', '--clock', '8', '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.clockNs).toBe(8);
    expect(j.activity).toBe('toggles');
    expect(j.energyPerMacPj).toBeGreaterThan(0);
    for (const k of ['internal', 'switching', 'leakage', 'total']) expect(j.powerMw[k]).toBeGreaterThan(0);
    expect(j.powerMw.total).toBeCloseTo(j.powerMw.internal + j.powerMw.switching + j.powerMw.leakage, 4);
    expect(j.opensta.totalMw).toBeGreaterThan(0);
    expect(j.simulation.checkedAgainstExactGemm).toBe(true);
    const p = await run(['power', 'os2.tpe', '--gemm', '4x4x8', '--clock', '8', '--activity', 'propagated', '--json']);
    expect(p.code).toBe(0);
    const q = JSON.parse(p.out);
    expect(q.activity).toBe('propagated');
    expect(q.powerMw.total).toBeCloseTo(j.opensta.totalMw, 6);
  });

  it('synth and power --clock-gating: the ICG count in the JSON, gated flip-flops simulated, less energy than ungated', async () => {
    const s = await run(['synth', 'os2.tpe', '--clock', '8', '--clock-gating', '--json']);
    expect(s.code).toBe(0);
    const sj = JSON.parse(s.out);
    expect(sj.clockGating.cell).toBe('sg13g2_lgcp_1');
    expect(sj.clockGating.count).toBeGreaterThan(0);
    expect(sj.cellsByType.sg13g2_lgcp_1).toBe(sj.clockGating.count);
    const g = await run(['power', 'os2.tpe', '--gemm', '4x4x8', '--clock', '8', '--clock-gating', '--json']);
    expect(g.err).toBe('');
    expect(g.code).toBe(0);
    const gj = JSON.parse(g.out);
    expect(gj.synthesis.clockGating).toEqual(sj.clockGating);
    expect(gj.clockGates.gates).toBe(sj.clockGating.count);
    expect(gj.clockGates.gatedFlops).toBeGreaterThan(0);
    expect(gj.simulation.checkedAgainstExactGemm).toBe(true);
    const p = JSON.parse((await run(['power', 'os2.tpe', '--gemm', '4x4x8', '--clock', '8', '--json'])).out);
    expect(p.clockGates).toBeUndefined();
    expect(gj.energyPerMacPj).toBeLessThan(p.energyPerMacPj);
  });

  it('reproduce --clock-gating without --synth: the estimate level models the gating', async () => {
    const args = ['reproduce', '--small', '--pair', '1', '--gemm', '32x32x32', '--json'];
    const [u, g] = [JSON.parse((await run(args)).out), JSON.parse((await run([...args, '--clock-gating'])).out)];
    const [ub, gb] = [u.rows[0].designs.baseline, g.rows[0].designs.baseline];
    expect(g.rows[0].level).toBe('estimate');
    // The 2x2 systolic OS: 194 enable selects removed, 4 ICGs added (test/cost/clock-gating.test.ts).
    expect(gb.areaUm2).toBeLessThan(ub.areaUm2);
    expect(gb.energyPerMacPj).not.toBe(ub.energyPerMacPj);
  });

  it('power --activity foo is a usage error', async () => {
    const r = await run(['power', 'os2.tpe', '--gemm', '4x4x8', '--activity', 'foo']);
    expect(r.code).toBe(2);
  });
});

describe('a missing sta', () => {
  it('synth --clock exits 3 with the install line', () => {
    // A PATH holding only node: no sta (and no yosys; synthesis runs as WebAssembly).
    const bin = mkdtempSync(join(tmpdir(), 'tpe-nosta-'));
    mkdirSync(join(bin, 'b'));
    symlinkSync(process.execPath, join(bin, 'b', 'node'));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'tpe.js'), 'synth', 'os2.tpe', '--clock', '8'], {
      cwd: dir,
      env: { ...process.env, PATH: join(bin, 'b') },
      encoding: 'utf8',
    });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/apt-get install opensta/);
  });
});
